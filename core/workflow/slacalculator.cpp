// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflow/slacalculator.h"

namespace loopdesk::core {

SlaCalculator::SlaCalculator(SlaClock clock, HolidayCalendar holidays, QTimeZone zone, QTime opens, QTime closes)
    : m_clock(clock)
    , m_holidays(std::move(holidays))
    , m_zone(std::move(zone))
    , m_opens(opens)
    , m_closes(closes)
{}

QDateTime SlaCalculator::due(const QDateTime& start, int hours) const
{
    const QDateTime local = start.toTimeZone(m_zone);
    switch (m_clock) {
    case SlaClock::CalendarHours:
        return dueOnCalendar(local, hours).toUTC();
    case SlaClock::WorkingDays:
        return dueOnWorkingDays(local, hours).toUTC();
    case SlaClock::BusinessHours:
        return dueOnBusinessHours(local, hours).toUTC();
    }
    return {};
}

QDateTime SlaCalculator::dueOnCalendar(const QDateTime& local, int hours) const
{
    // Whole days keep the time of day; the remaining hours are added on the wall clock.
    const QDateTime sameTime = at(local.date().addDays(hours / 24), local.time());
    const int minutes = local.time().hour() * 60 + local.time().minute() + (hours % 24) * 60;
    return at(sameTime.date().addDays(minutes / (24 * 60)),
              QTime(minutes % (24 * 60) / 60, minutes % 60, local.time().second()));
}

QDateTime SlaCalculator::dueOnWorkingDays(const QDateTime& local, int hours) const
{
    QDate day = local.date();
    for (int counted = 0; counted < hours / 24;) {
        day = day.addDays(1);
        counted += m_holidays.isWorkingDay(day) ? 1 : 0;
    }
    QDateTime due = dueOnCalendar(at(day, local.time()), hours % 24);
    while (!m_holidays.isWorkingDay(due.date())) {
        due = at(due.date().addDays(1), due.time());
    }
    return due;
}

QDateTime SlaCalculator::dueOnBusinessHours(const QDateTime& local, int hours) const
{
    qint64 remaining = qint64{hours} * 3600;
    QDate day = local.date();
    QTime from = std::clamp(local.time(), m_opens, m_closes);
    for (;;) {
        if (m_holidays.isWorkingDay(day)) {
            const qint64 available = from.secsTo(m_closes);
            if (remaining <= available) {
                return at(day, from.addSecs(static_cast<int>(remaining)));
            }
            remaining -= available;
        }
        day = day.addDays(1);
        from = m_opens;
    }
}

} // namespace loopdesk::core
