// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metrics/npsreport.h"

namespace loopdesk::core {

class Database;

// How much one theme weighs on NPS (DESIGN.md §4, driver analysis).
struct ThemeDriver {
    qint64 themeId = 0;
    QString theme;      // "Delivery / Late delivery"
    QString department; // where it is routed
    qint64 mentions = 0;
    double reach = 0.0;             // mentions / all answers, 0-1
    double shareOfDetractors = 0.0; // detractors who name it / all detractors, 0-1
    NetScore mentioning;
    NetScore notMentioning;
    double impact = 0.0;     // NPS of those who do not name it - NPS of those who do, in points
    double pointsLost = 0.0; // the rise in NPS if all its detractors were passives
    double priority = 0.0;   // impact x reach
};

struct DriverAnalysis {
    NetScore overall;
    QList<ThemeDriver> drivers; // highest priority first
};

// Driver analysis per theme over the answers a filter picks (a segment, a period, a wave).
DriverAnalysis analyseDrivers(Database& db, const ReportFilter& filter);

// The what-if simulator: some of a theme's detractors and passives move up.
enum class WhatIfTarget {
    Passive,  // detractors become passives; passives stay
    Promoter, // detractors and passives become promoters
};

struct WhatIf {
    NetScore before;
    NetScore after;
    double movedDetractors = 0.0; // exact shares of answers, not rounded
    double movedPassives = 0.0;
    double delta = 0.0;       // after - before, in points
    double deltaMargin = 0.0; // 95 % margin of the delta from the theme's sampled reach
};

// Exact arithmetic: `share` (0-1) of the theme's detractors (and, towards promoters, of its
// passives) move up; the delta's margin treats each answer's gain (0, share or twice it) as one
// draw from the survey, like NPS's own margin.
WhatIf simulateWhatIf(const ClassCounts& all, const ClassCounts& theme, double share, WhatIfTarget target);

// The same for the answers tagged with a theme (and its sub-themes) among those the filter picks.
WhatIf simulateWhatIf(Database& db, const ReportFilter& filter, const QString& theme, double share,
                      WhatIfTarget target);

} // namespace loopdesk::core
