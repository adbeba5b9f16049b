// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/netscore.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace loopdesk::core;
using Catch::Detail::Approx;

TEST_CASE("NPS of the published small examples", "[metrics][nps]")
{
    CHECK(*netScore({30, 50, 20}).score == Approx(10.0));
    // Scores 1..10 once each: promoters 9, 10; passives 7, 8; detractors 1..6.
    CHECK(*netScore({2, 2, 6}).score == Approx(-40.0));
    // 9, 10, 6, 8.
    CHECK(*netScore({2, 1, 1}).score == Approx(25.0));
}

TEST_CASE("n = 1162 with 291 promoters and 395 detractors gives -8.95 +- 4.39", "[metrics][nps]")
{
    const NetScore s = netScore({291, 476, 395});
    CHECK(*s.score == Approx(-8.95).margin(0.005));
    CHECK(s.plainMargin == Approx(4.39).margin(0.005));
    CHECK_FALSE(s.smallSample);
}

TEST_CASE("shares 1/2, 1/3, 1/6 have per-answer variance 5/9 and SE 4.14 at n = 324", "[metrics][nps]")
{
    const NetScore s = netScore({162, 108, 54});
    const double p = 0.5;
    const double d = 1.0 / 6.0;
    CHECK(p + d - (p - d) * (p - d) == Approx(5.0 / 9.0));
    CHECK(s.plainMargin / kZ95 == Approx(4.14).margin(0.005));
}

TEST_CASE("the adjusted-Wald interval adds 3/4 to promoters and detractors", "[metrics][nps]")
{
    const NetScore s = netScore({90, 60, 50});
    const double n = 203.0;
    const double pa = 90.75 / n;
    const double da = 50.75 / n;
    const double v = pa + da - (pa - da) * (pa - da);
    CHECK(s.adjustedCentre == Approx(100 * (pa - da)));
    CHECK(s.ciLow == Approx(100 * ((pa - da) - 1.96 * std::sqrt(v / n))));
    CHECK(s.ciHigh == Approx(100 * ((pa - da) + 1.96 * std::sqrt(v / n))));
}

TEST_CASE("NPS 20 -> 30 on 200 and 220 answers is not a significant change (z about 1.28)", "[metrics][nps]")
{
    const NetScore before = netScore({90, 60, 50});
    const NetScore after = netScore({110, 66, 44});
    CHECK(*before.score == Approx(20.0));
    CHECK(*after.score == Approx(30.0));
    const NetScoreChange change = compareNetScores(before, after);
    CHECK(change.delta == Approx(10.0));
    CHECK(change.z == Approx(1.28).margin(0.01));
    CHECK_FALSE(change.significant);
}

TEST_CASE("a large change on large samples is significant", "[metrics][nps]")
{
    const NetScoreChange change = compareNetScores(netScore({300, 300, 400}), netScore({450, 300, 250}));
    CHECK(change.z > 1.96);
    CHECK(change.significant);
}

TEST_CASE("no answers means no NPS, said so, and never significant", "[metrics][nps]")
{
    const NetScore empty = netScore({0, 0, 0});
    CHECK_FALSE(empty.score.has_value());
    CHECK(empty.smallSample);
    CHECK_FALSE(compareNetScores(empty, netScore({100, 0, 0})).significant);
}

TEST_CASE("all promoters is 100 and all detractors -100, with intervals inside the scale", "[metrics][nps]")
{
    const NetScore top = netScore({50, 0, 0});
    CHECK(*top.score == Approx(100.0));
    CHECK(top.ciHigh <= 100.0);
    CHECK(top.ciLow < 100.0);
    const NetScore bottom = netScore({0, 0, 50});
    CHECK(*bottom.score == Approx(-100.0));
    CHECK(bottom.ciLow >= -100.0);
    CHECK(bottom.ciHigh > -100.0);
    CHECK(netScore({5, 0, 0}).smallSample);
}
