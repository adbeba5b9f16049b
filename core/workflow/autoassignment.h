// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/followupcase.h"

#include <QList>

namespace loopdesk::core {

class Clock;
class Database;

// Gives every unassigned open case an owner: the customer's account owner, or the owner the
// settings name for the answer's segment (assignment.segment_owner.<dimension>.<value> = staff
// name), when asked and there is one; otherwise the active agent with the fewest open cases (so
// work spreads evenly and in turn).
class AutoAssignment final {
public:
    enum class Mode { RoundRobin, AccountOwner, SegmentOwner };

    AutoAssignment(Database& db, const Clock& clock, qint64 actingStaffId);
    // The cases it assigned, as saved; `dimension` names the segment for Mode::SegmentOwner.
    QList<FollowUpCase> run(Mode mode, const QString& dimension = {});

    static QString segmentOwnerKey(const QString& dimension, const QString& value);

private:
    Database& m_db;
    const Clock& m_clock;
    qint64 m_staffId;
};

} // namespace loopdesk::core
