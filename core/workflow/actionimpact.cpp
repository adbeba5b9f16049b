// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflow/actionimpact.h"

#include "metrics/loopkpis.h"
#include "metrics/npsreport.h"
#include "storage/database.h"
#include "storage/scorecountstore.h"
#include "storage/segmentdictionary.h"
#include "storage/settingsstore.h"
#include "storage/statement.h"
#include "storage/themestore.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>
#include <QTimeZone>

#include <cmath>

namespace loopdesk::core {

namespace {

struct WindowCounts {
    ClassCounts everyone;
    qint64 themeDetractors = 0;
    qint64 detractorsDue = 0;
    qint64 detractorsInTime = 0;
    std::optional<double> medianHours;
};

// The NPS answers in [from, to] (UTC days) of everyone or the action's segment, the detractors
// among them naming a theme of the action (a top-level theme with its sub-themes), and the
// callbacks of the cases opened then, as they stood at `measuredAt`.
WindowCounts countWindow(Database& db, const Action& action, QDate from, QDate to, const QDateTime& measuredAt)
{
    ReportFilter filter;
    filter.metric = Metric::Nps;
    filter.from = from;
    filter.to = to;
    if (!action.measureSegment.first.isEmpty()) {
        filter.segments = {action.measureSegment};
    }
    const NpsReporter reporter(db, fiscalStartMonth(SettingsStore(db)));
    WindowCounts result;
    if (to < from) {
        return result;
    }
    result.everyone = reporter.score(filter).counts; // throws for a segment that does not exist
    const SegmentDictionary dictionary(db);
    const int slot = action.measureSegment.first.isEmpty() ? 0 : dictionary.existingSlot(action.measureSegment.first);
    const qint64 valueId =
        slot ? dictionary.existingValueId(action.measureSegment.first, action.measureSegment.second) : 0;
    const LoopKpis kpis = loopKpis(CaseStore(db).facts(from.startOfDay(QTimeZone::utc()),
                                                       to.addDays(1).startOfDay(QTimeZone::utc()), slot, valueId),
                                   measuredAt);
    result.detractorsDue = kpis.detractorsDue;
    result.detractorsInTime = kpis.detractorsContactedInTime;
    result.medianHours = kpis.medianHoursToFirstContact;
    if (action.themeIds.isEmpty()) {
        return result;
    }
    QSet<qint64> themes(action.themeIds.cbegin(), action.themeIds.cend());
    for (const Theme& t : ThemeStore(db).themes()) {
        if (themes.contains(t.parentId)) {
            themes.insert(t.id);
        }
    }
    ScoreFilter naming = reporter.resolve(filter);
    naming.themeIds = QList<qint64>(themes.cbegin(), themes.cend());
    for (const ScoreCount& c : ScoreCountStore(db).counts(naming, {})) {
        if (classify(Metric::Nps, c.score) == ScoreClass::Negative) {
            result.themeDetractors += c.n;
        }
    }
    return result;
}

} // namespace

ShareChange compareShares(qint64 partBefore, qint64 wholeBefore, qint64 partAfter, qint64 wholeAfter)
{
    ShareChange change;
    change.before = wholeBefore > 0 ? static_cast<double>(partBefore) / static_cast<double>(wholeBefore) : 0.0;
    change.after = wholeAfter > 0 ? static_cast<double>(partAfter) / static_cast<double>(wholeAfter) : 0.0;
    change.delta = 100.0 * (change.after - change.before);
    const double n1 = static_cast<double>(wholeBefore) + 2.0;
    const double n2 = static_cast<double>(wholeAfter) + 2.0;
    const double p1 = (static_cast<double>(partBefore) + 1.0) / n1;
    const double p2 = (static_cast<double>(partAfter) + 1.0) / n2;
    const double se = std::sqrt(p1 * (1.0 - p1) / n1 + p2 * (1.0 - p2) / n2);
    change.z = se > 0 ? (p2 - p1) / se : 0.0;
    change.margin = 100.0 * kZ95 * se;
    change.significant = std::abs(change.z) >= kZ95;
    return change;
}

ActionBaseline measureBaseline(Database& db, const Action& action, const QDateTime& at)
{
    ActionBaseline b;
    b.approvedAt = at;
    const QDate day = at.toUTC().date();
    b.from = day.addDays(-kBaselineDays);
    const WindowCounts counts = countWindow(db, action, b.from, day.addDays(-1), at);
    b.counts = counts.everyone;
    b.themeDetractors = counts.themeDetractors;
    b.segment = action.measureSegment;
    b.detractorsDue = counts.detractorsDue;
    b.detractorsInTime = counts.detractorsInTime;
    b.medianHours = counts.medianHours;
    return b;
}

void storeBaseline(Database& db, qint64 actionId, const ActionBaseline& b)
{
    Statement s(db.connection(),
                QStringLiteral("INSERT INTO action_baseline (action_id, approved_at, from_day, promoters, passives, "
                               "detractors, theme_detractors, segment, detractors_due, detractors_in_time, "
                               "median_hours) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (action_id) DO "
                               "UPDATE SET approved_at = excluded.approved_at, from_day = excluded.from_day, "
                               "promoters = excluded.promoters, passives = excluded.passives, "
                               "detractors = excluded.detractors, theme_detractors = excluded.theme_detractors, "
                               "segment = excluded.segment, detractors_due = excluded.detractors_due, "
                               "detractors_in_time = excluded.detractors_in_time, median_hours = "
                               "excluded.median_hours"));
    s.bind(actionId)
        .bind(b.approvedAt.toSecsSinceEpoch())
        .bindDate(b.from)
        .bind(b.counts.positive)
        .bind(b.counts.neutral)
        .bind(b.counts.negative)
        .bind(b.themeDetractors)
        .bind(segmentText(b.segment))
        .bind(b.detractorsDue)
        .bind(b.detractorsInTime)
        .bind(b.medianHours ? QVariant(*b.medianHours) : QVariant())
        .exec();
}

std::optional<ActionBaseline> storedBaseline(Database& db, qint64 actionId)
{
    Statement s(
        db.connection(),
        QStringLiteral("SELECT approved_at, from_day, promoters, passives, detractors, theme_detractors, segment, "
                       "detractors_due, detractors_in_time, median_hours FROM action_baseline WHERE "
                       "action_id = ?"));
    s.bind(actionId).exec();
    if (!s.next()) {
        return std::nullopt;
    }
    ActionBaseline b;
    b.approvedAt = QDateTime::fromSecsSinceEpoch(s.value(0).toLongLong(), QTimeZone::utc());
    b.from = s.date(1);
    b.counts = ClassCounts{s.value(2).toLongLong(), s.value(3).toLongLong(), s.value(4).toLongLong()};
    b.themeDetractors = s.value(5).toLongLong();
    b.segment = segmentFromText(s.text(6));
    b.detractorsDue = s.value(7).toLongLong();
    b.detractorsInTime = s.value(8).toLongLong();
    if (!s.value(9).isNull()) {
        b.medianHours = s.value(9).toDouble();
    }
    return b;
}

std::optional<ActionImpact> actionImpact(Database& db, const Action& action, const QDateTime& now)
{
    const std::optional<ActionBaseline> baseline = storedBaseline(db, action.id);
    if (!baseline) {
        return std::nullopt;
    }
    ActionImpact impact;
    impact.baseline = *baseline;
    // Measured on what the baseline was measured on, whatever the action says now.
    Action measured = action;
    measured.measureSegment = baseline->segment;
    const WindowCounts since = countWindow(db, measured, baseline->approvedAt.toUTC().date(), now.toUTC().date(), now);
    impact.npsBefore = netScore(baseline->counts);
    impact.npsSince = netScore(since.everyone);
    if (impact.npsBefore.score && impact.npsSince.score) {
        impact.npsChange = compareNetScores(impact.npsBefore, impact.npsSince);
    }
    impact.themeDetractorsSince = since.themeDetractors;
    if (!action.themeIds.isEmpty() && baseline->counts.negative > 0 && since.everyone.negative > 0) {
        impact.themeShare = compareShares(baseline->themeDetractors, baseline->counts.negative, since.themeDetractors,
                                          since.everyone.negative);
    }
    impact.detractorsDueSince = since.detractorsDue;
    impact.detractorsInTimeSince = since.detractorsInTime;
    if (baseline->detractorsDue > 0 && since.detractorsDue > 0) {
        impact.inTime = compareShares(baseline->detractorsInTime, baseline->detractorsDue, since.detractorsInTime,
                                      since.detractorsDue);
    }
    impact.medianHoursSince = since.medianHours;
    return impact;
}

QList<QPair<QString, QString>> impactMeasures(const ActionImpact& i)
{
    const auto number = [](double v) { return QString::number(v, 'f', 2); };
    const auto yesNo = [](bool b) { return b ? QStringLiteral("true") : QStringLiteral("false"); };
    QList<QPair<QString, QString>> m{{QStringLiteral("approved_at"), i.baseline.approvedAt.toString(Qt::ISODate)}};
    if (!i.baseline.segment.first.isEmpty()) {
        m.append({QStringLiteral("segment"), segmentText(i.baseline.segment)});
    }
    if (i.npsBefore.score && i.npsSince.score) {
        m.append({QStringLiteral("nps_before"), number(*i.npsBefore.score)});
        m.append({QStringLiteral("nps_since"), number(*i.npsSince.score)});
        m.append({QStringLiteral("nps_delta"), number(i.npsChange.delta)});
        m.append({QStringLiteral("nps_margin"), number(i.npsChange.margin)});
        m.append({QStringLiteral("nps_significant"), yesNo(i.npsChange.significant)});
    }
    if (i.themeShare) {
        m.append({QStringLiteral("theme_share_before"), number(100.0 * i.themeShare->before)});
        m.append({QStringLiteral("theme_share_since"), number(100.0 * i.themeShare->after)});
        m.append({QStringLiteral("theme_share_delta"), number(i.themeShare->delta)});
        m.append({QStringLiteral("theme_share_margin"), number(i.themeShare->margin)});
        m.append({QStringLiteral("theme_share_significant"), yesNo(i.themeShare->significant)});
    }
    if (i.inTime) {
        m.append({QStringLiteral("in_time_before"), number(100.0 * i.inTime->before)});
        m.append({QStringLiteral("in_time_since"), number(100.0 * i.inTime->after)});
        m.append({QStringLiteral("in_time_delta"), number(i.inTime->delta)});
        m.append({QStringLiteral("in_time_margin"), number(i.inTime->margin)});
        m.append({QStringLiteral("in_time_significant"), yesNo(i.inTime->significant)});
    }
    if (i.baseline.medianHours) {
        m.append({QStringLiteral("median_hours_before"), number(*i.baseline.medianHours)});
    }
    if (i.medianHoursSince) {
        m.append({QStringLiteral("median_hours_since"), number(*i.medianHoursSince)});
    }
    return m;
}

namespace {

// The words of an impact, in the language of the person reading.
class ImpactWords final {
    Q_DECLARE_TR_FUNCTIONS(loopdesk::core::ActionImpact)

public:
    static QString summary(const ActionImpact& impact);
};

QString ImpactWords::summary(const ActionImpact& impact)
{
    const QLocale locale;
    const auto number = [&locale](double v) { return locale.toString(v, 'f', 1); };
    const auto signedNumber = [&number](double v) { return (v >= 0 ? QStringLiteral("+") : QString()) + number(v); };
    // "+10.1 ± 7.9": the change with the half-width of its 95 % interval.
    const auto withMargin = [&](double delta, double margin) {
        return signedNumber(delta) + QStringLiteral(" ± ") + number(margin);
    };
    const QString approved = locale.toString(impact.baseline.approvedAt.toUTC().date(), QLocale::ShortFormat);
    QStringList parts;
    const QString nps = impact.baseline.segment.first.isEmpty()
                            ? tr("NPS")
                            : tr("NPS of %1 = %2").arg(impact.baseline.segment.first, impact.baseline.segment.second);
    if (impact.npsBefore.score && impact.npsSince.score) {
        parts << tr("%1 %2 in the %3 days before, %4 since (%5 points, %6)")
                     .arg(nps, number(*impact.npsBefore.score))
                     .arg(kBaselineDays)
                     .arg(number(*impact.npsSince.score), withMargin(impact.npsChange.delta, impact.npsChange.margin),
                          impact.npsChange.significant ? tr("significant") : tr("within the margin of error"));
    } else {
        parts << tr("%1: not enough answers on both sides yet").arg(nps);
    }
    if (impact.themeShare) {
        const ShareChange& share = *impact.themeShare;
        parts << tr("detractors naming its themes %1 % before, %2 % since (%3 points, %4)")
                     .arg(number(100.0 * share.before), number(100.0 * share.after),
                          withMargin(share.delta, share.margin),
                          share.significant ? tr("significant") : tr("within the margin of error"));
    }
    if (impact.inTime) {
        const ShareChange& share = *impact.inTime;
        parts << tr("detractors called back in time %1 % before, %2 % since (%3 points, %4)")
                     .arg(number(100.0 * share.before), number(100.0 * share.after),
                          withMargin(share.delta, share.margin),
                          share.significant ? tr("significant") : tr("within the margin of error"));
    }
    if (impact.baseline.medianHours && impact.medianHoursSince) {
        parts << tr("median first contact after %1 h before, %2 h since")
                     .arg(number(*impact.baseline.medianHours), number(*impact.medianHoursSince));
    }
    return tr("Since approval on %1: %2.").arg(approved, parts.join(QStringLiteral("; ")));
}

} // namespace

QString impactSummary(const ActionImpact& impact)
{
    return ImpactWords::summary(impact);
}

} // namespace loopdesk::core
