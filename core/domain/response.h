// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/metric.h"

#include <QDateTime>
#include <QMap>
#include <QString>

namespace loopdesk::core {

// One answer to a survey question: the score, the comment and the segments it belongs to.
struct Response {
    qint64 id = 0;
    qint64 waveId = 0;
    qint64 customerId = 0; // 0 for anonymous answers
    QString externalId;    // response id in the source system, unique within a wave
    QDateTime answeredAt;  // UTC
    Metric metric = Metric::Nps;
    int score = 0;
    QString comment;
    QString language;
    QMap<QString, QString> segments; // dimension -> value, e.g. "region" -> "North"
};

} // namespace loopdesk::core
