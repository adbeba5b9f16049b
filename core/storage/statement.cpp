// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/statement.h"

#include "storage/storageerror.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QTimeZone>

#include <unordered_map>
#include <vector>

namespace loopdesk::core {
namespace {

// SQLite's own words when it has some, else Qt's (e.g. a parameter count mismatch).
QString reasonOf(const QSqlError& error)
{
    return error.databaseText().isEmpty() ? error.driverText() : error.databaseText();
}

// Idle prepared statements of this thread's connections, by connection name and SQL text.
using IdleQueries = std::unordered_map<QString, std::unordered_map<QString, std::vector<QSqlQuery>>>;

IdleQueries& idleQueries()
{
    static thread_local IdleQueries idle;
    return idle;
}

// Enough for every statement the stores and services use, twice over.
constexpr std::size_t kMaxIdlePerConnection = 400;

QSqlQuery takeIdle(const QString& connection, const QString& sql)
{
    IdleQueries& idle = idleQueries();
    const auto forConnection = idle.find(connection);
    if (forConnection == idle.end()) {
        return QSqlQuery(QSqlDatabase::database(connection, false));
    }
    const auto forSql = forConnection->second.find(sql);
    if (forSql == forConnection->second.end() || forSql->second.empty()) {
        return QSqlQuery(QSqlDatabase::database(connection, false));
    }
    QSqlQuery query = std::move(forSql->second.back());
    forSql->second.pop_back();
    return query;
}

} // namespace

Statement::Statement(const QSqlDatabase& db, const QString& sql)
    : m_connectionName(db.connectionName())
    , m_query(takeIdle(m_connectionName, sql))
    , m_sql(sql)
{
    if (m_query.lastQuery() == sql) {
        m_prepared = true; // prepared before, and kept
        return;
    }
    if (!m_query.prepare(sql)) {
        throw StorageError(QCoreApplication::translate("loopdesk::core::Statement", "Database error: %1")
                               .arg(reasonOf(m_query.lastError())));
    }
    m_prepared = true;
}

Statement::~Statement()
{
    if (!m_prepared || m_connectionName.isEmpty()) {
        return;
    }
    m_query.finish(); // done with its rows; stays prepared
    auto& kept = idleQueries()[m_connectionName];
    if (kept.size() < kMaxIdlePerConnection || kept.count(m_sql) > 0) {
        std::vector<QSqlQuery>& same = kept[m_sql];
        if (same.size() < 4) {
            same.push_back(std::move(m_query));
        }
    }
}

void Statement::forgetConnection(const QString& connectionName)
{
    idleQueries().erase(connectionName);
}

Statement& Statement::bind(const QVariant& value)
{
    m_query.bindValue(m_nextIndex++, value);
    return *this;
}

Statement& Statement::bind(const QString& text)
{
    return bind(QVariant(text.isNull() ? QStringLiteral("") : text));
}

Statement& Statement::bindId(qint64 id)
{
    return bind(id == 0 ? QVariant() : QVariant(id));
}

Statement& Statement::bindTime(const QDateTime& time)
{
    return bind(time.isValid() ? QVariant(time.toSecsSinceEpoch()) : QVariant());
}

Statement& Statement::bindDate(QDate date)
{
    return bind(date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant());
}

void Statement::exec()
{
    m_nextIndex = 0;
    if (!m_query.exec()) {
        throw StorageError(QCoreApplication::translate("loopdesk::core::Statement", "Database error: %1")
                               .arg(reasonOf(m_query.lastError())));
    }
}

void Statement::run(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        throw StorageError(QCoreApplication::translate("loopdesk::core::Statement", "Database error: %1")
                               .arg(reasonOf(query.lastError())));
    }
}

qint64 Statement::lastInsertId()
{
    if (m_query.isSelect() && (m_query.isValid() || m_query.next())) {
        const qint64 id = m_query.value(0).toLongLong();
        m_query.finish(); // SQLite: the insert is done; let the transaction commit
        return id;
    }
    if (const QVariant id = m_query.lastInsertId(); id.isValid()) {
        return id.toLongLong();
    }
    throw StorageError(QCoreApplication::translate("loopdesk::core::Statement", "Database error: no result"));
}

QDateTime Statement::time(int column) const
{
    const QVariant v = m_query.value(column);
    return v.isNull() ? QDateTime() : QDateTime::fromSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

QDate Statement::date(int column) const
{
    const QVariant v = m_query.value(column);
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

QVariant Statement::scalar(const QSqlDatabase& db, const QString& sql)
{
    Statement s(db, sql);
    s.exec();
    if (!s.next()) {
        throw StorageError(QCoreApplication::translate("loopdesk::core::Statement", "Database error: no result"));
    }
    return s.value(0);
}

} // namespace loopdesk::core
