// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/auditentry.h"

#include <QList>

namespace loopdesk::core {

class Database;

// Appends to and reads the audit log; entries are never changed once written.
class AuditStore final {
public:
    explicit AuditStore(Database& db)
        : m_db(db)
    {}

    qint64 append(const AuditEntry& entry);
    QList<AuditEntry> forEntity(const QString& entity, qint64 entityId) const; // oldest first

private:
    Database& m_db;
};

} // namespace loopdesk::core
