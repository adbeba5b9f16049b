// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/quarter.h"

#include <QRegularExpression>

namespace loopdesk::core {

Quarter::Quarter(int year, int number, int fiscalStartMonth)
    : m_year(year)
    , m_number(std::clamp(number, 1, 4))
    , m_fiscalStartMonth(std::clamp(fiscalStartMonth, 1, 12))
{}

Quarter Quarter::containing(QDate date, int fiscalStartMonth)
{
    fiscalStartMonth = std::clamp(fiscalStartMonth, 1, 12);
    const int monthsIntoYear = (date.month() - fiscalStartMonth + 12) % 12;
    // The fiscal year ends in the calendar year of its last month.
    const int year = fiscalStartMonth == 1 || date.month() < fiscalStartMonth ? date.year() : date.year() + 1;
    return Quarter(year, monthsIntoYear / 3 + 1, fiscalStartMonth);
}

std::optional<Quarter> Quarter::parse(const QString& text, int fiscalStartMonth)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(FY)?\\s*(\\d{4})\\s*-?\\s*Q([1-4])\\s*$"),
                                            QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    return Quarter(match.captured(2).toInt(), match.captured(3).toInt(), fiscalStartMonth);
}

QDate Quarter::firstDay() const
{
    // Months from the start of the fiscal year; the fiscal year starts in year-1 unless calendar.
    const int startYear = m_fiscalStartMonth == 1 ? m_year : m_year - 1;
    return QDate(startYear, m_fiscalStartMonth, 1).addMonths((m_number - 1) * 3);
}

QDate Quarter::lastDay() const
{
    return firstDay().addMonths(3).addDays(-1);
}

Quarter Quarter::next() const
{
    return m_number == 4 ? Quarter(m_year + 1, 1, m_fiscalStartMonth)
                         : Quarter(m_year, m_number + 1, m_fiscalStartMonth);
}

Quarter Quarter::previous() const
{
    return m_number == 1 ? Quarter(m_year - 1, 4, m_fiscalStartMonth)
                         : Quarter(m_year, m_number - 1, m_fiscalStartMonth);
}

QString Quarter::label() const
{
    return (isFiscal() ? QStringLiteral("FY%1Q%2") : QStringLiteral("%1Q%2")).arg(m_year).arg(m_number);
}

} // namespace loopdesk::core
