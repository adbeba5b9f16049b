// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/clock.h"
#include "import/importer.h"
#include "storage/accountstore.h"
#include "storage/customerstore.h"
#include "storage/database.h"
#include "storage/settingsstore.h"
#include "storage/sqldialect.h"
#include "storage/statement.h"
#include "testdatabase.h"
#include "testsupport.h"
#include "workflow/caserules.h"

using namespace loopdesk::core;

namespace {

// Imports `csv` with times read as UTC, the clock at `now`.
ImportSummary importAt(Database& db, const QString& csv, const QDateTime& now)
{
    const ManualClock clock(now);
    ImportOptions options;
    options.timeZone = QTimeZone::utc();
    return Importer(db, clock).run(csv, options);
}

// "<response id> [<category>] <first-contact due, UTC>" of every case, by response id.
QStringList casesDue(Database& db, bool withCategory = false)
{
    Statement due(db.connection(), QStringLiteral("SELECT r.external_id || ' ' || %1%2 FROM followup_case c JOIN "
                                                  "response r ON r.id = c.response_id ORDER BY r.external_id")
                                       .arg(withCategory ? QStringLiteral("c.category || ' ' || ") : QString(),
                                            sql::utcDateTime(db.backend(), QStringLiteral("c.first_contact_due"))));
    due.exec();
    QStringList rows;
    while (due.next()) {
        rows << due.text(0);
    }
    return rows;
}

} // namespace

TEST_CASE("workflow settings round-trip, and nonsense falls back to the defaults", "[workflow][rules]")
{
    QTemporaryDir dir;
    const auto db = Database::open(loopdesk::test::databaseLocation(dir, QStringLiteral("rules.db")));
    SettingsStore store(*db);
    WorkflowSettings s;
    s.clock = SlaClock::BusinessHours;
    s.firstContactHours = 24;
    s.keyAccountHours = 6;
    s.opens = QTime(9, 0);
    s.closes = QTime(18, 0);
    s.holidays = QStringLiteral("it");
    s.timeZone = "Europe/Rome";
    s.passiveCases = true;
    s.unreachableAfter = 4;
    s.extraDaysOff = {QDate(2026, 12, 31), QDate(2026, 12, 24)};
    s.save(store);
    const WorkflowSettings back = WorkflowSettings::load(store);
    CHECK(back.clock == SlaClock::BusinessHours);
    CHECK(back.firstContactHours == 24);
    CHECK(back.keyAccountHours == 6);
    CHECK(back.opens == QTime(9, 0));
    CHECK(back.holidays == QStringLiteral("it"));
    CHECK(back.timeZone == QByteArray("Europe/Rome"));
    CHECK(back.passiveCases);
    CHECK_FALSE(back.promoterCases);
    CHECK(back.unreachableAfter == 4);
    CHECK(back.extraDaysOff == QList<QDate>{QDate(2026, 12, 24), QDate(2026, 12, 31)});
    store.setValue(QStringLiteral("sla.extra_days_off"), QStringLiteral("2026-12-24, someday"));
    CHECK(WorkflowSettings::load(store).extraDaysOff == QList<QDate>{QDate(2026, 12, 24)});
    store.setValue(QStringLiteral("sla.first_contact_hours"), QStringLiteral("-5"));
    store.setValue(QStringLiteral("sla.time_zone"), QStringLiteral("Mars/Olympus"));
    store.setValue(QStringLiteral("sla.opens"), QStringLiteral("19:00"));
    const WorkflowSettings fallback = WorkflowSettings::load(store);
    CHECK(fallback.firstContactHours == 48);
    CHECK(fallback.timeZone != QByteArray("Mars/Olympus"));
    CHECK(fallback.opens == QTime(8, 0));
}

TEST_CASE("case rules: detractors always, passives and promoters when enabled, key accounts sooner",
          "[workflow][rules]")
{
    WorkflowSettings s;
    s.timeZone = "Europe/Warsaw";
    const QDateTime friday(QDate(2026, 11, 20), QTime(16, 0), Qt::UTC); // 17:00 in Warsaw
    const CaseRules plain(s);
    CHECK(plain.opensCase(ScoreClass::Negative));
    CHECK_FALSE(plain.timesFor(ScoreClass::Neutral, friday, false).has_value());
    CHECK(plain.timesFor(ScoreClass::Negative, friday, false)->firstContactDue == friday.addSecs(48 * 3600));
    CHECK(plain.timesFor(ScoreClass::Negative, friday, true)->firstContactDue == friday.addSecs(24 * 3600));
    CHECK(plain.timesFor(ScoreClass::Negative, friday, false)->resolutionDue == friday.addDays(14));
    s.passiveCases = true;
    s.promoterCases = true;
    s.clock = SlaClock::WorkingDays;
    const CaseRules all(s);
    CHECK(all.opensCase(ScoreClass::Neutral));
    CHECK(all.opensCase(ScoreClass::Positive));
    // Friday 17:00 + two working days: Tuesday 17:00 in Warsaw.
    CHECK(all.timesFor(ScoreClass::Neutral, friday, false)->firstContactDue ==
          QDateTime(QDate(2026, 11, 24), QTime(16, 0), Qt::UTC));
    // The company's own day off on Monday pushes it to Wednesday.
    s.extraDaysOff = {QDate(2026, 11, 23)};
    CHECK(CaseRules(s).timesFor(ScoreClass::Neutral, friday, false)->firstContactDue ==
          QDateTime(QDate(2026, 11, 25), QTime(16, 0), Qt::UTC));
}

TEST_CASE("due times worked out on a remembered offset agree with the zone's own, across daylight-saving changes",
          "[workflow][rules][sla]")
{
    for (const QByteArray& zone : {QByteArray("Europe/Warsaw"), QByteArray("America/New_York"), QByteArray("UTC")}) {
        for (const SlaClock clock : {SlaClock::CalendarHours, SlaClock::WorkingDays, SlaClock::BusinessHours}) {
            for (const int keyHours : {6, 48}) {
                WorkflowSettings s;
                s.clock = clock;
                s.keyAccountHours = keyHours;
                s.timeZone = zone;
                const CaseRules rules(s);
                SlaCalculator::OffsetSpan span;
                int checked = 0;
                // A year in steps of 3 h 37 min, through both changes of the clocks and the holidays.
                for (QDateTime at(QDate(2026, 1, 1), QTime(0, 17), Qt::UTC);
                     at < QDateTime(QDate(2027, 1, 1), QTime(0, 0), Qt::UTC); at = at.addSecs(3 * 3600 + 37 * 60)) {
                    const auto either = rules.timesForEither(ScoreClass::Negative, at, span);
                    REQUIRE(either.has_value());
                    const auto ordinary = rules.timesFor(ScoreClass::Negative, at, false);
                    const auto key = rules.timesFor(ScoreClass::Negative, at, true);
                    if (either->firstContactDue != ordinary->firstContactDue ||
                        either->keyAccountFirstContactDue != key->firstContactDue ||
                        either->resolutionDue != ordinary->resolutionDue) {
                        FAIL_CHECK(zone.constData() << " clock " << static_cast<int>(clock) << " key " << keyHours
                                                    << " at " << at.toString(Qt::ISODate).toStdString());
                    }
                    ++checked;
                }
                CHECK(checked > 2400);
                CHECK_FALSE(rules.timesForEither(ScoreClass::Positive, QDateTime::currentDateTimeUtc(), span));
            }
        }
    }
    // Right at a change: 29 Mar 2026 01:00 UTC, Warsaw goes from +1 h to +2 h.
    WorkflowSettings s;
    s.timeZone = "Europe/Warsaw";
    const CaseRules rules(s);
    SlaCalculator::OffsetSpan span;
    for (const QDateTime& at :
         {QDateTime(QDate(2026, 3, 29), QTime(0, 59, 59), Qt::UTC), QDateTime(QDate(2026, 3, 29), QTime(1, 0), Qt::UTC),
          QDateTime(QDate(2026, 3, 27), QTime(1, 30), Qt::UTC)}) {
        CHECK(rules.timesForEither(ScoreClass::Negative, at, span)->firstContactDue ==
              rules.timesFor(ScoreClass::Negative, at, false)->firstContactDue);
    }
}

TEST_CASE("an import opens cases by the team's rules: business hours, passives, key accounts",
          "[workflow][rules][import]")
{
    QTemporaryDir dir;
    const auto db = Database::open(loopdesk::test::databaseLocation(dir, QStringLiteral("rules.db")));
    WorkflowSettings s;
    s.clock = SlaClock::BusinessHours;
    s.firstContactHours = 9;
    s.keyAccountHours = 3;
    s.timeZone = "UTC";
    s.holidays = QStringLiteral("none");
    s.passiveCases = true;
    SettingsStore store(*db);
    s.save(store);
    AccountStore(*db).add(Account{0, QStringLiteral("Adriatica Food S.p.A."), 0, QStringLiteral("gold"), true});
    const QString csv = dir.filePath(QStringLiteral("a.csv"));
    // Monday 16:00: a 9 h business-hours SLA ends Tuesday 16:00; a key account's 3 h ends Tuesday 10:00.
    loopdesk::test::writeFile(csv, "response_id,customer_id,account,answered_at,score\n"
                                   "a1,C1,,2026-11-23T16:00:00Z,3\n"
                                   "a2,C2,Adriatica Food S.p.A.,2026-11-23T16:00:00Z,2\n"
                                   "a3,C3,,2026-11-23T16:00:00Z,7\n"
                                   "a4,C4,,2026-11-23T16:00:00Z,10\n");
    CHECK(importAt(*db, csv, QDateTime(QDate(2026, 11, 24), QTime(8, 0), Qt::UTC)).casesOpened == 3);
    const QStringList rows = casesDue(*db, true);
    CHECK(rows == QStringList{QStringLiteral("a1 detractor 2026-11-24 16:00:00"),
                              QStringLiteral("a2 detractor 2026-11-24 10:00:00"),
                              QStringLiteral("a3 passive 2026-11-24 16:00:00")});
}

TEST_CASE("high-value customers get the key-account SLA when a threshold is set", "[workflow][rules][import]")
{
    QTemporaryDir dir;
    const auto db = Database::open(loopdesk::test::databaseLocation(dir, QStringLiteral("value.db")));
    WorkflowSettings s;
    s.firstContactHours = 48;
    s.keyAccountHours = 6;
    s.highValueFrom = 1000;
    SettingsStore store(*db);
    s.save(store);
    CHECK(WorkflowSettings::load(store).highValueFrom == 1000);
    Customer rich;
    rich.externalId = QStringLiteral("C9");
    rich.value = 5000;
    CustomerStore(*db).add(rich);
    Customer modest;
    modest.externalId = QStringLiteral("C8");
    modest.value = 999;
    CustomerStore(*db).add(modest);
    const QString csv = dir.filePath(QStringLiteral("v.csv"));
    loopdesk::test::writeFile(csv, "response_id,customer_id,answered_at,score\n"
                                   "v1,C9,2026-11-23T10:00:00Z,1\n"
                                   "v2,C8,2026-11-23T10:00:00Z,1\n");
    REQUIRE(importAt(*db, csv, QDateTime(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC)).casesOpened == 2);
    const QStringList rows = casesDue(*db);
    CHECK(rows == QStringList{QStringLiteral("v1 2026-11-23 16:00:00"), QStringLiteral("v2 2026-11-25 10:00:00")});
}

TEST_CASE("customers already on file as key accounts, or joining one, get its SLA for every answer of a file",
          "[workflow][rules][import]")
{
    QTemporaryDir dir;
    const auto db = Database::open(loopdesk::test::databaseLocation(dir, QStringLiteral("known.db")));
    WorkflowSettings s;
    s.firstContactHours = 48;
    s.keyAccountHours = 4;
    SettingsStore store(*db);
    s.save(store);
    Customer flagged;
    flagged.externalId = QStringLiteral("K1");
    flagged.keyAccount = true;
    CustomerStore(*db).add(flagged);
    Customer plain;
    plain.externalId = QStringLiteral("P1");
    CustomerStore(*db).add(plain);
    AccountStore(*db).add(Account{0, QStringLiteral("Baltic Freight Sp. z o.o."), 0, QStringLiteral("gold"), true});
    const QString csv = dir.filePath(QStringLiteral("k.csv"));
    // K1 twice (the second answer is resolved from memory), P1 joins the key account with this file,
    // N1 is new and on no account.
    loopdesk::test::writeFile(csv, "response_id,customer_id,account,answered_at,score\n"
                                   "k1,K1,,2026-11-23T10:00:00Z,1\n"
                                   "k2,K1,,2026-11-23T11:00:00Z,2\n"
                                   "p1,P1,Baltic Freight Sp. z o.o.,2026-11-23T10:00:00Z,3\n"
                                   "n1,N1,,2026-11-23T10:00:00Z,4\n");
    REQUIRE(importAt(*db, csv, QDateTime(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC)).casesOpened == 4);
    const QStringList rows = casesDue(*db);
    CHECK(rows == QStringList{QStringLiteral("k1 2026-11-23 14:00:00"), QStringLiteral("k2 2026-11-23 15:00:00"),
                              QStringLiteral("n1 2026-11-25 10:00:00"), QStringLiteral("p1 2026-11-23 14:00:00")});
}
