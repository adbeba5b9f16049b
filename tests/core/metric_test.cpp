// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/metric.h"

#include <catch2/catch.hpp>

using namespace loopdesk::core;

TEST_CASE("NPS answers 0-6 are detractors, 7-8 passives, 9-10 promoters", "[domain][classification]")
{
    for (int score = 0; score <= 6; ++score) {
        CHECK(classify(Metric::Nps, score) == ScoreClass::Negative);
    }
    CHECK(classify(Metric::Nps, 7) == ScoreClass::Neutral);
    CHECK(classify(Metric::Nps, 8) == ScoreClass::Neutral);
    CHECK(classify(Metric::Nps, 9) == ScoreClass::Positive);
    CHECK(classify(Metric::Nps, 10) == ScoreClass::Positive);
}

TEST_CASE("NPS scores outside 0-10 are rejected", "[domain][classification]")
{
    CHECK_FALSE(classify(Metric::Nps, -1).has_value());
    CHECK_FALSE(classify(Metric::Nps, 11).has_value());
    CHECK_FALSE(classify(Metric::Nps, 99).has_value());
    CHECK_FALSE(isValidScore(Metric::Nps, 11));
    CHECK(isValidScore(Metric::Nps, 0));
}

TEST_CASE("CSAT 4-5 is satisfied, 3 neutral, 1-2 dissatisfied, 0 and 6 are rejected", "[domain][classification]")
{
    CHECK_FALSE(classify(Metric::Csat, 0).has_value());
    CHECK(classify(Metric::Csat, 1) == ScoreClass::Negative);
    CHECK(classify(Metric::Csat, 2) == ScoreClass::Negative);
    CHECK(classify(Metric::Csat, 3) == ScoreClass::Neutral);
    CHECK(classify(Metric::Csat, 4) == ScoreClass::Positive);
    CHECK(classify(Metric::Csat, 5) == ScoreClass::Positive);
    CHECK_FALSE(classify(Metric::Csat, 6).has_value());
    CHECK(scoreClassKey(Metric::Csat, ScoreClass::Negative) == QStringLiteral("dissatisfied"));
}

TEST_CASE("CES 5-7 is easy, 4 neutral, 1-3 hard, 0 and 8 are rejected", "[domain][classification]")
{
    CHECK_FALSE(classify(Metric::Ces, 0).has_value());
    CHECK(classify(Metric::Ces, 1) == ScoreClass::Negative);
    CHECK(classify(Metric::Ces, 3) == ScoreClass::Negative);
    CHECK(classify(Metric::Ces, 4) == ScoreClass::Neutral);
    CHECK(classify(Metric::Ces, 5) == ScoreClass::Positive);
    CHECK(classify(Metric::Ces, 7) == ScoreClass::Positive);
    CHECK_FALSE(classify(Metric::Ces, 8).has_value());
    CHECK(scoreClassKey(Metric::Ces, ScoreClass::Positive) == QStringLiteral("easy"));
}

TEST_CASE("metric keys round-trip and unknown keys are refused", "[domain]")
{
    for (Metric m : {Metric::Nps, Metric::Csat, Metric::Ces}) {
        CHECK(metricFromKey(metricKey(m)) == m);
    }
    CHECK(metricFromKey(QStringLiteral("NPS")) == Metric::Nps);
    CHECK_FALSE(metricFromKey(QStringLiteral("stars")).has_value());
}
