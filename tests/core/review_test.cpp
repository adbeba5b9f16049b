// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/clock.h"
#include "import/importer.h"
#include "review/quarterlyreview.h"
#include "storage/actionstore.h"
#include "storage/database.h"
#include "storage/staffstore.h"
#include "storage/statement.h"
#include "storage/themestore.h"
#include "testdatabase.h"
#include "testsupport.h"
#include "themes/defaulttaxonomy.h"
#include "themes/themetagger.h"
#include "workflow/actionplan.h"

#include <cmath>

using namespace loopdesk::core;

namespace {

const ManualClock kClock(QDateTime(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC));

double rounded(double value)
{
    return std::round(value * 100) / 100;
}

// A small quarter computed by hand:
//   2026Q2: 5 promoters, 2 passives, 3 detractors of 10 -> NPS 20
//   2026Q3 North: 8 P, 1 N, 1 D of 10 -> 70;  South: 4 P, 3 N, 3 D of 10 -> 10;  all: 12 P, 4 N, 4 D -> 40
//   Three detractors say "late" (Late delivery), one "driver" (Courier conduct).
struct Fixture {
    QTemporaryDir dir;
    std::unique_ptr<Database> db = Database::open(loopdesk::test::databaseLocation(dir, QStringLiteral("review.db")));
    qint64 manager = StaffStore(*db).add(Staff{0, QStringLiteral("Marta"), {}, Staff::Role::Manager, true});

    Fixture()
    {
        ThemeStore themes(*db);
        installDefaultTaxonomy(themes);
        const QString q2 = dir.filePath(QStringLiteral("q2.csv"));
        const QString q3 = dir.filePath(QStringLiteral("q3.csv"));
        QByteArray a = "response_id,answered_at,score,comment,segment:region\n";
        int n = 0;
        for (int score : {10, 10, 9, 9, 9, 8, 7, 3, 2, 0}) {
            a += "A" + QByteArray::number(++n) + ",2026-04-10," + QByteArray::number(score) + ",,South\n";
        }
        loopdesk::test::writeFile(q2, a);
        QByteArray b = "response_id,customer_id,account,answered_at,score,comment,segment:region\n";
        const QList<std::pair<int, QByteArray>> north{
            {10, ""}, {10, ""}, {9, ""}, {9, ""}, {10, ""},
            {9, ""},  {10, ""}, {9, ""}, {7, ""}, {2, "the parcel came late"}};
        const QList<std::pair<int, QByteArray>> south{
            {9, ""}, {10, ""}, {9, ""},           {10, ""},           {8, ""},
            {7, ""}, {8, ""},  {1, "late again"}, {4, "rude driver"}, {6, "waited a week, late"}};
        n = 0;
        for (const auto& [score, comment] : north) {
            ++n;
            b += "B" + QByteArray::number(n) + ",C" + QByteArray::number(n) + ",Acme,2026-08-0" +
                 QByteArray::number(n % 9 + 1) + "," + QByteArray::number(score) + ",\"" + comment + "\",North\n";
        }
        for (const auto& [score, comment] : south) {
            ++n;
            b += "B" + QByteArray::number(n) + ",C" + QByteArray::number(n) + ",,2026-09-1" +
                 QByteArray::number(n % 9) + "," + QByteArray::number(score) + ",\"" + comment + "\",South\n";
        }
        loopdesk::test::writeFile(q3, b);
        ImportOptions options;
        options.timeZone = QTimeZone::utc();
        options.waveName = QStringLiteral("Relationship 2026Q2");
        Importer(*db, kClock).run(q2, options);
        options.waveName = QStringLiteral("Relationship 2026Q3");
        Importer(*db, kClock).run(q3, options);
        retagAllComments(*db);
        Statement(db->connection(), QStringLiteral("UPDATE wave SET invited = 50 WHERE name = 'Relationship 2026Q3'"))
            .exec();
    }

    QuarterlyReview review(const char* quarter, QPair<QString, QString> segment = {}, const QString& account = {}) const
    {
        return QuarterlyReviewComposer(*db, kClock)
            .compose({*Period::parse(QString::fromLatin1(quarter)), segment, account});
    }
};

} // namespace

TEST_CASE("the quarterly review of a hand-computed quarter", "[review]")
{
    Fixture f;
    ActionPlan plan(*f.db, kClock, f.manager);
    Action deliverySlots;
    deliverySlots.title = QStringLiteral("Two-hour delivery slots");
    deliverySlots.ownerId = f.manager;
    deliverySlots.expectedNpsGain = 15;
    deliverySlots.deadline = QDate(2026, 11, 1); // passed
    deliverySlots.tasks = {ActionTask{0, 0, QStringLiteral("Pilot in the South"), f.manager, QDate(2026, 10, 1), false},
                           ActionTask{0, 0, QStringLiteral("Brief the couriers"), f.manager, QDate(2026, 9, 1), true}};
    const qint64 slotsId = plan.propose(deliverySlots);
    plan.move(slotsId, 1, Action::Status::Approved);
    Action training;
    training.title = QStringLiteral("Courier etiquette training");
    training.expectedNpsGain = 5;
    const qint64 trainingId = plan.propose(training);
    plan.move(trainingId, 1, Action::Status::Rejected, QStringLiteral("Too dear for one complaint"),
              QStringLiteral("We talked to the courier company instead."));

    const QuarterlyReview r = f.review("2026Q3");
    CHECK(r.title == QStringLiteral("Quarterly loop review 2026Q3"));
    CHECK(r.previous.label() == QStringLiteral("2026Q2"));
    CHECK(r.nps.counts.positive == 12);
    CHECK(r.nps.counts.neutral == 4);
    CHECK(r.nps.counts.negative == 4);
    CHECK(rounded(*r.nps.score) == 40);
    CHECK(rounded(*r.previousNps.score) == 20);
    CHECK(rounded(r.change.delta) == 20);
    CHECK_FALSE(r.change.significant); // 30 answers cannot show 20 points for sure
    REQUIRE(r.responseRate.has_value());
    CHECK(r.invited == 50);
    CHECK(rounded(*r.responseRate) == 0.4);

    REQUIRE(r.segments.size() == 1);
    CHECK(r.segments.first().dimension == QStringLiteral("region"));
    REQUIRE(r.segments.first().rows.size() == 2);
    CHECK(r.segments.first().rows.at(0).group == QStringList{QStringLiteral("North")});
    CHECK(rounded(*r.segments.first().rows.at(0).score.score) == 70);
    CHECK(rounded(*r.segments.first().rows.at(1).score.score) == 10);

    REQUIRE(r.themes.size() >= 2);
    CHECK(r.themes.first().theme.endsWith(QStringLiteral("Late delivery")));
    CHECK(r.themes.first().mentions == 3);
    CHECK(r.themes.first().mentioning.counts.negative == 3);
    REQUIRE_FALSE(r.whatIfs.isEmpty());
    CHECK(r.whatIfs.first().theme == r.themes.first().theme);
    CHECK(rounded(*r.whatIfs.first().toPassive.after.score) == 55); // 12 P, 7 N, 1 D
    CHECK(rounded(r.whatIfs.first().toPassive.delta) == 15);
    CHECK(rounded(*r.whatIfs.first().toPromoter.after.score) == 70); // 15 P, 4 N, 1 D

    REQUIRE(r.trend.size() == 2); // quarters with answers among the last six
    CHECK(r.trend.first().group == QStringList{QStringLiteral("2026Q2")});
    CHECK(rounded(*r.trend.last().score.score) == 40);
    REQUIRE_FALSE(r.voices.isEmpty());
    CHECK(r.voices.first().theme == r.themes.first().theme);
    CHECK(r.voices.first().comments.size() == 3);
    CHECK(r.voices.first().comments.contains(QStringLiteral("the parcel came late")));
    CHECK(r.kpis.cases == 4);
    CHECK(r.kpis.detractorCases == 4);

    REQUIRE(r.actions.size() == 1);
    CHECK(r.actions.first().action.title == QStringLiteral("Two-hour delivery slots"));
    CHECK(r.actions.first().tasksDone == 1);
    REQUIRE(r.actions.first().overdueTasks.size() == 1);
    CHECK(r.actions.first().overdueTasks.first().title == QStringLiteral("Pilot in the South"));
    CHECK(r.actions.first().pastDeadline);
    REQUIRE(r.declined.size() == 1);
    CHECK(r.declined.first().rejectionReason == QStringLiteral("Too dear for one complaint"));
    CHECK(r.declined.first().customerMessage == QStringLiteral("We talked to the courier company instead."));
}

TEST_CASE("a segment's quarterly review, and what a review refuses", "[review]")
{
    Fixture f;
    const QuarterlyReview north = f.review("2026Q3", {QStringLiteral("region"), QStringLiteral("North")});
    CHECK(north.title == QStringLiteral("Quarterly loop review 2026Q3 · region = North"));
    CHECK(rounded(*north.nps.score) == 70);
    CHECK_FALSE(north.previousNps.score.has_value()); // no North answers in Q2
    CHECK_FALSE(north.responseRate.has_value());      // invitations have no region
    CHECK(north.segments.isEmpty());                  // the only dimension is the scope's own
    CHECK(north.kpis.cases == 1);                     // the loop of the segment's own answers: its one detractor
    CHECK(north.kpisByOwner.size() == 1);
    REQUIRE_FALSE(north.themes.isEmpty());
    CHECK(north.themes.first().mentions == 1);
    REQUIRE(north.voices.size() == 1);
    CHECK(north.voices.first().comments == QStringList{QStringLiteral("the parcel came late")});

    // One B2B account: the North customers all belong to Acme.
    const QuarterlyReview acme = f.review("2026Q3", {}, QStringLiteral("Acme"));
    CHECK(acme.title == QStringLiteral("Quarterly loop review 2026Q3 · account Acme"));
    CHECK(rounded(*acme.nps.score) == 70);
    CHECK(acme.nps.counts.total() == 10);
    CHECK(acme.kpis.cases == 1);
    REQUIRE(acme.voices.size() == 1);
    CHECK(acme.voices.first().comments == QStringList{QStringLiteral("the parcel came late")});
    REQUIRE(acme.segments.size() == 1);
    CHECK(acme.segments.first().rows.size() == 1); // North only
    CHECK_FALSE(acme.responseRate.has_value());

    CHECK_THROWS_AS(f.review("2026Q3", {}, QStringLiteral("Globex")), StorageError);
    CHECK_THROWS_AS(f.review("2026-08"), StorageError);
    CHECK_THROWS_AS(f.review("2026Q3", {QStringLiteral("region"), QStringLiteral("Atlantis")}), StorageError);
}
