// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/metric.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace loopdesk::core {

// The follow-up of one survey answer, owned by one person from first call to closure.
struct FollowUpCase {
    enum class Status { New, Contacting, InProgress, Resolved, Closed, Unreachable, Reopened };
    enum class Outcome { None, Saved, NotSaved, Unreachable, Declined };
    // Compensation above what the person offering it may give waits for a manager.
    enum class Approval { None, Pending, Approved, Declined };

    qint64 id = 0;
    qint64 responseId = 0;
    ScoreClass category = ScoreClass::Negative; // detractor, passive or promoter case
    qint64 ownerId = 0;
    Status status = Status::New;
    QDateTime createdAt;
    QDateTime firstContactDue;
    QDateTime resolutionDue;
    QDateTime firstContactAt;
    qint64 rootCauseThemeId = 0;
    qint64 departmentId = 0;
    QString compensationKind;
    double compensationValue = 0.0;
    Outcome outcome = Outcome::None;
    QDateTime customerInformedAt;
    std::optional<int> resurveyScore;
    bool escalated = false;
    int reassignmentCount = 0;
    QDateTime closedAt;
    Approval approval = Approval::None;
    QDateTime approvalDue; // while pending: when the manager's decision is due
    qint64 approvedBy = 0; // the manager who approved or declined
    int version = 0;       // bumped by every saved change; a save based on an older version is refused
    QDateTime updatedAt;
    qint64 updatedBy = 0;
};

QString caseStatusKey(FollowUpCase::Status status);
std::optional<FollowUpCase::Status> caseStatusFromKey(const QString& key);
QString caseOutcomeKey(FollowUpCase::Outcome outcome);
std::optional<FollowUpCase::Outcome> caseOutcomeFromKey(const QString& key);
// A case's category as stored: "detractor", "passive" or "promoter".
QString caseCategoryKey(ScoreClass category);
ScoreClass caseCategoryFromKey(const QString& key);
QString caseApprovalKey(FollowUpCase::Approval approval);
FollowUpCase::Approval caseApprovalFromKey(const QString& key);
bool isOpenStatus(FollowUpCase::Status status);

} // namespace loopdesk::core
