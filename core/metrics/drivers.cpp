// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/drivers.h"

#include "storage/database.h"
#include "storage/storageerror.h"
#include "storage/themestore.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace loopdesk::core {
namespace {

ClassCounts operator-(ClassCounts a, const ClassCounts& b)
{
    a.positive -= b.positive;
    a.neutral -= b.neutral;
    a.negative -= b.negative;
    return a;
}

} // namespace

DriverAnalysis analyseDrivers(Database& db, const ReportFilter& filter)
{
    ReportFilter nps = filter;
    nps.metric = Metric::Nps;
    const NpsReporter reporter(db);
    const ScoreFilter resolved = reporter.resolve(nps);
    ScoreCountStore store(db);

    ClassCounts all;
    for (const ScoreCount& c : store.counts(resolved, {})) {
        all.add(*classify(Metric::Nps, c.score), c.n);
    }
    QHash<qint64, ClassCounts> byTheme;
    for (const ScoreCount& c : store.counts(resolved, {ScoreDimension{ScoreKey::Theme, 0}})) {
        if (c.keys.first() != 0) {
            byTheme[c.keys.first()].add(*classify(Metric::Nps, c.score), c.n);
        }
    }

    DriverAnalysis analysis;
    analysis.overall = netScore(all);
    const ThemeStore themes(db);
    QHash<qint64, Theme> themeById;
    for (const Theme& t : themes.themes()) {
        themeById.insert(t.id, t);
    }
    QHash<qint64, QString> departments;
    for (const Department& d : themes.departments()) {
        departments.insert(d.id, d.name);
    }
    const auto n = static_cast<double>(all.total());
    for (auto it = byTheme.cbegin(); it != byTheme.cend(); ++it) {
        const Theme t = themeById.value(it.key());
        ThemeDriver d;
        d.themeId = t.id;
        d.theme = t.parentId ? themeById.value(t.parentId).name + QStringLiteral(" / ") + t.name : t.name;
        d.department = departments.value(t.departmentId);
        d.mentions = it->total();
        d.reach = n > 0 ? static_cast<double>(d.mentions) / n : 0.0;
        d.shareOfDetractors =
            all.negative > 0 ? static_cast<double>(it->negative) / static_cast<double>(all.negative) : 0.0;
        d.mentioning = netScore(*it);
        d.notMentioning = netScore(all - *it);
        d.impact = d.notMentioning.score && d.mentioning.score ? *d.notMentioning.score - *d.mentioning.score : 0.0;
        d.pointsLost = n > 0 ? 100.0 * static_cast<double>(it->negative) / n : 0.0;
        d.priority = d.impact * d.reach;
        analysis.drivers << d;
    }
    std::sort(analysis.drivers.begin(), analysis.drivers.end(), [](const ThemeDriver& a, const ThemeDriver& b) {
        return a.priority != b.priority ? a.priority > b.priority : a.theme < b.theme;
    });
    return analysis;
}

WhatIf simulateWhatIf(const ClassCounts& all, const ClassCounts& theme, double share, WhatIfTarget target)
{
    share = std::clamp(share, 0.0, 1.0);
    WhatIf w;
    w.before = netScore(all);
    const auto promoters = static_cast<double>(all.positive);
    const auto passives = static_cast<double>(all.neutral);
    const auto detractors = static_cast<double>(all.negative);
    w.movedDetractors = share * static_cast<double>(theme.negative);
    w.movedPassives = target == WhatIfTarget::Promoter ? share * static_cast<double>(theme.neutral) : 0.0;
    if (target == WhatIfTarget::Passive) {
        w.after = netScore(promoters, passives + w.movedDetractors, detractors - w.movedDetractors);
    } else {
        w.after = netScore(promoters + w.movedDetractors + w.movedPassives, passives - w.movedPassives,
                           detractors - w.movedDetractors);
    }
    const auto n = static_cast<double>(all.total());
    if (n <= 0) {
        return w;
    }
    w.delta = *w.after.score - *w.before.score;
    // Each answer gains g points/100: a moved detractor share (or twice it), a moved passive share.
    const double detractorGain = target == WhatIfTarget::Passive ? share : 2.0 * share;
    const double passiveGain = target == WhatIfTarget::Promoter ? share : 0.0;
    const double mean =
        (detractorGain * static_cast<double>(theme.negative) + passiveGain * static_cast<double>(theme.neutral)) / n;
    const double meanSquare = (detractorGain * detractorGain * static_cast<double>(theme.negative) +
                               passiveGain * passiveGain * static_cast<double>(theme.neutral)) /
                              n;
    w.deltaMargin = 100.0 * kZ95 * std::sqrt(std::max(0.0, meanSquare - mean * mean) / n);
    return w;
}

WhatIf simulateWhatIf(Database& db, const ReportFilter& filter, const QString& theme, double share, WhatIfTarget target)
{
    if (share < 0.0 || share > 1.0 || std::isnan(share)) {
        throw StorageError(NpsReporter::tr("The share to move is between 0 and 1 (0.5 for half), not %1.").arg(share));
    }
    ReportFilter everyone = filter;
    everyone.metric = Metric::Nps;
    everyone.themes.clear();
    ReportFilter naming = everyone;
    naming.themes = QStringList{theme};
    const NpsReporter reporter(db);
    return simulateWhatIf(reporter.score(everyone).counts, reporter.score(naming).counts, share, target);
}

} // namespace loopdesk::core
