// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/metric.h"

namespace loopdesk::core {

ScoreScale scaleOf(Metric metric)
{
    switch (metric) {
    case Metric::Nps:
        return {0, 10};
    case Metric::Csat:
        return {1, 5};
    case Metric::Ces:
        return {1, 7};
    }
    return {0, 10};
}

bool isValidScore(Metric metric, int score)
{
    const ScoreScale scale = scaleOf(metric);
    return score >= scale.minimum && score <= scale.maximum;
}

std::optional<ScoreClass> classify(Metric metric, int score)
{
    if (!isValidScore(metric, score)) {
        return std::nullopt;
    }
    switch (metric) {
    case Metric::Nps:
        return score >= 9 ? ScoreClass::Positive : score >= 7 ? ScoreClass::Neutral : ScoreClass::Negative;
    case Metric::Csat:
        return score >= 4 ? ScoreClass::Positive : score == 3 ? ScoreClass::Neutral : ScoreClass::Negative;
    case Metric::Ces:
        return score >= 5 ? ScoreClass::Positive : score == 4 ? ScoreClass::Neutral : ScoreClass::Negative;
    }
    return std::nullopt;
}

QString metricKey(Metric metric)
{
    switch (metric) {
    case Metric::Nps:
        return QStringLiteral("nps");
    case Metric::Csat:
        return QStringLiteral("csat");
    case Metric::Ces:
        return QStringLiteral("ces");
    }
    return {};
}

std::optional<Metric> metricFromKey(const QString& key)
{
    for (Metric m : {Metric::Nps, Metric::Csat, Metric::Ces}) {
        if (key.compare(metricKey(m), Qt::CaseInsensitive) == 0) {
            return m;
        }
    }
    return std::nullopt;
}

QString scoreClassKey(Metric metric, ScoreClass cls)
{
    static const char* const names[3][3] = {
        {"promoter", "passive", "detractor"},
        {"satisfied", "neutral", "dissatisfied"},
        {"easy", "neutral", "hard"},
    };
    return QString::fromLatin1(names[static_cast<int>(metric)][static_cast<int>(cls)]);
}

} // namespace loopdesk::core
