// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

#include <vector>

namespace loopdesk::core {

// One step of the schema: the statements that take a database from version-1 to version.
struct Migration {
    int version = 0;
    QStringList statements;
};

// LoopDesk's schema history, oldest first. Never edit a released step; add a new one.
const std::vector<Migration>& schemaMigrations();

// The statements that fill an empty score cube from the answers (migration 3, and a rebuild).
QStringList scoreCubeFillStatements();
// The text the inbox search indexes for a case, as an SQL expression over response r and customer cu.
QString caseSearchText();

// Identifies a LoopDesk file in the SQLite header ("LDSK").
constexpr int kApplicationId = 0x4C44534B;

} // namespace loopdesk::core
