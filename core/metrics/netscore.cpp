// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/netscore.h"

#include <cmath>

namespace loopdesk::core {

NetScore netScore(const ClassCounts& counts, double z)
{
    NetScore result;
    result.counts = counts;
    const auto n = static_cast<double>(counts.total());
    const auto promoters = static_cast<double>(counts.positive);
    const auto detractors = static_cast<double>(counts.negative);

    // Adjusted Wald: add three quarters of an answer to promoters and detractors, three in all.
    result.adjustedN = n + 3.0;
    const double pa = (promoters + 0.75) / result.adjustedN;
    const double da = (detractors + 0.75) / result.adjustedN;
    result.adjustedVariance = pa + da - (pa - da) * (pa - da);
    result.adjustedCentre = 100.0 * (pa - da);
    const double halfWidth = 100.0 * z * std::sqrt(result.adjustedVariance / result.adjustedN);
    result.ciLow = std::max(-100.0, result.adjustedCentre - halfWidth);
    result.ciHigh = std::min(100.0, result.adjustedCentre + halfWidth);

    if (counts.total() > 0) {
        const double p = promoters / n;
        const double d = detractors / n;
        result.score = 100.0 * (p - d);
        const double variance = p + d - (p - d) * (p - d);
        result.plainMargin = 100.0 * z * std::sqrt(variance / n);
    }
    result.smallSample = counts.total() < 30 || halfWidth > 10.0;
    return result;
}

NetScoreChange compareNetScores(const NetScore& before, const NetScore& after)
{
    NetScoreChange change;
    change.delta = after.score.value_or(0.0) - before.score.value_or(0.0);
    const double se = std::sqrt(before.adjustedVariance / before.adjustedN + after.adjustedVariance / after.adjustedN);
    // The centres are in points (x100); the variances are per answer on the -1/0/+1 scale.
    change.z = se > 0.0 ? (after.adjustedCentre - before.adjustedCentre) / 100.0 / se : 0.0;
    change.significant = before.score && after.score && std::abs(change.z) >= kZ95;
    return change;
}

} // namespace loopdesk::core
