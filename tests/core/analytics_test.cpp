// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/clock.h"
#include "domain/period.h"
#include "earlierschema.h"
#include "import/importer.h"
#include "metrics/drivers.h"
#include "metrics/npsreport.h"
#include "metrics/responserate.h"
#include "storage/accountstore.h"
#include "storage/customerstore.h"
#include "storage/database.h"
#include "storage/responsestore.h"
#include "storage/scorecountstore.h"
#include "storage/statement.h"
#include "storage/themestore.h"
#include "storage/wavestore.h"
#include "testdatabase.h"
#include "testsupport.h"

using namespace loopdesk::core;
using Catch::Detail::Approx;

namespace {

QString u(const char* text)
{
    return QString::fromUtf8(text);
}

// A real database with answers added one by one through the store (the triggers' path).
struct Fixture {
    QTemporaryDir dir;
    std::unique_ptr<Database> db = Database::open(loopdesk::test::databaseLocation(dir, QStringLiteral("a.db")));
    qint64 wave = WaveStore(*db).add(Wave{0, u("Relationship 2026"), Wave::Kind::Relationship, Metric::Nps,
                                          QDate(2026, 1, 1), QDate(2026, 12, 31), 0});
    ResponseStore responses{*db};
    int serial = 0;

    qint64 add(QDate day, int score, const QString& region = {}, const QString& product = {},
               Metric metric = Metric::Nps)
    {
        Response r;
        r.waveId = wave;
        r.externalId = QString::number(++serial);
        r.answeredAt = QDateTime(day, QTime(12, 0), Qt::UTC);
        r.metric = metric;
        r.score = score;
        if (!region.isEmpty()) {
            r.segments.insert(u("region"), region);
        }
        if (!product.isEmpty()) {
            r.segments.insert(u("product"), product);
        }
        return *responses.add(r);
    }
    void addMany(QDate day, int count, int score, const QString& region = {})
    {
        for (int i = 0; i < count; ++i) {
            add(day, score, region);
        }
    }
};

NetScore rowOf(const NpsReport& report, const QStringList& group)
{
    for (const ReportRow& r : report.rows) {
        if (r.group == group) {
            return r.score;
        }
    }
    FAIL("no row " << group.join(u(" × ")).toStdString());
    return {};
}

} // namespace

TEST_CASE("periods are labelled and read back the same way, calendar and fiscal", "[analytics][period]")
{
    const int march2026 = monthIndex(QDate(2026, 3, 15));
    CHECK(Period::containing(march2026, PeriodUnit::Month).label() == u("2026-03"));
    CHECK(Period::containing(march2026, PeriodUnit::Quarter).label() == u("2026Q1"));
    CHECK(Period::containing(march2026, PeriodUnit::Year).label() == u("2026"));
    // A fiscal year from July: March 2026 is in FY2026's third quarter.
    CHECK(Period::containing(march2026, PeriodUnit::Quarter, 7).label() == u("FY2026Q3"));
    CHECK(Period::containing(march2026, PeriodUnit::Year, 7).label() == u("FY2026"));
    CHECK(Period::containing(monthIndex(QDate(2026, 7, 1)), PeriodUnit::Year, 7).label() == u("FY2027"));
    for (const char* label : {"2026-03", "2026Q1", "2026"}) {
        CHECK(Period::parse(u(label))->label() == u(label));
    }
    CHECK(Period::parse(u("FY2027Q1"), 7)->firstDay() == QDate(2026, 7, 1));
    CHECK(Period::parse(u("FY2027"), 7)->lastDay() == QDate(2027, 6, 30));
    CHECK(Period::parse(u("2026Q1"))->lastDay() == QDate(2026, 3, 31));
    CHECK_FALSE(Period::parse(u("2026-13")));
    CHECK_FALSE(Period::parse(u("FY2027")));  // no fiscal year is set
    CHECK_FALSE(Period::parse(u("2026"), 7)); // a fiscal year is named FY...
    CHECK(monthIndexOfEpoch(QDateTime(QDate(2026, 3, 31), QTime(23, 59, 59), Qt::UTC).toSecsSinceEpoch()) == march2026);
}

TEST_CASE("NPS per quarter x region counts every answer once, with intervals and flags", "[analytics][nps]")
{
    Fixture f;
    f.addMany(QDate(2026, 1, 10), 30, 10, u("North"));
    f.addMany(QDate(2026, 2, 10), 10, 8, u("North"));
    f.addMany(QDate(2026, 3, 31), 20, 3, u("North"));
    f.addMany(QDate(2026, 4, 1), 9, 9, u("South"));
    f.addMany(QDate(2026, 5, 1), 1, 6, u("South"));
    f.addMany(QDate(2026, 5, 2), 4, 9);                // no region
    f.add(QDate(2026, 5, 3), 4, {}, {}, Metric::Csat); // not NPS: never in an NPS figure

    const NpsReporter reporter(*f.db);
    const QList<Grouping> by{*Grouping::parse(u("quarter")), *Grouping::parse(u("segment:region"))};
    const NpsReport report = reporter.report(ReportFilter{}, by);
    CHECK(report.fromCube);
    REQUIRE(report.rows.size() == 3);
    CHECK(report.rows.at(0).group == QStringList{u("2026Q1"), u("North")});
    const NetScore north = rowOf(report, {u("2026Q1"), u("North")});
    CHECK(north.counts.positive == 30);
    CHECK(north.counts.neutral == 10);
    CHECK(north.counts.negative == 20);
    CHECK(*north.score == Approx(100.0 * 10 / 60));
    CHECK(north.ciLow == Approx(netScore(ClassCounts{30, 10, 20}).ciLow));
    CHECK(north.smallSample);
    const NetScore south = rowOf(report, {u("2026Q2"), u("South")});
    CHECK(*south.score == Approx(80.0));
    const NetScore unset = rowOf(report, {u("2026Q2"), u("(not set)")});
    CHECK(unset.counts.total() == 4);
    CHECK(report.rows.last().group.last() == u("(not set)"));
    CHECK(report.total.counts.total() == 74);

    // The same figures straight from the answers.
    const NpsReport months = reporter.report(ReportFilter{}, {*Grouping::parse(u("month"))});
    CHECK(months.rows.size() == 5);
    CHECK(months.rows.at(2).group == QStringList{u("2026-03")});
    CHECK(*months.rows.at(2).score.score == Approx(-100.0));

    ReportFilter csat;
    csat.metric = Metric::Csat;
    const NetScore satisfied = reporter.score(csat);
    CHECK(satisfied.counts.positive == 1);
    CHECK(*satisfied.score == Approx(100.0)); // CSAT is the share of 4s and 5s
}

TEST_CASE("no answers means no NPS and no rows, unknown names are explained", "[analytics][nps]")
{
    Fixture f;
    const NpsReporter reporter(*f.db);
    const NpsReport report = reporter.report(ReportFilter{}, {*Grouping::parse(u("quarter"))});
    CHECK(report.rows.isEmpty());
    CHECK_FALSE(report.total.score);
    f.add(QDate(2026, 1, 1), 9, u("North"));
    ReportFilter unknown;
    unknown.segments << qMakePair(u("region"), u("Atlantis"));
    CHECK_THROWS_WITH(reporter.report(unknown, {}), Catch::Contains("No answer has region \"Atlantis\""));
    CHECK_THROWS_WITH(reporter.report(ReportFilter{}, {*Grouping::parse(u("segment:colour"))}),
                      Catch::Contains("\"region\""));
    CHECK_FALSE(Grouping::parse(u("weekday")));
}

TEST_CASE("the score cube stays exact through inserts, bulk imports, edits and deletes", "[analytics][cube]")
{
    Fixture f;
    const QDate days[] = {QDate(2025, 12, 31), QDate(2026, 1, 1), QDate(2026, 2, 14), QDate(2026, 3, 31)};
    int i = 0;
    for (const QDate day : days) {
        for (int score = 0; score <= 10; ++score, ++i) {
            f.add(day, score, i % 3 ? u("North") : u("South"), i % 2 ? u("Parcel") : QString());
        }
    }
    ScoreCountStore store(*f.db);
    CHECK(store.cubeMismatches() == 0);

    // A bulk import suspends the insert trigger and counts in memory.
    const QString csv = f.dir.filePath(QStringLiteral("w.csv"));
    QByteArray text = "response_id,answered_at,score,region\n";
    for (int r = 0; r < 200; ++r) {
        text += "B" + QByteArray::number(r) + ",2026-03-" + QByteArray::number(1 + r % 28) + "T10:00:00Z," +
                QByteArray::number(r % 11) + ',' + (r % 4 ? "North" : "East") + '\n';
    }
    loopdesk::test::writeFile(csv, text);
    ImportOptions options;
    options.waveName = u("Bulk");
    options.maps << qMakePair(u("segment:region"), u("region"));
    const ManualClock clock(QDateTime(QDate(2026, 4, 1), QTime(9, 0), Qt::UTC));
    const ImportSummary imported = Importer(*f.db, clock).run(csv, options);
    REQUIRE(imported.imported == 200);
    CHECK(store.cubeMismatches() == 0);
    if (f.db->backend() == Backend::Sqlite) { // the bulk writer set the trigger aside, and put it back
        CHECK(Statement::scalar(f.db->connection(),
                                u("SELECT count(*) FROM sqlite_master WHERE name = 'response_cube_insert'"))
                  .toInt() == 1);
    }

    // Edits and deletes go through the update and delete triggers.
    Statement(f.db->connection(), u("UPDATE response SET score = 10 - score, answered_at = answered_at + 86400 * 40 "
                                    "WHERE id % 5 = 0"))
        .exec();
    Statement(f.db->connection(), u("UPDATE response SET seg1 = NULL WHERE id % 7 = 0")).exec();
    Statement(f.db->connection(), u("DELETE FROM response WHERE id % 3 = 0")).exec();
    CHECK(store.cubeMismatches() == 0);

    // Whatever the cut, the cube and the answers agree.
    const QList<QList<ScoreDimension>> shapes{
        {},
        {ScoreDimension{ScoreKey::Month, 0}},
        {ScoreDimension{ScoreKey::Month, 0}, ScoreDimension{ScoreKey::Segment, 1}},
        {ScoreDimension{ScoreKey::Wave, 0}, ScoreDimension{ScoreKey::Segment, 2}}};
    const QList<QPair<QDate, QDate>> ranges{{{}, {}},
                                            {QDate(2026, 1, 1), QDate(2026, 3, 31)},
                                            {QDate(2026, 1, 15), QDate(2026, 3, 10)},
                                            {QDate(2026, 2, 14), QDate(2026, 2, 14)},
                                            {QDate(2025, 12, 31), {}}};
    const auto sorted = [](QList<ScoreCount> counts) {
        std::sort(counts.begin(), counts.end(), [](const ScoreCount& a, const ScoreCount& b) {
            return std::tie(a.keys, a.score) < std::tie(b.keys, b.score);
        });
        QStringList lines;
        for (const ScoreCount& c : counts) {
            QStringList keys;
            for (qint64 k : c.keys) {
                keys << QString::number(k);
            }
            lines << keys.join(u(",")) + u(":") + QString::number(c.score) + u("=") + QString::number(c.n);
        }
        return lines;
    };
    for (const auto& shape : shapes) {
        for (const auto& [from, to] : ranges) {
            ScoreFilter filter;
            filter.from = from;
            filter.to = to;
            INFO("dimensions " << shape.size() << " from " << from.toString().toStdString() << " to "
                               << to.toString().toStdString());
            REQUIRE(store.cubeServes(filter, shape));
            CHECK(sorted(store.counts(filter, shape)) == sorted(store.countsFromAnswers(filter, shape)));
            filter.segments << qMakePair(1, ResponseStore(*f.db).segments().existingValueId(u("region"), u("North")));
            if (store.cubeServes(filter, shape)) {
                CHECK(sorted(store.counts(filter, shape)) == sorted(store.countsFromAnswers(filter, shape)));
            }
        }
    }

    // A damaged cube is found and rebuilt.
    Statement(f.db->connection(), u("UPDATE score_cube SET n = n + 1 WHERE slot = 1 AND score = 7")).exec();
    CHECK(store.cubeMismatches() > 0);
    store.rebuildCube();
    CHECK(store.cubeMismatches() == 0);
}

TEST_CASE("what-if computed by hand: half of a theme's detractors and passives move up", "[analytics][whatif]")
{
    // 100 answers: 40 promoters, 30 passives, 30 detractors: NPS 10. The theme: 10 detractors, 6 passives.
    const ClassCounts all{40, 30, 30};
    const ClassCounts theme{0, 6, 10};

    const WhatIf toPassive = simulateWhatIf(all, theme, 0.5, WhatIfTarget::Passive);
    CHECK(*toPassive.before.score == Approx(10.0));
    CHECK(toPassive.movedDetractors == Approx(5.0));
    CHECK(toPassive.movedPassives == Approx(0.0));
    CHECK(*toPassive.after.score == Approx(15.0)); // 40 promoters, 35 passives, 25 detractors
    CHECK(toPassive.delta == Approx(5.0));
    // Gains 0.5 for 10 answers of 100: mean 0.05, mean square 0.025, sd 0.15 -> 196 * 0.15 / 10.
    CHECK(toPassive.deltaMargin == Approx(2.94));

    const WhatIf toPromoter = simulateWhatIf(all, theme, 0.5, WhatIfTarget::Promoter);
    CHECK(toPromoter.movedPassives == Approx(3.0));
    CHECK(*toPromoter.after.score == Approx(23.0)); // 48 promoters, 27 passives, 25 detractors
    CHECK(toPromoter.delta == Approx(13.0));
    // Gains 1.0 for 10 answers and 0.5 for 6: mean 0.13, mean square 0.115.
    CHECK(toPromoter.deltaMargin == Approx(196.0 * std::sqrt((0.115 - 0.13 * 0.13) / 100.0)));

    // "NPS points lost to a theme": all of its detractors become passives.
    CHECK(simulateWhatIf(all, theme, 1.0, WhatIfTarget::Passive).delta == Approx(10.0));
    CHECK(simulateWhatIf(all, theme, 0.0, WhatIfTarget::Promoter).delta == Approx(0.0));
    CHECK_FALSE(simulateWhatIf(ClassCounts{}, ClassCounts{}, 0.5, WhatIfTarget::Passive).after.score);
}

TEST_CASE("drivers and what-if on tagged answers, by hand", "[analytics][drivers]")
{
    Fixture f;
    ThemeStore themes(*f.db);
    const qint64 logistics = themes.addDepartment(u("Logistics"));
    const qint64 delivery = themes.addTheme(Theme{0, 0, u("Delivery"), logistics});
    const qint64 late = themes.addTheme(Theme{0, delivery, u("Late delivery"), logistics});
    const qint64 app = themes.addTheme(Theme{0, 0, u("App"), 0});
    // 20 answers: 8 promoters, 4 passives, 8 detractors (NPS 0). "Late" is named by 6 detractors and
    // 2 passives; "App" by 2 promoters.
    for (int i = 0; i < 20; ++i) {
        const int score = i < 8 ? 10 : i < 12 ? 7 : 2;
        const qint64 id = f.add(QDate(2026, 2, 1), score, u("North"));
        if ((i >= 12 && i < 18) || i == 8 || i == 9) {
            f.responses.tag(id, late, false);
        }
        if (i < 2) {
            f.responses.tag(id, app, true);
        }
    }
    const DriverAnalysis analysis = analyseDrivers(*f.db, ReportFilter{});
    CHECK(*analysis.overall.score == Approx(0.0));
    REQUIRE(analysis.drivers.size() == 2);
    const ThemeDriver& first = analysis.drivers.first();
    CHECK(first.theme == u("Delivery / Late delivery"));
    CHECK(first.department == u("Logistics"));
    CHECK(first.mentions == 8);
    CHECK(first.reach == Approx(0.4));
    CHECK(first.shareOfDetractors == Approx(0.75));
    CHECK(*first.mentioning.score == Approx(-75.0));   // 0 P, 2 passives, 6 D of 8
    CHECK(*first.notMentioning.score == Approx(50.0)); // 8 P, 2 passives, 2 D of 12
    CHECK(first.impact == Approx(125.0));
    CHECK(first.pointsLost == Approx(30.0)); // 6 of 20 answers
    CHECK(first.priority == Approx(50.0));
    CHECK(analysis.drivers.last().priority < 0); // named only by promoters

    ReportFilter everyone;
    const WhatIf w = simulateWhatIf(*f.db, everyone, u("Delivery"), 1.0, WhatIfTarget::Passive);
    CHECK(w.delta == Approx(first.pointsLost)); // a top-level theme includes its sub-themes
    CHECK_THROWS(simulateWhatIf(*f.db, everyone, u("Weather"), 1.0, WhatIfTarget::Passive));

    const NpsReport byTheme = NpsReporter(*f.db).report(ReportFilter{}, {*Grouping::parse(u("theme"))});
    REQUIRE(byTheme.rows.size() == 2); // untagged answers are in no theme's row...
    CHECK(byTheme.rows.first().group == QStringList{u("App")});
    CHECK(byTheme.rows.last().score.counts.total() == 8);
    CHECK(byTheme.total.counts.total() == 20); // ...but in the total
}

TEST_CASE("response rate per wave comes from the invited list", "[analytics][waves]")
{
    Fixture f;
    Wave w = *WaveStore(*f.db).get(f.wave);
    w.invited = 8;
    WaveStore(*f.db).update(w);
    f.addMany(QDate(2026, 2, 1), 2, 9);
    WaveStore(*f.db).add(Wave{0, u("No list"), Wave::Kind::Transactional, Metric::Nps, {}, {}, 0});
    const QList<WaveResponseRate> rates = responseRates(*f.db);
    REQUIRE(rates.size() == 2);
    for (const WaveResponseRate& r : rates) {
        if (r.wave.id == f.wave) {
            CHECK(r.responses == 2);
            CHECK(*r.rate == Approx(0.25));
        } else {
            CHECK_FALSE(r.rate);
        }
    }
}

TEST_CASE("migration 3 counts the answers a version-2 database already holds into the cube",
          "[analytics][cube][sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v2.db"));
    {
        const auto db = loopdesk::test::openAtVersion(path, 2);
        Statement(db->connection(), u("INSERT INTO wave (id, name) VALUES (1, 'Old wave')")).exec();
        Statement(db->connection(), u("INSERT INTO dimension (id, name, slot) VALUES (1, 'region', 1)")).exec();
        Statement(db->connection(), u("INSERT INTO segment_value (id, dimension_id, value) VALUES (7, 1, 'North')"))
            .exec();
        Statement insert(db->connection(), u("INSERT INTO response (wave_id, source_key, answered_at, metric, score, "
                                             "seg1) VALUES (1, ?, ?, 'nps', ?, ?)"));
        for (int i = 0; i < 40; ++i) {
            insert.bind(QString::number(i))
                .bind(QDateTime(QDate(2025, 1 + i % 12, 10), QTime(8, 0), Qt::UTC).toSecsSinceEpoch())
                .bind(i % 11)
                .bind(i % 3 ? QVariant(7) : QVariant());
            insert.exec();
        }
    }
    const auto db = Database::open(path);
    CHECK(db->openReport().fromVersion == 2);
    CHECK(ScoreCountStore(*db).cubeMismatches() == 0);
    const NpsReport report = NpsReporter(*db).report(ReportFilter{}, {*Grouping::parse(u("segment:region"))});
    REQUIRE(report.rows.size() == 2);
    CHECK(report.rows.first().group == QStringList{u("North")});
    CHECK(report.rows.first().score.counts.total() == 26);
    CHECK(report.rows.last().score.counts.total() == 14); // (not set)
}

TEST_CASE("NPS per account and per segment filter, and drivers within one segment", "[analytics][nps]")
{
    Fixture f;
    const qint64 acme = AccountStore(*f.db).add(Account{0, u("Acme sp. z o.o."), 0, u("gold"), true});
    CustomerStore customers(*f.db);
    Customer c;
    c.externalId = u("C1");
    c.accountId = acme;
    const qint64 inAcme = customers.add(c);
    const auto addFor = [&](qint64 customer, int score, const QString& region) {
        Response r;
        r.waveId = f.wave;
        r.customerId = customer;
        r.externalId = QString::number(++f.serial);
        r.answeredAt = QDateTime(QDate(2026, 2, 2), QTime(9, 0), Qt::UTC);
        r.score = score;
        r.segments.insert(u("region"), region);
        return *f.responses.add(r);
    };
    addFor(inAcme, 10, u("North"));
    addFor(inAcme, 3, u("North"));
    addFor(0, 9, u("South"));
    const qint64 late = ThemeStore(*f.db).addTheme(Theme{0, 0, u("Late"), 0});
    f.responses.tag(addFor(0, 0, u("South")), late, true);

    const NpsReport accounts = NpsReporter(*f.db).report(ReportFilter{}, {*Grouping::parse(u("account"))});
    CHECK_FALSE(accounts.fromCube);
    REQUIRE(accounts.rows.size() == 2);
    CHECK(accounts.rows.first().group == QStringList{u("Acme sp. z o.o.")});
    CHECK(*accounts.rows.first().score.score == Approx(0.0));
    CHECK(accounts.rows.last().group == QStringList{u("(no account)")});

    ReportFilter south;
    south.segments << qMakePair(u("region"), u("South"));
    CHECK(NpsReporter(*f.db).score(south).counts.total() == 2);
    const DriverAnalysis drivers = analyseDrivers(*f.db, south);
    REQUIRE(drivers.drivers.size() == 1);
    CHECK(drivers.drivers.first().reach == Approx(0.5));
    CHECK(drivers.drivers.first().shareOfDetractors == Approx(1.0));
    ReportFilter north;
    north.segments << qMakePair(u("region"), u("North"));
    CHECK(analyseDrivers(*f.db, north).drivers.isEmpty());
}
