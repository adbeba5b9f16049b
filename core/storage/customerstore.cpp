// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/customerstore.h"

#include "storage/database.h"
#include "storage/statement.h"

namespace loopdesk::core {
namespace {

const QString kColumns =
    QStringLiteral("id, external_id, name, email, phone, language, account_id, key_account, value, erased_at");

Customer read(const Statement& s)
{
    return Customer{s.id(0),   s.text(1),           s.text(2),
                    s.text(3), s.text(4),           s.text(5),
                    s.id(6),   s.value(7).toBool(), s.value(8).toDouble(),
                    s.time(9)};
}

// The columns after id, in kColumns order, bound for INSERT and UPDATE alike.
void bindFields(Statement& s, const Customer& c)
{
    s.bind(c.externalId.isEmpty() ? QVariant() : QVariant(c.externalId))
        .bind(c.name)
        .bind(c.email)
        .bind(c.phone)
        .bind(c.language)
        .bindId(c.accountId)
        .bind(c.keyAccount ? 1 : 0)
        .bind(c.value)
        .bindTime(c.erasedAt);
}

} // namespace

qint64 CustomerStore::add(const Customer& customer)
{
    Statement s(m_db.connection(), QStringLiteral("INSERT INTO customer (external_id, name, email, phone, language, "
                                                  "account_id, key_account, value, erased_at) "
                                                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    bindFields(s, customer);
    s.exec();
    return s.lastInsertId();
}

void CustomerStore::update(const Customer& customer)
{
    Statement s(m_db.connection(),
                QStringLiteral("UPDATE customer SET external_id = ?, name = ?, email = ?, phone = ?, "
                               "language = ?, account_id = ?, key_account = ?, value = ?, "
                               "erased_at = ? WHERE id = ?"));
    bindFields(s, customer);
    s.bind(customer.id).exec();
}

std::optional<Customer> CustomerStore::get(qint64 id) const
{
    Statement s(m_db.connection(), QStringLiteral("SELECT %1 FROM customer WHERE id = ?").arg(kColumns));
    s.bind(id).exec();
    return s.next() ? std::optional(read(s)) : std::nullopt;
}

std::optional<Customer> CustomerStore::findByExternalId(const QString& externalId) const
{
    Statement s(m_db.connection(), QStringLiteral("SELECT %1 FROM customer WHERE external_id = ?").arg(kColumns));
    s.bind(externalId).exec();
    return s.next() ? std::optional(read(s)) : std::nullopt;
}

void CustomerStore::erase(qint64 id, const QDateTime& at)
{
    Statement customer(m_db.connection(),
                       QStringLiteral("UPDATE customer SET external_id = NULL, name = '', email = '', "
                                      "phone = '', erased_at = ? WHERE id = ?"));
    customer.bindTime(at).bind(id).exec();
    Statement comments(m_db.connection(), QStringLiteral("UPDATE response SET comment = '' WHERE customer_id = ?"));
    comments.bind(id).exec();
    const QString theirCases =
        QStringLiteral("SELECT c.id FROM followup_case c JOIN response r ON r.id = c.response_id "
                       "WHERE r.customer_id = ?");
    Statement notes(m_db.connection(),
                    QStringLiteral("UPDATE contact_attempt SET notes = '' WHERE case_id IN (%1)").arg(theirCases));
    notes.bind(id).exec();
    // Words about the customer: reasons given, and notes on a recovery marked as exemplary.
    Statement reasons(m_db.connection(),
                      QStringLiteral("UPDATE audit_log SET old_value = '', new_value = '' WHERE field IN ('reason', "
                                     "'exemplary_note') AND entity = 'case' AND entity_id IN (%1)")
                          .arg(theirCases));
    reasons.bind(id).exec();
    Statement examples(m_db.connection(),
                       QStringLiteral("DELETE FROM exemplary_recovery WHERE case_id IN (%1)").arg(theirCases));
    examples.bind(id).exec();
}

QStringList CustomerStore::invitedTo(qint64 id) const
{
    Statement s(m_db.connection(), QStringLiteral("SELECT w.name FROM invitation i JOIN wave w ON w.id = i.wave_id "
                                                  "WHERE i.customer_id = ? ORDER BY w.name"));
    s.bind(id).exec();
    QStringList waves;
    while (s.next()) {
        waves << s.text(0);
    }
    return waves;
}

} // namespace loopdesk::core
