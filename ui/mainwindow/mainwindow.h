// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>
#include <QSet>

#include <memory>

class QComboBox;
class QLabel;
class QListWidget;
class QStackedWidget;
class QSystemTrayIcon;
class QTimer;

namespace loopdesk::core {
class ChangeFeed;
class Clock;
class Database;
} // namespace loopdesk::core

namespace loopdesk::ui {

class ActionsPage;
class DashboardsPage;
class ImportPage;
class InboxPage;
class OverviewPage;
class ReviewPage;
class SettingsPage;

// The application window: navigation on the left, the chosen part of LoopDesk on the right,
// the open database and its size in the status bar.
class MainWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(const core::Clock& clock, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens (creating if needed) the database at `path` and shows it; fills a newly created
    // file with demo data when `demoIfNew`. Returns the reason in plain words on failure and
    // keeps whatever was open before.
    // `password`: a team database's, as typed (never stored).
    QString openDatabase(const QString& path, bool demoIfNew = false, const QString& password = {});
    // As openDatabase(), but tells the user in a dialog when it fails; for a team database it
    // asks for the password when the server wants one (again when it refuses one).
    bool openDatabaseInteractive(const QString& path, bool demoIfNew = false);
    // The settings key of the team database address used last (an address, never a password).
    static QString lastTeamAddressKey();
    core::Database* database() const { return m_database.get(); }
    InboxPage* inbox() const { return m_inbox; }
    ImportPage* importPage() const { return m_importPage; }
    SettingsPage* settingsPage() const { return m_settingsPage; }
    ReviewPage* reviewPage() const { return m_reviewPage; }
    ActionsPage* actionsPage() const { return m_actionsPage; }
    DashboardsPage* dashboardsPage() const { return m_dashboardsPage; }
    // The staff member working in this window (chosen in the toolbar, remembered between runs).
    qint64 actingStaff() const;
    void setActingStaff(const QString& name);

protected:
    void closeEvent(QCloseEvent* event) override;

public Q_SLOTS:
    void refresh();
    // Tells the person working when one of their cases is about to miss its first-contact time
    // (once per case): in the status bar, on the Inbox entry, and as a tray message if there is a tray.
    void checkBreaches();

private:
    void createMenus();
    void chooseAndOpen();
    void chooseTeamDatabase();
    bool openTeamDatabase(const QString& address);
    void chooseAndCreate();
    void backUp();
    void showAbout();
    void showPage(int row);
    void fitNavigation();
    void updateCounts();
    void loadOverview();
    void fillStaff();
    void dropDatabasePages();
    void answersArrived();

    const core::Clock& m_clock;
    std::unique_ptr<core::Database> m_database;
    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_pages = nullptr;
    QWidget* m_noDatabasePage = nullptr;
    QLabel* m_noDatabaseReason = nullptr;
    OverviewPage* m_overview = nullptr;
    InboxPage* m_inbox = nullptr;
    ImportPage* m_importPage = nullptr;
    SettingsPage* m_settingsPage = nullptr;
    ReviewPage* m_reviewPage = nullptr;
    ActionsPage* m_actionsPage = nullptr;
    bool m_reviewStale = true;
    DashboardsPage* m_dashboardsPage = nullptr;
    bool m_dashboardsStale = true;
    QComboBox* m_staff = nullptr;
    qint64 m_answers = 0;
    bool m_overviewStale = true;
    QSystemTrayIcon* m_tray = nullptr;
    QSet<qint64> m_warned; // cases already announced as about to breach
    QLabel* m_pathLabel = nullptr;
    QLabel* m_countsLabel = nullptr;
    std::unique_ptr<core::ChangeFeed> m_changes; // team database: colleagues' changes to cases
    QTimer* m_changeTimer = nullptr;
    bool m_passwordRefused = false; // the last openDatabase() failed for want of a (right) password
};

} // namespace loopdesk::ui
