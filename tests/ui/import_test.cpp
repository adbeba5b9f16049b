// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/texttablemodel.h"
#include "domain/clock.h"
#include "import/importpage.h"
#include "import/importwizard.h"
#include "inbox/inboxmodel.h"
#include "inbox/inboxpage.h"
#include "mainwindow/mainwindow.h"
#include "storage/database.h"
#include "storage/statement.h"
#include "uisupport.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>

using namespace loopdesk;
using test::child;
using test::screenshot;

namespace {

const core::ManualClock kClock(QDateTime(QDate(2026, 11, 22), QTime(9, 30), Qt::UTC));

qint64 scalar(core::Database& db, const char* sql)
{
    return core::Statement::scalar(db.connection(), QString::fromUtf8(sql)).toLongLong();
}

// Picks the combo entry whose text contains `text`, as a user would.
void choose(QComboBox* combo, const QString& text)
{
    int found = -1;
    for (int i = 0; i < combo->count() && found < 0; ++i) {
        if (combo->itemText(i).contains(text)) {
            found = i;
        }
    }
    INFO("no entry containing " << text.toStdString() << " in " << combo->objectName().toStdString());
    REQUIRE(found >= 0);
    combo->setCurrentIndex(found);
    Q_EMIT combo->activated(found);
}

// Lets the import thread run until the wizard shows its summary.
void waitForSummary(ui::ImportWizard& wizard)
{
    QElapsedTimer waited;
    waited.start();
    while (wizard.currentId() != ui::ImportWizard::SummaryPage && waited.elapsed() < 120000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    REQUIRE(wizard.currentId() == ui::ImportWizard::SummaryPage);
}

} // namespace

TEST_CASE("the text table model passes the item model tester", "[ui][import]")
{
    ui::TextTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setTable({QStringLiteral("a"), QStringLiteral("b")},
                   {{QStringLiteral("1"), QStringLiteral("two\nlines"), QStringLiteral("extra")}, {}});
    CHECK(model.columnCount() == 3); // the widest row sets the columns
    CHECK(model.rowCount() == 2);
    CHECK(model.data(model.index(0, 1)).toString() == QStringLiteral("two lines"));
    CHECK(model.data(model.index(1, 2)).toString().isEmpty());
    CHECK(model.headerData(2, Qt::Horizontal).toString() == QStringLiteral("3"));
    model.setHeaderToolTips({QStringLiteral("first")});
    CHECK(model.headerData(0, Qt::Horizontal, Qt::ToolTipRole).toString() == QStringLiteral("first"));
    model.setTable({}, {});
    CHECK(model.rowCount() == 0);
}

TEST_CASE("the import wizard asks what it cannot know, then imports the Sudzilla survey", "[ui][import]")
{
    QTemporaryDir dir;
    const auto db = core::Database::open(dir.filePath(QStringLiteral("wizard.db")));
    ui::ImportWizard wizard(*db, kClock);
    wizard.show();
    CHECK_FALSE(wizard.button(QWizard::NextButton)->isEnabled()); // no file yet
    wizard.setFile(test::sharedData("prepbench_sudzilla/input_01.csv"));
    CHECK(wizard.button(QWizard::NextButton)->isEnabled());
    CHECK(child<QLineEdit>(wizard, "importWaveEdit")->placeholderText() == QStringLiteral("input_01"));
    wizard.next();
    REQUIRE(wizard.currentId() == ui::ImportWizard::PreviewPage);

    // Three columns hold 0-10 answers: the wizard asks which is the score, with the preview shown.
    auto* question = child<QLabel>(wizard, "importQuestionLabel");
    CHECK(question->isVisible());
    CHECK(question->text().contains(QStringLiteral("Which column holds the score?")));
    CHECK_FALSE(question->text().contains(QStringLiteral("--map"))); // the wizard's words, not the CLI's
    auto* preview = child<QTableView>(wizard, "importPreviewTable");
    QAbstractItemModelTester tester(preview->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(preview->model()->rowCount() == 20);
    CHECK(child<QComboBox>(wizard, "importPresetCombo")->itemText(0) ==
          QStringLiteral("Recognise (found: google-forms)"));
    CHECK(child<QComboBox>(wizard, "importEncodingCombo")->itemText(0) == QStringLiteral("Detect (found: UTF-8)"));
    CHECK_FALSE(wizard.button(QWizard::CommitButton)->isEnabled());
    screenshot(wizard, "import-wizard-question");

    choose(child<QComboBox>(wizard, "importField_score"), QStringLiteral("how would you rate Sudzilla?"));
    choose(child<QComboBox>(wizard, "importField_comment"), QStringLiteral("...why?"));
    // 11/1/2019: day or month first? Only the user knows.
    CHECK(question->text().contains(QStringLiteral("day first or month first")));
    CHECK_FALSE(wizard.button(QWizard::CommitButton)->isEnabled());
    choose(child<QComboBox>(wizard, "importDateFormatCombo"), QStringLiteral("month first"));
    CHECK_FALSE(question->isVisible());
    CHECK(wizard.button(QWizard::CommitButton)->isEnabled());
    CHECK(preview->model()->headerData(1, Qt::Horizontal).toString().contains(QStringLiteral("→")));
    screenshot(wizard, "import-wizard-preview");

    wizard.next(); // Import
    waitForSummary(wizard);
    CHECK(wizard.summary().imported == 39);
    CHECK(child<QLabel>(wizard, "importSummaryLabel")->text().contains(QStringLiteral("Answers imported: 39")));
    CHECK(scalar(*db, "SELECT count(*) FROM response WHERE score >= 9") == 8);
    CHECK(scalar(*db, "SELECT count(*) FROM response WHERE score <= 6") == 22);
    CHECK(scalar(*db, "SELECT count(*) FROM response WHERE comment = 'Bad service'") == 1);
    CHECK(scalar(*db, "SELECT count(*) FROM followup_case") == 22); // a case for every detractor
    CHECK_FALSE(child<QTableView>(wizard, "importRejectsTable")->isVisible());
}

TEST_CASE("the wizard lists rejected rows with line and reason and saves them", "[ui][import]")
{
    QTemporaryDir dir;
    const auto db = core::Database::open(dir.filePath(QStringLiteral("rejects.db")));
    ui::ImportWizard wizard(*db, kClock);
    wizard.show();
    wizard.setFile(QStringLiteral(LOOPDESK_TEST_DATA_DIR "/import/mixed_quality.csv"));
    wizard.next();
    REQUIRE(wizard.button(QWizard::CommitButton)->isEnabled());
    wizard.next();
    waitForSummary(wizard);
    const core::ImportSummary& s = wizard.summary();
    REQUIRE(s.rejected > 0);
    auto* rejects = child<QTableView>(wizard, "importRejectsTable");
    QAbstractItemModelTester tester(rejects->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(rejects->isVisible());
    CHECK(rejects->model()->rowCount() == s.rejected);
    CHECK(rejects->model()->index(0, 0).data().toString() == QString::number(s.rejects.first().line));
    CHECK(rejects->model()->index(0, 2).data().toString() == s.rejects.first().reason);
    CHECK(child<QLabel>(wizard, "importSummaryLabel")
              ->text()
              .contains(QStringLiteral("Rows rejected: %1").arg(s.rejected)));
    screenshot(wizard, "import-wizard-summary");

    const QString saved = dir.filePath(QStringLiteral("rejected.csv"));
    CHECK(wizard.saveRejects(saved).isEmpty());
    QFile file(saved);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    CHECK(text.contains(s.rejects.first().kind));
    CHECK(text.count(QLatin1Char('\n')) >= s.rejected + 1);
    CHECK_FALSE(wizard.saveRejects(dir.filePath(QStringLiteral("no/such/folder/rejected.csv"))).isEmpty());
}

TEST_CASE("cancelling a running import leaves the database as it was", "[ui][import]")
{
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("big.csv"));
    QByteArray bytes = "response_id,answered_at,score\n";
    for (int i = 0; i < 60000; ++i) {
        bytes += "B" + QByteArray::number(i) + ",2026-01-01," + QByteArray::number(i % 11) + "\n";
    }
    test::writeFile(csv, bytes);
    const auto db = core::Database::open(dir.filePath(QStringLiteral("cancel.db")));
    ui::ImportWizard wizard(*db, kClock);
    wizard.show();
    wizard.setFile(csv);
    wizard.next();
    wizard.next();
    CHECK(wizard.isImporting());
    child<QPushButton>(wizard, "cancelImportButton")->click();
    waitForSummary(wizard);
    CHECK(wizard.summary().cancelled);
    CHECK(child<QLabel>(wizard, "importSummaryLabel")->text().contains(QStringLiteral("cancelled")));
    CHECK(scalar(*db, "SELECT count(*) FROM response") == 0);
    CHECK(scalar(*db, "SELECT count(*) FROM wave") == 0);
    CHECK(scalar(*db, "SELECT count(*) FROM import_batch") == 0);
}

TEST_CASE("an import from the main window fills the inbox and the import history", "[ui][import][mainwindow]")
{
    QTemporaryDir dir;
    ui::MainWindow window(kClock);
    window.show();
    REQUIRE(window.openDatabase(dir.filePath(QStringLiteral("new.db"))).isEmpty());
    CHECK(window.inbox()->model()->totalCount() == 0);
    auto* history = child<QTableView>(window, "importHistoryTable");
    CHECK(history->model()->rowCount() == 0);

    ui::ImportWizard* wizard = window.importPage()->createWizard();
    wizard->show();
    wizard->setFile(QStringLiteral(LOOPDESK_TEST_DATA_DIR "/import/mixed_quality.csv"));
    wizard->next();
    wizard->next();
    waitForSummary(*wizard);
    const qint64 opened = wizard->summary().casesOpened;
    REQUIRE(opened > 0);
    wizard->accept();
    CHECK(window.inbox()->model()->totalCount() == opened);
    CHECK(child<QLabel>(window, "countsLabel")->text().contains(QStringLiteral("%1 open cases").arg(opened)));
    REQUIRE(history->model()->rowCount() == 1);
    CHECK(history->model()->index(0, 1).data().toString() == QStringLiteral("mixed_quality.csv"));
}
