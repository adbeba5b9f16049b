// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/clock.h"
#include "storage/actionstore.h"
#include "storage/auditstore.h"
#include "storage/database.h"
#include "storage/staffstore.h"
#include "testdatabase.h"
#include "testsupport.h"
#include "workflow/actionplan.h"
#include "workflow/caseservice.h"

using namespace loopdesk::core;

namespace {

const ManualClock kClock(QDateTime(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC));

struct Fixture {
    QTemporaryDir dir;
    std::unique_ptr<Database> db = Database::open(loopdesk::test::databaseLocation(dir, QStringLiteral("actions.db")));
    qint64 manager = StaffStore(*db).add(Staff{0, QStringLiteral("Marta"), {}, Staff::Role::Manager, true});
    qint64 agent = StaffStore(*db).add(Staff{0, QStringLiteral("Ewa"), {}, Staff::Role::Agent, true});

    Action courierTraining() const
    {
        Action a;
        a.title = QStringLiteral("Courier etiquette training");
        a.ownerId = agent;
        a.budget = 12000;
        a.expectedNpsGain = 2.4;
        a.successMetric = QStringLiteral("share of detractors naming courier conduct");
        a.target = QStringLiteral("below 5 %");
        a.tasks = {ActionTask{0, 0, QStringLiteral("Write the guide"), agent, QDate(2026, 12, 10), false},
                   ActionTask{0, 0, QStringLiteral("Train the depots"), agent, QDate(2027, 1, 20), false}};
        return a;
    }
};

} // namespace

TEST_CASE("an action moves proposed → approved → in progress → done, each move audited", "[workflow][actions]")
{
    Fixture f;
    const qint64 id = ActionPlan(*f.db, kClock, f.agent).propose(f.courierTraining());
    ActionPlan asManager(*f.db, kClock, f.manager);
    Action a = *ActionStore(*f.db).get(id);
    CHECK(a.status == Action::Status::Proposed);
    CHECK(ActionPlan::nextStatuses(a.status) ==
          QList<Action::Status>{Action::Status::Approved, Action::Status::Rejected});

    a = asManager.move(id, a.version, Action::Status::Approved);
    CHECK(a.status == Action::Status::Approved);
    a = asManager.move(id, a.version, Action::Status::InProgress);
    const qint64 firstTask = a.tasks.first().id;
    a = asManager.setTaskDone(id, a.version, firstTask, true);
    CHECK(a.tasks.first().id == firstTask); // tasks keep their ids through updates
    CHECK(a.tasks.first().done);
    // Done needs every task done.
    CHECK_THROWS_AS(asManager.move(id, a.version, Action::Status::Done), WorkflowError);
    a = asManager.setTaskDone(id, a.version, a.tasks.last().id, true);
    a = asManager.move(id, a.version, Action::Status::Done, {}, QStringLiteral("Couriers now call before they come."));
    CHECK(a.status == Action::Status::Done);
    CHECK(a.customerMessage == QStringLiteral("Couriers now call before they come."));
    try {
        asManager.move(id, a.version, Action::Status::InProgress);
        FAIL("a done action moved back");
    } catch (const WorkflowError& error) {
        CHECK(error.message().contains(QStringLiteral("does not move any more")));
    }

    QStringList statuses;
    for (const AuditEntry& e : AuditStore(*f.db).forEntity(QStringLiteral("action"), id)) {
        if (e.field == QLatin1String("status")) {
            statuses << e.newValue;
        }
    }
    CHECK(statuses == QStringList{QStringLiteral("proposed"), QStringLiteral("approved"), QStringLiteral("in_progress"),
                                  QStringLiteral("done")});
}

TEST_CASE("a rejection needs a manager, the reason and the message to customers", "[workflow][actions]")
{
    Fixture f;
    const qint64 id = ActionPlan(*f.db, kClock, f.agent).propose(f.courierTraining());
    const int version = ActionStore(*f.db).get(id)->version;
    CHECK_THROWS_AS(ActionPlan(*f.db, kClock, f.agent)
                        .move(id, version, Action::Status::Rejected, QStringLiteral("too dear"), QStringLiteral("no")),
                    WorkflowError);
    ActionPlan asManager(*f.db, kClock, f.manager);
    try {
        asManager.move(id, version, Action::Status::Rejected);
        FAIL("rejected without a reason");
    } catch (const WorkflowError& error) {
        CHECK(error.message().contains(QStringLiteral("Say why")));
    }
    CHECK_THROWS_AS(asManager.move(id, version, Action::Status::Rejected, QStringLiteral("Too dear for the gain")),
                    WorkflowError); // the customers' message is missing
    CHECK(ActionStore(*f.db).get(id)->status == Action::Status::Proposed);
    const Action rejected =
        asManager.move(id, version, Action::Status::Rejected, QStringLiteral("Too dear for the gain"),
                       QStringLiteral("We looked at training every courier and chose to fix "
                                      "delivery slots first."));
    CHECK(rejected.status == Action::Status::Rejected);
    CHECK(rejected.rejectionReason == QStringLiteral("Too dear for the gain"));
    // Skipping approval is not a move.
    const qint64 other = ActionPlan(*f.db, kClock, f.agent).propose(f.courierTraining());
    CHECK_THROWS_AS(asManager.move(other, 1, Action::Status::InProgress), WorkflowError);
}

TEST_CASE("action edits are validated, keep the status, and a stale edit is refused", "[workflow][actions]")
{
    Fixture f;
    Action bad = f.courierTraining();
    bad.title = QStringLiteral("   ");
    CHECK_THROWS_AS(ActionPlan(*f.db, kClock, f.agent).propose(bad), WorkflowError);
    bad = f.courierTraining();
    bad.ownerId = 999;
    CHECK_THROWS_AS(ActionPlan(*f.db, kClock, f.agent).propose(bad), WorkflowError);
    CHECK(ActionStore(*f.db).all().isEmpty());

    const qint64 id = ActionPlan(*f.db, kClock, f.agent).propose(f.courierTraining());
    Action mine = *ActionStore(*f.db).get(id);
    Action theirs = mine;
    mine.budget = 9000;
    mine.status = Action::Status::Done; // not through an edit
    const Action saved = ActionPlan(*f.db, kClock, f.agent).save(mine);
    CHECK(saved.budget == 9000);
    CHECK(saved.status == Action::Status::Proposed);
    theirs.title = QStringLiteral("Something else");
    CHECK_THROWS_AS(ActionPlan(*f.db, kClock, f.manager).save(theirs), StaleEditError);
    CHECK(ActionStore(*f.db).get(id)->title == QStringLiteral("Courier etiquette training"));
    bool budgetAudited = false;
    for (const AuditEntry& e : AuditStore(*f.db).forEntity(QStringLiteral("action"), id)) {
        budgetAudited =
            budgetAudited || (e.field == QLatin1String("budget") && e.oldValue == QLatin1String("12000.00") &&
                              e.newValue == QLatin1String("9000.00"));
    }
    CHECK(budgetAudited);
}
