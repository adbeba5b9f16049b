// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace loopdesk::core {

class Database;

// Who may do what in a team database, enforced by PostgreSQL itself rather than by the program:
// whatever an agent connects with, their login reads and changes only their own cases and the
// unassigned ones (row-level security), and only managers change settings, staff, the taxonomy,
// playbooks and action plans (grants). Everyone reads the answers and the figures.
class TeamAccess final {
    Q_DECLARE_TR_FUNCTIONS(loopdesk::core::TeamAccess)

public:
    explicit TeamAccess(Database& db);

    // The group roles, grants and policies; run by the database's owner, again after an upgrade.
    void setUp();
    // Lets an existing login role work as a member of staff, as an agent or a manager after that
    // member's role. Throws StorageError for an unknown member or login.
    void grant(const QString& login, qint64 staffId);
    // The member of staff this connection's login works as, if any.
    std::optional<qint64> currentStaff() const;

    static constexpr const char* kAgentRole = "loopdesk_agent";
    static constexpr const char* kManagerRole = "loopdesk_manager";

private:
    Database& m_db;
};

} // namespace loopdesk::core
