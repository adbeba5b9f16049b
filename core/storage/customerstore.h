// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/customer.h"

#include <optional>

namespace loopdesk::core {

class Database;

// Reads and writes customers, found by internal number or by the id they were imported with.
class CustomerStore final {
public:
    explicit CustomerStore(Database& db)
        : m_db(db)
    {}

    qint64 add(const Customer& customer);
    void update(const Customer& customer);
    std::optional<Customer> get(qint64 id) const;
    std::optional<Customer> findByExternalId(const QString& externalId) const;

private:
    Database& m_db;
};

} // namespace loopdesk::core
