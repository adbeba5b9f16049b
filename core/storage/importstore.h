// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace loopdesk::core {

class Database;

// One import as recorded: for the import history.
struct ImportRecord {
    qint64 id = 0;
    QString fileName;
    QString preset;
    QString waveName; // empty when the wave was deleted since
    QDateTime startedAt;
    QDateTime finishedAt;
    qint64 rows = 0;
    qint64 imported = 0;
    qint64 duplicates = 0;
    qint64 rejected = 0;
};

// Records each import (file, preset, wave, counts) and the invited lists behind response rates.
class ImportStore final {
public:
    explicit ImportStore(Database& db)
        : m_db(db)
    {}

    qint64 begin(const QString& fileName, const QString& preset, qint64 waveId, const QDateTime& at);
    void finish(qint64 id, const QDateTime& at, qint64 rows, qint64 imported, qint64 duplicates, qint64 rejected);
    QList<ImportRecord> history(int limit) const; // newest first

    // Adds an invitation of a customer to a wave; returns false when it was already there.
    bool invite(qint64 waveId, qint64 customerId, const QDateTime& at);
    // Sets the wave's invited count to the number of invitations recorded for it.
    qint64 refreshInvitedCount(qint64 waveId);
    // Stretches the wave's period to cover answers given between these two times (seconds since
    // the epoch): an import passes the span of the answers it read, so that no answer of the wave
    // need be read again (in the order of their ids, those of a large wave are all over the file).
    void widenWavePeriod(qint64 waveId, qint64 firstAnsweredAt, qint64 lastAnsweredAt);

private:
    Database& m_db;
};

} // namespace loopdesk::core
