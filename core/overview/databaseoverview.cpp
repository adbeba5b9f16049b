// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "overview/databaseoverview.h"

#include "domain/clock.h"
#include "storage/database.h"

namespace loopdesk::core {

qint64 DatabaseOverview::count(const QString& entity) const
{
    for (const EntityCount& c : counts) {
        if (c.entity == entity) {
            return c.count;
        }
    }
    return 0;
}

DatabaseOverview loadOverview(Database& db, const Clock& clock, int fiscalStartMonth)
{
    OverviewStore store(db);
    DatabaseOverview overview;
    overview.path = db.path();
    overview.schemaVersion = db.schemaVersion();
    overview.counts = store.entityCounts();
    overview.waves = store.waveSummaries();
    overview.npsAllTime = netScore(store.classCounts(Metric::Nps));

    // "Current" is the quarter of today, or of the newest answer when the data is older.
    const QDateTime now = clock.nowUtc();
    const QDateTime latest = store.latestAnswer();
    const QDate anchor = latest.isValid() && latest < now ? latest.date() : now.date();
    overview.currentQuarter = Quarter::containing(anchor, fiscalStartMonth);
    const auto startOf = [](const Quarter& q) { return QDateTime(q.firstDay(), QTime(0, 0), Qt::UTC); };
    const Quarter previous = overview.currentQuarter.previous();
    overview.npsCurrentQuarter = netScore(
        store.classCounts(Metric::Nps, startOf(overview.currentQuarter), startOf(overview.currentQuarter.next())));
    overview.npsPreviousQuarter =
        netScore(store.classCounts(Metric::Nps, startOf(previous), startOf(overview.currentQuarter)));
    overview.quarterChange = compareNetScores(overview.npsPreviousQuarter, overview.npsCurrentQuarter);
    overview.openCases = store.openCases();
    overview.overdueCases = store.overdueCases(now);
    return overview;
}

} // namespace loopdesk::core
