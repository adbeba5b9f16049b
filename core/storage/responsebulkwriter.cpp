// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/responsebulkwriter.h"

#include "storage/migrations.h"

#include "storage/database.h"
#include "storage/statement.h"
#include "storage/storageerror.h"

#include <QSqlDriver>
#include <QThread>
#include <QVariant>

#include <sqlite3.h>

#include <algorithm>
#include <functional>
#include <limits>

namespace loopdesk::core {
namespace {

// Without a copy: every statement here is stepped and reset while the text it was given is alive,
// and every text parameter is bound again before the next step.
void bindText(sqlite3_stmt* s, int index, QByteArrayView text)
{
    sqlite3_bind_text(s, index, text.data() ? text.data() : "", static_cast<int>(text.size()), SQLITE_STATIC);
}

void bindTextOrNull(sqlite3_stmt* s, int index, QByteArrayView text)
{
    if (text.isEmpty()) {
        sqlite3_bind_null(s, index);
    } else {
        bindText(s, index, text);
    }
}

void bindIdOrNull(sqlite3_stmt* s, int index, qint64 id)
{
    if (id == 0) {
        sqlite3_bind_null(s, index);
    } else {
        sqlite3_bind_int64(s, index, id);
    }
}

// Whether the `count` rows just inserted took the ids after `before`, in order, the last being
// `last`: so they do unless ids ran out (then SQLite picks free ones at random).
bool tookNextIds(qint64 before, qint64 count, qint64 last)
{
    return before <= std::numeric_limits<qint64>::max() - count && last == before + count;
}

// A customer's words in a case's search text (name, e-mail and id, each followed by a line break,
// as caseSearchText() puts them), appended to `text`.
void appendWords(std::string& text, QByteArrayView name, QByteArrayView email, QByteArrayView id)
{
    text.append(name.data() ? name.data() : "", static_cast<std::size_t>(name.size())).push_back('\n');
    text.append(email.data() ? email.data() : "", static_cast<std::size_t>(email.size())).push_back('\n');
    text.append(id.data() ? id.data() : "", static_cast<std::size_t>(id.size())).push_back('\n');
}

quint64 hashOfWords(std::string_view words)
{
    return qHashBits(words.data(), words.size(), 0x5eed);
}

QVariant textOrNull(QByteArrayView text)
{
    return text.isEmpty() ? QVariant() : QVariant(QString::fromUtf8(text));
}

QVariant textOrEmpty(QByteArrayView text)
{
    return QVariant(text.isEmpty() ? QStringLiteral("") : QString::fromUtf8(text));
}

QVariant idOrNull(qint64 id)
{
    return id == 0 ? QVariant() : QVariant(id);
}

// A case opens for an answer of a key account, of a key account's customer, or of a customer worth
// at least the priority value.
QString keyAccountExpression(double priorityValue)
{
    return QStringLiteral("CASE WHEN coalesce(cu.key_account, 0) = 1 OR coalesce(a.key_account, 0) = 1%1 THEN 1 ELSE "
                          "0 END")
        .arg(priorityValue > 0 ? QStringLiteral(" OR coalesce(cu.value, 0) >= ?") : QString());
}

} // namespace

// On a team database: the same writes through statements prepared once.
struct ResponseBulkWriter::ServerWriter {
    explicit ServerWriter(const QSqlDatabase& db)
        : enrichCustomer(db,
                         QStringLiteral("UPDATE customer SET name = CASE WHEN ? <> '' THEN ? ELSE name END, email = "
                                        "CASE WHEN ? <> '' THEN ? ELSE email END, phone = CASE WHEN ? <> '' THEN ? "
                                        "ELSE phone END, language = CASE WHEN ? <> '' THEN ? ELSE language END, "
                                        "account_id = coalesce(?, account_id) WHERE id = ? AND erased_at IS NULL"))
        , upsertAccount(db, QStringLiteral("INSERT INTO account (name) VALUES (?) ON CONFLICT (name) DO UPDATE SET "
                                           "name = excluded.name RETURNING id"))
        , insertResponses(db, insertSql(kBatch))
    {}

    // Answers go to the server this many at a time: one round trip instead of hundreds.
    static constexpr int kBatch = 250;
    static constexpr int kColumns = 18;
    static QString insertSql(int rows)
    {
        const QString row = QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        return QStringLiteral("INSERT INTO response (wave_id, customer_id, external_id, source_key, answered_at, "
                              "metric, score, comment, language, import_id, seg1, seg2, seg3, seg4, seg5, seg6, seg7, "
                              "seg8) VALUES %1 ON CONFLICT (wave_id, source_key) DO NOTHING RETURNING wave_id, "
                              "answered_at, metric, score, seg1, seg2, seg3, seg4, seg5, seg6, seg7, seg8")
            .arg(QStringList(rows, row).join(QLatin1Char(',')));
    }

    // New customers go in batches too; a batch's statements have room for a multiple of this
    // many (the rest repeats the last one), so that few statement shapes are prepared.
    static constexpr int kCustomerStep = 25;
    static int roundedUp(int count) { return (count + kCustomerStep - 1) / kCustomerStep * kCustomerStep; }
    static QString insertCustomersSql(int rows)
    {
        return QStringLiteral("INSERT INTO customer (external_id, name, email, phone, language, account_id) VALUES %1 "
                              "ON CONFLICT (external_id) DO NOTHING RETURNING id, external_id")
            .arg(QStringList(rows, QStringLiteral("(?, ?, ?, ?, ?, ?)")).join(QLatin1Char(',')));
    }
    static QString findCustomersSql(int keys)
    {
        return QStringLiteral("SELECT id, external_id FROM customer WHERE external_id IN (%1)")
            .arg(QStringList(keys, QStringLiteral("?")).join(QLatin1Char(',')));
    }

    // A customer this batch's answers name for the first time: what the file says of them.
    struct NewCustomer {
        QString key;
        QString name;
        QString email;
        QString phone;
        QString language;
        qint64 account = 0;
    };

    Statement enrichCustomer;
    Statement upsertAccount;
    Statement insertResponses;
    QVariantList pending;               // kColumns values per answer
    QList<QByteArray> pendingCustomers; // per pending answer: the customer key still to resolve, or empty
    QList<NewCustomer> newCustomers;    // in order of first appearance
    QHash<QByteArray, qsizetype> newCustomerIndex;
};

ResponseBulkWriter::ResponseBulkWriter(Database& db, qint64 waveId, qint64 importId, CaseRule rule,
                                       double priorityValue, qint64 expectedRows)
    : m_database(db)
    , m_waveId(waveId)
    , m_importId(importId)
    , m_rule(std::move(rule))
    , m_priorityValue(priorityValue)
{
    if (db.backend() == Backend::Postgres) {
        m_server = std::make_unique<ServerWriter>(db.connection());
        // The score cube's trigger stands aside for this transaction's answers: this writer counts
        // them in memory and adds the counts in finish(), as on a local file.
        Statement::run(db.connection(), QStringLiteral("SET LOCAL loopdesk.bulk_import = 'on'"));
        m_lastCaseBefore =
            Statement::scalar(db.connection(), QStringLiteral("SELECT coalesce(max(id), 0) FROM followup_case"))
                .toLongLong();
        m_firstNewResponse =
            Statement::scalar(db.connection(), QStringLiteral("SELECT coalesce(max(id), 0) FROM response"))
                .toLongLong();
        return;
    }
    const QVariant handle = db.connection().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        throw StorageError(tr("Fast import needs a local SQLite database."));
    }
    m_db = *static_cast<sqlite3* const*>(handle.constData());
    // Random-order index inserts (answers' source keys, customers' keys) thrash SQLite's default
    // 2 MB page cache: a fixed 128 MiB while writing keeps them in memory, whatever the size of the
    // file. (The indexes set aside are rebuilt with a small one: see finish().)
    sqlite3_stmt* cache = prepare("PRAGMA cache_size");
    if (sqlite3_step(cache) == SQLITE_ROW) {
        m_previousCacheSize = sqlite3_column_int64(cache, 0);
    }
    sqlite3_finalize(cache);
    sqlite3_exec(m_db, "PRAGMA cache_size = -131072", nullptr, nullptr, nullptr);
    // A customer's answers open cases as a key account's when the customer or their account is
    // one, or when the customer is worth at least the priority value.
    m_findCustomer = prepare("SELECT cu.id, coalesce(cu.key_account, 0) OR coalesce(a.key_account, 0) OR "
                             "(?2 > 0 AND coalesce(cu.value, 0) >= ?2), coalesce(cu.name, ''), coalesce(cu.email, ''), "
                             "coalesce(cu.external_id, '') FROM customer cu LEFT JOIN account a ON a.id = "
                             "cu.account_id WHERE cu.external_id = ?1");
    sqlite3_bind_double(m_findCustomer, 2, m_priorityValue);
    // A customer already on file gains the details this file has and the database lacks; an
    // erased customer is never filled in again.
    m_enrichCustomer =
        prepare("UPDATE customer SET "
                "name = CASE WHEN ?2 <> '' THEN ?2 ELSE name END, email = CASE WHEN ?3 <> '' THEN ?3 ELSE email END, "
                "phone = CASE WHEN ?4 <> '' THEN ?4 ELSE phone END, "
                "language = CASE WHEN ?5 <> '' THEN ?5 ELSE language END, account_id = coalesce(?6, account_id) "
                "WHERE external_id = ?1 AND erased_at IS NULL");
    m_upsertAccount = prepare("INSERT INTO account (name) VALUES (?1) ON CONFLICT (name) DO UPDATE SET name = name "
                              "RETURNING id, key_account");
    m_newResponses = prepare("SELECT id, source_key FROM response WHERE id > ?1 ORDER BY id");
    m_newCustomers = prepare("SELECT id, external_id FROM customer WHERE id > ?1 ORDER BY id");
    // A new case's search text goes in with the case (see writeCases()).
    m_indexCase = prepare("INSERT INTO case_search (rowid, text) VALUES (?1, ?2)");
    m_caseOfAnswer = prepare("SELECT id FROM followup_case WHERE response_id = ?1");
    m_customerWordsOnFile = prepare(
        "SELECT coalesce(name, ''), coalesce(email, ''), coalesce(external_id, '') FROM customer WHERE id = ?1");
    // Before schema 14 (a database being taken through the versions) the index keeps its own copy.
    sqlite3_stmt* texts = prepare("SELECT count(*) FROM sqlite_master WHERE name = 'case_search_text'");
    check(sqlite3_step(texts), "search text");
    m_searchTextTable = sqlite3_column_int(texts, 0) == 1;
    sqlite3_finalize(texts);
    sqlite3_stmt* lastCustomer = prepare("SELECT coalesce(max(id), 0) FROM customer");
    check(sqlite3_step(lastCustomer), "customers");
    m_lastCustomerId = sqlite3_column_int64(lastCustomer, 0);
    sqlite3_finalize(lastCustomer);
    m_findResponse = prepare("SELECT 1 FROM response WHERE wave_id = ?1 AND source_key = ?2");
    sqlite3_bind_int64(m_findResponse, 1, m_waveId);
    // The cube's insert trigger would fire nine statements per answer: this writer counts in
    // memory instead. The search index's customer trigger would look up every returning customer's
    // cases: this writer notes whom it updated instead. The search text's triggers would build each
    // new case's text by a join and index it within a statement of many rows (which makes FTS5
    // write out its pending words): this writer does both itself. The case's score trigger would be
    // called for every case to find its score given. All come back in finish(), in the same
    // transaction.
    sqlite3_stmt* trigger =
        prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN "
                "('response_cube_insert', 'case_search_customer', 'case_search_insert', 'case_search_text_insert', "
                "'case_score_fill')");
    QList<QByteArray> suspended;
    while (sqlite3_step(trigger) == SQLITE_ROW) {
        suspended << QByteArray(reinterpret_cast<const char*>(sqlite3_column_text(trigger, 0)));
        m_deferred << QByteArray(reinterpret_cast<const char*>(sqlite3_column_text(trigger, 1)));
    }
    sqlite3_finalize(trigger);
    for (const QByteArray& name : std::as_const(suspended)) {
        // Names come from sqlite_master, i.e. from our own migrations, never from input.
        check(sqlite3_exec(m_db, ("DROP TRIGGER \"" + name + "\"").constData(), nullptr, nullptr, nullptr),
              "suspend trigger");
    }
    sqlite3_stmt* lastCase = prepare("SELECT coalesce(max(id), 0) FROM followup_case");
    check(sqlite3_step(lastCase), "cases");
    m_lastCaseBefore = sqlite3_column_int64(lastCase, 0);
    m_lastCaseId = m_lastCaseBefore;
    sqlite3_finalize(lastCase);
    sqlite3_stmt* last = prepare("SELECT coalesce(max(id), 0), count(*) FROM response");
    check(sqlite3_step(last), "size");
    m_firstNewResponse = sqlite3_column_int64(last, 0);
    m_lastId = m_firstNewResponse;
    const qint64 existing = sqlite3_column_int64(last, 1);
    sqlite3_finalize(last);
    if (expectedRows > 50000 && expectedRows > existing) {
        // Only the indexes that the load itself does not consult: dedupe keeps response_source, and
        // the customers' unique key (an automatic index, without SQL) stays.
        sqlite3_stmt* list = prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                                     "AND tbl_name IN ('response', 'followup_case', 'response_theme', 'customer') "
                                     "AND name <> 'response_source'");
        QList<QByteArray> names;
        while (sqlite3_step(list) == SQLITE_ROW) {
            names << QByteArray(reinterpret_cast<const char*>(sqlite3_column_text(list, 0)));
            m_deferred << QByteArray(reinterpret_cast<const char*>(sqlite3_column_text(list, 1)));
        }
        sqlite3_finalize(list);
        for (const QByteArray& name : names) {
            // Names come from sqlite_master, i.e. from our own migrations, never from input.
            check(sqlite3_exec(m_db, ("DROP INDEX \"" + name + "\"").constData(), nullptr, nullptr, nullptr),
                  "defer index");
        }
    }
}

ResponseBulkWriter::~ResponseBulkWriter()
{
    if (m_server) {
        return;
    }
    for (sqlite3_stmt* s : {m_findCustomer, m_enrichCustomer, m_upsertAccount, m_newResponses, m_newCustomers,
                            m_findResponse, m_indexCase, m_caseOfAnswer, m_customerWordsOnFile}) {
        sqlite3_finalize(s);
    }
    for (const Statements* cache :
         {&m_insertCustomers, &m_insertResponses, &m_insertCases, &m_insertThemes, &m_insertSearchTexts}) {
        for (sqlite3_stmt* s : *cache) {
            sqlite3_finalize(s); // a no-op for those never prepared
        }
    }
    const QByteArray restore = "PRAGMA cache_size = " + QByteArray::number(m_previousCacheSize) +
                               "; PRAGMA threads = " + QByteArray::number(m_previousThreads);
    sqlite3_exec(m_db, restore.constData(), nullptr, nullptr, nullptr);
}

sqlite3_stmt* ResponseBulkWriter::prepare(const char* sql)
{
    sqlite3_stmt* statement = nullptr;
    check(sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &statement, nullptr), "prepare");
    return statement;
}

void ResponseBulkWriter::check(int code, const char* what)
{
    if (code != SQLITE_OK && code != SQLITE_DONE && code != SQLITE_ROW) {
        throw StorageError(tr("Database error while importing (%1): %2")
                               .arg(QString::fromLatin1(what), QString::fromUtf8(sqlite3_errmsg(m_db))));
    }
}

qint64 ResponseBulkWriter::accountFor(QByteArrayView name)
{
    if (name.isEmpty()) {
        return 0;
    }
    const QByteArray key = name.toByteArray();
    if (const auto it = m_accounts.constFind(key); it != m_accounts.constEnd()) {
        return *it;
    }
    bindText(m_upsertAccount, 1, name);
    check(sqlite3_step(m_upsertAccount), "account");
    const qint64 packed = sqlite3_column_int64(m_upsertAccount, 0) * 2 + (sqlite3_column_int(m_upsertAccount, 1) != 0);
    sqlite3_reset(m_upsertAccount);
    m_accounts.insert(key, packed);
    return packed;
}

// The customers the pending answers meet first: not resolved yet (see resolveCustomers()). The
// reading side numbered the file's customers, so that a returning one is found by number.
void ResponseBulkWriter::meetCustomers()
{
    for (const Pending& p : m_pending) {
        const qint32 number = p.answer.customer.number;
        if (number < 0 || !p.answer.customer.first) {
            continue;
        }
        const auto at = static_cast<std::size_t>(number);
        if (at >= m_customerIds.size()) {
            m_customerIds.resize(at + 1, kUnresolved);
            m_wordsFingerprints.resize(at + 1, 0);
        }
        // A number met first twice: the reading side forgot and started again.
        m_renumbered = m_renumbered || m_customerIds[at] != kUnresolved;
        m_customerIds[at] = kUnresolved;
    }
}

// The customers of the pending answers that this import has not met yet, written in one statement
// (each with the details of their first answer). Those the statement left out were on file before:
// they gain what this file adds to their details, one by one.
void ResponseBulkWriter::resolveCustomers()
{
    struct Met {
        QByteArrayView key;
        qint64 packed = kUnresolved;
        std::size_t firstRow = 0;
        qint64 account = 0;
    };
    QVarLengthArray<Met, kRowsPerStatement> met;
    for (std::size_t r = 0; r < m_pending.size(); ++r) {
        const IncomingAnswer& a = m_pending[r].answer;
        if (a.customer.first) {
            met.append({a.customerKey, kUnresolved, r, accountFor(a.account)});
        }
    }
    if (met.isEmpty()) {
        return;
    }
    const auto rows = static_cast<int>(met.size());
    sqlite3_stmt* s = statementFor(m_insertCustomers, rows,
                                   "INSERT OR IGNORE INTO customer (external_id, name, email, phone, language, "
                                   "account_id) VALUES ",
                                   "(?, ?, ?, ?, ?, ?)", "");
    for (int i = 0; i < rows; ++i) {
        const Met& m = met[i];
        const IncomingAnswer& a = m_pending[m.firstRow].answer;
        const int at = i * 6;
        bindText(s, at + 1, a.customerKey);
        bindText(s, at + 2, a.name);
        bindText(s, at + 3, a.email);
        bindText(s, at + 4, a.phone);
        bindText(s, at + 5, a.language);
        bindIdOrNull(s, at + 6, m.account / 2);
    }
    check(sqlite3_step(s), "customer");
    sqlite3_reset(s);
    // New: neither a key account nor worth anything yet, unless their account is a key account.
    const std::vector<qint64> ids = insertedIds(rows, m_lastCustomerId, m_newCustomers,
                                                [&met](std::size_t i) { return met[static_cast<qsizetype>(i)].key; });
    for (int i = 0; i < rows; ++i) {
        if (const qint64 id = ids[static_cast<std::size_t>(i)]; id != 0) {
            met[i].packed = id * 2 + (met[i].account & 1);
        }
    }
    for (Met& m : met) {
        const IncomingAnswer& a = m_pending[m.firstRow].answer;
        const auto number = static_cast<std::size_t>(a.customer.number);
        if (m.packed == kUnresolved) {
            m.packed = customerOnFile(a, m.account, m_wordsFingerprints[number]);
        } else {
            m_words.clear();
            appendWords(m_words, a.name, a.email, a.customerKey);
            m_wordsFingerprints[number] = hashOfWords(m_words);
        }
        m_customerIds[number] = m.packed;
    }
}

// A customer who was on file before this import: they gain the details this answer has and the
// database lacks.
qint64 ResponseBulkWriter::customerOnFile(const IncomingAnswer& a, qint64 account, quint64& words)
{
    bool enriched = false;
    if (!a.name.isEmpty() || !a.email.isEmpty() || !a.phone.isEmpty() || !a.language.isEmpty() || account != 0) {
        sqlite3_stmt* e = m_enrichCustomer;
        bindText(e, 1, a.customerKey);
        bindText(e, 2, a.name);
        bindText(e, 3, a.email);
        bindText(e, 4, a.phone);
        bindText(e, 5, a.language);
        bindIdOrNull(e, 6, account / 2);
        check(sqlite3_step(e), "customer details");
        sqlite3_reset(e);
        enriched = sqlite3_changes(m_db) == 1;
    }
    bindText(m_findCustomer, 1, a.customerKey);
    const int code = sqlite3_step(m_findCustomer);
    if (code != SQLITE_ROW) {
        sqlite3_reset(m_findCustomer);
        check(code, "customer lookup");
        throw StorageError(tr("The database refused the customer %1, so none of this file was imported.")
                               .arg(QString::fromUtf8(a.customerKey)));
    }
    const qint64 id = sqlite3_column_int64(m_findCustomer, 0);
    const qint64 packed = id * 2 + (sqlite3_column_int(m_findCustomer, 1) != 0);
    const auto column = [this](int c) {
        return QByteArrayView(reinterpret_cast<const char*>(sqlite3_column_text(m_findCustomer, c)),
                              sqlite3_column_bytes(m_findCustomer, c));
    };
    m_words.clear();
    appendWords(m_words, column(2), column(3), column(4));
    words = hashOfWords(m_words);
    sqlite3_reset(m_findCustomer);
    if (enriched && (m_lastCaseBefore > 0 || m_renumbered)) {
        m_enriched.insert(id); // their earlier cases' search text is refreshed in finish()
    }
    return packed;
}

void ResponseBulkWriter::addToServer(const IncomingAnswer& a)
{
    ServerWriter& w = *m_server;
    qint64 customer = 0;
    QByteArray unresolved;
    if (!a.customerKey.isEmpty()) {
        const QByteArray key = a.customerKey.toByteArray();
        if (const qint64* known = m_customers.find(key)) {
            customer = *known;
        } else {
            unresolved = key;
            if (!w.newCustomerIndex.contains(key)) {
                qint64 account = 0;
                if (!a.account.isEmpty()) {
                    const QByteArray name = a.account.toByteArray();
                    account = m_accounts.value(name);
                    if (account == 0) {
                        w.upsertAccount.bind(QString::fromUtf8(name)).exec();
                        w.upsertAccount.next();
                        account = w.upsertAccount.id(0);
                        m_accounts.insert(name, account);
                    }
                }
                w.newCustomerIndex.insert(key, w.newCustomers.size());
                w.newCustomers.append({QString::fromUtf8(key), QString::fromUtf8(a.name), QString::fromUtf8(a.email),
                                       QString::fromUtf8(a.phone), QString::fromUtf8(a.language), account});
            }
        }
    }
    QVariantList& row = w.pending;
    row << m_waveId << idOrNull(customer) << textOrNull(a.responseId) << textOrEmpty(a.sourceKey);
    row << a.answeredAt << metricKey(a.metric) << a.score << textOrEmpty(a.comment);
    row << textOrEmpty(a.language) << idOrNull(m_importId);
    for (const qint64 value : a.segmentValues) {
        row << idOrNull(value);
    }
    w.pendingCustomers << unresolved;
    if (row.size() >= ServerWriter::kBatch * ServerWriter::kColumns) {
        flushToServer();
    }
}

// The customers this batch names for the first time, in a few round trips: the new ones are
// inserted together; those already on file are looked up together and gain the details this file
// has and the database lacks, one by one (an erased customer is never filled in again).
void ResponseBulkWriter::resolveCustomersOnServer()
{
    ServerWriter& w = *m_server;
    const QSqlDatabase db = m_database.connection();
    QHash<QString, qint64> ids;
    for (qsizetype from = 0; from < w.newCustomers.size(); from += ServerWriter::kBatch) {
        const auto count = static_cast<int>(std::min<qsizetype>(ServerWriter::kBatch, w.newCustomers.size() - from));
        const int room = ServerWriter::roundedUp(count);
        Statement insert(db, ServerWriter::insertCustomersSql(room));
        for (int i = 0; i < room; ++i) {
            const ServerWriter::NewCustomer& c = w.newCustomers.at(from + std::min(i, count - 1));
            insert.bind(c.key).bind(c.name).bind(c.email).bind(c.phone).bind(c.language).bindId(c.account);
        }
        insert.exec();
        while (insert.next()) {
            ids.insert(insert.text(1), insert.id(0));
        }
        QList<const ServerWriter::NewCustomer*> existing;
        for (int i = 0; i < count; ++i) {
            if (!ids.contains(w.newCustomers.at(from + i).key)) {
                existing << &w.newCustomers.at(from + i);
            }
        }
        if (existing.isEmpty()) {
            continue;
        }
        const auto keys = static_cast<int>(existing.size());
        Statement find(db, ServerWriter::findCustomersSql(ServerWriter::roundedUp(keys)));
        for (int i = 0; i < ServerWriter::roundedUp(keys); ++i) {
            find.bind(existing.at(std::min(i, keys - 1))->key);
        }
        find.exec();
        while (find.next()) {
            ids.insert(find.text(1), find.id(0));
        }
        for (const ServerWriter::NewCustomer* c : std::as_const(existing)) {
            if (!c->name.isEmpty() || !c->email.isEmpty() || !c->phone.isEmpty() || !c->language.isEmpty() ||
                c->account != 0) {
                w.enrichCustomer.bind(c->name).bind(c->name).bind(c->email).bind(c->email).bind(c->phone);
                w.enrichCustomer.bind(c->phone).bind(c->language).bind(c->language).bindId(c->account);
                w.enrichCustomer.bind(ids.value(c->key)).exec();
            }
        }
    }
    for (qsizetype row = 0; row < w.pendingCustomers.size(); ++row) {
        const QByteArray& key = w.pendingCustomers.at(row);
        if (!key.isEmpty()) {
            w.pending[row * ServerWriter::kColumns + 1] = ids.value(QString::fromUtf8(key));
        }
    }
    for (const ServerWriter::NewCustomer& c : std::as_const(w.newCustomers)) {
        m_customers.insert(c.key.toUtf8(), ids.value(c.key));
    }
    w.newCustomers.clear();
    w.newCustomerIndex.clear();
    w.pendingCustomers.clear();
}

void ResponseBulkWriter::flushToServer()
{
    ServerWriter& w = *m_server;
    const auto rows = static_cast<int>(w.pending.size() / ServerWriter::kColumns);
    if (rows == 0) {
        return;
    }
    resolveCustomersOnServer();
    std::optional<Statement> partial;
    if (rows < ServerWriter::kBatch) {
        partial.emplace(m_database.connection(), ServerWriter::insertSql(rows));
    }
    Statement& s = partial ? *partial : w.insertResponses;
    for (const QVariant& value : std::as_const(w.pending)) {
        s.bind(value);
    }
    s.exec();
    qint64 inserted = 0;
    while (s.next()) {
        ++inserted;
        std::array<qint64, 8> segments{};
        for (std::size_t slot = 0; slot < segments.size(); ++slot) {
            segments[slot] = s.id(4 + static_cast<int>(slot));
        }
        m_cube.add(s.id(0), metricFromKey(s.text(2)).value_or(Metric::Nps), s.id(1), s.value(3).toInt(), segments);
    }
    m_added += inserted;
    m_duplicates += rows - inserted;
    w.pending.clear();
}

void ResponseBulkWriter::finishOnServer()
{
    const CaseRule& rule = m_rule;
    const double priorityValue = m_priorityValue;
    constexpr qint64 kAnalyzeAfter = 1000; // answers
    flushToServer();
    m_cube.apply(m_database);
    Statement::run(m_database.connection(), QStringLiteral("SET LOCAL loopdesk.bulk_import = 'off'"));
    const QSqlDatabase db = m_database.connection();
    Statement answers(db, QStringLiteral("SELECT r.id, r.metric, r.score, r.answered_at, %1 FROM response r LEFT JOIN "
                                         "customer cu ON cu.id = r.customer_id LEFT JOIN account a ON a.id = "
                                         "cu.account_id WHERE r.id > ? AND r.import_id = ? ORDER BY r.id")
                              .arg(keyAccountExpression(priorityValue)));
    if (priorityValue > 0) {
        answers.bind(priorityValue);
    }
    answers.bind(m_firstNewResponse).bind(m_importId).exec();
    // Cases go in batches too: one statement (and one notice to the inboxes) per batch.
    const auto insertSql = [](int rows) {
        return QStringLiteral("INSERT INTO followup_case (response_id, category, status, created_at, "
                              "first_contact_due, resolution_due, updated_at, score) VALUES %1")
            .arg(QStringList(rows, QStringLiteral("(?, ?, 'new', ?, ?, ?, ?, ?)")).join(QLatin1Char(',')));
    };
    constexpr int kColumns = 7;
    Statement full(db, insertSql(ServerWriter::kBatch));
    QVariantList pending;
    const auto flush = [&] {
        const auto rows = static_cast<int>(pending.size() / kColumns);
        if (rows == 0) {
            return;
        }
        std::optional<Statement> partial;
        if (rows < ServerWriter::kBatch) {
            partial.emplace(db, insertSql(rows));
        }
        Statement& insert = partial ? *partial : full;
        for (const QVariant& value : std::as_const(pending)) {
            insert.bind(value);
        }
        insert.exec();
        m_casesOpened += rows;
        pending.clear();
    };
    while (answers.next()) {
        const std::optional<ScoreClass> cls =
            classify(metricFromKey(answers.text(1)).value_or(Metric::Nps), answers.value(2).toInt());
        const qint64 answered = answers.id(3);
        const auto due = cls ? rule(*cls, answered, answers.value(4).toInt() != 0) : std::nullopt;
        if (!due) {
            continue;
        }
        pending << answers.id(0) << scoreClassKey(Metric::Nps, *cls) << answered << due->first << due->second
                << answered << answers.value(2).toInt();
        if (pending.size() >= ServerWriter::kBatch * kColumns) {
            flush();
        }
    }
    flush();
    // The planner's picture of the tables after a large load: without it PostgreSQL takes the
    // thousands of new cases for a handful, and sorts them all for an inbox page instead of walking
    // the inbox index. (A login that does not own the tables is skipped, with a notice.)
    if (m_added >= kAnalyzeAfter) {
        Statement::run(db, QStringLiteral("ANALYZE response, followup_case, customer, case_search"));
    }
}

void ResponseBulkWriter::add(const IncomingAnswer& a)
{
    if (m_server) {
        addToServer(a);
        return;
    }
    m_pending.push_back({a, 0});
    if (m_pending.size() == kRowsPerStatement) {
        flush();
    }
}

// The ids that the multi-row INSERT OR IGNORE just run gave its `rows` rows, in the order bound, 0
// for a row it left out; `lastId` is the greatest id before it, and after. When every row went in
// and took the next ids they are known at once; otherwise `newRows` (SELECT id, key ... WHERE id >
// ?1 ORDER BY id) reads the new ones back and each is matched to its row by key.
std::vector<qint64> ResponseBulkWriter::insertedIds(int rows, qint64& lastId, sqlite3_stmt* newRows,
                                                    const std::function<QByteArrayView(std::size_t)>& keyOf)
{
    const auto count = static_cast<std::size_t>(rows);
    std::vector<qint64> ids(count, 0);
    const qint64 inserted = sqlite3_changes64(m_db);
    if (inserted == rows && tookNextIds(lastId, rows, sqlite3_last_insert_rowid(m_db))) {
        for (std::size_t r = 0; r < count; ++r) {
            ids[r] = lastId + 1 + static_cast<qint64>(r);
        }
    } else if (inserted > 0) {
        sqlite3_bind_int64(newRows, 1, lastId);
        int code = SQLITE_OK;
        while ((code = sqlite3_step(newRows)) == SQLITE_ROW) {
            const QByteArrayView key(reinterpret_cast<const char*>(sqlite3_column_text(newRows, 1)),
                                     sqlite3_column_bytes(newRows, 1));
            for (std::size_t r = 0; r < count; ++r) {
                if (ids[r] == 0 && keyOf(r) == key) {
                    ids[r] = sqlite3_column_int64(newRows, 0);
                    break;
                }
            }
        }
        sqlite3_reset(newRows);
        check(code, "new rows");
    }
    if (inserted > 0) {
        lastId = sqlite3_last_insert_rowid(m_db);
    }
    return ids;
}

sqlite3_stmt* ResponseBulkWriter::statementFor(Statements& cache, int rows, const char* head, const char* row,
                                               const char* tail)
{
    sqlite3_stmt*& statement = cache.at(static_cast<std::size_t>(rows));
    if (!statement) {
        QByteArray sql(head);
        for (int i = 0; i < rows; ++i) {
            sql += (i == 0 ? "" : ",") + QByteArray(row);
        }
        statement = prepare((sql + tail).constData());
    }
    return statement;
}

// One statement per up to 64 answers: SQLite's work per statement (opening the table and its
// indexes, checking, closing) is then shared. New answers take the next ids in the order given, so
// when none was there already their ids are known at once; otherwise they are read back.
//
// The three statements say OR IGNORE: with every conflict settled by leaving the row out, none of
// them can stop half-way, so SQLite keeps no statement journal (a copy of each page a statement
// changes, kept to undo it; with response ids in random order that is a page of the source-key
// index per answer, written to a temporary file). What a statement left out is accounted for: an
// answer is a duplicate only when the wave holds its key, a case must be written.
void ResponseBulkWriter::flush()
{
    if (m_server || m_pending.empty()) {
        return;
    }
    meetCustomers();
    resolveCustomers();
    // Every customer of the pending answers, by number: done here for all of them together rather
    // than in add(), so that the look-ups into a table of a few megabytes overlap in memory.
    for (Pending& p : m_pending) {
        const qint32 number = p.answer.customer.number;
        p.customer = number < 0 ? 0 : m_customerIds[static_cast<std::size_t>(number)];
    }
    constexpr int kColumns = 18;
    const auto rows = static_cast<int>(m_pending.size());
    sqlite3_stmt* s = statementFor(m_insertResponses, rows,
                                   "INSERT OR IGNORE INTO response (wave_id, customer_id, external_id, source_key, "
                                   "answered_at, metric, score, comment, language, import_id, seg1, seg2, seg3, seg4, "
                                   "seg5, seg6, seg7, seg8) VALUES ",
                                   "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", "");
    static const std::array<QByteArray, 3> metrics{
        metricKey(Metric::Nps).toLatin1(), metricKey(Metric::Csat).toLatin1(), metricKey(Metric::Ces).toLatin1()};
    for (int r = 0; r < rows; ++r) {
        const IncomingAnswer& a = m_pending[static_cast<std::size_t>(r)].answer;
        const int at = r * kColumns;
        sqlite3_bind_int64(s, at + 1, m_waveId);
        bindIdOrNull(s, at + 2, m_pending[static_cast<std::size_t>(r)].customer / 2);
        bindTextOrNull(s, at + 3, a.responseId);
        bindText(s, at + 4, a.sourceKey);
        sqlite3_bind_int64(s, at + 5, a.answeredAt);
        bindText(s, at + 6, metrics.at(static_cast<std::size_t>(a.metric)));
        sqlite3_bind_int(s, at + 7, a.score);
        bindText(s, at + 8, a.comment);
        bindText(s, at + 9, a.language);
        bindIdOrNull(s, at + 10, m_importId);
        for (int slot = 0; slot < 8; ++slot) {
            bindIdOrNull(s, at + 11 + slot, a.segmentValues[static_cast<std::size_t>(slot)]);
        }
    }
    check(sqlite3_step(s), "answer");
    sqlite3_reset(s);
    const std::vector<qint64> ids = insertedIds(rows, m_lastId, m_newResponses, [this](std::size_t r) {
        return m_pending[r].answer.sourceKey;
    }); // 0: the wave holds it already
    const auto inserted = static_cast<int>(std::count_if(ids.cbegin(), ids.cend(), [](qint64 id) { return id != 0; }));
    if (inserted < rows) {
        for (std::size_t r = 0; r < m_pending.size(); ++r) {
            if (ids[r] == 0 && !waveHolds(m_pending[r].answer.sourceKey)) {
                const IncomingAnswer& a = m_pending[r].answer;
                throw StorageError(tr("The database refused the answer %1, so none of this file was imported.")
                                       .arg(QString::fromUtf8(a.responseId.isEmpty() ? a.sourceKey : a.responseId)));
            }
        }
    }
    m_added += inserted;
    m_duplicates += rows - inserted;
    for (std::size_t r = 0; r < m_pending.size(); ++r) {
        const IncomingAnswer& a = m_pending[r].answer;
        if (ids[r] != 0) {
            if (!m_cubeFromCaller) {
                m_cube.add(m_waveId, a.metric, a.answeredAt, a.score, a.segmentValues);
            }
            m_answersTagged += a.themes.empty() ? 0 : 1;
        } else if (m_cubeFromCaller) {
            m_cube.add(m_waveId, a.metric, a.answeredAt, a.score, a.segmentValues, -1); // a duplicate
        }
    }
    writeCases(ids);
    writeThemes(ids);
    m_pending.clear();
}

bool ResponseBulkWriter::waveHolds(QByteArrayView sourceKey)
{
    bindText(m_findResponse, 2, sourceKey);
    const int code = sqlite3_step(m_findResponse);
    sqlite3_reset(m_findResponse);
    if (code != SQLITE_ROW) {
        check(code, "duplicate");
    }
    return code == SQLITE_ROW;
}

void ResponseBulkWriter::writeCases(const std::vector<qint64>& ids)
{
    // detractor, passive, promoter: a case's category uses the NPS words, whatever the metric
    static const std::array<QByteArray, 3> categories{scoreClassKey(Metric::Nps, ScoreClass::Positive).toLatin1(),
                                                      scoreClassKey(Metric::Nps, ScoreClass::Neutral).toLatin1(),
                                                      scoreClassKey(Metric::Nps, ScoreClass::Negative).toLatin1()};
    constexpr int kColumns = 7;
    std::vector<std::size_t> opening;
    for (std::size_t r = 0; r < m_pending.size(); ++r) {
        if (ids[r] != 0 && m_pending[r].answer.caseDue &&
            classify(m_pending[r].answer.metric, m_pending[r].answer.score)) {
            opening.push_back(r);
        }
    }
    if (opening.empty()) {
        return;
    }
    sqlite3_stmt* s = statementFor(m_insertCases, static_cast<int>(opening.size()),
                                   "INSERT OR IGNORE INTO followup_case (response_id, category, status, created_at, "
                                   "first_contact_due, resolution_due, updated_at, score) VALUES ",
                                   "(?, ?, 'new', ?, ?, ?, ?, ?)", "");
    for (std::size_t i = 0; i < opening.size(); ++i) {
        const Pending& p = m_pending[opening[i]];
        const IncomingAnswer& a = p.answer;
        const QByteArray& category = categories.at(static_cast<std::size_t>(*classify(a.metric, a.score)));
        const int at = static_cast<int>(i) * kColumns;
        const bool keyAccount = (p.customer & 1) != 0;
        sqlite3_bind_int64(s, at + 1, ids[opening[i]]);
        bindText(s, at + 2, category);
        sqlite3_bind_int64(s, at + 3, a.answeredAt);
        sqlite3_bind_int64(s, at + 4, keyAccount ? a.caseDue->keyAccountFirstContact : a.caseDue->firstContact);
        sqlite3_bind_int64(s, at + 5, a.caseDue->resolution);
        sqlite3_bind_int64(s, at + 6, a.answeredAt);
        sqlite3_bind_int(s, at + 7, a.score);
    }
    check(sqlite3_step(s), "case");
    sqlite3_reset(s);
    const auto count = static_cast<qint64>(opening.size());
    if (sqlite3_changes64(m_db) != count) {
        throw StorageError(tr("The database refused a follow-up case, so none of this file was imported."));
    }
    m_casesOpened += count;
    // The cases took the next ids, in the order given; only when ids have run out does SQLite pick
    // free ones at random, and each is then found by its answer.
    const qint64 last = sqlite3_last_insert_rowid(m_db);
    const bool consecutive = tookNextIds(m_lastCaseId, count, last);
    // Their search texts first, in one loop. A customer's words are those of the answer when they
    // are what the database has (the writer remembers a fingerprint of those); otherwise, as for a
    // customer on file whose details differ from the file's, they are read from the database.
    m_searchText.clear();
    QVarLengthArray<std::size_t, kRowsPerStatement + 1> textEnds;
    for (const std::size_t r : opening) {
        const IncomingAnswer& a = m_pending[r].answer;
        const std::size_t from = m_searchText.size();
        if (a.customer.number < 0) {
            m_searchText += "\n\n\n"; // no customer
        } else {
            appendWords(m_searchText, a.name, a.email, a.customerKey);
            const std::string_view words = std::string_view(m_searchText).substr(from);
            if (hashOfWords(words) != m_wordsFingerprints[static_cast<std::size_t>(a.customer.number)]) {
                m_searchText.resize(from);
                appendWordsOnFile(m_pending[r].customer / 2);
            }
        }
        m_searchText.append(a.comment.data() ? a.comment.data() : "", static_cast<std::size_t>(a.comment.size()));
        textEnds.append(m_searchText.size());
    }
    QVarLengthArray<qint64, kRowsPerStatement> caseIds;
    for (std::size_t i = 0; i < opening.size(); ++i) {
        qint64 caseId = m_lastCaseId + 1 + static_cast<qint64>(i);
        if (!consecutive) {
            sqlite3_bind_int64(m_caseOfAnswer, 1, ids[opening[i]]);
            const int code = sqlite3_step(m_caseOfAnswer);
            caseId = code == SQLITE_ROW ? sqlite3_column_int64(m_caseOfAnswer, 0) : 0;
            sqlite3_reset(m_caseOfAnswer);
            check(code, "case");
        }
        caseIds.append(caseId);
    }
    m_lastCaseId = std::max(m_lastCaseId, last);
    const auto textOf = [this, &textEnds](qsizetype i) {
        const std::size_t from = i == 0 ? 0 : textEnds[i - 1];
        return std::string_view(m_searchText).substr(from, textEnds[i] - from);
    };
    if (!m_searchTextTable) { // before schema 14 the index keeps the texts itself
        for (qsizetype i = 0; i < caseIds.size(); ++i) {
            indexCase(caseIds[i], textOf(i));
        }
        return;
    }
    // The texts, many to a statement (one that cannot stop half-way: see flush()), then each into
    // the search index.
    sqlite3_stmt* texts = statementFor(m_insertSearchTexts, static_cast<int>(opening.size()),
                                       "INSERT OR IGNORE INTO case_search_text (id, text) VALUES ", "(?, ?)", "");
    for (qsizetype i = 0; i < caseIds.size(); ++i) {
        const std::string_view text = textOf(i);
        sqlite3_bind_int64(texts, static_cast<int>(2 * i + 1), caseIds[i]);
        sqlite3_bind_text(texts, static_cast<int>(2 * i + 2), text.data(), static_cast<int>(text.size()),
                          SQLITE_STATIC);
    }
    check(sqlite3_step(texts), "search text");
    sqlite3_reset(texts);
    if (sqlite3_changes64(m_db) != count) {
        throw StorageError(tr("The database refused a follow-up case, so none of this file was imported."));
    }
    for (qsizetype i = 0; i < caseIds.size(); ++i) {
        indexCase(caseIds[i], textOf(i));
    }
}

// The words of customer `id` as the database has them, appended to m_searchText.
void ResponseBulkWriter::appendWordsOnFile(qint64 id)
{
    sqlite3_bind_int64(m_customerWordsOnFile, 1, id);
    const int code = sqlite3_step(m_customerWordsOnFile);
    if (code == SQLITE_ROW) {
        const auto column = [this](int c) {
            return QByteArrayView(reinterpret_cast<const char*>(sqlite3_column_text(m_customerWordsOnFile, c)),
                                  sqlite3_column_bytes(m_customerWordsOnFile, c));
        };
        appendWords(m_searchText, column(0), column(1), column(2));
    }
    sqlite3_reset(m_customerWordsOnFile);
    check(code, "customer");
}

// A new case's search text (the words of its customer and its comment, as caseSearchText() puts
// them) into the search index, from what the writer holds rather than by a join once all rows are
// in: that join took as long as the indexing itself. One row per statement: FTS5 keeps the words
// in memory until the transaction commits, while a statement of many rows would make it write
// them out at each statement's end.
void ResponseBulkWriter::indexCase(qint64 caseId, std::string_view text)
{
    sqlite3_bind_int64(m_indexCase, 1, caseId);
    sqlite3_bind_text(m_indexCase, 2, text.data(), static_cast<int>(text.size()), SQLITE_STATIC);
    const int code = sqlite3_step(m_indexCase);
    sqlite3_reset(m_indexCase);
    check(code, "search text");
}

void ResponseBulkWriter::writeThemes(const std::vector<qint64>& ids)
{
    std::vector<std::pair<qint64, qint64>> tags; // answer, theme
    for (std::size_t r = 0; r < m_pending.size(); ++r) {
        if (ids[r] != 0) {
            for (const qint64 theme : m_pending[r].answer.themes) {
                tags.emplace_back(ids[r], theme);
            }
        }
    }
    for (std::size_t from = 0; from < tags.size(); from += kRowsPerStatement) {
        const auto rows = static_cast<int>(std::min<std::size_t>(kRowsPerStatement, tags.size() - from));
        sqlite3_stmt* s = statementFor(m_insertThemes, rows,
                                       "INSERT OR IGNORE INTO response_theme (response_id, theme_id, manual) VALUES ",
                                       "(?, ?, 0)", "");
        for (int i = 0; i < rows; ++i) {
            sqlite3_bind_int64(s, 2 * i + 1, tags[from + static_cast<std::size_t>(i)].first);
            sqlite3_bind_int64(s, 2 * i + 2, tags[from + static_cast<std::size_t>(i)].second);
        }
        check(sqlite3_step(s), "theme");
        sqlite3_reset(s);
    }
}

void ResponseBulkWriter::finish()
{
    if (m_server) {
        finishOnServer();
        return;
    }
    flush();
    m_cube.apply(m_database);
    // An index is rebuilt by sorting all its keys: in runs of a couple of megabytes, sorted on
    // helper threads and then merged, it goes twice as fast as in one sort through a page cache of
    // a hundred megabytes (measured: the eight indexes of a million answers, 2.0 s against 1.2 s).
    sqlite3_stmt* threads = prepare("PRAGMA threads");
    if (sqlite3_step(threads) == SQLITE_ROW) {
        m_previousThreads = sqlite3_column_int(threads, 0);
    }
    sqlite3_finalize(threads);
    const QByteArray sorting = "PRAGMA cache_size = -2048; PRAGMA threads = " +
                               QByteArray::number(std::clamp(QThread::idealThreadCount(), 1, 4));
    check(sqlite3_exec(m_db, sorting.constData(), nullptr, nullptr, nullptr), "sorting");
    for (const QByteArray& sql : std::as_const(m_deferred)) {
        check(sqlite3_exec(m_db, sql.constData(), nullptr, nullptr, nullptr), "rebuild index");
    }
    m_deferred.clear();
    refreshSearchText();
}

void ResponseBulkWriter::refreshSearchText()
{
    if (m_enriched.isEmpty()) {
        return;
    }
    check(sqlite3_exec(m_db, "CREATE TEMP TABLE IF NOT EXISTS enriched_customer (id INTEGER PRIMARY KEY)", nullptr,
                       nullptr, nullptr),
          "search text");
    sqlite3_stmt* note = prepare("INSERT OR IGNORE INTO temp.enriched_customer (id) VALUES (?1)");
    for (const qint64 id : std::as_const(m_enriched)) {
        sqlite3_bind_int64(note, 1, id);
        const int code = sqlite3_step(note);
        sqlite3_reset(note);
        if (code != SQLITE_DONE) {
            sqlite3_finalize(note);
            check(code, "search text");
        }
    }
    sqlite3_finalize(note);
    // Cases of before this import; after the reading side started numbering again, this import's
    // too: a customer met anew may have gained details since their first cases were indexed.
    const QByteArray upTo = QByteArray::number(m_renumbered ? std::numeric_limits<qint64>::max() : m_lastCaseBefore);
    const QByteArray theirCases = "SELECT c.id FROM followup_case c JOIN response r ON r.id = c.response_id WHERE c.id "
                                  "<= " +
                                  upTo + " AND r.customer_id IN (SELECT id FROM temp.enriched_customer)";
    const QByteArray textOfCase = "SELECT " + caseSearchText().toUtf8() +
                                  " FROM followup_case c JOIN response r ON r.id = c.response_id LEFT JOIN customer cu "
                                  "ON cu.id = r.customer_id WHERE c.id = ";
    if (m_searchTextTable) {
        // The text's own trigger (back since finish()) takes the old words out of the index and puts
        // the new ones in.
        const QByteArray refresh = "UPDATE case_search_text SET text = (" + textOfCase +
                                   "case_search_text.id) WHERE id IN (" + theirCases + ")";
        check(sqlite3_exec(m_db, refresh.constData(), nullptr, nullptr, nullptr), "search text");
    } else {
        check(sqlite3_exec(m_db, ("DELETE FROM case_search WHERE rowid IN (" + theirCases + ")").constData(), nullptr,
                           nullptr, nullptr),
              "search text");
        const QByteArray refill =
            "INSERT INTO case_search (rowid, text) SELECT id, (" + textOfCase + "ids.id) FROM (" + theirCases + ") ids";
        check(sqlite3_exec(m_db, refill.constData(), nullptr, nullptr, nullptr), "search text");
    }
    check(sqlite3_exec(m_db, "DELETE FROM temp.enriched_customer", nullptr, nullptr, nullptr), "search text");
    m_enriched.clear();
}

} // namespace loopdesk::core
