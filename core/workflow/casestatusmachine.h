// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/followupcase.h"

#include <QCoreApplication>
#include <QList>

namespace loopdesk::core {

// The follow-up status machine: new → contacting → in_progress → resolved → closed, plus
// unreachable and reopened. Says which moves are legal and, for the others, why not.
class CaseStatusMachine final {
    Q_DECLARE_TR_FUNCTIONS(loopdesk::core::CaseStatusMachine)

public:
    static QList<FollowUpCase::Status> nextStatuses(FollowUpCase::Status from);
    // Empty when `followUp` may move to `to`; otherwise the reason, for the person who asked.
    static QString refusal(const FollowUpCase& followUp, FollowUpCase::Status to);
    static QString statusName(FollowUpCase::Status status); // "In progress", translated
};

} // namespace loopdesk::core
