// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/importstore.h"

#include "storage/database.h"
#include "storage/statement.h"

namespace loopdesk::core {

qint64 ImportStore::begin(const QString& fileName, const QString& preset, qint64 waveId, const QDateTime& at)
{
    Statement s(
        m_db.connection(),
        QStringLiteral(
            "INSERT INTO import_batch (file_name, preset, wave_id, started_at) VALUES (?, ?, ?, ?) RETURNING id"));
    s.bind(fileName).bind(preset).bindId(waveId).bindTime(at).exec();
    return s.lastInsertId();
}

void ImportStore::finish(qint64 id, const QDateTime& at, qint64 rows, qint64 imported, qint64 duplicates,
                         qint64 rejected)
{
    Statement s(m_db.connection(),
                QStringLiteral("UPDATE import_batch SET finished_at = ?, rows_read = ?, imported = ?, "
                               "duplicates = ?, rejected = ? WHERE id = ?"));
    s.bindTime(at).bind(rows).bind(imported).bind(duplicates).bind(rejected).bind(id).exec();
}

QList<ImportRecord> ImportStore::history(int limit) const
{
    Statement s(m_db.connection(),
                QStringLiteral("SELECT b.id, b.file_name, b.preset, coalesce(w.name, ''), b.started_at, b.finished_at, "
                               "b.rows_read, b.imported, b.duplicates, b.rejected FROM import_batch b "
                               "LEFT JOIN wave w ON w.id = b.wave_id ORDER BY b.id DESC LIMIT ?"));
    s.bind(limit).exec();
    QList<ImportRecord> records;
    while (s.next()) {
        records.append(
            {s.id(0), s.text(1), s.text(2), s.text(3), s.time(4), s.time(5), s.id(6), s.id(7), s.id(8), s.id(9)});
    }
    return records;
}

bool ImportStore::invite(qint64 waveId, qint64 customerId, const QDateTime& at)
{
    Statement s(m_db.connection(), QStringLiteral("INSERT INTO invitation (wave_id, customer_id, invited_at) "
                                                  "VALUES (?, ?, ?) ON CONFLICT (wave_id, customer_id) DO NOTHING"));
    s.bind(waveId).bind(customerId).bindTime(at).exec();
    return s.rowsAffected() == 1;
}

qint64 ImportStore::refreshInvitedCount(qint64 waveId)
{
    Statement s(m_db.connection(), QStringLiteral("UPDATE wave SET invited = (SELECT count(*) FROM invitation WHERE "
                                                  "wave_id = ?) WHERE id = ?"));
    s.bind(waveId).bind(waveId).exec();
    Statement count(m_db.connection(), QStringLiteral("SELECT invited FROM wave WHERE id = ?"));
    count.bind(waveId).exec();
    return count.next() ? count.value(0).toLongLong() : 0;
}

void ImportStore::widenWavePeriod(qint64 waveId, qint64 firstAnsweredAt, qint64 lastAnsweredAt)
{
    const QString first = QDateTime::fromSecsSinceEpoch(firstAnsweredAt, Qt::UTC).date().toString(Qt::ISODate);
    const QString last = QDateTime::fromSecsSinceEpoch(lastAnsweredAt, Qt::UTC).date().toString(Qt::ISODate);
    Statement s(m_db.connection(),
                QStringLiteral("UPDATE wave SET "
                               "period_start = CASE WHEN period_start IS NULL OR period_start > ? THEN ? ELSE "
                               "period_start END, "
                               "period_end = CASE WHEN period_end IS NULL OR period_end < ? THEN ? ELSE period_end END "
                               "WHERE id = ?"));
    s.bind(first).bind(first).bind(last).bind(last).bind(waveId).exec();
}

} // namespace loopdesk::core
