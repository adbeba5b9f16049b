// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/clock.h"
#include "privacy/customerdatarights.h"
#include "storage/auditstore.h"
#include "storage/casestore.h"
#include "storage/customerstore.h"
#include "storage/database.h"
#include "storage/responsestore.h"
#include "storage/settingsstore.h"
#include "storage/staffstore.h"
#include "storage/storageerror.h"
#include "storage/themestore.h"
#include "storage/wavestore.h"
#include "testdatabase.h"
#include "testsupport.h"
#include "workflow/caserules.h"
#include "workflow/caseservice.h"
#include "workflow/playbooks.h"

#include <QUuid>

using namespace loopdesk::core;
using S = FollowUpCase::Status;
using A = FollowUpCase::Approval;

namespace {

// Friday 20 November 2026, 16:00 UTC.
const QDateTime kAnswered(QDate(2026, 11, 20), QTime(16, 0), Qt::UTC);

struct Fixture {
    QTemporaryDir dir;
    std::unique_ptr<Database> db =
        Database::open(loopdesk::test::databaseLocation(dir, QStringLiteral("playbooks.db")));
    ManualClock clock{kAnswered.addSecs(3600)};
    qint64 ewa = StaffStore(*db).add(Staff{0, QStringLiteral("Ewa"), {}, Staff::Role::Agent, true});
    qint64 marta = StaffStore(*db).add(Staff{0, QStringLiteral("Marta"), {}, Staff::Role::Manager, true});
    qint64 logistics = ThemeStore(*db).addDepartment(QStringLiteral("Logistics"));
    qint64 delivery = ThemeStore(*db).addTheme(Theme{0, 0, QStringLiteral("Delivery"), logistics});
    qint64 late = ThemeStore(*db).addTheme(Theme{0, delivery, QStringLiteral("Late delivery"), logistics});
    qint64 courier = ThemeStore(*db).addTheme(Theme{0, delivery, QStringLiteral("Courier conduct"), logistics});
    qint64 billing = ThemeStore(*db).addTheme(Theme{0, 0, QStringLiteral("Billing"), logistics});
    qint64 wave = WaveStore(*db).add(Wave{0, QStringLiteral("w"), {}, {}, {}, {}, 0});

    qint64 newCase(int score, QList<qint64> themes = {}, qint64 customer = 0)
    {
        Response r;
        r.waveId = wave;
        r.answeredAt = kAnswered;
        r.score = score;
        r.customerId = customer;
        r.externalId = QUuid::createUuid().toString();
        const qint64 response = *ResponseStore(*db).add(r);
        for (qint64 t : themes) {
            ResponseStore(*db).tag(response, t, false);
        }
        FollowUpCase c;
        c.responseId = response;
        c.category = *classify(Metric::Nps, score);
        c.createdAt = kAnswered;
        c.firstContactDue = kAnswered.addSecs(48 * 3600);
        c.resolutionDue = kAnswered.addDays(14);
        return CaseStore(*db).add(c);
    }
    FollowUpCase current(qint64 id) { return *CaseStore(*db).get(id); }
    QStringList audit(const QString& entity, qint64 id)
    {
        QStringList lines;
        for (const AuditEntry& e : AuditStore(*db).forEntity(entity, id)) {
            lines << e.field + QLatin1Char(':') + e.oldValue + QStringLiteral("->") + e.newValue;
        }
        return lines;
    }
    Playbook themePlaybook(ScoreClass category, qint64 theme, const QString& ask)
    {
        Playbook p;
        p.category = category;
        p.themeId = theme;
        p.responder = QStringLiteral("Logistics desk");
        p.respondWithinHours = 24;
        p.ask = ask;
        p.checklist = {QStringLiteral("Check the tracking"), QStringLiteral(" "), QStringLiteral("Rebook the slot")};
        return p;
    }
};

} // namespace

TEST_CASE("playbooks: a case gets the playbook of its category, or of its theme when there is one", "[playbooks]")
{
    Fixture f;
    Playbooks managers(*f.db, f.clock, f.marta);
    // Shipped: one per category, in LoopDesk's words.
    const QList<Playbook> shipped = managers.all();
    REQUIRE(shipped.size() == 3);
    CHECK(shipped.at(0).category == ScoreClass::Negative);
    CHECK(shipped.at(0).shipped);
    CHECK(shipped.at(0).respondWithinHours == 48);
    CHECK(shipped.at(0).mode == ContactAttempt::Mode::Phone);
    CHECK(shipped.at(0).checklist.size() == 6);
    CHECK(shipped.at(0).ask.contains(QStringLiteral("the one thing")));
    CHECK(shipped.at(1).category == ScoreClass::Neutral);
    CHECK(shipped.at(2).category == ScoreClass::Positive);
    CHECK(shipped.at(2).checklist.contains(QStringLiteral("Invite a review or a referral")));

    const qint64 deliveryBook =
        managers.add(f.themePlaybook(ScoreClass::Negative, f.delivery, QStringLiteral("Where is the parcel now?")));
    const qint64 lateBook =
        managers.add(f.themePlaybook(ScoreClass::Negative, f.late, QStringLiteral("When did you expect it?")));
    CHECK(managers.get(lateBook)->checklist ==
          QStringList{QStringLiteral("Check the tracking"), QStringLiteral("Rebook the slot")}); // blank step dropped
    CHECK_THROWS_WITH(managers.add(f.themePlaybook(ScoreClass::Negative, f.late, QStringLiteral("again"))),
                      Catch::Contains("already has a playbook"));
    CHECK_THROWS_WITH(managers.add(f.themePlaybook(ScoreClass::Negative, 0, QStringLiteral("no theme"))),
                      Catch::Contains("Choose the theme"));

    // A detractor naming Late delivery: its own playbook. Courier conduct has none: its parent's.
    // Billing has none: the detractors' playbook. A passive naming Late delivery: the passives'.
    CHECK(managers.forCase(f.current(f.newCase(3, {f.late}))).id == lateBook);
    CHECK(managers.forCase(f.current(f.newCase(3, {f.courier}))).id == deliveryBook);
    CHECK(managers.forCase(f.current(f.newCase(3, {f.billing}))).id == shipped.at(0).id);
    CHECK(managers.forCase(f.current(f.newCase(3))).id == shipped.at(0).id);
    CHECK(managers.forCase(f.current(f.newCase(8, {f.late}))).id == shipped.at(1).id);
    CHECK(managers.forCase(f.current(f.newCase(10))).id == shipped.at(2).id);
    // The root cause, once chosen, comes before the themes the answer names.
    FollowUpCase named = f.current(f.newCase(2, {f.billing, f.late}));
    CHECK(managers.forCase(named).id == lateBook);
    named.rootCauseThemeId = f.courier;
    CHECK(managers.forCase(named).id == deliveryBook);
    CHECK(managers.caseThemes(named) == QList<qint64>{f.courier, f.delivery, f.late, f.billing});
}

TEST_CASE("playbooks: managers edit them, agents read them, stale edits are refused, the words come back",
          "[playbooks]")
{
    Fixture f;
    Playbooks agents(*f.db, f.clock, f.ewa);
    Playbooks managers(*f.db, f.clock, f.marta);
    Playbook detractors = agents.all().first();
    detractors.ask = QStringLiteral("What went wrong?");
    CHECK_THROWS_WITH(agents.save(detractors), Catch::Contains("Only a manager"));
    CHECK_THROWS_WITH(agents.add(f.themePlaybook(ScoreClass::Negative, f.late, {})), Catch::Contains("Only a manager"));

    const Playbook saved = managers.save(detractors);
    CHECK_FALSE(saved.shipped);
    CHECK(saved.ask == QStringLiteral("What went wrong?"));
    CHECK(saved.version == detractors.version + 1);
    CHECK(saved.checklist == detractors.checklist); // the shipped steps are kept as they were shown
    CHECK(f.audit(QStringLiteral("playbook"), saved.id)
              .contains(QStringLiteral("ask:%1->What went wrong?").arg(Playbooks::shipped(ScoreClass::Negative).ask)));
    CHECK_THROWS_AS(managers.save(detractors), StaleEditError); // based on the version before

    CHECK_THROWS_WITH(managers.remove(saved.id), Catch::Contains("keeps its own playbook"));
    const Playbook restored = managers.restoreShipped(saved.id);
    CHECK(restored.shipped);
    CHECK(restored.ask == Playbooks::shipped(ScoreClass::Negative).ask);

    const qint64 late = managers.add(f.themePlaybook(ScoreClass::Negative, f.late, QStringLiteral("When?")));
    CHECK_THROWS_WITH(managers.restoreShipped(late), Catch::Contains("Only a category's own"));
    managers.remove(late);
    CHECK_FALSE(managers.get(late).has_value());
    CHECK(managers.all().size() == 3);
}

TEST_CASE("playbooks: the checklist steps done on a case are recorded, with who and when, and audited", "[playbooks]")
{
    Fixture f;
    const qint64 id = f.newCase(2);
    Playbooks agent(*f.db, f.clock, f.ewa);
    const Playbook book = agent.forCase(f.current(id));
    agent.setStepDone(id, 0, book.checklist.at(0), true);
    agent.setStepDone(id, 2, book.checklist.at(2), true);
    agent.setStepDone(id, 2, book.checklist.at(2), true); // twice: once
    QMap<int, PlaybookStep> done = agent.steps(id);
    CHECK(done.keys() == QList<int>{0, 2});
    CHECK(done.value(2).text == book.checklist.at(2));
    CHECK(done.value(2).doneBy == f.ewa);
    CHECK(done.value(2).doneAt == f.clock.nowUtc());
    agent.setStepDone(id, 0, book.checklist.at(0), false);
    CHECK(agent.steps(id).keys() == QList<int>{2});
    CHECK(f.audit(QStringLiteral("case"), id) ==
          QStringList{QStringLiteral("playbook_step:->") + book.checklist.at(0),
                      QStringLiteral("playbook_step:->") + book.checklist.at(2),
                      QStringLiteral("playbook_step:") + book.checklist.at(0) + QStringLiteral("->")});
    CHECK(agent.steps(f.newCase(2)).isEmpty()); // another case has its own checklist
    CHECK_THROWS_WITH(agent.setStepDone(999, 0, QStringLiteral("x"), true), Catch::Contains("There is no case"));
}

TEST_CASE("empowerment: compensation above the agent's limit waits for a manager and the case cannot close until "
          "one approves",
          "[playbooks][empowerment]")
{
    Fixture f;
    WorkflowSettings rules; // calendar hours, agent limit 50, managers unlimited, 24 h to decide
    rules.agentCompensationLimit = 50;
    rules.approvalHours = 24;
    SettingsStore settings(*f.db);
    rules.save(settings);
    CHECK(WorkflowSettings::load(settings).agentCompensationLimit == 50);
    CHECK_FALSE(WorkflowSettings::load(settings).compensationLimit(true).has_value());

    const qint64 id = f.newCase(2, {f.late});
    CaseService agent(*f.db, f.clock, f.ewa);
    CaseService manager(*f.db, f.clock, f.marta);
    FollowUpCase c = agent.assign(id, 1, f.ewa);
    ContactAttempt reached;
    reached.mode = ContactAttempt::Mode::Phone;
    reached.reached = true;
    c = agent.logAttempt(id, c.version, reached);

    // Within the limit: recorded, nothing to approve.
    c = agent.compensate(id, c.version, QStringLiteral("voucher"), 50);
    CHECK(c.approval == A::None);
    // Above it: the case waits, due 24 hours later.
    c = agent.compensate(id, c.version, QStringLiteral("refund"), 120);
    CHECK(c.approval == A::Pending);
    CHECK(c.approvalDue == f.clock.nowUtc().addSecs(24 * 3600));
    CHECK_THROWS_WITH(agent.close(id, c.version, f.late, FollowUpCase::Outcome::Saved),
                      Catch::Contains("waits for a manager's approval"));
    CHECK_THROWS_WITH(agent.save([&] {
        FollowUpCase resolved = c;
        resolved.status = S::Resolved;
        return resolved;
    }()),
                      Catch::Contains("waits for a manager's approval"));
    CHECK(f.current(id).status == S::InProgress); // nothing written by the refusals
    // Nor can a plain save approve it, or lower it under the limit behind the limit's back.
    FollowUpCase selfApproved = c;
    selfApproved.approval = A::Approved;
    CHECK_THROWS_WITH(agent.save(selfApproved), Catch::Contains("approved or declined by a manager"));
    FollowUpCase lowered = c;
    lowered.compensationValue = 10;
    CHECK_THROWS_WITH(agent.save(lowered), Catch::Contains("approved or declined by a manager"));
    CHECK(f.current(id).approval == A::Pending);
    // A save from before the compensation is refused as stale, as any stale save is.
    FollowUpCase before = f.current(id);
    before.version = 1;
    before.compensationKind.clear();
    before.escalated = true;
    CHECK_THROWS_AS(agent.save(before), StaleEditError);
    // It is in the "Awaiting approval" view.
    InboxQuery waiting;
    waiting.view = InboxView::AwaitingApproval;
    CHECK(CaseStore(*f.db).inboxCount(waiting) == 1);

    // An agent cannot decide; a manager declining must say why.
    CHECK_THROWS_WITH(agent.decideCompensation(id, c.version, true), Catch::Contains("Only a manager"));
    CHECK_THROWS_WITH(manager.decideCompensation(id, c.version, false), Catch::Contains("Say why"));
    c = manager.decideCompensation(id, c.version, true);
    CHECK(c.approval == A::Approved);
    CHECK(c.approvedBy == f.marta);
    CHECK_FALSE(c.approvalDue.isValid());
    CHECK(CaseStore(*f.db).inboxCount(waiting) == 0);
    c = agent.close(id, c.version, f.late, FollowUpCase::Outcome::Saved);
    CHECK(c.status == S::Closed);
    CHECK(c.compensationValue == 120);

    // The audit log tells the story: who asked, who approved.
    const QList<AuditEntry> log = AuditStore(*f.db).forEntity(QStringLiteral("case"), id);
    QStringList approvals;
    for (const AuditEntry& e : log) {
        if (e.field == QLatin1String("compensation_approval")) {
            approvals << QStringLiteral("%1:%2->%3").arg(e.staffId).arg(e.oldValue, e.newValue);
        }
    }
    CHECK(approvals ==
          QStringList{QStringLiteral("%1:->pending").arg(f.ewa), QStringLiteral("%1:pending->approved").arg(f.marta)});
    CHECK_THROWS_WITH(manager.decideCompensation(id, c.version, true), Catch::Contains("not waiting"));
}

TEST_CASE("empowerment: a declined compensation is withdrawn with the reason, managers have their own limit",
          "[playbooks][empowerment]")
{
    Fixture f;
    WorkflowSettings rules;
    rules.agentCompensationLimit = 0; // every compensation an agent offers needs approval
    rules.managerCompensationLimit = 200;
    rules.clock = SlaClock::BusinessHours; // Mon-Fri 8-17, Polish holidays, in UTC here
    rules.timeZone = QByteArrayLiteral("UTC");
    SettingsStore settings(*f.db);
    rules.save(settings);

    const qint64 id = f.newCase(1);
    CaseService agent(*f.db, f.clock, f.ewa);
    CaseService manager(*f.db, f.clock, f.marta);
    FollowUpCase c = agent.compensate(id, 1, QStringLiteral("voucher"), 10);
    CHECK(c.approval == A::Pending);
    // Asked on Friday at 17:00, the end of the day: 24 business hours of 9 a day are Monday's
    // and Tuesday's 18 and Wednesday's first 6, to 14:00.
    CHECK(c.approvalDue.toString(Qt::ISODate) == QStringLiteral("2026-11-25T14:00:00Z"));
    c = manager.decideCompensation(id, c.version, false, QStringLiteral("Already refunded last month"));
    CHECK(c.approval == A::Declined);
    CHECK(c.compensationKind.isEmpty());
    CHECK(c.compensationValue == 0);
    CHECK(f.audit(QStringLiteral("case"), id).contains(QStringLiteral("reason:->Already refunded last month")));

    // A manager offering within their limit needs nobody; above it, even a manager waits, and
    // cannot approve it themselves.
    c = manager.compensate(id, c.version, QStringLiteral("refund"), 150);
    CHECK(c.approval == A::None);
    c = manager.compensate(id, c.version, QStringLiteral("refund"), 500);
    CHECK(c.approval == A::Pending);
    CHECK_THROWS_WITH(manager.decideCompensation(id, c.version, true), Catch::Contains("above what a manager"));
}

TEST_CASE("what worked: an agent marks a recovery, a manager features it, it shows in its theme's playbook",
          "[playbooks][exemplary]")
{
    Fixture f;
    Customer jan;
    jan.externalId = QStringLiteral("C-1");
    jan.name = QStringLiteral("Jan Kowalski");
    const qint64 customer = CustomerStore(*f.db).add(jan);
    const qint64 id = f.newCase(2, {f.late}, customer);
    Playbooks agent(*f.db, f.clock, f.ewa);
    Playbooks manager(*f.db, f.clock, f.marta);
    CHECK_THROWS_WITH(agent.markExemplary(id, QStringLiteral("Rebooked")), Catch::Contains("resolved or closed"));
    CaseService service(*f.db, f.clock, f.ewa);
    ContactAttempt reached;
    reached.reached = true;
    FollowUpCase c = service.logAttempt(id, 1, reached);
    c = service.close(id, c.version, f.late, FollowUpCase::Outcome::Saved);
    CHECK_THROWS_WITH(agent.markExemplary(id, QStringLiteral("  ")), Catch::Contains("what worked"));
    agent.markExemplary(id, QStringLiteral("Rebooked a morning slot and called Jan when the van left."));

    const std::optional<RecoveryExample> marked = agent.example(id);
    REQUIRE(marked.has_value());
    CHECK(marked->themeId == f.late);
    CHECK(marked->markedByName == QStringLiteral("Ewa"));
    CHECK(marked->curation == RecoveryExample::Curation::Proposed);
    // Not in any playbook until a manager features it; agents cannot.
    const qint64 nextLate = f.newCase(3, {f.late});
    const QList<qint64> themes = agent.caseThemes(f.current(nextLate));
    CHECK(agent.featuredFor(themes).isEmpty());
    CHECK_THROWS_WITH(agent.curate(id, RecoveryExample::Curation::Featured), Catch::Contains("Only a manager"));
    manager.curate(id, RecoveryExample::Curation::Featured);
    REQUIRE(agent.featuredFor(themes).size() == 1);
    CHECK(agent.featuredFor(themes).first().note.startsWith(QStringLiteral("Rebooked a morning slot")));
    // Shown for the Delivery family (Courier conduct's case sees its parent's examples), not for Billing.
    CHECK(agent.featuredFor(agent.caseThemes(f.current(f.newCase(3, {f.courier})))).size() == 1);
    CHECK(agent.featuredFor(agent.caseThemes(f.current(f.newCase(3, {f.billing})))).isEmpty());
    manager.curate(id, RecoveryExample::Curation::Dismissed);
    CHECK(agent.featuredFor(themes).isEmpty());
    CHECK(f.audit(QStringLiteral("case"), id).contains(QStringLiteral("exemplary_curation:featured->dismissed")));

    // Erasing the customer removes the note that names him, from the list and from the audit log.
    CustomerDataRights(*f.db, f.clock).erase(customer);
    CHECK_FALSE(agent.example(id).has_value());
    for (const QString& line : f.audit(QStringLiteral("case"), id)) {
        CHECK_FALSE(line.contains(QStringLiteral("Jan")));
    }
}
