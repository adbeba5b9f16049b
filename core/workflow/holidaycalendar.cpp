// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflow/holidaycalendar.h"

namespace loopdesk::core {

QDate HolidayCalendar::easterSunday(int year)
{
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = (h + l - 7 * m + 114) % 31 + 1;
    return QDate(year, month, day);
}

HolidayCalendar HolidayCalendar::poland(int firstYear, int lastYear)
{
    HolidayCalendar calendar;
    for (int y = firstYear; y <= lastYear; ++y) {
        const QDate easter = easterSunday(y);
        for (const QDate& day : {QDate(y, 1, 1), QDate(y, 1, 6), easter, easter.addDays(1), QDate(y, 5, 1),
                                 QDate(y, 5, 3), easter.addDays(49), easter.addDays(60), QDate(y, 8, 15),
                                 QDate(y, 11, 1), QDate(y, 11, 11), QDate(y, 12, 25), QDate(y, 12, 26)}) {
            calendar.add(day);
        }
        if (y >= 2025) {
            calendar.add(QDate(y, 12, 24)); // Christmas Eve is a public holiday from 2025
        }
    }
    return calendar;
}

HolidayCalendar HolidayCalendar::italy(int firstYear, int lastYear)
{
    HolidayCalendar calendar;
    for (int y = firstYear; y <= lastYear; ++y) {
        const QDate easter = easterSunday(y);
        for (const QDate& day :
             {QDate(y, 1, 1), QDate(y, 1, 6), easter, easter.addDays(1), QDate(y, 4, 25), QDate(y, 5, 1),
              QDate(y, 6, 2), QDate(y, 8, 15), QDate(y, 11, 1), QDate(y, 12, 8), QDate(y, 12, 25), QDate(y, 12, 26)}) {
            calendar.add(day);
        }
    }
    return calendar;
}

} // namespace loopdesk::core
