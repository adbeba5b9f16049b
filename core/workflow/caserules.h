// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/metric.h"
#include "workflow/slacalculator.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace loopdesk::core {

class SettingsStore;

// The follow-up rules a team sets (stored in the database, shared by everyone): which answers
// open a case, and how long the team has for first contact and for resolution.
struct WorkflowSettings {
    SlaClock clock = SlaClock::CalendarHours;
    int firstContactHours = 48;
    int keyAccountHours = 24;
    double highValueFrom = 0; // customers worth at least this get the key-account SLA; 0: off
    int resolutionDays = 14;
    QTime opens = QTime(8, 0);
    QTime closes = QTime(17, 0);
    QString holidays = QStringLiteral("pl"); // "pl", "it" or "none"
    QList<QDate> extraDaysOff;               // the company's own days off on top (24 Dec, a bridge day)
    QByteArray timeZone = QTimeZone::systemTimeZoneId();
    bool passiveCases = false;     // "what one or two things would make it better?"
    bool promoterCases = false;    // "thank, invite a review or referral"
    int unreachableAfter = 3;      // failed attempts in a row
    int escalationWindowHours = 4; // cases this close to their first-contact due time, or past it, escalate
    QString escalateTo;            // staff name to hand escalated cases to; empty: flag them only
    // Empowerment: what each role may offer a customer on its own. Above it, the case waits for a
    // manager's approval, due within approvalHours on the SLA clock.
    double agentCompensationLimit = 50;  // 0: every compensation an agent offers needs approval
    double managerCompensationLimit = 0; // 0: no limit
    int approvalHours = 24;

    // The most `role` may offer without approval; nullopt: no limit.
    std::optional<double> compensationLimit(bool manager) const;

    // Typed keys with their defaults, in one place.
    static WorkflowSettings load(const SettingsStore& store);
    void save(SettingsStore& store) const;
    QMap<QString, QString> toMap() const; // the stored form, key by key
};

// When a case opens for an answer, and when it is due.
struct CaseTimes {
    QDateTime firstContactDue;
    QDateTime resolutionDue;
};

// The same, for a customer who may or may not turn out to be a key account.
struct CaseTimesEither {
    QDateTime firstContactDue;           // an ordinary customer's
    QDateTime keyAccountFirstContactDue; // a key account's
    QDateTime resolutionDue;
};

// Applies WorkflowSettings to one answer.
class CaseRules final {
public:
    explicit CaseRules(WorkflowSettings settings);

    bool opensCase(ScoreClass category) const;
    // Nothing when the answer opens no case.
    std::optional<CaseTimes> timesFor(ScoreClass category, const QDateTime& answeredAt, bool keyAccount) const;
    // Both at once: for an import, which learns whether the customer is a key account only later.
    // `span` is the caller's, kept from one call to the next (see SlaCalculator::OffsetSpan).
    std::optional<CaseTimesEither> timesForEither(ScoreClass category, const QDateTime& answeredAt,
                                                  SlaCalculator::OffsetSpan& span) const;
    // When a manager's decision on compensation asked for at `askedAt` is due (the SLA clock).
    QDateTime approvalDue(const QDateTime& askedAt) const { return m_contact.due(askedAt, m_settings.approvalHours); }
    const WorkflowSettings& settings() const { return m_settings; }

private:
    WorkflowSettings m_settings;
    SlaCalculator m_contact;
    SlaCalculator m_calendar;
};

} // namespace loopdesk::core
