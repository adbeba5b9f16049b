// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/backend.h"
#include "storage/migrations.h"
#include "storage/storageerror.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace loopdesk::core {

// Why a database file could not be opened; each kind has a plain-words message.
class DatabaseOpenError final : public StorageError {
public:
    enum class Kind { NotFound, NotSqlite, NotLoopDesk, Corrupt, NewerSchema, Io, PasswordNeeded, Unreachable };

    DatabaseOpenError(Kind kind, const QString& message)
        : StorageError(message)
        , m_kind(kind)
    {}
    Kind kind() const { return m_kind; }

private:
    Kind m_kind;
};

// Owns one connection to a LoopDesk database: a local file, which it creates private to the user,
// checks, backs up and migrates on open; or a team database on PostgreSQL, which it migrates. It
// hands the connection to the stores.
class Database final {
    Q_DECLARE_TR_FUNCTIONS(loopdesk::core::Database)
    Q_DISABLE_COPY_MOVE(Database)

public:
    struct Options {
        bool create = true;                                 // create the file when it does not exist
        const std::vector<Migration>* migrations = nullptr; // defaults to schemaMigrations()
        // fileFingerprint() of the file when LoopDesk last checked or closed it: when the file is
        // still exactly that, the full-file quick_check is skipped (a 200 MB file costs ~0.7 s).
        QString verifiedFingerprint;
        // Team database only: a password the user typed (never stored). Without it the server's
        // own sources apply: PGPASSWORD, ~/.pgpass, or no password at all.
        QString password;
    };

    // What open() found and did.
    struct OpenReport {
        bool created = false;
        int fromVersion = 0;
        int toVersion = 0;
        QString backupPath;            // set when an existing file was migrated
        bool integrityChecked = false; // quick_check ran (not skipped by a matching fingerprint)
    };

    // A file path, or a team database's address (postgresql://user@host:port/dbname). Throws
    // DatabaseOpenError; leaves a database it refuses exactly as it was.
    static std::unique_ptr<Database> open(const QString& path, const Options& options);
    static std::unique_ptr<Database> open(const QString& path) { return open(path, Options{}); }
    ~Database();
    // Another connection to this open, checked and migrated file, for a worker thread: call it
    // from the thread that will use the connection.
    std::unique_ptr<Database> connectAgain() const;

    QSqlDatabase connection() const { return QSqlDatabase::database(m_connectionName, false); }
    // The file's path, or the team database's address (without any password).
    const QString& path() const { return m_path; }
    Backend backend() const { return m_backend; }
    bool isTeamDatabase() const { return m_backend == Backend::Postgres; }
    // Whether a location names a team database (postgresql:// or postgres://) rather than a file.
    static bool isServerLocation(const QString& location);
    const OpenReport& openReport() const { return m_report; }
    int schemaVersion() const;
    static int latestSchemaVersion();
    // Size and modification time of a closed database file; empty while it has a write-ahead log
    // (it was not closed cleanly) or does not exist.
    static QString fileFingerprint(const QString& path);

    // A consistent copy of the whole database into a new file (mode 0600); refuses to overwrite.
    void backupTo(const QString& target) const;
    // Full integrity and foreign-key check; empty when all is well.
    QStringList integrityProblems() const;

    // Overwrite deleted or replaced content with zeros (for erasure), and fold the write-ahead
    // log back into the file and empty it.
    void setSecureDelete(bool on);
    void checkpoint();

    void beginTransaction();
    void commit();
    void rollback();

private:
    Database(QString path, QString connectionName, Backend backend = Backend::Sqlite);
    static std::unique_ptr<Database> openServer(const QString& location, const Options& options);
    static QSqlDatabase connectServer(const QString& location, const QString& password, const QString& name);
    void migrate(const std::vector<Migration>& migrations, int from);

    QString m_path;
    QString m_connectionName;
    Backend m_backend = Backend::Sqlite;
    QString m_password; // team database: what the user typed, kept in memory for connectAgain()
    OpenReport m_report;
};

// Commits when told to, rolls back when it goes out of scope otherwise (an exception, an early
// return): an import or an edit is written whole or not at all.
class Transaction final {
    Q_DISABLE_COPY_MOVE(Transaction)

public:
    explicit Transaction(Database& db)
        : m_db(db)
    {
        m_db.beginTransaction();
    }
    ~Transaction()
    {
        if (!m_done) {
            m_db.rollback();
        }
    }
    void commit()
    {
        m_db.commit();
        m_done = true;
    }

private:
    Database& m_db;
    bool m_done = false;
};

// SQLite set for a bulk load on this connection of a local file, while this lives:
// - foreign keys are not looked up (a dozen look-ups per imported answer): the load takes each
//   reference from rows it has itself just read or written;
// - when no other connection has the file open, the load writes pages into the file itself and
//   keeps the pages it changes in a rollback journal, instead of writing every page twice (into
//   the write-ahead log, then into the file). Either way an interrupted load is undone: SQLite
//   rolls the journal back the next time the file is opened.
// Make it before the load's Transaction (SQLite ignores both switches inside one); nothing on a
// team database.
class BulkLoad final {
    Q_DISABLE_COPY_MOVE(BulkLoad)

public:
    explicit BulkLoad(Database& db);
    ~BulkLoad();

private:
    Database& m_db;
    bool m_local = false;
    bool m_leftWal = false;
};

} // namespace loopdesk::core
