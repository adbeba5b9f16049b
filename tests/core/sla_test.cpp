// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflow/slacalculator.h"

#include <catch2/catch.hpp>

using namespace loopdesk::core;

namespace {

const QTimeZone kWarsaw("Europe/Warsaw");

QDateTime warsaw(int y, int m, int d, int h, int mi = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, mi), kWarsaw);
}

QDateTime due(SlaClock clock, const QDateTime& start, int hours)
{
    return SlaCalculator(clock, HolidayCalendar::poland(2025, 2027), kWarsaw)
        .due(start.toUTC(), hours)
        .toTimeZone(kWarsaw);
}

} // namespace

TEST_CASE("Easter and the Polish and Italian holiday presets", "[workflow][sla]")
{
    CHECK(HolidayCalendar::easterSunday(2024) == QDate(2024, 3, 31));
    CHECK(HolidayCalendar::easterSunday(2025) == QDate(2025, 4, 20));
    CHECK(HolidayCalendar::easterSunday(2026) == QDate(2026, 4, 5));
    const HolidayCalendar pl = HolidayCalendar::poland(2026, 2026);
    CHECK(pl.isHoliday(QDate(2026, 4, 6)));   // Easter Monday
    CHECK(pl.isHoliday(QDate(2026, 6, 4)));   // Corpus Christi, Easter + 60
    CHECK(pl.isHoliday(QDate(2026, 11, 11))); // Independence Day
    CHECK_FALSE(pl.isHoliday(QDate(2026, 6, 2)));
    const HolidayCalendar it = HolidayCalendar::italy(2026, 2026);
    CHECK(it.isHoliday(QDate(2026, 6, 2))); // Festa della Repubblica
    CHECK(it.isHoliday(QDate(2026, 12, 8)));
    CHECK_FALSE(it.isHoliday(QDate(2026, 11, 11)));
    HolidayCalendar edited = pl;
    edited.remove(QDate(2026, 11, 11));
    edited.add(QDate(2026, 11, 10));
    CHECK(edited.isWorkingDay(QDate(2026, 11, 11)));
    CHECK_FALSE(edited.isWorkingDay(QDate(2026, 11, 10)));
}

TEST_CASE("a detractor answered Friday 17:00 with a 48 h SLA", "[workflow][sla]")
{
    const QDateTime friday = warsaw(2026, 11, 20, 17);
    SECTION("calendar hours: due Sunday 17:00")
    {
        CHECK(due(SlaClock::CalendarHours, friday, 48) == warsaw(2026, 11, 22, 17));
    }
    SECTION("working days: due Tuesday 17:00")
    {
        CHECK(due(SlaClock::WorkingDays, friday, 48) == warsaw(2026, 11, 24, 17));
    }
    SECTION("working days with Easter Monday off: due Wednesday 17:00")
    {
        CHECK(due(SlaClock::WorkingDays, warsaw(2026, 4, 3, 17), 48) == warsaw(2026, 4, 8, 17));
    }
    SECTION("business hours Mon-Fri 8-17: 45 hours Monday to Friday, 3 more the next Monday")
    {
        CHECK(due(SlaClock::BusinessHours, friday, 48) == warsaw(2026, 11, 30, 11));
    }
}

TEST_CASE("a key account's 6 h SLA on each clock", "[workflow][sla]")
{
    const QDateTime friday = warsaw(2026, 11, 20, 17);
    CHECK(due(SlaClock::CalendarHours, friday, 6) == warsaw(2026, 11, 20, 23));
    CHECK(due(SlaClock::WorkingDays, friday, 6) == warsaw(2026, 11, 20, 23)); // Friday 23:00 is on a working day
    CHECK(due(SlaClock::BusinessHours, friday, 6) == warsaw(2026, 11, 23, 14));
    CHECK(due(SlaClock::BusinessHours, warsaw(2026, 11, 23, 10, 30), 6) == warsaw(2026, 11, 23, 16, 30));
    CHECK(due(SlaClock::BusinessHours, warsaw(2026, 11, 23, 6), 6) == warsaw(2026, 11, 23, 14)); // before opening
}

TEST_CASE("daylight-saving changes do not shift due times", "[workflow][sla]")
{
    // Clocks go forward on Sunday 29 March 2026 and back on Sunday 25 October 2026 in Poland.
    CHECK(due(SlaClock::CalendarHours, warsaw(2026, 3, 27, 17), 48) == warsaw(2026, 3, 29, 17));
    CHECK(due(SlaClock::CalendarHours, warsaw(2026, 10, 23, 17), 48) == warsaw(2026, 10, 25, 17));
    CHECK(due(SlaClock::WorkingDays, warsaw(2026, 3, 27, 17), 48) == warsaw(2026, 3, 31, 17));
    CHECK(due(SlaClock::BusinessHours, warsaw(2026, 10, 23, 15), 4) == warsaw(2026, 10, 26, 10));
}
