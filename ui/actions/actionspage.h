// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/action.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;
class QTabWidget;

class QChartView;
class QScatterSeries;

namespace loopdesk::core {
class Clock;
class Database;
} // namespace loopdesk::core

namespace loopdesk::ui {

// The action plan: every action with its status and progress; the selected one to edit, with its
// themes and tasks and the moves its status allows; and the plan as expected NPS gain against
// cost, to decide what to do first.
class ActionsPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActionsPage)

public:
    ActionsPage(core::Database& db, const core::Clock& clock, QWidget* parent = nullptr);

    void setActingStaff(qint64 staffId);
    qint64 selectedId() const { return m_current.id; }
    // Moves the selected action; a rejection takes the reason and the message to customers.
    // Returns the problem in words, empty when done.
    QString move(core::Action::Status to, const QString& reason = {}, const QString& customerMessage = {});
    QString save();  // the form into the selected action, or a new one
    void startNew(); // an empty form for a new proposal
    // A new proposal for a theme, with the gain the what-if expects from fixing it.
    void startProposal(qint64 themeId, double expectedGain);
    QChartView* priorityChart() const { return m_chart; }

public Q_SLOTS:
    void refresh();

private:
    void showAction(const core::Action& action);
    void fillMeasures(); // everyone, and every segment value the answers carry
    core::Action formAction() const;
    void select(qint64 id);
    void fillChart(const QList<core::Action>& actions);
    void askAndMove(core::Action::Status to);
    void report(const QString& problem, const QString& done);

    core::Database& m_db;
    const core::Clock& m_clock;
    qint64 m_staffId = 0;
    core::Action m_current;

    QTabWidget* m_tabs = nullptr;
    QTableWidget* m_list = nullptr;
    QLineEdit* m_title = nullptr;
    QComboBox* m_level = nullptr;
    QComboBox* m_owner = nullptr;
    QLineEdit* m_participants = nullptr;
    QLineEdit* m_scope = nullptr;
    QDateEdit* m_deadline = nullptr;
    QDoubleSpinBox* m_budget = nullptr;
    QLineEdit* m_metric = nullptr;
    QLineEdit* m_target = nullptr;
    QDoubleSpinBox* m_gain = nullptr;
    QListWidget* m_themes = nullptr;
    QTableWidget* m_tasks = nullptr;
    QLabel* m_state = nullptr;
    QLabel* m_impact = nullptr;
    QComboBox* m_measure = nullptr;
    QLabel* m_message = nullptr;
    QList<QPushButton*> m_moves; // one per status, shown when legal
    QChartView* m_chart = nullptr;
};

} // namespace loopdesk::ui
