// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace loopdesk::ui {

// "Open team database…": where the shared database is (server, port, database, login), shown as
// the address LoopDesk will use, postgresql://login@server:port/database. There is no password
// field: the password is asked for when the server wants one, and never stored.
class TeamDatabaseDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamDatabaseDialog)

public:
    // Filled from `address` (the one used last), else with this machine's defaults.
    explicit TeamDatabaseDialog(const QString& address, QWidget* parent = nullptr);

    // The address made of the fields; empty until server, database and login are all given.
    QString address() const;

private:
    void updateAddress();

    QLineEdit* m_host = nullptr;
    QSpinBox* m_port = nullptr;
    QLineEdit* m_database = nullptr;
    QLineEdit* m_login = nullptr;
    QLabel* m_preview = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

// Asks for the password of a team database's login, the reason shown above the field (the
// server refused the last one, or wants one). Nothing when the person cancels.
std::optional<QString> askTeamPassword(QWidget* parent, const QString& address, const QString& reason);

} // namespace loopdesk::ui
