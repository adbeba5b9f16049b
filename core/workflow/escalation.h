// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/casestore.h"

#include <QCoreApplication>

namespace loopdesk::core {

class Clock;
class Database;

// Finds the open cases that are close to or past their first-contact due time and not yet
// contacted, for the team lead, and escalates them as the workflow settings say: flag them, or
// hand them to a named person.
class Escalation final {
    Q_DECLARE_TR_FUNCTIONS(loopdesk::core::Escalation)

public:
    Escalation(Database& db, const Clock& clock, qint64 actingStaffId);

    QList<CaseListRow> candidates() const; // soonest due first, escalated ones included
    // Escalates the candidates not escalated yet; returns them as they are afterwards.
    QList<FollowUpCase> run();

private:
    Database& m_db;
    const Clock& m_clock;
    qint64 m_staffId;
};

// One person's open cases that will breach their first-contact time within the escalation window
// and are not contacted yet, soonest first: what LoopDesk warns them about.
QList<InboxRow> casesAboutToBreach(Database& db, const Clock& clock, qint64 ownerId);

} // namespace loopdesk::core
