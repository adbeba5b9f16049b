// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/metric.h"
#include "storage/bytekeymap.h"
#include "storage/scorecubedelta.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <array>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace loopdesk::core {

class Database;

// When the follow-up case an answer opens is due, in UTC epoch seconds.
struct CaseDue {
    qint64 firstContact = 0;           // an ordinary customer's
    qint64 keyAccountFirstContact = 0; // a key account's
    qint64 resolution = 0;
};

// Which of a file's customers an answer is, as the reading side numbers them: the n-th distinct
// customer key, and whether this answer is the first one met with it. Numbers start again from 0
// (and every customer is met again) when the reading side has to forget, between two batches.
struct CustomerRef {
    qint32 number = -1; // -1: no customer key
    bool first = false;
};

// One answer on its way in from a file. Text is UTF-8 and only borrowed: the views must stay
// valid until ResponseBulkWriter::flush() or finish().
struct IncomingAnswer {
    QByteArrayView sourceKey; // "id:<response id>" or "row:<content hash>", unique per wave
    QByteArrayView responseId;
    QByteArrayView customerKey; // customer id, or e-mail when there is no id; empty for anonymous
    CustomerRef customer;       // on a local file: that key, numbered by the reading side
    QByteArrayView name;
    QByteArrayView email;
    QByteArrayView phone;
    QByteArrayView account;
    QByteArrayView comment;
    QByteArrayView language;
    qint64 answeredAt = 0; // UTC epoch seconds
    Metric metric = Metric::Nps;
    int score = 0;
    std::array<qint64, 8> segmentValues{}; // segment_value ids by slot, 0 for none
    std::span<const qint64> themes;        // the comment's themes (local file only; see answersTagged())
    std::optional<CaseDue> caseDue;        // the case it opens (local file only); nullopt: none
};

// Writes imported answers fast, inside the caller's transaction: customers and accounts are
// upserted, duplicates (same wave and source key) are skipped, and a follow-up case is opened
// for the answers the team's rules pick. On a local file it uses SQLite's own API on the connection
// of `db`; on a team database, prepared statements, the server's triggers keeping the score cube
// and the word index.
class ResponseBulkWriter final {
    Q_DECLARE_TR_FUNCTIONS(loopdesk::core::ResponseBulkWriter)
    Q_DISABLE_COPY_MOVE(ResponseBulkWriter)

public:
    // For an answer's class, time (UTC epoch seconds) and key-account flag: the first-contact and
    // resolution due times of its case, or nothing when it opens no case.
    using CaseRule = std::function<std::optional<std::pair<qint64, qint64>>(ScoreClass, qint64, bool)>;

    // On a team database `rule` says which answers open a follow-up case, applied after the load (on
    // a local file the case comes with each answer: IncomingAnswer::caseDue). `priorityValue` > 0:
    // customers worth at least that are treated like key accounts. `expectedRows` is a guess of how many answers are
    // coming; when it dwarfs what the database holds, secondary indexes are dropped for the load and rebuilt (sorted,
    // much faster) in finish().
    ResponseBulkWriter(Database& db, qint64 waveId, qint64 importId, CaseRule rule, double priorityValue = 0,
                       qint64 expectedRows = 0);
    ~ResponseBulkWriter();

    // Adds the answer unless the wave holds it already (counted in duplicates()), with its case and
    // its themes (local file). On a team database answers go to the server in batches:
    // the counts are final after finish().
    void add(const IncomingAnswer& answer);
    // Writes the answers added so far (on a local file they wait for a statement of many rows);
    // after it, their text may go. finish() flushes too.
    void flush();

    // On a local file: the score cube's counts of every answer given to add() come from the caller
    // (an import counts them as the file is read, on the reading thread), added to cubeCounts()
    // before finish(); the writer then only takes back those of the answers it left out.
    void takeCubeCountsFromCaller() { m_cubeFromCaller = m_server == nullptr; }
    ScoreCubeDelta& cubeCounts() { return m_cube; }

    // Writes what is still pending, counts the answers into the score cube and rebuilds deferred
    // indexes and triggers; call once, inside the transaction, before committing.
    void finish();
    qint64 casesOpened() const { return m_casesOpened; }
    qint64 added() const { return m_added; }
    qint64 duplicates() const { return m_duplicates; }
    // New answers given themes by add(); on a team database themes are left to tagNewComments().
    qint64 answersTagged() const { return m_answersTagged; }
    qint64 firstNewResponse() const { return m_firstNewResponse; } // answers with a greater id are this writer's

private:
    struct ServerWriter;
    void addToServer(const IncomingAnswer& answer);
    void flushToServer();
    void resolveCustomersOnServer();
    void finishOnServer();
    sqlite3_stmt* prepare(const char* sql);
    void refreshSearchText(); // of earlier cases whose customer this import changed
    void check(int code, const char* what);
    // A customer's id and whether their answers count as a key account's, packed as id * 2 + flag.
    static constexpr qint64 kUnresolved = -1;
    void meetCustomers();
    void resolveCustomers(); // of the pending answers
    qint64 customerOnFile(const IncomingAnswer& answer, qint64 account, quint64& words);
    void appendWordsOnFile(qint64 customerId);
    qint64 accountFor(QByteArrayView name); // packed the same way
    // Statements of `rows` times `row` after `head`, prepared when first needed and kept.
    static constexpr int kRowsPerStatement = 64;
    using Statements = std::array<sqlite3_stmt*, kRowsPerStatement + 1>;
    sqlite3_stmt* statementFor(Statements& cache, int rows, const char* head, const char* row, const char* tail);
    std::vector<qint64> insertedIds(int rows, qint64& lastId, sqlite3_stmt* newRows,
                                    const std::function<QByteArrayView(std::size_t)>& keyOf);
    void writeCases(const std::vector<qint64>& ids);
    void indexCase(qint64 caseId, std::string_view text); // its search text
    void writeThemes(const std::vector<qint64>& ids);
    bool waveHolds(QByteArrayView sourceKey); // an answer with this key is in the wave

    Database& m_database;
    sqlite3* m_db = nullptr;
    qint64 m_waveId;
    qint64 m_importId;
    sqlite3_stmt* m_findCustomer = nullptr;
    sqlite3_stmt* m_enrichCustomer = nullptr;
    sqlite3_stmt* m_upsertAccount = nullptr;
    Statements m_insertCustomers{};
    Statements m_insertResponses{};
    Statements m_insertCases{};
    Statements m_insertThemes{};
    Statements m_insertSearchTexts{};
    bool m_searchTextTable = true; // the search index reads its text from case_search_text (schema 14)
    sqlite3_stmt* m_newResponses = nullptr;
    sqlite3_stmt* m_findResponse = nullptr;
    sqlite3_stmt* m_newCustomers = nullptr;
    sqlite3_stmt* m_indexCase = nullptr;
    sqlite3_stmt* m_caseOfAnswer = nullptr;
    sqlite3_stmt* m_customerWordsOnFile = nullptr;
    qint64 m_lastCustomerId = 0; // the greatest customer id written so far
    struct Pending {
        IncomingAnswer answer;
        qint64 customer; // id * 2 + key-account flag
    };
    std::vector<Pending> m_pending; // added, not yet written
    qint64 m_lastId = 0;            // the greatest response id written so far
    qint64 m_firstNewResponse = 0;  // ids above this were added by this writer
    QList<QByteArray> m_deferred;   // CREATE INDEX and CREATE TRIGGER statements to run again in finish()
    ScoreCubeDelta m_cube;
    bool m_cubeFromCaller = false;
    CaseRule m_rule;
    double m_priorityValue = 0;
    QHash<QByteArray, qint64> m_accounts;
    // On a team database, customers resolved in this import, by key: their ids. Bounded: past this
    // many it starts afresh.
    static constexpr qsizetype kMaxRemembered = 1000000;
    ByteKeyMap<qint64> m_customers{kMaxRemembered};
    // On a file: customers by the reading side's number (CustomerRef), id * 2 + flag, and a
    // fingerprint of the words a case's search text takes from them (name, e-mail and id as the
    // database has them): eight bytes a customer, however long their details.
    std::vector<qint64> m_customerIds;
    std::vector<quint64> m_wordsFingerprints;
    bool m_renumbered = false; // the reading side started numbering again: customers are met anew
    std::string m_searchText;  // a statement's cases' texts, reused
    std::string m_words;       // one customer's words, reused
    qint64 m_casesOpened = 0;
    qint64 m_added = 0;
    qint64 m_duplicates = 0;
    qint64 m_answersTagged = 0;
    qint64 m_lastCaseBefore = 0; // cases up to this id were there before this import
    qint64 m_lastCaseId = 0;     // the greatest case id written so far
    QSet<qint64> m_enriched;     // customers on file whose details this import changed
    qint64 m_previousCacheSize = -2000;
    int m_previousThreads = 0;
    std::unique_ptr<ServerWriter> m_server; // team database
};

} // namespace loopdesk::core
