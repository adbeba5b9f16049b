// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/playbook.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace loopdesk::core {
class Clock;
class Database;
} // namespace loopdesk::core

namespace loopdesk::ui {

// Settings → Playbooks: what front-line staff ask, say and aim for, per category and per theme,
// with the checklist each case records; and "what worked": recoveries agents marked as exemplary,
// for a manager to feature in their theme's playbook or dismiss. Managers edit; agents read.
class PlaybooksTab final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlaybooksTab)

public:
    PlaybooksTab(core::Database& db, const core::Clock& clock, QWidget* parent = nullptr);

    void setActingStaff(qint64 staffId);
    void reload();
    // The actions behind the buttons, for the buttons and for tests; each returns what went wrong
    // (empty when it worked) and shows it on the tab.
    QString save();
    QString addForTheme(core::ScoreClass category, qint64 themeId);
    QString restoreShipped();
    QString remove();
    QString curateSelected(core::RecoveryExample::Curation curation);

    static QString title(const core::Playbook& playbook, const QString& themeName);

private:
    void showPlaybook(int row);
    void fillExamples();
    void report(const QString& problem, const QString& success);
    qint64 selectedPlaybookId() const;

    core::Database& m_db;
    const core::Clock& m_clock;
    qint64 m_staffId = 0;
    bool m_canEdit = false;
    core::Playbook m_current;

    QLabel* m_permission = nullptr;
    QListWidget* m_list = nullptr;
    QLineEdit* m_responder = nullptr;
    QSpinBox* m_hours = nullptr;
    QComboBox* m_mode = nullptr;
    QPlainTextEdit* m_ask = nullptr;
    QPlainTextEdit* m_say = nullptr;
    QPlainTextEdit* m_outcome = nullptr;
    QPlainTextEdit* m_checklist = nullptr;
    QLabel* m_origin = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_restore = nullptr;
    QPushButton* m_remove = nullptr;
    QComboBox* m_newCategory = nullptr;
    QComboBox* m_newTheme = nullptr;
    QPushButton* m_add = nullptr;
    QTableWidget* m_examples = nullptr;
    QPushButton* m_feature = nullptr;
    QPushButton* m_dismiss = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace loopdesk::ui
