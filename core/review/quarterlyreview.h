// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/action.h"
#include "domain/period.h"
#include "metrics/drivers.h"
#include "metrics/loopkpis.h"
#include "metrics/npsreport.h"
#include "workflow/actionimpact.h"

#include <QCoreApplication>
#include <QDateTime>

namespace loopdesk::core {

class Clock;
class Database;

// What a quarterly review covers: one quarter, the whole customer base or one segment.
struct ReviewScope {
    Period quarter;
    QPair<QString, QString> segment; // (dimension, value); empty for everyone
    QString account;                 // a B2B account's name: its customers only; empty for everyone
};

// NPS of one dimension's values in the quarter.
struct ReviewSegmentTable {
    QString dimension;
    QList<ReportRow> rows; // by value, alphabetically
};

// What fixing a theme would do: for everyone who named it, detractors to passives, and everyone
// to promoters.
struct ReviewWhatIf {
    QString theme;
    WhatIf toPassive;
    WhatIf toPromoter;
};

// What detractors who named a theme wrote, word for word (plain text: never markup).
struct ReviewVoices {
    QString theme;
    QStringList comments;
};

struct ReviewAction {
    Action action;
    QString owner;
    int tasksDone = 0;
    QList<ActionTask> overdueTasks;     // not done, due before the review was composed
    bool pastDeadline = false;          // the deadline has passed and the action is not done
    std::optional<ActionImpact> impact; // measured since approval; empty for one never approved
};

// An action as a review reports it: its owner's name, tasks done, overdue tasks, deadline passed.
ReviewAction reviewAction(const Action& action, const QString& owner, QDate today);

// Everything the quarterly loop review says, composed from the database for one scope: the
// renderers (PDF, JSON, screen) only lay it out.
struct QuarterlyReview {
    ReviewScope scope;
    QString title; // "Quarterly loop review 2026Q3", with the segment when there is one
    QDateTime composedAt;
    Period previous;
    NetScore nps;
    NetScore previousNps;
    NetScoreChange change;
    QList<ReportRow> trend; // the last six quarters up to this one, oldest first
    // Waves of the quarter that have an invited list; empty when none has.
    qint64 invited = 0;
    qint64 invitedAnswers = 0;
    std::optional<double> responseRate;
    QList<ReviewSegmentTable> segments; // every dimension but the scope's own
    QList<ThemeDriver> themes;          // the five highest priorities
    QList<ReviewWhatIf> whatIfs;        // for the three highest
    QList<ReviewVoices> voices;         // up to three comments for each of the three highest
    LoopKpis kpis;                      // cases opened in the quarter, of the scope's answers
    QMap<QString, LoopKpis> kpisByOwner;
    QList<ReviewAction> actions; // proposed, approved, in progress and done
    QList<Action> declined;      // rejected, with the reason and the customers' message
};

class QuarterlyReviewComposer final {
    Q_DECLARE_TR_FUNCTIONS(loopdesk::core::QuarterlyReviewComposer)

public:
    QuarterlyReviewComposer(Database& db, const Clock& clock);
    // Throws StorageError for a period that is not a quarter or a segment that does not exist.
    QuarterlyReview compose(const ReviewScope& scope) const;

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace loopdesk::core
