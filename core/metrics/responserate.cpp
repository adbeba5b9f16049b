// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/responserate.h"

#include "storage/scorecountstore.h"
#include "storage/wavestore.h"

#include <QHash>

namespace loopdesk::core {

QList<WaveResponseRate> responseRates(Database& db)
{
    QHash<qint64, qint64> answers;
    const ScoreCountStore counts(db);
    for (const Metric metric : {Metric::Nps, Metric::Csat, Metric::Ces}) {
        ScoreFilter filter;
        filter.metric = metric;
        for (const ScoreCount& c : counts.counts(filter, {ScoreDimension{ScoreKey::Wave, 0}})) {
            answers[c.keys.first()] += c.n;
        }
    }
    QList<WaveResponseRate> result;
    for (const Wave& w : WaveStore(db).all()) {
        WaveResponseRate r;
        r.wave = w;
        r.invited = w.invited;
        r.responses = answers.value(w.id);
        if (r.invited > 0) {
            r.rate = static_cast<double>(r.responses) / static_cast<double>(r.invited);
        }
        result << r;
    }
    return result;
}

} // namespace loopdesk::core
