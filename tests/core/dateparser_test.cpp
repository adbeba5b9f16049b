// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/dateparser.h"

#include <catch2/catch.hpp>

using namespace loopdesk::core;

namespace {

QDateTime utc(int y, int mo, int d, int h = 0, int mi = 0, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC);
}

QDateTime parse(const char* text, DateOrder order = DateOrder::Undecided)
{
    return DateParser(order, QTimeZone::utc()).parse(QString::fromLatin1(text)).value_or(QDateTime());
}

} // namespace

TEST_CASE("ISO dates with and without time, fraction and offset", "[import][dates]")
{
    CHECK(parse("2017-07-18 08:28:09") == utc(2017, 7, 18, 8, 28, 9));
    CHECK(parse("2017-07-18T08:28:09Z") == utc(2017, 7, 18, 8, 28, 9));
    CHECK(parse("2019-11-01 08:51:12.402").toMSecsSinceEpoch() ==
          utc(2019, 11, 1, 8, 51, 12).toMSecsSinceEpoch() + 402);
    CHECK(parse("2026-02-02T09:30:00+01:00") == utc(2026, 2, 2, 8, 30));
    CHECK(parse("2026-02-03") == utc(2026, 2, 3));
}

TEST_CASE("slash dates follow the day/month order, dots are day first", "[import][dates]")
{
    CHECK(parse("03/04/2026", DateOrder::DayFirst) == utc(2026, 4, 3));
    CHECK(parse("03/04/2026", DateOrder::MonthFirst) == utc(2026, 3, 4));
    CHECK(parse("11/1/2019 8:51:12", DateOrder::MonthFirst) == utc(2019, 11, 1, 8, 51, 12));
    CHECK(parse("25.12.2025") == utc(2025, 12, 25));
    CHECK_FALSE(DateParser(DateOrder::Undecided, QTimeZone::utc()).parse(QStringLiteral("03/04/2026")).has_value());
    // A value that settles it on its own is read even without a decided order.
    CHECK(parse("25/06/2026") == utc(2026, 6, 25));
}

TEST_CASE("12-hour times, zone abbreviations, yyyyMMdd and epoch seconds", "[import][dates]")
{
    CHECK(parse("2022/06/22 11:07:29 AM AST") == utc(2022, 6, 22, 15, 7, 29));
    CHECK(parse("2022/06/22 12:15:02 PM") == utc(2022, 6, 22, 12, 15, 2));
    CHECK(parse("2022/06/22 12:15:02 AM") == utc(2022, 6, 22, 0, 15, 2));
    CHECK(parse("20260315") == utc(2026, 3, 15));
    CHECK(parse("1656681600") == utc(2022, 7, 1, 13, 20));
}

TEST_CASE("impossible dates are refused with a reason", "[import][dates]")
{
    const DateParser parser(DateOrder::DayFirst, QTimeZone::utc());
    QString why;
    CHECK_FALSE(parser.parse(QStringLiteral("31/02/2026"), &why).has_value());
    CHECK(why.contains(QStringLiteral("31/02/2026")));
    CHECK_FALSE(parser.parse(QStringLiteral("tomorrow"), &why).has_value());
    CHECK_FALSE(parser.parse(QStringLiteral("2026-01-01 25:00"), &why).has_value());
    CHECK_FALSE(parser.parse(QStringLiteral("2026-01-01 13:00 PM"), &why).has_value());
}

TEST_CASE("the order is settled by the whole column, and mixed orders are caught", "[import][dates]")
{
    DateOrderVote vote;
    vote.add(QStringLiteral("03/04/2026"));
    vote.add(QStringLiteral("05/06/2026"));
    CHECK(vote.needsOrder());
    CHECK(vote.decided() == DateOrder::Undecided);
    vote.add(QStringLiteral("25/06/2026"));
    CHECK(vote.decided() == DateOrder::DayFirst);
    vote.add(QStringLiteral("06/25/2026"));
    CHECK(vote.conflicting());
    DateOrderVote iso;
    iso.add(QStringLiteral("2026-06-25"));
    CHECK_FALSE(iso.needsOrder());
    CHECK(DateParser::orderFromFormat(QStringLiteral("MM/dd/yyyy")) == DateOrder::MonthFirst);
    CHECK(DateParser::orderFromFormat(QStringLiteral("dd.MM.yyyy")) == DateOrder::DayFirst);
    CHECK_FALSE(DateParser::orderFromFormat(QStringLiteral("whenever")).has_value());
}
