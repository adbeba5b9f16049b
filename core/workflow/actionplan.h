// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/action.h"

#include <QCoreApplication>

namespace loopdesk::core {

class Clock;
class Database;

// The one way an action plan changes. Content edits and status moves are validated, written with
// an audit entry per changed field and a new row version, in one transaction; a save based on an
// old version is refused (StaleEditError). The status moves are proposed → approved | rejected,
// approved → in progress → done; only a manager approves or rejects, and a rejection carries the
// reason and the message customers get ("what we declined and why").
class ActionPlan final {
    Q_DECLARE_TR_FUNCTIONS(loopdesk::core::ActionPlan)

public:
    ActionPlan(Database& db, const Clock& clock, qint64 actingStaffId);

    static QList<Action::Status> nextStatuses(Action::Status from);

    qint64 propose(Action action); // throws WorkflowError when something required is missing
    // Saves edited content (title, themes, tasks, budget...); the status only changes through move().
    Action save(const Action& edited);
    Action move(qint64 actionId, int version, Action::Status to, const QString& reason = {},
                const QString& customerMessage = {});
    Action setTaskDone(qint64 actionId, int version, qint64 taskId, bool done);

private:
    void validate(const Action& action) const;
    Action write(const Action& before, const Action& after);

    Database& m_db;
    const Clock& m_clock;
    qint64 m_staffId;
};

} // namespace loopdesk::core
