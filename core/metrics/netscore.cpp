// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/netscore.h"

#include <cmath>

namespace loopdesk::core {

NetScore netScore(double promoters, double passives, double detractors, double z)
{
    NetScore result;
    result.counts = ClassCounts{std::llround(promoters), std::llround(passives), std::llround(detractors)};
    const double n = promoters + passives + detractors;

    // Adjusted Wald: add three quarters of an answer to promoters and detractors, three in all.
    result.adjustedN = n + 3.0;
    const double pa = (promoters + 0.75) / result.adjustedN;
    const double da = (detractors + 0.75) / result.adjustedN;
    result.adjustedVariance = pa + da - (pa - da) * (pa - da);
    result.adjustedCentre = 100.0 * (pa - da);
    const double halfWidth = 100.0 * z * std::sqrt(result.adjustedVariance / result.adjustedN);
    result.ciLow = std::max(-100.0, result.adjustedCentre - halfWidth);
    result.ciHigh = std::min(100.0, result.adjustedCentre + halfWidth);

    if (n > 0) {
        const double p = promoters / n;
        const double d = detractors / n;
        result.score = 100.0 * (p - d);
        const double variance = p + d - (p - d) * (p - d);
        result.plainMargin = 100.0 * z * std::sqrt(variance / n);
    }
    result.smallSample = n < 30 || halfWidth > 10.0;
    return result;
}

NetScore netScore(const ClassCounts& counts, double z)
{
    NetScore result = netScore(static_cast<double>(counts.positive), static_cast<double>(counts.neutral),
                               static_cast<double>(counts.negative), z);
    result.counts = counts;
    return result;
}

NetScore shareScore(const ClassCounts& counts, double z)
{
    NetScore result;
    result.counts = counts;
    const auto n = static_cast<double>(counts.total());
    const auto positive = static_cast<double>(counts.positive);
    result.adjustedN = n + z * z;
    const double pa = (positive + z * z / 2.0) / result.adjustedN;
    result.adjustedVariance = pa * (1.0 - pa);
    result.adjustedCentre = 100.0 * pa;
    const double halfWidth = 100.0 * z * std::sqrt(result.adjustedVariance / result.adjustedN);
    result.ciLow = std::max(0.0, result.adjustedCentre - halfWidth);
    result.ciHigh = std::min(100.0, result.adjustedCentre + halfWidth);
    if (n > 0) {
        const double p = positive / n;
        result.score = 100.0 * p;
        result.plainMargin = 100.0 * z * std::sqrt(p * (1.0 - p) / n);
    }
    result.smallSample = n < 30 || halfWidth > 10.0;
    return result;
}

NetScore metricScore(Metric metric, const ClassCounts& counts, double z)
{
    return metric == Metric::Nps ? netScore(counts, z) : shareScore(counts, z);
}

NetScoreChange compareNetScores(const NetScore& before, const NetScore& after)
{
    NetScoreChange change;
    change.delta = after.score.value_or(0.0) - before.score.value_or(0.0);
    const double se = std::sqrt(before.adjustedVariance / before.adjustedN + after.adjustedVariance / after.adjustedN);
    // The centres are in points (x100); the variances are per answer on the -1/0/+1 scale.
    change.z = se > 0.0 ? (after.adjustedCentre - before.adjustedCentre) / 100.0 / se : 0.0;
    change.significant = before.score && after.score && std::abs(change.z) >= kZ95;
    change.margin = kZ95 * se * 100.0;
    return change;
}

} // namespace loopdesk::core
