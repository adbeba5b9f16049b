// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QSet>
#include <QString>

namespace loopdesk::core {

// Which days are not worked besides weekends: public holidays, editable. Presets for Poland and
// Italy compute the movable feasts (Easter and what hangs on it) for any year.
class HolidayCalendar final {
public:
    static HolidayCalendar poland(int firstYear, int lastYear);
    static HolidayCalendar italy(int firstYear, int lastYear);
    static QDate easterSunday(int year); // Gregorian computus (Meeus/Jones/Butcher)

    void add(QDate day) { m_days.insert(day); }
    void remove(QDate day) { m_days.remove(day); }
    bool isHoliday(QDate day) const { return m_days.contains(day); }
    bool isWorkingDay(QDate day) const { return day.dayOfWeek() <= 5 && !isHoliday(day); }
    const QSet<QDate>& days() const { return m_days; }

private:
    QSet<QDate> m_days;
};

} // namespace loopdesk::core
