// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/scorecubedelta.h"

#include "domain/period.h"
#include "storage/database.h"
#include "storage/statement.h"

namespace loopdesk::core {

void ScoreCubeDelta::add(qint64 waveId, Metric metric, qint64 answeredAt, int score,
                         const std::array<qint64, 8>& segmentValues, qint64 times)
{
    // Answers come in runs of the same day: remember the last day's month.
    const qint64 day = answeredAt >= 0 ? answeredAt / 86400 : (answeredAt - 86399) / 86400;
    if (day != m_lastDay) {
        m_lastDay = day;
        m_lastMonth = monthIndexOfEpoch(answeredAt);
    }
    Key key{0, static_cast<int>(metric), m_lastMonth, waveId, 0, score};
    m_counts[key] += times;
    for (std::size_t slot = 0; slot < segmentValues.size(); ++slot) {
        if (segmentValues[slot] != 0) {
            key.slot = static_cast<int>(slot) + 1;
            key.value = segmentValues[slot];
            m_counts[key] += times;
        }
    }
}

void ScoreCubeDelta::addCell(int slot, Metric metric, int month, qint64 waveId, qint64 valueId, int score, qint64 n)
{
    m_counts[Key{slot, static_cast<int>(metric), month, waveId, valueId, score}] += n;
}

void ScoreCubeDelta::apply(Database& db)
{
    Statement s(db.connection(),
                QStringLiteral("INSERT INTO score_cube (slot, metric, month, wave_id, value_id, score, n) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (slot, metric, month, wave_id, value_id, "
                               "score) DO UPDATE SET n = score_cube.n + excluded.n"));
    for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it) {
        if (it.value() == 0) {
            continue; // counted, and taken back
        }
        const Key& k = it.key();
        s.bind(k.slot).bind(metricKey(static_cast<Metric>(k.metric))).bind(k.month).bind(k.wave).bind(k.value);
        s.bind(k.score).bind(it.value()).exec();
    }
    m_counts.clear();
}

} // namespace loopdesk::core
