// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboardfixture.h"
#include "review/departmentdigest.h"
#include "storage/storageerror.h"
#include "workflow/actionplan.h"

#include <QFile>

#include <cmath>

using namespace loopdesk::core;

namespace {

const ManualClock kClock(QDateTime(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC));

double rounded(double value)
{
    return std::round(value * 100) / 100;
}

Period period(const char* text)
{
    return *Period::parse(QString::fromLatin1(text));
}

qint64 themeId(Database& db, const char* name)
{
    return ThemeStore(db).findTheme(QString::fromLatin1(name))->id;
}

// The dashboards' three quarters (see dashboardfixture.h), with the oldest case closed onto Late
// delivery (so routed to Logistics and still open there) and three actions: one on Late delivery,
// one on Unhelpful answer (Customer service), and a rejected one on Late delivery.
struct Fixture : loopdesk::test::DashboardFixture {
    qint64 manager = StaffStore(*db).add(Staff{0, QStringLiteral("Ola"), {}, Staff::Role::Manager, true});
    qint64 routedCase = 0;

    Fixture()
        : DashboardFixture(kClock)
    {
        const qint64 late = themeId(*db, "Late delivery");
        const qint64 logistics = ThemeStore(*db).findDepartment(QStringLiteral("Logistics"))->id;
        routedCase =
            Statement::scalar(db->connection(), QStringLiteral("SELECT min(id) FROM followup_case")).toLongLong();
        Statement route(
            db->connection(),
            QStringLiteral("UPDATE followup_case SET root_cause_theme_id = ?, department_id = ? WHERE id = ?"));
        route.bind(late).bind(logistics).bind(routedCase).exec();

        ActionPlan plan(*db, kClock, manager);
        Action deliverySlots;
        deliverySlots.title = QStringLiteral("Two-hour delivery slots");
        deliverySlots.themeIds = {late};
        deliverySlots.deadline = QDate(2026, 10, 1); // passed
        plan.propose(deliverySlots);
        Action script;
        script.title = QStringLiteral("A better phone script");
        script.themeIds = {themeId(*db, "Unhelpful answer")};
        plan.propose(script);
        Action drones;
        drones.title = QStringLiteral("Deliver by drone");
        drones.themeIds = {late};
        const qint64 dronesId = plan.propose(drones);
        plan.move(dronesId, 1, Action::Status::Rejected, QStringLiteral("Not this decade"),
                  QStringLiteral("We are working on faster couriers instead."));
    }
};

} // namespace

TEST_CASE("a department's digest of a hand-computed quarter", "[digest]")
{
    Fixture f;
    const DepartmentDigest d =
        DepartmentDigestComposer(*f.db, kClock).compose(QStringLiteral("Logistics"), period("2026Q3"), false);
    CHECK(d.title == QStringLiteral("Logistics: what customers said, 2026Q3"));
    CHECK(d.previous.label() == QStringLiteral("2026Q2"));
    CHECK(rounded(*d.overall.score) == 40); // everyone in Q3: 12 P, 4 N, 4 D

    // Late delivery: 3 detractors of 20 answers -> 15 points; Courier conduct: 1 -> 5. Nothing in Q2.
    REQUIRE(d.themes.size() == 2);
    CHECK(d.themes.at(0).now.theme == QStringLiteral("Delivery / Late delivery"));
    CHECK(d.themes.at(0).now.mentions == 3);
    CHECK(d.themes.at(0).now.mentioning.counts.negative == 3);
    CHECK(rounded(d.themes.at(0).now.pointsLost) == 15);
    CHECK(d.themes.at(0).mentionsBefore == 0);
    CHECK(d.themes.at(1).now.theme == QStringLiteral("Delivery / Courier conduct"));
    CHECK(rounded(d.themes.at(1).now.pointsLost) == 5);
    CHECK(rounded(d.pointsLost) == 20);

    REQUIRE(d.voices.size() == 2);
    CHECK(d.voices.at(0).comments == QStringList{QStringLiteral("waited a week, late"), QStringLiteral("late again"),
                                                 QStringLiteral("the parcel came late")}); // newest first

    REQUIRE(d.actions.size() == 1); // its own theme, not rejected
    CHECK(d.actions.first().action.title == QStringLiteral("Two-hour delivery slots"));
    CHECK(d.actions.first().pastDeadline);

    REQUIRE(d.waiting.size() == 1);
    CHECK(d.waiting.first().id == f.routedCase);
    CHECK(d.waiting.first().theme == QStringLiteral("Delivery / Late delivery"));
    CHECK(d.waiting.first().overdue); // opened in February, due two weeks later

    // The same words twice are quoted once.
    const QString again = f.dir.filePath(QStringLiteral("again.csv"));
    loopdesk::test::writeFile(again, "response_id,answered_at,score,comment,segment:region\n"
                                     "X1,2026-09-20,2,late again,South\nX2,2026-09-21,1,Late  again,South\n");
    ImportOptions options;
    options.timeZone = QTimeZone::utc();
    options.waveName = QStringLiteral("Again");
    Importer(*f.db, kClock).run(again, options);
    const DepartmentDigest twice =
        DepartmentDigestComposer(*f.db, kClock).compose(QStringLiteral("Logistics"), period("2026Q3"), false);
    CHECK(twice.voices.at(0).comments == QStringList{QStringLiteral("Late  again"),
                                                     QStringLiteral("waited a week, late"),
                                                     QStringLiteral("the parcel came late")});

    // The quarter before: no theme of Logistics was named, and nothing changes for the cases.
    const DepartmentDigest q2 =
        DepartmentDigestComposer(*f.db, kClock).compose(QStringLiteral("Logistics"), period("2026Q2"), false);
    CHECK(q2.themes.isEmpty());
    CHECK(q2.waiting.size() == 1);

    // Customer service: Unhelpful answer's one detractor, and its own action.
    const DepartmentDigest service =
        DepartmentDigestComposer(*f.db, kClock).compose(QStringLiteral("Customer service"), period("2026Q3"), false);
    REQUIRE(service.themes.size() == 1);
    CHECK(service.actions.size() == 1);
    CHECK(service.waiting.isEmpty());

    CHECK_THROWS_AS(
        DepartmentDigestComposer(*f.db, kClock).compose(QStringLiteral("Marketing"), period("2026Q3"), false),
        StorageError);
}

TEST_CASE("an anonymised digest masks contact details and names, and its CSV is safe to open", "[digest]")
{
    CHECK(DepartmentDigestComposer::anonymised(QStringLiteral("Write to ewa.n@example.com or call +48 601 234 567")) ==
          QStringLiteral("Write to […] or call […]"));
    CHECK(DepartmentDigestComposer::anonymised(QStringLiteral("Order 20261234 never came, 3 days late")) ==
          QStringLiteral("Order […] never came, 3 days late"));

    Fixture f;
    const DepartmentDigest d =
        DepartmentDigestComposer(*f.db, kClock).compose(QStringLiteral("Logistics"), period("2026Q3"), true);
    CHECK(d.anonymised);
    REQUIRE(d.waiting.size() == 1);
    CHECK(d.waiting.first().customer.isEmpty());

    const QString csv = f.dir.filePath(QStringLiteral("digest.csv"));
    writeDigestCsv(d, csv);
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString rows = QString::fromUtf8(file.readAll());
    CHECK(rows.startsWith(QStringLiteral("section,label,measure,value\r\n")));
    CHECK(rows.contains(QStringLiteral("theme,Delivery / Late delivery,points_lost,15.00\r\n")));
    CHECK(rows.contains(QStringLiteral("voice,Delivery / Late delivery,comment,late again\r\n")));
    CHECK(rows.contains(QStringLiteral("action,Two-hour delivery slots,overdue,true\r\n")));
    CHECK_THROWS_AS(writeDigestCsv(d, f.dir.filePath(QStringLiteral("missing/digest.csv"))), StorageError);
}
