// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace loopdesk::core {

class Database;

// Someone to tell what the team changed and declined: a customer who answered in a period, or
// one who was invited to that period's survey and did not answer. Erased customers and customers
// without an e-mail address are never listed.
struct OutreachRecipient {
    qint64 customerId = 0;
    QString email;
    QString name;
    QString language;         // of their answer, else of the customer; may be empty
    bool responded = false;   // false: invited, no answer
    std::optional<int> score; // their latest answer in the period
    QStringList themes;       // what that answer was tagged with
};

class OutreachStore final {
public:
    explicit OutreachStore(Database& db)
        : m_db(db)
    {}

    // Answers in [from, to] (UTC days, inclusive), then invitations to waves of that period.
    QList<OutreachRecipient> recipients(QDate from, QDate to) const;

private:
    Database& m_db;
};

} // namespace loopdesk::core
