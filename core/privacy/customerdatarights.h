// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/customer.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

namespace loopdesk::core {

class Clock;
class Database;

// A customer's data rights (GDPR): everything held about them as JSON, and erasure that
// anonymises them everywhere while every NPS and loop figure stays as it was.
class CustomerDataRights final {
    Q_DECLARE_TR_FUNCTIONS(loopdesk::core::CustomerDataRights)

public:
    CustomerDataRights(Database& db, const Clock& clock)
        : m_db(db)
        , m_clock(clock)
    {}

    // Finds a customer by the id they were imported with, or by LoopDesk's own number.
    std::optional<Customer> find(const QString& idOrNumber) const;
    QJsonObject exportData(qint64 customerId) const;
    void erase(qint64 customerId);

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace loopdesk::core
