// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/settingspage.h"

#include "common/appearance.h"
#include "settings/playbookstab.h"

#include "storage/database.h"
#include "storage/settingsstore.h"
#include "storage/staffstore.h"
#include "storage/themestore.h"
#include "themes/themetagger.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTableWidget>
#include <QTimeEdit>
#include <QTimeZone>
#include <QTreeView>
#include <QVBoxLayout>

namespace loopdesk::ui {
namespace {

constexpr int kIdRole = Qt::UserRole;

void showStatus(QLabel* label, const QString& text, bool problem)
{
    label->setText(text);
    label->setStyleSheet(statusStyle(problem));
}

QString roleTitle(core::Staff::Role role)
{
    return role == core::Staff::Role::Manager ? SettingsPage::tr("Manager") : SettingsPage::tr("Agent");
}

} // namespace

SettingsPage::SettingsPage(core::Database& db, const core::Clock& clock, QWidget* parent)
    : QTabWidget(parent)
    , m_db(db)
{
    setObjectName(QStringLiteral("settingsPage"));
    setAccessibleName(tr("Settings"));
    addTab(createRulesTab(), tr("&Follow-up rules"));
    addTab(createStaffTab(), tr("S&taff"));
    addTab(createThemesTab(), tr("T&hemes"));
    m_playbooks = new PlaybooksTab(db, clock, this);
    addTab(m_playbooks, tr("&Playbooks"));
    addTab(createLanguageTab(), tr("&Language"));
    reload();
}

QString SettingsPage::languageSettingKey()
{
    return QStringLiteral("ui/language");
}

QWidget* SettingsPage::createRulesTab()
{
    auto* tab = new QWidget(this);
    tab->setObjectName(QStringLiteral("rulesTab"));
    auto* outer = new QVBoxLayout(tab);
    m_permission = new QLabel(tab);
    m_permission->setObjectName(QStringLiteral("settingsPermissionLabel"));
    m_permission->setWordWrap(true);
    outer->addWidget(m_permission);
    auto* columns = new QHBoxLayout;
    outer->addLayout(columns);

    auto* sla = new QGroupBox(tr("Time to first contact"), tab);
    auto* slaForm = new QFormLayout(sla);
    m_clock = new QComboBox(sla);
    m_clock->setObjectName(QStringLiteral("slaClockCombo"));
    m_clock->addItem(tr("Calendar hours (every hour counts)"), int(core::SlaClock::CalendarHours));
    m_clock->addItem(tr("Working days (weekends and holidays pause it)"), int(core::SlaClock::WorkingDays));
    m_clock->addItem(tr("Business hours (only opening hours count)"), int(core::SlaClock::BusinessHours));
    slaForm->addRow(tr("SLA &clock:"), m_clock);
    const auto spin = [&](QWidget* parent, const char* name, int low, int high, const QString& suffix) {
        auto* box = new QSpinBox(parent);
        box->setObjectName(QString::fromLatin1(name));
        box->setRange(low, high);
        box->setSuffix(suffix);
        return box;
    };
    m_hours = spin(sla, "firstContactHoursSpin", 1, 24 * 60, tr(" h"));
    slaForm->addRow(tr("First contact &within:"), m_hours);
    m_keyHours = spin(sla, "keyAccountHoursSpin", 1, 24 * 60, tr(" h"));
    m_keyHours->setToolTip(tr("Key accounts and high-value customers are called back sooner."));
    slaForm->addRow(tr("&Key accounts within:"), m_keyHours);
    m_highValue = new QDoubleSpinBox(sla);
    m_highValue->setObjectName(QStringLiteral("highValueSpin"));
    m_highValue->setRange(0, 1e12);
    m_highValue->setDecimals(0);
    m_highValue->setSpecialValueText(tr("off"));
    m_highValue->setToolTip(tr("Customers worth at least this much get the key-account time; 0 turns it off."));
    slaForm->addRow(tr("&High-value customers from:"), m_highValue);
    m_resolutionDays = spin(sla, "resolutionDaysSpin", 1, 365, tr(" days"));
    slaForm->addRow(tr("&Resolved within:"), m_resolutionDays);
    auto* hoursRow = new QHBoxLayout;
    m_opens = new QTimeEdit(sla);
    m_opens->setObjectName(QStringLiteral("opensTimeEdit"));
    m_opens->setDisplayFormat(QStringLiteral("HH:mm"));
    m_opens->setAccessibleName(tr("Opens at"));
    m_closes = new QTimeEdit(sla);
    m_closes->setObjectName(QStringLiteral("closesTimeEdit"));
    m_closes->setDisplayFormat(QStringLiteral("HH:mm"));
    m_closes->setAccessibleName(tr("Closes at"));
    hoursRow->addWidget(m_opens);
    hoursRow->addWidget(new QLabel(tr("to"), sla));
    hoursRow->addWidget(m_closes);
    hoursRow->addStretch(1);
    auto* hoursLabel = new QLabel(tr("&Opening hours:"), sla);
    hoursLabel->setBuddy(m_opens);
    slaForm->addRow(hoursLabel, hoursRow);
    m_timeZone = new QComboBox(sla);
    m_timeZone->setObjectName(QStringLiteral("timeZoneCombo"));
    m_timeZone->setEditable(true);
    m_timeZone->setInsertPolicy(QComboBox::NoInsert);
    for (const QByteArray& zone : QTimeZone::availableTimeZoneIds()) {
        m_timeZone->addItem(QString::fromUtf8(zone));
    }
    slaForm->addRow(tr("Time &zone:"), m_timeZone);
    connect(m_clock, &QComboBox::currentIndexChanged, this, [this] {
        const bool business = m_clock->currentData().toInt() == int(core::SlaClock::BusinessHours);
        m_opens->setEnabled(business && m_canEdit);
        m_closes->setEnabled(business && m_canEdit);
    });
    columns->addWidget(sla, 1);

    auto* right = new QVBoxLayout;
    auto* holidays = new QGroupBox(tr("Days off"), tab);
    auto* holidaysForm = new QFormLayout(holidays);
    m_holidays = new QComboBox(holidays);
    m_holidays->setObjectName(QStringLiteral("holidaysCombo"));
    m_holidays->addItem(tr("Poland"), QStringLiteral("pl"));
    m_holidays->addItem(tr("Italy"), QStringLiteral("it"));
    m_holidays->addItem(tr("None"), QStringLiteral("none"));
    holidaysForm->addRow(tr("Public &holidays of:"), m_holidays);
    m_daysOff = new QListWidget(holidays);
    m_daysOff->setObjectName(QStringLiteral("extraDaysOffList"));
    m_daysOff->setAccessibleName(tr("Company days off"));
    m_daysOff->setMaximumHeight(110);
    holidaysForm->addRow(tr("Company days off:"), m_daysOff);
    auto* dayRow = new QHBoxLayout;
    m_dayOff = new QDateEdit(QDate::currentDate(), holidays);
    m_dayOff->setObjectName(QStringLiteral("dayOffEdit"));
    m_dayOff->setCalendarPopup(true);
    m_dayOff->setAccessibleName(tr("Day off to add"));
    auto* addDay = new QPushButton(tr("&Add day"), holidays);
    addDay->setObjectName(QStringLiteral("addDayOffButton"));
    auto* removeDay = new QPushButton(tr("Re&move"), holidays);
    removeDay->setObjectName(QStringLiteral("removeDayOffButton"));
    connect(addDay, &QPushButton::clicked, this, [this] {
        const QString text = m_dayOff->date().toString(Qt::ISODate);
        if (m_daysOff->findItems(text, Qt::MatchExactly).isEmpty()) {
            m_daysOff->addItem(text);
            m_daysOff->sortItems();
        }
    });
    connect(removeDay, &QPushButton::clicked, this, [this] { delete m_daysOff->currentItem(); });
    dayRow->addWidget(m_dayOff);
    dayRow->addWidget(addDay);
    dayRow->addWidget(removeDay);
    dayRow->addStretch(1);
    holidaysForm->addRow(QString(), dayRow);
    right->addWidget(holidays);

    auto* cases = new QGroupBox(tr("Cases"), tab);
    auto* casesForm = new QFormLayout(cases);
    m_passives = new QCheckBox(tr("Open a case for &passives too (7–8)"), cases);
    m_passives->setObjectName(QStringLiteral("passiveCasesCheck"));
    m_promoters = new QCheckBox(tr("Open a case for p&romoters too (9–10): thank them"), cases);
    m_promoters->setObjectName(QStringLiteral("promoterCasesCheck"));
    casesForm->addRow(m_passives);
    casesForm->addRow(m_promoters);
    m_unreachable = spin(cases, "unreachableSpin", 1, 20, tr(" failed attempts"));
    casesForm->addRow(tr("&Unreachable after:"), m_unreachable);
    m_escalationWindow = spin(cases, "escalationWindowSpin", 0, 24 * 14, tr(" h before due"));
    casesForm->addRow(tr("&Escalate from:"), m_escalationWindow);
    m_escalateTo = new QComboBox(cases);
    m_escalateTo->setObjectName(QStringLiteral("escalateToCombo"));
    casesForm->addRow(tr("Hand escalated cases &to:"), m_escalateTo);
    right->addWidget(cases);

    auto* empowerment = new QGroupBox(tr("Compensation limits"), tab);
    empowerment->setToolTip(tr("What each role may offer a customer on its own. Above it, the case waits for a "
                               "manager's approval and cannot be closed before."));
    auto* empowermentForm = new QFormLayout(empowerment);
    const auto money = [empowerment](const char* name, const QString& zero) {
        auto* box = new QDoubleSpinBox(empowerment);
        box->setObjectName(QString::fromLatin1(name));
        box->setRange(0, 1e9);
        box->setDecimals(2);
        box->setSpecialValueText(zero);
        return box;
    };
    m_agentLimit = money("agentLimitSpin", tr("nothing without approval"));
    empowermentForm->addRow(tr("A&gents may offer up to:"), m_agentLimit);
    m_managerLimit = money("managerLimitSpin", tr("no limit"));
    empowermentForm->addRow(tr("Ma&nagers may offer up to:"), m_managerLimit);
    m_approvalHours = spin(empowerment, "approvalHoursSpin", 1, 24 * 14, tr(" h"));
    m_approvalHours->setToolTip(tr("Counted on the same clock as first contact."));
    empowermentForm->addRow(tr("A manager deci&des within:"), m_approvalHours);
    right->addWidget(empowerment);
    right->addStretch(1);
    columns->addLayout(right, 1);

    auto* buttons = new QHBoxLayout;
    m_rulesStatus = new QLabel(tab);
    m_rulesStatus->setObjectName(QStringLiteral("rulesStatusLabel"));
    m_rulesStatus->setWordWrap(true);
    buttons->addWidget(m_rulesStatus, 1);
    auto* revert = new QPushButton(tr("Re&vert"), tab);
    revert->setObjectName(QStringLiteral("revertRulesButton"));
    auto* save = new QPushButton(tr("&Save rules"), tab);
    save->setObjectName(QStringLiteral("saveRulesButton"));
    save->setShortcut(QKeySequence::Save);
    save->setToolTip(tr("Ctrl+S"));
    connect(revert, &QPushButton::clicked, this, &SettingsPage::revertRules);
    connect(save, &QPushButton::clicked, this, &SettingsPage::saveRules);
    buttons->addWidget(revert);
    buttons->addWidget(save);
    outer->addLayout(buttons);
    outer->addStretch(1);

    m_teamEditors << m_agentLimit << m_managerLimit << m_approvalHours;
    m_teamEditors << m_clock << m_hours << m_keyHours << m_highValue << m_resolutionDays << m_timeZone << m_holidays
                  << m_daysOff << m_dayOff << addDay << removeDay << m_passives << m_promoters << m_unreachable
                  << m_escalationWindow << m_escalateTo << revert << save;
    return tab;
}

QWidget* SettingsPage::createStaffTab()
{
    auto* tab = new QWidget(this);
    tab->setObjectName(QStringLiteral("staffTab"));
    auto* layout = new QVBoxLayout(tab);
    m_staff = new QTableWidget(0, 4, tab);
    m_staff->setObjectName(QStringLiteral("staffTable"));
    m_staff->setAccessibleName(tr("Staff"));
    m_staff->setHorizontalHeaderLabels({tr("Name"), tr("E-mail"), tr("Role"), tr("Active")});
    m_staff->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_staff->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_staff->setSelectionMode(QAbstractItemView::SingleSelection);
    m_staff->verticalHeader()->hide();
    m_staff->horizontalHeader()->setStretchLastSection(true);
    connect(m_staff, &QTableWidget::currentCellChanged, this, [this](int row) { showStaffMember(row); });
    layout->addWidget(m_staff, 1);

    auto* form = new QFormLayout;
    m_staffName = new QLineEdit(tab);
    m_staffName->setObjectName(QStringLiteral("staffNameEdit"));
    form->addRow(tr("&Name:"), m_staffName);
    m_staffEmail = new QLineEdit(tab);
    m_staffEmail->setObjectName(QStringLiteral("staffEmailEdit"));
    form->addRow(tr("&E-mail:"), m_staffEmail);
    m_staffRole = new QComboBox(tab);
    m_staffRole->setObjectName(QStringLiteral("staffRoleCombo"));
    m_staffRole->addItem(roleTitle(core::Staff::Role::Agent), int(core::Staff::Role::Agent));
    m_staffRole->addItem(roleTitle(core::Staff::Role::Manager), int(core::Staff::Role::Manager));
    form->addRow(tr("&Role:"), m_staffRole);
    m_staffActive = new QCheckBox(tr("Active (works cases; can be assigned)"), tab);
    m_staffActive->setObjectName(QStringLiteral("staffActiveCheck"));
    m_staffActive->setChecked(true);
    form->addRow(QString(), m_staffActive);
    layout->addLayout(form);
    auto* buttons = new QHBoxLayout;
    m_staffStatus = new QLabel(tab);
    m_staffStatus->setObjectName(QStringLiteral("staffStatusLabel"));
    m_staffStatus->setWordWrap(true);
    buttons->addWidget(m_staffStatus, 1);
    auto* add = new QPushButton(tr("A&dd as new"), tab);
    add->setObjectName(QStringLiteral("addStaffButton"));
    m_saveStaff = new QPushButton(tr("Sa&ve changes"), tab);
    m_saveStaff->setObjectName(QStringLiteral("saveStaffButton"));
    connect(add, &QPushButton::clicked, this, [this] { saveStaffMember(true); });
    connect(m_saveStaff, &QPushButton::clicked, this, [this] { saveStaffMember(false); });
    buttons->addWidget(add);
    buttons->addWidget(m_saveStaff);
    layout->addLayout(buttons);
    m_teamEditors << m_staffName << m_staffEmail << m_staffRole << m_staffActive << add << m_saveStaff;
    return tab;
}

QWidget* SettingsPage::createThemesTab()
{
    auto* tab = new QWidget(this);
    tab->setObjectName(QStringLiteral("themesTab"));
    auto* layout = new QHBoxLayout(tab);

    auto* left = new QVBoxLayout;
    m_themeModel = new QStandardItemModel(this);
    m_themes = new QTreeView(tab);
    m_themes->setObjectName(QStringLiteral("themesTree"));
    m_themes->setAccessibleName(tr("Themes"));
    m_themes->setModel(m_themeModel);
    m_themes->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_themes->setSelectionBehavior(QAbstractItemView::SelectRows);
    connect(m_themes->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        fillKeywords();
        const auto theme = core::ThemeStore(m_db).getTheme(selectedThemeId());
        const QSignalBlocker quiet(m_themeDepartment);
        m_themeDepartment->setCurrentIndex(std::max(0, m_themeDepartment->findData(theme ? theme->departmentId : 0)));
    });
    left->addWidget(m_themes, 1);
    auto* departmentRow = new QFormLayout;
    m_themeDepartment = new QComboBox(tab);
    m_themeDepartment->setObjectName(QStringLiteral("themeDepartmentCombo"));
    m_themeDepartment->setToolTip(tr("The department that fixes what this theme is about: closing a case with it "
                                     "as the root cause routes it there."));
    connect(m_themeDepartment, &QComboBox::activated, this, &SettingsPage::changeThemeDepartment);
    departmentRow->addRow(tr("Fixed by &department:"), m_themeDepartment);
    left->addLayout(departmentRow);
    auto* addRow = new QHBoxLayout;
    m_newTheme = new QLineEdit(tab);
    m_newTheme->setObjectName(QStringLiteral("newThemeEdit"));
    m_newTheme->setPlaceholderText(tr("New theme, e.g. Parking"));
    m_newTheme->setAccessibleName(tr("New theme name"));
    m_asSubtheme = new QCheckBox(tr("under the selected theme"), tab);
    m_asSubtheme->setObjectName(QStringLiteral("asSubthemeCheck"));
    auto* addTheme = new QPushButton(tr("Add &theme"), tab);
    addTheme->setObjectName(QStringLiteral("addThemeButton"));
    connect(addTheme, &QPushButton::clicked, this, &SettingsPage::addTheme);
    connect(m_newTheme, &QLineEdit::returnPressed, this, &SettingsPage::addTheme);
    addRow->addWidget(m_newTheme, 1);
    addRow->addWidget(m_asSubtheme);
    addRow->addWidget(addTheme);
    left->addLayout(addRow);
    layout->addLayout(left, 3);

    auto* right = new QVBoxLayout;
    auto* keywordsTitle = new QLabel(tr("<b>Keywords</b> – a word stem (\"deliver\" matches \"delivery\") or a "
                                        "phrase of stems; a comment is read with the keywords of its language."),
                                     tab);
    keywordsTitle->setWordWrap(true);
    right->addWidget(keywordsTitle);
    m_keywords = new QTableWidget(0, 2, tab);
    m_keywords->setObjectName(QStringLiteral("keywordsTable"));
    m_keywords->setAccessibleName(tr("Keywords of the selected theme"));
    m_keywords->setHorizontalHeaderLabels({tr("Language"), tr("Keyword")});
    m_keywords->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_keywords->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_keywords->verticalHeader()->hide();
    m_keywords->horizontalHeader()->setStretchLastSection(true);
    right->addWidget(m_keywords, 1);
    auto* keywordRow = new QHBoxLayout;
    m_keywordLanguage = new QComboBox(tab);
    m_keywordLanguage->setObjectName(QStringLiteral("keywordLanguageCombo"));
    m_keywordLanguage->setAccessibleName(tr("Keyword language"));
    m_keywordLanguage->addItem(tr("Polish"), QStringLiteral("pl"));
    m_keywordLanguage->addItem(tr("Italian"), QStringLiteral("it"));
    m_keywordLanguage->addItem(tr("English"), QStringLiteral("en"));
    m_keyword = new QLineEdit(tab);
    m_keyword->setObjectName(QStringLiteral("keywordEdit"));
    m_keyword->setAccessibleName(tr("New keyword"));
    m_keyword->setPlaceholderText(tr("e.g. parking"));
    auto* addKeyword = new QPushButton(tr("Add &keyword"), tab);
    addKeyword->setObjectName(QStringLiteral("addKeywordButton"));
    auto* removeKeyword = new QPushButton(tr("Remove"), tab);
    removeKeyword->setObjectName(QStringLiteral("removeKeywordButton"));
    connect(addKeyword, &QPushButton::clicked, this, &SettingsPage::addKeyword);
    connect(m_keyword, &QLineEdit::returnPressed, this, &SettingsPage::addKeyword);
    connect(removeKeyword, &QPushButton::clicked, this, &SettingsPage::removeKeyword);
    keywordRow->addWidget(m_keywordLanguage);
    keywordRow->addWidget(m_keyword, 1);
    keywordRow->addWidget(addKeyword);
    keywordRow->addWidget(removeKeyword);
    right->addLayout(keywordRow);
    auto* retagRow = new QHBoxLayout;
    m_themesStatus = new QLabel(tab);
    m_themesStatus->setObjectName(QStringLiteral("themesStatusLabel"));
    m_themesStatus->setWordWrap(true);
    retagRow->addWidget(m_themesStatus, 1);
    auto* retag = new QPushButton(tr("Re-tag all &comments"), tab);
    retag->setObjectName(QStringLiteral("retagButton"));
    retag->setToolTip(tr("Reads every comment again with the current keywords. Themes set or removed by hand "
                         "stay as they are."));
    connect(retag, &QPushButton::clicked, this, &SettingsPage::retag);
    retagRow->addWidget(retag);
    right->addLayout(retagRow);
    layout->addLayout(right, 2);
    m_teamEditors << m_themeDepartment << m_newTheme << m_asSubtheme << addTheme << m_keywordLanguage << m_keyword
                  << addKeyword << removeKeyword << retag;
    return tab;
}

QWidget* SettingsPage::createLanguageTab()
{
    auto* tab = new QWidget(this);
    tab->setObjectName(QStringLiteral("languageTab"));
    auto* layout = new QFormLayout(tab);
    m_language = new QComboBox(tab);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(tr("As the system (%1)").arg(QLocale::system().nativeLanguageName()), QString());
    // no-tr: each language is offered in its own name, readable whatever the interface says now.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));  // no-tr: native name
    m_language->addItem(QStringLiteral("Polski"), QStringLiteral("pl"));   // no-tr: native name
    m_language->addItem(QStringLiteral("Italiano"), QStringLiteral("it")); // no-tr: native name
    m_language->setCurrentIndex(std::max(0, m_language->findData(QSettings().value(languageSettingKey()).toString())));
    auto* note = new QLabel(tr("The language of LoopDesk on this computer. It applies from the next start; "
                               "the team's data and settings do not change."),
                            tab);
    note->setWordWrap(true);
    connect(m_language, &QComboBox::activated, this,
            [this] { QSettings().setValue(languageSettingKey(), m_language->currentData().toString()); });
    layout->addRow(tr("Interface &language:"), m_language);
    layout->addRow(QString(), note);
    return tab;
}

void SettingsPage::setActingStaff(qint64 staffId)
{
    m_staffId = staffId;
    updateEditable();
    m_playbooks->setActingStaff(staffId);
}

void SettingsPage::updateEditable()
{
    const QList<core::Staff> staff = core::StaffStore(m_db).all();
    const bool anyManager = std::any_of(staff.begin(), staff.end(), [](const core::Staff& s) {
        return s.active && s.role == core::Staff::Role::Manager;
    });
    const auto me =
        std::find_if(staff.begin(), staff.end(), [this](const core::Staff& s) { return s.id == m_staffId; });
    m_canEdit = !anyManager || (me != staff.end() && me->role == core::Staff::Role::Manager);
    for (QWidget* editor : std::as_const(m_teamEditors)) {
        editor->setEnabled(m_canEdit);
    }
    const bool business = m_clock->currentData().toInt() == int(core::SlaClock::BusinessHours);
    m_opens->setEnabled(business && m_canEdit);
    m_closes->setEnabled(business && m_canEdit);
    m_permission->setText(m_canEdit ? QString()
                                    : tr("These settings are the team's: only a manager changes them. You are "
                                         "working as %1.")
                                          .arg(me != staff.end() ? me->name : tr("nobody")));
    m_permission->setVisible(!m_canEdit);
}

void SettingsPage::reload()
{
    fillStaff();
    revertRules();
    fillThemes();
    updateEditable();
    m_playbooks->reload();
}

void SettingsPage::revertRules()
{
    core::SettingsStore store(m_db);
    showRules(core::WorkflowSettings::load(store));
    m_rulesStatus->clear();
}

void SettingsPage::showRules(const core::WorkflowSettings& rules)
{
    m_clock->setCurrentIndex(std::max(0, m_clock->findData(int(rules.clock))));
    m_hours->setValue(rules.firstContactHours);
    m_keyHours->setValue(rules.keyAccountHours);
    m_highValue->setValue(rules.highValueFrom);
    m_resolutionDays->setValue(rules.resolutionDays);
    m_opens->setTime(rules.opens);
    m_closes->setTime(rules.closes);
    m_timeZone->setCurrentText(QString::fromUtf8(rules.timeZone));
    m_holidays->setCurrentIndex(std::max(0, m_holidays->findData(rules.holidays)));
    m_daysOff->clear();
    for (QDate day : rules.extraDaysOff) {
        m_daysOff->addItem(day.toString(Qt::ISODate));
    }
    m_passives->setChecked(rules.passiveCases);
    m_promoters->setChecked(rules.promoterCases);
    m_unreachable->setValue(rules.unreachableAfter);
    m_escalationWindow->setValue(rules.escalationWindowHours);
    m_escalateTo->clear();
    m_escalateTo->addItem(tr("nobody – flag them only"), QString());
    for (const core::Staff& s : core::StaffStore(m_db).all()) {
        if (s.active) {
            m_escalateTo->addItem(s.name, s.name);
        }
    }
    m_escalateTo->setCurrentIndex(std::max(0, m_escalateTo->findData(rules.escalateTo)));
    m_agentLimit->setValue(rules.agentCompensationLimit);
    m_managerLimit->setValue(rules.managerCompensationLimit);
    m_approvalHours->setValue(rules.approvalHours);
}

core::WorkflowSettings SettingsPage::formRules() const
{
    core::WorkflowSettings rules;
    rules.clock = static_cast<core::SlaClock>(m_clock->currentData().toInt());
    rules.firstContactHours = m_hours->value();
    rules.keyAccountHours = m_keyHours->value();
    rules.highValueFrom = m_highValue->value();
    rules.resolutionDays = m_resolutionDays->value();
    rules.opens = m_opens->time();
    rules.closes = m_closes->time();
    rules.timeZone = m_timeZone->currentText().trimmed().toUtf8();
    rules.holidays = m_holidays->currentData().toString();
    for (int i = 0; i < m_daysOff->count(); ++i) {
        rules.extraDaysOff << QDate::fromString(m_daysOff->item(i)->text(), Qt::ISODate);
    }
    rules.passiveCases = m_passives->isChecked();
    rules.promoterCases = m_promoters->isChecked();
    rules.unreachableAfter = m_unreachable->value();
    rules.escalationWindowHours = m_escalationWindow->value();
    rules.escalateTo = m_escalateTo->currentData().toString();
    rules.agentCompensationLimit = m_agentLimit->value();
    rules.managerCompensationLimit = m_managerLimit->value();
    rules.approvalHours = m_approvalHours->value();
    return rules;
}

bool SettingsPage::saveRules()
{
    if (!m_canEdit) {
        return false;
    }
    const core::WorkflowSettings rules = formRules();
    if (!QTimeZone(rules.timeZone).isValid()) {
        showStatus(m_rulesStatus,
                   tr("\"%1\" is not a time zone LoopDesk knows; pick one from the list, such as "
                      "Europe/Warsaw.")
                       .arg(QString::fromUtf8(rules.timeZone)),
                   true);
        return false;
    }
    if (rules.clock == core::SlaClock::BusinessHours && rules.opens >= rules.closes) {
        showStatus(
            m_rulesStatus,
            tr("Opening hours must start before they end (%1 to %2).")
                .arg(rules.opens.toString(QStringLiteral("HH:mm")), rules.closes.toString(QStringLiteral("HH:mm"))),
            true);
        return false;
    }
    try {
        core::SettingsStore store(m_db);
        core::Transaction transaction(m_db);
        rules.save(store);
        transaction.commit();
    } catch (const core::StorageError& error) {
        showStatus(m_rulesStatus, tr("Not saved: %1").arg(error.message()), true);
        return false;
    }
    showStatus(m_rulesStatus,
               tr("Saved. Answers imported from now on get these rules; open cases keep their due times."), false);
    Q_EMIT rulesChanged();
    return true;
}

void SettingsPage::fillStaff()
{
    const QSignalBlocker quiet(m_staff);
    const qint64 selected = m_staff->currentRow() >= 0 && m_staff->item(m_staff->currentRow(), 0)
                                ? m_staff->item(m_staff->currentRow(), 0)->data(kIdRole).toLongLong()
                                : 0;
    const QList<core::Staff> staff = core::StaffStore(m_db).all();
    m_staff->setRowCount(static_cast<int>(staff.size()));
    int selectRow = -1;
    for (int row = 0; row < staff.size(); ++row) {
        const core::Staff& s = staff.at(row);
        auto* name = new QTableWidgetItem(s.name);
        name->setData(kIdRole, s.id);
        m_staff->setItem(row, 0, name);
        m_staff->setItem(row, 1, new QTableWidgetItem(s.email));
        m_staff->setItem(row, 2, new QTableWidgetItem(roleTitle(s.role)));
        m_staff->setItem(row, 3, new QTableWidgetItem(s.active ? tr("yes") : tr("no")));
        if (s.id == selected) {
            selectRow = row;
        }
    }
    m_staff->resizeColumnsToContents();
    m_staff->setCurrentCell(selectRow, 0);
    showStaffMember(selectRow);
}

void SettingsPage::showStaffMember(int row)
{
    const QTableWidgetItem* item = row >= 0 ? m_staff->item(row, 0) : nullptr;
    const auto member = item ? core::StaffStore(m_db).get(item->data(kIdRole).toLongLong()) : std::nullopt;
    m_staffName->setText(member ? member->name : QString());
    m_staffEmail->setText(member ? member->email : QString());
    m_staffRole->setCurrentIndex(
        std::max(0, m_staffRole->findData(int(member ? member->role : core::Staff::Role::Agent))));
    m_staffActive->setChecked(member ? member->active : true);
    m_saveStaff->setEnabled(member.has_value() && m_canEdit);
}

void SettingsPage::saveStaffMember(bool asNew)
{
    core::Staff member;
    if (!asNew) {
        const QTableWidgetItem* item = m_staff->currentRow() >= 0 ? m_staff->item(m_staff->currentRow(), 0) : nullptr;
        if (!item) {
            return;
        }
        member.id = item->data(kIdRole).toLongLong();
    }
    member.name = m_staffName->text().simplified();
    member.email = m_staffEmail->text().trimmed();
    member.role = static_cast<core::Staff::Role>(m_staffRole->currentData().toInt());
    member.active = m_staffActive->isChecked();
    if (member.name.isEmpty()) {
        showStatus(m_staffStatus, tr("A staff member needs a name."), true);
        return;
    }
    if (!member.email.isEmpty() && !member.email.contains(QLatin1Char('@'))) {
        showStatus(m_staffStatus, tr("\"%1\" is not an e-mail address.").arg(member.email), true);
        return;
    }
    core::StaffStore store(m_db);
    if (const auto same = store.findByName(member.name); same && same->id != member.id) {
        showStatus(m_staffStatus, tr("%1 is already on the staff list.").arg(member.name), true);
        return;
    }
    try {
        if (asNew) {
            member.id = store.add(member);
        } else {
            store.update(member);
        }
    } catch (const core::StorageError& error) {
        showStatus(m_staffStatus, tr("Not saved: %1").arg(error.message()), true);
        return;
    }
    fillStaff();
    for (int row = 0; row < m_staff->rowCount(); ++row) {
        if (m_staff->item(row, 0)->data(kIdRole).toLongLong() == member.id) {
            m_staff->setCurrentCell(row, 0);
        }
    }
    showStatus(m_staffStatus, asNew ? tr("%1 added.").arg(member.name) : tr("%1 saved.").arg(member.name), false);
    revertRules(); // the escalation list names the staff
    updateEditable();
    Q_EMIT staffChanged();
}

qint64 SettingsPage::selectedThemeId() const
{
    return m_themes->currentIndex().siblingAtColumn(0).data(kIdRole).toLongLong();
}

void SettingsPage::fillThemes()
{
    const qint64 selected = selectedThemeId();
    core::ThemeStore store(m_db);
    {
        const QSignalBlocker quiet(m_themeDepartment);
        m_themeDepartment->clear();
        m_themeDepartment->addItem(tr("— none —"), qint64(0));
        for (const core::Department& d : store.departments()) {
            m_themeDepartment->addItem(d.name, d.id);
        }
    }
    QHash<qint64, QString> departments;
    for (const core::Department& d : store.departments()) {
        departments.insert(d.id, d.name);
    }
    const QHash<qint64, qint64> counts = store.taggedAnswerCounts();
    const QLocale locale;
    m_themeModel->clear();
    m_themeModel->setHorizontalHeaderLabels({tr("Theme"), tr("Department"), tr("Answers")});
    QHash<qint64, QStandardItem*> items;
    QModelIndex current;
    for (const core::Theme& theme : store.themes()) { // parents before children
        auto* name = new QStandardItem(theme.name);
        name->setData(theme.id, kIdRole);
        auto* department = new QStandardItem(departments.value(theme.departmentId));
        auto* count = new QStandardItem(locale.toString(counts.value(theme.id)));
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        QStandardItem* parent = items.value(theme.parentId, m_themeModel->invisibleRootItem());
        parent->appendRow({name, department, count});
        items.insert(theme.id, name);
        if (theme.id == selected) {
            current = name->index();
        }
    }
    m_themes->expandAll();
    m_themes->resizeColumnToContents(0);
    m_themes->resizeColumnToContents(1);
    if (current.isValid()) {
        m_themes->setCurrentIndex(current);
    }
    fillKeywords();
}

void SettingsPage::fillKeywords()
{
    const qint64 theme = selectedThemeId();
    m_keywords->setRowCount(0);
    for (const core::ThemeKeyword& keyword : core::ThemeStore(m_db).keywords()) {
        if (keyword.themeId != theme) {
            continue;
        }
        const int row = m_keywords->rowCount();
        m_keywords->insertRow(row);
        auto* language = new QTableWidgetItem(keyword.language);
        language->setData(kIdRole, keyword.id);
        m_keywords->setItem(row, 0, language);
        m_keywords->setItem(row, 1, new QTableWidgetItem(keyword.pattern));
    }
}

void SettingsPage::addTheme()
{
    const QString name = m_newTheme->text().simplified();
    if (name.isEmpty()) {
        showStatus(m_themesStatus, tr("Type the new theme's name first."), true);
        return;
    }
    core::Theme theme;
    theme.name = name;
    theme.parentId = m_asSubtheme->isChecked() ? selectedThemeId() : 0;
    try {
        core::ThemeStore store(m_db);
        for (const core::Theme& existing : store.themes()) {
            if (existing.parentId == theme.parentId && existing.name.compare(name, Qt::CaseInsensitive) == 0) {
                showStatus(m_themesStatus, tr("There is already a theme called %1 here.").arg(existing.name), true);
                return;
            }
        }
        theme.id = store.addTheme(theme);
    } catch (const core::StorageError& error) {
        showStatus(m_themesStatus, tr("Not added: %1").arg(error.message()), true);
        return;
    }
    m_newTheme->clear();
    fillThemes();
    const QModelIndexList found =
        m_themeModel->match(m_themeModel->index(0, 0), kIdRole, theme.id, 1, Qt::MatchExactly | Qt::MatchRecursive);
    if (!found.isEmpty()) {
        m_themes->setCurrentIndex(found.first());
    }
    showStatus(m_themesStatus, tr("Theme %1 added: give it keywords, then re-tag the comments.").arg(name), false);
}

void SettingsPage::addKeyword()
{
    const qint64 theme = selectedThemeId();
    const QString pattern = m_keyword->text().simplified().toLower();
    if (theme == 0) {
        showStatus(m_themesStatus, tr("Select the theme the keyword belongs to."), true);
        return;
    }
    if (pattern.isEmpty()) {
        showStatus(m_themesStatus, tr("Type the keyword first."), true);
        return;
    }
    const QString language = m_keywordLanguage->currentData().toString();
    core::ThemeStore store(m_db);
    for (const core::ThemeKeyword& k : store.keywords()) {
        if (k.themeId == theme && k.language == language && k.pattern == pattern) {
            showStatus(m_themesStatus, tr("This theme already has the keyword \"%1\".").arg(pattern), true);
            return;
        }
    }
    try {
        store.addKeyword(core::ThemeKeyword{0, theme, language, pattern});
    } catch (const core::StorageError& error) {
        showStatus(m_themesStatus, tr("Not added: %1").arg(error.message()), true);
        return;
    }
    m_keyword->clear();
    fillKeywords();
    showStatus(m_themesStatus,
               tr("Keyword \"%1\" added. Re-tag the comments to apply it to past answers.").arg(pattern), false);
}

void SettingsPage::removeKeyword()
{
    const int row = m_keywords->currentRow();
    if (row < 0) {
        return;
    }
    const QString pattern = m_keywords->item(row, 1)->text();
    try {
        core::ThemeStore(m_db).removeKeyword(m_keywords->item(row, 0)->data(kIdRole).toLongLong());
    } catch (const core::StorageError& error) {
        showStatus(m_themesStatus, tr("Not removed: %1").arg(error.message()), true);
        return;
    }
    fillKeywords();
    showStatus(m_themesStatus, tr("Keyword \"%1\" removed.").arg(pattern), false);
}

void SettingsPage::changeThemeDepartment()
{
    core::ThemeStore store(m_db);
    auto theme = store.getTheme(selectedThemeId());
    if (!theme) {
        return;
    }
    theme->departmentId = m_themeDepartment->currentData().toLongLong();
    try {
        store.updateTheme(*theme);
    } catch (const core::StorageError& error) {
        showStatus(m_themesStatus, tr("Not saved: %1").arg(error.message()), true);
        return;
    }
    fillThemes();
    showStatus(m_themesStatus, tr("%1 is now fixed by %2.").arg(theme->name, m_themeDepartment->currentText()), false);
}

void SettingsPage::retag()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        const core::TaggingSummary summary = core::retagAllComments(m_db);
        QApplication::restoreOverrideCursor();
        const QLocale locale;
        showStatus(m_themesStatus,
                   tr("Comments read: %1; answers with a theme: %2; themes set by hand kept: %3.")
                       .arg(locale.toString(summary.answersRead), locale.toString(summary.answersTagged),
                            locale.toString(summary.manualTagsKept)),
                   false);
    } catch (const core::StorageError& error) {
        QApplication::restoreOverrideCursor();
        showStatus(m_themesStatus, tr("Re-tagging failed and changed nothing: %1").arg(error.message()), true);
        return;
    }
    fillThemes();
}

} // namespace loopdesk::ui
