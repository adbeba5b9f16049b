// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

namespace loopdesk::core {

// A prepared statement that binds positionally and turns every failure into a StorageError.
// Values are only ever bound, never spliced into the SQL text. Prepared statements are kept per
// connection and reused by the next Statement of the same SQL: on a team database that saves two
// round trips to the server (prepare and release) per statement.
class Statement final {
    Q_DISABLE_COPY_MOVE(Statement)

public:
    Statement(const QSqlDatabase& db, const QString& sql);
    ~Statement();
    // Releases the prepared statements kept for a connection that is about to close.
    static void forgetConnection(const QString& connectionName);

    Statement& bind(const QVariant& value);
    Statement& bind(const QString& text); // a null QString binds '' (NULL is bound explicitly)
    Statement& bind(const char*) = delete;
    Statement& bindId(qint64 id);               // 0 binds NULL
    Statement& bindTime(const QDateTime& time); // UTC epoch seconds, invalid binds NULL
    Statement& bindDate(QDate date);            // ISO text, invalid binds NULL

    void exec();
    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    qint64 id(int column) const { return m_query.value(column).toLongLong(); }
    QString text(int column) const { return m_query.value(column).toString(); }
    QDateTime time(int column) const;
    QDate date(int column) const;
    // The new row's id: the row of an INSERT ... RETURNING id (both backends), else what SQLite tells.
    qint64 lastInsertId();
    int rowsAffected() const { return m_query.numRowsAffected(); }
    QSqlQuery& query() { return m_query; }

    // Runs SQL that takes no parameters without preparing it: schema changes and transaction
    // control, which PostgreSQL cannot prepare. Only for LoopDesk's own SQL, never for input.
    static void run(const QSqlDatabase& db, const QString& sql);
    // Runs a statement without parameters that returns one value; throws when there is no row.
    static QVariant scalar(const QSqlDatabase& db, const QString& sql);

private:
    QString m_connectionName;
    QSqlQuery m_query;
    QString m_sql;
    int m_nextIndex = 0;
    bool m_prepared = false;
};

} // namespace loopdesk::core
