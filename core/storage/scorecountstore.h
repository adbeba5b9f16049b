// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/metric.h"

#include <QDate>
#include <QList>
#include <QPair>

namespace loopdesk::core {

class Database;

// What a count of answers can be broken down by. A month is its month index (domain/period.h);
// waves, segment values, themes and accounts are their row ids, 0 for "not set". Only tagged
// answers have a theme; one with two themes is counted under each.
enum class ScoreKey { Month, Wave, Segment, Theme, Account };

struct ScoreDimension {
    ScoreKey key = ScoreKey::Month;
    int slot = 0; // the segment slot (1-8) for ScoreKey::Segment
    friend bool operator==(const ScoreDimension&, const ScoreDimension&) = default;
};

// Which answers count. Dates are inclusive calendar days in UTC; invalid means open-ended.
struct ScoreFilter {
    Metric metric = Metric::Nps;
    QDate from;
    QDate to;
    QList<qint64> waveIds;              // any of these; empty for all waves
    QList<QPair<int, qint64>> segments; // (slot, segment value id): all must match
    QList<qint64> themeIds;             // tagged with any of these; empty for all answers
    qint64 accountId = 0;               // answers of this account's customers; 0 for all
};

// How many answers gave `score`, for one combination of keys (in the order of the dimensions).
struct ScoreCount {
    QList<qint64> keys;
    int score = 0;
    qint64 n = 0;
};

// Counts answers per score. NPS and its interval need nothing else, so a report over a million
// answers reads the score cube (counts per month, wave, segment value and score) when it can, and
// the answers themselves only for what the cube cannot tell: themes, accounts, two segment
// dimensions at once, and the days of a month cut by a date range.
class ScoreCountStore final {
public:
    explicit ScoreCountStore(Database& db)
        : m_db(db)
    {}

    QList<ScoreCount> counts(const ScoreFilter& filter, const QList<ScoreDimension>& dimensions) const;
    // The same, always from the answers: the reference the cube is checked against.
    QList<ScoreCount> countsFromAnswers(const ScoreFilter& filter, const QList<ScoreDimension>& dimensions) const;
    bool cubeServes(const ScoreFilter& filter, const QList<ScoreDimension>& dimensions) const;

    // Number of cube cells that disagree with the answers (0 when the cube is right), and a rebuild.
    qint64 cubeMismatches() const;
    void rebuildCube();

private:
    QList<ScoreCount> fromCube(const ScoreFilter& filter, const QList<ScoreDimension>& dimensions, int slot,
                               int fromMonth, int toMonth) const;
    QList<ScoreCount> fromAnswers(const ScoreFilter& filter, const QList<ScoreDimension>& dimensions, qint64 fromSecs,
                                  qint64 toSecs) const;

    Database& m_db;
};

} // namespace loopdesk::core
