// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/accountstore.h"
#include "storage/actionstore.h"
#include "storage/auditstore.h"
#include "storage/casestore.h"
#include "storage/customerstore.h"
#include "storage/database.h"
#include "storage/responsestore.h"
#include "storage/settingsstore.h"
#include "storage/staffstore.h"
#include "storage/themestore.h"
#include "storage/wavestore.h"
#include "testdatabase.h"
#include "testsupport.h"

using namespace loopdesk::core;

namespace {

const QDateTime kT0(QDate(2026, 3, 6), QTime(16, 0), Qt::UTC);

// A real temporary file with the real migrations, and a wave and customer to hang things on.
struct Fixture {
    QTemporaryDir dir;
    std::unique_ptr<Database> db = Database::open(loopdesk::test::databaseLocation(dir, QStringLiteral("stores.db")));
    qint64 staffId = StaffStore(*db).add(
        Staff{0, QStringLiteral("Paola Moretti"), QStringLiteral("paola@x.example"), Staff::Role::Agent, true});
    qint64 waveId = WaveStore(*db).add(Wave{0, QStringLiteral("Q1 relationship"), Wave::Kind::Relationship, Metric::Nps,
                                            QDate(2026, 1, 1), QDate(2026, 3, 31), 1000});
    qint64 customerId = CustomerStore(*db).add(Customer{0,
                                                        QStringLiteral("C-1"),
                                                        QStringLiteral("Zofia Wiśniewska"),
                                                        QStringLiteral("zofia@x.example"),
                                                        QStringLiteral("+48 600 100 200"),
                                                        QStringLiteral("pl"),
                                                        0,
                                                        false,
                                                        1200.0,
                                                        {}});

    qint64 addResponse(int score, const QString& externalId = {})
    {
        Response r;
        r.waveId = waveId;
        r.customerId = customerId;
        r.externalId = externalId;
        r.answeredAt = kT0;
        r.score = score;
        r.comment = QStringLiteral("Dostawa spóźniona, żółć");
        return ResponseStore(*db).add(r).value();
    }
};

} // namespace

TEST_CASE("staff round-trip through the database", "[storage][stores]")
{
    Fixture f;
    StaffStore store(*f.db);
    Staff s = *store.get(f.staffId);
    CHECK(s.name == QStringLiteral("Paola Moretti"));
    CHECK(s.email == QStringLiteral("paola@x.example"));
    CHECK(s.role == Staff::Role::Agent);
    s.role = Staff::Role::Manager;
    s.active = false;
    store.update(s);
    const Staff back = *store.findByName(QStringLiteral("Paola Moretti"));
    CHECK(back.role == Staff::Role::Manager);
    CHECK_FALSE(back.active);
    CHECK(store.all().size() == 1);
    CHECK_FALSE(store.get(999).has_value());
    CHECK_THROWS_AS(store.add(Staff{0, QStringLiteral("Paola Moretti"), {}, {}, true}), StorageError);
}

TEST_CASE("accounts round-trip with owner, tier and key-account flag", "[storage][stores]")
{
    Fixture f;
    AccountStore store(*f.db);
    const qint64 id =
        store.add(Account{0, QStringLiteral("Adriatica Food S.p.A."), f.staffId, QStringLiteral("gold"), true});
    Account a = *store.get(id);
    CHECK(a.name == QStringLiteral("Adriatica Food S.p.A."));
    CHECK(a.ownerId == f.staffId);
    CHECK(a.tier == QStringLiteral("gold"));
    CHECK(a.keyAccount);
    a.keyAccount = false;
    a.ownerId = 0;
    store.update(a);
    CHECK_FALSE(store.findByName(a.name)->keyAccount);
    CHECK(store.get(id)->ownerId == 0);
    CHECK(store.all().size() == 1);
}

TEST_CASE("customers round-trip, found by the id they were imported with", "[storage][stores]")
{
    Fixture f;
    CustomerStore store(*f.db);
    Customer c = *store.findByExternalId(QStringLiteral("C-1"));
    CHECK(c.id == f.customerId);
    CHECK(c.name == QStringLiteral("Zofia Wiśniewska"));
    CHECK(c.phone == QStringLiteral("+48 600 100 200"));
    CHECK(c.language == QStringLiteral("pl"));
    CHECK(c.value == 1200.0);
    CHECK_FALSE(c.erasedAt.isValid());
    c.erasedAt = kT0;
    c.name.clear();
    store.update(c);
    CHECK(store.get(c.id)->erasedAt == kT0);
    CHECK(store.get(c.id)->name.isEmpty());
}

TEST_CASE("waves round-trip with kind, metric, period and invited count", "[storage][stores]")
{
    Fixture f;
    WaveStore store(*f.db);
    Wave w = *store.get(f.waveId);
    CHECK(w.kind == Wave::Kind::Relationship);
    CHECK(w.metric == Metric::Nps);
    CHECK(w.periodStart == QDate(2026, 1, 1));
    CHECK(w.periodEnd == QDate(2026, 3, 31));
    CHECK(w.invited == 1000);
    w.kind = Wave::Kind::Transactional;
    w.metric = Metric::Csat;
    store.update(w);
    CHECK(store.findByName(w.name)->metric == Metric::Csat);
    CHECK(store.all().size() == 1);
}

TEST_CASE("responses round-trip with their segments and Polish letters", "[storage][stores]")
{
    Fixture f;
    ResponseStore store(*f.db);
    Response r;
    r.waveId = f.waveId;
    r.customerId = f.customerId;
    r.externalId = QStringLiteral("R-77");
    r.answeredAt = kT0;
    r.score = 3;
    r.comment = QStringLiteral("Przesyłka uszkodzona — źle zapakowana. Però è così.");
    r.language = QStringLiteral("pl");
    r.segments = {{QStringLiteral("region"), QStringLiteral("Małopolska")},
                  {QStringLiteral("channel"), QStringLiteral("App")}};
    const qint64 id = store.add(r).value();
    const Response back = *store.get(id);
    CHECK(back.externalId == r.externalId);
    CHECK(back.answeredAt == kT0);
    CHECK(back.score == 3);
    CHECK(back.comment == r.comment);
    CHECK(back.segments == r.segments);
    CHECK(store.forCustomer(f.customerId).size() == 1);
    CHECK(store.count() == 1);
}

TEST_CASE("the same answer is stored once per wave", "[storage][stores]")
{
    Fixture f;
    ResponseStore store(*f.db);
    Response r;
    r.waveId = f.waveId;
    r.answeredAt = kT0;
    r.score = 9;
    CHECK(store.add(r).has_value());
    CHECK_FALSE(store.add(r).has_value()); // same content, no id: same hash
    r.externalId = QStringLiteral("A1");
    CHECK(store.add(r).has_value());
    r.score = 2;
    CHECK_FALSE(store.add(r).has_value()); // same response id in the same wave
    CHECK(store.count() == 2);
}

TEST_CASE("out-of-range scores are refused by the database itself", "[storage][stores]")
{
    Fixture f;
    Response r;
    r.waveId = f.waveId;
    r.answeredAt = kT0;
    r.score = 11;
    CHECK_THROWS_AS(ResponseStore(*f.db).add(r), StorageError);
    r.metric = Metric::Csat;
    r.score = 0;
    CHECK_THROWS_AS(ResponseStore(*f.db).add(r), StorageError);
}

TEST_CASE("a ninth segment dimension is refused with a reason", "[storage][stores]")
{
    Fixture f;
    ResponseStore store(*f.db);
    SegmentDictionary& segments = store.segments();
    for (int i = 1; i <= SegmentDictionary::kSlots; ++i) {
        CHECK(segments.slotOf(QStringLiteral("dim%1").arg(i)) == i);
    }
    CHECK(segments.slotOf(QStringLiteral("dim3")) == 3);
    CHECK_THROWS_AS(segments.slotOf(QStringLiteral("one too many")), StorageError);
}

TEST_CASE("themes, departments and keywords round-trip, manual tags survive automatic ones", "[storage][stores]")
{
    Fixture f;
    ThemeStore store(*f.db);
    const qint64 logistics = store.addDepartment(QStringLiteral("Logistics"));
    const qint64 delivery = store.addTheme(Theme{0, 0, QStringLiteral("Delivery"), logistics});
    const qint64 late = store.addTheme(Theme{0, delivery, QStringLiteral("Late delivery"), logistics});
    store.addKeyword(ThemeKeyword{0, late, QStringLiteral("pl"), QStringLiteral("opóźni")});
    CHECK(store.departments().size() == 1);
    CHECK(store.findDepartment(QStringLiteral("Logistics"))->id == logistics);
    const QList<Theme> themes = store.themes();
    REQUIRE(themes.size() == 2);
    CHECK(themes.first().name == QStringLiteral("Delivery"));
    CHECK(themes.last().parentId == delivery);
    CHECK(store.findTheme(QStringLiteral("Late delivery"))->id == late);
    CHECK(store.keywords().first().pattern == QStringLiteral("opóźni"));
    CHECK_THROWS_AS(store.addTheme(Theme{0, 0, QStringLiteral("Delivery"), 0}), StorageError);

    Theme renamed = *store.getTheme(late);
    renamed.name = QStringLiteral("Late or missed delivery");
    store.updateTheme(renamed);
    CHECK(store.getTheme(late)->name == renamed.name);

    ResponseStore responses(*f.db);
    const qint64 response = f.addResponse(3);
    responses.tag(response, late, true);
    responses.tag(response, late, false);
    CHECK(responses.isManualTag(response, late));
    responses.tag(response, delivery, false);
    CHECK(responses.themes(response) == QList<qint64>{delivery, late});
    responses.untag(response, delivery);
    CHECK(responses.themes(response) == QList<qint64>{late});
}

TEST_CASE("cases round-trip with every field, and contact attempts follow them", "[storage][stores]")
{
    Fixture f;
    CaseStore store(*f.db);
    FollowUpCase c;
    c.responseId = f.addResponse(2);
    c.category = ScoreClass::Negative;
    c.ownerId = f.staffId;
    c.status = FollowUpCase::Status::Contacting;
    c.createdAt = kT0;
    c.firstContactDue = kT0.addSecs(48 * 3600);
    c.resolutionDue = kT0.addDays(14);
    c.compensationKind = QStringLiteral("Voucher");
    c.compensationValue = 25.0;
    c.resurveyScore = 8;
    c.escalated = true;
    c.reassignmentCount = 1;
    const qint64 id = store.add(c);
    FollowUpCase back = *store.get(id);
    CHECK(back.version == 1);
    CHECK(back.status == FollowUpCase::Status::Contacting);
    CHECK(back.firstContactDue == c.firstContactDue);
    CHECK(back.resolutionDue == c.resolutionDue);
    CHECK(back.compensationValue == 25.0);
    CHECK(back.resurveyScore == 8);
    CHECK(back.escalated);
    CHECK(back.reassignmentCount == 1);
    CHECK(store.forResponse(c.responseId)->id == id);

    store.addAttempt(ContactAttempt{0, id, kT0.addSecs(3600), ContactAttempt::Mode::Phone, false,
                                    QStringLiteral("voicemail"), f.staffId});
    store.addAttempt(ContactAttempt{0, id, kT0.addSecs(7200), ContactAttempt::Mode::Sms, true, {}, f.staffId});
    const QList<ContactAttempt> attempts = store.attempts(id);
    REQUIRE(attempts.size() == 2);
    CHECK(attempts.first().notes == QStringLiteral("voicemail"));
    CHECK(attempts.last().mode == ContactAttempt::Mode::Sms);
    CHECK(attempts.last().reached);

    back.status = FollowUpCase::Status::Closed;
    back.outcome = FollowUpCase::Outcome::Saved;
    back.closedAt = kT0.addDays(2);
    back.updatedAt = kT0.addDays(2);
    back.updatedBy = f.staffId;
    CHECK(store.update(back) == 2);
    CHECK(store.get(id)->outcome == FollowUpCase::Outcome::Saved);
    CHECK(store.countByStatus().value(FollowUpCase::Status::Closed) == 1);
}

TEST_CASE("a case saved from a stale version is refused, naming who changed it", "[storage][stores]")
{
    Fixture f;
    CaseStore store(*f.db);
    FollowUpCase c;
    c.responseId = f.addResponse(1);
    c.createdAt = c.firstContactDue = c.resolutionDue = kT0;
    const qint64 id = store.add(c);
    FollowUpCase mine = *store.get(id);
    FollowUpCase theirs = *store.get(id);
    theirs.status = FollowUpCase::Status::Contacting;
    theirs.updatedBy = f.staffId;
    theirs.updatedAt = kT0.addSecs(60);
    store.update(theirs);
    mine.status = FollowUpCase::Status::InProgress;
    try {
        store.update(mine);
        FAIL("a stale save went through");
    } catch (const StaleEditError& error) {
        CHECK(error.message().contains(QStringLiteral("Paola Moretti")));
    }
    CHECK(store.get(id)->status == FollowUpCase::Status::Contacting);
}

TEST_CASE("actions round-trip with themes and tasks, a rejection needs a reason", "[storage][stores]")
{
    Fixture f;
    ThemeStore themes(*f.db);
    const qint64 theme = themes.addTheme(Theme{0, 0, QStringLiteral("Delivery"), 0});
    ActionStore store(*f.db);
    Action a;
    a.title = QStringLiteral("Second courier partner for Express");
    a.level = Action::Level::Strategic;
    a.ownerId = f.staffId;
    a.deadline = QDate(2026, 12, 31);
    a.budget = 40000;
    a.expectedNpsGain = 3.5;
    a.themeIds = {theme};
    a.tasks = {ActionTask{0, 0, QStringLiteral("Shortlist partners"), f.staffId, QDate(2026, 10, 1), true},
               ActionTask{0, 0, QStringLiteral("Pilot in Italy North"), 0, QDate(2026, 11, 15), false}};
    const qint64 id = store.add(a);
    Action back = *store.get(id);
    CHECK(back.level == Action::Level::Strategic);
    CHECK(back.themeIds == QList<qint64>{theme});
    REQUIRE(back.tasks.size() == 2);
    CHECK(back.tasks.first().done);
    CHECK(back.tasks.last().due == QDate(2026, 11, 15));

    back.status = Action::Status::Rejected;
    CHECK_THROWS_AS(store.update(back), StorageError);
    back.rejectionReason = QStringLiteral("Cost exceeds the expected gain");
    back.customerMessage = QStringLiteral("We looked at a second courier and chose to fix routing first.");
    CHECK(store.update(back) == 2);
    back.tasks.removeLast();
    CHECK_THROWS_AS(store.update(back), StaleEditError);
    Action fresh = *store.get(id);
    CHECK(fresh.status == Action::Status::Rejected);
    CHECK(fresh.tasks.size() == 2);
    CHECK(store.all().size() == 1);
}

TEST_CASE("the audit log keeps every change in order", "[storage][stores]")
{
    Fixture f;
    AuditStore store(*f.db);
    store.append(AuditEntry{0, kT0, f.staffId, QStringLiteral("case"), 7, QStringLiteral("status"),
                            QStringLiteral("new"), QStringLiteral("contacting")});
    store.append(AuditEntry{
        0, kT0.addSecs(5), 0, QStringLiteral("case"), 7, QStringLiteral("owner"), {}, QStringLiteral("Paola")});
    store.append(AuditEntry{0, kT0, 0, QStringLiteral("case"), 8, QStringLiteral("status"), {}, {}});
    const QList<AuditEntry> log = store.forEntity(QStringLiteral("case"), 7);
    REQUIRE(log.size() == 2);
    CHECK(log.first().staffId == f.staffId);
    CHECK(log.first().newValue == QStringLiteral("contacting"));
    CHECK(log.last().field == QStringLiteral("owner"));
}

TEST_CASE("settings round-trip and can be removed", "[storage][stores]")
{
    Fixture f;
    SettingsStore store(*f.db);
    CHECK(store.value(QStringLiteral("sla.hours"), QStringLiteral("48")) == QStringLiteral("48"));
    store.setValue(QStringLiteral("sla.hours"), QStringLiteral("24"));
    store.setValue(QStringLiteral("sla.hours"), QStringLiteral("6"));
    CHECK(store.value(QStringLiteral("sla.hours")) == QStringLiteral("6"));
    CHECK(store.all().size() == 1);
    store.remove(QStringLiteral("sla.hours"));
    CHECK(store.value(QStringLiteral("sla.hours")).isEmpty());
}

TEST_CASE("a theme's voices are distinct, newest first, and the walk ends after the latest 200 comments",
          "[storage][stores]")
{
    Fixture f;
    ResponseStore responses(*f.db);
    const qint64 theme = ThemeStore(*f.db).addTheme(
        Theme{0, 0, QStringLiteral("Late delivery"), ThemeStore(*f.db).addDepartment(QStringLiteral("Logistics"))});
    const auto add = [&](const QString& comment, int minutesBefore) {
        Response r;
        r.waveId = f.waveId;
        r.answeredAt = kT0.addSecs(-60 * minutesBefore);
        r.score = 3;
        r.comment = comment;
        r.externalId = QStringLiteral("R%1").arg(minutesBefore);
        responses.tag(responses.add(r).value(), theme, false);
    };
    add(QStringLiteral("An older, different sentence."), 500);
    for (int i = 1; i <= 199; ++i) {
        add(QStringLiteral("Late again."), i);
    }
    const QDate day = kT0.date();
    // 199 repeats and the older sentence: both within the latest 200 comments.
    CHECK(responses.detractorComments(theme, day.addDays(-1), day, 0, 0, 3) ==
          QStringList{QStringLiteral("Late again."), QStringLiteral("An older, different sentence.")});
    // One more repeat pushes the older sentence past the walk.
    add(QStringLiteral("LATE  again."), 0);
    CHECK(responses.detractorComments(theme, day.addDays(-1), day, 0, 0, 3) ==
          QStringList{QStringLiteral("LATE  again.")});
}
