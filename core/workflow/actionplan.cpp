// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflow/actionplan.h"

#include "domain/clock.h"
#include "storage/actionstore.h"
#include "storage/auditstore.h"
#include "storage/database.h"
#include "storage/staffstore.h"
#include "workflow/actionimpact.h"
#include "workflow/caseservice.h"

namespace loopdesk::core {
namespace {

QString statusTitle(Action::Status status)
{
    switch (status) {
    case Action::Status::Proposed:
        return ActionPlan::tr("proposed");
    case Action::Status::Approved:
        return ActionPlan::tr("approved");
    case Action::Status::Rejected:
        return ActionPlan::tr("rejected");
    case Action::Status::InProgress:
        return ActionPlan::tr("in progress");
    case Action::Status::Done:
        return ActionPlan::tr("done");
    }
    return {};
}

// The audited fields of an action as text, by name.
QList<QPair<QString, QString>> fields(const Action& a)
{
    QStringList themes;
    for (qint64 id : a.themeIds) {
        themes << QString::number(id);
    }
    QStringList tasks;
    for (const ActionTask& t : a.tasks) {
        tasks << QStringLiteral("%1|%2|%3|%4")
                     .arg(t.title)
                     .arg(t.ownerId)
                     .arg(t.due.toString(Qt::ISODate), t.done ? QStringLiteral("done") : QStringLiteral("open"));
    }
    return {{QStringLiteral("title"), a.title},
            {QStringLiteral("level"), actionLevelKey(a.level)},
            {QStringLiteral("owner"), QString::number(a.ownerId)},
            {QStringLiteral("participants"), a.participants},
            {QStringLiteral("scope"), a.scope},
            {QStringLiteral("deadline"), a.deadline.toString(Qt::ISODate)},
            {QStringLiteral("budget"), QString::number(a.budget, 'f', 2)},
            {QStringLiteral("success_metric"), a.successMetric},
            {QStringLiteral("measure_segment"), segmentText(a.measureSegment)},
            {QStringLiteral("target"), a.target},
            {QStringLiteral("expected_nps_gain"), QString::number(a.expectedNpsGain, 'f', 2)},
            {QStringLiteral("status"), actionStatusKey(a.status)},
            {QStringLiteral("rejection_reason"), a.rejectionReason},
            {QStringLiteral("customer_message"), a.customerMessage},
            {QStringLiteral("themes"), themes.join(QLatin1Char(','))},
            {QStringLiteral("tasks"), tasks.join(QLatin1Char('\n'))}};
}

} // namespace

ActionPlan::ActionPlan(Database& db, const Clock& clock, qint64 actingStaffId)
    : m_db(db)
    , m_clock(clock)
    , m_staffId(actingStaffId)
{}

QList<Action::Status> ActionPlan::nextStatuses(Action::Status from)
{
    switch (from) {
    case Action::Status::Proposed:
        return {Action::Status::Approved, Action::Status::Rejected};
    case Action::Status::Approved:
        return {Action::Status::InProgress};
    case Action::Status::InProgress:
        return {Action::Status::Done};
    case Action::Status::Rejected:
    case Action::Status::Done:
        break;
    }
    return {};
}

void ActionPlan::validate(const Action& a) const
{
    if (a.title.trimmed().isEmpty()) {
        throw WorkflowError(tr("An action needs a title."));
    }
    if (a.budget < 0) {
        throw WorkflowError(tr("The budget of \"%1\" cannot be negative.").arg(a.title));
    }
    StaffStore staff(m_db);
    if (a.ownerId != 0 && !staff.get(a.ownerId)) {
        throw WorkflowError(tr("The owner of \"%1\" is not on the staff list.").arg(a.title));
    }
    for (const ActionTask& task : a.tasks) {
        if (task.title.trimmed().isEmpty()) {
            throw WorkflowError(tr("Every task of \"%1\" needs a title.").arg(a.title));
        }
        if (task.ownerId != 0 && !staff.get(task.ownerId)) {
            throw WorkflowError(tr("The owner of the task \"%1\" is not on the staff list.").arg(task.title));
        }
    }
}

qint64 ActionPlan::propose(Action action)
{
    action.title = action.title.trimmed();
    action.status = Action::Status::Proposed;
    action.rejectionReason.clear();
    action.customerMessage.clear();
    validate(action);
    Transaction transaction(m_db);
    const qint64 id = ActionStore(m_db).add(action);
    AuditStore(m_db).append(AuditEntry{0, m_clock.nowUtc(), m_staffId, QStringLiteral("action"), id,
                                       QStringLiteral("status"), QString(), actionStatusKey(action.status)});
    transaction.commit();
    return id;
}

Action ActionPlan::write(const Action& before, const Action& after)
{
    Transaction transaction(m_db);
    ActionStore store(m_db);
    store.update(after); // refuses a stale version
    if (after.status == Action::Status::Approved && before.status != Action::Status::Approved) {
        // What the action will be measured against, as things stood when it was decided.
        storeBaseline(m_db, after.id, measureBaseline(m_db, after, m_clock.nowUtc()));
    }
    AuditStore audit(m_db);
    const auto old = fields(before);
    const auto now = fields(after);
    for (qsizetype i = 0; i < old.size(); ++i) {
        if (old.at(i).second != now.at(i).second) {
            audit.append(AuditEntry{0, m_clock.nowUtc(), m_staffId, QStringLiteral("action"), after.id, old.at(i).first,
                                    old.at(i).second, now.at(i).second});
        }
    }
    transaction.commit();
    return *store.get(after.id);
}

Action ActionPlan::save(const Action& edited)
{
    const std::optional<Action> stored = ActionStore(m_db).get(edited.id);
    if (!stored) {
        throw WorkflowError(tr("There is no action %1.").arg(edited.id));
    }
    Action after = edited;
    after.title = after.title.trimmed();
    // Status and decision only move through move(); an edit keeps what is stored.
    after.status = stored->status;
    after.rejectionReason = stored->rejectionReason;
    after.customerMessage = stored->customerMessage;
    validate(after);
    return write(*stored, after);
}

Action ActionPlan::move(qint64 actionId, int version, Action::Status to, const QString& reason,
                        const QString& customerMessage)
{
    const std::optional<Action> stored = ActionStore(m_db).get(actionId);
    if (!stored) {
        throw WorkflowError(tr("There is no action %1.").arg(actionId));
    }
    if (!nextStatuses(stored->status).contains(to)) {
        QStringList possible;
        for (Action::Status s : nextStatuses(stored->status)) {
            possible << statusTitle(s);
        }
        throw WorkflowError(
            possible.isEmpty()
                ? tr("\"%1\" is %2: it does not move any more.").arg(stored->title, statusTitle(stored->status))
                : tr("\"%1\" is %2: it can become %3, not %4.")
                      .arg(stored->title, statusTitle(stored->status), possible.join(tr(" or ")), statusTitle(to)));
    }
    if (to == Action::Status::Approved || to == Action::Status::Rejected) {
        const std::optional<Staff> me = StaffStore(m_db).get(m_staffId);
        if (!me || me->role != Staff::Role::Manager) {
            throw WorkflowError(tr("Only a manager approves or rejects an action."));
        }
    }
    Action after = *stored;
    after.version = version;
    after.status = to;
    if (to == Action::Status::Rejected) {
        if (reason.trimmed().isEmpty()) {
            throw WorkflowError(
                tr("Say why \"%1\" is rejected: the reason goes into the quarterly review.").arg(stored->title));
        }
        if (customerMessage.trimmed().isEmpty()) {
            throw WorkflowError(tr("Write what customers are told about \"%1\" being declined: it closes their "
                                   "loop.")
                                    .arg(stored->title));
        }
        after.rejectionReason = reason.trimmed();
        after.customerMessage = customerMessage.trimmed();
    } else if (!customerMessage.trimmed().isEmpty()) {
        after.customerMessage = customerMessage.trimmed(); // "what we changed", for the outreach
    }
    if (to == Action::Status::Done) {
        for (const ActionTask& task : after.tasks) {
            if (!task.done) {
                throw WorkflowError(tr("\"%1\" still has an open task: %2.").arg(stored->title, task.title));
            }
        }
    }
    return write(*stored, after);
}

Action ActionPlan::setTaskDone(qint64 actionId, int version, qint64 taskId, bool done)
{
    const std::optional<Action> stored = ActionStore(m_db).get(actionId);
    if (!stored) {
        throw WorkflowError(tr("There is no action %1.").arg(actionId));
    }
    Action after = *stored;
    after.version = version;
    bool found = false;
    for (ActionTask& task : after.tasks) {
        if (task.id == taskId) {
            task.done = done;
            found = true;
        }
    }
    if (!found) {
        throw WorkflowError(tr("\"%1\" has no task %2.").arg(stored->title).arg(taskId));
    }
    return write(*stored, after);
}

} // namespace loopdesk::core
