// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/demogenerator.h"
#include "domain/clock.h"
#include "inbox/caseeditor.h"
#include "inbox/inboxmodel.h"
#include "inbox/inboxpage.h"
#include "mainwindow/mainwindow.h"
#include "storage/casestore.h"
#include "storage/database.h"
#include "storage/staffstore.h"
#include "storage/statement.h"
#include "uisupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QThread>

using namespace loopdesk;
using test::child;
using test::screenshot;

namespace {

core::ManualClock clock0()
{
    return core::ManualClock(QDateTime(QDate(2026, 11, 22), QTime(9, 30), Qt::UTC));
}

QString demoDatabase(const QTemporaryDir& dir, const core::Clock& clock, int responses = 3000)
{
    const QString path = dir.filePath(QStringLiteral("inbox.db"));
    const auto db = core::Database::open(path);
    core::DemoGenerator(*db, clock).generate({responses, 7});
    return path;
}

} // namespace

TEST_CASE("time left reads as people say it", "[ui][inbox]")
{
    const QDateTime now(QDate(2026, 11, 22), QTime(12, 0), Qt::UTC);
    core::FollowUpCase c;
    c.firstContactDue = now.addSecs(5 * 3600 + 120);
    CHECK(ui::timeLeftText(c, now) == QStringLiteral("5 h left"));
    c.firstContactDue = now.addSecs(-3 * 3600 - 60);
    CHECK(ui::timeLeftText(c, now) == QStringLiteral("3 h overdue"));
    c.firstContactDue = now.addSecs(20 * 60);
    CHECK(ui::timeLeftText(c, now) == QStringLiteral("20 min left"));
    c.firstContactDue = now.addSecs(50 * 3600);
    CHECK(ui::timeLeftText(c, now) == QStringLiteral("2 d 2 h left"));
    c.firstContactAt = now.addSecs(-60);
    CHECK(ui::timeLeftText(c, now) == QStringLiteral("contacted"));
    c.status = core::FollowUpCase::Status::Closed;
    CHECK(ui::timeLeftText(c, now) == QStringLiteral("closed"));
}

TEST_CASE("the inbox model reads a page at a time and passes the model tester", "[ui][inbox][model]")
{
    QTemporaryDir dir;
    const core::ManualClock clock = clock0();
    const auto db = core::Database::open(demoDatabase(dir, clock));
    ui::InboxModel model(*db, clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    core::InboxQuery all;
    all.view = core::InboxView::All;
    model.setQuery(all);
    REQUIRE(model.totalCount() > ui::InboxModel::kPageSize);
    CHECK(model.rowCount() == ui::InboxModel::kPageSize); // lazily: one page
    REQUIRE(model.canFetchMore({}));
    model.fetchMore({});
    CHECK(model.rowCount() == std::min<qint64>(2 * ui::InboxModel::kPageSize, model.totalCount()));
    while (model.canFetchMore({})) {
        model.fetchMore({});
    }
    CHECK(model.rowCount() == model.totalCount());

    // Sorted by time left: cases waiting for a first contact first, then by due time.
    core::InboxQuery open;
    model.setQuery(open);
    while (model.canFetchMore({})) {
        model.fetchMore({});
    }
    for (int row = 1; row < model.rowCount(); ++row) {
        const core::FollowUpCase& a = model.rowAt(row - 1).followUp;
        const core::FollowUpCase& b = model.rowAt(row).followUp;
        const bool aWaits = !a.firstContactAt.isValid();
        const bool bWaits = !b.firstContactAt.isValid();
        CHECK((aWaits > bWaits || (aWaits == bWaits && a.firstContactDue <= b.firstContactDue)));
    }
    CHECK_FALSE(model.rowAt(0).followUp.firstContactAt.isValid());
    model.sort(ui::InboxModel::Score, Qt::DescendingOrder);
    for (int row = 1; row < model.rowCount(); ++row) {
        CHECK(model.rowAt(row - 1).score >= model.rowAt(row).score);
    }
    model.tick();
    const QString shown = model.data(model.index(0, ui::InboxModel::TimeLeft)).toString();
    CHECK((shown.contains(QStringLiteral("left")) || shown.contains(QStringLiteral("overdue")) ||
           shown.contains(QStringLiteral("contacted"))));
}

TEST_CASE("an agent filters the inbox, opens a case, logs attempts and closes it", "[ui][inbox]")
{
    QTemporaryDir dir;
    const core::ManualClock clock = clock0();
    const QString path = demoDatabase(dir, clock);
    ui::MainWindow window(clock);
    window.resize(1400, 860);
    window.show();
    REQUIRE(window.openDatabase(path).isEmpty());
    window.setActingStaff(QStringLiteral("Ewa Malinowska"));
    ui::InboxPage& inbox = *window.inbox();
    auto* table = child<QTableView>(inbox, "inboxTable");
    auto* views = child<QListWidget>(inbox, "inboxViews");

    // Saved views: "Overdue" shows only cases not contacted by their due time.
    views->setCurrentRow(3);
    const qint64 overdue = inbox.model()->totalCount();
    CHECK(views->item(3)->text().contains(QString::number(overdue)));
    for (int row = 0; row < inbox.model()->rowCount(); ++row) {
        const core::FollowUpCase& c = inbox.model()->rowAt(row).followUp;
        CHECK_FALSE(c.firstContactAt.isValid());
        CHECK(c.firstContactDue < clock.nowUtc());
    }
    views->setCurrentRow(6); // All open
    const qint64 allOpen = inbox.model()->totalCount();
    CHECK(allOpen >= overdue);

    // Search narrows it down, and clears again.
    auto* search = child<QLineEdit>(inbox, "inboxSearch");
    const QString customer = inbox.model()->rowAt(0).customer;
    REQUIRE_FALSE(customer.isEmpty());
    search->setText(customer);
    for (int i = 0; i < 50 && inbox.model()->totalCount() == allOpen; ++i) {
        QThread::msleep(10);
        QApplication::processEvents();
    }
    CHECK(inbox.model()->totalCount() < allOpen);
    CHECK(inbox.model()->rowAt(0).customer.contains(customer));
    search->clear();
    for (int i = 0; i < 50 && inbox.model()->totalCount() != allOpen; ++i) {
        QThread::msleep(10);
        QApplication::processEvents();
    }
    CHECK(inbox.model()->totalCount() == allOpen);

    // A filter by owner.
    auto* owner = child<QComboBox>(inbox, "ownerFilter");
    owner->setCurrentIndex(owner->findText(QStringLiteral("Kamil Górski")));
    Q_EMIT owner->activated(owner->currentIndex());
    for (int row = 0; row < inbox.model()->rowCount(); ++row) {
        CHECK(inbox.model()->rowAt(row).owner == QStringLiteral("Kamil Górski"));
    }
    owner->setCurrentIndex(0);
    Q_EMIT owner->activated(0);

    // Open the most urgent new case, take it, log a failed and a reached attempt, close it.
    int row = 0;
    while (row < inbox.model()->rowCount() &&
           inbox.model()->rowAt(row).followUp.status != core::FollowUpCase::Status::New) {
        ++row;
    }
    REQUIRE(row < inbox.model()->rowCount());
    const qint64 caseId = inbox.model()->rowAt(row).followUp.id;
    table->selectRow(row);
    ui::CaseEditor& editor = *inbox.editor();
    REQUIRE(editor.caseId() == caseId);
    CHECK_FALSE(child<QLabel>(editor, "caseTitle")->text().isEmpty());
    const QString links = child<QLabel>(editor, "contactLinks")->text();
    CHECK((links.contains(QStringLiteral("tel:")) || links.contains(QStringLiteral("mailto:"))));
    if (links.contains(QStringLiteral("mailto:"))) {
        CHECK(links.contains(QStringLiteral("subject=")));
    }
    CHECK_FALSE(child<QPushButton>(editor, "closeButton")->isEnabled()); // a new case cannot be closed
    CHECK_FALSE(child<QPushButton>(editor, "reopenButton")->isEnabled());
    screenshot(window, "inbox");

    child<QPushButton>(editor, "takeButton")->click();
    CHECK(editor.currentCase().ownerId ==
          core::StaffStore(*window.database()).findByName(QStringLiteral("Ewa Malinowska"))->id);
    child<QLineEdit>(editor, "attemptNotes")->setText(QStringLiteral("Voicemail"));
    CHECK(editor.hasUnsavedEdits());
    child<QPushButton>(editor, "logAttemptButton")->click();
    CHECK_FALSE(editor.hasUnsavedEdits());
    CHECK(editor.currentCase().status == core::FollowUpCase::Status::Contacting);
    child<QCheckBox>(editor, "attemptReached")->setChecked(true);
    child<QLineEdit>(editor, "attemptNotes")->setText(QStringLiteral("Apologised; courier to be retrained"));
    child<QPushButton>(editor, "logAttemptButton")->click();
    CHECK(editor.currentCase().status == core::FollowUpCase::Status::InProgress);
    CHECK(child<QListWidget>(editor, "attemptList")->count() == 2);

    // Closing without a root cause is refused in words; with one, the case closes.
    auto* close = child<QPushButton>(editor, "closeButton");
    REQUIRE(close->isEnabled());
    child<QComboBox>(editor, "rootCauseCombo")->setCurrentIndex(0);
    close->click();
    CHECK(editor.message().contains(QStringLiteral("root cause")));
    CHECK(editor.currentCase().status == core::FollowUpCase::Status::InProgress);
    auto* cause = child<QComboBox>(editor, "rootCauseCombo");
    cause->setCurrentIndex(cause->findText(QStringLiteral("Delivery / Courier conduct")));
    auto* outcome = child<QComboBox>(editor, "outcomeCombo");
    outcome->setCurrentIndex(outcome->findText(QStringLiteral("Saved")));
    close->click();
    CHECK(editor.currentCase().status == core::FollowUpCase::Status::Closed);
    screenshot(window, "case-editor");

    // The inbox follows: the closed case has left "All open".
    CHECK(inbox.model()->totalCount() == allOpen - 1);
    CHECK(inbox.model()->rowOfCase(caseId) == -1);
    CHECK(child<QPushButton>(editor, "reopenButton")->isEnabled());
    const auto stored = core::CaseStore(*window.database()).get(caseId);
    CHECK(stored->outcome == core::FollowUpCase::Outcome::Saved);
}

TEST_CASE("two windows on one case: the second save is shown as a conflict, nothing is lost", "[ui][inbox]")
{
    QTemporaryDir dir;
    const core::ManualClock clock = clock0();
    const QString path = demoDatabase(dir, clock, 600);
    const auto first = core::Database::open(path);
    const auto second = core::Database::open(path);
    core::InboxQuery q;
    const qint64 caseId = core::CaseStore(*first).inboxPage(q, 0, 1).first().followUp.id;
    const qint64 ewa = core::StaffStore(*first).findByName(QStringLiteral("Ewa Malinowska"))->id;
    const qint64 kamil = core::StaffStore(*first).findByName(QStringLiteral("Kamil Górski"))->id;

    ui::CaseEditor mine(*first, clock);
    mine.setActingStaff(ewa);
    mine.showCase(caseId);
    ui::CaseEditor theirs(*second, clock);
    theirs.setActingStaff(kamil);
    theirs.showCase(caseId);

    const qsizetype before = core::CaseStore(*first).attempts(caseId).size();
    child<QLineEdit>(theirs, "attemptNotes")->setText(QStringLiteral("Kamil called first"));
    child<QPushButton>(theirs, "logAttemptButton")->click();
    REQUIRE(theirs.message().isEmpty());

    child<QLineEdit>(mine, "attemptNotes")->setText(QStringLiteral("My notes"));
    child<QPushButton>(mine, "logAttemptButton")->click();
    auto* banner = child<QLabel>(mine, "conflictBanner");
    CHECK(banner->isVisibleTo(&mine));
    CHECK(banner->text().contains(QStringLiteral("Kamil Górski")));
    CHECK(child<QLineEdit>(mine, "attemptNotes")->text() == QStringLiteral("My notes")); // still there
    CHECK(core::CaseStore(*first).attempts(caseId).size() == before + 1);                // only Kamil's

    child<QPushButton>(mine, "reloadButton")->click();
    CHECK_FALSE(banner->isVisibleTo(&mine));
    CHECK(child<QLineEdit>(mine, "attemptNotes")->text() == QStringLiteral("My notes"));
    child<QPushButton>(mine, "logAttemptButton")->click();
    CHECK(core::CaseStore(*first).attempts(caseId).size() == before + 2);
}

TEST_CASE("a case's customer without a name is titled by the id they were imported with", "[ui][inbox]")
{
    QTemporaryDir dir;
    const core::ManualClock clock = clock0();
    const auto db = core::Database::open(demoDatabase(dir, clock, 300));
    core::InboxQuery q;
    const qint64 caseId = core::CaseStore(*db).inboxPage(q, 0, 1).first().followUp.id;
    core::Statement customer(db->connection(),
                             QStringLiteral("SELECT cu.id, cu.external_id FROM followup_case c JOIN response r ON "
                                            "r.id = c.response_id JOIN customer cu ON cu.id = r.customer_id WHERE "
                                            "c.id = ?"));
    customer.bind(caseId).exec();
    REQUIRE(customer.next());
    const QString externalId = customer.text(1);
    REQUIRE_FALSE(externalId.isEmpty());
    core::Statement nameless(db->connection(), QStringLiteral("UPDATE customer SET name = '' WHERE id = ?"));
    nameless.bind(customer.value(0).toLongLong()).exec();
    ui::CaseEditor editor(*db, clock);
    editor.showCase(caseId);
    CHECK(child<QLabel>(editor, "caseTitle")->text().startsWith(QStringLiteral("Customer ") + externalId));
}
