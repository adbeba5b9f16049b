// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/staffstore.h"

#include "storage/database.h"
#include "storage/statement.h"

namespace loopdesk::core {
namespace {

const QString kColumns = QStringLiteral("id, name, email, role, active");

Staff read(const Statement& s)
{
    return Staff{s.id(0), s.text(1), s.text(2), staffRoleFromKey(s.text(3)), s.value(4).toBool()};
}

} // namespace

qint64 StaffStore::add(const Staff& staff)
{
    Statement s(m_db.connection(),
                QStringLiteral("INSERT INTO staff (name, email, role, active) VALUES (?, ?, ?, ?) RETURNING id"));
    s.bind(staff.name).bind(staff.email).bind(staffRoleKey(staff.role)).bind(staff.active ? 1 : 0).exec();
    return s.lastInsertId();
}

void StaffStore::update(const Staff& staff)
{
    Statement s(m_db.connection(),
                QStringLiteral("UPDATE staff SET name = ?, email = ?, role = ?, active = ? WHERE id = ?"));
    s.bind(staff.name)
        .bind(staff.email)
        .bind(staffRoleKey(staff.role))
        .bind(staff.active ? 1 : 0)
        .bind(staff.id)
        .exec();
}

std::optional<Staff> StaffStore::get(qint64 id) const
{
    Statement s(m_db.connection(), QStringLiteral("SELECT %1 FROM staff WHERE id = ?").arg(kColumns));
    s.bind(id).exec();
    return s.next() ? std::optional(read(s)) : std::nullopt;
}

std::optional<Staff> StaffStore::findByName(const QString& name) const
{
    Statement s(m_db.connection(), QStringLiteral("SELECT %1 FROM staff WHERE name = ?").arg(kColumns));
    s.bind(name).exec();
    return s.next() ? std::optional(read(s)) : std::nullopt;
}

QList<Staff> StaffStore::all() const
{
    Statement s(m_db.connection(), QStringLiteral("SELECT %1 FROM staff ORDER BY name").arg(kColumns));
    s.exec();
    QList<Staff> result;
    while (s.next()) {
        result << read(s);
    }
    return result;
}

} // namespace loopdesk::core
