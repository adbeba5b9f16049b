// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/contactattempt.h"
#include "domain/followupcase.h"
#include "storage/inboxquery.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>

#include <optional>

namespace loopdesk::core {

class Database;

// One line of a case list: the case with what people need to see beside it.
struct CaseListRow {
    FollowUpCase followUp;
    int score = 0;
    QString comment;
    QString customer;
    QString owner;
};

// What the loop KPIs need to know of one case.
struct CaseFact {
    FollowUpCase followUp;
    QString owner;
};

// An open case whose root cause was routed to a department, with its owner's and customer's names.
struct RoutedCase {
    FollowUpCase followUp;
    QString owner;
    QString customer;
};

// Who has a case now and who changed it last: what a refused save tells the person whose view is
// out of date.
struct CaseHolder {
    int version = 0;
    QDateTime updatedAt;
    QString changedBy; // empty: nobody known
    qint64 ownerId = 0;
    QString owner;
};

// Which cases a list shows; empty members do not filter.
struct CaseFilter {
    std::optional<FollowUpCase::Status> status;
    bool openOnly = false;
    QString ownerName;
    QDateTime overdueAt; // valid: only cases not contacted by their due time at this moment
    int limit = 1000;
};

// Reads and writes follow-up cases and their contact attempts. Updates are optimistic: a save
// carries the version it was based on and is refused when the stored row has moved on.
class CaseStore final {
    Q_DECLARE_TR_FUNCTIONS(loopdesk::core::CaseStore)

public:
    explicit CaseStore(Database& db)
        : m_db(db)
    {}

    qint64 add(const FollowUpCase& followUp);
    // Writes `followUp` if the stored version still equals followUp.version; returns the new
    // version. Throws StaleEditError naming who changed the case otherwise.
    int update(const FollowUpCase& followUp);
    // Throws StaleEditError naming who changed case `id` (or StorageError when it is gone).
    [[noreturn]] void refuseStale(qint64 id) const;
    // Who holds the case, also for a team database's agent who may not see it any more (a
    // colleague took it): row security hides the case, not who has it.
    std::optional<CaseHolder> holder(qint64 id) const;
    std::optional<FollowUpCase> get(qint64 id) const;
    std::optional<FollowUpCase> forResponse(qint64 responseId) const;

    qint64 addAttempt(const ContactAttempt& attempt);
    QList<ContactAttempt> attempts(qint64 caseId) const;

    QMap<FollowUpCase::Status, qint64> countByStatus() const;
    // "('new', 'contacting', ...)": the open statuses (isOpenStatus) as an SQL list, for any store.
    static const QString& openStatusesSql();
    // Cases by first-contact due time, soonest first.
    QList<CaseListRow> list(const CaseFilter& filter) const;
    // The inbox: how many cases a query matches, and one page of them. Pages are read on demand,
    // so 200,000 open cases cost what one screenful does.
    qint64 inboxCount(const InboxQuery& query) const;
    QList<InboxRow> inboxPage(const InboxQuery& query, qint64 offset, int limit) const;
    // Every case of one customer, newest first (for the case editor's history).
    QList<FollowUpCase> forCustomer(qint64 customerId) const;

    // Open cases with no owner, oldest due first, each with its customer's account owner (0 for none).
    QList<QPair<FollowUpCase, qint64>> unassignedOpen() const;
    // How many open cases each staff member owns.
    QMap<qint64, qint64> openLoadByOwner() const;
    // Open cases routed to the department (by their root cause), oldest first.
    QList<RoutedCase> openRoutedTo(qint64 departmentId) const;
    // Every case created in [from, to) (invalid bounds are open), with its owner's name; with a
    // segment slot (1-8) and value id, only cases whose answer has that value; with an account,
    // only cases of its customers.
    QList<CaseFact> facts(const QDateTime& from, const QDateTime& to, int segmentSlot = 0, qint64 segmentValueId = 0,
                          qint64 accountId = 0) const;

private:
    // How many cases a query matches, counting no further than `cap` (0: all of them).
    qint64 countUpTo(const InboxQuery& query, qint64 cap) const;
    std::optional<FollowUpCase> selectOne(const QString& where, qint64 key) const;

    Database& m_db;
};

} // namespace loopdesk::core
