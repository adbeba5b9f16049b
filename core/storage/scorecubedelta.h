// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/metric.h"

#include <QHash>

#include <array>

namespace loopdesk::core {

class Database;

// Answers counted in memory for the score cube (see migration 3), written in one go: the bulk
// import adds a million answers without a trigger firing a million times.
class ScoreCubeDelta final {
public:
    // Counts an answer (`times` < 0 takes answers back) under every slot it has a value in.
    void add(qint64 waveId, Metric metric, qint64 answeredAt, int score, const std::array<qint64, 8>& segmentValues,
             qint64 times = 1);
    // Counts `n` answers of one cell: slot 0 and value 0 for all answers, else a segment slot's value.
    void addCell(int slot, Metric metric, int month, qint64 waveId, qint64 valueId, int score, qint64 n);
    // Adds the counts to the cube inside the caller's transaction, and forgets them.
    void apply(Database& db);
    qsizetype size() const { return m_counts.size(); }

private:
    struct Key {
        int slot = 0;
        int metric = 0;
        int month = 0;
        qint64 wave = 0;
        qint64 value = 0;
        int score = 0;
        friend bool operator==(const Key&, const Key&) = default;
        friend size_t qHash(const Key& k, size_t seed = 0)
        {
            return qHashMulti(seed, k.slot, k.metric, k.month, k.wave, k.value, k.score);
        }
    };

    QHash<Key, qint64> m_counts;
    qint64 m_lastDay = -1;
    int m_lastMonth = 0;
};

} // namespace loopdesk::core
