// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/quarter.h"

#include <catch2/catch.hpp>

using namespace loopdesk::core;

TEST_CASE("calendar quarters cover three months each", "[domain][quarter]")
{
    CHECK(Quarter::containing(QDate(2026, 1, 1)).label() == QStringLiteral("2026Q1"));
    CHECK(Quarter::containing(QDate(2026, 3, 31)).label() == QStringLiteral("2026Q1"));
    CHECK(Quarter::containing(QDate(2026, 4, 1)).label() == QStringLiteral("2026Q2"));
    CHECK(Quarter::containing(QDate(2026, 11, 22)).label() == QStringLiteral("2026Q4"));
    const Quarter q3(2026, 3);
    CHECK(q3.firstDay() == QDate(2026, 7, 1));
    CHECK(q3.lastDay() == QDate(2026, 9, 30));
}

TEST_CASE("a fiscal year starting in July is named after the year it ends in", "[domain][quarter]")
{
    const Quarter first = Quarter::containing(QDate(2026, 7, 15), 7);
    CHECK(first.label() == QStringLiteral("FY2027Q1"));
    CHECK(first.firstDay() == QDate(2026, 7, 1));
    CHECK(first.lastDay() == QDate(2026, 9, 30));
    const Quarter last = Quarter::containing(QDate(2027, 6, 30), 7);
    CHECK(last.label() == QStringLiteral("FY2027Q4"));
    CHECK(last.firstDay() == QDate(2027, 4, 1));
    CHECK(Quarter::containing(QDate(2027, 2, 1), 7).label() == QStringLiteral("FY2027Q3"));
}

TEST_CASE("quarters step across year ends and parse their own labels", "[domain][quarter]")
{
    CHECK(Quarter(2026, 4).next() == Quarter(2027, 1));
    CHECK(Quarter(2026, 1).previous() == Quarter(2025, 4));
    CHECK(Quarter(2025, 4) < Quarter(2026, 1));
    CHECK(Quarter::parse(QStringLiteral("2026Q3")) == Quarter(2026, 3));
    CHECK(Quarter::parse(QStringLiteral("2026-q1")) == Quarter(2026, 1));
    CHECK(Quarter::parse(QStringLiteral("FY2027Q1"), 7)->firstDay() == QDate(2026, 7, 1));
    CHECK_FALSE(Quarter::parse(QStringLiteral("2026Q5")).has_value());
    CHECK_FALSE(Quarter::parse(QStringLiteral("Q3")).has_value());
}
