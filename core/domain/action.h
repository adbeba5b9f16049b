// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace loopdesk::core {

// One step of an action, with its own owner and due date.
struct ActionTask {
    qint64 id = 0;
    qint64 actionId = 0;
    QString title;
    qint64 ownerId = 0;
    QDate due;
    bool done = false;
};

// An improvement initiative that answers one or more root-cause themes.
struct Action {
    enum class Level { Tactical, Strategic };
    enum class Status { Proposed, Approved, Rejected, InProgress, Done };

    qint64 id = 0;
    QString title;
    Level level = Level::Tactical;
    qint64 ownerId = 0;
    QString participants;
    QString scope;
    QDate deadline;
    double budget = 0.0;
    QString successMetric;
    QPair<QString, QString> measureSegment; // (dimension, value) its impact is measured on; empty: everyone
    QString target;
    double expectedNpsGain = 0.0;
    Status status = Status::Proposed;
    QString rejectionReason;
    QString customerMessage;
    bool communicated = false;
    QList<qint64> themeIds;
    QList<ActionTask> tasks;
    int version = 0;
};

// A segment as stored and printed: "region=South"; empty for everyone, and back.
QString segmentText(const QPair<QString, QString>& segment);
QPair<QString, QString> segmentFromText(const QString& text);

QString actionStatusKey(Action::Status status);
std::optional<Action::Status> actionStatusFromKey(const QString& key);
QString actionLevelKey(Action::Level level);
std::optional<Action::Level> actionLevelFromKey(const QString& key);

} // namespace loopdesk::core
