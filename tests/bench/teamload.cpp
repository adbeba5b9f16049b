// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/clock.h"
#include "import/importer.h"
#include "storage/casestore.h"
#include "storage/database.h"
#include "storage/staffstore.h"
#include "storage/statement.h"
#include "storage/teamaccess.h"
#include "storage/themestore.h"
#include "workflow/caseservice.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimeZone>
#include <QUrl>

#include <algorithm>
#include <array>
#include <atomic>
#include <barrier>
#include <chrono>
#include <map>
#include <thread>

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

// The team-mode load test (issue #9): simulated agents and team leads work one team database at
// the same time, each on a connection and a server login of their own, for a bounded time; then
// every saved change is checked against the database. Loopback only.
//
//   loopdesk-team-load [--agents 20] [--leads 2] [--seconds 120] [--cases 30000] [--keep]
//                      [--server postgresql://USER@127.0.0.1:PORT/postgres]
//
// Without --server it starts a throwaway cluster of its own (tests/support/postgres-cluster) and
// removes it afterwards. Exit code 0 only when every check passes.
namespace {

using namespace loopdesk::core;
using Steady = std::chrono::steady_clock;

QTextStream out(stdout);

enum Operation { MyCases, UnassignedTop, AllOpen, Claim, Contact, Close, Reassign, kOperations };
const std::array<const char*, kOperations> kOperationNames = {
    "inbox: my cases (up to 50)", "inbox: top 5 unassigned", "inbox: all open (lead, 50)",   "claim an unassigned case",
    "log a contact attempt",      "close with a root cause", "reassign with a reason (lead)"};

// One change the database accepted, as the client saw it.
struct Saved {
    qint64 caseId = 0;
    int from = 0; // the version the change was based on
    int to = 0;   // the version it produced
    Operation operation = Claim;
    qint64 staffId = 0;
    qint64 ownerAfter = 0;
};

struct Tally {
    std::vector<Saved> saved;
    std::array<std::vector<double>, kOperations> latencyMs;
    int claimsLost = 0; // a colleague was faster
    int staleEdits = 0; // a lead reassigned, or an agent worked the case, in between
    int movedAway = 0;  // the case was no longer this agent's to see
    int nothingToClaim = 0;
    QStringList problems; // anything that is not one of the refusals above
};

struct Member {
    qint64 staffId = 0;
    QString login;
    bool lead = false;
};

double msBetween(Steady::time_point from, Steady::time_point to)
{
    return std::chrono::duration<double, std::milli>(to - from).count();
}

// A free TCP port on the loopback interface for the throwaway cluster.
int freeLoopbackPort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    int port = 0;
    if (fd >= 0 && ::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0 &&
        ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) == 0) {
        port = ntohs(address.sin_port);
    }
    if (fd >= 0) {
        ::close(fd);
    }
    return port;
}

// Starts the throwaway cluster and stops it (removing its files) when it goes out of scope.
class ThrowawayCluster final {
public:
    explicit ThrowawayCluster(int port)
        : m_port(port)
    {
        m_ok = QProcess::execute(QStringLiteral(LOOPDESK_PG_CLUSTER),
                                 {QStringLiteral("start"), m_dir.path(), QString::number(port)}) == 0;
    }
    ~ThrowawayCluster()
    {
        QProcess::execute(QStringLiteral(LOOPDESK_PG_CLUSTER), {QStringLiteral("stop"), m_dir.path()});
    }
    Q_DISABLE_COPY_MOVE(ThrowawayCluster)

    bool ok() const { return m_ok; }
    QString server() const { return QStringLiteral("postgresql://loopdesk_admin@127.0.0.1:%1/postgres").arg(m_port); }

private:
    QTemporaryDir m_dir{QStringLiteral("/tmp/loopdesk-load-XXXXXX")};
    int m_port = 0;
    bool m_ok = false;
};

// A plain connection to the server's maintenance database, for CREATE/DROP DATABASE and roles.
QSqlDatabase adminConnection(const QUrl& server)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("load-admin"));
    db.setHostName(server.host());
    db.setPort(server.port(5432));
    db.setUserName(server.userName());
    db.setDatabaseName(server.path().mid(1));
    if (!db.open()) {
        throw StorageError(QStringLiteral("cannot reach %1: %2").arg(server.toString(), db.lastError().text()));
    }
    return db;
}

void adminRun(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        throw StorageError(QStringLiteral("%1: %2").arg(sql, query.lastError().text()));
    }
}

// The day's detractors, all unassigned: `count` answers imported the way a team imports a file.
void importDetractors(Database& db, int count)
{
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("detractors.csv"));
    QFile file(csv);
    if (!file.open(QIODevice::WriteOnly)) {
        throw StorageError(QStringLiteral("cannot write %1").arg(csv));
    }
    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-2);
    QByteArray text = "response_id,customer_id,name,answered_at,score,comment\n";
    for (int i = 0; i < count; ++i) {
        text += QStringLiteral("L%1,C%1,Customer %1,%2,%3,\"Waited %4 days for the parcel\"\n")
                    .arg(i)
                    .arg(start.addSecs(i * 7).toString(Qt::ISODate))
                    .arg(i % 7)
                    .arg(2 + i % 9)
                    .toUtf8();
    }
    file.write(text);
    file.close();
    ImportOptions options;
    options.waveName = QStringLiteral("Load test");
    options.timeZone = QTimeZone::utc();
    const SystemClock clock;
    const ImportSummary summary = Importer(db, clock).run(csv, options);
    if (summary.casesOpened != count) {
        throw StorageError(QStringLiteral("the import opened %1 cases, not %2").arg(summary.casesOpened).arg(count));
    }
}

// One simulated person: an agent claims from the top of the unassigned list (where colleagues
// look too), calls customers and closes cases; a lead moves open cases between agents.
void work(const QString& location, const Member& me, const std::vector<Member>& agents,
          const std::vector<qint64>& themes, std::barrier<>& start, Steady::time_point& deadline, Tally& tally)
{
    std::unique_ptr<Database> db;
    try {
        db = Database::open(location);
    } catch (const StorageError& error) {
        tally.problems << QStringLiteral("%1 cannot connect: %2").arg(me.login, error.message());
    }
    start.arrive_and_wait();
    if (!db) {
        return;
    }
    const SystemClock clock;
    CaseService service(*db, clock, me.staffId);
    QRandomGenerator random(static_cast<quint32>(me.staffId * 7919));
    // Every try is timed, refused or not.
    const auto timed = [&](Operation operation, const auto& call) {
        const auto begin = Steady::now();
        try {
            call();
        } catch (const StorageError&) {
            tally.latencyMs[operation].push_back(msBetween(begin, Steady::now()));
            throw;
        }
        tally.latencyMs[operation].push_back(msBetween(begin, Steady::now()));
    };
    const auto page = [&](InboxView view, int limit) {
        InboxQuery query;
        query.view = view;
        query.me = me.staffId;
        query.now = QDateTime::currentDateTimeUtc();
        QList<InboxRow> rows;
        const Operation operation = view == InboxView::MyCases      ? MyCases
                                    : view == InboxView::Unassigned ? UnassignedTop
                                                                    : AllOpen;
        timed(operation, [&] { rows = CaseStore(*db).inboxPage(query, 0, limit); });
        return rows;
    };
    const auto record = [&](Operation operation, const FollowUpCase& before, const FollowUpCase& after) {
        if (after.version != before.version) { // else nothing needed saving (already that owner)
            tally.saved.push_back({after.id, before.version, after.version, operation, me.staffId, after.ownerId});
        }
    };

    while (Steady::now() < deadline) {
        try {
            if (me.lead) {
                // A lead balances the load: an open case moves to another agent, a moment after
                // the lead looked at it (agents may well have worked it meanwhile).
                const QList<InboxRow> rows = page(InboxView::AllOpen, 50);
                QList<FollowUpCase> owned;
                for (const InboxRow& row : rows) {
                    if (row.followUp.ownerId != 0) {
                        owned << row.followUp;
                    }
                }
                if (owned.isEmpty()) {
                    std::this_thread::sleep_for(std::chrono::milliseconds(20));
                    continue;
                }
                const FollowUpCase c = owned.at(random.bounded(static_cast<int>(owned.size())));
                qint64 to = c.ownerId;
                while (to == c.ownerId) {
                    to = agents.at(random.bounded(static_cast<int>(agents.size()))).staffId;
                }
                std::this_thread::sleep_for(std::chrono::milliseconds(random.bounded(5, 25)));
                timed(Reassign, [&] {
                    record(Reassign, c, service.assign(c.id, c.version, to, QStringLiteral("balancing the load")));
                });
                continue;
            }
            const QList<InboxRow> mine = page(InboxView::MyCases, 50);
            if (mine.size() < 3) {
                const QList<InboxRow> top = page(InboxView::Unassigned, 5);
                if (top.isEmpty()) {
                    ++tally.nothingToClaim;
                    if (mine.isEmpty()) {
                        std::this_thread::sleep_for(std::chrono::milliseconds(10));
                        continue;
                    }
                } else {
                    const FollowUpCase c = top.at(random.bounded(static_cast<int>(top.size()))).followUp;
                    try {
                        timed(Claim, [&] { record(Claim, c, service.assign(c.id, c.version, me.staffId)); });
                    } catch (const StaleEditError& error) {
                        ++tally.claimsLost;
                        if (!error.message().contains(QStringLiteral(" a moment before you"))) {
                            tally.problems
                                << QStringLiteral("a lost claim was not told who took it: ") + error.message();
                        }
                    }
                    continue;
                }
            }
            const FollowUpCase c = mine.at(random.bounded(static_cast<int>(mine.size()))).followUp;
            if (c.status == FollowUpCase::Status::InProgress) {
                const qint64 theme = themes.at(random.bounded(static_cast<int>(themes.size())));
                const auto outcome = random.bounded(2) ? FollowUpCase::Outcome::Saved : FollowUpCase::Outcome::NotSaved;
                timed(Close, [&] { record(Close, c, service.close(c.id, c.version, theme, outcome)); });
            } else {
                ContactAttempt attempt;
                attempt.reached = random.bounded(3) == 0;
                attempt.notes = attempt.reached ? QStringLiteral("talked it through") : QStringLiteral("no answer");
                timed(Contact, [&] { record(Contact, c, service.logAttempt(c.id, c.version, attempt)); });
            }
        } catch (const StaleEditError& error) {
            // A lead gave the case to someone else (this agent no longer sees it), or someone
            // worked it since this person looked.
            ++(error.message().contains(QStringLiteral("no longer among the cases you can open")) ? tally.movedAway
                                                                                                  : tally.staleEdits);
        } catch (const StorageError& error) {
            tally.problems << QStringLiteral("%1: %2").arg(me.login, error.message());
        }
    }
}

double percentile(const std::vector<double>& sorted, double p)
{
    if (sorted.empty()) {
        return 0;
    }
    const auto index = static_cast<std::size_t>(p * static_cast<double>(sorted.size() - 1) + 0.5);
    return sorted.at(std::min(index, sorted.size() - 1));
}

// Every saved change against the database: versions chain without a gap or a fork (no lost
// update), no case was claimed twice, and the audit log holds each owner change and contact.
QStringList check(Database& db, const std::vector<Tally>& tallies, int cases, int* checkedCases)
{
    QStringList failures;
    std::map<qint64, std::vector<Saved>> byCase;
    for (const Tally& tally : tallies) {
        for (const Saved& s : tally.saved) {
            byCase[s.caseId].push_back(s);
        }
    }
    Statement rows(db.connection(), QStringLiteral("SELECT id, version, owner_id FROM followup_case ORDER BY id"));
    rows.exec();
    Statement owners(db.connection(),
                     QStringLiteral("SELECT entity_id, new_value, staff_id FROM audit_log WHERE entity = 'case' AND "
                                    "field = 'owner' ORDER BY entity_id, id"));
    owners.exec();
    std::map<qint64, std::vector<std::pair<qint64, qint64>>> ownerAudit; // case -> (new owner, by whom)
    while (owners.next()) {
        ownerAudit[owners.id(0)].emplace_back(owners.text(1).toLongLong(), owners.id(2));
    }
    Statement attempts(db.connection(),
                       QStringLiteral("SELECT case_id, count(*) FROM contact_attempt GROUP BY case_id"));
    attempts.exec();
    std::map<qint64, int> attemptRows;
    while (attempts.next()) {
        attemptRows[attempts.id(0)] = attempts.value(1).toInt();
    }
    Statement statuses(db.connection(),
                       QStringLiteral("SELECT c.id, c.status, a.old_value, a.new_value FROM followup_case c JOIN "
                                      "audit_log a ON a.entity = 'case' AND a.entity_id = c.id AND a.field = 'status' "
                                      "ORDER BY c.id, a.id"));
    statuses.exec();
    std::map<qint64, std::pair<QString, QStringList>> statusAudit; // case -> (status now, chain)
    while (statuses.next()) {
        auto& [now, chain] = statusAudit[statuses.id(0)];
        now = statuses.text(1);
        if (chain.isEmpty()) {
            chain << statuses.text(2);
        }
        if (chain.last() != statuses.text(2)) {
            failures << QStringLiteral("case %1: the status audit jumps from %2 to %3")
                            .arg(statuses.id(0))
                            .arg(chain.last(), statuses.text(2));
        }
        chain << statuses.text(3);
    }
    for (const auto& [id, entry] : statusAudit) {
        if (entry.second.last() != entry.first) {
            failures << QStringLiteral("case %1: the status audit ends at %2, the case is %3")
                            .arg(id)
                            .arg(entry.second.last(), entry.first);
        }
    }

    int seen = 0;
    while (rows.next()) {
        ++seen;
        const qint64 id = rows.id(0);
        const int version = rows.value(1).toInt();
        const qint64 owner = rows.id(2);
        std::vector<Saved> changes = byCase[id];
        std::sort(changes.begin(), changes.end(), [](const Saved& a, const Saved& b) { return a.from < b.from; });
        int expected = 1;
        int claims = 0;
        int contacts = 0;
        std::vector<std::pair<qint64, qint64>> ownerChain;
        for (const Saved& s : changes) {
            if (s.from != expected) {
                failures << QStringLiteral("case %1: a change based on version %2 was saved where version %3 was "
                                           "current (a lost update)")
                                .arg(id)
                                .arg(s.from)
                                .arg(expected);
            }
            expected = s.to;
            claims += s.operation == Claim ? 1 : 0;
            contacts += s.operation == Contact ? 1 : 0;
            if (s.operation == Claim || s.operation == Reassign) {
                ownerChain.emplace_back(s.ownerAfter, s.staffId);
            }
        }
        if (version != expected) {
            failures << QStringLiteral("case %1 is at version %2; the saved changes lead to version %3")
                            .arg(id)
                            .arg(version)
                            .arg(expected);
        }
        if (claims > 1) {
            failures << QStringLiteral("case %1 was claimed %2 times").arg(id).arg(claims);
        }
        if (!ownerChain.empty() && owner != ownerChain.back().first) {
            failures << QStringLiteral("case %1 belongs to %2, but the last saved assignment gave it to %3")
                            .arg(id)
                            .arg(owner)
                            .arg(ownerChain.back().first);
        }
        if (ownerAudit[id] != ownerChain) {
            failures << QStringLiteral("case %1: the audit log has %2 owner changes, %3 were saved")
                            .arg(id)
                            .arg(ownerAudit[id].size())
                            .arg(ownerChain.size());
        }
        if (attemptRows[id] != contacts) {
            failures << QStringLiteral("case %1: %2 contact attempts stored, %3 were saved")
                            .arg(id)
                            .arg(attemptRows[id])
                            .arg(contacts);
        }
        if (version > 1 && !statusAudit.contains(id) && contacts > 0) {
            failures << QStringLiteral("case %1 was contacted but its status changes are not in the audit log").arg(id);
        }
    }
    if (seen != cases) {
        failures << QStringLiteral("%1 cases in the database, %2 were imported").arg(seen).arg(cases);
    }
    *checkedCases = seen;
    return failures;
}

struct Arguments {
    int agents = 20;
    int leads = 2;
    int seconds = 120;
    int cases = 30000;
    QString server;
    bool keep = false; // leave the database and the logins on the server, to look at afterwards
};

} // namespace

namespace {

int loadTest(Arguments a)
{
    std::unique_ptr<ThrowawayCluster> cluster;
    if (a.server.isEmpty()) {
        cluster = std::make_unique<ThrowawayCluster>(freeLoopbackPort());
        if (!cluster->ok()) {
            QTextStream(stderr) << "could not start a throwaway PostgreSQL cluster\n";
            return 1;
        }
        a.server = cluster->server();
    }
    const QUrl server(a.server);
    const QString host = server.host();
    if (!host.startsWith(QLatin1String("127.")) && host != QLatin1String("localhost") && host != QLatin1String("::1")) {
        QTextStream(stderr) << "the load test runs on a loopback server only, not " << server.host() << "\n";
        return 2;
    }

    const QString suffix = QStringLiteral("%1").arg(QCoreApplication::applicationPid());
    const QString database = QStringLiteral("loopdesk_load_") + suffix;
    QSqlDatabase admin = adminConnection(server);
    std::vector<Member> people;
    QStringList failures;
    int checkedCases = 0;
    std::vector<Tally> tallies;
    double seconds = 0;
    {
        adminRun(admin, QStringLiteral("CREATE DATABASE %1").arg(database)); // a name made from a number
        QUrl location = server;
        location.setPath(QLatin1Char('/') + database);
        const auto owner = Database::open(location.toString());
        std::vector<Member> agents;
        for (int i = 0; i < a.agents + a.leads; ++i) {
            Member m;
            m.lead = i >= a.agents;
            m.staffId = StaffStore(*owner).add(
                Staff{0,
                      m.lead ? QStringLiteral("Lead %1").arg(i - a.agents + 1) : QStringLiteral("Agent %1").arg(i + 1),
                      {},
                      m.lead ? Staff::Role::Manager : Staff::Role::Agent,
                      true});
            m.login = QStringLiteral("load_%1_%2").arg(suffix).arg(i + 1);
            people.push_back(m);
            if (!m.lead) {
                agents.push_back(m);
            }
        }
        ThemeStore themeStore(*owner);
        const qint64 logistics = themeStore.addDepartment(QStringLiteral("Logistics"));
        std::vector<qint64> themes;
        for (const char* name : {"Late delivery", "Damaged parcel", "Wrong item"}) {
            themes.push_back(themeStore.addTheme(Theme{0, 0, QString::fromLatin1(name), logistics}));
        }
        const auto seeding = Steady::now();
        importDetractors(*owner, a.cases);
        const double seedMs = msBetween(seeding, Steady::now());
        TeamAccess access(*owner);
        access.setUp();
        for (const Member& m : people) {
            adminRun(admin, QStringLiteral("CREATE ROLE %1 LOGIN").arg(m.login)); // names made from numbers
            access.grant(m.login, m.staffId);
        }
        const QString version =
            Statement::scalar(owner->connection(), QStringLiteral("SELECT current_setting('server_version')"))
                .toString();
        out << "LoopDesk team load test: " << a.agents << " agents and " << a.leads << " team leads, each on a login "
            << "and a connection of their own, for " << a.seconds << " s\n"
            << "PostgreSQL " << version << " on " << server.host() << ':' << server.port() << " (loopback); " << a.cases
            << " unassigned detractor cases imported in " << qRound(seedMs) << " ms\n";
        out.flush();

        tallies.resize(people.size());
        std::barrier start(static_cast<std::ptrdiff_t>(people.size() + 1));
        Steady::time_point deadline = Steady::time_point::max();
        std::vector<std::thread> threads;
        for (std::size_t i = 0; i < people.size(); ++i) {
            QUrl as = location;
            as.setUserName(people.at(i).login);
            threads.emplace_back(work, as.toString(), std::cref(people.at(i)), std::cref(agents), std::cref(themes),
                                 std::ref(start), std::ref(deadline), std::ref(tallies.at(i)));
        }
        const auto began = Steady::now();
        deadline = began + std::chrono::seconds(a.seconds);
        start.arrive_and_wait();
        for (std::thread& t : threads) {
            t.join();
        }
        seconds = msBetween(began, Steady::now()) / 1000.0;
        failures = check(*owner, tallies, a.cases, &checkedCases);
    }

    std::array<std::vector<double>, kOperations> latency;
    qint64 saved = 0;
    int claimsLost = 0;
    int stale = 0;
    int movedAway = 0;
    for (const Tally& t : tallies) {
        for (int op = 0; op < kOperations; ++op) {
            latency[op].insert(latency[op].end(), t.latencyMs[op].begin(), t.latencyMs[op].end());
        }
        saved += static_cast<qint64>(t.saved.size());
        claimsLost += t.claimsLost;
        stale += t.staleEdits;
        movedAway += t.movedAway;
        failures << t.problems;
    }
    qint64 operations = 0;
    out << "\n"
        << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
               .arg(QStringLiteral("operation"), -38)
               .arg(QStringLiteral("tries"), 8)
               .arg(QStringLiteral("p50 ms"), 8)
               .arg(QStringLiteral("p95 ms"), 8)
               .arg(QStringLiteral("p99 ms"), 8)
               .arg(QStringLiteral("max ms"), 8);
    for (int op = 0; op < kOperations; ++op) {
        std::vector<double>& times = latency[op];
        std::sort(times.begin(), times.end());
        operations += static_cast<qint64>(times.size());
        out << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                   .arg(QString::fromLatin1(kOperationNames[op]), -38)
                   .arg(times.size(), 8)
                   .arg(percentile(times, 0.50), 8, 'f', 1)
                   .arg(percentile(times, 0.95), 8, 'f', 1)
                   .arg(percentile(times, 0.99), 8, 'f', 1)
                   .arg(times.empty() ? 0.0 : times.back(), 8, 'f', 1);
    }
    out << QStringLiteral("\nthroughput: %1 operations/s, of which %2 saved changes/s (%3 operations in %4 s)\n")
               .arg(static_cast<double>(operations) / seconds, 0, 'f', 0)
               .arg(static_cast<double>(saved) / seconds, 0, 'f', 0)
               .arg(operations)
               .arg(seconds, 0, 'f', 1)
        << QStringLiteral("refused, as they should be: %1 claims lost to a faster colleague (each told who took the "
                          "case), %2 stale edits, %3 edits of cases a lead had moved away\n")
               .arg(claimsLost)
               .arg(stale)
               .arg(movedAway)
        << QStringLiteral("checked %1 cases against %2 saved changes: version chains, claims, owners, audit log "
                          "(owner and status entries), contact attempts\n")
               .arg(checkedCases)
               .arg(saved);
    for (const QString& failure : failures.mid(0, 20)) {
        out << "  FAILED: " << failure << "\n";
    }
    if (failures.size() > 20) {
        out << "  ... and " << failures.size() - 20 << " more\n";
    }

    if (a.keep) {
        out << "kept: database " << database << ", logins load_" << suffix << "_1 to load_" << suffix << '_'
            << people.size() << "\n";
    } else {
        // The roles are the cluster's, not the database's: remove them with it.
        QSqlQuery(admin).exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(database));
        for (const Member& m : people) {
            QSqlQuery(admin).exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(m.login));
        }
    }
    const bool passed = failures.isEmpty() && saved > 0;
    out << (passed ? "RESULT: no lost update, no duplicate claim, audit log complete\n" : "RESULT: FAILED\n");
    return passed ? 0 : 1;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    Arguments a;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString& arg = args.at(i);
        const QString next = i + 1 < args.size() ? args.at(i + 1) : QString();
        int* number = arg == QLatin1String("--agents")    ? &a.agents
                      : arg == QLatin1String("--leads")   ? &a.leads
                      : arg == QLatin1String("--seconds") ? &a.seconds
                      : arg == QLatin1String("--cases")   ? &a.cases
                                                          : nullptr;
        if (number) {
            *number = next.toInt();
            ++i;
        } else if (arg == QLatin1String("--keep")) {
            a.keep = true;
        } else if (arg == QLatin1String("--server")) {
            a.server = next;
            ++i;
        } else {
            QTextStream(stderr) << "usage: loopdesk-team-load [--agents N] [--leads N] [--seconds N] [--cases N] "
                                   "[--keep] [--server postgresql://USER@127.0.0.1:PORT/postgres]\n";
            return 2;
        }
    }
    if (a.agents < 2 || a.leads < 0 || a.seconds < 1 || a.cases < 1) {
        QTextStream(stderr) << "at least two agents, one second and one case\n";
        return 2;
    }

    try {
        return loadTest(a);
    } catch (const StorageError& error) {
        QTextStream(stderr) << "the load test could not run: " << error.message() << "\n";
        return 1;
    }
}
