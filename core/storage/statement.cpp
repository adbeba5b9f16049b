// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/statement.h"

#include "storage/storageerror.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QTimeZone>

namespace loopdesk::core {
namespace {

// SQLite's own words when it has some, else Qt's (e.g. a parameter count mismatch).
QString reasonOf(const QSqlError& error)
{
    return error.databaseText().isEmpty() ? error.driverText() : error.databaseText();
}

} // namespace

Statement::Statement(const QSqlDatabase& db, const QString& sql)
    : m_query(db)
    , m_sql(sql)
{
    if (!m_query.prepare(sql)) {
        throw StorageError(QCoreApplication::translate("loopdesk::core::Statement", "Database error: %1")
                               .arg(reasonOf(m_query.lastError())));
    }
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
