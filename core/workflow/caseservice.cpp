// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflow/caseservice.h"

#include "domain/auditentry.h"
#include "domain/clock.h"
#include "storage/auditstore.h"
#include "storage/casestore.h"
#include "storage/database.h"
#include "storage/settingsstore.h"
#include "storage/staffstore.h"
#include "storage/themestore.h"
#include "workflow/caserules.h"
#include "workflow/casestatusmachine.h"

namespace loopdesk::core {
namespace {

QString timeText(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

// The fields a person can change, as (name, text) pairs for the audit log.
QList<QPair<QString, QString>> auditable(const FollowUpCase& c)
{
    return {{QStringLiteral("owner"), c.ownerId ? QString::number(c.ownerId) : QString()},
            {QStringLiteral("status"), caseStatusKey(c.status)},
            {QStringLiteral("first_contact_at"), timeText(c.firstContactAt)},
            {QStringLiteral("root_cause"), c.rootCauseThemeId ? QString::number(c.rootCauseThemeId) : QString()},
            {QStringLiteral("department"), c.departmentId ? QString::number(c.departmentId) : QString()},
            {QStringLiteral("compensation"),
             c.compensationKind.isEmpty() ? QString()
                                          : QStringLiteral("%1 %2").arg(c.compensationKind).arg(c.compensationValue)},
            {QStringLiteral("compensation_approval"), caseApprovalKey(c.approval)},
            {QStringLiteral("outcome"), caseOutcomeKey(c.outcome)},
            {QStringLiteral("customer_informed_at"), timeText(c.customerInformedAt)},
            {QStringLiteral("resurvey_score"), c.resurveyScore ? QString::number(*c.resurveyScore) : QString()},
            {QStringLiteral("escalated"), c.escalated ? QStringLiteral("yes") : QStringLiteral("no")},
            {QStringLiteral("reassignments"), QString::number(c.reassignmentCount)},
            {QStringLiteral("closed_at"), timeText(c.closedAt)}};
}

} // namespace

CaseService::CaseService(Database& db, const Clock& clock, qint64 actingStaffId)
    : m_db(db)
    , m_clock(clock)
    , m_staffId(actingStaffId)
{}

FollowUpCase CaseService::load(qint64 caseId, int version, int* storedVersion) const
{
    const CaseStore cases(m_db);
    const std::optional<FollowUpCase> found = cases.get(caseId);
    if (!found) {
        // On a team database an agent no longer sees a case a colleague has taken over.
        if (const std::optional<CaseHolder> holder = cases.holder(caseId)) {
            throw StaleEditError(tr("Case %1 is %2's now; it is no longer among the cases you can open. Nothing was "
                                    "changed.")
                                     .arg(caseId)
                                     .arg(holder->owner.isEmpty() ? tr("someone else") : holder->owner));
        }
        throw WorkflowError(tr("There is no case %1.").arg(caseId));
    }
    if (storedVersion) {
        *storedVersion = found->version;
    }
    FollowUpCase c = *found;
    c.version = version; // the version the caller's decision was based on
    return c;
}

// Runs inside the caller's transaction.
FollowUpCase CaseService::write(const FollowUpCase& before, FollowUpCase after, const QString& reason)
{
    if (after.status != before.status) {
        FollowUpCase moving = after;
        moving.status = before.status;
        if (const QString why = CaseStatusMachine::refusal(moving, after.status); !why.isEmpty()) {
            throw WorkflowError(why);
        }
    }
    const QDateTime now = m_clock.nowUtc();
    if (after.status == FollowUpCase::Status::Closed && !after.closedAt.isValid()) {
        after.closedAt = now;
    }
    if (after.status == FollowUpCase::Status::Reopened) {
        after.closedAt = {};
    }
    after.updatedAt = now;
    after.updatedBy = m_staffId;
    CaseStore cases(m_db);
    after.version = cases.update(after); // throws StaleEditError on a stale version
    AuditStore audit(m_db);
    const auto oldFields = auditable(before);
    const auto newFields = auditable(after);
    for (qsizetype i = 0; i < oldFields.size(); ++i) {
        if (oldFields.at(i).second != newFields.at(i).second) {
            audit.append(AuditEntry{0, now, m_staffId, QStringLiteral("case"), after.id, oldFields.at(i).first,
                                    oldFields.at(i).second, newFields.at(i).second});
        }
    }
    if (!reason.isEmpty()) {
        audit.append(
            AuditEntry{0, now, m_staffId, QStringLiteral("case"), after.id, QStringLiteral("reason"), {}, reason});
    }
    return after;
}

FollowUpCase CaseService::save(const FollowUpCase& edited)
{
    Transaction transaction(m_db);
    const FollowUpCase before = load(edited.id, edited.version);
    // Compensation and its approval change only through compensate() and decideCompensation(),
    // which apply the limits: a plain save cannot go round them. (A save based on an older version
    // is refused as stale by write(), whatever it holds.)
    const bool current = CaseStore(m_db).get(edited.id)->version == edited.version;
    if (current && (edited.compensationKind != before.compensationKind ||
                    edited.compensationValue != before.compensationValue || edited.approval != before.approval ||
                    edited.approvalDue != before.approvalDue || edited.approvedBy != before.approvedBy)) {
        throw WorkflowError(tr("Compensation is recorded, and approved or declined by a manager, on its own: not by "
                               "saving the case."));
    }
    const FollowUpCase saved = write(before, edited);
    transaction.commit();
    return saved;
}

FollowUpCase CaseService::assign(qint64 caseId, int version, qint64 ownerId, const QString& reason)
{
    Transaction transaction(m_db);
    // Two people taking the same case at once: one has it; the other hears who, whichever of
    // them the database let write first (and even when row security hides it from them now).
    const auto takenFirst = [&] {
        const std::optional<CaseHolder> now = CaseStore(m_db).holder(caseId);
        if (!now || now->version == version || now->ownerId == 0 || now->ownerId == ownerId) {
            return false;
        }
        throw StaleEditError(tr("%1 took case %2 a moment before you; it is theirs now. Nothing was changed.")
                                 .arg(now->owner.isEmpty() ? tr("Someone else") : now->owner)
                                 .arg(caseId));
    };
    int stored = 0;
    FollowUpCase before;
    try {
        before = load(caseId, version, &stored);
    } catch (const StaleEditError&) {
        takenFirst(); // a colleague's claim hides the case from an agent now
        throw;
    }
    takenFirst();
    if (before.ownerId == ownerId) {
        if (stored != version) {
            CaseStore(m_db).refuseStale(caseId); // already theirs, but decided on an old view
        }
        return before;
    }
    FollowUpCase after = before;
    if (before.ownerId != 0) {
        if (reason.trimmed().isEmpty()) {
            throw WorkflowError(tr("Moving a case to another person needs a reason: cases should not bounce "
                                   "between people."));
        }
        ++after.reassignmentCount;
    }
    after.ownerId = ownerId;
    try {
        const FollowUpCase saved = write(before, after, reason.trimmed());
        transaction.commit();
        return saved;
    } catch (const StaleEditError&) {
        takenFirst();
        throw;
    }
}

FollowUpCase CaseService::logAttempt(qint64 caseId, int version, ContactAttempt attempt)
{
    using S = FollowUpCase::Status;
    Transaction transaction(m_db);
    const FollowUpCase before = load(caseId, version);
    if (before.status == S::Closed) {
        throw WorkflowError(tr("Case %1 is closed; reopen it before logging a contact.").arg(caseId));
    }
    attempt.caseId = caseId;
    attempt.at = attempt.at.isValid() ? attempt.at : m_clock.nowUtc();
    attempt.staffId = attempt.staffId ? attempt.staffId : m_staffId;
    FollowUpCase after = before;
    if (!after.firstContactAt.isValid() || attempt.at < after.firstContactAt) {
        after.firstContactAt = attempt.at;
    }
    CaseStore cases(m_db);
    const QList<ContactAttempt> earlier = cases.attempts(caseId);
    if (attempt.reached) {
        after.status = before.status == S::InProgress || before.status == S::Resolved ? before.status : S::InProgress;
    } else {
        int failedInARow = 1;
        for (auto it = earlier.crbegin(); it != earlier.crend() && !it->reached; ++it) {
            ++failedInARow;
        }
        const int limit = WorkflowSettings::load(SettingsStore(m_db)).unreachableAfter;
        if (before.status == S::New || before.status == S::Reopened || before.status == S::Unreachable) {
            after.status = S::Contacting;
        }
        if (after.status == S::Contacting && failedInARow >= limit) {
            after.status = S::Unreachable;
        }
    }
    FollowUpCase from = before;
    if (before.status == S::Unreachable && after.status == S::InProgress) {
        // Reached after all: contact resumes, then the conversation is in progress (both audited).
        FollowUpCase contacting = after;
        contacting.status = S::Contacting;
        from = write(before, contacting);
        after.version = from.version;
    }
    const FollowUpCase saved = write(from, after);
    // After the case's own row: a stale or moved case is refused by write() before the attempt
    // is stored (on a team database row security would refuse the attempt less clearly).
    cases.addAttempt(attempt);
    transaction.commit();
    return saved;
}

FollowUpCase CaseService::close(qint64 caseId, int version, qint64 rootCauseThemeId, FollowUpCase::Outcome outcome)
{
    using S = FollowUpCase::Status;
    Transaction transaction(m_db);
    FollowUpCase current = load(caseId, version);
    const std::optional<Theme> theme = ThemeStore(m_db).getTheme(rootCauseThemeId);
    if (!theme) {
        throw WorkflowError(tr("Choose the root cause before closing the case."));
    }
    FollowUpCase after = current;
    after.rootCauseThemeId = theme->id;
    after.departmentId = theme->departmentId;
    after.outcome = outcome;
    if (current.status == S::InProgress) {
        after.status = S::Resolved;
        current = write(current, after);
        after = current;
    }
    after.status = S::Closed;
    const FollowUpCase saved = write(current, after);
    transaction.commit();
    return saved;
}

FollowUpCase CaseService::edit(qint64 caseId, int version, const std::function<void(FollowUpCase&)>& change,
                               const QString& reason)
{
    Transaction transaction(m_db);
    const FollowUpCase before = load(caseId, version);
    FollowUpCase after = before;
    change(after);
    if (reason.isEmpty() && auditable(after) == auditable(before)) {
        return before; // nothing to save: the version stays
    }
    const FollowUpCase saved = write(before, after, reason);
    transaction.commit();
    return saved;
}

FollowUpCase CaseService::compensate(qint64 caseId, int version, const QString& kind, double value)
{
    if (kind.trimmed().isEmpty() || !(value >= 0.0)) {
        throw WorkflowError(tr("Compensation needs a kind (voucher, refund, ...) and a value of 0 or more."));
    }
    const WorkflowSettings settings = WorkflowSettings::load(SettingsStore(m_db));
    const std::optional<Staff> me = StaffStore(m_db).get(m_staffId);
    const bool manager = me && me->role == Staff::Role::Manager;
    const std::optional<double> limit = settings.compensationLimit(manager);
    const QDateTime now = m_clock.nowUtc();
    return edit(caseId, version, [&](FollowUpCase& c) {
        const bool changed = c.compensationKind != kind.trimmed() || c.compensationValue != value;
        c.compensationKind = kind.trimmed();
        c.compensationValue = value;
        if (!changed && c.approval != FollowUpCase::Approval::Declined) {
            return;
        }
        if (limit && value > *limit) {
            c.approval = FollowUpCase::Approval::Pending;
            c.approvalDue = CaseRules(settings).approvalDue(now);
            c.approvedBy = 0;
        } else {
            c.approval = FollowUpCase::Approval::None;
            c.approvalDue = {};
            c.approvedBy = 0;
        }
    });
}

FollowUpCase CaseService::decideCompensation(qint64 caseId, int version, bool approve, const QString& reason)
{
    const std::optional<Staff> me = StaffStore(m_db).get(m_staffId);
    if (!me || me->role != Staff::Role::Manager) {
        throw WorkflowError(tr("Only a manager can approve or decline compensation."));
    }
    if (!approve && reason.trimmed().isEmpty()) {
        throw WorkflowError(tr("Say why the compensation is declined: the agent has to tell the customer."));
    }
    const std::optional<double> limit = WorkflowSettings::load(SettingsStore(m_db)).compensationLimit(true);
    Transaction transaction(m_db);
    const FollowUpCase before = load(caseId, version);
    if (before.approval != FollowUpCase::Approval::Pending) {
        throw WorkflowError(tr("Case %1 is not waiting for an approval.").arg(caseId));
    }
    if (approve && limit && before.compensationValue > *limit) {
        throw WorkflowError(tr("%1 is above what a manager may approve (%2): ask whoever sets the limits.")
                                .arg(before.compensationValue)
                                .arg(*limit));
    }
    FollowUpCase after = before;
    after.approvedBy = m_staffId;
    after.approvalDue = {};
    if (approve) {
        after.approval = FollowUpCase::Approval::Approved;
    } else {
        after.approval = FollowUpCase::Approval::Declined;
        after.compensationKind.clear();
        after.compensationValue = 0;
    }
    const FollowUpCase saved = write(before, after, reason.trimmed());
    transaction.commit();
    return saved;
}

FollowUpCase CaseService::markCustomerInformed(qint64 caseId, int version)
{
    return edit(caseId, version, [this](FollowUpCase& c) {
        if (!c.customerInformedAt.isValid()) {
            c.customerInformedAt = m_clock.nowUtc(); // the first time counts
        }
    });
}

FollowUpCase CaseService::recordResurvey(qint64 caseId, int version, int score)
{
    if (score < 0 || score > 10) {
        throw WorkflowError(tr("A re-survey score is from 0 to 10, not %1.").arg(score));
    }
    return edit(caseId, version, [score](FollowUpCase& c) {
        c.resurveyScore = score;
        if (score >= 7) {
            c.outcome = FollowUpCase::Outcome::Saved;
        }
    });
}

FollowUpCase CaseService::escalate(qint64 caseId, int version, qint64 handTo, const QString& reason)
{
    Transaction transaction(m_db);
    const FollowUpCase before = load(caseId, version);
    FollowUpCase after = before;
    after.escalated = true;
    if (handTo != 0 && handTo != before.ownerId) {
        after.reassignmentCount += before.ownerId != 0 ? 1 : 0;
        after.ownerId = handTo;
    }
    const FollowUpCase saved = write(before, after, reason);
    transaction.commit();
    return saved;
}

} // namespace loopdesk::core
