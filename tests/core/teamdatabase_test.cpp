// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Team mode: the same database on a PostgreSQL server. The tests tagged [postgres] need the
// test run's server (tests/support/postgres-cluster); the others run on both backends.
#include "demo/demogenerator.h"
#include "domain/clock.h"
#include "overview/databaseoverview.h"
#include "storage/casestore.h"
#include "storage/changefeed.h"
#include "storage/database.h"
#include "storage/inboxquery.h"
#include "storage/responsestore.h"
#include "storage/staffstore.h"
#include "storage/statement.h"
#include "storage/teamaccess.h"
#include "storage/teammigration.h"
#include "storage/wavestore.h"
#include "testdatabase.h"
#include "testsupport.h"
#include "workflow/caseservice.h"

#include <QElapsedTimer>
#include <QThread>
#include <QUrl>

#include <barrier>
#include <tuple>

using namespace loopdesk::core;

namespace {

const QDateTime kAnswered(QDate(2026, 11, 20), QTime(16, 0), Qt::UTC);

// Table -> its columns, sorted, as the database itself lists them.
QMap<QString, QStringList> columnsOf(const Database& db)
{
    QMap<QString, QStringList> tables;
    if (db.backend() == Backend::Sqlite) {
        Statement names(db.connection(), QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name "
                                                        "NOT LIKE 'sqlite_%' AND name NOT LIKE 'case_search%'"));
        names.exec();
        while (names.next()) {
            Statement columns(db.connection(), QStringLiteral("SELECT name FROM pragma_table_info(?)"));
            columns.bind(names.text(0)).exec();
            while (columns.next()) {
                tables[names.text(0)] << columns.text(0);
            }
        }
    } else {
        Statement columns(db.connection(),
                          QStringLiteral("SELECT table_name, column_name FROM information_schema.columns WHERE "
                                         "table_schema = current_schema() AND table_name NOT LIKE 'case_search%' "
                                         "AND table_name <> 'loopdesk_schema'"));
        columns.exec();
        while (columns.next()) {
            tables[columns.text(0)] << columns.text(1);
        }
    }
    for (QStringList& names : tables) {
        names.sort();
    }
    return tables;
}

// A detractor's answer with its open case, owned by `owner` (0: unassigned).
qint64 addCase(Database& db, qint64 wave, const QString& externalId, qint64 owner = 0)
{
    Response r;
    r.waveId = wave;
    r.answeredAt = kAnswered;
    r.score = 2;
    r.externalId = externalId;
    FollowUpCase c;
    c.responseId = *ResponseStore(db).add(r);
    c.ownerId = owner;
    c.createdAt = kAnswered;
    c.firstContactDue = kAnswered.addSecs(48 * 3600);
    c.resolutionDue = kAnswered.addDays(14);
    return CaseStore(db).add(c);
}

QString serverDatabase(const QString& name)
{
    INFO("the [postgres] tests need a server: run the suite with --postgres postgresql://USER@HOST:PORT/postgres "
         "(ctest does, on its own throwaway cluster)");
    REQUIRE_FALSE(loopdesk::test::testServer().isEmpty());
    QTemporaryDir unused;
    return loopdesk::test::databaseLocation(unused, name);
}

// A new team database with two agents, Ewa and Kamil, a manager, Marta, and a wave.
struct TeamOfThree {
    explicit TeamOfThree(const char* name)
        : location(serverDatabase(QString::fromLatin1(name)))
        , admin(Database::open(location))
    {}
    QString location;
    std::unique_ptr<Database> admin;
    qint64 ewa = StaffStore(*admin).add(Staff{0, QStringLiteral("Ewa Malinowska"), {}, Staff::Role::Agent, true});
    qint64 kamil = StaffStore(*admin).add(Staff{0, QStringLiteral("Kamil Górski"), {}, Staff::Role::Agent, true});
    qint64 marta = StaffStore(*admin).add(Staff{0, QStringLiteral("Marta Nowak"), {}, Staff::Role::Manager, true});
    qint64 wave = WaveStore(*admin).add(Wave{0, QStringLiteral("w"), {}, {}, {}, {}, 0});
};

} // namespace

TEST_CASE("a team database has the same tables and columns as a local file, at the same version", "[team][postgres]")
{
    QTemporaryDir dir;
    const auto local = Database::open(dir.filePath(QStringLiteral("local.db")));
    const auto team = Database::open(serverDatabase(QStringLiteral("team.db")));
    REQUIRE(team->isTeamDatabase());
    CHECK(team->openReport().created);
    CHECK(team->schemaVersion() == Database::latestSchemaVersion());
    CHECK(team->schemaVersion() == local->schemaVersion());
    const QMap<QString, QStringList> expected = columnsOf(*local);
    CHECK(expected.size() > 20);
    CHECK(columnsOf(*team) == expected);
}

TEST_CASE("another program's database and a newer LoopDesk's are refused, and left as they were", "[team][postgres]")
{
    const QString foreign = serverDatabase(QStringLiteral("foreign.db"));
    {
        const auto db = Database::open(foreign);
        Statement::run(db->connection(), QStringLiteral("DROP TABLE loopdesk_schema"));
    }
    try {
        Database::open(foreign);
        FAIL("a database with another program's tables was opened");
    } catch (const DatabaseOpenError& error) {
        CHECK(error.kind() == DatabaseOpenError::Kind::NotLoopDesk);
        CHECK(error.message().contains(QStringLiteral("another program")));
    }

    const QString newer = serverDatabase(QStringLiteral("newer.db"));
    {
        const auto db = Database::open(newer);
        Statement(db->connection(), QStringLiteral("UPDATE loopdesk_schema SET version = 99")).exec();
    }
    try {
        Database::open(newer);
        FAIL("a newer LoopDesk's database was opened");
    } catch (const DatabaseOpenError& error) {
        CHECK(error.kind() == DatabaseOpenError::Kind::NewerSchema);
        CHECK(error.message().contains(QStringLiteral("newer version of LoopDesk")));
    }
    // Both as they were: no LoopDesk table in the foreign one, version 99 in the newer one.
    const auto scalarOn = [](const QString& location, const QString& sql) {
        const QUrl url(location);
        QVariant value;
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("raw-look"));
            raw.setHostName(url.host());
            raw.setPort(url.port());
            raw.setUserName(url.userName());
            raw.setDatabaseName(url.path().mid(1));
            REQUIRE(raw.open());
            QSqlQuery q(raw);
            REQUIRE(q.exec(sql));
            REQUIRE(q.next());
            value = q.value(0);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw-look"));
        return value;
    };
    CHECK_FALSE(scalarOn(foreign, QStringLiteral("SELECT to_regclass('loopdesk_schema') IS NOT NULL")).toBool());
    CHECK(scalarOn(newer, QStringLiteral("SELECT version FROM loopdesk_schema")).toInt() == 99);
}

TEST_CASE("a team database address is checked in plain words: no password in it, a server that does not answer",
          "[team][postgres]")
{
    const auto kindOf = [](const QString& location) {
        try {
            Database::open(location);
        } catch (const DatabaseOpenError& error) {
            INFO(error.message().toStdString());
            CHECK_FALSE(error.message().isEmpty());
            return error.kind();
        }
        FAIL("opened " << location.toStdString());
        return DatabaseOpenError::Kind::Io;
    };
    CHECK(kindOf(QStringLiteral("postgresql://ewa:secret@127.0.0.1:5432/cx")) ==
          DatabaseOpenError::Kind::PasswordNeeded);
    CHECK(kindOf(QStringLiteral("postgresql://ewa@127.0.0.1:5432")) == DatabaseOpenError::Kind::NotFound);
    CHECK(kindOf(QStringLiteral("postgresql://ewa@127.0.0.1:5432/cx?options=-c%20role%3Dmanager")) ==
          DatabaseOpenError::Kind::NotFound);
    // Port 1 on loopback: nothing listens there.
    CHECK(kindOf(QStringLiteral("postgresql://ewa@127.0.0.1:1/cx")) == DatabaseOpenError::Kind::Unreachable);
    CHECK(Database::isServerLocation(QStringLiteral("postgres://h/db")));
    CHECK_FALSE(Database::isServerLocation(QStringLiteral("/home/ewa/postgresql.db")));
}

TEST_CASE("two agents taking the same case at the same moment: exactly one gets it, the other hears who", "[team]")
{
    QTemporaryDir dir;
    const QString location = loopdesk::test::databaseLocation(dir, QStringLiteral("claims.db"));
    const auto db = Database::open(location);
    const qint64 ewa = StaffStore(*db).add(Staff{0, QStringLiteral("Ewa Malinowska"), {}, Staff::Role::Agent, true});
    const qint64 kamil = StaffStore(*db).add(Staff{0, QStringLiteral("Kamil Górski"), {}, Staff::Role::Agent, true});
    const qint64 wave = WaveStore(*db).add(Wave{0, QStringLiteral("w"), {}, {}, {}, {}, 0});
    constexpr int kCases = 12;
    QList<qint64> cases;
    for (int i = 0; i < kCases; ++i) {
        cases << addCase(*db, wave, QStringLiteral("r%1").arg(i));
    }
    const ManualClock clock(kAnswered.addSecs(3600));

    // Each agent on a connection of their own, in a thread of their own; both go for each case at
    // the same moment.
    struct Outcome {
        int won = 0;
        QStringList refusals;
        QStringList failures;
    };
    Outcome outcomes[2];
    std::barrier together(2);
    const auto agent = [&](int who, qint64 staffId) {
        return QThread::create([&, who, staffId] {
            const auto mine = db->connectAgain();
            CaseService service(*mine, clock, staffId);
            for (const qint64 id : std::as_const(cases)) {
                together.arrive_and_wait();
                try {
                    service.assign(id, 1, staffId);
                    ++outcomes[who].won;
                } catch (const StaleEditError& error) {
                    outcomes[who].refusals << error.message();
                } catch (const StorageError& error) {
                    outcomes[who].failures << error.message();
                }
            }
        });
    };
    std::unique_ptr<QThread> first(agent(0, ewa));
    std::unique_ptr<QThread> second(agent(1, kamil));
    first->start();
    second->start();
    REQUIRE(first->wait(120000));
    REQUIRE(second->wait(120000));

    CHECK(outcomes[0].failures == QStringList{});
    CHECK(outcomes[1].failures == QStringList{});
    CHECK(outcomes[0].won + outcomes[1].won == kCases);
    CHECK(outcomes[0].refusals.size() + outcomes[1].refusals.size() == kCases);
    for (const QString& refusal : outcomes[0].refusals) {
        CHECK(refusal.contains(QStringLiteral("Kamil Górski took case")));
    }
    for (const QString& refusal : outcomes[1].refusals) {
        CHECK(refusal.contains(QStringLiteral("Ewa Malinowska took case")));
    }
    // Every case has one owner, changed once, and the audit log says so once.
    for (const qint64 id : std::as_const(cases)) {
        const FollowUpCase c = *CaseStore(*db).get(id);
        CHECK((c.ownerId == ewa || c.ownerId == kamil));
        CHECK(c.version == 2);
        CHECK(c.reassignmentCount == 0);
        Statement owners(db->connection(), QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'case' AND "
                                                          "entity_id = ? AND field = 'owner'"));
        owners.bind(id).exec();
        REQUIRE(owners.next());
        CHECK(owners.value(0).toInt() == 1);
    }
}

TEST_CASE("an agent's own connection reads and changes only their cases and the unassigned ones, whatever SQL it sends",
          "[team][postgres][security]")
{
    const TeamOfThree team("roles.db");
    const QString& location = team.location;
    const auto& admin = team.admin;
    const auto [ewa, kamil, marta, wave] = std::tuple(team.ewa, team.kamil, team.marta, team.wave);
    const auto newCase = [&](qint64 owner) {
        const qint64 id = addCase(*admin, wave, QStringLiteral("r%1").arg(owner), owner);
        ContactAttempt a;
        a.caseId = id;
        a.at = kAnswered.addSecs(600);
        a.notes = QStringLiteral("called about the parcel");
        CaseStore(*admin).addAttempt(a);
        return id;
    };
    const qint64 ewasCase = newCase(ewa);
    const qint64 kamilsCase = newCase(kamil);
    const qint64 unassigned = newCase(0);

    // Logins are the server's; the administrator makes them, LoopDesk says who is who.
    const QString suffix = QUrl(location).path().mid(1);
    const QString ewaLogin = QStringLiteral("ewa_") + suffix;
    const QString martaLogin = QStringLiteral("marta_") + suffix;
    for (const QString& login : {ewaLogin, martaLogin}) {
        Statement::run(admin->connection(), QStringLiteral("CREATE ROLE %1 LOGIN").arg(login)); // our own names
    }
    TeamAccess access(*admin);
    access.setUp();
    CHECK_THROWS_AS(access.grant(QStringLiteral("nobody_here"), ewa), StorageError);
    access.grant(ewaLogin, ewa);
    access.grant(martaLogin, marta);

    const auto as = [&](const QString& login) {
        QUrl url(location);
        url.setUserName(login);
        return Database::open(url.toString());
    };
    const auto ewasDb = as(ewaLogin);
    CHECK(TeamAccess(*ewasDb).currentStaff() == ewa);
    const auto count = [](Database& db, const char* sql) {
        return Statement::scalar(db.connection(), QString::fromLatin1(sql)).toInt();
    };
    CHECK(count(*ewasDb, "SELECT count(*) FROM followup_case") == 2);
    CHECK(count(*ewasDb, "SELECT count(*) FROM contact_attempt") == 2);
    CHECK(count(*ewasDb, "SELECT count(*) FROM response") == 3); // the answers themselves are everyone's
    Statement look(ewasDb->connection(), QStringLiteral("SELECT id FROM followup_case WHERE id = ?"));
    look.bind(kamilsCase).exec();
    CHECK_FALSE(look.next());
    CHECK_FALSE(CaseStore(*ewasDb).get(kamilsCase).has_value());
    CHECK(CaseStore(*ewasDb).get(unassigned).has_value());
    Statement close(ewasDb->connection(), QStringLiteral("UPDATE followup_case SET status = 'closed' WHERE id <> ?"));
    close.bind(ewasCase).exec();
    CHECK(close.rowsAffected() == 1); // the unassigned one only
    CHECK_THROWS_AS(Statement(ewasDb->connection(), QStringLiteral("UPDATE settings SET value = 'x'")).exec(),
                    StorageError);
    CHECK_THROWS_AS(Statement(ewasDb->connection(), QStringLiteral("DELETE FROM audit_log")).exec(), StorageError);
    // Through LoopDesk's own service the same: taking the unassigned case works, Kamil's is not there.
    CaseService service(*ewasDb, ManualClock(kAnswered.addSecs(7200)), ewa);
    CHECK_THROWS_AS(service.assign(kamilsCase, 1, ewa), StorageError);

    const auto martasDb = as(martaLogin);
    CHECK(count(*martasDb, "SELECT count(*) FROM followup_case") == 3);
    CHECK(count(*martasDb, "SELECT count(*) FROM contact_attempt") == 3);
    Statement(martasDb->connection(), QStringLiteral("UPDATE settings SET value = value")).exec();
    CHECK(CaseStore(*martasDb).get(kamilsCase)->status == FollowUpCase::Status::New);
}

TEST_CASE("under row security, an agent beaten to a case is told who has it, and a moved case is refused in words",
          "[team][postgres][security]")
{
    const TeamOfThree team("beaten.db");
    const QString& location = team.location;
    const auto& admin = team.admin;
    const auto [ewa, kamil, marta, wave] = std::tuple(team.ewa, team.kamil, team.marta, team.wave);
    const qint64 first = addCase(*admin, wave, QStringLiteral("r1"));
    const qint64 second = addCase(*admin, wave, QStringLiteral("r2"), ewa);
    const QString suffix = QUrl(location).path().mid(1);
    TeamAccess access(*admin);
    access.setUp();
    QHash<qint64, std::shared_ptr<Database>> as;
    for (const auto& [id, name] : {std::pair{ewa, "ewa_"}, std::pair{kamil, "kamil_"}, std::pair{marta, "marta_"}}) {
        const QString login = QString::fromLatin1(name) + suffix;
        Statement::run(admin->connection(), QStringLiteral("CREATE ROLE %1 LOGIN").arg(login)); // our own names
        access.grant(login, id);
        QUrl url(location);
        url.setUserName(login);
        as.insert(id, Database::open(url.toString()));
    }
    const ManualClock clock(kAnswered.addSecs(3600));

    // Both saw the case unassigned at version 1; Kamil is first, and Ewa can no longer see it.
    CaseService(*as[kamil], clock, kamil).assign(first, 1, kamil);
    CHECK_FALSE(CaseStore(*as[ewa]).get(first).has_value());
    try {
        CaseService(*as[ewa], clock, ewa).assign(first, 1, ewa);
        FAIL("a second claim went through");
    } catch (const StaleEditError& error) {
        CHECK(error.message().contains(QStringLiteral("Kamil Górski took case")));
    }

    // Marta moves Ewa's case to Kamil while Ewa is on the phone: Ewa's note is refused in words,
    // and no contact is half-stored.
    CaseService(*as[marta], clock, marta).assign(second, 1, kamil, QStringLiteral("Ewa is on leave tomorrow"));
    ContactAttempt call;
    call.reached = true;
    try {
        CaseService(*as[ewa], clock, ewa).logAttempt(second, 1, call);
        FAIL("a contact on a case that moved away went through");
    } catch (const StaleEditError& error) {
        CHECK(error.message().contains(QStringLiteral("Case %1 is Kamil Górski's now").arg(second)));
    }
    CHECK(CaseStore(*admin).attempts(second).isEmpty());
    CHECK(CaseStore(*admin).get(second)->version == 2);
}

TEST_CASE("migrate-to moves a local file into a new team database, verified, and only reads the file",
          "[team][postgres][migrate]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("local.db"));
    const ManualClock clock(QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC));
    QByteArray before;
    NetScore localNps;
    {
        const auto local = Database::open(file);
        DemoGenerator(*local, clock).generate({800, 7});
        localNps = loadOverview(*local, clock).npsAllTime;
    }
    before = loopdesk::test::fileHash(file);
    const auto local = Database::open(file);
    const auto team = Database::open(serverDatabase(QStringLiteral("moved.db")));
    const QList<TeamMigration::Table> tables = TeamMigration::copy(*local, *team);
    CHECK(tables.size() == 25);
    const auto rowsOf = [&](const char* name) {
        for (const TeamMigration::Table& t : tables) {
            if (t.name == QLatin1String(name)) {
                return t.rows;
            }
        }
        return qint64{-1};
    };
    CHECK(rowsOf("response") == 800);
    CHECK(rowsOf("followup_case") ==
          Statement::scalar(local->connection(), QStringLiteral("SELECT count(*) FROM followup_case")).toLongLong());
    CHECK(rowsOf("followup_case") > 0);
    // The same figures, the same inbox, and the server's ids carry on after the file's.
    const NetScore teamNps = loadOverview(*team, clock).npsAllTime;
    CHECK(teamNps.counts.positive == localNps.counts.positive);
    CHECK(teamNps.counts.negative == localNps.counts.negative);
    CHECK(*teamNps.score == Catch::Detail::Approx(*localNps.score));
    InboxQuery open;
    open.view = InboxView::AllOpen;
    CHECK(CaseStore(*team).inboxCount(open) == CaseStore(*local).inboxCount(open));
    const qint64 newcomer = StaffStore(*team).add(Staff{0, QStringLiteral("Nowa Osoba"), {}, Staff::Role::Agent, true});
    CHECK(newcomer > StaffStore(*local).all().size());
    CHECK(loopdesk::test::fileHash(file) == before);

    // A second run finds data there and changes nothing.
    const qint64 staffNow = StaffStore(*team).all().size();
    try {
        TeamMigration::copy(*local, *team);
        FAIL("copied into a database that already held data");
    } catch (const StorageError& error) {
        CHECK(error.message().contains(QStringLiteral("already holds data")));
    }
    CHECK(StaffStore(*team).all().size() == staffNow);
}

TEST_CASE("an inbox hears within a couple of seconds when a colleague changes a case, and not its own changes",
          "[team][postgres][notify]")
{
    const auto mine = Database::open(serverDatabase(QStringLiteral("notify.db")));
    const auto colleague = mine->connectAgain();
    const qint64 wave = WaveStore(*mine).add(Wave{0, QStringLiteral("w"), {}, {}, {}, {}, 0});
    const qint64 caseId = addCase(*mine, wave, QStringLiteral("n1"));

    QObject context;
    int heard = 0;
    ChangeFeed feed(*mine, &context, [&heard] { ++heard; });
    REQUIRE(feed.listening());
    const auto waitFor = [&](int count, int milliseconds) {
        QElapsedTimer timer;
        timer.start();
        while (heard < count && timer.elapsed() < milliseconds) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        }
        return timer.elapsed();
    };

    // My own change: no notice.
    FollowUpCase own = *CaseStore(*mine).get(caseId);
    own.status = FollowUpCase::Status::Contacting;
    CaseStore(*mine).update(own);
    waitFor(1, 500);
    CHECK(heard == 0);

    // A colleague's change on their own connection: heard, soon.
    FollowUpCase theirs = *CaseStore(*colleague).get(caseId);
    theirs.status = FollowUpCase::Status::InProgress;
    QElapsedTimer sent;
    sent.start();
    CaseStore(*colleague).update(theirs);
    waitFor(1, 5000);
    CHECK(heard == 1);
    CHECK(sent.elapsed() < 2000);
    // A change to something else than cases says nothing.
    StaffStore(*colleague).add(Staff{0, QStringLiteral("Ola"), {}, Staff::Role::Agent, true});
    waitFor(2, 500);
    CHECK(heard == 1);
}
