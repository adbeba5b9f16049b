// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/clock.h"
#include "storage/accountstore.h"
#include "storage/casestore.h"
#include "storage/customerstore.h"
#include "storage/database.h"
#include "storage/responsestore.h"
#include "storage/settingsstore.h"
#include "storage/staffstore.h"
#include "storage/wavestore.h"
#include "testdatabase.h"
#include "testsupport.h"
#include "workflow/autoassignment.h"

using namespace loopdesk::core;

namespace {

const QDateTime kNow(QDate(2026, 11, 22), QTime(12, 0), Qt::UTC);

struct Fixture {
    QTemporaryDir dir;
    std::unique_ptr<Database> db = Database::open(loopdesk::test::databaseLocation(dir, QStringLiteral("assign.db")));
    ManualClock clock{kNow};
    qint64 wave = WaveStore(*db).add(Wave{0, QStringLiteral("w"), {}, {}, {}, {}, 0});
    qint64 agata = StaffStore(*db).add(Staff{0, QStringLiteral("Agata"), {}, Staff::Role::Agent, true});
    qint64 bruno = StaffStore(*db).add(Staff{0, QStringLiteral("Bruno"), {}, Staff::Role::Agent, true});
    qint64 celina = StaffStore(*db).add(Staff{0, QStringLiteral("Celina"), {}, Staff::Role::Agent, true});
    qint64 dario = StaffStore(*db).add(Staff{0, QStringLiteral("Dario"), {}, Staff::Role::Agent, false});
    qint64 marta = StaffStore(*db).add(Staff{0, QStringLiteral("Marta"), {}, Staff::Role::Manager, true});
    int next = 0;

    qint64 addCase(qint64 owner, qint64 customer = 0, const QString& region = {})
    {
        Response r;
        r.waveId = wave;
        r.customerId = customer;
        if (!region.isEmpty()) {
            r.segments.insert(QStringLiteral("region"), region);
        }
        r.externalId = QStringLiteral("r%1").arg(++next);
        r.answeredAt = kNow.addSecs(-3600 * next);
        r.score = 1;
        FollowUpCase c;
        c.responseId = *ResponseStore(*db).add(r);
        c.ownerId = owner;
        c.createdAt = r.answeredAt;
        c.firstContactDue = r.answeredAt.addSecs(48 * 3600);
        c.resolutionDue = r.answeredAt.addDays(14);
        return CaseStore(*db).add(c);
    }
};

} // namespace

TEST_CASE("round-robin gives unassigned cases to active agents, evening out their load", "[workflow][assignment]")
{
    Fixture f;
    f.addCase(f.agata);
    f.addCase(f.agata);
    f.addCase(f.celina);
    for (int i = 0; i < 5; ++i) {
        f.addCase(0);
    }
    const QList<FollowUpCase> assigned = AutoAssignment(*f.db, f.clock, f.marta).run(AutoAssignment::Mode::RoundRobin);
    CHECK(assigned.size() == 5);
    const QMap<qint64, qint64> load = CaseStore(*f.db).openLoadByOwner();
    CHECK(load.value(f.agata) + load.value(f.bruno) + load.value(f.celina) == 8);
    CHECK(std::max({load.value(f.agata), load.value(f.bruno), load.value(f.celina)}) -
              std::min({load.value(f.agata), load.value(f.bruno), load.value(f.celina)}) <=
          1);
    CHECK(load.value(f.dario) == 0); // inactive
    CHECK(load.value(f.marta) == 0); // managers are not in the rotation
    CHECK(CaseStore(*f.db).unassignedOpen().isEmpty());
    for (const FollowUpCase& c : assigned) {
        CHECK(c.reassignmentCount == 0); // taking an unassigned case is not a reassignment
    }
}

TEST_CASE("by account owner: a key account's case goes to its owner, others to the rotation", "[workflow][assignment]")
{
    Fixture f;
    const qint64 account = AccountStore(*f.db).add(Account{0, QStringLiteral("Adriatica"), f.marta, {}, true});
    Customer customer;
    customer.externalId = QStringLiteral("C1");
    customer.accountId = account;
    const qint64 owned = f.addCase(0, CustomerStore(*f.db).add(customer));
    const qint64 other = f.addCase(0);
    AutoAssignment(*f.db, f.clock, f.marta).run(AutoAssignment::Mode::AccountOwner);
    CHECK(CaseStore(*f.db).get(owned)->ownerId == f.marta);
    CHECK(CaseStore(*f.db).get(other)->ownerId == f.agata);
}

TEST_CASE("by segment: each region's owner from the settings, the rest round-robin", "[workflow][assignment]")
{
    Fixture f;
    SettingsStore settings(*f.db);
    settings.setValue(AutoAssignment::segmentOwnerKey(QStringLiteral("region"), QStringLiteral("Sicilia")),
                      QStringLiteral("Bruno"));
    settings.setValue(AutoAssignment::segmentOwnerKey(QStringLiteral("region"), QStringLiteral("Mazowsze")),
                      QStringLiteral("Dario")); // inactive: nobody to give it to
    const qint64 sicily1 = f.addCase(0, 0, QStringLiteral("Sicilia"));
    const qint64 sicily2 = f.addCase(0, 0, QStringLiteral("Sicilia"));
    const qint64 mazovia = f.addCase(0, 0, QStringLiteral("Mazowsze"));
    const qint64 none = f.addCase(0);
    const QList<FollowUpCase> assigned =
        AutoAssignment(*f.db, f.clock, f.marta).run(AutoAssignment::Mode::SegmentOwner, QStringLiteral("region"));
    CHECK(assigned.size() == 4);
    CaseStore cases(*f.db);
    CHECK(cases.get(sicily1)->ownerId == f.bruno);
    CHECK(cases.get(sicily2)->ownerId == f.bruno);
    CHECK(cases.get(mazovia)->ownerId != f.dario);
    CHECK(cases.get(mazovia)->ownerId != 0);
    CHECK(cases.get(none)->ownerId != 0);
}
