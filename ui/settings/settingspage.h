// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workflow/caserules.h"

#include <QTabWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTimeEdit;
class QStandardItemModel;
class QTreeView;

namespace loopdesk::core {
class Clock;
class Database;
} // namespace loopdesk::core

namespace loopdesk::ui {

// The team's settings, stored in the database and shared by everyone who opens it: the follow-up
// rules (SLA clock and hours, which answers open cases, holidays, escalation), the staff and
// their roles, and the theme taxonomy with its keywords. Only managers change them once the team
// has a manager. The interface language is this computer's own setting.
class SettingsPage final : public QTabWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsPage)

public:
    SettingsPage(core::Database& db, const core::Clock& clock, QWidget* parent = nullptr);

    // Who is working decides whether the team's settings can be changed here.
    void setActingStaff(qint64 staffId);
    bool canEdit() const { return m_canEdit; }
    // The follow-up rules as the form shows them now.
    core::WorkflowSettings formRules() const;

    static QString languageSettingKey(); // QSettings key of the interface language ("", "en", "pl", "it")

public Q_SLOTS:
    void reload();
    bool saveRules();
    void revertRules();

Q_SIGNALS:
    void staffChanged();
    void rulesChanged();

private:
    QWidget* createRulesTab();
    QWidget* createStaffTab();
    QWidget* createThemesTab();
    QWidget* createLanguageTab();
    void showRules(const core::WorkflowSettings& rules);
    void fillStaff();
    void fillThemes();
    void fillKeywords();
    void showStaffMember(int row);
    void saveStaffMember(bool asNew);
    void addTheme();
    void addKeyword();
    void removeKeyword();
    void changeThemeDepartment();
    void retag();
    void updateEditable();
    qint64 selectedThemeId() const;

    core::Database& m_db;
    qint64 m_staffId = 0;
    bool m_canEdit = true;
    QList<QWidget*> m_teamEditors; // disabled for agents once the team has a manager
    QLabel* m_permission = nullptr;

    QComboBox* m_clock = nullptr;
    QSpinBox* m_hours = nullptr;
    QSpinBox* m_keyHours = nullptr;
    QDoubleSpinBox* m_highValue = nullptr;
    QSpinBox* m_resolutionDays = nullptr;
    QTimeEdit* m_opens = nullptr;
    QTimeEdit* m_closes = nullptr;
    QComboBox* m_timeZone = nullptr;
    QComboBox* m_holidays = nullptr;
    QListWidget* m_daysOff = nullptr;
    QDateEdit* m_dayOff = nullptr;
    QCheckBox* m_passives = nullptr;
    QCheckBox* m_promoters = nullptr;
    QSpinBox* m_unreachable = nullptr;
    QSpinBox* m_escalationWindow = nullptr;
    QComboBox* m_escalateTo = nullptr;
    QDoubleSpinBox* m_agentLimit = nullptr;
    QDoubleSpinBox* m_managerLimit = nullptr;
    QSpinBox* m_approvalHours = nullptr;
    QLabel* m_rulesStatus = nullptr;

    QTableWidget* m_staff = nullptr;
    QLineEdit* m_staffName = nullptr;
    QLineEdit* m_staffEmail = nullptr;
    QComboBox* m_staffRole = nullptr;
    QCheckBox* m_staffActive = nullptr;
    QPushButton* m_saveStaff = nullptr;
    QLabel* m_staffStatus = nullptr;

    QTreeView* m_themes = nullptr;
    QStandardItemModel* m_themeModel = nullptr;
    QComboBox* m_themeDepartment = nullptr;
    QLineEdit* m_newTheme = nullptr;
    QCheckBox* m_asSubtheme = nullptr;
    QTableWidget* m_keywords = nullptr;
    QComboBox* m_keywordLanguage = nullptr;
    QLineEdit* m_keyword = nullptr;
    QLabel* m_themesStatus = nullptr;

    QComboBox* m_language = nullptr;
    class PlaybooksTab* m_playbooks = nullptr;
};

} // namespace loopdesk::ui
