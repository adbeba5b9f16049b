// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/quarter.h"

#include <QDate>
#include <QString>

#include <optional>

namespace loopdesk::core {

// A calendar month as one integer, year * 12 + month - 1: what the score cube is keyed by.
// Periods are cut at midnight UTC, the clock answers are stored in.
int monthIndex(QDate date);
int monthIndexOfEpoch(qint64 utcSeconds);
QDate firstDayOfMonthIndex(int index);

// How a report cuts time.
enum class PeriodUnit { Month, Quarter, Year };

// One reporting period: a month ("2026-03"), a calendar or fiscal quarter ("2026Q1", "FY2027Q1")
// or a year ("2026", or "FY2027" with a fiscal year), labelled the way the CLI reads them back.
class Period final {
public:
    Period() = default;
    static Period containing(int monthIndex, PeriodUnit unit, int fiscalStartMonth = 1);
    // Reads "2026-03", "2026Q1", "FY2027Q1", "2026" or "FY2027"; nothing when it is none of them.
    static std::optional<Period> parse(const QString& text, int fiscalStartMonth = 1);

    PeriodUnit unit() const { return m_unit; }
    int firstMonth() const { return m_firstMonth; } // month index
    int lastMonth() const;                          // month index, inclusive
    QDate firstDay() const { return firstDayOfMonthIndex(m_firstMonth); }
    QDate lastDay() const { return firstDayOfMonthIndex(lastMonth() + 1).addDays(-1); }
    bool contains(int monthIndex) const { return monthIndex >= m_firstMonth && monthIndex <= lastMonth(); }
    QString label() const;

    friend bool operator==(const Period&, const Period&) = default;

private:
    PeriodUnit m_unit = PeriodUnit::Month;
    int m_firstMonth = 0;
    int m_fiscalStartMonth = 1;
};

} // namespace loopdesk::core
