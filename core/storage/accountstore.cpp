// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/accountstore.h"

#include "storage/database.h"
#include "storage/statement.h"

namespace loopdesk::core {
namespace {

const QString kColumns = QStringLiteral("id, name, owner_id, tier, key_account");

Account read(const Statement& s)
{
    return Account{s.id(0), s.text(1), s.id(2), s.text(3), s.value(4).toBool()};
}

} // namespace

qint64 AccountStore::add(const Account& account)
{
    Statement s(
        m_db.connection(),
        QStringLiteral("INSERT INTO account (name, owner_id, tier, key_account) VALUES (?, ?, ?, ?) RETURNING id"));
    s.bind(account.name).bindId(account.ownerId).bind(account.tier).bind(account.keyAccount ? 1 : 0).exec();
    return s.lastInsertId();
}

void AccountStore::update(const Account& account)
{
    Statement s(m_db.connection(),
                QStringLiteral("UPDATE account SET name = ?, owner_id = ?, tier = ?, key_account = ? WHERE id = ?"));
    s.bind(account.name).bindId(account.ownerId).bind(account.tier).bind(account.keyAccount ? 1 : 0).bind(account.id);
    s.exec();
}

std::optional<Account> AccountStore::get(qint64 id) const
{
    Statement s(m_db.connection(), QStringLiteral("SELECT %1 FROM account WHERE id = ?").arg(kColumns));
    s.bind(id).exec();
    return s.next() ? std::optional(read(s)) : std::nullopt;
}

std::optional<Account> AccountStore::findByName(const QString& name) const
{
    Statement s(m_db.connection(), QStringLiteral("SELECT %1 FROM account WHERE name = ?").arg(kColumns));
    s.bind(name).exec();
    return s.next() ? std::optional(read(s)) : std::nullopt;
}

QList<Account> AccountStore::all() const
{
    Statement s(m_db.connection(), QStringLiteral("SELECT %1 FROM account ORDER BY name").arg(kColumns));
    s.exec();
    QList<Account> result;
    while (s.next()) {
        result << read(s);
    }
    return result;
}

} // namespace loopdesk::core
