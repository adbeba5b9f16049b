// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/departmentdigest.h"
#include "review/quarterlyreview.h"

#include <QJsonObject>

namespace loopdesk::core {

// The review as JSON, for `loopdesk-cli report --json` and for other tools: numbers rounded to
// two decimals, shares as 0-1, empty values as null.
QJsonObject reviewToJson(const QuarterlyReview& review);
QJsonObject digestToJson(const DepartmentDigest& digest);
QJsonObject netScoreToJson(const NetScore& score);
QJsonObject impactToJson(const ActionImpact& impact);
QJsonObject actionToJson(const Action& action);
QJsonObject reviewActionToJson(const ReviewAction& action);

} // namespace loopdesk::core
