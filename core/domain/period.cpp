// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/period.h"

#include <QRegularExpression>

namespace loopdesk::core {
namespace {

constexpr qint64 kJulianDayOfEpoch = 2440588; // 1970-01-01
constexpr qint64 kSecondsPerDay = 86400;

// The calendar year in which the fiscal year that starts in `firstMonthIndex` ends.
int fiscalYearName(int firstMonthIndex, int fiscalStartMonth)
{
    const int startYear = firstMonthIndex / 12;
    return fiscalStartMonth == 1 ? startYear : startYear + 1;
}

} // namespace

int monthIndex(QDate date)
{
    return date.year() * 12 + date.month() - 1;
}

int monthIndexOfEpoch(qint64 utcSeconds)
{
    const qint64 day =
        utcSeconds >= 0 ? utcSeconds / kSecondsPerDay : (utcSeconds - kSecondsPerDay + 1) / kSecondsPerDay;
    constexpr qint64 kFirstDayOfYear1 = -719162; // 0001-01-01; before it QDate counts no year 0
    if (day < kFirstDayOfYear1 || day > 100000000) {
        return monthIndex(QDate::fromJulianDay(kJulianDayOfEpoch + day));
    }
    // Year and month by whole-number arithmetic (H. Hinnant's civil_from_days): the import counts a
    // million answers this way, each of another day.
    const qint64 z = day + 719468; // days since 0000-03-01
    const qint64 era = z / 146097;
    const qint64 dayOfEra = z - era * 146097;
    const qint64 yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 shiftedMonth = (5 * dayOfYear + 2) / 153; // March is 0
    const qint64 month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
    const qint64 year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
    return static_cast<int>(year * 12 + month - 1);
}

QDate firstDayOfMonthIndex(int index)
{
    return QDate(index / 12, index % 12 + 1, 1);
}

Period Period::containing(int month, PeriodUnit unit, int fiscalStartMonth)
{
    Period p;
    p.m_unit = unit;
    p.m_fiscalStartMonth = fiscalStartMonth < 1 || fiscalStartMonth > 12 ? 1 : fiscalStartMonth;
    // Months since the start of the fiscal year; a calendar year is a fiscal year starting in January.
    const int offset = p.m_fiscalStartMonth - 1;
    const int intoYear = ((month - offset) % 12 + 12) % 12;
    switch (unit) {
    case PeriodUnit::Month:
        p.m_firstMonth = month;
        break;
    case PeriodUnit::Quarter:
        p.m_firstMonth = month - intoYear % 3;
        break;
    case PeriodUnit::Year:
        p.m_firstMonth = month - intoYear;
        break;
    }
    return p;
}

int Period::lastMonth() const
{
    switch (m_unit) {
    case PeriodUnit::Month:
        return m_firstMonth;
    case PeriodUnit::Quarter:
        return m_firstMonth + 2;
    case PeriodUnit::Year:
        return m_firstMonth + 11;
    }
    return m_firstMonth;
}

QString Period::label() const
{
    const QDate first = firstDay();
    switch (m_unit) {
    case PeriodUnit::Month:
        return first.toString(QStringLiteral("yyyy-MM"));
    case PeriodUnit::Quarter:
        return Quarter::containing(first, m_fiscalStartMonth).label();
    case PeriodUnit::Year:
        return m_fiscalStartMonth == 1 ? QString::number(first.year())
                                       : QStringLiteral("FY%1").arg(fiscalYearName(m_firstMonth, m_fiscalStartMonth));
    }
    return {};
}

std::optional<Period> Period::parse(const QString& text, int fiscalStartMonth)
{
    const QString t = text.trimmed().toUpper();
    static const QRegularExpression month(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    static const QRegularExpression year(QStringLiteral("^(FY)?(\\d{4})$"));
    if (const auto m = month.match(t); m.hasMatch()) {
        const int number = m.captured(2).toInt();
        if (number < 1 || number > 12) {
            return std::nullopt;
        }
        return containing(m.captured(1).toInt() * 12 + number - 1, PeriodUnit::Month, fiscalStartMonth);
    }
    if (const auto m = year.match(t); m.hasMatch()) {
        const bool fiscal = !m.captured(1).isEmpty();
        if (fiscal != (fiscalStartMonth != 1)) {
            return std::nullopt;
        }
        // FY2027 with a July start begins in July 2026; a calendar year in January.
        const int yearNumber = m.captured(2).toInt();
        const int first = fiscal ? (yearNumber - 1) * 12 + fiscalStartMonth - 1 : yearNumber * 12;
        return containing(first, PeriodUnit::Year, fiscalStartMonth);
    }
    if (const std::optional<Quarter> q = Quarter::parse(t, fiscalStartMonth)) {
        return containing(monthIndex(q->firstDay()), PeriodUnit::Quarter, fiscalStartMonth);
    }
    return std::nullopt;
}

} // namespace loopdesk::core
