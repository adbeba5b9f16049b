// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/teamaccess.h"

#include "storage/database.h"
#include "storage/staffstore.h"
#include "storage/statement.h"
#include "storage/storageerror.h"

namespace loopdesk::core {
namespace {

// What only managers change; agents read them.
const QStringList kManagerTables{
    QStringLiteral("settings"),     QStringLiteral("staff"),          QStringLiteral("department"),
    QStringLiteral("theme"),        QStringLiteral("theme_keyword"),  QStringLiteral("action"),
    QStringLiteral("action_theme"), QStringLiteral("action_task"),    QStringLiteral("action_baseline"),
    QStringLiteral("playbook"),     QStringLiteral("loopdesk_schema")};

// Rows that belong to a case: an agent sees them when they see the case.
const QStringList kCaseChildren{QStringLiteral("contact_attempt"), QStringLiteral("case_playbook_step"),
                                QStringLiteral("exemplary_recovery"), QStringLiteral("case_search")};

} // namespace

TeamAccess::TeamAccess(Database& db)
    : m_db(db)
{
    if (!db.isTeamDatabase()) {
        throw StorageError(tr("Roles and row security belong to a team database; a local file is one person's."));
    }
}

void TeamAccess::setUp()
{
    const QSqlDatabase db = m_db.connection();
    Transaction transaction(m_db);
    // Every name below is LoopDesk's own; nothing typed by anyone is part of this SQL.
    QStringList sql{
        QStringLiteral("SET LOCAL client_min_messages = error"), // "policy does not exist, skipping"
        QStringLiteral("DO $body$ BEGIN "
                       "IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'loopdesk_agent') THEN "
                       "CREATE ROLE loopdesk_agent NOLOGIN; END IF; "
                       "IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'loopdesk_manager') THEN "
                       "CREATE ROLE loopdesk_manager NOLOGIN; END IF; "
                       "EXECUTE format('GRANT USAGE ON SCHEMA %I TO loopdesk_agent, loopdesk_manager', "
                       "current_schema()); "
                       "EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO "
                       "loopdesk_manager', current_schema()); "
                       "EXECUTE format('GRANT SELECT ON ALL TABLES IN SCHEMA %I TO loopdesk_agent', "
                       "current_schema()); "
                       "EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO loopdesk_agent, "
                       "loopdesk_manager', current_schema()); "
                       "END $body$"),
        // The member of staff a connection works as: by its login (session_user, which a
        // SECURITY DEFINER function does not change).
        QStringLiteral("CREATE OR REPLACE FUNCTION loopdesk_staff_id() RETURNS BIGINT LANGUAGE sql STABLE "
                       "SECURITY DEFINER AS $body$ SELECT id FROM staff WHERE login = session_user $body$"),
        // Who holds a case, for the agent whose claim or save a colleague beat: row security hides
        // the case from them then, but they are told who has it (and nothing else of it).
        QStringLiteral("CREATE OR REPLACE FUNCTION loopdesk_case_holder(wanted BIGINT) RETURNS TABLE (version "
                       "BIGINT, updated_at BIGINT, changed_by TEXT, owner_id BIGINT, owner TEXT) LANGUAGE sql STABLE "
                       "SECURITY DEFINER AS $body$ SELECT c.version::BIGINT, c.updated_at::BIGINT, "
                       "coalesce(u.name, ''), c.owner_id::BIGINT, coalesce(o.name, '') FROM followup_case c LEFT "
                       "JOIN staff u ON u.id = c.updated_by LEFT JOIN staff o ON o.id = c.owner_id WHERE c.id = "
                       "wanted $body$"),
        // Making a login an agent or a manager: the names reach GRANT quoted by format(%I).
        QStringLiteral("CREATE OR REPLACE FUNCTION loopdesk_grant(login TEXT, manager BOOLEAN) RETURNS VOID "
                       "LANGUAGE plpgsql AS $body$ BEGIN "
                       "EXECUTE format('REVOKE %I FROM %I', CASE WHEN manager THEN 'loopdesk_agent' ELSE "
                       "'loopdesk_manager' END, login); "
                       "EXECUTE format('GRANT %I TO %I', CASE WHEN manager THEN 'loopdesk_manager' ELSE "
                       "'loopdesk_agent' END, login); END $body$"),
        QStringLiteral("REVOKE ALL ON FUNCTION loopdesk_grant(TEXT, BOOLEAN) FROM PUBLIC"),
        QStringLiteral("ALTER TABLE followup_case ENABLE ROW LEVEL SECURITY"),
        QStringLiteral("DROP POLICY IF EXISTS case_manager ON followup_case"),
        QStringLiteral(
            "CREATE POLICY case_manager ON followup_case TO loopdesk_manager USING (true) WITH CHECK (true)"),
        // (The function in a sub-select runs once per statement, not once per row: a SECURITY
        // DEFINER function is never inlined.)
        // An agent sees and changes their own cases and the unassigned ones; they may hand one on
        // (with a reason, which the program asks for), and import answers that open new ones.
        QStringLiteral("DROP POLICY IF EXISTS case_agent ON followup_case"),
        QStringLiteral("CREATE POLICY case_agent ON followup_case TO loopdesk_agent USING (owner_id IS NULL OR "
                       "owner_id = (SELECT loopdesk_staff_id())) WITH CHECK (true)"),
    };
    QStringList agentWrites;
    Statement tables(db, QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema = "
                                        "current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name"));
    tables.exec();
    while (tables.next()) {
        if (!kManagerTables.contains(tables.text(0))) {
            agentWrites << tables.text(0);
        }
    }
    // Table names from the database's own catalogue of LoopDesk's tables.
    sql << QStringLiteral("GRANT INSERT, UPDATE, DELETE ON %1 TO loopdesk_agent")
               .arg(agentWrites.join(QStringLiteral(", ")));
    // The audit log is written by everyone and changed by no agent.
    sql << QStringLiteral("REVOKE UPDATE, DELETE ON audit_log FROM loopdesk_agent");
    for (const QString& child : kCaseChildren) {
        sql << QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY").arg(child)
            << QStringLiteral("DROP POLICY IF EXISTS %1_manager ON %1").arg(child)
            << QStringLiteral("CREATE POLICY %1_manager ON %1 TO loopdesk_manager USING (true) WITH CHECK (true)")
                   .arg(child)
            << QStringLiteral("DROP POLICY IF EXISTS %1_agent ON %1").arg(child)
            << QStringLiteral("CREATE POLICY %1_agent ON %1 TO loopdesk_agent USING (EXISTS (SELECT 1 FROM "
                              "followup_case c WHERE c.id = case_id)) WITH CHECK (true)")
                   .arg(child);
    }
    for (const QString& statement : std::as_const(sql)) {
        Statement::run(db, statement);
    }
    transaction.commit();
}

void TeamAccess::grant(const QString& login, qint64 staffId)
{
    const std::optional<Staff> staff = StaffStore(m_db).get(staffId);
    if (!staff) {
        throw StorageError(tr("There is no member of staff %1.").arg(staffId));
    }
    Transaction transaction(m_db);
    Statement::run(m_db.connection(), QStringLiteral("SET LOCAL client_min_messages = error"));
    Statement known(m_db.connection(), QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = ?"));
    known.bind(login).exec();
    if (!known.next() || known.value(0).toInt() == 0) {
        throw StorageError(tr("The server has no login called \"%1\"; its administrator creates it first "
                              "(CREATE ROLE ... LOGIN).")
                               .arg(login));
    }
    Statement grant(m_db.connection(), QStringLiteral("SELECT loopdesk_grant(?, ?)"));
    grant.bind(login).bind(staff->role == Staff::Role::Manager).exec();
    Statement link(m_db.connection(),
                   QStringLiteral("UPDATE staff SET login = CASE WHEN id = ? THEN ? ELSE NULL END WHERE id = ? OR "
                                  "login = ?"));
    link.bind(staffId).bind(login).bind(staffId).bind(login).exec();
    transaction.commit();
}

std::optional<qint64> TeamAccess::currentStaff() const
{
    Statement s(m_db.connection(), QStringLiteral("SELECT id FROM staff WHERE login = session_user"));
    s.exec();
    if (!s.next()) {
        return std::nullopt;
    }
    return s.id(0);
}

} // namespace loopdesk::core
