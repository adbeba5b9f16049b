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
// Values are only ever bound, never spliced into the SQL text.
class Statement final {
public:
    Statement(const QSqlDatabase& db, const QString& sql);

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
    qint64 lastInsertId() const { return m_query.lastInsertId().toLongLong(); }
    int rowsAffected() const { return m_query.numRowsAffected(); }
    QSqlQuery& query() { return m_query; }

    // Runs a statement without parameters that returns one value; throws when there is no row.
    static QVariant scalar(const QSqlDatabase& db, const QString& sql);

private:
    QSqlQuery m_query;
    QString m_sql;
    int m_nextIndex = 0;
};

} // namespace loopdesk::core
