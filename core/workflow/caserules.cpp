// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflow/caserules.h"

#include "storage/settingsstore.h"

namespace loopdesk::core {
namespace {

const QString kClock = QStringLiteral("sla.clock");
const QString kHours = QStringLiteral("sla.first_contact_hours");
const QString kKeyHours = QStringLiteral("sla.key_account_hours");
const QString kHighValue = QStringLiteral("sla.high_value_from");
const QString kResolution = QStringLiteral("sla.resolution_days");
const QString kOpens = QStringLiteral("sla.opens");
const QString kCloses = QStringLiteral("sla.closes");
const QString kHolidays = QStringLiteral("sla.holidays");
const QString kExtraDaysOff = QStringLiteral("sla.extra_days_off");
const QString kZone = QStringLiteral("sla.time_zone");
const QString kPassives = QStringLiteral("cases.passives");
const QString kPromoters = QStringLiteral("cases.promoters");
const QString kUnreachable = QStringLiteral("workflow.unreachable_after_attempts");
const QString kEscalationWindow = QStringLiteral("escalation.window_hours");
const QString kEscalateTo = QStringLiteral("escalation.reassign_to");
const QString kAgentLimit = QStringLiteral("empowerment.agent_limit");
const QString kManagerLimit = QStringLiteral("empowerment.manager_limit");
const QString kApprovalHours = QStringLiteral("empowerment.approval_hours");

const char* clockKey(SlaClock clock)
{
    return clock == SlaClock::WorkingDays     ? "working_days"
           : clock == SlaClock::BusinessHours ? "business_hours"
                                              : "calendar";
}

HolidayCalendar holidaysFor(const WorkflowSettings& settings)
{
    const int year = QDate::currentDate().year();
    HolidayCalendar calendar;
    if (settings.holidays == QLatin1String("it")) {
        calendar = HolidayCalendar::italy(year - 10, year + 10);
    } else if (settings.holidays == QLatin1String("pl")) {
        calendar = HolidayCalendar::poland(year - 10, year + 10);
    }
    for (QDate day : settings.extraDaysOff) {
        calendar.add(day);
    }
    return calendar;
}

} // namespace

WorkflowSettings WorkflowSettings::load(const SettingsStore& store)
{
    WorkflowSettings s;
    const QString clock = store.value(kClock, QString::fromLatin1(clockKey(s.clock)));
    s.clock = clock == QLatin1String("working_days")     ? SlaClock::WorkingDays
              : clock == QLatin1String("business_hours") ? SlaClock::BusinessHours
                                                         : SlaClock::CalendarHours;
    const auto number = [&](const QString& key, int fallback, int low, int high) {
        bool ok = false;
        const int value = store.value(key).toInt(&ok);
        return ok && value >= low && value <= high ? value : fallback;
    };
    s.firstContactHours = number(kHours, s.firstContactHours, 1, 24 * 60);
    s.keyAccountHours = number(kKeyHours, s.keyAccountHours, 1, 24 * 60);
    s.resolutionDays = number(kResolution, s.resolutionDays, 1, 365);
    s.unreachableAfter = number(kUnreachable, s.unreachableAfter, 1, 20);
    s.escalationWindowHours = number(kEscalationWindow, s.escalationWindowHours, 0, 24 * 14);
    s.escalateTo = store.value(kEscalateTo);
    s.approvalHours = number(kApprovalHours, s.approvalHours, 1, 24 * 14);
    const auto amount = [&](const QString& key, double fallback) {
        bool ok = false;
        const double value = store.value(key).toDouble(&ok);
        return ok && value >= 0 && value <= 1e9 ? value : fallback;
    };
    s.agentCompensationLimit = amount(kAgentLimit, s.agentCompensationLimit);
    s.managerCompensationLimit = amount(kManagerLimit, s.managerCompensationLimit);
    const double highValue = store.value(kHighValue).toDouble();
    s.highValueFrom = highValue > 0 ? highValue : 0;
    const QTime opens = QTime::fromString(store.value(kOpens), QStringLiteral("HH:mm"));
    const QTime closes = QTime::fromString(store.value(kCloses), QStringLiteral("HH:mm"));
    if (opens.isValid() && closes.isValid() && opens < closes) {
        s.opens = opens;
        s.closes = closes;
    }
    if (const QString holidays = store.value(kHolidays, s.holidays);
        holidays == QLatin1String("pl") || holidays == QLatin1String("it") || holidays == QLatin1String("none")) {
        s.holidays = holidays;
    }
    for (const QString& day : store.value(kExtraDaysOff).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (const QDate date = QDate::fromString(day.trimmed(), Qt::ISODate); date.isValid()) {
            s.extraDaysOff << date;
        }
    }
    std::sort(s.extraDaysOff.begin(), s.extraDaysOff.end());
    const QByteArray zone = store.value(kZone).toUtf8();
    if (!zone.isEmpty() && QTimeZone(zone).isValid()) {
        s.timeZone = zone;
    }
    s.passiveCases = store.value(kPassives) == QLatin1String("yes");
    s.promoterCases = store.value(kPromoters) == QLatin1String("yes");
    return s;
}

QMap<QString, QString> WorkflowSettings::toMap() const
{
    return {{kClock, QString::fromLatin1(clockKey(clock))},
            {kHours, QString::number(firstContactHours)},
            {kKeyHours, QString::number(keyAccountHours)},
            {kResolution, QString::number(resolutionDays)},
            {kOpens, opens.toString(QStringLiteral("HH:mm"))},
            {kCloses, closes.toString(QStringLiteral("HH:mm"))},
            {kHolidays, holidays},
            {kExtraDaysOff,
             [this] {
                 QStringList days;
                 for (QDate day : extraDaysOff) {
                     days << day.toString(Qt::ISODate);
                 }
                 return days.join(QLatin1Char(','));
             }()},
            {kZone, QString::fromUtf8(timeZone)},
            {kPassives, passiveCases ? QStringLiteral("yes") : QStringLiteral("no")},
            {kPromoters, promoterCases ? QStringLiteral("yes") : QStringLiteral("no")},
            {kUnreachable, QString::number(unreachableAfter)},
            {kEscalationWindow, QString::number(escalationWindowHours)},
            {kEscalateTo, escalateTo},
            {kHighValue, QString::number(highValueFrom)},
            {kAgentLimit, QString::number(agentCompensationLimit)},
            {kManagerLimit, QString::number(managerCompensationLimit)},
            {kApprovalHours, QString::number(approvalHours)}};
}

void WorkflowSettings::save(SettingsStore& store) const
{
    const QMap<QString, QString> values = toMap();
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        store.setValue(it.key(), it.value());
    }
}

std::optional<double> WorkflowSettings::compensationLimit(bool manager) const
{
    if (manager) {
        return managerCompensationLimit > 0 ? std::optional(managerCompensationLimit) : std::nullopt;
    }
    return agentCompensationLimit;
}

CaseRules::CaseRules(WorkflowSettings settings)
    : m_settings(std::move(settings))
    , m_contact(m_settings.clock, holidaysFor(m_settings), QTimeZone(m_settings.timeZone), m_settings.opens,
                m_settings.closes)
    , m_calendar(SlaClock::CalendarHours, {}, QTimeZone(m_settings.timeZone))
{}

bool CaseRules::opensCase(ScoreClass category) const
{
    return category == ScoreClass::Negative || (category == ScoreClass::Neutral && m_settings.passiveCases) ||
           (category == ScoreClass::Positive && m_settings.promoterCases);
}

std::optional<CaseTimes> CaseRules::timesFor(ScoreClass category, const QDateTime& answeredAt, bool keyAccount) const
{
    if (!opensCase(category)) {
        return std::nullopt;
    }
    const int hours =
        keyAccount ? std::min(m_settings.keyAccountHours, m_settings.firstContactHours) : m_settings.firstContactHours;
    return CaseTimes{m_contact.due(answeredAt, hours), m_calendar.due(answeredAt, m_settings.resolutionDays * 24)};
}

std::optional<CaseTimesEither> CaseRules::timesForEither(ScoreClass category, const QDateTime& answeredAt,
                                                         SlaCalculator::OffsetSpan& span) const
{
    if (!opensCase(category)) {
        return std::nullopt;
    }
    // Both calculators work in the same zone: one span serves them both.
    const int keyHours = std::min(m_settings.keyAccountHours, m_settings.firstContactHours);
    const QDateTime ordinary = m_contact.due(answeredAt, m_settings.firstContactHours, span);
    return CaseTimesEither{
        ordinary, keyHours == m_settings.firstContactHours ? ordinary : m_contact.due(answeredAt, keyHours, span),
        m_calendar.due(answeredAt, m_settings.resolutionDays * 24, span)};
}

} // namespace loopdesk::core
