// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/clock.h"
#include "storage/auditstore.h"
#include "storage/casestore.h"
#include "storage/database.h"
#include "storage/responsestore.h"
#include "storage/settingsstore.h"
#include "storage/staffstore.h"
#include "storage/wavestore.h"
#include "testdatabase.h"
#include "testsupport.h"
#include "workflow/caserules.h"
#include "workflow/caseservice.h"
#include "workflow/escalation.h"

using namespace loopdesk::core;

namespace {

const QDateTime kNow(QDate(2026, 11, 22), QTime(12, 0), Qt::UTC);

struct Fixture {
    QTemporaryDir dir;
    std::unique_ptr<Database> db = Database::open(loopdesk::test::databaseLocation(dir, QStringLiteral("esc.db")));
    ManualClock clock{kNow};
    qint64 wave = WaveStore(*db).add(Wave{0, QStringLiteral("w"), {}, {}, {}, {}, 0});
    qint64 agent = StaffStore(*db).add(Staff{0, QStringLiteral("Paola"), {}, Staff::Role::Agent, true});
    qint64 lead = StaffStore(*db).add(Staff{0, QStringLiteral("Marta"), {}, Staff::Role::Manager, true});

    qint64 addCase(const char* id, qint64 dueInHours, bool contacted = false,
                   FollowUpCase::Status status = FollowUpCase::Status::New)
    {
        Response r;
        r.waveId = wave;
        r.externalId = QString::fromLatin1(id);
        r.answeredAt = kNow.addSecs(-3600 * 24);
        r.score = 3;
        FollowUpCase c;
        c.responseId = *ResponseStore(*db).add(r);
        c.ownerId = agent;
        c.status = status;
        c.createdAt = r.answeredAt;
        c.firstContactDue = kNow.addSecs(dueInHours * 3600);
        c.resolutionDue = kNow.addDays(10);
        if (contacted) {
            c.firstContactAt = kNow.addSecs(-7200);
        }
        return CaseStore(*db).add(c);
    }
};

} // namespace

TEST_CASE("cases near or past their first-contact due time, not yet contacted, are escalated once",
          "[workflow][escalation]")
{
    Fixture f;
    const qint64 soon = f.addCase("soon", 2);
    const qint64 late = f.addCase("late", -5);
    f.addCase("later", 10);
    f.addCase("contacted", -5, true, FollowUpCase::Status::Contacting);
    f.addCase("closed", -1, false, FollowUpCase::Status::Closed);
    Escalation escalation(*f.db, f.clock, f.lead);
    QList<qint64> ids;
    for (const CaseListRow& row : escalation.candidates()) {
        ids << row.followUp.id;
    }
    CHECK(ids == QList<qint64>{late, soon}); // soonest due first
    const QList<FollowUpCase> done = escalation.run();
    REQUIRE(done.size() == 2);
    CHECK(CaseStore(*f.db).get(soon)->escalated);
    CHECK(CaseStore(*f.db).get(soon)->ownerId == f.agent); // flag only by default
    bool reasonAudited = false;
    for (const AuditEntry& e : AuditStore(*f.db).forEntity(QStringLiteral("case"), late)) {
        reasonAudited =
            reasonAudited || (e.field == QStringLiteral("reason") && e.newValue.contains(QStringLiteral("was due")));
    }
    CHECK(reasonAudited);
    CHECK(escalation.run().isEmpty()); // nothing is escalated twice
}

TEST_CASE("escalation can hand cases to the team lead, counted as a reassignment", "[workflow][escalation]")
{
    Fixture f;
    const qint64 late = f.addCase("late", -1);
    SettingsStore settings(*f.db);
    WorkflowSettings s = WorkflowSettings::load(settings);
    s.escalateTo = QStringLiteral("Nobody");
    s.save(settings);
    CHECK_THROWS_AS(Escalation(*f.db, f.clock, f.lead).run(), WorkflowError);
    CHECK_FALSE(CaseStore(*f.db).get(late)->escalated);
    s.escalateTo = QStringLiteral("Marta");
    s.escalationWindowHours = 0;
    s.save(settings);
    Escalation(*f.db, f.clock, f.lead).run();
    const FollowUpCase c = *CaseStore(*f.db).get(late);
    CHECK(c.escalated);
    CHECK(c.ownerId == f.lead);
    CHECK(c.reassignmentCount == 1);
}
