// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/action.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace loopdesk::core {

class Database;

// Reads and writes improvement actions with the themes they address and their tasks.
class ActionStore final {
    Q_DECLARE_TR_FUNCTIONS(loopdesk::core::ActionStore)

public:
    explicit ActionStore(Database& db)
        : m_db(db)
    {}

    qint64 add(const Action& action); // with its themes and tasks
    int update(const Action& action); // optimistic, like CaseStore::update; replaces themes and tasks
    std::optional<Action> get(qint64 id) const;
    QList<Action> all() const;

private:
    void writeChildren(const Action& action, qint64 id);
    void readChildren(Action& action) const;

    Database& m_db;
};

} // namespace loopdesk::core
