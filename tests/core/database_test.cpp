// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/database.h"
#include "storage/staffstore.h"
#include "storage/statement.h"
#include "testsupport.h"

#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <thread>

using namespace loopdesk::core;
using loopdesk::test::fileHash;
using loopdesk::test::writeFile;

namespace {

QVariant pragma(Database& db, const char* name)
{
    return Statement::scalar(db.connection(), QStringLiteral("PRAGMA %1").arg(QLatin1String(name)));
}

// Writes a file with another program's SQLite schema (or a future LoopDesk's version).
void writeForeignSqlite(const QString& path, int applicationId, int userVersion)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("CREATE TABLE things (id INTEGER PRIMARY KEY, name TEXT)")));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO things (name) VALUES ('keep me')")));
        REQUIRE(q.exec(QStringLiteral("PRAGMA application_id = %1").arg(applicationId)));
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(userVersion)));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
}

DatabaseOpenError::Kind openErrorKind(const QString& path)
{
    try {
        Database::open(path);
    } catch (const DatabaseOpenError& error) {
        INFO(error.message().toStdString());
        CHECK_FALSE(error.message().isEmpty());
        return error.kind();
    }
    FAIL("the file was opened");
    return DatabaseOpenError::Kind::Io;
}

} // namespace

TEST_CASE("a new database file is private to the user, in WAL mode, with foreign keys on",
          "[storage][database][sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sub/folder/new.db"));
    const auto db = Database::open(path);
    CHECK(db->openReport().created);
    CHECK(QFileInfo(path).permissions() ==
          (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));
    CHECK(pragma(*db, "journal_mode").toString() == QStringLiteral("wal"));
    CHECK(pragma(*db, "foreign_keys").toInt() == 1);
    CHECK(pragma(*db, "application_id").toInt() == kApplicationId);
    CHECK(db->schemaVersion() == Database::latestSchemaVersion());
    CHECK(db->integrityProblems().isEmpty());
}

TEST_CASE("a second connection for a worker thread sees and writes the same file", "[storage][database][sqlite]")
{
    QTemporaryDir dir;
    const auto db = Database::open(dir.filePath(QStringLiteral("two.db")));
    std::unique_ptr<Database> other;
    std::thread worker([&] {
        other = db->connectAgain();
        Statement(other->connection(), QStringLiteral("INSERT INTO staff (name, role) VALUES ('Ola', 'agent')")).exec();
        other.reset(); // closed in the thread that used it
    });
    worker.join();
    CHECK(Statement::scalar(db->connection(), QStringLiteral("SELECT count(*) FROM staff")).toInt() == 1);
}

TEST_CASE("foreign keys are enforced", "[storage][database][sqlite]")
{
    QTemporaryDir dir;
    const auto db = Database::open(dir.filePath(QStringLiteral("fk.db")));
    Statement insert(db->connection(), QStringLiteral("INSERT INTO contact_attempt (case_id, at, mode, reached) "
                                                      "VALUES (4242, 0, 'phone', 0)"));
    CHECK_THROWS_AS(insert.exec(), StorageError);
}

TEST_CASE("opening an up-to-date database changes nothing in the file", "[storage][database][sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("same.db"));
    {
        Database::open(path);
    }
    const QByteArray before = fileHash(path);
    const auto again = Database::open(path);
    CHECK_FALSE(again->openReport().created);
    CHECK(again->openReport().backupPath.isEmpty());
    CHECK(fileHash(path) == before);
}

TEST_CASE("a file from a newer LoopDesk is refused and left untouched", "[storage][database][sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.db"));
    writeForeignSqlite(path, kApplicationId, Database::latestSchemaVersion() + 1);
    const QByteArray before = fileHash(path);
    CHECK(openErrorKind(path) == DatabaseOpenError::Kind::NewerSchema);
    CHECK(fileHash(path) == before);
}

TEST_CASE("a text file posing as a database is refused in plain words and left untouched",
          "[storage][database][sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.db"));
    writeFile(path, "Respondent,Score\n1,9\n");
    const QByteArray before = fileHash(path);
    CHECK(openErrorKind(path) == DatabaseOpenError::Kind::NotSqlite);
    CHECK(fileHash(path) == before);
}

TEST_CASE("a corrupt database is detected on open and left untouched", "[storage][database][sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("corrupt.db"));
    {
        const auto db = Database::open(path);
        StaffStore staff(*db);
        for (int i = 0; i < 400; ++i) {
            staff.add(Staff{0, QStringLiteral("Agent %1 with a long enough name to fill pages").arg(i), {}, {}, true});
        }
    }
    // Keep the SQLite header, scribble over the pages behind it.
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(file.size() > 8192);
    file.seek(4096);
    file.write(QByteArray(4096, '\x5a'));
    file.close();
    const QByteArray before = fileHash(path);
    CHECK(openErrorKind(path) == DatabaseOpenError::Kind::Corrupt);
    CHECK(fileHash(path) == before);
}

TEST_CASE("another program's SQLite database is refused and left untouched", "[storage][database][sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.sqlite"));
    writeForeignSqlite(path, 0, 3);
    const QByteArray before = fileHash(path);
    CHECK(openErrorKind(path) == DatabaseOpenError::Kind::NotLoopDesk);
    CHECK(fileHash(path) == before);
}

TEST_CASE("a missing file is reported when creation is not allowed", "[storage][database][sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing.db"));
    Database::Options options;
    options.create = false;
    CHECK_THROWS_AS(Database::open(path, options), DatabaseOpenError);
    CHECK_FALSE(QFileInfo::exists(path));
}

TEST_CASE("an empty file becomes a new database", "[storage][database][sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.db"));
    writeFile(path, {});
    const auto db = Database::open(path);
    CHECK(db->schemaVersion() == Database::latestSchemaVersion());
}

TEST_CASE("migrating from the previous version keeps the data and a backup of the old file",
          "[storage][migration][sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.db"));
    const std::vector<Migration>& real = schemaMigrations();
    std::vector<Migration> next = real;
    next.push_back({real.back().version + 1,
                    {QStringLiteral("ALTER TABLE staff ADD COLUMN nickname TEXT NOT NULL DEFAULT ''"),
                     QStringLiteral("CREATE INDEX staff_nickname ON staff (nickname)")}});
    {
        const auto db = Database::open(path);
        StaffStore(*db).add(Staff{0, QStringLiteral("Ewa"), {}, Staff::Role::Manager, true});
    }
    Database::Options options;
    options.migrations = &next;
    const auto db = Database::open(path, options);
    CHECK(db->openReport().fromVersion == real.back().version);
    CHECK(db->schemaVersion() == real.back().version + 1);
    CHECK(StaffStore(*db).findByName(QStringLiteral("Ewa"))->role == Staff::Role::Manager);
    Statement nick(db->connection(), QStringLiteral("SELECT nickname FROM staff"));
    nick.exec();
    CHECK(nick.next());
    const QString backup = db->openReport().backupPath;
    REQUIRE_FALSE(backup.isEmpty());
    CHECK(QFileInfo(backup).permissions().testFlag(QFileDevice::ReadOther) == false);
    // The backup is the old database, still at the old version and openable.
    const auto old = Database::open(backup);
    CHECK(old->schemaVersion() == real.back().version);
    CHECK(StaffStore(*old).all().size() == 1);
}

TEST_CASE("every migration applies to an empty file, each step in order", "[storage][migration][sqlite]")
{
    QTemporaryDir dir;
    const std::vector<Migration>& all = schemaMigrations();
    for (std::size_t upTo = 1; upTo <= all.size(); ++upTo) {
        const std::vector<Migration> prefix(all.begin(), all.begin() + static_cast<std::ptrdiff_t>(upTo));
        Database::Options options;
        options.migrations = &prefix;
        const auto db = Database::open(dir.filePath(QStringLiteral("step%1.db").arg(upTo)), options);
        CHECK(db->schemaVersion() == prefix.back().version);
        CHECK(db->integrityProblems().isEmpty());
    }
}

TEST_CASE("a migration that fails half-way leaves the database as it was", "[storage][migration][sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("half.db"));
    {
        const auto db = Database::open(path);
        StaffStore(*db).add(Staff{0, QStringLiteral("Ewa"), {}, {}, true});
    }
    std::vector<Migration> broken = schemaMigrations();
    broken.push_back(
        {broken.back().version + 1,
         {QStringLiteral("ALTER TABLE staff ADD COLUMN nickname TEXT"), QStringLiteral("THIS IS NOT SQL")}});
    Database::Options options;
    options.migrations = &broken;
    CHECK_THROWS_AS(Database::open(path, options), DatabaseOpenError);
    const auto db = Database::open(path);
    CHECK(db->schemaVersion() == schemaMigrations().back().version);
    QSqlQuery probe(db->connection());
    CHECK_FALSE(probe.exec(QStringLiteral("SELECT nickname FROM staff")));
    CHECK(StaffStore(*db).all().size() == 1);
}

TEST_CASE("a backup is a private, consistent copy and never overwrites a file", "[storage][database][sqlite]")
{
    QTemporaryDir dir;
    const auto db = Database::open(dir.filePath(QStringLiteral("live.db")));
    StaffStore(*db).add(Staff{0, QStringLiteral("Kamil"), {}, {}, true});
    const QString target = dir.filePath(QStringLiteral("copy.db"));
    db->backupTo(target);
    CHECK(QFileInfo(target).permissions() ==
          (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));
    CHECK(StaffStore(*Database::open(target)).all().size() == 1);
    CHECK_THROWS_AS(db->backupTo(target), StorageError);
}

TEST_CASE("a file unchanged since LoopDesk closed it skips the full check, any change brings it back",
          "[storage][database][sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fp.db"));
    {
        const auto db = Database::open(path);
        StaffStore(*db).add(Staff{0, QStringLiteral("Ewa"), {}, Staff::Role::Agent, true});
    }
    const QString fingerprint = Database::fileFingerprint(path);
    REQUIRE_FALSE(fingerprint.isEmpty());
    Database::Options options;
    options.verifiedFingerprint = fingerprint;
    {
        const auto db = Database::open(path, options);
        CHECK_FALSE(db->openReport().integrityChecked);
        CHECK(Database::fileFingerprint(path).isEmpty()); // open: a write-ahead log exists
    }
    {
        const auto db = Database::open(path);
        CHECK(db->openReport().integrityChecked);
    }
    // Damage that keeps the size but changes the file: checked, found, refused.
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    file.seek(file.size() - 2000);
    file.write(QByteArray(1000, '\x5a'));
    file.close();
    QFile(path).setFileTime(QDateTime::currentDateTime().addSecs(5), QFileDevice::FileModificationTime);
    options.verifiedFingerprint = fingerprint;
    CHECK(Database::fileFingerprint(path) != fingerprint);
}
