// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/action.h"
#include "metrics/netscore.h"

#include <QDateTime>
#include <QPair>

#include <optional>

namespace loopdesk::core {

class Database;

// Did the action work? Live measures, recorded for the 90 days before the action was approved
// and measured again over the time since: the NPS of everyone (or of the segment the action is
// measured on), the share of detractors who name the action's themes, and how detractors were
// called back (the share contacted within the SLA, and the median hours to first contact).
constexpr int kBaselineDays = 90;

struct ActionBaseline {
    QDateTime approvedAt;
    QDate from;                        // the first day of the 90 days; the last is the day before approval
    ClassCounts counts;                // everyone's (or the segment's) answers in those days
    qint64 themeDetractors = 0;        // detractors among them who named one of the action's themes
    QPair<QString, QString> segment;   // what was measured; empty: everyone
    qint64 detractorsDue = 0;          // detractor cases opened then, contacted or past their due time
    qint64 detractorsInTime = 0;       // of those, contacted by their due time
    std::optional<double> medianHours; // hours from answer to first contact, contacted cases
};

// Change of a share between two independent groups (Agresti-Caffo adjusted: one success and one
// failure added to each side), significant at |z| >= 1.96.
struct ShareChange {
    double before = 0.0; // 0-1, as counted
    double after = 0.0;
    double delta = 0.0; // after - before, in percentage points
    double z = 0.0;
    bool significant = false;
    double margin = 0.0; // half-width of the change's 95 % interval, in percentage points
};
ShareChange compareShares(qint64 partBefore, qint64 wholeBefore, qint64 partAfter, qint64 wholeAfter);

struct ActionImpact {
    ActionBaseline baseline;
    NetScore npsBefore;
    NetScore npsSince;
    NetScoreChange npsChange;
    qint64 themeDetractorsSince = 0;
    std::optional<ShareChange> themeShare; // empty while one side has no detractor
    qint64 detractorsDueSince = 0;
    qint64 detractorsInTimeSince = 0;
    std::optional<ShareChange> inTime; // contacted within the SLA; empty while one side has no case due
    std::optional<double> medianHoursSince;
};

// The baseline of an action as of `at` (its approval).
ActionBaseline measureBaseline(Database& db, const Action& action, const QDateTime& at);
void storeBaseline(Database& db, qint64 actionId, const ActionBaseline& baseline);
std::optional<ActionBaseline> storedBaseline(Database& db, qint64 actionId);
// Since approval, up to `now`; empty for an action never approved.
std::optional<ActionImpact> actionImpact(Database& db, const Action& action, const QDateTime& now);
// Every figure as (measure, value) pairs with a decimal point, for CSV: approved_at, nps_before,
// nps_since, nps_delta, nps_significant, theme_share_before/since/delta/significant.
QList<QPair<QString, QString>> impactMeasures(const ActionImpact& impact);
// In words, for the action view and the CLI: "Since approval on …: NPS a → b (±c, significant) …".
QString impactSummary(const ActionImpact& impact);

} // namespace loopdesk::core
