// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/quarterlyreview.h"

#include "domain/clock.h"
#include "metrics/responserate.h"
#include "storage/actionstore.h"
#include "storage/casestore.h"
#include "storage/database.h"
#include "storage/responsestore.h"
#include "storage/segmentdictionary.h"
#include "storage/settingsstore.h"
#include "storage/staffstore.h"

#include <QTimeZone>

#include <algorithm>

namespace loopdesk::core {
namespace {

constexpr int kTopThemes = 5;
constexpr int kWhatIfThemes = 3;
constexpr int kVoicesPerTheme = 3;
constexpr int kTrendQuarters = 6;

ReportFilter filterFor(const ReviewScope& scope, const Period& period)
{
    ReportFilter f;
    f.metric = Metric::Nps;
    f.from = period.firstDay();
    f.to = period.lastDay();
    if (!scope.segment.first.isEmpty()) {
        f.segments << scope.segment;
    }
    f.account = scope.account;
    return f;
}

} // namespace

ReviewAction reviewAction(const Action& action, const QString& owner, QDate today)
{
    ReviewAction item;
    item.action = action;
    item.owner = owner;
    for (const ActionTask& task : action.tasks) {
        if (task.done) {
            ++item.tasksDone;
        } else if (task.due.isValid() && task.due < today) {
            item.overdueTasks << task;
        }
    }
    item.pastDeadline = action.status != Action::Status::Done && action.deadline.isValid() && action.deadline < today;
    return item;
}

QuarterlyReviewComposer::QuarterlyReviewComposer(Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
{}

QuarterlyReview QuarterlyReviewComposer::compose(const ReviewScope& scope) const
{
    if (scope.quarter.unit() != PeriodUnit::Quarter) {
        throw StorageError(
            tr("A quarterly review covers a quarter, such as 2026Q3; %1 is not one.").arg(scope.quarter.label()));
    }
    const SettingsStore settings(m_db);
    const int fiscalStart = fiscalStartMonth(settings);
    const NpsReporter reporter(m_db, fiscalStart);

    QuarterlyReview review;
    review.scope = scope;
    review.composedAt = m_clock.nowUtc();
    review.title = tr("Quarterly loop review %1").arg(scope.quarter.label());
    if (!scope.segment.first.isEmpty()) {
        review.title = tr("Quarterly loop review %1 · %2 = %3")
                           .arg(scope.quarter.label(), scope.segment.first, scope.segment.second);
    } else if (!scope.account.isEmpty()) {
        review.title = tr("Quarterly loop review %1 · account %2").arg(scope.quarter.label(), scope.account);
    }
    review.previous = Period::containing(scope.quarter.firstMonth() - 3, PeriodUnit::Quarter, fiscalStart);

    const ReportFilter filter = filterFor(scope, scope.quarter);
    review.nps = reporter.score(filter); // throws for a segment or an account that does not exist
    const qint64 accountId = reporter.resolve(filter).accountId;
    int slot = 0;
    qint64 valueId = 0;
    if (!scope.segment.first.isEmpty()) {
        const SegmentDictionary dictionary(m_db);
        slot = dictionary.existingSlot(scope.segment.first);
        valueId = dictionary.existingValueId(scope.segment.first, scope.segment.second);
    }
    review.previousNps = reporter.score(filterFor(scope, review.previous));
    review.change = compareNetScores(review.previousNps, review.nps);
    const Period first =
        Period::containing(scope.quarter.firstMonth() - 3 * (kTrendQuarters - 1), PeriodUnit::Quarter, fiscalStart);
    ReportFilter trendFilter = filter;
    trendFilter.from = first.firstDay();
    Grouping byQuarter;
    byQuarter.kind = GroupKind::Quarter;
    review.trend = reporter.report(trendFilter, {byQuarter}).rows;

    // Response rate: the quarter's waves that know whom they invited (not per segment: an
    // invitation has no segment).
    if (scope.segment.first.isEmpty() && scope.account.isEmpty()) {
        for (const WaveResponseRate& wave : responseRates(m_db)) {
            const bool inQuarter = wave.wave.periodStart.isValid() && wave.wave.periodStart <= filter.to &&
                                   (!wave.wave.periodEnd.isValid() || wave.wave.periodEnd >= filter.from);
            if (inQuarter && wave.invited > 0) {
                review.invited += wave.invited;
                review.invitedAnswers += wave.responses;
            }
        }
        if (review.invited > 0) {
            review.responseRate = static_cast<double>(review.invitedAnswers) / static_cast<double>(review.invited);
        }
    }

    for (const QString& dimension : SegmentDictionary(m_db).dimensions()) {
        if (dimension == scope.segment.first) {
            continue;
        }
        Grouping by;
        by.kind = GroupKind::Segment;
        by.dimension = dimension;
        review.segments.append({dimension, reporter.report(filter, {by}).rows});
    }

    const DriverAnalysis drivers = analyseDrivers(m_db, filter);
    review.themes = drivers.drivers.mid(0, kTopThemes);
    for (const ThemeDriver& driver : drivers.drivers.mid(0, kWhatIfThemes)) {
        review.whatIfs.append(
            {driver.theme, simulateWhatIf(drivers.overall.counts, driver.mentioning.counts, 1.0, WhatIfTarget::Passive),
             simulateWhatIf(drivers.overall.counts, driver.mentioning.counts, 1.0, WhatIfTarget::Promoter)});
    }

    const ResponseStore answers(m_db);
    for (const ThemeDriver& driver : drivers.drivers.mid(0, kWhatIfThemes)) {
        const QStringList comments = answers.detractorComments(driver.themeId, filter.from, filter.to, slot, valueId,
                                                               kVoicesPerTheme, accountId);
        if (!comments.isEmpty()) {
            review.voices.append({driver.theme, comments});
        }
    }

    const QDateTime from = filter.from.startOfDay(QTimeZone::utc());
    const QDateTime to = filter.to.addDays(1).startOfDay(QTimeZone::utc());
    const QList<CaseFact> facts = CaseStore(m_db).facts(from, to, slot, valueId, accountId);
    const QDateTime measuredAt = std::min(review.composedAt, to);
    review.kpis = loopKpis(facts, measuredAt);
    review.kpisByOwner = loopKpisBy(facts, KpiGrouping::Owner, measuredAt, fiscalStart);

    const QList<Staff> staff = StaffStore(m_db).all();
    const auto nameOf = [&staff](qint64 id) {
        const auto it = std::find_if(staff.begin(), staff.end(), [id](const Staff& s) { return s.id == id; });
        return it == staff.end() ? QString() : it->name;
    };
    const QDate today = review.composedAt.date();
    for (const Action& action : ActionStore(m_db).all()) {
        if (action.status == Action::Status::Rejected) {
            review.declined << action;
            continue;
        }
        review.actions << reviewAction(action, nameOf(action.ownerId), today);
        review.actions.last().impact = actionImpact(m_db, action, review.composedAt);
    }
    // The biggest expected gains first: the order a manager decides in.
    std::stable_sort(review.actions.begin(), review.actions.end(), [](const ReviewAction& a, const ReviewAction& b) {
        return a.action.expectedNpsGain > b.action.expectedNpsGain;
    });
    return review;
}

} // namespace loopdesk::core
