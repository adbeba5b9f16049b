// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/account.h"

#include <QList>

#include <optional>

namespace loopdesk::core {

class Database;

// Reads and writes B2B accounts.
class AccountStore final {
public:
    explicit AccountStore(Database& db)
        : m_db(db)
    {}

    qint64 add(const Account& account);
    void update(const Account& account);
    std::optional<Account> get(qint64 id) const;
    std::optional<Account> findByName(const QString& name) const;
    QList<Account> all() const;

private:
    Database& m_db;
};

} // namespace loopdesk::core
