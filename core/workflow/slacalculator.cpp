// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflow/slacalculator.h"

#include <limits>

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
    return dueOn(start.toTimeZone(m_zone), hours, Wall{&m_zone, 0}).toUTC();
}

QDateTime SlaCalculator::due(const QDateTime& start, int hours, OffsetSpan& span) const
{
    const qint64 t = start.toSecsSinceEpoch();
    if (t < span.from || t >= span.to) {
        span = spanAround(t);
    }
    // A day away from any change of offset, no wall-clock time met on the way is skipped or
    // repeated (a change moves the clock by an hour or two): the fixed offset says what the zone says.
    constexpr qint64 kMargin = 24 * 3600;
    if (t >= span.from + kMargin) {
        if (m_clock == SlaClock::CalendarHours) {
            // On a fixed offset the wall clock moves with UTC: whole days and hours alike.
            if (const qint64 due = t + qint64{hours} * 3600; due < span.to - kMargin) {
                return QDateTime::fromSecsSinceEpoch(due, Qt::UTC);
            }
            return this->due(start, hours);
        }
        const QDateTime local = QDateTime::fromSecsSinceEpoch(t, Qt::OffsetFromUTC, span.offset);
        const QDateTime result = dueOn(local, hours, Wall{nullptr, span.offset});
        if (result.toSecsSinceEpoch() < span.to - kMargin) {
            return result.toUTC();
        }
    }
    return due(start, hours);
}

SlaCalculator::OffsetSpan SlaCalculator::spanAround(qint64 utcSeconds) const
{
    const QDateTime at = QDateTime::fromSecsSinceEpoch(utcSeconds, Qt::UTC);
    OffsetSpan span{std::numeric_limits<qint64>::min() / 2, std::numeric_limits<qint64>::max() / 2,
                    m_zone.offsetFromUtc(at)};
    if (!m_zone.hasTransitions()) {
        return span;
    }
    // The last change before `at` started this stretch, unless `at` is itself a change.
    const QTimeZone::OffsetData before = m_zone.previousTransition(at);
    if (before.atUtc.isValid()) {
        span.from = before.offsetFromUtc == span.offset ? before.atUtc.toSecsSinceEpoch() : utcSeconds;
    }
    const QTimeZone::OffsetData after = m_zone.nextTransition(at);
    if (after.atUtc.isValid()) {
        span.to = after.atUtc.toSecsSinceEpoch();
    }
    return span;
}

QDateTime SlaCalculator::dueOn(const QDateTime& local, int hours, const Wall& wall) const
{
    switch (m_clock) {
    case SlaClock::CalendarHours:
        return dueOnCalendar(local, hours, wall);
    case SlaClock::WorkingDays:
        return dueOnWorkingDays(local, hours, wall);
    case SlaClock::BusinessHours:
        return dueOnBusinessHours(local, hours, wall);
    }
    return {};
}

QDateTime SlaCalculator::dueOnCalendar(const QDateTime& local, int hours, const Wall& wall) const
{
    // Whole days keep the time of day; the remaining hours are added on the wall clock.
    const QDateTime sameTime = wall.at(local.date().addDays(hours / 24), local.time());
    const int minutes = local.time().hour() * 60 + local.time().minute() + (hours % 24) * 60;
    return wall.at(sameTime.date().addDays(minutes / (24 * 60)),
                   QTime(minutes % (24 * 60) / 60, minutes % 60, local.time().second()));
}

QDateTime SlaCalculator::dueOnWorkingDays(const QDateTime& local, int hours, const Wall& wall) const
{
    QDate day = local.date();
    for (int counted = 0; counted < hours / 24;) {
        day = day.addDays(1);
        counted += m_holidays.isWorkingDay(day) ? 1 : 0;
    }
    QDateTime due = dueOnCalendar(wall.at(day, local.time()), hours % 24, wall);
    while (!m_holidays.isWorkingDay(due.date())) {
        due = wall.at(due.date().addDays(1), due.time());
    }
    return due;
}

QDateTime SlaCalculator::dueOnBusinessHours(const QDateTime& local, int hours, const Wall& wall) const
{
    qint64 remaining = qint64{hours} * 3600;
    QDate day = local.date();
    QTime from = std::clamp(local.time(), m_opens, m_closes);
    for (;;) {
        if (m_holidays.isWorkingDay(day)) {
            const qint64 available = from.secsTo(m_closes);
            if (remaining <= available) {
                return wall.at(day, from.addSecs(static_cast<int>(remaining)));
            }
            remaining -= available;
        }
        day = day.addDays(1);
        from = m_opens;
    }
}

} // namespace loopdesk::core
