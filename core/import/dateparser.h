// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QStringView>
#include <QTimeZone>

#include <optional>

namespace loopdesk::core {

// Which number comes first in dates such as 03/04/2026.
enum class DateOrder { Undecided, DayFirst, MonthFirst };

// Parses the date and time formats of survey exports: ISO 8601 (with or without time, seconds
// fraction and offset), yyyy/MM/dd, dd/MM/yyyy and MM/dd/yyyy (decided by DateOrder),
// dd.MM.yyyy, yyyyMMdd, 12-hour times with AM/PM, common zone abbreviations, and Unix epoch
// seconds or milliseconds. Times without a zone are read in `zone`.
class DateParser final {
    Q_DECLARE_TR_FUNCTIONS(loopdesk::core::DateParser)

public:
    explicit DateParser(DateOrder order = DateOrder::Undecided, QTimeZone zone = QTimeZone::systemTimeZone());

    // The moment in UTC, or nothing with the reason in `why`.
    std::optional<QDateTime> parse(QStringView text, QString* why = nullptr) const;

    // What one value says about day/month order: a first number over 12 means day first, a
    // second number over 12 means month first; dots mean day first.
    static DateOrder evidence(QStringView text);
    // Reads a --date-format value: "dd/MM/yyyy", "MM/dd/yyyy", "dd.MM.yyyy", "day-first", ...
    static std::optional<DateOrder> orderFromFormat(const QString& format);

private:
    DateOrder m_order;
    QTimeZone m_zone;
};

// Watches a whole column of dates and says whether their day/month order is settled.
class DateOrderVote final {
public:
    void add(QStringView text);
    DateOrder decided() const; // Undecided when nothing settled it
    bool conflicting() const { return m_dayFirst > 0 && m_monthFirst > 0; }
    bool needsOrder() const { return m_slashDates > 0; } // any value of the d/m/y or m/d/y form

private:
    qint64 m_dayFirst = 0;
    qint64 m_monthFirst = 0;
    qint64 m_slashDates = 0;
};

} // namespace loopdesk::core
