// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/appearance.h"
#include "common/verifiedfiles.h"
#include "demo/demogenerator.h"
#include "domain/clock.h"
#include "mainwindow/mainwindow.h"
#include "overview/databaseoverview.h"
#include "overview/wavetablemodel.h"
#include "storage/casestore.h"
#include "storage/database.h"
#include "uisupport.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>

using namespace loopdesk;
using test::child;
using test::screenshot;

namespace {

const core::ManualClock kClock(QDateTime(QDate(2026, 11, 22), QTime(9, 30), Qt::UTC));

QString makeDemoDatabase(const QTemporaryDir& dir, int responses)
{
    const QString path = dir.filePath(QStringLiteral("demo.db"));
    const auto db = core::Database::open(path);
    core::DemoGenerator(*db, kClock).generate({responses, 11});
    return path;
}

} // namespace

TEST_CASE("the main window shows the overview of a demo database", "[ui][mainwindow]")
{
    QTemporaryDir dir;
    const QString path = makeDemoDatabase(dir, 3000);
    ui::MainWindow window(kClock);
    window.show();
    CHECK(window.openDatabase(path).isEmpty());
    auto* pages = child<QStackedWidget>(window, "pages");
    CHECK(pages->currentWidget()->objectName() == QStringLiteral("inboxPage")); // where agents start
    child<QListWidget>(window, "navigation")->setCurrentRow(1);
    CHECK(pages->currentWidget()->objectName() == QStringLiteral("overviewPage"));
    CHECK(child<QLabel>(window, "responsesTileValue")->text() == QLocale().toString(3000));
    CHECK(child<QLabel>(window, "npsQuarterTileTitle")->text() == QStringLiteral("NPS 2026Q4"));
    CHECK_FALSE(child<QLabel>(window, "npsQuarterTileValue")->text().isEmpty());
    CHECK(child<QLabel>(window, "npsAllTileDetail")->text().contains(QStringLiteral("95 % interval")));
    CHECK(child<QLabel>(window, "npsQuarterTileDetail")->text().contains(QStringLiteral("vs. 2026Q3")));
    CHECK(child<QTableView>(window, "wavesTable")->model()->rowCount() == 12);
    CHECK(child<QLabel>(window, "databasePathLabel")->text().endsWith(QStringLiteral("demo.db")));
    CHECK_FALSE(window.windowIcon().pixmap(64, 64).isNull()); // the SVG icon resource is linked in
    const auto db = core::Database::open(path);
    CHECK(child<QLabel>(window, "casesTileValue")->text() ==
          QLocale().toString(core::loadOverview(*db, kClock).openCases));
    screenshot(window, "overview");
}

TEST_CASE("a file that cannot be opened is explained and the open database stays", "[ui][mainwindow]")
{
    QTemporaryDir dir;
    const QString good = makeDemoDatabase(dir, 200);
    const QString bad = dir.filePath(QStringLiteral("survey.csv"));
    test::writeFile(bad, "Timestamp,Score\n2019-11-01,9\n");
    ui::MainWindow window(kClock);
    REQUIRE(window.openDatabase(good).isEmpty());
    const QString problem = window.openDatabase(bad);
    CHECK(problem.contains(QStringLiteral("not an SQLite file")));
    CHECK(window.database()->path() == good);
    CHECK(child<QStackedWidget>(window, "pages")->currentWidget()->objectName() == QStringLiteral("inboxPage"));
}

TEST_CASE("at start-up, an unreadable database gives a dialog with the reason, not a crash", "[ui][mainwindow]")
{
    QTemporaryDir dir;
    const QString bad = dir.filePath(QStringLiteral("broken.db"));
    test::writeFile(bad, QByteArray("SQLite format 3\0", 16) + QByteArray(8192, 'x'));
    ui::MainWindow window(kClock);
    window.show();
    QString shown;
    QTimer::singleShot(0, [&] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (box) {
            shown = box->text();
            screenshot(*box, "open-error");
            box->accept();
        }
    });
    CHECK_FALSE(window.openDatabaseInteractive(bad));
    CHECK(shown.contains(QStringLiteral("broken.db")));
    CHECK(window.database() == nullptr);
    CHECK(child<QStackedWidget>(window, "pages")->currentWidget()->objectName() == QStringLiteral("noDatabasePage"));
    CHECK(child<QLabel>(window, "noDatabaseReason")->text() == shown);
    screenshot(window, "no-database");
}

TEST_CASE("a new database created at first run is filled with demo data", "[ui][mainwindow]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("first-run.db"));
    ui::MainWindow window(kClock);
    REQUIRE(window.openDatabase(path, true).isEmpty());
    child<QListWidget>(window, "navigation")->setCurrentRow(1); // the overview is read when shown
    CHECK(child<QLabel>(window, "responsesTileValue")->text() != QStringLiteral("0"));
    CHECK_FALSE(child<QLabel>(window, "responsesTileValue")->text().isEmpty());
    // An existing database is never topped up with demo data.
    ui::MainWindow second(kClock);
    const QString empty = dir.filePath(QStringLiteral("empty.db"));
    {
        core::Database::open(empty);
    }
    REQUIRE(second.openDatabase(empty, true).isEmpty());
    child<QListWidget>(second, "navigation")->setCurrentRow(1);
    CHECK(child<QLabel>(second, "responsesTileValue")->text() == QStringLiteral("0"));
}

TEST_CASE("the wave table model passes QAbstractItemModelTester", "[ui][models]")
{
    QTemporaryDir dir;
    const auto db = core::Database::open(makeDemoDatabase(dir, 600));
    ui::WaveTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setWaves(core::loadOverview(*db, kClock).waves);
    CHECK(model.rowCount() == 12);
    CHECK(model.columnCount() == ui::WaveTableModel::ColumnCount);
    CHECK(model.headerData(ui::WaveTableModel::Nps, Qt::Horizontal).toString() == QStringLiteral("NPS"));
    CHECK(model.data(model.index(0, ui::WaveTableModel::Name)).toString().contains(QStringLiteral("2026Q4")));
    CHECK(model.data(model.index(0, ui::WaveTableModel::Nps), Qt::ToolTipRole)
              .toString()
              .contains(QStringLiteral("95 %")));
    model.setWaves({});
    CHECK(model.rowCount() == 0);
}

TEST_CASE("the person working is told once when a case of theirs is about to breach", "[ui][mainwindow]")
{
    QTemporaryDir dir;
    const QString path = makeDemoDatabase(dir, 3000);
    core::ManualClock clock(QDateTime(QDate(2026, 11, 22), QTime(9, 30), Qt::UTC));
    // Find an owner with an uncontacted open case, and stand just before its due time.
    QString owner;
    QDateTime due;
    {
        const auto db = core::Database::open(path);
        core::CaseFilter open;
        open.openOnly = true;
        for (const core::CaseListRow& row : core::CaseStore(*db).list(open)) {
            if (!row.owner.isEmpty() && !row.followUp.firstContactAt.isValid() &&
                row.followUp.firstContactDue > clock.nowUtc()) {
                owner = row.owner;
                due = row.followUp.firstContactDue;
                break;
            }
        }
    }
    REQUIRE_FALSE(owner.isEmpty());
    clock.setNow(due.addSecs(-3600));
    ui::MainWindow window(clock);
    REQUIRE(window.openDatabase(path).isEmpty());
    window.setActingStaff(owner);
    QStatusBar* status = window.statusBar();
    CHECK(status->currentMessage().startsWith(QStringLiteral("Call soon:")));
    CHECK(status->currentMessage().contains(QStringLiteral("is due in 1 h 0 min")));
    CHECK(child<QListWidget>(window, "navigation")->item(0)->text().contains(QStringLiteral("due soon")));
    status->clearMessage();
    window.checkBreaches();
    CHECK(status->currentMessage().isEmpty()); // once per case
}

TEST_CASE("light and dark palettes: chosen in the View menu, remembered, and overdue stays readable",
          "[ui][mainwindow][appearance]")
{
    QTemporaryDir dir;
    const QString path = makeDemoDatabase(dir, 2000);
    ui::MainWindow window(kClock);
    window.resize(1400, 900);
    window.show();
    REQUIRE(window.openDatabase(path).isEmpty());
    auto* navigation = child<QListWidget>(window, "navigation");
    for (int row = 0; row < navigation->count(); ++row) {
        const QIcon icon = navigation->item(row)->icon();
        CHECK_FALSE(icon.pixmap(40, 40).isNull()); // SVG, sharp at any scale
        // White on the selection, so the selected entry's icon does not vanish into it.
        CHECK(icon.pixmap(20, 20, QIcon::Selected).toImage() != icon.pixmap(20, 20).toImage());
    }

    auto* dark = window.findChild<QAction*>(QStringLiteral("appearanceAction%1").arg(int(ui::Appearance::Dark)));
    REQUIRE(dark != nullptr);
    dark->trigger();
    CHECK(ui::savedAppearance() == ui::Appearance::Dark);
    CHECK(ui::isDark());
    CHECK(QApplication::palette().color(QPalette::Base).lightness() < 60);
    // The overdue colour stands out from the dark background as much as it does from white.
    const auto contrast = [](QColor a, QColor b) { return std::abs(a.lightness() - b.lightness()); };
    CHECK(contrast(ui::dangerColor(), QApplication::palette().color(QPalette::Base)) > 100);
    screenshot(window, "main-dark");

    window.findChild<QAction*>(QStringLiteral("appearanceAction%1").arg(int(ui::Appearance::Light)))->trigger();
    CHECK_FALSE(ui::isDark());
    CHECK(contrast(ui::dangerColor(), QApplication::palette().color(QPalette::Base)) > 100);
    window.findChild<QAction*>(QStringLiteral("appearanceAction%1").arg(int(ui::Appearance::System)))->trigger();
    CHECK(ui::savedAppearance() == ui::Appearance::System);
}

TEST_CASE("a database file LoopDesk left is remembered until someone else changes it", "[ui][mainwindow]")
{
    const QTemporaryDir dir;
    const QString path = makeDemoDatabase(dir, 20);
    ui::rememberAsVerified(path);
    CHECK(ui::rememberedFingerprint(path) == core::Database::fileFingerprint(path));
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::Append));
        file.write(QByteArray(4096, '\0')); // another program appends to it
    }
    CHECK(ui::rememberedFingerprint(path) != core::Database::fileFingerprint(path));
    CHECK(ui::rememberedFingerprint(dir.filePath(QStringLiteral("other.db"))).isEmpty());
}
