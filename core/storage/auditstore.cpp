// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/auditstore.h"

#include "storage/database.h"
#include "storage/statement.h"

namespace loopdesk::core {

qint64 AuditStore::append(const AuditEntry& e)
{
    Statement s(m_db.connection(), QStringLiteral("INSERT INTO audit_log (at, staff_id, entity, entity_id, field, "
                                                  "old_value, new_value) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    s.bindTime(e.at).bindId(e.staffId).bind(e.entity).bind(e.entityId).bind(e.field).bind(e.oldValue).bind(e.newValue);
    s.exec();
    return s.lastInsertId();
}

QList<AuditEntry> AuditStore::forEntity(const QString& entity, qint64 entityId) const
{
    Statement s(m_db.connection(), QStringLiteral("SELECT id, at, staff_id, entity, entity_id, field, old_value, "
                                                  "new_value FROM audit_log WHERE entity = ? AND entity_id = ? "
                                                  "ORDER BY at, id"));
    s.bind(entity).bind(entityId).exec();
    QList<AuditEntry> result;
    while (s.next()) {
        result << AuditEntry{s.id(0), s.time(1), s.id(2), s.text(3), s.id(4), s.text(5), s.text(6), s.text(7)};
    }
    return result;
}

} // namespace loopdesk::core
