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

    // A stretch of time in which the zone's offset from UTC stays the same; empty at first.
    struct OffsetSpan {
        qint64 from = 1; // UTC epoch seconds, [from, to)
        qint64 to = 0;
        int offset = 0;
    };
    // The same, faster for many starts in a row (an import): the caller keeps `span` between calls.
    // Where start and due time lie in one such stretch, a day or more from its ends, the wall clock
    // runs on that fixed offset instead of asking the zone at every step; otherwise as due() above.
    QDateTime due(const QDateTime& start, int hours, OffsetSpan& span) const;

private:
    // How a wall-clock date and time becomes a moment: by the zone's rules, or on a fixed offset.
    struct Wall {
        const QTimeZone* zone = nullptr; // nullptr: `offset` seconds ahead of UTC
        int offset = 0;
        QDateTime at(QDate day, QTime time) const
        {
            return zone ? QDateTime(day, time, *zone) : QDateTime(day, time, Qt::OffsetFromUTC, offset);
        }
    };
    QDateTime dueOn(const QDateTime& local, int hours, const Wall& wall) const;
    QDateTime dueOnCalendar(const QDateTime& local, int hours, const Wall& wall) const;
    QDateTime dueOnWorkingDays(const QDateTime& local, int hours, const Wall& wall) const;
    QDateTime dueOnBusinessHours(const QDateTime& local, int hours, const Wall& wall) const;
    OffsetSpan spanAround(qint64 utcSeconds) const;

    SlaClock m_clock;
    HolidayCalendar m_holidays;
    QTimeZone m_zone;
    QTime m_opens;
    QTime m_closes;
};

} // namespace loopdesk::core
