// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace loopdesk::core {

class Database;

// Moves a team's local file into a new team database: every table in dependency order, in one
// transaction on the server, then checks that each table holds the same rows (count and an
// order-independent checksum of every value) and that the derived tables (score cube, search
// words) agree. The local file is only read.
class TeamMigration final {
    Q_DECLARE_TR_FUNCTIONS(loopdesk::core::TeamMigration)

public:
    struct Table {
        QString name;
        qint64 rows = 0;
        QString checksum; // hex, the same on both sides
    };

    // Throws StorageError (nothing written on the server) when the target is not a new team
    // database, the two are at different schema versions, or the copy does not verify.
    static QList<Table> copy(Database& source, Database& target);
};

} // namespace loopdesk::core
