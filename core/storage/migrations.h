// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/backend.h"

#include <QStringList>

#include <vector>

namespace loopdesk::core {

// One step of the schema: the statements that take a database from version-1 to version.
struct Migration {
    int version = 0;
    QStringList statements;
    bool sqliteOnly = false; // how SQLite stores a table: a team database takes the version, and nothing else
};

// LoopDesk's schema history, oldest first. Never edit a released step; add a new one.
const std::vector<Migration>& schemaMigrations();
// The same history for a team database on PostgreSQL: the same tables, columns and versions,
// with PostgreSQL's types, and its own triggers and word index where SQLite's cannot serve.
const std::vector<Migration>& postgresMigrations();
const std::vector<Migration>& schemaMigrations(Backend backend);

// The statements that fill an empty score cube from the answers (migration 3, and a rebuild).
QStringList scoreCubeFillStatements(Backend backend = Backend::Sqlite);
// The month of an answer as year * 12 + month - 1 (UTC), as an SQL expression over `row`.
QString answerMonth(Backend backend, const QString& row);
// The text the inbox search indexes for a case, as an SQL expression over response r and customer cu.
QString caseSearchText(Backend backend = Backend::Sqlite);

// Identifies a LoopDesk file in the SQLite header ("LDSK").
constexpr int kApplicationId = 0x4C44534B;

} // namespace loopdesk::core
