// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QTableView;
class QTimer;

namespace loopdesk::core {
class Clock;
class Database;
} // namespace loopdesk::core

namespace loopdesk::ui {

class CaseEditor;
class InboxModel;

// Where agents spend their day: saved views on the left, search and filters above the cases
// (sorted by time left), and the selected case in the editor on the right.
class InboxPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InboxPage)

public:
    InboxPage(core::Database& db, const core::Clock& clock, QWidget* parent = nullptr);

    void setActingStaff(qint64 staffId);
    InboxModel* model() const { return m_model; }
    CaseEditor* editor() const { return m_editor; }
    // Shows a case in the editor, asking first when typed edits of another case would be lost.
    bool openCase(qint64 caseId);

public Q_SLOTS:
    // Colleagues changed cases (team database): the list and counts, not the open case.
    void refreshForColleagues();
    void refresh(); // the same view and filters, read again

Q_SIGNALS:
    void casesChanged(); // a case was worked on here

private:
    void applyFilters();
    void fillFilterChoices();
    void updateViewCounts();

    core::Database& m_db;
    const core::Clock& m_clock;
    qint64 m_staffId = 0;
    int m_segmentSlot = 0;
    InboxModel* m_model = nullptr;
    QListWidget* m_views = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_status = nullptr;
    QComboBox* m_owner = nullptr;
    QComboBox* m_wave = nullptr;
    QComboBox* m_segment = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_count = nullptr;
    CaseEditor* m_editor = nullptr;
    QTimer* m_searchDelay = nullptr;
    QTimer* m_clockTick = nullptr;
};

} // namespace loopdesk::ui
