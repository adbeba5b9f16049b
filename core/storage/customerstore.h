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

    // Anonymises one customer everywhere, inside the caller's transaction: name, e-mail, phone and
    // imported id on the customer; the comments of their answers; the notes of contact attempts
    // and the reasons written on their cases. Scores, dates, segments and cases stay, so every
    // figure is unchanged.
    void erase(qint64 id, const QDateTime& at);
    // The waves this customer was invited to, by name.
    QStringList invitedTo(qint64 id) const;

private:
    Database& m_db;
};

} // namespace loopdesk::core
