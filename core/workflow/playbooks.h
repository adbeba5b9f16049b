// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/followupcase.h"
#include "domain/playbook.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>

#include <optional>

namespace loopdesk::core {

class Clock;
class Database;

// The playbooks, their checklists on each case, and the recoveries that worked. Reading is open
// to everyone; editing playbooks and curating recoveries is for managers. Every change is audited.
class Playbooks final {
    Q_DECLARE_TR_FUNCTIONS(loopdesk::core::Playbooks)

public:
    Playbooks(Database& db, const Clock& clock, qint64 actingStaffId);

    // LoopDesk's own playbook for a category, in the current language.
    static Playbook shipped(ScoreClass category);

    // Every playbook: the three categories first, then the theme ones by theme name.
    QList<Playbook> all() const;
    std::optional<Playbook> get(qint64 id) const;
    // The playbook for a case: the first of its themes (root cause first, then the themes its
    // answer names, each followed by its parent theme) with a playbook of the case's category,
    // otherwise the category's own.
    Playbook forCase(const FollowUpCase& followUp) const;
    Playbook match(ScoreClass category, const QList<qint64>& themeIds) const;
    // The themes a case is about, in the order forCase() tries them.
    QList<qint64> caseThemes(const FollowUpCase& followUp) const;

    // Managers only. add() is for a category and theme not yet covered; save() refuses a stale
    // version (StaleEditError); restoreShipped() gives a category's playbook LoopDesk's words
    // back; remove() deletes a theme's playbook (the category's own stays).
    qint64 add(const Playbook& playbook);
    Playbook save(const Playbook& playbook);
    Playbook restoreShipped(qint64 id);
    void remove(qint64 id);

    // The checklist of one case: which steps were done. Anyone working the case may tick.
    QMap<int, PlaybookStep> steps(qint64 caseId) const;
    void setStepDone(qint64 caseId, int step, const QString& text, bool done);

    // "What worked". An agent marks a resolved or closed case (with its root cause or a theme of
    // its answer) with a note; a manager features it in its theme's playbook or dismisses it.
    void markExemplary(qint64 caseId, const QString& note);
    void curate(qint64 caseId, RecoveryExample::Curation curation);
    std::optional<RecoveryExample> example(qint64 caseId) const;
    QList<RecoveryExample> examples() const; // every marked recovery, newest first
    // Featured recoveries for a case's themes (a theme's examples include its sub-themes').
    QList<RecoveryExample> featuredFor(const QList<qint64>& themeIds) const;

private:
    void requireManager(const QString& refusal) const;
    void audit(const QString& entity, qint64 id, const QString& field, const QString& before,
               const QString& after) const;

    Database& m_db;
    const Clock& m_clock;
    qint64 m_staffId;
};

} // namespace loopdesk::core
