// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/metric.h"

#include <QtGlobal>

#include <optional>

namespace loopdesk::core {

// How many answers of a metric fell into each class; all NPS arithmetic starts here.
struct ClassCounts {
    qint64 positive = 0; // promoters (NPS), satisfied (CSAT), easy (CES)
    qint64 neutral = 0;
    qint64 negative = 0;

    qint64 total() const { return positive + neutral + negative; }
    void add(ScoreClass cls, qint64 n = 1)
    {
        (cls == ScoreClass::Positive ? positive : cls == ScoreClass::Neutral ? neutral : negative) += n;
    }
    ClassCounts& operator+=(const ClassCounts& o)
    {
        positive += o.positive;
        neutral += o.neutral;
        negative += o.negative;
        return *this;
    }
};

// The net score of a set of answers with its honest uncertainty (DESIGN.md §4).
struct NetScore {
    ClassCounts counts;
    std::optional<double> score; // 100 (P - D) / n; empty when n = 0
    double ciLow = 0.0;          // adjusted-Wald 95 % interval (Rocks 2016)
    double ciHigh = 0.0;
    double plainMargin = 0.0;    // 1.96 * 100 * sqrt(v / n), the textbook margin
    double adjustedCentre = 0.0; // 100 (p' - d')
    double adjustedVariance = 0.0;
    double adjustedN = 0.0;
    bool smallSample = true; // fewer than 30 answers, or the interval wider than +-10 points
};

// Change between two independent groups, tested on the adjusted figures.
struct NetScoreChange {
    double delta = 0.0; // score(after) - score(before), in points
    double z = 0.0;
    bool significant = false; // |z| >= 1.96
    double margin = 0.0;      // half-width of the change's 95 % interval, in points
};

constexpr double kZ95 = 1.96;

NetScore netScore(const ClassCounts& counts, double z = kZ95);
// The same on counts that need not be whole (the what-if simulator moves shares of answers);
// `counts` of the result holds them rounded.
NetScore netScore(double positive, double neutral, double negative, double z = kZ95);
// CSAT and CES are reported as the share of satisfied (easy) answers, 0-100, with the adjusted-
// Wald interval for one proportion (Agresti-Coull: z^2/2 successes added to z^2 answers).
NetScore shareScore(const ClassCounts& counts, double z = kZ95);
// NPS for NPS answers, the share of positive answers for CSAT and CES.
NetScore metricScore(Metric metric, const ClassCounts& counts, double z = kZ95);
NetScoreChange compareNetScores(const NetScore& before, const NetScore& after);

} // namespace loopdesk::core
