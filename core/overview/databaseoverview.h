// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/quarter.h"
#include "metrics/netscore.h"
#include "storage/overviewstore.h"

namespace loopdesk::core {

class Clock;
class Database;

// What the first screen and `info` say about a database: its size, how the customers feel
// now and last quarter, and how much follow-up work is waiting.
struct DatabaseOverview {
    QString path;
    int schemaVersion = 0;
    QList<EntityCount> counts;
    QList<WaveSummary> waves;
    NetScore npsAllTime;
    Quarter currentQuarter;
    NetScore npsCurrentQuarter;
    NetScore npsPreviousQuarter;
    NetScoreChange quarterChange;
    qint64 openCases = 0;
    qint64 overdueCases = 0;

    qint64 count(const QString& entity) const;
};

DatabaseOverview loadOverview(Database& db, const Clock& clock, int fiscalStartMonth = 1);

} // namespace loopdesk::core
