// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/loopkpis.h"

#include "domain/quarter.h"

#include <algorithm>

namespace loopdesk::core {

LoopKpis loopKpis(const QList<CaseFact>& facts, const QDateTime& now)
{
    using S = FollowUpCase::Status;
    LoopKpis k;
    QList<double> hoursToContact;
    for (const CaseFact& fact : facts) {
        const FollowUpCase& c = fact.followUp;
        ++k.cases;
        const bool contacted = c.firstContactAt.isValid();
        const bool late = contacted ? c.firstContactAt > c.firstContactDue : now > c.firstContactDue;
        if (c.category == ScoreClass::Negative) {
            ++k.detractorCases;
            if (contacted || now > c.firstContactDue) {
                ++k.detractorsDue;
                k.detractorsContactedInTime += contacted && !late ? 1 : 0;
            }
        }
        if (contacted) {
            hoursToContact << static_cast<double>(c.createdAt.secsTo(c.firstContactAt)) / 3600.0;
        }
        k.breaches += late ? 1 : 0;
        if (c.status == S::Closed) {
            ++k.closed;
            k.saved += c.outcome == FollowUpCase::Outcome::Saved || c.resurveyScore.value_or(0) >= 7 ? 1 : 0;
        } else if (isOpenStatus(c.status)) {
            ++k.open;
        }
        k.reassignments += c.reassignmentCount;
        k.withRootCause += c.rootCauseThemeId != 0 ? 1 : 0;
    }
    if (!hoursToContact.isEmpty()) {
        std::sort(hoursToContact.begin(), hoursToContact.end());
        const qsizetype n = hoursToContact.size();
        k.medianHoursToFirstContact =
            n % 2 == 1 ? hoursToContact.at(n / 2) : (hoursToContact.at(n / 2 - 1) + hoursToContact.at(n / 2)) / 2.0;
    }
    return k;
}

QMap<QString, LoopKpis> loopKpisBy(const QList<CaseFact>& facts, KpiGrouping grouping, const QDateTime& now,
                                   int fiscalStartMonth)
{
    QMap<QString, QList<CaseFact>> groups;
    for (const CaseFact& fact : facts) {
        const QString key = grouping == KpiGrouping::Owner ? fact.owner
                            : grouping == KpiGrouping::Quarter
                                ? Quarter::containing(fact.followUp.createdAt.date(), fiscalStartMonth).label()
                                : QString();
        groups[key] << fact;
    }
    QMap<QString, LoopKpis> result;
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        result.insert(it.key(), loopKpis(it.value(), now));
    }
    return result;
}

} // namespace loopdesk::core
