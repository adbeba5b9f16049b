// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "overview/databaseoverview.h"

#include "domain/clock.h"
#include "metrics/npsreport.h"
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
    const NpsReporter reporter(db, fiscalStartMonth);
    overview.npsAllTime = reporter.score(ReportFilter{});

    // "Current" is the quarter of today, or of the newest answer when the data is older.
    const QDateTime now = clock.nowUtc();
    const QDateTime latest = store.latestAnswer();
    const QDate anchor = latest.isValid() && latest < now ? latest.date() : now.date();
    overview.currentQuarter = Quarter::containing(anchor, fiscalStartMonth);
    const auto quarterScore = [&reporter](const Quarter& q) {
        ReportFilter filter;
        filter.from = q.firstDay();
        filter.to = q.lastDay();
        return reporter.score(filter);
    };
    overview.npsCurrentQuarter = quarterScore(overview.currentQuarter);
    overview.npsPreviousQuarter = quarterScore(overview.currentQuarter.previous());
    overview.quarterChange = compareNetScores(overview.npsPreviousQuarter, overview.npsCurrentQuarter);
    overview.openCases = store.openCases();
    overview.overdueCases = store.overdueCases(now);
    return overview;
}

} // namespace loopdesk::core
