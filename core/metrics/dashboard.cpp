// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/dashboard.h"

#include "domain/clock.h"
#include "storage/casestore.h"
#include "storage/database.h"
#include "storage/segmentdictionary.h"
#include "storage/settingsstore.h"
#include "storage/storageerror.h"

#include <QHash>
#include <QTimeZone>

#include <algorithm>

namespace loopdesk::core {

DashboardComposer::DashboardComposer(Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
{}

QList<Period> DashboardComposer::quarters() const
{
    const int fiscalStart = fiscalStartMonth(SettingsStore(m_db));
    Grouping byQuarter;
    byQuarter.kind = GroupKind::Quarter;
    QList<Period> result;
    for (const ReportRow& row : NpsReporter(m_db, fiscalStart).report({}, {byQuarter}).rows) {
        if (const auto quarter = Period::parse(row.group.join(QString()), fiscalStart)) {
            result << *quarter;
        }
    }
    return result;
}

Dashboard DashboardComposer::compose(const DashboardFilter& filter) const
{
    if (filter.from.unit() != PeriodUnit::Quarter || filter.to.unit() != PeriodUnit::Quarter) {
        throw StorageError(tr("The dashboards show whole quarters, such as 2026Q3."));
    }
    if (filter.to.firstMonth() < filter.from.firstMonth()) {
        throw StorageError(
            tr("The period ends (%1) before it starts (%2).").arg(filter.to.label(), filter.from.label()));
    }
    const int fiscalStart = fiscalStartMonth(SettingsStore(m_db));
    const NpsReporter reporter(m_db, fiscalStart);

    Dashboard d;
    d.filter = filter;
    ReportFilter answers;
    answers.metric = Metric::Nps;
    answers.from = filter.from.firstDay();
    answers.to = filter.to.lastDay();
    if (!filter.segment.first.isEmpty()) {
        answers.segments << filter.segment;
    }

    // The trend: every quarter of the run, also those without answers, so gaps show as gaps.
    Grouping byQuarter;
    byQuarter.kind = GroupKind::Quarter;
    const NpsReport trend = reporter.report(answers, {byQuarter}); // throws for an unknown segment
    QHash<QString, NetScore> byLabel;
    for (const ReportRow& row : trend.rows) {
        byLabel.insert(row.group.join(QString()), row.score);
    }
    d.total = trend.total;
    for (int month = filter.from.firstMonth(); month <= filter.to.firstMonth(); month += 3) {
        const Period quarter = Period::containing(month, PeriodUnit::Quarter, fiscalStart);
        TrendQuarter point{quarter.label(), byLabel.value(quarter.label(), netScore(ClassCounts{})), std::nullopt};
        if (!d.trend.isEmpty() && d.trend.last().score.score && point.score.score) {
            point.change = compareNetScores(d.trend.last().score, point.score);
        }
        d.trend << point;
    }

    // NPS by one dimension's values.
    const SegmentDictionary dictionary(m_db);
    d.dimensions = dictionary.dimensions();
    d.breakdown = filter.breakdown;
    if (d.breakdown.isEmpty() || !d.dimensions.contains(d.breakdown)) {
        d.breakdown.clear();
        for (const QString& dimension : std::as_const(d.dimensions)) {
            if (dimension != filter.segment.first) {
                d.breakdown = dimension;
                break;
            }
        }
    }
    if (!d.breakdown.isEmpty()) {
        Grouping by;
        by.kind = GroupKind::Segment;
        by.dimension = d.breakdown;
        d.bySegment = reporter.report(answers, {by}).rows;
    }

    // The Pareto of what detractors name.
    for (const ThemeDriver& driver : analyseDrivers(m_db, answers).drivers) {
        if (driver.mentioning.counts.negative > 0) {
            d.pareto << driver;
            d.detractorMentions += driver.mentioning.counts.negative;
        }
    }
    std::stable_sort(d.pareto.begin(), d.pareto.end(), [](const ThemeDriver& a, const ThemeDriver& b) {
        return a.mentioning.counts.negative != b.mentioning.counts.negative
                   ? a.mentioning.counts.negative > b.mentioning.counts.negative
                   : a.theme < b.theme;
    });

    // The loop: cases opened in the run of quarters, for the filter's answers.
    int slot = 0;
    qint64 valueId = 0;
    if (!filter.segment.first.isEmpty()) {
        slot = dictionary.existingSlot(filter.segment.first);
        valueId = dictionary.existingValueId(filter.segment.first, filter.segment.second);
    }
    const QDateTime from = answers.from.startOfDay(QTimeZone::utc());
    const QDateTime to = answers.to.addDays(1).startOfDay(QTimeZone::utc());
    const QDateTime now = m_clock.nowUtc();
    const QList<CaseFact> facts = CaseStore(m_db).facts(from, to, slot, valueId);
    d.kpis = loopKpis(facts, std::min(now, to));
    QHash<QString, OwnerBacklog> backlog;
    for (const CaseFact& fact : facts) {
        const FollowUpCase& c = fact.followUp;
        if (!isOpenStatus(c.status)) {
            continue;
        }
        OwnerBacklog& owner = backlog[fact.owner];
        owner.owner = fact.owner;
        ++owner.open;
        const bool firstContactLate =
            !c.firstContactAt.isValid() && c.firstContactDue.isValid() && c.firstContactDue < now;
        const bool resolutionLate = c.resolutionDue.isValid() && c.resolutionDue < now;
        owner.overdue += firstContactLate || resolutionLate ? 1 : 0;
    }
    d.backlog = backlog.values();
    std::sort(d.backlog.begin(), d.backlog.end(), [](const OwnerBacklog& a, const OwnerBacklog& b) {
        return a.open != b.open ? a.open > b.open : a.owner < b.owner;
    });
    return d;
}

} // namespace loopdesk::core
