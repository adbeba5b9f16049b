// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/clock.h"
#include "import/importer.h"
#include "metrics/netscore.h"
#include "overview/databaseoverview.h"
#include "privacy/customerdatarights.h"
#include "storage/casestore.h"
#include "storage/customerstore.h"
#include "storage/database.h"
#include "storage/staffstore.h"
#include "storage/statement.h"
#include "testdatabase.h"
#include "testsupport.h"
#include "workflow/caseservice.h"

#include <QDir>
#include <QJsonArray>

using namespace loopdesk::core;

namespace {

const ManualClock kClock(QDateTime(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC));

// Every byte of the database and its companion files.
QByteArray rawFiles(const QString& path)
{
    QByteArray all;
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile file(path + suffix);
        if (file.open(QIODevice::ReadOnly)) {
            all += file.readAll();
        }
    }
    return all;
}

} // namespace

TEST_CASE("erasing a customer leaves NPS unchanged and no trace of them", "[privacy]")
{
    QTemporaryDir dir;
    const QString path = loopdesk::test::databaseLocation(dir, QStringLiteral("gdpr.db"));
    const QString csv = dir.filePath(QStringLiteral("answers.csv"));
    loopdesk::test::writeFile(csv,
                              "response_id,customer_id,name,email,phone,answered_at,score,comment\n"
                              "r1,C-9,Gabriela Wróblewska,gabi@example.pl,+48 600 111 222,2026-11-01,2,"
                              "\"Kurier zgubił paczkę, Gabriela W.\"\n"
                              "r2,C-9,Gabriela Wróblewska,gabi@example.pl,+48 600 111 222,2026-11-10,9,Teraz lepiej\n"
                              "r3,C-10,Other Person,other@example.com,,2026-11-11,10,Great\n");
    const auto db = Database::open(path);
    ImportOptions options;
    options.timeZone = QTimeZone::utc();
    Importer(*db, kClock).run(csv, options);
    const qint64 agent = StaffStore(*db).add(Staff{0, QStringLiteral("Ewa"), {}, {}, true});
    const qint64 caseId = CaseStore(*db).list({}).first().followUp.id;
    CaseService service(*db, kClock, agent);
    FollowUpCase c = service.assign(caseId, 1, agent);
    ContactAttempt call;
    call.reached = true;
    call.notes = QStringLiteral("Gabriela asked for a refund to gabi@example.pl");
    service.logAttempt(caseId, c.version, call);

    CustomerDataRights rights(*db, kClock);
    const Customer gabriela = *rights.find(QStringLiteral("C-9"));
    const QJsonObject exported = rights.exportData(gabriela.id);
    CHECK(exported[QStringLiteral("customer")][QStringLiteral("email")].toString() ==
          QStringLiteral("gabi@example.pl"));
    CHECK(exported[QStringLiteral("answers")].toArray().size() == 2);
    CHECK(exported[QStringLiteral("answers")][0][QStringLiteral("follow_up")][QStringLiteral("contacts")][0]
                  [QStringLiteral("notes")]
                      .toString()
                      .contains(QStringLiteral("refund")));

    // The words of the inbox's search index: SQLite's word list, or PostgreSQL's words of each case.
    const QString termCount =
        db->backend() == Backend::Sqlite
            ? QStringLiteral("SELECT count(*) FROM temp.terms WHERE term = ?")
            : QStringLiteral("SELECT count(*) FROM case_search WHERE to_tsvector('simple', loopdesk_fold(text)) @@ "
                             "to_tsquery('simple', ?)");
    if (db->backend() == Backend::Sqlite) {
        Statement(db->connection(), QStringLiteral("CREATE VIRTUAL TABLE temp.terms USING fts5vocab(main, "
                                                   "case_search, 'row')"))
            .exec();
    }
    {
        Statement known(db->connection(), termCount);
        known.bind(QStringLiteral("wroblewska")).exec();
        REQUIRE(known.next());
        CHECK(known.value(0).toInt() == 1);
    }
    const NetScore before = loadOverview(*db, kClock).npsAllTime;
    rights.erase(gabriela.id);
    const NetScore after = loadOverview(*db, kClock).npsAllTime;
    CHECK(after.counts.positive == before.counts.positive);
    CHECK(after.counts.negative == before.counts.negative);
    CHECK(*after.score == *before.score);
    CHECK(CaseStore(*db).get(caseId)->status == FollowUpCase::Status::InProgress);

    const Customer erased = *CustomerStore(*db).get(gabriela.id);
    CHECK(erased.erasedAt == kClock.nowUtc());
    CHECK(erased.name.isEmpty());
    CHECK_FALSE(rights.find(QStringLiteral("C-9")).has_value()); // the imported id is gone too
    if (db->backend() == Backend::Sqlite) {                      // nothing of her is left in the file's bytes either
        const QByteArray bytes = rawFiles(path);
        for (const char* trace : {"Wróblewska", "gabi@example.pl", "600 111 222", "zgubił", "Teraz lepiej", "refund"}) {
            INFO(trace);
            CHECK_FALSE(bytes.contains(trace));
        }
        CHECK(bytes.contains("Other Person")); // the other customer is untouched
    }
    // The search index holds none of her words any more (it did before).
    for (const char* piece : {"wroblewska", "gabriela", "gabi", "zgubil", "paczke", "lepiej"}) {
        INFO(piece);
        Statement term(db->connection(), termCount);
        term.bind(QString::fromUtf8(piece)).exec();
        REQUIRE(term.next());
        CHECK(term.value(0).toInt() == 0);
    }
    CHECK(db->integrityProblems().isEmpty());
}
