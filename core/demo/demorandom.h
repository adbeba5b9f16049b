// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QtGlobal>

namespace loopdesk::core {

// A small, portable pseudo-random source (SplitMix64): the same seed gives the same demo data
// on every platform and standard library.
class DemoRandom final {
public:
    explicit DemoRandom(quint64 seed)
        : m_state(seed)
    {}

    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30U)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27U)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31U);
    }
    // Uniform in [0, 1).
    double unit() { return static_cast<double>(next() >> 11U) * (1.0 / 9007199254740992.0); }
    // Uniform integer in [low, high].
    qint64 between(qint64 low, qint64 high)
    {
        return low + static_cast<qint64>(next() % static_cast<quint64>(high - low + 1));
    }
    bool chance(double probability) { return unit() < probability; }
    template <typename T>
    const T& pick(const QList<T>& list)
    {
        return list.at(static_cast<qsizetype>(next() % static_cast<quint64>(list.size())));
    }

private:
    quint64 m_state;
};

} // namespace loopdesk::core
