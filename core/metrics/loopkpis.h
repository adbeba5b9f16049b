// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/casestore.h"

#include <QDateTime>
#include <QMap>

#include <optional>

namespace loopdesk::core {

// How well the inner loop runs for a set of cases (DESIGN.md §4, loop KPIs).
struct LoopKpis {
    qint64 cases = 0;
    qint64 detractorCases = 0;
    qint64 detractorsDue = 0;             // detractor cases contacted, or whose due time has passed
    qint64 detractorsContactedInTime = 0; // first contact at or before the due time
    std::optional<double> medianHoursToFirstContact;
    qint64 closed = 0;
    qint64 saved = 0; // outcome "saved", or a re-survey score of 7 or more
    qint64 open = 0;
    qint64 breaches = 0; // not contacted by the due time (contacted late, or still waiting past it)
    qint64 reassignments = 0;
    qint64 withRootCause = 0;

    std::optional<double> contactedInTimeShare() const { return share(detractorsContactedInTime, detractorsDue); }
    std::optional<double> closureRate() const { return share(closed, cases); }
    std::optional<double> saveRate() const { return share(saved, closed); }
    std::optional<double> reassignmentsPerCase() const { return share(reassignments, cases); }
    std::optional<double> rootCauseShare() const { return share(withRootCause, cases); }

private:
    static std::optional<double> share(qint64 part, qint64 whole)
    {
        return whole > 0 ? std::optional(static_cast<double>(part) / static_cast<double>(whole)) : std::nullopt;
    }
};

LoopKpis loopKpis(const QList<CaseFact>& facts, const QDateTime& now);

// The same figures per owner ("" for unassigned) or per quarter label.
enum class KpiGrouping { None, Owner, Quarter };
QMap<QString, LoopKpis> loopKpisBy(const QList<CaseFact>& facts, KpiGrouping grouping, const QDateTime& now,
                                   int fiscalStartMonth = 1);

} // namespace loopdesk::core
