// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/wavestore.h"

#include "storage/database.h"
#include "storage/statement.h"

namespace loopdesk::core {
namespace {

const QString kColumns = QStringLiteral("id, name, kind, metric, period_start, period_end, invited");

Wave read(const Statement& s)
{
    return Wave{s.id(0),   s.text(1), waveKindFromKey(s.text(2)), metricFromKey(s.text(3)).value_or(Metric::Nps),
                s.date(4), s.date(5), s.value(6).toInt()};
}

void bindFields(Statement& s, const Wave& w)
{
    s.bind(w.name).bind(waveKindKey(w.kind)).bind(metricKey(w.metric)).bindDate(w.periodStart).bindDate(w.periodEnd);
    s.bind(w.invited);
}

} // namespace

qint64 WaveStore::add(const Wave& wave)
{
    Statement s(m_db.connection(), QStringLiteral("INSERT INTO wave (name, kind, metric, period_start, period_end, "
                                                  "invited) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"));
    bindFields(s, wave);
    s.exec();
    return s.lastInsertId();
}

void WaveStore::update(const Wave& wave)
{
    Statement s(m_db.connection(), QStringLiteral("UPDATE wave SET name = ?, kind = ?, metric = ?, period_start = ?, "
                                                  "period_end = ?, invited = ? WHERE id = ?"));
    bindFields(s, wave);
    s.bind(wave.id).exec();
}

std::optional<Wave> WaveStore::get(qint64 id) const
{
    Statement s(m_db.connection(), QStringLiteral("SELECT %1 FROM wave WHERE id = ?").arg(kColumns));
    s.bind(id).exec();
    return s.next() ? std::optional(read(s)) : std::nullopt;
}

std::optional<Wave> WaveStore::findByName(const QString& name) const
{
    Statement s(m_db.connection(), QStringLiteral("SELECT %1 FROM wave WHERE name = ?").arg(kColumns));
    s.bind(name).exec();
    return s.next() ? std::optional(read(s)) : std::nullopt;
}

QList<Wave> WaveStore::all() const
{
    Statement s(m_db.connection(),
                QStringLiteral("SELECT %1 FROM wave ORDER BY period_start DESC, name").arg(kColumns));
    s.exec();
    QList<Wave> result;
    while (s.next()) {
        result << read(s);
    }
    return result;
}

} // namespace loopdesk::core
