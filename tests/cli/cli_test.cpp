// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QThread>

using Catch::Detail::Approx;

// loopdesk-cli and loopdesk as a user runs them: real binaries, real files, exit codes.
namespace {

struct Run {
    int code = -1;
    QString out;
    QString err;
};

Run cli(const QStringList& args, const QString& home = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("LOOPDESK_DB"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8")); // messages in English, whatever the machine
    if (!home.isEmpty()) {
        env.insert(QStringLiteral("XDG_DATA_HOME"), home);
    }
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(LOOPDESK_CLI_BINARY), args);
    REQUIRE(p.waitForFinished(120000));
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

QJsonObject json(const Run& run)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    INFO(run.out.toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    return doc.object();
}

} // namespace

TEST_CASE("init, demo and info --json work on a new file that is private to the user", "[cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("x.db"));
    const Run init = cli({QStringLiteral("--db"), db, QStringLiteral("init")});
    INFO(init.err.toStdString());
    CHECK(init.code == 0);
    CHECK(init.out.contains(QStringLiteral("Created")));
    CHECK(QFileInfo(db).permissions() ==
          (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));
    const Run demo = cli(
        {QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--responses"), QStringLiteral("5000")});
    INFO(demo.err.toStdString());
    CHECK(demo.code == 0);
    const Run info = cli({QStringLiteral("--db"), db, QStringLiteral("info"), QStringLiteral("--json")});
    CHECK(info.code == 0);
    const QJsonObject o = json(info);
    CHECK(o.value(QStringLiteral("schema_version")).toInt() >= 1);
    CHECK(o.value(QStringLiteral("counts")).toObject().value(QStringLiteral("responses")).toInt() == 5000);
    CHECK(o.value(QStringLiteral("counts")).toObject().value(QStringLiteral("cases")).toInt() > 0);
    CHECK(o.value(QStringLiteral("nps_all_time")).toObject().value(QStringLiteral("n")).toInt() == 5000);
    CHECK(o.value(QStringLiteral("nps_all_time")).toObject().contains(QStringLiteral("ci_low")));
}

TEST_CASE("running init twice changes nothing", "[cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("twice.db"));
    REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("init")}).code == 0);
    const QByteArray before = loopdesk::test::fileHash(db);
    const QDateTime modified = QFileInfo(db).lastModified();
    const Run again = cli({QStringLiteral("--db"), db, QStringLiteral("init")});
    CHECK(again.code == 0);
    CHECK(again.out.contains(QStringLiteral("nothing changed")));
    CHECK(loopdesk::test::fileHash(db) == before);
    CHECK(QFileInfo(db).lastModified() == modified);
    CHECK(QDir(dir.path()).entryList(QDir::Files).filter(QStringLiteral(".bak")).isEmpty());
}

TEST_CASE("bad input exits 1 with a one-line reason, bad usage exits 2", "[cli]")
{
    QTemporaryDir dir;
    const QString text = dir.filePath(QStringLiteral("answers.db"));
    loopdesk::test::writeFile(text, "id,score\n1,10\n");
    const Run notDb = cli({QStringLiteral("--db"), text, QStringLiteral("info")});
    CHECK(notDb.code == 1);
    CHECK(notDb.err.trimmed().count(QLatin1Char('\n')) == 0);
    CHECK(notDb.err.contains(QStringLiteral("not an SQLite file")));
    CHECK(notDb.out.isEmpty());

    const Run missing = cli({QStringLiteral("--db"), dir.filePath(QStringLiteral("nope.db")), QStringLiteral("info")});
    CHECK(missing.code == 1);
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("nope.db"))));

    CHECK(cli({QStringLiteral("frobnicate")}).code == 2);
    CHECK(cli({}).code == 2);
    CHECK(cli({QStringLiteral("--db"), text, QStringLiteral("demo"), QStringLiteral("--responses"),
               QStringLiteral("lots")})
              .code == 2);
    CHECK(cli({QStringLiteral("--db"), text, QStringLiteral("demo"), QStringLiteral("--colour")}).code == 2);
    CHECK(cli({QStringLiteral("--db"), text, QStringLiteral("backup")}).code == 2);
    CHECK(cli({QStringLiteral("--help")}).code == 0);

    // Team-database commands on a local file, and a team address with its password written in.
    const QString local = dir.filePath(QStringLiteral("local.db"));
    REQUIRE(cli({QStringLiteral("--db"), local, QStringLiteral("init")}).code == 0);
    const Run team = cli({QStringLiteral("--db"), local, QStringLiteral("team"), QStringLiteral("setup")});
    CHECK(team.code == 1);
    CHECK(team.err.contains(QStringLiteral("belong to a team database")));
    CHECK(cli({QStringLiteral("--db"), local, QStringLiteral("team"), QStringLiteral("grant")}).code == 2);
    const Run secret =
        cli({QStringLiteral("--db"), QStringLiteral("postgresql://ewa:secret@127.0.0.1:1/cx"), QStringLiteral("info")});
    CHECK(secret.code == 1);
    CHECK(secret.err.contains(QStringLiteral("Leave the password out of the address")));
}

TEST_CASE("check and backup report in words and in JSON", "[cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("c.db"));
    REQUIRE(
        cli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--responses"), QStringLiteral("300")})
            .code == 0);
    const Run check = cli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("check")});
    CHECK(check.code == 0);
    CHECK(json(check).value(QStringLiteral("ok")).toBool());
    const QString copy = dir.filePath(QStringLiteral("copy.db"));
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("backup"), copy}).code == 0);
    const Run info = cli({QStringLiteral("--db"), copy, QStringLiteral("info"), QStringLiteral("--json")});
    CHECK(json(info).value(QStringLiteral("counts")).toObject().value(QStringLiteral("responses")).toInt() == 300);
    const Run again = cli({QStringLiteral("--db"), db, QStringLiteral("backup"), copy});
    CHECK(again.code == 1);
    CHECK(again.err.contains(QStringLiteral("already exists")));
}

TEST_CASE("the default database lives in the user's data folder and LOOPDESK_DB overrides it", "[cli]")
{
    QTemporaryDir home;
    const Run init = cli({QStringLiteral("init")}, home.path());
    CHECK(init.code == 0);
    CHECK(QFileInfo::exists(home.filePath(QStringLiteral("LoopDesk/loopdesk.db"))));

    QTemporaryDir other;
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LOOPDESK_DB"), other.filePath(QStringLiteral("env.db")));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(LOOPDESK_CLI_BINARY), {QStringLiteral("init")});
    REQUIRE(p.waitForFinished(60000));
    CHECK(p.exitCode() == 0);
    CHECK(QFileInfo::exists(other.filePath(QStringLiteral("env.db"))));
}

TEST_CASE("the GUI starts on a fresh machine, creates its database with demo data and keeps running", "[cli][smoke]")
{
    QTemporaryDir home;
    QProcess gui;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.remove(QStringLiteral("LOOPDESK_DB"));
    gui.setProcessEnvironment(env);
    gui.start(QStringLiteral(LOOPDESK_GUI_BINARY), {});
    REQUIRE(gui.waitForStarted(10000));
    const QString db = home.filePath(QStringLiteral("LoopDesk/loopdesk.db"));
    // Wait until the demo data is committed: info then sees answers.
    int responses = 0;
    for (int i = 0; i < 120 && responses == 0; ++i) {
        REQUIRE(gui.state() == QProcess::Running);
        QThread::msleep(250);
        if (QFileInfo::exists(db)) {
            const Run info = cli({QStringLiteral("--db"), db, QStringLiteral("info"), QStringLiteral("--json")});
            if (info.code == 0) {
                responses =
                    json(info).value(QStringLiteral("counts")).toObject().value(QStringLiteral("responses")).toInt();
            }
        }
    }
    CHECK(responses > 0);
    CHECK(gui.state() == QProcess::Running);
    gui.terminate();
    CHECK(gui.waitForFinished(10000));
}

TEST_CASE("killing an import half-way leaves the database as it was before that import", "[cli][import][atomic]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("k.db"));
    const QString small = dir.filePath(QStringLiteral("small.csv"));
    loopdesk::test::writeFile(small, "response_id,answered_at,score\ns1,2026-01-01,9\ns2,2026-01-02,3\n");
    REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("import"), small}).code == 0);
    const int before = json(cli({QStringLiteral("--db"), db, QStringLiteral("info"), QStringLiteral("--json")}))
                           .value(QStringLiteral("counts"))
                           .toObject()
                           .value(QStringLiteral("responses"))
                           .toInt();
    REQUIRE(before == 2);

    const QString big = dir.filePath(QStringLiteral("big.csv"));
    QByteArray bytes = "response_id,customer_id,answered_at,score,comment\n";
    for (int i = 0; i < 150000; ++i) {
        bytes += "b" + QByteArray::number(i) + ",C" + QByteArray::number(i % 5000) + ",2026-02-01T10:00:00Z," +
                 QByteArray::number(i % 11) + ",\"comment, number " + QByteArray::number(i) + "\"\n";
    }
    loopdesk::test::writeFile(big, bytes);
    // Kill it once it is visibly writing the answers into the file: the file itself grows (the
    // import writes in place, with a rollback journal), or the write-ahead log does (when the
    // file is shared). The writing is the last tenth of a second or so: when a kill comes too late,
    // the file goes back to its copy and the import is tried again.
    const QString copy = dir.filePath(QStringLiteral("k.copy"));
    REQUIRE(QFile::copy(db, copy));
    const qint64 startSize = QFileInfo(db).size();
    bool killedWhileWriting = false;
    for (int attempt = 0; attempt < 8 && !killedWhileWriting; ++attempt) {
        QProcess import;
        import.start(QStringLiteral(LOOPDESK_CLI_BINARY), {QStringLiteral("--db"), db, QStringLiteral("import"), big});
        REQUIRE(import.waitForStarted(10000));
        QElapsedTimer waited;
        waited.start();
        while (import.state() == QProcess::Running && waited.elapsed() < 120000) {
            if (QFileInfo(db).size() > startSize + 1024 * 1024 ||
                QFileInfo(db + QStringLiteral("-wal")).size() > 2 * 1024 * 1024) {
                import.kill();
                killedWhileWriting = true;
                break;
            }
            QThread::usleep(500);
        }
        REQUIRE(import.waitForFinished(10000));
        if (!killedWhileWriting || import.exitStatus() != QProcess::CrashExit) {
            killedWhileWriting = false;
            for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
                QFile::remove(db + QLatin1String(suffix));
            }
            REQUIRE(QFile::copy(copy, db));
        }
    }
    REQUIRE(killedWhileWriting);

    const Run info = cli({QStringLiteral("--db"), db, QStringLiteral("info"), QStringLiteral("--json")});
    INFO(info.err.toStdString());
    REQUIRE(info.code == 0);
    const QJsonObject counts = json(info).value(QStringLiteral("counts")).toObject();
    CHECK(counts.value(QStringLiteral("responses")).toInt() == before);
    CHECK(counts.value(QStringLiteral("imports")).toInt() == 1);
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("check")}).code == 0);
    // The same file imports whole afterwards.
    const Run again = cli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("import"), big});
    CHECK(json(again).value(QStringLiteral("imported")).toInt() == 150000);
}

TEST_CASE("import reports its summary in JSON and refuses an ambiguous score column, listing it", "[cli][import]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("i.db"));
    const Run refused = cli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("import"),
                             loopdesk::test::sharedData("prepbench_sudzilla/input_02.csv")});
    CHECK(refused.code == 1);
    CHECK(refused.err.contains(QStringLiteral("Several columns could be the score")));
    CHECK(json(refused).value(QStringLiteral("choices")).toArray().size() == 3);
    const QString rejects = dir.filePath(QStringLiteral("rejects.csv"));
    const Run ok = cli({QStringLiteral("--db"), db, QStringLiteral("import"),
                        QStringLiteral(LOOPDESK_TEST_DATA_DIR "/import/mixed_quality.csv"), QStringLiteral("--rejects"),
                        rejects, QStringLiteral("--json")});
    CHECK(ok.code == 0);
    const QJsonObject summary = json(ok);
    CHECK(summary.value(QStringLiteral("rows")).toInt() == 9);
    CHECK(summary.value(QStringLiteral("imported")).toInt() == 3);
    CHECK(summary.value(QStringLiteral("duplicates")).toInt() == 0);
    CHECK(summary.value(QStringLiteral("rejected")).toInt() == 6);
    CHECK(summary.value(QStringLiteral("rejected_by_kind"))
              .toObject()
              .value(QStringLiteral("score_out_of_range"))
              .toInt() == 2);
    CHECK(QFileInfo(rejects).size() > 0);
    const Run text = cli({QStringLiteral("--db"), db, QStringLiteral("import"),
                          QStringLiteral(LOOPDESK_TEST_DATA_DIR "/import/mixed_quality.csv")});
    CHECK(text.out.contains(QStringLiteral("line 9, column \"score\": the score 12 is outside 0 to 10")));
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("import")}).code == 2);
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("import"), rejects, QStringLiteral("--map"),
               QStringLiteral("nonsense")})
              .code == 2);
}

TEST_CASE("a case is worked from the command line: assign, log, close, and refusals exit 1", "[cli][cases]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("cases.db"));
    REQUIRE(
        cli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--responses"), QStringLiteral("800")})
            .code == 0);
    const QJsonArray fresh = json(cli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("cases"),
                                       QStringLiteral("--status"), QStringLiteral("new")}))
                                 .value(QStringLiteral("cases"))
                                 .toArray();
    REQUIRE_FALSE(fresh.isEmpty());
    const QString id = QString::number(fresh.first()[QStringLiteral("id")].toInteger());
    const QStringList base{QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("case")};

    const Run close =
        cli(base + QStringList{QStringLiteral("close"), id, QStringLiteral("--theme"), QStringLiteral("Late delivery"),
                               QStringLiteral("--outcome"), QStringLiteral("saved")});
    CHECK(close.code == 1);
    CHECK(close.err.contains(QStringLiteral("cannot become \"Closed\"")));

    const Run logged =
        cli(base + QStringList{QStringLiteral("log"), id, QStringLiteral("--mode"), QStringLiteral("phone"),
                               QStringLiteral("--reached"), QStringLiteral("yes"), QStringLiteral("--note"),
                               QStringLiteral("apologised"), QStringLiteral("--as"), QStringLiteral("Ewa Malinowska")});
    CHECK(logged.code == 0);
    CHECK(json(logged).value(QStringLiteral("status")).toString() == QStringLiteral("in_progress"));
    const Run closed =
        cli(base + QStringList{QStringLiteral("close"), id, QStringLiteral("--theme"), QStringLiteral("Late delivery"),
                               QStringLiteral("--outcome"), QStringLiteral("saved")});
    CHECK(closed.code == 0);
    CHECK(json(closed).value(QStringLiteral("status")).toString() == QStringLiteral("closed"));
    const QJsonObject shown = json(cli(base + QStringList{QStringLiteral("show"), id}));
    CHECK(shown.value(QStringLiteral("attempts")).toArray().size() == 1);
    CHECK(shown.value(QStringLiteral("history")).toArray().size() >= 4);

    CHECK(
        cli(base + QStringList{QStringLiteral("log"), id, QStringLiteral("--reached"), QStringLiteral("maybe")}).code ==
        2);
    CHECK(cli(base + QStringList{QStringLiteral("show"), QStringLiteral("99999")}).code == 1);
    CHECK(cli(base + QStringList{QStringLiteral("assign"), id, QStringLiteral("Nobody Here")}).code == 1);
    CHECK(cli(base + QStringList{QStringLiteral("frobnicate"), id}).code == 2);
}

TEST_CASE("cases lists open cases by due time and filters by owner and status", "[cli][cases]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("list.db"));
    REQUIRE(
        cli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--responses"), QStringLiteral("800")})
            .code == 0);
    const QJsonArray open = json(cli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("cases")}))
                                .value(QStringLiteral("cases"))
                                .toArray();
    REQUIRE(open.size() > 1);
    QString previous;
    for (const QJsonValue& c : open) {
        CHECK(c[QStringLiteral("status")].toString() != QStringLiteral("closed"));
        CHECK(c[QStringLiteral("first_contact_due")].toString() >= previous);
        previous = c[QStringLiteral("first_contact_due")].toString();
    }
    const QJsonArray mine = json(cli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("cases"),
                                      QStringLiteral("--owner"), QStringLiteral("Ewa Malinowska")}))
                                .value(QStringLiteral("cases"))
                                .toArray();
    for (const QJsonValue& c : mine) {
        CHECK(c[QStringLiteral("owner")].toString() == QStringLiteral("Ewa Malinowska"));
    }
    CHECK(mine.size() < open.size());
    const QJsonArray closed = json(cli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("cases"),
                                        QStringLiteral("--status"), QStringLiteral("closed")}))
                                  .value(QStringLiteral("cases"))
                                  .toArray();
    CHECK_FALSE(closed.isEmpty());
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("cases"), QStringLiteral("--status"), QStringLiteral("lost")})
              .code == 2);
}

TEST_CASE("customer export prints everything held as JSON, erase anonymises", "[cli][privacy]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("p.db"));
    REQUIRE(
        cli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--responses"), QStringLiteral("300")})
            .code == 0);
    const QStringList base{QStringLiteral("--db"), db, QStringLiteral("customer")};
    const Run exported = cli(base + QStringList{QStringLiteral("export"), QStringLiteral("C100000")});
    CHECK(exported.code == 0);
    const QJsonObject data = json(exported);
    CHECK_FALSE(data[QStringLiteral("customer")][QStringLiteral("name")].toString().isEmpty());
    CHECK(data.contains(QStringLiteral("answers")));
    const Run erased = cli(base + QStringList{QStringLiteral("erase"), QStringLiteral("C100000")});
    CHECK(erased.code == 0);
    const QString number = QString::number(data[QStringLiteral("customer")][QStringLiteral("number")].toInteger());
    const QJsonObject after = json(cli(base + QStringList{QStringLiteral("export"), number}));
    CHECK(after[QStringLiteral("customer")][QStringLiteral("name")].toString().isEmpty());
    CHECK_FALSE(after[QStringLiteral("customer")][QStringLiteral("erased_at")].isNull());
    CHECK(cli(base + QStringList{QStringLiteral("export"), QStringLiteral("C100000")}).code == 1);
    CHECK(cli(base + QStringList{QStringLiteral("forget"), number}).code == 2);
}

TEST_CASE("kpi reports the loop per owner and per quarter", "[cli][kpi]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("k.db"));
    REQUIRE(
        cli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--responses"), QStringLiteral("600")})
            .code == 0);
    const QJsonArray all = json(cli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("kpi")}))
                               .value(QStringLiteral("rows"))
                               .toArray();
    REQUIRE(all.size() == 1);
    const int cases = all.first()[QStringLiteral("cases")].toInt();
    CHECK(cases > 0);
    const QJsonArray quarters = json(cli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("kpi"),
                                          QStringLiteral("--by"), QStringLiteral("quarter")}))
                                    .value(QStringLiteral("rows"))
                                    .toArray();
    CHECK(quarters.size() == 6);
    int sum = 0;
    for (const QJsonValue& q : quarters) {
        sum += q[QStringLiteral("cases")].toInt();
    }
    CHECK(sum == cases);
    CHECK(
        cli({QStringLiteral("--db"), db, QStringLiteral("kpi"), QStringLiteral("--by"), QStringLiteral("mood")}).code ==
        2);
}

TEST_CASE("escalate lists near or overdue cases and escalates each once", "[cli][escalation]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("e.db"));
    REQUIRE(
        cli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--responses"), QStringLiteral("3000")})
            .code == 0);
    const QJsonObject preview = json(cli({QStringLiteral("--db"), db, QStringLiteral("--json"),
                                          QStringLiteral("escalate"), QStringLiteral("--dry-run")}));
    CHECK(preview.value(QStringLiteral("escalated_now")).toInt() == 0);
    const int listed = static_cast<int>(preview.value(QStringLiteral("cases")).toArray().size());
    const QJsonObject first =
        json(cli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("escalate")}));
    CHECK(first.value(QStringLiteral("escalated_now")).toInt() <= listed);
    const QJsonObject second =
        json(cli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("escalate")}));
    CHECK(second.value(QStringLiteral("escalated_now")).toInt() == 0);
    CHECK(second.value(QStringLiteral("cases")).toArray().size() >= listed); // time moves on between calls
    for (const QJsonValue& c : second.value(QStringLiteral("cases")).toArray()) {
        CHECK(c[QStringLiteral("escalated")].toBool());
    }
}

TEST_CASE("assign-open leaves no open case without an owner", "[cli][assignment]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("a.db"));
    REQUIRE(
        cli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--responses"), QStringLiteral("3000")})
            .code == 0);
    const Run run = cli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("assign-open")});
    CHECK(run.code == 0);
    CHECK_FALSE(json(run).value(QStringLiteral("assigned")).toArray().isEmpty());
    const QJsonArray open = json(cli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("cases")}))
                                .value(QStringLiteral("cases"))
                                .toArray();
    for (const QJsonValue& c : open) {
        CHECK_FALSE(c[QStringLiteral("owner")].toString().isEmpty());
    }
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("assign-open"), QStringLiteral("--by"),
               QStringLiteral("lottery")})
              .code == 2);
}

namespace {

// DESIGN.md's worked example as a file: 2026Q1 200 answers (90 P, 50 D), 2026Q2 220 (110 P, 44 D).
QString writeTwoQuarters(const QTemporaryDir& dir)
{
    QByteArray csv = "response_id,answered_at,score,comment,language,region\n";
    int id = 0;
    const auto add = [&](const char* day, int count, int score, const char* comment, const char* language) {
        for (int i = 0; i < count; ++i, ++id) {
            csv += "R" + QByteArray::number(id) + ',' + day + "T10:00:00Z," + QByteArray::number(score) + ',' +
                   comment + ',' + language + ',' + (id % 2 ? "North" : "South") + '\n';
        }
    };
    add("2026-01-15", 90, 10, "Great service", "en");
    add("2026-02-15", 60, 8, "", "en");
    add("2026-03-15", 30, 2, "Przesyłka opóźniona o tydzień", "pl");
    add("2026-03-16", 20, 4, "Consegna in ritardo", "it");
    add("2026-04-15", 110, 9, "", "en");
    add("2026-05-15", 66, 7, "", "en");
    add("2026-06-15", 44, 0, "Parcel arrived damaged", "en");
    const QString path = dir.filePath(QStringLiteral("two-quarters.csv"));
    loopdesk::test::writeFile(path, csv);
    return path;
}

} // namespace

TEST_CASE("nps and compare reproduce the worked example: +10 points, z 1.28, not significant", "[cli][analytics]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("n.db"));
    const Run imported = cli({QStringLiteral("--db"), db, QStringLiteral("import"), writeTwoQuarters(dir),
                              QStringLiteral("--map"), QStringLiteral("segment:region=region")});
    INFO(imported.err.toStdString());
    REQUIRE(imported.code == 0);

    const QJsonObject nps = json(cli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("nps"),
                                      QStringLiteral("--by"), QStringLiteral("quarter")}));
    const QJsonArray rows = nps.value(QStringLiteral("rows")).toArray();
    REQUIRE(rows.size() == 2);
    const QJsonObject q1 = rows.at(0).toObject();
    CHECK(q1.value(QStringLiteral("group")).toString() == QStringLiteral("2026Q1"));
    CHECK(q1.value(QStringLiteral("n")).toInt() == 200);
    CHECK(q1.value(QStringLiteral("promoters")).toInt() == 90);
    CHECK(q1.value(QStringLiteral("passives")).toInt() == 60);
    CHECK(q1.value(QStringLiteral("detractors")).toInt() == 50);
    CHECK(q1.value(QStringLiteral("nps")).toDouble() == Approx(20.0));
    CHECK(q1.value(QStringLiteral("ci_low")).toDouble() < 20.0);
    CHECK(q1.value(QStringLiteral("ci_high")).toDouble() > 20.0);
    CHECK(q1.value(QStringLiteral("small_sample")).toBool()); // +-12 points on 200 answers
    CHECK(rows.at(1)[QStringLiteral("nps")].toDouble() == Approx(30.0));

    const QJsonObject change = json(
        cli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("compare"),
             QStringLiteral("--period"), QStringLiteral("2026Q2"), QStringLiteral("--vs"), QStringLiteral("2026Q1")}));
    CHECK(change.value(QStringLiteral("delta")).toDouble() == Approx(10.0));
    CHECK(change.value(QStringLiteral("z")).toDouble() == Approx(1.28).margin(0.01));
    CHECK_FALSE(change.value(QStringLiteral("significant")).toBool());
    const Run text = cli({QStringLiteral("--db"), db, QStringLiteral("compare"), QStringLiteral("--period"),
                          QStringLiteral("2026Q2"), QStringLiteral("--vs"), QStringLiteral("2026Q1")});
    CHECK(text.out.contains(QStringLiteral("not significant")));

    const Run crossed = cli({QStringLiteral("--db"), db, QStringLiteral("nps"), QStringLiteral("--by"),
                             QStringLiteral("quarter"), QStringLiteral("--by"), QStringLiteral("segment:region")});
    CHECK(crossed.code == 0);
    CHECK(crossed.out.contains(QStringLiteral("2026Q1 × North")));
    const QJsonObject months =
        json(cli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("nps"), QStringLiteral("--by"),
                  QStringLiteral("month"), QStringLiteral("--from"), QStringLiteral("2026-03-16"),
                  QStringLiteral("--to"), QStringLiteral("2026Q2")}));
    CHECK(months.value(QStringLiteral("total")).toObject().value(QStringLiteral("n")).toInt() == 240);
    CHECK(months.value(QStringLiteral("rows")).toArray().at(0)[QStringLiteral("group")].toString() ==
          QStringLiteral("2026-03"));

    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("nps"), QStringLiteral("--by"), QStringLiteral("weekday")})
              .code == 2);
    const Run unknown = cli({QStringLiteral("--db"), db, QStringLiteral("nps"), QStringLiteral("--segment"),
                             QStringLiteral("region=Atlantis")});
    CHECK(unknown.code == 1);
    CHECK(unknown.err.contains(QStringLiteral("Atlantis")));
}

TEST_CASE("themes, drivers and whatif work on a new database's default taxonomy", "[cli][analytics]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("t.db"));
    REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("import"), writeTwoQuarters(dir)}).code == 0);
    const QJsonObject retag = json(
        cli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("themes"), QStringLiteral("retag")}));
    CHECK(retag.value(QStringLiteral("answers_read")).toInt() == 184);  // answers with a comment
    CHECK(retag.value(QStringLiteral("answers_tagged")).toInt() == 94); // late (PL, IT) and damaged (EN)

    const QJsonObject drivers =
        json(cli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("drivers")}));
    const QJsonArray list = drivers.value(QStringLiteral("drivers")).toArray();
    REQUIRE(list.size() == 2);
    const QJsonObject late = list.at(0).toObject(); // 50 detractors of 420 answers: priority first
    CHECK(late.value(QStringLiteral("theme")).toString() == QStringLiteral("Delivery / Late delivery"));
    CHECK(late.value(QStringLiteral("mentions")).toInt() == 50);
    CHECK(late.value(QStringLiteral("share_of_detractors")).toDouble() == Approx(50.0 / 94.0).margin(1e-4));
    CHECK(late.value(QStringLiteral("points_lost")).toDouble() == Approx(100.0 * 50 / 420).margin(0.01));

    const QJsonObject whatIf =
        json(cli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("whatif"),
                  QStringLiteral("--theme"), QStringLiteral("Late delivery"), QStringLiteral("--share"),
                  QStringLiteral("0.5"), QStringLiteral("--to"), QStringLiteral("promoter")}));
    CHECK(whatIf.value(QStringLiteral("moved_detractors")).toDouble() == Approx(25.0));
    CHECK(whatIf.value(QStringLiteral("delta")).toDouble() == Approx(100.0 * 50 / 420).margin(0.01));
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("whatif"), QStringLiteral("--theme"),
               QStringLiteral("Late delivery"), QStringLiteral("--share"), QStringLiteral("2")})
              .code == 2);

    // A tag taken off by hand stays off after tagging again.
    const QString answer = QStringLiteral("151"); // the first Polish "late" comment
    REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("themes"), QStringLiteral("untag"), answer,
                 QStringLiteral("Late delivery")})
                .code == 0);
    cli({QStringLiteral("--db"), db, QStringLiteral("themes"), QStringLiteral("retag")});
    const QJsonArray themes =
        json(cli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("themes")}))
            .value(QStringLiteral("themes"))
            .toArray();
    bool found = false;
    for (const QJsonValue& t : themes) {
        if (t[QStringLiteral("name")].toString() == QStringLiteral("Late delivery")) {
            found = true;
            CHECK(t[QStringLiteral("answers")].toInt() == 49);
            CHECK(t[QStringLiteral("department")].toString() == QStringLiteral("Logistics"));
        }
    }
    CHECK(found);

    // The taxonomy is editable: a new sub-theme with its own rule tags on the next run.
    REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("themes"), QStringLiteral("add"),
                 QStringLiteral("Packaging"), QStringLiteral("--parent"), QStringLiteral("Delivery")})
                .code == 0);
    REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("themes"), QStringLiteral("keyword"),
                 QStringLiteral("Packaging"), QStringLiteral("en"), QStringLiteral("parcel")})
                .code == 0);
    cli({QStringLiteral("--db"), db, QStringLiteral("themes"), QStringLiteral("retag")});
    const QJsonObject byTheme = json(cli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("nps"),
                                          QStringLiteral("--by"), QStringLiteral("theme")}));
    QStringList groups;
    for (const QJsonValue& row : byTheme.value(QStringLiteral("rows")).toArray()) {
        groups << row[QStringLiteral("group")].toString() + QLatin1Char('=') +
                      QString::number(row[QStringLiteral("n")].toInt());
    }
    CHECK(groups == QStringList{QStringLiteral("Delivery / Damaged parcel=44"),
                                QStringLiteral("Delivery / Late delivery=49"),
                                QStringLiteral("Delivery / Packaging=44")});
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("themes"), QStringLiteral("add"), QStringLiteral("Too deep"),
               QStringLiteral("--parent"), QStringLiteral("Packaging")})
              .code == 1);
}

TEST_CASE("compare two segments, and check finds and repairs a damaged score cube", "[cli][analytics]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("s.db"));
    REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("import"), writeTwoQuarters(dir), QStringLiteral("--map"),
                 QStringLiteral("segment:region=region")})
                .code == 0);
    const QJsonObject change = json(cli(
        {QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("compare"), QStringLiteral("--segment-a"),
         QStringLiteral("region=North"), QStringLiteral("--vs"), QStringLiteral("region=South")}));
    CHECK(change.value(QStringLiteral("a")).toObject().value(QStringLiteral("n")).toInt() == 210);
    CHECK(change.value(QStringLiteral("b")).toObject().value(QStringLiteral("n")).toInt() == 210);
    CHECK(change.contains(QStringLiteral("z")));
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("compare"), QStringLiteral("--period"),
               QStringLiteral("2026Q1")})
              .code == 2);

    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("check")}).code == 0);
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("damage"));
        raw.setDatabaseName(db);
        REQUIRE(raw.open());
        QSqlQuery(QStringLiteral("UPDATE score_cube SET n = n + 5 WHERE slot = 0"), raw);
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("damage"));
    const Run damaged = cli({QStringLiteral("--db"), db, QStringLiteral("check")});
    CHECK(damaged.code == 1);
    CHECK(damaged.err.contains(QStringLiteral("check --repair")));
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("check"), QStringLiteral("--repair")}).code == 0);
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("check")}).code == 0);
}

TEST_CASE("case compensate, informed and resurvey record the outer loop", "[cli][cases]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("o.db"));
    REQUIRE(
        cli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--responses"), QStringLiteral("500")})
            .code == 0);
    const QJsonArray open = json(cli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("cases")}))
                                .value(QStringLiteral("cases"))
                                .toArray();
    REQUIRE_FALSE(open.isEmpty());
    const QString id = QString::number(open.first()[QStringLiteral("id")].toInt());
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("case"), QStringLiteral("compensate"), id,
               QStringLiteral("--kind"), QStringLiteral("voucher"), QStringLiteral("--value"), QStringLiteral("25")})
              .code == 0);
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("case"), QStringLiteral("informed"), id}).code == 0);
    CHECK(
        cli({QStringLiteral("--db"), db, QStringLiteral("case"), QStringLiteral("resurvey"), id, QStringLiteral("12")})
            .code == 1);
    const QJsonObject saved = json(cli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("case"),
                                        QStringLiteral("resurvey"), id, QStringLiteral("9")}));
    CHECK(saved.value(QStringLiteral("outcome")).toString() == QStringLiteral("saved"));
    const Run shown = cli({QStringLiteral("--db"), db, QStringLiteral("case"), QStringLiteral("show"), id});
    CHECK(shown.out.contains(QStringLiteral("voucher")));
}

TEST_CASE("case compensate above the agents' limit waits for a manager: approve and decline", "[cli][cases]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("e.db"));
    REQUIRE(
        cli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--responses"), QStringLiteral("500")})
            .code == 0);
    const QJsonArray open = json(cli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("cases")}))
                                .value(QStringLiteral("cases"))
                                .toArray();
    REQUIRE(open.size() >= 2);
    const auto compensate = [&](const QString& id, const char* value) {
        return json(cli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("case"),
                         QStringLiteral("compensate"), id, QStringLiteral("--kind"), QStringLiteral("refund"),
                         QStringLiteral("--value"), QString::fromLatin1(value), QStringLiteral("--as"),
                         QStringLiteral("Ewa Malinowska")}));
    };
    const QString first = QString::number(open.at(0)[QStringLiteral("id")].toInt());
    const QJsonObject waiting = compensate(first, "120");
    CHECK(waiting.value(QStringLiteral("approval")).toString() == QStringLiteral("pending"));
    CHECK_FALSE(waiting.value(QStringLiteral("approval_due")).toString().isEmpty());
    const Run agentApproves = cli({QStringLiteral("--db"), db, QStringLiteral("case"), QStringLiteral("approve"), first,
                                   QStringLiteral("--as"), QStringLiteral("Ewa Malinowska")});
    CHECK(agentApproves.code == 1);
    CHECK(agentApproves.err.contains(QStringLiteral("Only a manager")));
    const QJsonObject approved =
        json(cli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("case"),
                  QStringLiteral("approve"), first, QStringLiteral("--as"), QStringLiteral("Marta Zielińska")}));
    CHECK(approved.value(QStringLiteral("approval")).toString() == QStringLiteral("approved"));

    const QString second = QString::number(open.at(1)[QStringLiteral("id")].toInt());
    compensate(second, "80");
    const QJsonObject declined =
        json(cli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("case"),
                  QStringLiteral("decline"), second, QStringLiteral("--reason"), QStringLiteral("Refunded last month"),
                  QStringLiteral("--as"), QStringLiteral("Marta Zielińska")}));
    CHECK(declined.value(QStringLiteral("approval")).toString() == QStringLiteral("declined"));
    CHECK(declined.value(QStringLiteral("compensation_value")).toDouble() == 0);
}

TEST_CASE("config lists the settings in effect and refuses values LoopDesk would not read back", "[cli][config]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("c.db"));
    REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("init")}).code == 0);
    const QJsonObject defaults =
        json(cli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("config")}));
    CHECK(defaults.value(QStringLiteral("sla.first_contact_hours")).toString() == QStringLiteral("48"));
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("config"), QStringLiteral("sla.first_contact_hours"),
               QStringLiteral("24")})
              .code == 0);
    const Run bad = cli({QStringLiteral("--db"), db, QStringLiteral("config"),
                         QStringLiteral("sla.first_contact_hours"), QStringLiteral("soon")});
    CHECK(bad.code == 1);
    CHECK(bad.err.contains(QStringLiteral("nothing was changed")));
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("config"), QStringLiteral("sla.holidays"),
               QStringLiteral("mars")})
              .code == 1);
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("config"), QStringLiteral("colour"), QStringLiteral("red")})
              .code == 2);
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("config"), QStringLiteral("reporting.fiscal_start_month"),
               QStringLiteral("13")})
              .code == 1);
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("config"),
               QStringLiteral("assignment.segment_owner.region.North"), QStringLiteral("Nobody")})
              .code == 1);
    const QJsonObject after = json(cli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("config"),
                                        QStringLiteral("sla.first_contact_hours")}));
    CHECK(after.value(QStringLiteral("sla.first_contact_hours")).toString() == QStringLiteral("24"));
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("config"), QStringLiteral("sla.first_contact_hours"),
               QStringLiteral("--unset")})
              .code == 0);
    CHECK(json(cli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("config")}))
              .value(QStringLiteral("sla.first_contact_hours"))
              .toString() == QStringLiteral("48"));
}

TEST_CASE("report composes the quarterly review: +10 points on the previous quarter, not significant", "[cli][report]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("r.db"));
    REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("import"), writeTwoQuarters(dir), QStringLiteral("--map"),
                 QStringLiteral("segment:region=region")})
                .code == 0);
    const QJsonObject review = json(cli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("report"),
                                         QStringLiteral("--quarter"), QStringLiteral("2026Q2")}));
    CHECK(review[QStringLiteral("title")].toString() == QStringLiteral("Quarterly loop review 2026Q2"));
    CHECK(review[QStringLiteral("nps")][QStringLiteral("nps")].toDouble() == Approx(30.0));
    CHECK(review[QStringLiteral("previous_quarter")].toString() == QStringLiteral("2026Q1"));
    CHECK(review[QStringLiteral("previous_nps")][QStringLiteral("nps")].toDouble() == Approx(20.0));
    CHECK(review[QStringLiteral("change")][QStringLiteral("delta")].toDouble() == Approx(10.0));
    CHECK(review[QStringLiteral("change")][QStringLiteral("z")].toDouble() == Approx(1.28));
    CHECK_FALSE(review[QStringLiteral("change")][QStringLiteral("significant")].toBool());
    const QJsonArray segments = review[QStringLiteral("segments")].toArray();
    REQUIRE(segments.size() == 1);
    CHECK(segments.at(0)[QStringLiteral("dimension")].toString() == QStringLiteral("region"));
    CHECK(review[QStringLiteral("actions")].toArray().isEmpty());

    const Run text = cli(
        {QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("--quarter"), QStringLiteral("2026Q2")});
    CHECK(text.code == 0);
    CHECK(text.out.contains(QStringLiteral("Change: +10.0 points, not significant")));
    const Run notQuarter = cli(
        {QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("--quarter"), QStringLiteral("2026-05")});
    CHECK(notQuarter.code == 2);
    CHECK(notQuarter.err.contains(QStringLiteral("2026Q3")));
    const Run noSuchSegment =
        cli({QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("--quarter"),
             QStringLiteral("2026Q2"), QStringLiteral("--segment"), QStringLiteral("region=Mars")});
    CHECK(noSuchSegment.code == 1);
    CHECK(json(cli(
        {QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("actions")}))[QStringLiteral("actions")]
              .toArray()
              .isEmpty());
}

TEST_CASE("the desktop binary writes the quarterly review PDF without a window, for scripts", "[cli][report][smoke]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("d.db"));
    REQUIRE(
        cli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--responses"), QStringLiteral("3000")})
            .code == 0);
    const auto run = [&](const QStringList& args) {
        QProcess gui;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
        gui.setProcessEnvironment(env);
        gui.start(QStringLiteral(LOOPDESK_GUI_BINARY), args);
        REQUIRE(gui.waitForFinished(120000));
        return std::pair{gui.exitCode(), QString::fromUtf8(gui.readAllStandardError())};
    };
    const QString pdf = dir.filePath(QStringLiteral("review.pdf"));
    const auto written = run({QStringLiteral("--db"), db, QStringLiteral("--review-pdf"), pdf});
    INFO(written.second.toStdString());
    CHECK(written.first == 0);
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == QByteArray("%PDF-"));
    const auto missing =
        run({QStringLiteral("--db"), dir.filePath(QStringLiteral("none.db")), QStringLiteral("--review-pdf"), pdf});
    CHECK(missing.first == 1);
    CHECK(missing.second.contains(QStringLiteral("There is no database file")));
    const auto notQuarter = run({QStringLiteral("--db"), db, QStringLiteral("--review-pdf"), pdf,
                                 QStringLiteral("--quarter"), QStringLiteral("2026-05")});
    CHECK(notQuarter.first == 2);
    const auto badSegment = run({QStringLiteral("--db"), db, QStringLiteral("--review-pdf"), pdf,
                                 QStringLiteral("--segment"), QStringLiteral("region")});
    CHECK(badSegment.first == 2); // not a whole-base review in disguise
    CHECK(badSegment.second.contains(QStringLiteral("DIMENSION=VALUE")));
}

TEST_CASE("report writes the review as a PDF, a CSV of every figure, for one account, in a chosen language",
          "[cli][report]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("r.db"));
    REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("import"), writeTwoQuarters(dir), QStringLiteral("--map"),
                 QStringLiteral("segment:region=region")})
                .code == 0);
    const QStringList report{QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("--quarter"),
                             QStringLiteral("2026Q2")};

    const QString csv = dir.filePath(QStringLiteral("review.csv"));
    const Run table = cli(report + QStringList{QStringLiteral("--csv"), csv});
    INFO(table.err.toStdString());
    REQUIRE(table.code == 0);
    CHECK(table.out.contains(QStringLiteral("Wrote Quarterly loop review 2026Q2")));
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString rows = QString::fromUtf8(file.readAll());
    CHECK(rows.startsWith(QStringLiteral("section,label,measure,value\r\n")));
    CHECK(rows.contains(QStringLiteral("quarter,2026Q2,nps,30.00\r\n")));
    CHECK(rows.contains(QStringLiteral("previous_quarter,2026Q1,nps,20.00\r\n")));
    CHECK(rows.contains(QStringLiteral("change,2026Q2,delta,10.00\r\n")));
    CHECK(rows.contains(QStringLiteral("change,2026Q2,significant,false\r\n")));
    CHECK(rows.contains(QStringLiteral("segment:region,")));

    const QString pdf = dir.filePath(QStringLiteral("review.pdf"));
    const Run written =
        cli(report + QStringList{QStringLiteral("--pdf"), pdf, QStringLiteral("--lang"), QStringLiteral("en")});
    INFO(written.err.toStdString());
    REQUIRE(written.code == 0);
    QFile document(pdf);
    REQUIRE(document.open(QIODevice::ReadOnly));
    CHECK(document.read(5) == QByteArray("%PDF-"));

    // "previous" is the quarter before the clock's: a schedule's choice. The CLI runs on the real
    // clock, so only its form is checked here: a review of some quarter, not a usage error.
    const Run previous = cli({QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("--quarter"),
                              QStringLiteral("previous")});
    CHECK(previous.code == 0);
    CHECK(previous.out.startsWith(QStringLiteral("Quarterly loop review ")));

    const Run twoOutputs = cli(report + QStringList{QStringLiteral("--pdf"), pdf, QStringLiteral("--csv"), csv});
    CHECK(twoOutputs.code == 2);
    CHECK(twoOutputs.err.contains(QStringLiteral("one thing at a time")));
    const Run klingon = cli(report + QStringList{QStringLiteral("--lang"), QStringLiteral("tlh")});
    CHECK(klingon.code == 2);
    CHECK(klingon.err.contains(QStringLiteral("--lang is en, pl or it")));
    const Run both = cli(report + QStringList{QStringLiteral("--segment"), QStringLiteral("region=North"),
                                              QStringLiteral("--account"), QStringLiteral("Acme")});
    CHECK(both.code == 2);
    const Run noAccount = cli(report + QStringList{QStringLiteral("--account"), QStringLiteral("Globex")});
    CHECK(noAccount.code == 1);
    CHECK(noAccount.err.contains(QStringLiteral("There is no account called \"Globex\"")));
    const Run unwritable = cli(report + QStringList{QStringLiteral("--csv"), dir.filePath(QStringLiteral("no/r.csv"))});
    CHECK(unwritable.code == 1);
}

TEST_CASE("digest tells a department about its themes, as text, JSON, CSV and PDF, for a schedule", "[cli][digest]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("d.db"));
    REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("import"), writeTwoQuarters(dir), QStringLiteral("--map"),
                 QStringLiteral("segment:region=region")})
                .code == 0);
    // Q1: 30 Polish and 20 Italian detractors wrote about late deliveries (Logistics); 200 answers.
    const QStringList digest{QStringLiteral("--db"),      db,
                             QStringLiteral("digest"),    QStringLiteral("--department"),
                             QStringLiteral("Logistics"), QStringLiteral("--period"),
                             QStringLiteral("2026Q1")};
    const Run text = cli(digest);
    INFO(text.err.toStdString());
    REQUIRE(text.code == 0);
    CHECK(text.out.startsWith(QStringLiteral("Logistics: what customers said, 2026Q1")));
    CHECK(text.out.contains(QStringLiteral("Delivery / Late delivery: 50 mentions (0 before), 50 detractors, 25.0 "
                                           "points lost (0.0 before)")));
    CHECK(text.out.contains(QStringLiteral("Consegna in ritardo"))); // the newest words first

    const QJsonObject json = ::json(cli(QStringList{QStringLiteral("--json")} + digest));
    CHECK(json[QStringLiteral("department")].toString() == QStringLiteral("Logistics"));
    CHECK(json[QStringLiteral("points_lost")].toDouble() == Approx(25.0));
    CHECK(json[QStringLiteral("themes")].toArray().size() == 1);

    const QString csv = dir.filePath(QStringLiteral("digest.csv"));
    REQUIRE(cli(digest + QStringList{QStringLiteral("--csv"), csv}).code == 0);
    QFile table(csv);
    REQUIRE(table.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(table.readAll()).contains(QStringLiteral("theme,Delivery / Late delivery,mentions,50")));

    const QString pdf = dir.filePath(QStringLiteral("digest.pdf"));
    const Run written =
        cli(digest + QStringList{QStringLiteral("--pdf"), pdf, QStringLiteral("--lang"), QStringLiteral("it")});
    INFO(written.err.toStdString());
    REQUIRE(written.code == 0);
    QFile document(pdf);
    REQUIRE(document.open(QIODevice::ReadOnly));
    CHECK(document.read(5) == QByteArray("%PDF-"));

    const Run lastMonth =
        cli({QStringLiteral("--db"), db, QStringLiteral("digest"), QStringLiteral("--department"),
             QStringLiteral("Logistics"), QStringLiteral("--period"), QStringLiteral("previous-month")});
    CHECK(lastMonth.code == 0); // a month with no answers here: an empty digest, not an error
    const Run unknown = cli({QStringLiteral("--db"), db, QStringLiteral("digest"), QStringLiteral("--department"),
                             QStringLiteral("Marketing"), QStringLiteral("--period"), QStringLiteral("2026Q1")});
    CHECK(unknown.code == 1);
    CHECK(unknown.err.contains(QStringLiteral("There is no department called \"Marketing\"")));
    const Run noPeriod = cli({QStringLiteral("--db"), db, QStringLiteral("digest"), QStringLiteral("--department"),
                              QStringLiteral("Logistics")});
    CHECK(noPeriod.code == 2);
}
