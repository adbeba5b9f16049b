// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/demogenerator.h"
#include "domain/clock.h"
#include "overview/databaseoverview.h"
#include "storage/database.h"
#include "storage/responsestore.h"
#include "storage/statement.h"
#include "testdatabase.h"
#include "testsupport.h"

#include <QSet>

using namespace loopdesk::core;

namespace {

const ManualClock kClock(QDateTime(QDate(2026, 11, 22), QTime(9, 30), Qt::UTC));

QStringList column(Database& db, const QString& sql)
{
    Statement s(db.connection(), sql);
    s.exec();
    QStringList values;
    while (s.next()) {
        values << s.text(0);
    }
    return values;
}

} // namespace

TEST_CASE("demo data is the same for the same seed and day", "[demo]")
{
    QTemporaryDir dir;
    const auto a = Database::open(loopdesk::test::databaseLocation(dir, QStringLiteral("a.db")));
    const auto b = Database::open(loopdesk::test::databaseLocation(dir, QStringLiteral("b.db")));
    const auto sa = DemoGenerator(*a, kClock).generate({1500, 7});
    const auto sb = DemoGenerator(*b, kClock).generate({1500, 7});
    CHECK(sa.responses == 1500);
    CHECK(sa.cases == sb.cases);
    const QString answers =
        QStringLiteral("SELECT external_id || score || comment || answered_at FROM response ORDER BY id");
    CHECK(column(*a, answers) == column(*b, answers));
    const auto c = Database::open(loopdesk::test::databaseLocation(dir, QStringLiteral("c.db")));
    DemoGenerator(*c, kClock).generate({1500, 8});
    CHECK(column(*a, answers) != column(*c, answers));
}

TEST_CASE("demo data spans the six quarters up to today with several waves", "[demo]")
{
    QTemporaryDir dir;
    const auto db = Database::open(loopdesk::test::databaseLocation(dir, QStringLiteral("demo.db")));
    const auto summary = DemoGenerator(*db, kClock).generate({3000, 1});
    CHECK(summary.waves == 12);
    QStringList quarters;
    for (const QString& at : column(*db, QStringLiteral("SELECT DISTINCT answered_at FROM response"))) {
        const QDate day = QDateTime::fromSecsSinceEpoch(at.toLongLong(), Qt::UTC).date();
        quarters << QStringLiteral("%1Q%2").arg(day.year()).arg((day.month() + 2) / 3);
    }
    quarters.removeDuplicates();
    quarters.sort();
    CHECK(quarters == QStringList{QStringLiteral("2025Q3"), QStringLiteral("2025Q4"), QStringLiteral("2026Q1"),
                                  QStringLiteral("2026Q2"), QStringLiteral("2026Q3"), QStringLiteral("2026Q4")});
    CHECK(column(*db, QStringLiteral("SELECT max(answered_at) FROM response")).first().toLongLong() <
          kClock.nowUtc().toSecsSinceEpoch());
}

TEST_CASE("demo data has segments, accounts, staff and comments in three languages", "[demo]")
{
    QTemporaryDir dir;
    const auto db = Database::open(loopdesk::test::databaseLocation(dir, QStringLiteral("demo.db")));
    DemoGenerator(*db, kClock).generate({3000, 1});
    CHECK(column(*db, QStringLiteral("SELECT name FROM dimension ORDER BY name")) ==
          QStringList{QStringLiteral("business_unit"), QStringLiteral("channel"), QStringLiteral("product"),
                      QStringLiteral("region")});
    CHECK(column(*db, QStringLiteral("SELECT DISTINCT language FROM response ORDER BY 1")) ==
          QStringList{QStringLiteral("en"), QStringLiteral("it"), QStringLiteral("pl")});
    CHECK(column(*db, QStringLiteral("SELECT count(*) FROM account WHERE key_account = 1")).first().toInt() >= 2);
    CHECK(column(*db, QStringLiteral("SELECT count(*) FROM staff WHERE role = 'manager'")).first().toInt() >= 1);
    const QStringList comments = column(*db, QStringLiteral("SELECT comment FROM response WHERE comment <> ''"));
    CHECK(std::any_of(comments.begin(), comments.end(),
                      [](const QString& c) { return c.contains(QStringLiteral("ó")); }));
    CHECK(std::any_of(comments.begin(), comments.end(),
                      [](const QString& c) { return c.contains(QStringLiteral("à")); }));
    CHECK(column(*db, QStringLiteral("SELECT count(*) FROM response_theme")).first().toInt() > 100);
    CHECK(db->integrityProblems().isEmpty());
}

TEST_CASE("demo cases cover every workflow state, every detractor has one", "[demo]")
{
    QTemporaryDir dir;
    const auto db = Database::open(loopdesk::test::databaseLocation(dir, QStringLiteral("demo.db")));
    DemoGenerator(*db, kClock).generate({4000, 3});
    const QSet<QString> statuses = [&] {
        const QStringList list = column(*db, QStringLiteral("SELECT DISTINCT status FROM followup_case"));
        return QSet<QString>(list.begin(), list.end());
    }();
    CHECK(statuses == QSet<QString>{QStringLiteral("new"), QStringLiteral("contacting"), QStringLiteral("in_progress"),
                                    QStringLiteral("resolved"), QStringLiteral("closed"), QStringLiteral("unreachable"),
                                    QStringLiteral("reopened")});
    CHECK(
        column(*db, QStringLiteral("SELECT count(*) FROM response r LEFT JOIN followup_case c ON c.response_id = r.id "
                                   "WHERE r.score <= 6 AND c.id IS NULL"))
            .first()
            .toInt() == 0);
    // Closed cases carry a root cause and an outcome; cases past "new" have contact attempts.
    CHECK(column(*db, QStringLiteral("SELECT count(*) FROM followup_case WHERE status = 'closed' AND "
                                     "(root_cause_theme_id IS NULL OR outcome = 'none')"))
              .first()
              .toInt() == 0);
    CHECK(column(*db, QStringLiteral("SELECT count(*) FROM followup_case c WHERE status <> 'new' AND NOT EXISTS "
                                     "(SELECT 1 FROM contact_attempt a WHERE a.case_id = c.id)"))
              .first()
              .toInt() == 0);
    CHECK(column(*db, QStringLiteral("SELECT count(*) FROM followup_case WHERE owner_id IS NULL")).first().toInt() > 0);
}

TEST_CASE("demo data goes into an empty database only", "[demo]")
{
    QTemporaryDir dir;
    const auto db = Database::open(loopdesk::test::databaseLocation(dir, QStringLiteral("demo.db")));
    DemoGenerator(*db, kClock).generate({100, 1});
    CHECK_THROWS_AS(DemoGenerator(*db, kClock).generate({100, 1}), StorageError);
    CHECK(ResponseStore(*db).count() == 100);
    CHECK_THROWS_AS(DemoGenerator(*db, kClock).generate({0, 1}), StorageError);
}

TEST_CASE("the overview counts what the database holds and computes NPS per quarter", "[overview]")
{
    QTemporaryDir dir;
    const auto db = Database::open(loopdesk::test::databaseLocation(dir, QStringLiteral("overview.db")));
    const auto summary = DemoGenerator(*db, kClock).generate({2400, 5});
    const DatabaseOverview overview = loadOverview(*db, kClock);
    CHECK(overview.count(QStringLiteral("responses")) == 2400);
    CHECK(overview.count(QStringLiteral("cases")) == summary.cases);
    CHECK(overview.waves.size() == 12);
    CHECK(overview.currentQuarter.label() == QStringLiteral("2026Q4"));
    qint64 inWaves = 0;
    for (const WaveSummary& w : overview.waves) {
        inWaves += w.counts.total();
    }
    CHECK(inWaves == 2400);
    CHECK(overview.npsAllTime.counts.total() == 2400);
    Statement q(db->connection(),
                QStringLiteral("SELECT sum(CASE WHEN score >= 9 THEN 1 ELSE 0 END), sum(CASE WHEN score <= 6 "
                               "THEN 1 ELSE 0 END), count(*) FROM response WHERE answered_at >= ?"));
    q.bind(QDateTime(QDate(2026, 10, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch()).exec();
    REQUIRE(q.next());
    const double expected = 100.0 * (q.value(0).toDouble() - q.value(1).toDouble()) / q.value(2).toDouble();
    CHECK(*overview.npsCurrentQuarter.score == Catch::Detail::Approx(expected));
    CHECK(overview.openCases > 0);
    CHECK(overview.overdueCases <= overview.openCases);
}

TEST_CASE("an empty database has an overview without NPS", "[overview]")
{
    QTemporaryDir dir;
    const auto db = Database::open(loopdesk::test::databaseLocation(dir, QStringLiteral("empty.db")));
    const DatabaseOverview overview = loadOverview(*db, kClock);
    CHECK_FALSE(overview.npsAllTime.score.has_value());
    CHECK(overview.openCases == 0);
    CHECK(overview.waves.isEmpty());
}
