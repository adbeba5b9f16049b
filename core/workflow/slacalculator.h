// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workflow/holidaycalendar.h"

#include <QDateTime>
#include <QTime>
#include <QTimeZone>

namespace loopdesk::core {

// How follow-up time is counted: plain calendar hours; working days (weekends and holidays
// skipped, 48 h = two working days); or business hours (only the opening hours of working days).
enum class SlaClock { CalendarHours, WorkingDays, BusinessHours };

// Works out due times. All arithmetic is on the local wall clock of `zone`, so a daylight-saving
// change between start and due does not move the due time by an hour.
class SlaCalculator final {
public:
    SlaCalculator(SlaClock clock, HolidayCalendar holidays, QTimeZone zone, QTime opens = QTime(8, 0),
                  QTime closes = QTime(17, 0));

    // The moment (UTC) that lies `hours` of this clock after `start`.
    QDateTime due(const QDateTime& start, int hours) const;

private:
    QDateTime dueOnCalendar(const QDateTime& local, int hours) const;
    QDateTime dueOnWorkingDays(const QDateTime& local, int hours) const;
    QDateTime dueOnBusinessHours(const QDateTime& local, int hours) const;
    QDateTime at(QDate day, QTime time) const { return QDateTime(day, time, m_zone); }

    SlaClock m_clock;
    HolidayCalendar m_holidays;
    QTimeZone m_zone;
    QTime m_opens;
    QTime m_closes;
};

} // namespace loopdesk::core
