// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/reviewjson.h"

#include <QJsonArray>

#include <cmath>

namespace loopdesk::core {
namespace {

QJsonValue rounded(double value)
{
    return std::round(value * 100.0) / 100.0;
}

QJsonValue optional(const std::optional<double>& value)
{
    return value ? rounded(*value) : QJsonValue();
}

QJsonObject kpisToJson(const LoopKpis& k)
{
    return {{QStringLiteral("cases"), k.cases},
            {QStringLiteral("detractor_cases"), k.detractorCases},
            {QStringLiteral("contacted_in_time_share"), optional(k.contactedInTimeShare())},
            {QStringLiteral("median_hours_to_first_contact"), optional(k.medianHoursToFirstContact)},
            {QStringLiteral("closed"), k.closed},
            {QStringLiteral("saved"), k.saved},
            {QStringLiteral("save_rate"), optional(k.saveRate())},
            {QStringLiteral("open"), k.open},
            {QStringLiteral("breaches"), k.breaches},
            {QStringLiteral("reassignments"), k.reassignments}};
}

QJsonObject whatIfToJson(const WhatIf& w)
{
    return {{QStringLiteral("nps_after"), optional(w.after.score)},
            {QStringLiteral("delta"), rounded(w.delta)},
            {QStringLiteral("delta_margin"), rounded(w.deltaMargin)}};
}

} // namespace

QJsonObject netScoreToJson(const NetScore& s)
{
    return {{QStringLiteral("n"), s.counts.total()},
            {QStringLiteral("promoters"), s.counts.positive},
            {QStringLiteral("passives"), s.counts.neutral},
            {QStringLiteral("detractors"), s.counts.negative},
            {QStringLiteral("nps"), optional(s.score)},
            {QStringLiteral("ci_low"), s.score ? rounded(s.ciLow) : QJsonValue()},
            {QStringLiteral("ci_high"), s.score ? rounded(s.ciHigh) : QJsonValue()},
            {QStringLiteral("small_sample"), s.smallSample}};
}

QJsonObject impactToJson(const ActionImpact& impact)
{
    QJsonObject measured{{QStringLiteral("approved_at"), impact.baseline.approvedAt.toString(Qt::ISODate)},
                         {QStringLiteral("baseline_from"), impact.baseline.from.toString(Qt::ISODate)},
                         {QStringLiteral("nps_before"), netScoreToJson(impact.npsBefore)},
                         {QStringLiteral("nps_since"), netScoreToJson(impact.npsSince)}};
    if (impact.npsBefore.score && impact.npsSince.score) {
        measured.insert(QStringLiteral("nps_delta"), rounded(impact.npsChange.delta));
        measured.insert(QStringLiteral("nps_margin"), rounded(impact.npsChange.margin));
        measured.insert(QStringLiteral("nps_z"), rounded(impact.npsChange.z));
        measured.insert(QStringLiteral("nps_significant"), impact.npsChange.significant);
    }
    measured.insert(QStringLiteral("theme_detractors_before"), impact.baseline.themeDetractors);
    measured.insert(QStringLiteral("theme_detractors_since"), impact.themeDetractorsSince);
    if (impact.themeShare) {
        measured.insert(QStringLiteral("theme_share_before"), rounded(100.0 * impact.themeShare->before));
        measured.insert(QStringLiteral("theme_share_since"), rounded(100.0 * impact.themeShare->after));
        measured.insert(QStringLiteral("theme_share_delta"), rounded(impact.themeShare->delta));
        measured.insert(QStringLiteral("theme_share_margin"), rounded(impact.themeShare->margin));
        measured.insert(QStringLiteral("theme_share_z"), rounded(impact.themeShare->z));
        measured.insert(QStringLiteral("theme_share_significant"), impact.themeShare->significant);
    }
    if (!impact.baseline.segment.first.isEmpty()) {
        measured.insert(QStringLiteral("segment"),
                        QJsonObject{{QStringLiteral("dimension"), impact.baseline.segment.first},
                                    {QStringLiteral("value"), impact.baseline.segment.second}});
    }
    measured.insert(QStringLiteral("detractors_due_before"), impact.baseline.detractorsDue);
    measured.insert(QStringLiteral("detractors_in_time_before"), impact.baseline.detractorsInTime);
    measured.insert(QStringLiteral("detractors_due_since"), impact.detractorsDueSince);
    measured.insert(QStringLiteral("detractors_in_time_since"), impact.detractorsInTimeSince);
    if (impact.inTime) {
        measured.insert(QStringLiteral("in_time_delta"), rounded(impact.inTime->delta));
        measured.insert(QStringLiteral("in_time_margin"), rounded(impact.inTime->margin));
        measured.insert(QStringLiteral("in_time_z"), rounded(impact.inTime->z));
        measured.insert(QStringLiteral("in_time_significant"), impact.inTime->significant);
    }
    measured.insert(QStringLiteral("median_hours_before"), optional(impact.baseline.medianHours));
    measured.insert(QStringLiteral("median_hours_since"), optional(impact.medianHoursSince));
    return measured;
}

QJsonObject reviewActionToJson(const ReviewAction& a)
{
    QJsonObject item = actionToJson(a.action);
    item.insert(QStringLiteral("owner"), a.owner);
    item.insert(QStringLiteral("tasks_done"), a.tasksDone);
    item.insert(QStringLiteral("overdue_tasks"), static_cast<int>(a.overdueTasks.size()));
    item.insert(QStringLiteral("past_deadline"), a.pastDeadline);
    if (a.impact) {
        item.insert(QStringLiteral("impact"), impactToJson(*a.impact));
    }
    return item;
}

QJsonObject actionToJson(const Action& a)
{
    QJsonArray tasks;
    for (const ActionTask& t : a.tasks) {
        tasks.append(QJsonObject{{QStringLiteral("id"), t.id},
                                 {QStringLiteral("title"), t.title},
                                 {QStringLiteral("owner_id"), t.ownerId ? QJsonValue(t.ownerId) : QJsonValue()},
                                 {QStringLiteral("due"), t.due.isValid() ? t.due.toString(Qt::ISODate) : QJsonValue()},
                                 {QStringLiteral("done"), t.done}});
    }
    QJsonArray themes;
    for (qint64 id : a.themeIds) {
        themes.append(id);
    }
    return {{QStringLiteral("id"), a.id},
            {QStringLiteral("title"), a.title},
            {QStringLiteral("level"), actionLevelKey(a.level)},
            {QStringLiteral("status"), actionStatusKey(a.status)},
            {QStringLiteral("owner_id"), a.ownerId ? QJsonValue(a.ownerId) : QJsonValue()},
            {QStringLiteral("deadline"), a.deadline.isValid() ? a.deadline.toString(Qt::ISODate) : QJsonValue()},
            {QStringLiteral("budget"), rounded(a.budget)},
            {QStringLiteral("expected_nps_gain"), rounded(a.expectedNpsGain)},
            {QStringLiteral("success_metric"), a.successMetric},
            {QStringLiteral("measured_on"),
             a.measureSegment.first.isEmpty() ? QJsonValue() : QJsonValue(segmentText(a.measureSegment))},
            {QStringLiteral("target"), a.target},
            {QStringLiteral("rejection_reason"), a.rejectionReason},
            {QStringLiteral("customer_message"), a.customerMessage},
            {QStringLiteral("theme_ids"), themes},
            {QStringLiteral("tasks"), tasks},
            {QStringLiteral("version"), a.version}};
}

QJsonObject reviewToJson(const QuarterlyReview& r)
{
    QJsonArray segments;
    for (const ReviewSegmentTable& table : r.segments) {
        QJsonArray rows;
        for (const ReportRow& row : table.rows) {
            QJsonObject item = netScoreToJson(row.score);
            item.insert(QStringLiteral("value"), row.group.join(QStringLiteral(" / ")));
            rows.append(item);
        }
        segments.append(QJsonObject{{QStringLiteral("dimension"), table.dimension}, {QStringLiteral("rows"), rows}});
    }
    QJsonArray themes;
    for (const ThemeDriver& d : r.themes) {
        themes.append(QJsonObject{{QStringLiteral("theme"), d.theme},
                                  {QStringLiteral("department"), d.department},
                                  {QStringLiteral("mentions"), d.mentions},
                                  {QStringLiteral("share_of_detractors"), rounded(d.shareOfDetractors)},
                                  {QStringLiteral("impact"), rounded(d.impact)},
                                  {QStringLiteral("points_lost"), rounded(d.pointsLost)}});
    }
    QJsonArray whatIfs;
    for (const ReviewWhatIf& w : r.whatIfs) {
        whatIfs.append(QJsonObject{{QStringLiteral("theme"), w.theme},
                                   {QStringLiteral("to_passive"), whatIfToJson(w.toPassive)},
                                   {QStringLiteral("to_promoter"), whatIfToJson(w.toPromoter)}});
    }
    QJsonArray trend;
    for (const ReportRow& row : r.trend) {
        QJsonObject item = netScoreToJson(row.score);
        item.insert(QStringLiteral("quarter"), row.group.join(QString()));
        trend.append(item);
    }
    QJsonArray voices;
    for (const ReviewVoices& v : r.voices) {
        voices.append(QJsonObject{{QStringLiteral("theme"), v.theme},
                                  {QStringLiteral("comments"), QJsonArray::fromStringList(v.comments)}});
    }
    QJsonObject owners;
    for (auto it = r.kpisByOwner.cbegin(); it != r.kpisByOwner.cend(); ++it) {
        owners.insert(it.key(), kpisToJson(it.value()));
    }
    QJsonArray actions;
    for (const ReviewAction& a : r.actions) {
        actions.append(reviewActionToJson(a));
    }
    QJsonArray declined;
    for (const Action& a : r.declined) {
        declined.append(actionToJson(a));
    }
    return {{QStringLiteral("title"), r.title},
            {QStringLiteral("quarter"), r.scope.quarter.label()},
            {QStringLiteral("segment"),
             r.scope.segment.first.isEmpty()
                 ? QJsonValue()
                 : QJsonValue(r.scope.segment.first + QLatin1Char('=') + r.scope.segment.second)},
            {QStringLiteral("account"), r.scope.account.isEmpty() ? QJsonValue() : QJsonValue(r.scope.account)},
            {QStringLiteral("composed_at"), r.composedAt.toString(Qt::ISODate)},
            {QStringLiteral("nps"), netScoreToJson(r.nps)},
            {QStringLiteral("previous_quarter"), r.previous.label()},
            {QStringLiteral("previous_nps"), netScoreToJson(r.previousNps)},
            {QStringLiteral("change"), QJsonObject{{QStringLiteral("delta"), rounded(r.change.delta)},
                                                   {QStringLiteral("z"), rounded(r.change.z)},
                                                   {QStringLiteral("significant"), r.change.significant}}},
            {QStringLiteral("invited"), r.invited},
            {QStringLiteral("invited_answers"), r.invitedAnswers},
            {QStringLiteral("response_rate"), optional(r.responseRate)},
            {QStringLiteral("segments"), segments},
            {QStringLiteral("themes"), themes},
            {QStringLiteral("what_if"), whatIfs},
            {QStringLiteral("trend"), trend},
            {QStringLiteral("voices"), voices},
            {QStringLiteral("loop"), kpisToJson(r.kpis)},
            {QStringLiteral("loop_by_owner"), owners},
            {QStringLiteral("actions"), actions},
            {QStringLiteral("declined"), declined}};
}

QJsonObject digestToJson(const DepartmentDigest& d)
{
    QJsonArray themes;
    for (const DigestTheme& t : d.themes) {
        themes.append(QJsonObject{{QStringLiteral("theme"), t.now.theme},
                                  {QStringLiteral("mentions"), t.now.mentions},
                                  {QStringLiteral("detractors"), t.now.mentioning.counts.negative},
                                  {QStringLiteral("share_of_detractors"), t.now.shareOfDetractors},
                                  {QStringLiteral("points_lost"), t.now.pointsLost},
                                  {QStringLiteral("nps_of_those_naming_it"), netScoreToJson(t.now.mentioning)},
                                  {QStringLiteral("mentions_before"), t.mentionsBefore},
                                  {QStringLiteral("detractors_before"), t.detractorsBefore},
                                  {QStringLiteral("points_lost_before"), t.pointsLostBefore}});
    }
    QJsonArray voices;
    for (const ReviewVoices& v : d.voices) {
        voices.append(QJsonObject{{QStringLiteral("theme"), v.theme},
                                  {QStringLiteral("comments"), QJsonArray::fromStringList(v.comments)}});
    }
    QJsonArray actions;
    for (const ReviewAction& a : d.actions) {
        actions.append(reviewActionToJson(a));
    }
    QJsonArray waiting;
    for (const DigestCase& c : d.waiting) {
        waiting.append(QJsonObject{{QStringLiteral("case"), c.id},
                                   {QStringLiteral("customer"), c.customer},
                                   {QStringLiteral("theme"), c.theme},
                                   {QStringLiteral("owner"), c.owner},
                                   {QStringLiteral("created_at"), c.createdAt.toString(Qt::ISODate)},
                                   {QStringLiteral("resolution_due"), c.resolutionDue.toString(Qt::ISODate)},
                                   {QStringLiteral("overdue"), c.overdue}});
    }
    return {{QStringLiteral("title"), d.title},
            {QStringLiteral("department"), d.department},
            {QStringLiteral("period"), d.period.label()},
            {QStringLiteral("previous_period"), d.previous.label()},
            {QStringLiteral("composed_at"), d.composedAt.toString(Qt::ISODate)},
            {QStringLiteral("anonymised"), d.anonymised},
            {QStringLiteral("nps"), netScoreToJson(d.overall)},
            {QStringLiteral("points_lost"), d.pointsLost},
            {QStringLiteral("themes"), themes},
            {QStringLiteral("voices"), voices},
            {QStringLiteral("actions"), actions},
            {QStringLiteral("waiting_cases"), waiting}};
}

} // namespace loopdesk::core
