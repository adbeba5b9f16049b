// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "actions/actionspage.h"
#include "dashboardfixture.h"
#include "domain/clock.h"
#include "mainwindow/mainwindow.h"
#include "storage/actionstore.h"
#include "storage/database.h"
#include "storage/staffstore.h"
#include "storage/themestore.h"
#include "themes/defaulttaxonomy.h"
#include "uisupport.h"

#include <QAbstractItemModelTester>
#include <QChartView>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScatterSeries>
#include <QTableWidget>
#include <QTabWidget>

using namespace loopdesk;
using test::child;

namespace {

const core::ManualClock kClock(QDateTime(QDate(2026, 11, 22), QTime(9, 30), Qt::UTC));

} // namespace

TEST_CASE("actions: propose with themes and a task, approve, start, finish, a rejection needs its words",
          "[ui][actions]")
{
    QTemporaryDir dir;
    const auto db = core::Database::open(dir.filePath(QStringLiteral("a.db")));
    core::ThemeStore themes(*db);
    core::installDefaultTaxonomy(themes);
    const qint64 marta =
        core::StaffStore(*db).add(core::Staff{0, QStringLiteral("Marta"), {}, core::Staff::Role::Manager, true});
    const qint64 ewa =
        core::StaffStore(*db).add(core::Staff{0, QStringLiteral("Ewa"), {}, core::Staff::Role::Agent, true});
    ui::ActionsPage page(*db, kClock);
    page.resize(1300, 800);
    page.show();
    page.setActingStaff(ewa);
    auto* list = child<QTableWidget>(page, "actionsTable");
    QAbstractItemModelTester tester(list->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(list->rowCount() == 0);

    page.startNew();
    child<QLineEdit>(page, "actionTitleEdit")->setText(QStringLiteral("Two-hour delivery slots"));
    child<QDoubleSpinBox>(page, "actionBudgetSpin")->setValue(40000);
    child<QDoubleSpinBox>(page, "actionGainSpin")->setValue(6.5);
    auto* themeList = child<QListWidget>(page, "actionThemesList");
    const QList<QListWidgetItem*> late =
        themeList->findItems(QStringLiteral("Delivery / Late delivery"), Qt::MatchExactly);
    REQUIRE(late.size() == 1);
    late.first()->setCheckState(Qt::Checked);
    child<QPushButton>(page, "addTaskButton")->click();
    child<QTableWidget>(page, "actionTasksTable")->item(0, 0)->setText(QStringLiteral("Pilot in the South"));
    CHECK(page.save().isEmpty());
    REQUIRE(list->rowCount() == 1);
    const core::Action saved = *core::ActionStore(*db).get(page.selectedId());
    CHECK(saved.title == QStringLiteral("Two-hour delivery slots"));
    CHECK(saved.status == core::Action::Status::Proposed);
    CHECK(saved.themeIds == QList<qint64>{themes.findTheme(QStringLiteral("Late delivery"))->id});
    REQUIRE(saved.tasks.size() == 1);
    CHECK(saved.tasks.first().title == QStringLiteral("Pilot in the South"));
    CHECK(child<QPushButton>(page, "actionMove_approved")->isVisibleTo(&page));
    CHECK_FALSE(child<QPushButton>(page, "actionMove_done")->isVisibleTo(&page));

    // An agent cannot approve; a manager can.
    CHECK(page.move(core::Action::Status::Approved).contains(QStringLiteral("Only a manager")));
    page.setActingStaff(marta);
    CHECK(child<QLabel>(page, "actionImpactLabel")->text().startsWith(QStringLiteral("Measured from approval")));
    auto* measure = child<QComboBox>(page, "actionMeasureCombo");
    CHECK(measure->itemText(0) == QStringLiteral("Everyone")); // this database has no segments
    CHECK(measure->isEnabled());
    CHECK(page.move(core::Action::Status::Approved).isEmpty());
    // Approving records the baseline: the label now answers "did it work?" (no answers in this
    // database, so it says there are not enough yet).
    CHECK(child<QLabel>(page, "actionImpactLabel")->text().startsWith(QStringLiteral("Since approval on ")));
    CHECK(child<QLabel>(page, "actionImpactLabel")->text().contains(QStringLiteral("not enough answers")));
    CHECK_FALSE(measure->isEnabled()); // fixed at approval
    CHECK(page.move(core::Action::Status::InProgress).isEmpty());
    CHECK_FALSE(page.move(core::Action::Status::Done).isEmpty()); // the task is open
    child<QTableWidget>(page, "actionTasksTable")->item(0, 3)->setCheckState(Qt::Checked);
    CHECK(page.save().isEmpty());
    CHECK(
        page.move(core::Action::Status::Done, {}, QStringLiteral("Choose a two-hour slot when you order.")).isEmpty());
    CHECK(core::ActionStore(*db).get(page.selectedId())->status == core::Action::Status::Done);
    CHECK(list->item(0, 1)->text() == QStringLiteral("Done"));

    page.startNew();
    child<QLineEdit>(page, "actionTitleEdit")->setText(QStringLiteral("Free returns"));
    child<QDoubleSpinBox>(page, "actionBudgetSpin")->setValue(90000);
    child<QDoubleSpinBox>(page, "actionGainSpin")->setValue(2);
    CHECK(page.save().isEmpty());
    CHECK(page.move(core::Action::Status::Rejected).contains(QStringLiteral("Say why")));
    CHECK(child<QLabel>(page, "actionMessageLabel")->text().contains(QStringLiteral("Say why")));
    CHECK(page.move(core::Action::Status::Rejected, QStringLiteral("Too dear"),
                    QStringLiteral("Free returns would raise prices for everyone."))
              .isEmpty());
    CHECK(child<QLabel>(page, "actionStateLabel")->text().contains(QStringLiteral("Too dear")));

    // The prioritisation chart plots what is still on the plan: not the rejected one.
    const QList<QAbstractSeries*> plotted = child<QChartView>(page, "priorityChart")->chart()->series();
    REQUIRE(plotted.size() == 1);
    auto* series = qobject_cast<QScatterSeries*>(plotted.first());
    REQUIRE(series != nullptr);
    CHECK(series->name() == QStringLiteral("Two-hour delivery slots (+6.5)"));
    REQUIRE(series->count() == 1);
    CHECK(series->at(0) == QPointF(40000, 6.5));
    test::screenshot(page, "actions");
    child<QTabWidget>(page, "actionsTabs")->setCurrentIndex(1);
    test::screenshot(page, "actions-priority");
}

TEST_CASE("the main window has the Actions page and its owners follow the staff list", "[ui][actions]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.db"));
    core::StaffStore(*core::Database::open(path))
        .add(core::Staff{0, QStringLiteral("Marta"), {}, core::Staff::Role::Manager, true});
    ui::MainWindow window(kClock);
    window.show();
    REQUIRE(window.openDatabase(path).isEmpty());
    child<QListWidget>(window, "navigation")->setCurrentRow(3);
    CHECK(window.actionsPage()->isVisible());
    CHECK(child<QComboBox>(window, "actionOwnerCombo")->findText(QStringLiteral("Marta")) > 0);
}

TEST_CASE("actions: an action is measured on the segment chosen, and the label says whose NPS it is", "[ui][actions]")
{
    const core::ManualClock approval(QDateTime(QDate(2026, 4, 1), QTime(10, 0), Qt::UTC));
    test::DashboardFixture f(kClock);
    const qint64 ola =
        core::StaffStore(*f.db).add(core::Staff{0, QStringLiteral("Ola"), {}, core::Staff::Role::Manager, true});
    ui::ActionsPage page(*f.db, approval);
    page.setActingStaff(ola);
    page.startNew();
    child<QLineEdit>(page, "actionTitleEdit")->setText(QStringLiteral("Call South back the same day"));
    auto* measure = child<QComboBox>(page, "actionMeasureCombo");
    const int south = measure->findText(QStringLiteral("region = South"));
    REQUIRE(south > 0);
    measure->setCurrentIndex(south);
    CHECK(page.save().isEmpty());
    const core::Action saved = *core::ActionStore(*f.db).get(page.selectedId());
    CHECK(saved.measureSegment == qMakePair(QStringLiteral("region"), QStringLiteral("South")));
    CHECK(page.move(core::Action::Status::Approved).isEmpty());
    CHECK(child<QLabel>(page, "actionImpactLabel")
              ->text()
              .contains(QStringLiteral("NPS of region = South: not enough answers"))); // none since yet
}
