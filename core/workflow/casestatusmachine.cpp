// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflow/casestatusmachine.h"

namespace loopdesk::core {

using Status = FollowUpCase::Status;

QList<Status> CaseStatusMachine::nextStatuses(Status from)
{
    switch (from) {
    case Status::New:
        return {Status::Contacting, Status::InProgress};
    case Status::Contacting:
        return {Status::InProgress, Status::Unreachable};
    case Status::InProgress:
        return {Status::Contacting, Status::Resolved};
    case Status::Resolved:
        return {Status::Closed, Status::Reopened};
    case Status::Closed:
        return {Status::Reopened};
    case Status::Unreachable:
        return {Status::Contacting, Status::Closed};
    case Status::Reopened:
        return {Status::Contacting, Status::InProgress};
    }
    return {};
}

QString CaseStatusMachine::statusName(Status status)
{
    switch (status) {
    case Status::New:
        return tr("New");
    case Status::Contacting:
        return tr("Contacting");
    case Status::InProgress:
        return tr("In progress");
    case Status::Resolved:
        return tr("Resolved");
    case Status::Closed:
        return tr("Closed");
    case Status::Unreachable:
        return tr("Unreachable");
    case Status::Reopened:
        return tr("Reopened");
    }
    return {};
}

QString CaseStatusMachine::refusal(const FollowUpCase& c, Status to)
{
    if (!nextStatuses(c.status).contains(to)) {
        QStringList allowed;
        for (Status s : nextStatuses(c.status)) {
            allowed << statusName(s);
        }
        return tr("A case that is \"%1\" cannot become \"%2\"; it can become: %3.")
            .arg(statusName(c.status), statusName(to), allowed.join(QStringLiteral(", ")));
    }
    if ((to == Status::Resolved || to == Status::Closed) && c.approval == FollowUpCase::Approval::Pending) {
        return tr("The compensation offered (%1 %2) is above your limit and waits for a manager's approval; the "
                  "case can be resolved or closed once a manager approves or declines it.")
            .arg(c.compensationKind)
            .arg(c.compensationValue);
    }
    if (to == Status::Closed) {
        if (c.rootCauseThemeId == 0) {
            return tr("Choose the root cause before closing the case.");
        }
        if (c.outcome == FollowUpCase::Outcome::None) {
            return tr("Record the outcome (saved, not saved, unreachable or declined) before closing the case.");
        }
        if (c.status == Status::Unreachable && c.outcome != FollowUpCase::Outcome::Unreachable) {
            return tr("A case closed without reaching the customer has the outcome \"unreachable\".");
        }
    }
    return {};
}

} // namespace loopdesk::core
