// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/followupcase.h"

#include <QList>

namespace loopdesk::core {

class Clock;
class Database;

// Gives every unassigned open case an owner: the customer's account owner when asked and there is
// one, otherwise the active agent with the fewest open cases (so work spreads evenly and in turn).
class AutoAssignment final {
public:
    enum class Mode { RoundRobin, AccountOwner };

    AutoAssignment(Database& db, const Clock& clock, qint64 actingStaffId);
    QList<FollowUpCase> run(Mode mode); // the cases it assigned, as saved

private:
    Database& m_db;
    const Clock& m_clock;
    qint64 m_staffId;
};

} // namespace loopdesk::core
