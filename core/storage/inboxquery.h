// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/followupcase.h"

#include <QDateTime>
#include <QList>
#include <QPair>

#include <optional>

namespace loopdesk::core {

// The inbox's saved views.
// AwaitingApproval: compensation above the offering person's limit, waiting for a manager.
enum class InboxView { MyCases, Unassigned, DueToday, Overdue, KeyAccounts, AwaitingApproval, AllOpen, All };

// What the inbox sorts by.
enum class InboxSort { TimeLeft, Score, Customer, Owner, Status, Answered };

// Which cases the inbox shows, and in which order. Empty members do not filter.
struct InboxQuery {
    InboxView view = InboxView::AllOpen;
    qint64 me = 0;        // the staff member using LoopDesk, for "My cases"
    QDateTime now;        // for "Overdue"
    QDateTime endOfToday; // for "Due today" (the user's local midnight, in UTC)
    QString search;       // in the customer's name, number, e-mail and the comment
    std::optional<FollowUpCase::Status> status;
    qint64 ownerId = 0;
    qint64 waveId = 0;
    QPair<int, qint64> segment{0, 0}; // (slot, segment value id)
    int displaySlot = 1;              // the segment slot shown beside each case (1-8)
    InboxSort sort = InboxSort::TimeLeft;
    bool descending = false;
};

// One line of the inbox: the case with what an agent needs to see beside it.
struct InboxRow {
    FollowUpCase followUp;
    int score = 0;
    QString comment; // the first 200 characters
    QString customer;
    QString owner;
    QString segment; // the value in the query's display slot
    bool keyAccount = false;
    QDateTime answeredAt;
};

} // namespace loopdesk::core
