// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/period.h"
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

TEST_CASE("the month of a moment in epoch seconds is the calendar's, every day of eight centuries", "[domain][quarter]")
{
    const QDate first(1600, 1, 1);
    const QDate last(2400, 12, 31);
    const qint64 epoch = QDate(1970, 1, 1).toJulianDay();
    qint64 wrong = 0;
    for (qint64 jd = first.toJulianDay(); jd <= last.toJulianDay(); ++jd) {
        const qint64 start = (jd - epoch) * 86400;
        const int expected = monthIndex(QDate::fromJulianDay(jd));
        wrong += monthIndexOfEpoch(start) != expected || monthIndexOfEpoch(start + 86399) != expected ? 1 : 0;
    }
    CHECK(wrong == 0);
    CHECK(monthIndexOfEpoch(0) == 1970 * 12);
    CHECK(monthIndexOfEpoch(-1) == 1969 * 12 + 11);
    CHECK(monthIndexOfEpoch(QDateTime(QDate(2026, 2, 28), QTime(23, 59, 59), Qt::UTC).toSecsSinceEpoch()) ==
          2026 * 12 + 1);
    CHECK(monthIndexOfEpoch(QDateTime(QDate(2024, 2, 29), QTime(12, 0), Qt::UTC).toSecsSinceEpoch()) == 2024 * 12 + 1);
    // Before the year 1 the calendar has no year 0: such dates are left to it.
    CHECK(monthIndexOfEpoch((QDate(-5, 6, 15).toJulianDay() - epoch) * 86400) == monthIndex(QDate(-5, 6, 15)));
}
