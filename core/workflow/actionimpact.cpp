// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflow/actionimpact.h"

#include "metrics/npsreport.h"
#include "storage/database.h"
#include "storage/scorecountstore.h"
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
};

// Everyone's NPS answers in [from, to] (UTC days), and the detractors among them naming a theme of
// the action (a top-level theme with its sub-themes).
WindowCounts countWindow(Database& db, const Action& action, QDate from, QDate to)
{
    ReportFilter filter;
    filter.metric = Metric::Nps;
    filter.from = from;
    filter.to = to;
    const NpsReporter reporter(db, fiscalStartMonth(SettingsStore(db)));
    WindowCounts result;
    result.everyone = reporter.score(filter).counts;
    if (action.themeIds.isEmpty() || to < from) {
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
    change.significant = std::abs(change.z) >= kZ95;
    return change;
}

ActionBaseline measureBaseline(Database& db, const Action& action, const QDateTime& at)
{
    ActionBaseline b;
    b.approvedAt = at;
    const QDate day = at.toUTC().date();
    b.from = day.addDays(-kBaselineDays);
    const WindowCounts counts = countWindow(db, action, b.from, day.addDays(-1));
    b.counts = counts.everyone;
    b.themeDetractors = counts.themeDetractors;
    return b;
}

void storeBaseline(Database& db, qint64 actionId, const ActionBaseline& b)
{
    Statement s(db.connection(),
                QStringLiteral("INSERT INTO action_baseline (action_id, approved_at, from_day, promoters, passives, "
                               "detractors, theme_detractors) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (action_id) DO "
                               "UPDATE SET approved_at = excluded.approved_at, from_day = excluded.from_day, "
                               "promoters = excluded.promoters, passives = excluded.passives, "
                               "detractors = excluded.detractors, theme_detractors = excluded.theme_detractors"));
    s.bind(actionId)
        .bind(b.approvedAt.toSecsSinceEpoch())
        .bindDate(b.from)
        .bind(b.counts.positive)
        .bind(b.counts.neutral)
        .bind(b.counts.negative)
        .bind(b.themeDetractors)
        .exec();
}

std::optional<ActionBaseline> storedBaseline(Database& db, qint64 actionId)
{
    Statement s(db.connection(), QStringLiteral("SELECT approved_at, from_day, promoters, passives, detractors, "
                                                "theme_detractors FROM action_baseline WHERE action_id = ?"));
    s.bind(actionId).exec();
    if (!s.next()) {
        return std::nullopt;
    }
    ActionBaseline b;
    b.approvedAt = QDateTime::fromSecsSinceEpoch(s.value(0).toLongLong(), QTimeZone::utc());
    b.from = s.date(1);
    b.counts = ClassCounts{s.value(2).toLongLong(), s.value(3).toLongLong(), s.value(4).toLongLong()};
    b.themeDetractors = s.value(5).toLongLong();
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
    const WindowCounts since = countWindow(db, action, baseline->approvedAt.toUTC().date(), now.toUTC().date());
    impact.npsBefore = netScore(baseline->counts);
    impact.npsSince = netScore(since.everyone);
    if (impact.npsBefore.score && impact.npsSince.score) {
        impact.npsChange = compareNetScores(impact.npsBefore, impact.npsSince);
    }
    impact.themeDetractorsSince = since.themeDetractors;
    if (baseline->counts.negative > 0 && since.everyone.negative > 0) {
        impact.themeShare = compareShares(baseline->themeDetractors, baseline->counts.negative, since.themeDetractors,
                                          since.everyone.negative);
    }
    return impact;
}

QList<QPair<QString, QString>> impactMeasures(const ActionImpact& i)
{
    const auto number = [](double v) { return QString::number(v, 'f', 2); };
    const auto yesNo = [](bool b) { return b ? QStringLiteral("true") : QStringLiteral("false"); };
    QList<QPair<QString, QString>> m{{QStringLiteral("approved_at"), i.baseline.approvedAt.toString(Qt::ISODate)}};
    if (i.npsBefore.score && i.npsSince.score) {
        m.append({QStringLiteral("nps_before"), number(*i.npsBefore.score)});
        m.append({QStringLiteral("nps_since"), number(*i.npsSince.score)});
        m.append({QStringLiteral("nps_delta"), number(i.npsChange.delta)});
        m.append({QStringLiteral("nps_significant"), yesNo(i.npsChange.significant)});
    }
    if (i.themeShare) {
        m.append({QStringLiteral("theme_share_before"), number(100.0 * i.themeShare->before)});
        m.append({QStringLiteral("theme_share_since"), number(100.0 * i.themeShare->after)});
        m.append({QStringLiteral("theme_share_delta"), number(i.themeShare->delta)});
        m.append({QStringLiteral("theme_share_significant"), yesNo(i.themeShare->significant)});
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
    const QString approved = locale.toString(impact.baseline.approvedAt.toUTC().date(), QLocale::ShortFormat);
    QStringList parts;
    if (impact.npsBefore.score && impact.npsSince.score) {
        parts << tr("NPS %1 in the %2 days before, %3 since (%4 points, %5)")
                     .arg(number(*impact.npsBefore.score))
                     .arg(kBaselineDays)
                     .arg(number(*impact.npsSince.score), signedNumber(impact.npsChange.delta),
                          impact.npsChange.significant ? tr("significant") : tr("within the margin of error"));
    } else {
        parts << tr("NPS: not enough answers on both sides yet");
    }
    if (impact.themeShare) {
        const ShareChange& share = *impact.themeShare;
        parts << tr("detractors naming its themes %1 % before, %2 % since (%3 points, %4)")
                     .arg(number(100.0 * share.before), number(100.0 * share.after), signedNumber(share.delta),
                          share.significant ? tr("significant") : tr("within the margin of error"));
    }
    return tr("Since approval on %1: %2.").arg(approved, parts.join(QStringLiteral("; ")));
}

} // namespace

QString impactSummary(const ActionImpact& impact)
{
    return ImpactWords::summary(impact);
}

} // namespace loopdesk::core
