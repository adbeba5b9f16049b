// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/casestore.h"

#include "storage/backend.h"
#include "storage/database.h"
#include "storage/sqldialect.h"
#include "storage/statement.h"
#include "storage/storageerror.h"

#include <QRegularExpression>

#include <limits>

namespace loopdesk::core {
namespace {

const QString kColumns = QStringLiteral(
    "id, response_id, category, owner_id, status, created_at, first_contact_due, resolution_due, first_contact_at, "
    "root_cause_theme_id, department_id, compensation_kind, compensation_value, outcome, customer_informed_at, "
    "resurvey_score, escalated, reassignment_count, closed_at, version, updated_at, updated_by, approval, "
    "approval_due, "
    "approved_by");

// The same columns qualified with the table alias "c.", and how many there are (read() uses the
// first kColumnCount values of a row; joined columns follow them).
const QString kAliasedColumns = [] {
    QStringList columns = kColumns.split(QStringLiteral(", "));
    for (QString& column : columns) {
        column.prepend(QStringLiteral("c."));
    }
    return columns.join(QStringLiteral(", "));
}();
const int kColumnCount = static_cast<int>(kColumns.count(QLatin1Char(',')) + 1);

// How a case's customer is shown: by name, else by the id they were imported with (many survey
// exports carry no names), else nothing (anonymous, or erased).
const QString kCustomerShown = QStringLiteral("coalesce(nullif(cu.name, ''), cu.external_id, '')");

FollowUpCase read(const Statement& s)
{
    FollowUpCase c;
    c.id = s.id(0);
    c.responseId = s.id(1);
    c.category = caseCategoryFromKey(s.text(2));
    c.ownerId = s.id(3);
    c.status = caseStatusFromKey(s.text(4)).value_or(FollowUpCase::Status::New);
    c.createdAt = s.time(5);
    c.firstContactDue = s.time(6);
    c.resolutionDue = s.time(7);
    c.firstContactAt = s.time(8);
    c.rootCauseThemeId = s.id(9);
    c.departmentId = s.id(10);
    c.compensationKind = s.text(11);
    c.compensationValue = s.value(12).toDouble();
    c.outcome = caseOutcomeFromKey(s.text(13)).value_or(FollowUpCase::Outcome::None);
    c.customerInformedAt = s.time(14);
    if (!s.value(15).isNull()) {
        c.resurveyScore = s.value(15).toInt();
    }
    c.escalated = s.value(16).toBool();
    c.reassignmentCount = s.value(17).toInt();
    c.closedAt = s.time(18);
    c.version = s.value(19).toInt();
    c.updatedAt = s.time(20);
    c.updatedBy = s.id(21);
    c.approval = caseApprovalFromKey(s.text(22));
    c.approvalDue = s.time(23);
    c.approvedBy = s.id(24);
    return c;
}

// Binds every column after `response_id` in kColumns order up to (not including) version.
void bindFields(Statement& s, const FollowUpCase& c)
{
    s.bind(caseCategoryKey(c.category)).bindId(c.ownerId).bind(caseStatusKey(c.status)).bindTime(c.createdAt);
    s.bindTime(c.firstContactDue).bindTime(c.resolutionDue).bindTime(c.firstContactAt).bindId(c.rootCauseThemeId);
    s.bindId(c.departmentId).bind(c.compensationKind).bind(c.compensationValue).bind(caseOutcomeKey(c.outcome));
    s.bindTime(c.customerInformedAt).bind(c.resurveyScore ? QVariant(*c.resurveyScore) : QVariant());
    s.bind(c.escalated ? 1 : 0).bind(c.reassignmentCount).bindTime(c.closedAt);
}

} // namespace

qint64 CaseStore::add(const FollowUpCase& c)
{
    Statement s(m_db.connection(),
                QStringLiteral("INSERT INTO followup_case (response_id, category, owner_id, status, created_at, "
                               "first_contact_due, resolution_due, first_contact_at, root_cause_theme_id, "
                               "department_id, compensation_kind, compensation_value, outcome, customer_informed_at, "
                               "resurvey_score, escalated, reassignment_count, closed_at, version, updated_at, "
                               "updated_by, approval, approval_due, approved_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                               "?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?) RETURNING id"));
    s.bind(c.responseId);
    bindFields(s, c);
    s.bindTime(c.updatedAt.isValid() ? c.updatedAt : c.createdAt).bindId(c.updatedBy);
    s.bind(caseApprovalKey(c.approval)).bindTime(c.approvalDue).bindId(c.approvedBy).exec(); // the score: trigger
    return s.lastInsertId();
}

int CaseStore::update(const FollowUpCase& c)
{
    Statement s(m_db.connection(),
                QStringLiteral("UPDATE followup_case SET category = ?, owner_id = ?, status = ?, created_at = ?, "
                               "first_contact_due = ?, resolution_due = ?, first_contact_at = ?, "
                               "root_cause_theme_id = ?, department_id = ?, compensation_kind = ?, "
                               "compensation_value = ?, outcome = ?, customer_informed_at = ?, resurvey_score = ?, "
                               "escalated = ?, reassignment_count = ?, closed_at = ?, version = version + 1, "
                               "updated_at = ?, updated_by = ?, approval = ?, approval_due = ?, approved_by = ? "
                               "WHERE id = ? AND version = ?"));
    bindFields(s, c);
    s.bindTime(c.updatedAt).bindId(c.updatedBy).bind(caseApprovalKey(c.approval)).bindTime(c.approvalDue);
    s.bindId(c.approvedBy).bind(c.id).bind(c.version).exec();
    if (s.rowsAffected() == 1) {
        return c.version + 1;
    }
    refuseStale(c.id);
}

void CaseStore::refuseStale(qint64 id) const
{
    const std::optional<CaseHolder> now = holder(id);
    if (!now) {
        throw StorageError(tr("Case %1 no longer exists.").arg(id));
    }
    const QString name = now->changedBy.isEmpty() ? tr("someone else") : now->changedBy;
    throw StaleEditError(tr("Case %1 was changed by %2 at %3 after you opened it. Your changes were not saved; "
                            "reload the case to see the current version.")
                             .arg(id)
                             .arg(name, now->updatedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
}

std::optional<CaseHolder> CaseStore::holder(qint64 id) const
{
    const auto read = [](Statement& s) {
        return s.next() ? std::optional(CaseHolder{s.value(0).toInt(), s.time(1), s.text(2), s.id(3), s.text(4)})
                        : std::nullopt;
    };
    Statement visible(m_db.connection(),
                      QStringLiteral("SELECT c.version, c.updated_at, coalesce(u.name, ''), c.owner_id, "
                                     "coalesce(o.name, '') FROM followup_case c LEFT JOIN staff u ON u.id = "
                                     "c.updated_by LEFT JOIN staff o ON o.id = c.owner_id WHERE c.id = ?"));
    visible.bind(id).exec();
    if (auto found = read(visible); found || m_db.backend() != Backend::Postgres) {
        return found;
    }
    // Row security is on (TeamAccess::setUp made this function with it): ask past it.
    if (!Statement::scalar(m_db.connection(),
                           QStringLiteral("SELECT to_regprocedure('loopdesk_case_holder(bigint)') IS NOT NULL"))
             .toBool()) {
        return std::nullopt;
    }
    Statement past(m_db.connection(), QStringLiteral("SELECT version, updated_at, changed_by, owner_id, owner FROM "
                                                     "loopdesk_case_holder(?)"));
    past.bind(id).exec();
    return read(past);
}

std::optional<FollowUpCase> CaseStore::selectOne(const QString& where, qint64 key) const
{
    Statement s(m_db.connection(), QStringLiteral("SELECT %1 FROM followup_case WHERE %2").arg(kColumns, where));
    s.bind(key).exec();
    return s.next() ? std::optional(read(s)) : std::nullopt;
}

std::optional<FollowUpCase> CaseStore::get(qint64 id) const
{
    return selectOne(QStringLiteral("id = ?"), id);
}

std::optional<FollowUpCase> CaseStore::forResponse(qint64 responseId) const
{
    return selectOne(QStringLiteral("response_id = ?"), responseId);
}

qint64 CaseStore::addAttempt(const ContactAttempt& a)
{
    Statement s(m_db.connection(), QStringLiteral("INSERT INTO contact_attempt (case_id, at, mode, reached, notes, "
                                                  "staff_id) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"));
    s.bind(a.caseId).bindTime(a.at).bind(contactModeKey(a.mode)).bind(a.reached ? 1 : 0).bind(a.notes);
    s.bindId(a.staffId).exec();
    return s.lastInsertId();
}

QList<ContactAttempt> CaseStore::attempts(qint64 caseId) const
{
    Statement s(m_db.connection(), QStringLiteral("SELECT id, case_id, at, mode, reached, notes, staff_id FROM "
                                                  "contact_attempt WHERE case_id = ? ORDER BY at, id"));
    s.bind(caseId).exec();
    QList<ContactAttempt> result;
    while (s.next()) {
        result << ContactAttempt{s.id(0),
                                 s.id(1),
                                 s.time(2),
                                 contactModeFromKey(s.text(3)).value_or(ContactAttempt::Mode::Phone),
                                 s.value(4).toBool(),
                                 s.text(5),
                                 s.id(6)};
    }
    return result;
}

const QString& CaseStore::openStatusesSql()
{
    // Built from the domain's own definition, so the SQL can never disagree with isOpenStatus().
    static const QString list = [] {
        QStringList keys;
        for (const FollowUpCase::Status s :
             {FollowUpCase::Status::New, FollowUpCase::Status::Contacting, FollowUpCase::Status::InProgress,
              FollowUpCase::Status::Resolved, FollowUpCase::Status::Closed, FollowUpCase::Status::Unreachable,
              FollowUpCase::Status::Reopened}) {
            if (isOpenStatus(s)) {
                keys << QLatin1Char('\'') + caseStatusKey(s) + QLatin1Char('\'');
            }
        }
        return QLatin1Char('(') + keys.join(QStringLiteral(", ")) + QLatin1Char(')');
    }();
    return list;
}

QMap<FollowUpCase::Status, qint64> CaseStore::countByStatus() const
{
    Statement s(m_db.connection(), QStringLiteral("SELECT status, count(*) FROM followup_case GROUP BY status"));
    s.exec();
    QMap<FollowUpCase::Status, qint64> result;
    while (s.next()) {
        if (const auto status = caseStatusFromKey(s.text(0))) {
            result.insert(*status, s.value(1).toLongLong());
        }
    }
    return result;
}

QList<CaseListRow> CaseStore::list(const CaseFilter& filter) const
{
    // Every filter is always in the statement and switched off by its own parameter, so the SQL
    // text never depends on input.
    Statement s(
        m_db.connection(),
        QStringLiteral("SELECT %1, r.score, r.comment, %3, coalesce(st.name, '') "
                       "FROM followup_case c JOIN response r ON r.id = c.response_id "
                       "LEFT JOIN customer cu ON cu.id = r.customer_id LEFT JOIN staff st ON st.id = c.owner_id "
                       "WHERE (? = '' OR c.status = ?) "
                       "AND (? = 0 OR c.status IN %2) "
                       "AND (? = '' OR st.name = ?) "
                       "AND (? = 0 OR (c.first_contact_at IS NULL AND c.first_contact_due < ? "
                       "AND c.status IN %2)) "
                       "ORDER BY c.first_contact_due, c.id LIMIT ?")
            .arg(kAliasedColumns, openStatusesSql(), kCustomerShown));
    const QString status = filter.status ? caseStatusKey(*filter.status) : QString();
    s.bind(status).bind(status).bind(filter.openOnly ? 1 : 0).bind(filter.ownerName).bind(filter.ownerName);
    s.bind(filter.overdueAt.isValid() ? 1 : 0).bindTime(filter.overdueAt).bind(filter.limit).exec();
    QList<CaseListRow> rows;
    const int extra = kColumnCount;
    while (s.next()) {
        rows << CaseListRow{read(s), s.value(extra).toInt(), s.text(extra + 1), s.text(extra + 2), s.text(extra + 3)};
    }
    return rows;
}

QList<RoutedCase> CaseStore::openRoutedTo(qint64 departmentId) const
{
    Statement s(m_db.connection(),
                QStringLiteral("SELECT %1, coalesce(st.name, ''), %3 FROM followup_case c "
                               "LEFT JOIN staff st ON st.id = c.owner_id JOIN response r ON r.id = c.response_id "
                               "LEFT JOIN customer cu ON cu.id = r.customer_id WHERE c.department_id = ? AND c.status "
                               "IN %2 ORDER BY c.created_at, c.id")
                    .arg(kAliasedColumns, openStatusesSql(), kCustomerShown));
    s.bind(departmentId).exec();
    QList<RoutedCase> cases;
    while (s.next()) {
        cases << RoutedCase{read(s), s.text(kColumnCount), s.text(kColumnCount + 1)};
    }
    return cases;
}

QList<CaseFact> CaseStore::facts(const QDateTime& from, const QDateTime& to, int segmentSlot, qint64 segmentValueId,
                                 qint64 accountId) const
{
    // The slot is a number from 1 to 8 checked here, never text from input.
    const bool bySegment = segmentSlot >= 1 && segmentSlot <= 8;
    QString joins;
    if (bySegment || accountId != 0) {
        joins += QStringLiteral(" JOIN response r ON r.id = c.response_id");
    }
    if (bySegment) {
        joins += QStringLiteral(" AND r.seg%1 = ?").arg(segmentSlot);
    }
    if (accountId != 0) {
        joins += QStringLiteral(" JOIN customer cu ON cu.id = r.customer_id AND cu.account_id = ?");
    }
    Statement s(m_db.connection(),
                QStringLiteral("SELECT %1, coalesce(st.name, '') FROM followup_case c%2 LEFT JOIN staff st "
                               "ON st.id = c.owner_id WHERE c.created_at >= ? AND c.created_at < ?")
                    .arg(kAliasedColumns, joins));
    if (bySegment) {
        s.bind(segmentValueId);
    }
    if (accountId != 0) {
        s.bind(accountId);
    }
    s.bind(from.isValid() ? from.toSecsSinceEpoch() : std::numeric_limits<qint64>::min());
    s.bind(to.isValid() ? to.toSecsSinceEpoch() : std::numeric_limits<qint64>::max());
    s.exec();
    const int ownerColumn = kColumnCount;
    QList<CaseFact> facts;
    while (s.next()) {
        facts << CaseFact{read(s), s.text(ownerColumn)};
    }
    return facts;
}

QList<QPair<FollowUpCase, qint64>> CaseStore::unassignedOpen() const
{
    Statement s(
        m_db.connection(),
        QStringLiteral(
            "SELECT %1, coalesce(a.owner_id, 0) FROM followup_case c JOIN response r ON r.id = "
            "c.response_id LEFT JOIN customer cu ON cu.id = r.customer_id LEFT JOIN account a ON "
            "a.id = cu.account_id WHERE c.owner_id IS NULL AND c.status IN %2 ORDER BY c.first_contact_due, c.id")
            .arg(kAliasedColumns, openStatusesSql()));
    s.exec();
    const int ownerColumn = kColumnCount;
    QList<QPair<FollowUpCase, qint64>> result;
    while (s.next()) {
        result.append({read(s), s.id(ownerColumn)});
    }
    return result;
}

QMap<qint64, qint64> CaseStore::openLoadByOwner() const
{
    Statement s(m_db.connection(), QStringLiteral("SELECT owner_id, count(*) FROM followup_case WHERE owner_id IS NOT "
                                                  "NULL AND status IN %1 GROUP BY owner_id")
                                       .arg(openStatusesSql()));
    s.exec();
    QMap<qint64, qint64> load;
    while (s.next()) {
        load.insert(s.id(0), s.value(1).toLongLong());
    }
    return load;
}

namespace {

// The WHERE clause of an inbox query, with the values to bind in order. Only fixed SQL fragments
// are joined; every value the user typed or picked is bound.
struct InboxWhere {
    QString sql;
    QVariantList values;
    bool needsAnswer = false; // reads the answer, customer or account, not only the case
};

InboxWhere inboxWhere(Backend backend, const InboxQuery& q, bool denseOwner = false)
{
    // SQLite's unary + keeps its planner off an index that would cost more than it saves;
    // PostgreSQL's planner weighs that itself (and has no such hint).
    const QString plus = backend == Backend::Sqlite ? QStringLiteral("+") : QString();
    QStringList where;
    QVariantList values;
    bool needsAnswer = q.view == InboxView::KeyAccounts || q.waveId || q.segment.second;
    switch (q.view) {
    // Owner views: a few cases are found by the owner index and sorted; many are read in inbox
    // order (denseOwner, decided by the caller from a count that the owner index makes cheap).
    case InboxView::MyCases:
        where << QStringLiteral("%3c.status IN %1 AND %2c.owner_id = ?")
                     .arg(CaseStore::openStatusesSql(), denseOwner ? plus : QString(), plus);
        values << q.me;
        break;
    case InboxView::Unassigned:
        where << QStringLiteral("%3c.status IN %1 AND %2c.owner_id IS NULL")
                     .arg(CaseStore::openStatusesSql(), denseOwner ? plus : QString(), plus);
        break;
    case InboxView::DueToday:
        where << QStringLiteral("%2c.status IN %1 AND c.first_contact_at IS NULL AND c.first_contact_due < ?")
                     .arg(CaseStore::openStatusesSql(), plus);
        values << q.endOfToday.toSecsSinceEpoch();
        break;
    case InboxView::Overdue:
        where << QStringLiteral("%2c.status IN %1 AND c.first_contact_at IS NULL AND c.first_contact_due < ?")
                     .arg(CaseStore::openStatusesSql(), plus);
        values << q.now.toSecsSinceEpoch();
        break;
    case InboxView::KeyAccounts:
        // Through the few key-account customers (partial index) to their answers and cases.
        where << QStringLiteral("%2c.status IN %1 AND c.response_id IN (SELECT r.id FROM response r WHERE "
                                "r.customer_id IN (SELECT id FROM customer WHERE key_account = 1 UNION SELECT id "
                                "FROM customer WHERE account_id IN (SELECT id FROM account WHERE key_account = 1)))")
                     .arg(CaseStore::openStatusesSql(), plus);
        break;
    case InboxView::AwaitingApproval:
        // Through the partial index of the few cases waiting.
        where << QStringLiteral("c.approval = 'pending' AND c.approval_due IS NOT NULL");
        break;
    case InboxView::AllOpen:
        where << QStringLiteral("%2c.status IN %1").arg(CaseStore::openStatusesSql(), plus);
        break;
    case InboxView::All:
        break;
    }
    if (q.status) {
        where << QStringLiteral("c.status = ?");
        values << caseStatusKey(*q.status);
    }
    if (q.ownerId) {
        where << QStringLiteral("c.owner_id = ?");
        values << q.ownerId;
    }
    if (q.waveId) {
        where << QStringLiteral("r.wave_id = ?");
        values << q.waveId;
    }
    if (q.segment.first >= 1 && q.segment.first <= 8 && q.segment.second) {
        where << QStringLiteral("r.seg%1 = ?").arg(q.segment.first);
        values << q.segment.second;
    }
    if (!q.search.trimmed().isEmpty()) {
        // Every word typed, as the start of a word of the customer's name, e-mail or id or of the
        // comment, in any case and with or without accents. Only letters and digits reach the
        // index's query language, each as a quoted prefix: nothing typed is read as syntax.
        static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
        QStringList terms;
        for (const QString& word : q.search.split(separators, Qt::SkipEmptyParts)) {
            terms << (backend == Backend::Sqlite ? QStringLiteral("\"%1\"*") : QStringLiteral("%1:*")).arg(word);
        }
        if (terms.isEmpty()) {
            where << QStringLiteral("1 = 0"); // punctuation alone matches nothing
        } else if (backend == Backend::Sqlite) {
            where << QStringLiteral("c.id IN (SELECT rowid FROM case_search WHERE case_search MATCH ?)");
            values << terms.join(QLatin1Char(' '));
        } else {
            where << QStringLiteral("c.id IN (SELECT case_id FROM case_search WHERE to_tsvector('simple', "
                                    "loopdesk_fold(text)) @@ to_tsquery('simple', loopdesk_fold(?)))");
            values << terms.join(QStringLiteral(" & "));
        }
    }
    return {where.isEmpty() ? QStringLiteral("1 = 1") : where.join(QStringLiteral(" AND ")), values, needsAnswer};
}

const QString kAnswerJoins =
    QStringLiteral(" JOIN response r ON r.id = c.response_id LEFT JOIN customer cu ON cu.id = r.customer_id "
                   "LEFT JOIN account a ON a.id = cu.account_id LEFT JOIN staff st ON st.id = c.owner_id ");

} // namespace

qint64 CaseStore::inboxCount(const InboxQuery& query) const
{
    return countUpTo(query, 0);
}

qint64 CaseStore::countUpTo(const InboxQuery& query, qint64 cap) const
{
    const InboxWhere where = inboxWhere(m_db.backend(), query);
    const QString from = QStringLiteral("FROM followup_case c%1WHERE %2")
                             .arg(where.needsAnswer ? kAnswerJoins : QStringLiteral(" "), where.sql);
    Statement s(m_db.connection(), cap > 0
                                       ? QStringLiteral("SELECT count(*) FROM (SELECT 1 %1 LIMIT ?) capped").arg(from)
                                       : QStringLiteral("SELECT count(*) %1").arg(from));
    for (const QVariant& v : where.values) {
        s.bind(v);
    }
    if (cap > 0) {
        s.bind(cap);
    }
    s.exec();
    return s.next() ? s.value(0).toLongLong() : 0;
}

QList<InboxRow> CaseStore::inboxPage(const InboxQuery& query, qint64 offset, int limit) const
{
    bool denseOwner = false;
    if (query.view == InboxView::MyCases || query.view == InboxView::Unassigned) {
        constexpr qint64 kSortable = 5000; // sorting this many case rows costs a few milliseconds
        InboxQuery owners;
        owners.view = query.view;
        owners.me = query.me;
        // Counting stops past the threshold: 30,000 unassigned cases need not be counted for this.
        denseOwner = countUpTo(owners, kSortable + 1) > kSortable;
    }
    const InboxWhere where = inboxWhere(m_db.backend(), query, denseOwner);
    // Cases still waiting for their first contact come first, soonest due first: the unary "+" on
    // status in the views keeps SQLite on the case_inbox index, which has exactly this order.
    QString group = QStringLiteral("''"); // a constant: an integer would name a column
    QString order;
    switch (query.sort) {
    case InboxSort::TimeLeft:
        group = QStringLiteral("(c.first_contact_at IS NOT NULL)");
        order = QStringLiteral("c.first_contact_due");
        break;
    case InboxSort::Score:
        order = QStringLiteral("c.score"); // on the case, so the case_score index serves
        break;
    case InboxSort::Customer:
        order = sql::caseless(m_db.backend(), kCustomerShown);
        break;
    case InboxSort::Owner:
        order = sql::caseless(m_db.backend(), QStringLiteral("st.name"));
        break;
    case InboxSort::Status:
        order = QStringLiteral("c.status");
        break;
    case InboxSort::Answered:
        order = QStringLiteral("r.answered_at");
        break;
    }
    const QString direction = query.descending ? QStringLiteral(" DESC") : QString();
    // One page of case ids first (by the inbox index when sorting by time left), then the details
    // of just those rows: the first screen never joins 200,000 answers.
    const bool caseOnly =
        query.sort == InboxSort::TimeLeft || query.sort == InboxSort::Status || query.sort == InboxSort::Score;
    // A constant group stays out of this ORDER BY: SQLite would sort instead of walking an index.
    const QString groupOrder = group == QLatin1String("''") ? QString() : group + direction + QStringLiteral(", ");
    const QString page = QStringLiteral("SELECT c.id AS page_id, %1 AS page_group, %2 AS page_key FROM followup_case "
                                        "c%3WHERE %4 ORDER BY %6%2%5, c.id%5 LIMIT ? OFFSET ?")
                             .arg(group, order, caseOnly && !where.needsAnswer ? QStringLiteral(" ") : kAnswerJoins,
                                  where.sql, direction, groupOrder);
    Statement s(
        m_db.connection(),
        (QStringLiteral("SELECT %1, r.score, substr(r.comment, 1, 200), ") + kCustomerShown +
         QStringLiteral(
             ", coalesce(st.name, ''), coalesce((SELECT value FROM segment_value WHERE id = r.seg%5), "
             "''), CASE WHEN coalesce(cu.key_account, 0) = 1 OR coalesce(a.key_account, 0) = 1 THEN 1 ELSE 0 END, "
             "r.answered_at "
             "FROM (%2) p JOIN followup_case c ON c.id = p.page_id%3"
             "ORDER BY p.page_group%4, p.page_key%4, c.id%4"))
            .arg(kAliasedColumns, page, kAnswerJoins, direction)
            .arg(query.displaySlot >= 1 && query.displaySlot <= 8 ? query.displaySlot : 1));
    for (const QVariant& v : where.values) {
        s.bind(v);
    }
    s.bind(limit).bind(offset).exec();
    QList<InboxRow> rows;
    const int extra = kColumnCount;
    while (s.next()) {
        InboxRow row;
        row.followUp = read(s);
        row.score = s.value(extra).toInt();
        row.comment = s.text(extra + 1);
        row.customer = s.text(extra + 2);
        row.owner = s.text(extra + 3);
        row.segment = s.text(extra + 4);
        row.keyAccount = s.value(extra + 5).toBool();
        row.answeredAt = s.time(extra + 6);
        rows << row;
    }
    return rows;
}

QList<FollowUpCase> CaseStore::forCustomer(qint64 customerId) const
{
    Statement s(m_db.connection(),
                QStringLiteral("SELECT %1 FROM followup_case c JOIN response r ON r.id = c.response_id WHERE "
                               "r.customer_id = ? ORDER BY c.created_at DESC, c.id DESC")
                    .arg(kAliasedColumns));
    s.bind(customerId).exec();
    QList<FollowUpCase> result;
    while (s.next()) {
        result << read(s);
    }
    return result;
}

} // namespace loopdesk::core
