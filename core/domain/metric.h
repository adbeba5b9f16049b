// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace loopdesk::core {

// The survey metrics LoopDesk understands, with their score scales and three-way classification.
enum class Metric { Nps, Csat, Ces };

// Three-way class of one answer: promoter/passive/detractor for NPS, satisfied/neutral/dissatisfied
// for CSAT, easy/neutral/hard for CES.
enum class ScoreClass { Positive, Neutral, Negative };

struct ScoreScale {
    int minimum = 0;
    int maximum = 10;
};

ScoreScale scaleOf(Metric metric);
bool isValidScore(Metric metric, int score);

// The class of a score, or nothing when the score is outside the metric's scale.
std::optional<ScoreClass> classify(Metric metric, int score);

QString metricKey(Metric metric);                        // "nps", "csat", "ces" (storage, CLI)
std::optional<Metric> metricFromKey(const QString& key); // inverse of metricKey
QString scoreClassKey(Metric metric, ScoreClass cls);    // "promoter", "satisfied", "easy", ...

} // namespace loopdesk::core
