// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "privacy/customerdatarights.h"

#include "domain/clock.h"
#include "storage/accountstore.h"
#include "storage/casestore.h"
#include "storage/customerstore.h"
#include "storage/database.h"
#include "storage/responsestore.h"
#include "storage/statement.h"
#include "storage/wavestore.h"

#include <QJsonArray>

namespace loopdesk::core {
namespace {

QJsonValue when(const QDateTime& t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

} // namespace

std::optional<Customer> CustomerDataRights::find(const QString& idOrNumber) const
{
    CustomerStore customers(m_db);
    if (std::optional<Customer> byExternal = customers.findByExternalId(idOrNumber)) {
        return byExternal;
    }
    bool ok = false;
    const qint64 number = idOrNumber.toLongLong(&ok);
    return ok ? customers.get(number) : std::nullopt;
}

QJsonObject CustomerDataRights::exportData(qint64 customerId) const
{
    const std::optional<Customer> c = CustomerStore(m_db).get(customerId);
    if (!c) {
        throw StorageError(tr("There is no customer %1.").arg(customerId));
    }
    QJsonObject customer{{QStringLiteral("number"), c->id},
                         {QStringLiteral("id"), c->externalId},
                         {QStringLiteral("name"), c->name},
                         {QStringLiteral("email"), c->email},
                         {QStringLiteral("phone"), c->phone},
                         {QStringLiteral("language"), c->language},
                         {QStringLiteral("key_account"), c->keyAccount},
                         {QStringLiteral("value"), c->value},
                         {QStringLiteral("erased_at"), when(c->erasedAt)}};
    if (const std::optional<Account> account = c->accountId ? AccountStore(m_db).get(c->accountId) : std::nullopt) {
        customer.insert(QStringLiteral("account"), account->name);
    }
    WaveStore waves(m_db);
    CaseStore cases(m_db);
    QJsonArray answers;
    ResponseStore responses(m_db);
    for (const Response& r : responses.forCustomer(customerId)) {
        QJsonObject segments;
        for (auto it = r.segments.cbegin(); it != r.segments.cend(); ++it) {
            segments.insert(it.key(), it.value());
        }
        QJsonObject answer{{QStringLiteral("wave"), waves.get(r.waveId).value_or(Wave{}).name},
                           {QStringLiteral("answered_at"), when(r.answeredAt)},
                           {QStringLiteral("metric"), metricKey(r.metric)},
                           {QStringLiteral("score"), r.score},
                           {QStringLiteral("comment"), r.comment},
                           {QStringLiteral("segments"), segments}};
        if (const std::optional<FollowUpCase> followUp = cases.forResponse(r.id)) {
            QJsonArray contacts;
            for (const ContactAttempt& a : cases.attempts(followUp->id)) {
                contacts.append(QJsonObject{{QStringLiteral("at"), when(a.at)},
                                            {QStringLiteral("mode"), contactModeKey(a.mode)},
                                            {QStringLiteral("reached"), a.reached},
                                            {QStringLiteral("notes"), a.notes}});
            }
            answer.insert(QStringLiteral("follow_up"),
                          QJsonObject{{QStringLiteral("case"), followUp->id},
                                      {QStringLiteral("status"), caseStatusKey(followUp->status)},
                                      {QStringLiteral("outcome"), caseOutcomeKey(followUp->outcome)},
                                      {QStringLiteral("compensation"), followUp->compensationKind},
                                      {QStringLiteral("compensation_value"), followUp->compensationValue},
                                      {QStringLiteral("customer_informed_at"), when(followUp->customerInformedAt)},
                                      {QStringLiteral("contacts"), contacts}});
        }
        answers.append(answer);
    }
    return {{QStringLiteral("customer"), customer},
            {QStringLiteral("answers"), answers},
            {QStringLiteral("invited_to"), QJsonArray::fromStringList(CustomerStore(m_db).invitedTo(customerId))},
            {QStringLiteral("exported_at"), when(m_clock.nowUtc())}};
}

void CustomerDataRights::erase(qint64 customerId)
{
    if (!CustomerStore(m_db).get(customerId)) {
        throw StorageError(tr("There is no customer %1.").arg(customerId));
    }
    // The old text must not survive in freed page space or in the write-ahead log either.
    m_db.setSecureDelete(true);
    {
        Transaction transaction(m_db);
        CustomerStore(m_db).erase(customerId, m_clock.nowUtc());
        // SQLite's search index keeps deleted words in its older segments until they merge: merge
        // now. (A team database's search rows are plain rows, rewritten with the customer's.)
        if (m_db.backend() == Backend::Sqlite) {
            Statement(m_db.connection(), QStringLiteral("INSERT INTO case_search (case_search) VALUES ('optimize')"))
                .exec();
        }
        transaction.commit();
    }
    m_db.checkpoint();
    m_db.setSecureDelete(false);
}

} // namespace loopdesk::core
