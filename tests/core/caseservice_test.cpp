// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/clock.h"
#include "storage/auditstore.h"
#include "storage/casestore.h"
#include "storage/database.h"
#include "storage/responsestore.h"
#include "storage/staffstore.h"
#include "storage/themestore.h"
#include "storage/wavestore.h"
#include "testdatabase.h"
#include "testsupport.h"

#include "workflow/caseservice.h"
#include <QUuid>

using namespace loopdesk::core;
using S = FollowUpCase::Status;

namespace {

const QDateTime kAnswered(QDate(2026, 11, 20), QTime(16, 0), Qt::UTC);

struct Fixture {
    QTemporaryDir dir;
    QString path = loopdesk::test::databaseLocation(dir, QStringLiteral("workflow.db"));
    std::unique_ptr<Database> db = Database::open(path);
    ManualClock clock{kAnswered.addSecs(3600)};
    qint64 ewa = StaffStore(*db).add(Staff{0, QStringLiteral("Ewa Malinowska"), {}, Staff::Role::Agent, true});
    qint64 kamil = StaffStore(*db).add(Staff{0, QStringLiteral("Kamil Górski"), {}, Staff::Role::Agent, true});
    qint64 logistics = ThemeStore(*db).addDepartment(QStringLiteral("Logistics"));
    qint64 late = ThemeStore(*db).addTheme(Theme{0, 0, QStringLiteral("Late delivery"), logistics});
    qint64 caseId = newCase();

    qint64 newCase()
    {
        const qint64 wave = WaveStore(*db).findByName(QStringLiteral("w")).value_or(Wave{}).id
                                ? WaveStore(*db).findByName(QStringLiteral("w"))->id
                                : WaveStore(*db).add(Wave{0, QStringLiteral("w"), {}, {}, {}, {}, 0});
        Response r;
        r.waveId = wave;
        r.answeredAt = kAnswered;
        r.score = 2;
        r.externalId = QUuid::createUuid().toString();
        FollowUpCase c;
        c.responseId = *ResponseStore(*db).add(r);
        c.createdAt = kAnswered;
        c.firstContactDue = kAnswered.addSecs(48 * 3600);
        c.resolutionDue = kAnswered.addDays(14);
        return CaseStore(*db).add(c);
    }
    FollowUpCase current(qint64 id = 0) { return *CaseStore(*db).get(id ? id : caseId); }
    QStringList audit(qint64 id = 0)
    {
        QStringList lines;
        for (const AuditEntry& e : AuditStore(*db).forEntity(QStringLiteral("case"), id ? id : caseId)) {
            lines << e.field + QLatin1Char(':') + e.oldValue + QStringLiteral("->") + e.newValue;
        }
        return lines;
    }
};

ContactAttempt attempt(bool reached)
{
    ContactAttempt a;
    a.mode = ContactAttempt::Mode::Phone;
    a.reached = reached;
    a.notes = reached ? QStringLiteral("talked") : QStringLiteral("voicemail");
    return a;
}

} // namespace

TEST_CASE("a case goes from first call to closure, every change audited", "[workflow][service]")
{
    Fixture f;
    CaseService service(*f.db, f.clock, f.ewa);
    FollowUpCase c = service.assign(f.caseId, 1, f.ewa);
    CHECK(c.ownerId == f.ewa);
    CHECK(c.reassignmentCount == 0);
    c = service.logAttempt(f.caseId, c.version, attempt(false));
    CHECK(c.status == S::Contacting);
    CHECK(c.firstContactAt == f.clock.nowUtc());
    f.clock.advanceSeconds(7200);
    c = service.logAttempt(f.caseId, c.version, attempt(true));
    CHECK(c.status == S::InProgress);
    CHECK(c.firstContactAt == kAnswered.addSecs(3600)); // the first attempt, not the first success
    c = service.close(f.caseId, c.version, f.late, FollowUpCase::Outcome::Saved);
    CHECK(c.status == S::Closed);
    CHECK(c.departmentId == f.logistics);
    CHECK(c.closedAt == f.clock.nowUtc());
    const FollowUpCase stored = f.current();
    CHECK(stored.version == c.version);
    CHECK(stored.updatedBy == f.ewa);
    CHECK(CaseStore(*f.db).attempts(f.caseId).size() == 2);
    const QStringList audit = f.audit();
    CHECK(audit.contains(QStringLiteral("owner:->%1").arg(f.ewa)));
    CHECK(audit.contains(QStringLiteral("status:new->contacting")));
    CHECK(audit.contains(QStringLiteral("status:contacting->in_progress")));
    CHECK(audit.contains(QStringLiteral("status:in_progress->resolved")));
    CHECK(audit.contains(QStringLiteral("status:resolved->closed")));
    CHECK(audit.contains(QStringLiteral("outcome:none->saved")));
}

TEST_CASE("illegal moves and closing without cause or outcome are refused and change nothing", "[workflow][service]")
{
    Fixture f;
    CaseService service(*f.db, f.clock, f.ewa);
    FollowUpCase edited = f.current();
    edited.status = S::Closed;
    edited.rootCauseThemeId = f.late;
    edited.outcome = FollowUpCase::Outcome::Saved;
    CHECK_THROWS_AS(service.save(edited), WorkflowError);
    CHECK_THROWS_AS(service.close(f.caseId, 1, 0, FollowUpCase::Outcome::Saved), WorkflowError);
    FollowUpCase c = service.logAttempt(f.caseId, 1, attempt(true));
    CHECK_THROWS_AS(service.close(f.caseId, c.version, f.late, FollowUpCase::Outcome::None), WorkflowError);
    CHECK(f.current().status == S::InProgress);
    CHECK(f.current().version == c.version);
}

TEST_CASE("reassigning needs a reason and is counted, taking an unassigned case is not", "[workflow][service]")
{
    Fixture f;
    CaseService service(*f.db, f.clock, f.ewa);
    FollowUpCase c = service.assign(f.caseId, 1, f.ewa);
    CHECK_THROWS_AS(service.assign(f.caseId, c.version, f.kamil), WorkflowError);
    c = service.assign(f.caseId, c.version, f.kamil, QStringLiteral("Kamil speaks Italian"));
    CHECK(c.ownerId == f.kamil);
    CHECK(c.reassignmentCount == 1);
    CHECK(f.audit().contains(QStringLiteral("reason:->Kamil speaks Italian")));
}

TEST_CASE("giving a case to the person who already has it changes nothing, unless it was decided on an old view",
          "[workflow][service]")
{
    Fixture f;
    CaseService service(*f.db, f.clock, f.ewa);
    const FollowUpCase mine = service.assign(f.caseId, 1, f.ewa);
    CHECK(service.assign(f.caseId, mine.version, f.ewa).version == mine.version);
    const FollowUpCase contacted = service.logAttempt(f.caseId, mine.version, attempt(false));
    // Decided at version 2, the case is at 3 now: refused as any stale save, and it says who.
    try {
        service.assign(f.caseId, mine.version, f.ewa);
        FAIL("an assignment based on an old version went through");
    } catch (const StaleEditError& error) {
        CHECK(error.message().contains(QStringLiteral("changed by Ewa Malinowska")));
    }
    CHECK(f.current().version == contacted.version);
}

TEST_CASE("three failed attempts in a row make a case unreachable, a new attempt reopens contact",
          "[workflow][service]")
{
    Fixture f;
    CaseService service(*f.db, f.clock, f.ewa);
    FollowUpCase c = service.logAttempt(f.caseId, 1, attempt(false));
    c = service.logAttempt(f.caseId, c.version, attempt(false));
    CHECK(c.status == S::Contacting);
    c = service.logAttempt(f.caseId, c.version, attempt(false));
    CHECK(c.status == S::Unreachable);
    c = service.logAttempt(f.caseId, c.version, attempt(true));
    CHECK(c.status == S::InProgress);
}

TEST_CASE("two connections edit the same case: the second save is refused, nothing is lost", "[workflow][service]")
{
    Fixture f;
    const auto second = Database::open(f.path);
    CaseService ewa(*f.db, f.clock, f.ewa);
    CaseService kamil(*second, f.clock, f.kamil);
    FollowUpCase mine = *CaseStore(*f.db).get(f.caseId);
    FollowUpCase theirs = *CaseStore(*second).get(f.caseId);
    mine.rootCauseThemeId = f.late;
    ewa.save(mine);
    theirs.escalated = true;
    try {
        kamil.save(theirs);
        FAIL("a stale save went through");
    } catch (const StaleEditError& error) {
        CHECK(error.message().contains(QStringLiteral("Ewa Malinowska")));
    }
    const FollowUpCase stored = f.current();
    CHECK(stored.rootCauseThemeId == f.late);
    CHECK_FALSE(stored.escalated);
    CHECK(stored.version == 2);
    // Reloaded, the second person's change goes through on top of the first.
    FollowUpCase reloaded = *CaseStore(*second).get(f.caseId);
    reloaded.escalated = true;
    CHECK(kamil.save(reloaded).version == 3);
    CHECK(f.current().rootCauseThemeId == f.late);
}

TEST_CASE("compensation, the customer being told, and a re-survey are recorded and audited", "[workflow][service]")
{
    Fixture f;
    CaseService service(*f.db, f.clock, f.ewa);
    FollowUpCase c = f.current();
    CHECK_THROWS_AS(service.compensate(c.id, c.version, QString(), 10), WorkflowError);
    CHECK_THROWS_AS(service.compensate(c.id, c.version, QStringLiteral("voucher"), -1), WorkflowError);
    c = service.compensate(c.id, c.version, QStringLiteral("voucher"), 50);
    CHECK(c.compensationKind == QStringLiteral("voucher"));
    CHECK(c.compensationValue == 50);

    c = service.markCustomerInformed(c.id, c.version);
    CHECK(c.customerInformedAt == f.clock.nowUtc());
    f.clock.advanceSeconds(3600);
    const FollowUpCase again = service.markCustomerInformed(c.id, c.version);
    CHECK(again.customerInformedAt == c.customerInformedAt); // the first time counts
    CHECK(again.version == c.version);                       // and nothing else was written

    CHECK_THROWS_AS(service.recordResurvey(c.id, c.version, 11), WorkflowError);
    c = service.recordResurvey(c.id, c.version, 6);
    CHECK(c.resurveyScore == 6);
    CHECK(c.outcome == FollowUpCase::Outcome::None); // still a detractor: not saved by the score
    c = service.recordResurvey(c.id, c.version, 8);
    CHECK(c.outcome == FollowUpCase::Outcome::Saved); // risen to passive
    const QStringList audit = f.audit();
    CHECK(audit.contains(QStringLiteral("resurvey_score:6->8")));
    CHECK(std::any_of(audit.cbegin(), audit.cend(),
                      [](const QString& line) { return line.startsWith(QStringLiteral("compensation:")); }));
}
