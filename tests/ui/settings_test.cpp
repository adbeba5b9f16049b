// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/demogenerator.h"
#include "domain/clock.h"
#include "mainwindow/mainwindow.h"
#include "settings/settingspage.h"
#include "storage/database.h"
#include "storage/settingsstore.h"
#include "storage/staffstore.h"
#include "storage/themestore.h"
#include "uisupport.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimeEdit>
#include <QTreeView>

using namespace loopdesk;
using test::child;
using test::screenshot;

namespace {

const core::ManualClock kClock(QDateTime(QDate(2026, 11, 22), QTime(9, 30), Qt::UTC));

struct DemoDatabase {
    QTemporaryDir dir;
    std::unique_ptr<core::Database> db = [this] {
        auto opened = core::Database::open(dir.filePath(QStringLiteral("settings.db")));
        core::DemoGenerator(*opened, kClock).generate({600, 5});
        return opened;
    }();
    qint64 staffId(const char* name) const { return core::StaffStore(*db).findByName(QString::fromUtf8(name))->id; }
};

void pick(QComboBox* combo, const QVariant& data)
{
    const int index = combo->findData(data);
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
    Q_EMIT combo->activated(index);
}

} // namespace

TEST_CASE("settings: a manager changes the follow-up rules, nonsense is refused in words", "[ui][settings]")
{
    DemoDatabase demo;
    ui::SettingsPage page(*demo.db, kClock);
    page.resize(1100, 700);
    page.show();
    page.setActingStaff(demo.staffId("Marta Zielińska"));
    REQUIRE(page.canEdit());
    QSignalSpy changed(&page, &ui::SettingsPage::rulesChanged);

    pick(child<QComboBox>(page, "slaClockCombo"), int(core::SlaClock::BusinessHours));
    child<QSpinBox>(page, "firstContactHoursSpin")->setValue(24);
    child<QSpinBox>(page, "keyAccountHoursSpin")->setValue(4);
    child<QTimeEdit>(page, "opensTimeEdit")->setTime(QTime(9, 0));
    child<QTimeEdit>(page, "closesTimeEdit")->setTime(QTime(18, 0));
    pick(child<QComboBox>(page, "holidaysCombo"), QStringLiteral("it"));
    child<QDateEdit>(page, "dayOffEdit")->setDate(QDate(2026, 12, 24));
    child<QPushButton>(page, "addDayOffButton")->click();
    child<QPushButton>(page, "addDayOffButton")->click(); // the same day twice is one day
    CHECK(child<QListWidget>(page, "extraDaysOffList")->count() == 1);
    child<QCheckBox>(page, "passiveCasesCheck")->setChecked(true);
    pick(child<QComboBox>(page, "escalateToCombo"), QStringLiteral("Davide Conti"));
    screenshot(page, "settings-rules");
    child<QPushButton>(page, "saveRulesButton")->click();
    INFO(child<QLabel>(page, "rulesStatusLabel")->text().toStdString());
    CHECK(changed.count() == 1);
    CHECK(child<QLabel>(page, "rulesStatusLabel")->text().startsWith(QStringLiteral("Saved.")));

    core::SettingsStore store(*demo.db);
    const core::WorkflowSettings saved = core::WorkflowSettings::load(store);
    CHECK(saved.clock == core::SlaClock::BusinessHours);
    CHECK(saved.firstContactHours == 24);
    CHECK(saved.keyAccountHours == 4);
    CHECK(saved.opens == QTime(9, 0));
    CHECK(saved.closes == QTime(18, 0));
    CHECK(saved.holidays == QStringLiteral("it"));
    CHECK(saved.extraDaysOff == QList<QDate>{QDate(2026, 12, 24)});
    CHECK(saved.passiveCases);
    CHECK(saved.escalateTo == QStringLiteral("Davide Conti"));

    // Opening hours backwards and an unknown zone are refused, and nothing is written.
    child<QTimeEdit>(page, "opensTimeEdit")->setTime(QTime(18, 0));
    child<QTimeEdit>(page, "closesTimeEdit")->setTime(QTime(9, 0));
    CHECK_FALSE(page.saveRules());
    CHECK(child<QLabel>(page, "rulesStatusLabel")->text().contains(QStringLiteral("Opening hours")));
    child<QTimeEdit>(page, "closesTimeEdit")->setTime(QTime(20, 0));
    child<QComboBox>(page, "timeZoneCombo")->setCurrentText(QStringLiteral("Mars/Olympus"));
    CHECK_FALSE(page.saveRules());
    CHECK(child<QLabel>(page, "rulesStatusLabel")->text().contains(QStringLiteral("Mars/Olympus")));
    CHECK(core::WorkflowSettings::load(store).opens == QTime(9, 0));
    child<QPushButton>(page, "revertRulesButton")->click();
    CHECK(child<QTimeEdit>(page, "opensTimeEdit")->time() == QTime(9, 0));
    CHECK(changed.count() == 1);
}

TEST_CASE("settings: an agent sees the team's rules but cannot change them", "[ui][settings]")
{
    DemoDatabase demo;
    ui::SettingsPage page(*demo.db, kClock);
    page.show();
    page.setActingStaff(demo.staffId("Ewa Malinowska"));
    CHECK_FALSE(page.canEdit());
    CHECK(child<QLabel>(page, "settingsPermissionLabel")->isVisible());
    CHECK(child<QLabel>(page, "settingsPermissionLabel")->text().contains(QStringLiteral("Ewa Malinowska")));
    CHECK_FALSE(child<QPushButton>(page, "saveRulesButton")->isEnabled());
    CHECK_FALSE(child<QPushButton>(page, "addStaffButton")->isEnabled());
    CHECK_FALSE(page.saveRules());
    page.setActingStaff(demo.staffId("Davide Conti"));
    CHECK(page.canEdit());
    CHECK(child<QPushButton>(page, "saveRulesButton")->isEnabled());
}

TEST_CASE("settings: staff are added and edited, a second person of the same name is refused", "[ui][settings]")
{
    DemoDatabase demo;
    ui::SettingsPage page(*demo.db, kClock);
    page.show();
    page.setActingStaff(demo.staffId("Marta Zielińska"));
    page.setCurrentIndex(1);
    auto* table = child<QTableWidget>(page, "staffTable");
    QAbstractItemModelTester tester(table->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    const int before = table->rowCount();
    QSignalSpy changed(&page, &ui::SettingsPage::staffChanged);

    child<QLineEdit>(page, "staffNameEdit")->setText(QStringLiteral("Zofia Nowak"));
    child<QLineEdit>(page, "staffEmailEdit")->setText(QStringLiteral("zofia@example.com"));
    pick(child<QComboBox>(page, "staffRoleCombo"), int(core::Staff::Role::Agent));
    child<QPushButton>(page, "addStaffButton")->click();
    CHECK(table->rowCount() == before + 1);
    CHECK(changed.count() == 1);
    const auto zofia = core::StaffStore(*demo.db).findByName(QStringLiteral("Zofia Nowak"));
    REQUIRE(zofia.has_value());
    CHECK(zofia->email == QStringLiteral("zofia@example.com"));
    screenshot(page, "settings-staff");

    // She is selected: make her a manager.
    CHECK(child<QLineEdit>(page, "staffNameEdit")->text() == QStringLiteral("Zofia Nowak"));
    pick(child<QComboBox>(page, "staffRoleCombo"), int(core::Staff::Role::Manager));
    child<QPushButton>(page, "saveStaffButton")->click();
    CHECK(core::StaffStore(*demo.db).get(zofia->id)->role == core::Staff::Role::Manager);

    child<QPushButton>(page, "addStaffButton")->click(); // the same name again
    CHECK(table->rowCount() == before + 1);
    CHECK(child<QLabel>(page, "staffStatusLabel")->text().contains(QStringLiteral("already on the staff list")));
    child<QLineEdit>(page, "staffNameEdit")->setText(QStringLiteral("Jan Kowalski"));
    child<QLineEdit>(page, "staffEmailEdit")->setText(QStringLiteral("not-an-address"));
    child<QPushButton>(page, "addStaffButton")->click();
    CHECK(child<QLabel>(page, "staffStatusLabel")->text().contains(QStringLiteral("not an e-mail address")));
    CHECK_FALSE(core::StaffStore(*demo.db).findByName(QStringLiteral("Jan Kowalski")).has_value());
}

TEST_CASE("settings: a new theme gets a keyword and a department, and re-tagging applies it", "[ui][settings]")
{
    DemoDatabase demo;
    ui::SettingsPage page(*demo.db, kClock);
    page.resize(1100, 700);
    page.show();
    page.setActingStaff(demo.staffId("Marta Zielińska"));
    page.setCurrentIndex(2);
    auto* tree = child<QTreeView>(page, "themesTree");
    QAbstractItemModelTester tester(tree->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(tree->model()->rowCount() > 0); // the demo's taxonomy

    child<QLineEdit>(page, "newThemeEdit")->setText(QStringLiteral("Parking"));
    child<QPushButton>(page, "addThemeButton")->click();
    const auto parking = core::ThemeStore(*demo.db).findTheme(QStringLiteral("Parking"));
    REQUIRE(parking.has_value());
    CHECK(tree->currentIndex().data().toString() == QStringLiteral("Parking"));
    child<QPushButton>(page, "addThemeButton")->click(); // empty name now
    CHECK(child<QLabel>(page, "themesStatusLabel")->text().contains(QStringLiteral("name")));

    pick(child<QComboBox>(page, "keywordLanguageCombo"), QStringLiteral("en"));
    child<QLineEdit>(page, "keywordEdit")->setText(QStringLiteral("Parking"));
    child<QPushButton>(page, "addKeywordButton")->click();
    CHECK(child<QTableWidget>(page, "keywordsTable")->rowCount() == 1);
    CHECK(child<QTableWidget>(page, "keywordsTable")->item(0, 1)->text() == QStringLiteral("parking"));
    child<QLineEdit>(page, "keywordEdit")->setText(QStringLiteral("parking"));
    child<QPushButton>(page, "addKeywordButton")->click();
    CHECK(child<QTableWidget>(page, "keywordsTable")->rowCount() == 1); // once is enough

    auto* department = child<QComboBox>(page, "themeDepartmentCombo");
    REQUIRE(department->count() > 1);
    pick(department, department->itemData(1));
    CHECK(core::ThemeStore(*demo.db).getTheme(parking->id)->departmentId == department->itemData(1).toLongLong());

    child<QPushButton>(page, "retagButton")->click();
    CHECK(child<QLabel>(page, "themesStatusLabel")->text().startsWith(QStringLiteral("Comments read:")));
    screenshot(page, "settings-themes");

    child<QTableWidget>(page, "keywordsTable")->setCurrentCell(0, 0);
    child<QPushButton>(page, "removeKeywordButton")->click();
    CHECK(child<QTableWidget>(page, "keywordsTable")->rowCount() == 0);
}

TEST_CASE("settings: the interface language is remembered on this computer", "[ui][settings]")
{
    DemoDatabase demo;
    ui::SettingsPage page(*demo.db, kClock);
    page.show();
    pick(child<QComboBox>(page, "languageCombo"), QStringLiteral("pl"));
    CHECK(QSettings().value(ui::SettingsPage::languageSettingKey()).toString() == QStringLiteral("pl"));
    ui::SettingsPage again(*demo.db, kClock);
    CHECK(child<QComboBox>(again, "languageCombo")->currentData().toString() == QStringLiteral("pl"));
    QSettings().remove(ui::SettingsPage::languageSettingKey());
}

TEST_CASE("the main window's settings follow who is working, and new staff can work at once", "[ui][settings]")
{
    DemoDatabase demo;
    const QString path = demo.db->path();
    demo.db.reset();
    ui::MainWindow window(kClock);
    window.show();
    REQUIRE(window.openDatabase(path).isEmpty());
    window.setActingStaff(QStringLiteral("Ewa Malinowska"));
    CHECK_FALSE(window.settingsPage()->canEdit());
    window.setActingStaff(QStringLiteral("Marta Zielińska"));
    CHECK(window.settingsPage()->canEdit());
    child<QLineEdit>(window, "staffNameEdit")->setText(QStringLiteral("Zofia Nowak"));
    child<QPushButton>(window, "addStaffButton")->click();
    auto* who = child<QComboBox>(window, "currentStaffCombo");
    CHECK(who->findText(QStringLiteral("Zofia Nowak")) >= 0);
    CHECK(who->currentText() == QStringLiteral("Marta Zielińska (manager)")); // still working as Marta
}
