// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/actionstore.h"

#include "storage/database.h"
#include "storage/statement.h"
#include "storage/storageerror.h"

namespace loopdesk::core {
namespace {

const QString kColumns = QStringLiteral("id, title, level, owner_id, participants, scope, deadline, budget, "
                                        "success_metric, target, expected_nps_gain, status, rejection_reason, "
                                        "customer_message, communicated, version, measure_segment");

void bindFields(Statement& s, const Action& a)
{
    s.bind(a.title).bind(actionLevelKey(a.level)).bindId(a.ownerId).bind(a.participants).bind(a.scope);
    s.bindDate(a.deadline).bind(a.budget).bind(a.successMetric).bind(a.target).bind(a.expectedNpsGain);
    s.bind(actionStatusKey(a.status)).bind(a.rejectionReason).bind(a.customerMessage).bind(a.communicated ? 1 : 0);
    // "dimension=value", or empty for everyone.
    s.bind(segmentText(a.measureSegment));
}

Action read(const Statement& s)
{
    Action a;
    a.id = s.id(0);
    a.title = s.text(1);
    a.level = actionLevelFromKey(s.text(2)).value_or(Action::Level::Tactical);
    a.ownerId = s.id(3);
    a.participants = s.text(4);
    a.scope = s.text(5);
    a.deadline = s.date(6);
    a.budget = s.value(7).toDouble();
    a.successMetric = s.text(8);
    a.target = s.text(9);
    a.expectedNpsGain = s.value(10).toDouble();
    a.status = actionStatusFromKey(s.text(11)).value_or(Action::Status::Proposed);
    a.rejectionReason = s.text(12);
    a.customerMessage = s.text(13);
    a.communicated = s.value(14).toBool();
    a.version = s.value(15).toInt();
    a.measureSegment = segmentFromText(s.text(16));
    return a;
}

} // namespace

qint64 ActionStore::add(const Action& action)
{
    Statement s(
        m_db.connection(),
        QStringLiteral(
            "INSERT INTO action (title, level, owner_id, participants, scope, deadline, budget, "
            "success_metric, target, expected_nps_gain, status, rejection_reason, "
            "customer_message, communicated, measure_segment) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            "?) RETURNING id"));
    bindFields(s, action);
    s.exec();
    const qint64 id = s.lastInsertId();
    writeChildren(action, id);
    return id;
}

int ActionStore::update(const Action& action)
{
    Statement s(m_db.connection(),
                QStringLiteral("UPDATE action SET title = ?, level = ?, owner_id = ?, participants = ?, scope = ?, "
                               "deadline = ?, budget = ?, success_metric = ?, target = ?, expected_nps_gain = ?, "
                               "status = ?, rejection_reason = ?, customer_message = ?, communicated = ?, "
                               "measure_segment = ?, version = version + 1 WHERE id = ? AND version = ?"));
    bindFields(s, action);
    s.bind(action.id).bind(action.version).exec();
    if (s.rowsAffected() != 1) {
        throw StaleEditError(tr("The action \"%1\" was changed by someone else after you opened it. Your changes "
                                "were not saved; reload it to see the current version.")
                                 .arg(action.title));
    }
    for (const QString& table : {QStringLiteral("action_theme"), QStringLiteral("action_task")}) {
        // Table names come from this fixed list, never from input.
        Statement clear(m_db.connection(), QStringLiteral("DELETE FROM %1 WHERE action_id = ?").arg(table));
        clear.bind(action.id).exec();
    }
    writeChildren(action, action.id);
    return action.version + 1;
}

void ActionStore::writeChildren(const Action& action, qint64 id)
{
    Statement theme(m_db.connection(), QStringLiteral("INSERT INTO action_theme (action_id, theme_id) VALUES (?, ?)"));
    for (const qint64 themeId : action.themeIds) {
        theme.bind(id).bind(themeId).exec();
    }
    Statement kept(
        m_db.connection(),
        QStringLiteral(
            "INSERT INTO action_task (id, action_id, title, owner_id, due, done) VALUES (?, ?, ?, ?, ?, ?)"));
    Statement added(m_db.connection(), QStringLiteral("INSERT INTO action_task (action_id, title, owner_id, due, done) "
                                                      "VALUES (?, ?, ?, ?, ?)"));
    for (const ActionTask& t : action.tasks) {
        // A task keeps its id through an update; a new one gets the next id.
        if (t.id != 0) {
            kept.bind(t.id);
        }
        (t.id != 0 ? kept : added).bind(id).bind(t.title).bindId(t.ownerId).bindDate(t.due).bind(t.done ? 1 : 0).exec();
    }
}

void ActionStore::readChildren(Action& action) const
{
    Statement themes(m_db.connection(),
                     QStringLiteral("SELECT theme_id FROM action_theme WHERE action_id = ? ORDER BY theme_id"));
    themes.bind(action.id).exec();
    while (themes.next()) {
        action.themeIds << themes.id(0);
    }
    Statement tasks(m_db.connection(), QStringLiteral("SELECT id, action_id, title, owner_id, due, done FROM "
                                                      "action_task WHERE action_id = ? ORDER BY id"));
    tasks.bind(action.id).exec();
    while (tasks.next()) {
        action.tasks << ActionTask{tasks.id(0), tasks.id(1),   tasks.text(2),
                                   tasks.id(3), tasks.date(4), tasks.value(5).toBool()};
    }
}

std::optional<Action> ActionStore::get(qint64 id) const
{
    Statement s(m_db.connection(), QStringLiteral("SELECT %1 FROM action WHERE id = ?").arg(kColumns));
    s.bind(id).exec();
    if (!s.next()) {
        return std::nullopt;
    }
    Action action = read(s);
    readChildren(action);
    return action;
}

QList<Action> ActionStore::all() const
{
    Statement s(m_db.connection(), QStringLiteral("SELECT %1 FROM action ORDER BY deadline, id").arg(kColumns));
    s.exec();
    QList<Action> result;
    while (s.next()) {
        result << read(s);
    }
    for (Action& action : result) {
        readChildren(action);
    }
    return result;
}

} // namespace loopdesk::core
