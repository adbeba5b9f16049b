// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/contactattempt.h"
#include "domain/followupcase.h"
#include "storage/storageerror.h"

#include <QCoreApplication>

#include <functional>

namespace loopdesk::core {

class Clock;
class Database;

// A change the workflow does not allow (an illegal move, a missing reason), in plain words.
class WorkflowError final : public StorageError {
public:
    using StorageError::StorageError;
};

// The one way a follow-up case changes: every edit is validated, written with an audit entry per
// changed field (who, when, old → new) and a new row version, in one transaction. A save based
// on an old version is refused (StaleEditError) and changes nothing.
class CaseService final {
    Q_DECLARE_TR_FUNCTIONS(loopdesk::core::CaseService)

public:
    CaseService(Database& db, const Clock& clock, qint64 actingStaffId);

    // Saves an edited copy of a case; `edited.version` must be the version it was read at.
    FollowUpCase save(const FollowUpCase& edited);

    // Gives the case an owner. Taking an unassigned case needs no reason; moving it from one
    // person to another needs one and is counted.
    FollowUpCase assign(qint64 caseId, int version, qint64 ownerId, const QString& reason = {});
    // Records a contact attempt: the first one sets the first-contact time and starts contacting;
    // reaching the customer moves the case in progress; the configured number of failed
    // attempts in a row makes it unreachable.
    FollowUpCase logAttempt(qint64 caseId, int version, ContactAttempt attempt);
    // Closes with a root cause (its department is recorded) and an outcome, passing through
    // "resolved" when the case is still in progress.
    FollowUpCase close(qint64 caseId, int version, qint64 rootCauseThemeId, FollowUpCase::Outcome outcome);

    // Records compensation offered to the customer (a kind such as "voucher", and its value).
    // Above what the acting person's role may offer (WorkflowSettings' empowerment limits), the
    // case waits for a manager's approval, due within the approval hours; until a manager decides,
    // it cannot be resolved or closed.
    FollowUpCase compensate(qint64 caseId, int version, const QString& kind, double value);
    // A manager approves the compensation a case waits for, or declines it with a reason (the
    // compensation is then withdrawn). Refused for anyone whose own limit is below the value.
    FollowUpCase decideCompensation(qint64 caseId, int version, bool approve, const QString& reason = {});
    // Records that the customer was told what was done: the outer loop is closed.
    FollowUpCase markCustomerInformed(qint64 caseId, int version);
    // Records the score of a re-survey after recovery; rising to passive or promoter (7 or more)
    // counts the case as saved.
    FollowUpCase recordResurvey(qint64 caseId, int version, int score);

    // Flags a case as escalated (audited); with `handTo`, also moves it to that person with the
    // reason given.
    FollowUpCase escalate(qint64 caseId, int version, qint64 handTo = 0, const QString& reason = {});

private:
    // Loads the case at `version`, applies `change` and writes it, in one transaction.
    FollowUpCase edit(qint64 caseId, int version, const std::function<void(FollowUpCase&)>& change,
                      const QString& reason = {});
    FollowUpCase load(qint64 caseId, int version, int* storedVersion = nullptr) const;
    FollowUpCase write(const FollowUpCase& before, FollowUpCase after, const QString& reason = {});

    Database& m_db;
    const Clock& m_clock;
    qint64 m_staffId;
};

} // namespace loopdesk::core
