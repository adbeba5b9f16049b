// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QTableView;

namespace loopdesk::core {
class Clock;
class Database;
} // namespace loopdesk::core

namespace loopdesk::ui {

class ImportWizard;
class TextTableModel;

// Where survey files come in: the button that starts the import wizard, and every import so
// far with what it brought and what it rejected.
class ImportPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportPage)

public:
    ImportPage(core::Database& db, const core::Clock& clock, QWidget* parent = nullptr);

    // The wizard, not yet shown (tests drive it; the button shows it modally).
    ImportWizard* createWizard();

public Q_SLOTS:
    void startImport();
    void refresh();

Q_SIGNALS:
    void imported(); // new answers (and maybe cases) are in the database

private:
    core::Database& m_db;
    const core::Clock& m_clock;
    TextTableModel* m_model = nullptr;
    QTableView* m_history = nullptr;
    QLabel* m_empty = nullptr;
};

} // namespace loopdesk::ui
