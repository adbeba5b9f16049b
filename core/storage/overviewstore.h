// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/metric.h"
#include "metrics/netscore.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace loopdesk::core {

class Database;

// One line per entity for `info`: the table it lives in and how many rows it has.
struct EntityCount {
    QString entity;
    qint64 count = 0;
};

// One wave with the numbers the overview shows.
struct WaveSummary {
    qint64 id = 0;
    QString name;
    QString kind;
    Metric metric = Metric::Nps;
    QDate periodStart;
    QDate periodEnd;
    int invited = 0;
    ClassCounts counts;
};

// Read-only aggregate queries for the database overview and `info`.
class OverviewStore final {
public:
    explicit OverviewStore(Database& db)
        : m_db(db)
    {}

    QList<EntityCount> entityCounts() const;
    QList<WaveSummary> waveSummaries() const;
    qint64 openCases() const;
    qint64 overdueCases(const QDateTime& now) const; // open, never contacted, first contact due before now
    QDateTime latestAnswer() const;

private:
    Database& m_db;
};

} // namespace loopdesk::core
