// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/staff.h"

#include <QList>

#include <optional>

namespace loopdesk::core {

class Database;

// Reads and writes the CX team's staff list.
class StaffStore final {
public:
    explicit StaffStore(Database& db)
        : m_db(db)
    {}

    qint64 add(const Staff& staff);
    void update(const Staff& staff);
    std::optional<Staff> get(qint64 id) const;
    std::optional<Staff> findByName(const QString& name) const;
    QList<Staff> all() const;

private:
    Database& m_db;
};

} // namespace loopdesk::core
