// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/metric.h"

#include <QDate>
#include <QString>

namespace loopdesk::core {

// One survey send-out.
struct Wave {
    enum class Kind { Relationship, Transactional };

    qint64 id = 0;
    QString name;
    Kind kind = Kind::Relationship;
    Metric metric = Metric::Nps;
    QDate periodStart;
    QDate periodEnd;
    int invited = 0; // number of people the survey went to; 0 when unknown
};

QString waveKindKey(Wave::Kind kind);
Wave::Kind waveKindFromKey(const QString& key);

} // namespace loopdesk::core
