// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/dateparser.h"

#include <array>

namespace loopdesk::core {
namespace {

// The pieces of a date-time string, read left to right without regular expressions (this runs
// once per row of million-row files).
struct Parts {
    std::array<int, 3> date{};   // as written
    std::array<int, 3> digits{}; // how many digits each date number had
    char separator = 0;
    int hour = 0;
    int minute = 0;
    int second = 0;
    int millisecond = 0;
    bool hasTime = false;
    int meridiem = 0; // 0 none, 1 AM, 2 PM
    std::optional<int> offsetMinutes;
    bool allDigits = false;
    qint64 plainNumber = 0;
    int plainLength = 0;
};

class Scanner {
public:
    explicit Scanner(QStringView text)
        : m_text(text.trimmed())
    {}
    bool atEnd() const { return m_pos >= m_text.size(); }
    QChar peek() const { return atEnd() ? QChar() : m_text.at(m_pos); }
    void skip() { ++m_pos; }
    void skipSpaces()
    {
        while (!atEnd() && peek().isSpace()) {
            ++m_pos;
        }
    }
    // Reads up to `maxDigits` digits; -1 when there are none.
    int number(int* count, int maxDigits = 4)
    {
        int value = 0;
        *count = 0;
        while (!atEnd() && *count < maxDigits && peek().isDigit()) {
            value = value * 10 + peek().digitValue();
            ++*count;
            ++m_pos;
        }
        return *count == 0 ? -1 : value;
    }
    QStringView rest() const { return m_text.mid(m_pos); }
    QStringView text() const { return m_text; }

private:
    QStringView m_text;
    qsizetype m_pos = 0;
};

std::optional<int> zoneAbbreviation(QStringView zone)
{
    static const std::array<std::pair<const char*, int>, 14> zones{{{"UTC", 0},
                                                                    {"GMT", 0},
                                                                    {"Z", 0},
                                                                    {"CET", 60},
                                                                    {"CEST", 120},
                                                                    {"BST", 60},
                                                                    {"EET", 120},
                                                                    {"EEST", 180},
                                                                    {"EST", -300},
                                                                    {"EDT", -240},
                                                                    {"CST", -360},
                                                                    {"PST", -480},
                                                                    {"PDT", -420},
                                                                    {"AST", -240}}};
    for (const auto& [name, minutes] : zones) {
        if (zone.compare(QLatin1String(name), Qt::CaseInsensitive) == 0) {
            return minutes;
        }
    }
    return std::nullopt;
}

std::optional<Parts> split(QStringView input)
{
    Scanner s(input);
    Parts p;
    if (s.text().isEmpty()) {
        return std::nullopt;
    }
    bool digitsOnly = true;
    for (QChar c : s.text()) {
        digitsOnly = digitsOnly && c.isDigit();
    }
    if (digitsOnly) {
        if (s.text().size() > 13) {
            return std::nullopt;
        }
        p.allDigits = true;
        p.plainLength = static_cast<int>(s.text().size());
        p.plainNumber = s.text().toLongLong();
        return p;
    }
    for (int i = 0; i < 3; ++i) {
        p.date[i] = s.number(&p.digits[i]);
        if (p.date[i] < 0) {
            return std::nullopt;
        }
        if (i < 2) {
            const QChar sep = s.peek();
            if (sep != QLatin1Char('-') && sep != QLatin1Char('/') && sep != QLatin1Char('.')) {
                return std::nullopt;
            }
            if (i == 0) {
                p.separator = static_cast<char>(sep.unicode());
            } else if (sep.unicode() != p.separator) {
                return std::nullopt;
            }
            s.skip();
        }
    }
    if (s.peek() == QLatin1Char('T') || s.peek() == QLatin1Char(',')) {
        s.skip();
    }
    s.skipSpaces();
    int count = 0;
    if (!s.atEnd() && s.peek().isDigit()) {
        p.hasTime = true;
        p.hour = s.number(&count, 2);
        if (s.peek() != QLatin1Char(':')) {
            return std::nullopt;
        }
        s.skip();
        p.minute = s.number(&count, 2);
        if (p.minute < 0) {
            return std::nullopt;
        }
        if (s.peek() == QLatin1Char(':')) {
            s.skip();
            p.second = s.number(&count, 2);
            if (p.second < 0) {
                return std::nullopt;
            }
            if (s.peek() == QLatin1Char('.') || s.peek() == QLatin1Char(',')) {
                s.skip();
                int fraction = s.number(&count, 9);
                while (count > 3) {
                    fraction /= 10;
                    --count;
                }
                while (count > 0 && count < 3) {
                    fraction *= 10;
                    ++count;
                }
                p.millisecond = std::max(fraction, 0);
            }
        }
    }
    s.skipSpaces();
    const QStringView rest = s.rest();
    if (rest.startsWith(QLatin1String("AM"), Qt::CaseInsensitive) ||
        rest.startsWith(QLatin1String("PM"), Qt::CaseInsensitive)) {
        p.meridiem = rest.at(0).toUpper() == QLatin1Char('A') ? 1 : 2;
        s.skip();
        s.skip();
        s.skipSpaces();
    }
    const QStringView zone = s.rest().trimmed();
    if (zone.isEmpty()) {
        return p;
    }
    if (zone.at(0) == QLatin1Char('+') || zone.at(0) == QLatin1Char('-')) {
        QString digits;
        for (QChar c : zone.mid(1)) {
            if (c.isDigit()) {
                digits += c;
            } else if (c != QLatin1Char(':')) {
                return std::nullopt;
            }
        }
        if (digits.size() != 2 && digits.size() != 4) {
            return std::nullopt;
        }
        const int minutes = digits.left(2).toInt() * 60 + (digits.size() == 4 ? digits.mid(2).toInt() : 0);
        p.offsetMinutes = zone.at(0) == QLatin1Char('-') ? -minutes : minutes;
        return p;
    }
    p.offsetMinutes = zoneAbbreviation(zone);
    return p.offsetMinutes ? std::optional(p) : std::nullopt;
}

} // namespace

DateParser::DateParser(DateOrder order, QTimeZone zone)
    : m_order(order)
    , m_zone(std::move(zone))
{}

std::optional<QDateTime> DateParser::parse(QStringView text, QString* why) const
{
    const auto fail = [&](const QString& reason) -> std::optional<QDateTime> {
        if (why) {
            *why = reason;
        }
        return std::nullopt;
    };
    const std::optional<Parts> parts = split(text);
    if (!parts) {
        return fail(tr("\"%1\" is not a date LoopDesk understands").arg(text.toString()));
    }
    const Parts& p = *parts;
    if (p.allDigits) {
        if (p.plainLength == 8) {
            const QDate d(static_cast<int>(p.plainNumber / 10000), static_cast<int>(p.plainNumber / 100 % 100),
                          static_cast<int>(p.plainNumber % 100));
            if (d.isValid()) {
                return QDateTime(d, QTime(0, 0), m_zone).toUTC();
            }
        } else if (p.plainLength >= 9 && p.plainLength <= 10) {
            return QDateTime::fromSecsSinceEpoch(p.plainNumber, Qt::UTC);
        } else if (p.plainLength >= 12) {
            return QDateTime::fromMSecsSinceEpoch(p.plainNumber, Qt::UTC);
        }
        return fail(tr("\"%1\" is neither a yyyyMMdd date nor epoch seconds").arg(text.toString()));
    }
    int year = 0;
    int month = 0;
    int day = 0;
    if (p.digits[0] == 4) {
        year = p.date[0];
        month = p.date[1];
        day = p.date[2];
    } else {
        year = p.digits[2] == 2 ? 2000 + p.date[2] : p.date[2];
        DateOrder order = p.separator == '.' ? DateOrder::DayFirst : m_order;
        if (order == DateOrder::Undecided) {
            order = evidence(text);
        }
        if (order == DateOrder::Undecided) {
            return fail(tr("\"%1\" could be day/month or month/day; choose the date format").arg(text.toString()));
        }
        day = order == DateOrder::DayFirst ? p.date[0] : p.date[1];
        month = order == DateOrder::DayFirst ? p.date[1] : p.date[0];
    }
    const QDate date(year, month, day);
    if (!date.isValid() || year < 1900 || year > 2200) {
        return fail(tr("\"%1\" is not a valid calendar date").arg(text.toString()));
    }
    int hour = p.hour;
    if (p.meridiem != 0) {
        if (hour < 1 || hour > 12) {
            return fail(tr("\"%1\" has an hour that does not fit AM/PM").arg(text.toString()));
        }
        hour = hour % 12 + (p.meridiem == 2 ? 12 : 0);
    }
    const QTime time(hour, p.minute, p.second, p.millisecond);
    if (!time.isValid()) {
        return fail(tr("\"%1\" has an impossible time of day").arg(text.toString()));
    }
    // Fixed offsets need no zone rules: compute the instant directly (this is the hot path).
    if (p.offsetMinutes || m_zone == QTimeZone::utc()) {
        constexpr qint64 kUnixEpochJulianDay = 2440588;
        const qint64 seconds = (date.toJulianDay() - kUnixEpochJulianDay) * 86400 + time.msecsSinceStartOfDay() / 1000 -
                               qint64{p.offsetMinutes.value_or(0)} * 60;
        return QDateTime::fromMSecsSinceEpoch(seconds * 1000 + p.millisecond, Qt::UTC);
    }
    return QDateTime(date, time, m_zone).toUTC();
}

DateOrder DateParser::evidence(QStringView text)
{
    const std::optional<Parts> p = split(text);
    if (!p || p->allDigits || p->digits[0] == 4) {
        return DateOrder::Undecided;
    }
    if (p->separator == '.') {
        return DateOrder::DayFirst;
    }
    if (p->date[0] > 12 && p->date[1] <= 12) {
        return DateOrder::DayFirst;
    }
    if (p->date[1] > 12 && p->date[0] <= 12) {
        return DateOrder::MonthFirst;
    }
    return DateOrder::Undecided;
}

std::optional<DateOrder> DateParser::orderFromFormat(const QString& format)
{
    const QString f = format.trimmed().toLower();
    if (f.startsWith(QLatin1String("dd")) || f == QLatin1String("day-first") || f == QLatin1String("dmy")) {
        return DateOrder::DayFirst;
    }
    if (f.startsWith(QLatin1String("mm")) || f == QLatin1String("month-first") || f == QLatin1String("mdy")) {
        return DateOrder::MonthFirst;
    }
    if (f.startsWith(QLatin1String("yyyy")) || f == QLatin1String("iso") || f == QLatin1String("epoch")) {
        return DateOrder::Undecided; // these formats carry their own order
    }
    return std::nullopt;
}

void DateOrderVote::add(QStringView text)
{
    const std::optional<Parts> p = split(text);
    if (!p || p->allDigits || p->digits[0] == 4) {
        return;
    }
    ++m_slashDates;
    switch (DateParser::evidence(text)) {
    case DateOrder::DayFirst:
        ++m_dayFirst;
        break;
    case DateOrder::MonthFirst:
        ++m_monthFirst;
        break;
    case DateOrder::Undecided:
        break;
    }
}

DateOrder DateOrderVote::decided() const
{
    if (m_dayFirst > 0 && m_monthFirst == 0) {
        return DateOrder::DayFirst;
    }
    if (m_monthFirst > 0 && m_dayFirst == 0) {
        return DateOrder::MonthFirst;
    }
    return DateOrder::Undecided;
}

} // namespace loopdesk::core
