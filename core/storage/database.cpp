// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/database.h"

#include "storage/statement.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>

#include <mutex>

#include <sqlite3.h>

namespace loopdesk::core {
namespace {

constexpr auto kPrivate = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

QString newConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("loopdesk-%1").arg(counter.fetchAndAddRelaxed(1));
}

bool looksLikeSqlite(const QString& path, qint64* size)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return false;
    }
    *size = file.size();
    return *size == 0 || file.read(16) == QByteArray("SQLite format 3\0", 16);
}

// Creates an empty file readable and writable only by its owner; SQLite gives its -wal and
// -shm companions the same permissions.
bool createPrivateFile(const QString& path)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        return false;
    }
    file.close();
    return file.setPermissions(kPrivate);
}

struct Inspection {
    int applicationId = 0;
    int userVersion = 0;
    int objectCount = 0;
};

// Reads an existing file without writing to it: header fields and, unless told the file is one
// already checked, a quick integrity check.
Inspection inspect(const QString& path, bool check)
{
    const QString name = newConnectionName();
    Inspection result;
    QString failure;
    if (QFileInfo(path + QStringLiteral("-journal")).size() > 0) {
        // A write cut off half-way (an import killed while it wrote the file in place) left its
        // rollback journal: the first connection that may write puts the file back as it was
        // before that write, as SQLite does on any such open. A read-only one could not.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (db.open()) {
            QSqlQuery(db).exec(QStringLiteral("SELECT count(*) FROM sqlite_master"));
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            failure = db.lastError().databaseText();
        } else {
            QSqlQuery q(db);
            if (!check) {
                // Known good: nothing to scan.
            } else if (!q.exec(QStringLiteral("PRAGMA quick_check"))) {
                failure = q.lastError().databaseText();
            } else {
                QStringList problems;
                while (q.next()) {
                    if (q.value(0).toString() != QLatin1String("ok")) {
                        problems << q.value(0).toString();
                    }
                }
                if (!problems.isEmpty()) {
                    failure = problems.mid(0, 3).join(QStringLiteral("; "));
                }
            }
            if (failure.isEmpty() && q.exec(QStringLiteral("PRAGMA application_id")) && q.next()) {
                result.applicationId = q.value(0).toInt();
            }
            if (failure.isEmpty() && q.exec(QStringLiteral("PRAGMA user_version")) && q.next()) {
                result.userVersion = q.value(0).toInt();
            }
            if (failure.isEmpty() && q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && q.next()) {
                result.objectCount = q.value(0).toInt();
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    if (!failure.isEmpty()) {
        throw DatabaseOpenError(
            DatabaseOpenError::Kind::Corrupt,
            Database::tr("The database file %1 is damaged and was not changed (%2). Restore it from a backup "
                         "or open another file.")
                .arg(QDir::toNativeSeparators(path), failure));
    }
    return result;
}

// The team database's schema version lives in a table of its own: PostgreSQL has no user_version.
const QString kSchemaTable = QStringLiteral("loopdesk_schema");

// What the server said, in the words the user can act on.
DatabaseOpenError serverError(const QString& shown, const QSqlError& error)
{
    const QString said = error.databaseText().isEmpty() ? error.driverText() : error.databaseText();
    if (said.contains(QLatin1String("no password supplied")) ||
        said.contains(QLatin1String("password authentication failed"))) {
        return {DatabaseOpenError::Kind::PasswordNeeded,
                Database::tr("The team database %1 needs your password. Type it when asked, or keep it in "
                             "~/.pgpass or the PGPASSWORD variable (LoopDesk never stores it). The server said: %2")
                    .arg(shown, said.trimmed())};
    }
    return {DatabaseOpenError::Kind::Unreachable,
            Database::tr("LoopDesk could not connect to the team database %1: %2").arg(shown, said.trimmed())};
}

} // namespace

Database::Database(QString path, QString connectionName, Backend backend)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
    , m_backend(backend)
{}

bool Database::isServerLocation(const QString& location)
{
    return location.startsWith(QLatin1String("postgresql://")) || location.startsWith(QLatin1String("postgres://"));
}

QSqlDatabase Database::connectServer(const QString& location, const QString& password, const QString& name)
{
    const QUrl url(location, QUrl::StrictMode);
    QString shown = location;
    if (!url.isValid() || url.host().isEmpty() || url.path().size() < 2) {
        throw DatabaseOpenError(DatabaseOpenError::Kind::NotFound,
                                tr("\"%1\" is not a team database address. Write it as "
                                   "postgresql://USER@HOST:PORT/DATABASE.")
                                    .arg(shown));
    }
    if (!url.password().isEmpty()) {
        throw DatabaseOpenError(DatabaseOpenError::Kind::PasswordNeeded,
                                tr("Leave the password out of the address (it would be seen and kept): LoopDesk "
                                   "asks for it, or reads it from ~/.pgpass or the PGPASSWORD variable."));
    }
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        throw DatabaseOpenError(DatabaseOpenError::Kind::Unreachable,
                                tr("This installation of LoopDesk cannot reach PostgreSQL: Qt's PostgreSQL driver "
                                   "is missing (on Debian, install libqt6sql6-psql)."));
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(url.host());
    db.setPort(url.port(5432));
    db.setUserName(url.userName());
    db.setDatabaseName(url.path().mid(1));
    if (!password.isEmpty()) {
        db.setPassword(password);
    }
    // Only the options a team needs pass through from the address (sslmode=require, ...).
    QStringList options{QStringLiteral("connect_timeout=10"), QStringLiteral("application_name=LoopDesk")};
    for (const auto& [key, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded)) {
        static const QStringList allowed{QStringLiteral("sslmode"), QStringLiteral("sslrootcert"),
                                         QStringLiteral("sslcert"), QStringLiteral("sslkey"),
                                         QStringLiteral("connect_timeout")};
        if (!allowed.contains(key) || value.contains(QLatin1Char(';'))) {
            throw DatabaseOpenError(
                DatabaseOpenError::Kind::NotFound,
                tr("The team database address has an option LoopDesk does not pass on: %1.").arg(key));
        }
        options << QStringLiteral("%1=%2").arg(key, value);
    }
    db.setConnectOptions(options.join(QLatin1Char(';')));
    if (!db.open()) {
        const DatabaseOpenError error = serverError(shown, db.lastError());
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        throw error;
    }
    return db;
}

std::unique_ptr<Database> Database::openServer(const QString& location, const Options& options)
{
    const std::vector<Migration>& migrations = options.migrations ? *options.migrations : postgresMigrations();
    const int latest = migrations.empty() ? 0 : migrations.back().version;
    const QString name = newConnectionName();
    QSqlDatabase db = connectServer(location, options.password, name);
    std::unique_ptr<Database> database(new Database(location, name, Backend::Postgres));
    database->m_password = options.password;
    OpenReport report;
    report.toVersion = latest;
    try {
        // One LoopDesk at a time brings a team database up to date; the others wait for it.
        Transaction transaction(*database);
        Statement::scalar(db, QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kApplicationId));
        const bool known =
            Statement::scalar(db, QStringLiteral("SELECT to_regclass('%1') IS NOT NULL").arg(kSchemaTable)).toBool();
        if (known) {
            report.fromVersion =
                Statement::scalar(db, QStringLiteral("SELECT version FROM %1").arg(kSchemaTable)).toInt();
        } else if (Statement::scalar(db, QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE "
                                                        "table_schema = current_schema()"))
                       .toInt() > 0) {
            throw DatabaseOpenError(DatabaseOpenError::Kind::NotLoopDesk,
                                    tr("%1 holds tables of another program, not a LoopDesk team database. Nothing "
                                       "was changed; give LoopDesk an empty database of its own.")
                                        .arg(location));
        }
        if (report.fromVersion > latest) {
            throw DatabaseOpenError(DatabaseOpenError::Kind::NewerSchema,
                                    tr("%1 was set up by a newer version of LoopDesk (database version %2; this "
                                       "version knows up to %3). Update LoopDesk to open it; nothing was changed.")
                                        .arg(location)
                                        .arg(report.fromVersion)
                                        .arg(latest));
        }
        report.created = !known;
        if (!known) {
            Statement::run(db, QStringLiteral("CREATE TABLE %1 (version BIGINT NOT NULL)").arg(kSchemaTable));
            Statement(db, QStringLiteral("INSERT INTO %1 (version) VALUES (0)").arg(kSchemaTable)).exec();
        }
        for (const Migration& step : migrations) {
            if (step.version <= report.fromVersion) {
                continue;
            }
            for (const QString& sql : step.statements) {
                Statement::run(db, sql);
            }
            Statement(db, QStringLiteral("UPDATE %1 SET version = ?").arg(kSchemaTable)).bind(step.version).exec();
        }
        transaction.commit();
    } catch (const DatabaseOpenError&) {
        throw;
    } catch (const StorageError& error) {
        throw DatabaseOpenError(
            DatabaseOpenError::Kind::Io,
            tr("LoopDesk could not prepare the team database %1: %2").arg(location, error.message()));
    }
    database->m_report = report;
    return database;
}

Database::~Database()
{
    Statement::forgetConnection(m_connectionName);
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen()) {
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Database::fileFingerprint(const QString& path)
{
    const QFileInfo file(path);
    if (!file.exists() || QFileInfo::exists(path + QStringLiteral("-wal"))) {
        return {};
    }
    return QStringLiteral("%1:%2").arg(file.size()).arg(file.lastModified().toMSecsSinceEpoch());
}

int Database::latestSchemaVersion()
{
    return schemaMigrations().back().version;
}

std::unique_ptr<Database> Database::open(const QString& path, const Options& options)
{
    if (isServerLocation(path)) {
        return openServer(path, options);
    }
    // SQLite counts its memory behind a global mutex taken on every allocation; LoopDesk never asks
    // for the counts. Switched off before SQLite first starts in the process (later, the call is
    // refused and changes nothing).
    static std::once_flag sqliteConfigured;
    std::call_once(sqliteConfigured, [] { sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); });
    const std::vector<Migration>& migrations = options.migrations ? *options.migrations : schemaMigrations();
    const int latest = migrations.empty() ? 0 : migrations.back().version;
    const QString shown = QDir::toNativeSeparators(path);

    OpenReport report;
    report.toVersion = latest;
    Inspection found;
    qint64 size = 0;
    if (!QFileInfo::exists(path)) {
        if (!options.create) {
            throw DatabaseOpenError(DatabaseOpenError::Kind::NotFound,
                                    tr("There is no database file at %1.").arg(shown));
        }
        if (!createPrivateFile(path)) {
            throw DatabaseOpenError(DatabaseOpenError::Kind::Io,
                                    tr("LoopDesk could not create the database file %1. Check that the folder "
                                       "exists and that you may write to it.")
                                        .arg(shown));
        }
        report.created = true;
    } else if (!looksLikeSqlite(path, &size)) {
        throw DatabaseOpenError(DatabaseOpenError::Kind::NotSqlite,
                                tr("%1 is not a LoopDesk database (it is not an SQLite file at all). The file was "
                                   "not changed.")
                                    .arg(shown));
    } else if (size > 0) {
        report.integrityChecked =
            options.verifiedFingerprint.isEmpty() || options.verifiedFingerprint != fileFingerprint(path);
        found = inspect(path, report.integrityChecked);
        if (found.applicationId != kApplicationId && (found.userVersion != 0 || found.objectCount != 0)) {
            throw DatabaseOpenError(DatabaseOpenError::Kind::NotLoopDesk,
                                    tr("%1 is an SQLite database of another program, not a LoopDesk database. The "
                                       "file was not changed.")
                                        .arg(shown));
        }
        if (found.userVersion > latest) {
            throw DatabaseOpenError(DatabaseOpenError::Kind::NewerSchema,
                                    tr("%1 was written by a newer version of LoopDesk (database version %2; this "
                                       "version knows up to %3). Update LoopDesk to open it; the file was not "
                                       "changed.")
                                        .arg(shown)
                                        .arg(found.userVersion)
                                        .arg(latest));
        }
    }
    report.fromVersion = found.userVersion;

    const QString name = newConnectionName();
    std::unique_ptr<Database> database(new Database(path, name));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        throw DatabaseOpenError(DatabaseOpenError::Kind::Io,
                                tr("LoopDesk could not open %1: %2").arg(shown, db.lastError().databaseText()));
    }
    try {
        // A file that already has data is copied aside before its schema changes.
        if (found.userVersion > 0 && found.userVersion < latest) {
            const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
            report.backupPath = QStringLiteral("%1.v%2-%3.bak").arg(path).arg(found.userVersion).arg(stamp);
            database->backupTo(report.backupPath);
        }
        Statement::scalar(db, QStringLiteral("PRAGMA journal_mode = WAL"));
        Statement(db, QStringLiteral("PRAGMA foreign_keys = ON")).exec();
        Statement(db, QStringLiteral("PRAGMA synchronous = NORMAL")).exec();
        if (found.userVersion < latest) {
            database->migrate(migrations, found.userVersion);
        }
    } catch (const StorageError& error) {
        throw DatabaseOpenError(DatabaseOpenError::Kind::Io,
                                tr("LoopDesk could not prepare %1: %2").arg(shown, error.message()));
    }
    database->m_report = report;
    return database;
}

std::unique_ptr<Database> Database::connectAgain() const
{
    const QString name = newConnectionName();
    if (m_backend == Backend::Postgres) {
        connectServer(m_path, m_password, name);
        std::unique_ptr<Database> database(new Database(m_path, name, Backend::Postgres));
        database->m_password = m_password;
        database->m_report.toVersion = m_report.toVersion;
        database->m_report.fromVersion = m_report.toVersion;
        return database;
    }
    std::unique_ptr<Database> database(new Database(m_path, name));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        throw DatabaseOpenError(DatabaseOpenError::Kind::Io,
                                tr("LoopDesk could not open %1 again: %2")
                                    .arg(QDir::toNativeSeparators(m_path), db.lastError().databaseText()));
    }
    Statement(db, QStringLiteral("PRAGMA foreign_keys = ON")).exec();
    Statement(db, QStringLiteral("PRAGMA synchronous = NORMAL")).exec();
    database->m_report.toVersion = m_report.toVersion;
    database->m_report.fromVersion = m_report.toVersion;
    return database;
}

void Database::migrate(const std::vector<Migration>& migrations, int from)
{
    QSqlDatabase db = connection();
    Transaction transaction(*this);
    for (const Migration& step : migrations) {
        if (step.version <= from) {
            continue;
        }
        for (const QString& sql : step.statements) {
            Statement(db, sql).exec();
        }
        // PRAGMA takes no bound parameters; the version is our own integer, not user input.
        Statement(db, QStringLiteral("PRAGMA user_version = %1").arg(step.version)).exec();
    }
    transaction.commit();
}

int Database::schemaVersion() const
{
    if (m_backend == Backend::Postgres) {
        return Statement::scalar(connection(), QStringLiteral("SELECT version FROM %1").arg(kSchemaTable)).toInt();
    }
    return Statement::scalar(connection(), QStringLiteral("PRAGMA user_version")).toInt();
}

void Database::backupTo(const QString& target) const
{
    const QString shown = QDir::toNativeSeparators(target);
    if (m_backend == Backend::Postgres) {
        throw StorageError(tr("A team database is backed up on its server (pg_dump), not copied to a file by "
                              "LoopDesk."));
    }
    if (QFileInfo::exists(target)) {
        throw StorageError(tr("%1 already exists; choose a new file name for the backup.").arg(shown));
    }
    if (!createPrivateFile(target)) {
        throw StorageError(tr("LoopDesk could not create the backup file %1.").arg(shown));
    }
    try {
        Statement vacuum(connection(), QStringLiteral("VACUUM INTO ?"));
        vacuum.bind(target).exec();
    } catch (const StorageError& error) {
        QFile::remove(target);
        throw StorageError(tr("The backup to %1 failed: %2").arg(shown, error.message()));
    }
}

QStringList Database::integrityProblems() const
{
    QStringList problems;
    if (m_backend == Backend::Postgres) {
        return problems; // the server checks its pages and enforces every reference itself
    }
    Statement integrity(connection(), QStringLiteral("PRAGMA integrity_check"));
    integrity.exec();
    while (integrity.next()) {
        if (integrity.text(0) != QLatin1String("ok")) {
            problems << integrity.text(0);
        }
    }
    Statement foreignKeys(connection(), QStringLiteral("PRAGMA foreign_key_check"));
    foreignKeys.exec();
    while (foreignKeys.next()) {
        problems << tr("Row %1 of table %2 refers to a missing row of %3.")
                        .arg(foreignKeys.text(1), foreignKeys.text(0), foreignKeys.text(2));
    }
    return problems;
}

void Database::setSecureDelete(bool on)
{
    if (m_backend == Backend::Postgres) {
        return; // the server's storage is its administrator's to scrub (VACUUM FULL)
    }
    Statement(connection(),
              on ? QStringLiteral("PRAGMA secure_delete = ON") : QStringLiteral("PRAGMA secure_delete = OFF"))
        .exec();
}

void Database::checkpoint()
{
    if (m_backend == Backend::Postgres) {
        return;
    }
    Statement::scalar(connection(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
}

void Database::beginTransaction()
{
    Statement::run(connection(),
                   m_backend == Backend::Postgres ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE"));
}

void Database::commit()
{
    Statement::run(connection(), QStringLiteral("COMMIT"));
}

BulkLoad::BulkLoad(Database& db)
    : m_db(db)
{
    if (db.backend() != Backend::Sqlite) {
        return;
    }
    m_local = true;
    const QSqlDatabase connection = db.connection();
    Statement::run(connection, QStringLiteral("PRAGMA foreign_keys = OFF"));
    // Refused (the mode stays "wal", or the statement fails) while another connection has the file
    // open or a statement of this one is still reading: the load then goes through the log.
    QSqlQuery mode(connection);
    m_leftWal = mode.exec(QStringLiteral("PRAGMA journal_mode = DELETE")) && mode.next() &&
                mode.value(0).toString() == QLatin1String("delete");
}

BulkLoad::~BulkLoad()
{
    if (!m_local) {
        return;
    }
    // Must not throw from a destructor; what fails here, the next open sets again.
    QSqlQuery query(m_db.connection());
    if (m_leftWal) {
        query.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        query.finish();
    }
    query.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
}

void Database::rollback()
{
    // Best effort: called from destructors, so it must not throw.
    QSqlQuery(connection()).exec(QStringLiteral("ROLLBACK"));
}

} // namespace loopdesk::core
