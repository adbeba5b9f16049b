// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/database.h"
#include "storage/migrations.h"

#include <QString>

#include <catch2/catch.hpp>

#include <map>
#include <memory>
#include <vector>

namespace loopdesk::test {

// A database file opened at an earlier schema version: only the steps up to `version` run, as a
// LoopDesk of that version would have left it. Opening it later with Database::open(path) takes
// it through the steps that followed.
inline std::unique_ptr<core::Database> openAtVersion(const QString& path, int version)
{
    static std::map<int, std::vector<core::Migration>> histories; // outlive every database opened
    std::vector<core::Migration>& history = histories[version];
    if (history.empty()) {
        const std::vector<core::Migration>& all = core::schemaMigrations();
        history.assign(all.begin(), all.begin() + version);
    }
    core::Database::Options options;
    options.migrations = &history;
    auto db = core::Database::open(path, options);
    REQUIRE(db->schemaVersion() == version);
    return db;
}

} // namespace loopdesk::test
