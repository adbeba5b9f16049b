// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace loopdesk::core {

// A calendar or fiscal quarter. A fiscal year is named after the calendar year in which it ends
// (with a July start, FY2027 runs from 1 July 2026 to 30 June 2027), as most companies do.
class Quarter final {
public:
    Quarter() = default;
    Quarter(int year, int number, int fiscalStartMonth = 1);

    static Quarter containing(QDate date, int fiscalStartMonth = 1);
    // Parses "2026Q3" (calendar or fiscal year number, as label() writes it) or "FY2027Q1".
    static std::optional<Quarter> parse(const QString& text, int fiscalStartMonth = 1);

    int year() const { return m_year; }
    int number() const { return m_number; }
    int fiscalStartMonth() const { return m_fiscalStartMonth; }
    bool isFiscal() const { return m_fiscalStartMonth != 1; }

    QDate firstDay() const;
    QDate lastDay() const;
    Quarter next() const;
    Quarter previous() const;
    QString label() const; // "2026Q3", or "FY2027Q1" for a fiscal year

    friend bool operator==(const Quarter&, const Quarter&) = default;
    friend auto operator<=>(const Quarter& a, const Quarter& b)
    {
        return a.m_year != b.m_year ? a.m_year <=> b.m_year : a.m_number <=> b.m_number;
    }

private:
    int m_year = 1970;
    int m_number = 1;
    int m_fiscalStartMonth = 1;
};

} // namespace loopdesk::core
