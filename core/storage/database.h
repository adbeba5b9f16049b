// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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
    enum class Kind { NotFound, NotSqlite, NotLoopDesk, Corrupt, NewerSchema, Io };

    DatabaseOpenError(Kind kind, const QString& message)
        : StorageError(message)
        , m_kind(kind)
    {}
    Kind kind() const { return m_kind; }

private:
    Kind m_kind;
};

// Owns one connection to a LoopDesk database file: creates it private to the user, checks it,
// backs it up and migrates it on open, and hands the connection to the stores.
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
    };

    // What open() found and did.
    struct OpenReport {
        bool created = false;
        int fromVersion = 0;
        int toVersion = 0;
        QString backupPath;            // set when an existing file was migrated
        bool integrityChecked = false; // quick_check ran (not skipped by a matching fingerprint)
    };

    // Throws DatabaseOpenError; leaves a file it refuses exactly as it was.
    static std::unique_ptr<Database> open(const QString& path, const Options& options);
    static std::unique_ptr<Database> open(const QString& path) { return open(path, Options{}); }
    ~Database();
    // Another connection to this open, checked and migrated file, for a worker thread: call it
    // from the thread that will use the connection.
    std::unique_ptr<Database> connectAgain() const;

    QSqlDatabase connection() const { return QSqlDatabase::database(m_connectionName, false); }
    const QString& path() const { return m_path; }
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
    Database(QString path, QString connectionName);
    void migrate(const std::vector<Migration>& migrations, int from);

    QString m_path;
    QString m_connectionName;
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

} // namespace loopdesk::core
