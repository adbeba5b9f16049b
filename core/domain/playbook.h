// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/contactattempt.h"
#include "domain/metric.h"

#include <QDateTime>
#include <QStringList>

namespace loopdesk::core {

// What front-line staff do for one kind of answer: who responds, how soon and how, what to ask,
// what to say, the outcome to aim for, and a short checklist whose steps each case records. One
// per category (detractor, passive, promoter), and optionally one per category and theme.
struct Playbook {
    qint64 id = 0;
    ScoreClass category = ScoreClass::Negative;
    qint64 themeId = 0;   // 0: any theme
    bool shipped = false; // LoopDesk's own words, in the reader's language, until a manager edits them
    QString responder;
    int respondWithinHours = 48;
    ContactAttempt::Mode mode = ContactAttempt::Mode::Phone;
    QString ask;
    QString say;
    QString outcome;
    QStringList checklist;
    int version = 1;
};

// One checklist step done on a case: which step (its place in the list), its words then, who, when.
struct PlaybookStep {
    int step = 0;
    QString text;
    QDateTime doneAt;
    qint64 doneBy = 0;
};

// A recovery an agent marked as exemplary, for managers to feature in the playbook of its theme.
struct RecoveryExample {
    enum class Curation { Proposed, Featured, Dismissed };

    qint64 caseId = 0;
    qint64 themeId = 0;
    QString theme;
    QString note;
    qint64 markedBy = 0;
    QString markedByName;
    QDateTime markedAt;
    Curation curation = Curation::Proposed;
};

QString curationKey(RecoveryExample::Curation curation);
RecoveryExample::Curation curationFromKey(const QString& key);

} // namespace loopdesk::core
