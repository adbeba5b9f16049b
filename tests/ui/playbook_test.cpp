// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/clock.h"
#include "inbox/caseeditor.h"
#include "settings/playbookstab.h"
#include "settings/settingspage.h"
#include "storage/casestore.h"
#include "storage/database.h"
#include "storage/responsestore.h"
#include "storage/staffstore.h"
#include "storage/themestore.h"
#include "storage/wavestore.h"
#include "themes/defaulttaxonomy.h"
#include "uisupport.h"
#include "workflow/caseservice.h"
#include "workflow/playbooks.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>

using namespace loopdesk;
using test::child;
using test::screenshot;

namespace {

const core::ManualClock kClock(QDateTime(QDate(2026, 11, 23), QTime(9, 30), Qt::UTC));

struct Team {
    QTemporaryDir dir;
    std::unique_ptr<core::Database> db = core::Database::open(dir.filePath(QStringLiteral("playbooks.db")));
    qint64 ewa = core::StaffStore(*db).add(core::Staff{0, QStringLiteral("Ewa"), {}, core::Staff::Role::Agent, true});
    qint64 marta =
        core::StaffStore(*db).add(core::Staff{0, QStringLiteral("Marta"), {}, core::Staff::Role::Manager, true});
    qint64 wave = core::WaveStore(*db).add(core::Wave{0, QStringLiteral("November"), {}, {}, {}, {}, 0});
    qint64 late = 0;

    Team()
    {
        core::ThemeStore themes(*db);
        core::installDefaultTaxonomy(themes);
        late = themes.findTheme(QStringLiteral("Late delivery"))->id;
    }

    qint64 lateDetractor(const QString& id)
    {
        core::Response r;
        r.waveId = wave;
        r.externalId = id;
        r.answeredAt = kClock.nowUtc().addSecs(-3600);
        r.score = 3;
        r.comment = QStringLiteral("The parcel came four days late.");
        const qint64 response = *core::ResponseStore(*db).add(r);
        core::ResponseStore(*db).tag(response, late, false);
        core::FollowUpCase c;
        c.responseId = response;
        c.createdAt = r.answeredAt;
        c.firstContactDue = r.answeredAt.addSecs(48 * 3600);
        c.resolutionDue = r.answeredAt.addDays(14);
        c.ownerId = ewa;
        return core::CaseStore(*db).add(c);
    }
};

} // namespace

TEST_CASE("the case editor shows the matching playbook and records the checklist", "[ui][playbooks]")
{
    Team team;
    core::Playbook lateBook = core::Playbooks::shipped(core::ScoreClass::Negative);
    lateBook.themeId = team.late;
    lateBook.ask = QStringLiteral("When did you expect the parcel, and what did it cost you?");
    lateBook.checklist = {QStringLiteral("Check the tracking"), QStringLiteral("Offer a new slot")};
    core::Playbooks(*team.db, kClock, team.marta).add(lateBook);
    const qint64 id = team.lateDetractor(QStringLiteral("r1"));

    ui::CaseEditor editor(*team.db, kClock);
    editor.setActingStaff(team.ewa);
    editor.resize(520, 1100);
    editor.show();
    editor.showCase(id);
    CHECK(child<QGroupBox>(editor, "playbookBox")->title() == QStringLiteral("Playbook: Detractor · Late delivery"));
    CHECK(child<QLabel>(editor, "playbookAskLabel")->text() == lateBook.ask);
    CHECK(child<QLabel>(editor, "playbookWhoLabel")->text().contains(QStringLiteral("within 48 hours, by phone")));
    auto* checklist = child<QListWidget>(editor, "playbookChecklist");
    REQUIRE(checklist->count() == 2);
    CHECK(checklist->item(0)->checkState() == Qt::Unchecked);
    checklist->item(1)->setCheckState(Qt::Checked);
    CHECK(core::Playbooks(*team.db, kClock, team.ewa).steps(id).keys() == QList<int>{1});
    editor.showCase(0);
    editor.showCase(id); // read back from the database
    CHECK(checklist->item(1)->checkState() == Qt::Checked);
    CHECK(checklist->item(1)->toolTip().startsWith(QStringLiteral("Done by Ewa")));
    CHECK(child<QLabel>(editor, "whatWorkedLabel")->text() == QStringLiteral("Nothing featured for these themes yet."));
    screenshot(editor, "case-playbook");
}

TEST_CASE("compensation above the agent's limit waits for a manager in the case editor", "[ui][playbooks]")
{
    Team team;
    const qint64 id = team.lateDetractor(QStringLiteral("r1"));
    core::ContactAttempt reached;
    reached.reached = true;
    core::CaseService(*team.db, kClock, team.ewa).logAttempt(id, 1, reached);

    ui::CaseEditor editor(*team.db, kClock);
    editor.setActingStaff(team.ewa);
    editor.resize(520, 1100);
    editor.show();
    editor.showCase(id);
    child<QLineEdit>(editor, "compensationKind")->setText(QStringLiteral("refund"));
    child<QDoubleSpinBox>(editor, "compensationValue")->setValue(120); // the agents' limit is 50
    child<QPushButton>(editor, "compensateButton")->click();
    CHECK(child<QLabel>(editor, "approvalLabel")->text().contains(QStringLiteral("waits for a manager's approval")));
    CHECK_FALSE(child<QPushButton>(editor, "approveCompensationButton")->isVisibleTo(&editor)); // not for agents
    child<QComboBox>(editor, "rootCauseCombo")
        ->setCurrentIndex(child<QComboBox>(editor, "rootCauseCombo")->findData(team.late));
    child<QComboBox>(editor, "outcomeCombo")->setCurrentIndex(1);
    child<QPushButton>(editor, "closeButton")->click();
    CHECK(editor.message().contains(QStringLiteral("waits for a manager's approval")));
    CHECK(editor.currentCase().status == core::FollowUpCase::Status::InProgress);
    screenshot(editor, "case-awaiting-approval");

    editor.setActingStaff(team.marta);
    editor.showCase(id);
    REQUIRE(child<QPushButton>(editor, "approveCompensationButton")->isVisibleTo(&editor));
    editor.decideCompensation(false); // a refusal needs its reason
    CHECK(editor.message().contains(QStringLiteral("Say why")));
    child<QPushButton>(editor, "approveCompensationButton")->click();
    CHECK(child<QLabel>(editor, "approvalLabel")->text() == QStringLiteral("Approved by Marta."));
    child<QPushButton>(editor, "closeButton")->click();
    CHECK(editor.message().isEmpty());
    CHECK(editor.currentCase().status == core::FollowUpCase::Status::Closed);
}

TEST_CASE("what worked: marked on a closed case, featured in Settings, shown beside the next case of its theme",
          "[ui][playbooks]")
{
    Team team;
    const qint64 first = team.lateDetractor(QStringLiteral("r1"));
    core::ContactAttempt reached;
    reached.reached = true;
    core::CaseService service(*team.db, kClock, team.ewa);
    const core::FollowUpCase c = service.logAttempt(first, 1, reached);
    service.close(first, c.version, team.late, core::FollowUpCase::Outcome::Saved);

    ui::CaseEditor editor(*team.db, kClock);
    editor.setActingStaff(team.ewa);
    editor.show();
    editor.showCase(first);
    REQUIRE(child<QPushButton>(editor, "markExemplaryButton")->isEnabled());
    editor.markExemplary(QStringLiteral("Booked a morning slot and rang when the van left."));
    CHECK(child<QLabel>(editor, "exemplaryLabel")->text() ==
          QStringLiteral("Marked by Ewa: Booked a morning slot and rang when the van left."));

    ui::SettingsPage settings(*team.db, kClock);
    settings.resize(1200, 900);
    settings.show();
    settings.setActingStaff(team.ewa);
    auto& tab = *child<ui::PlaybooksTab>(settings, "playbooksTab");
    auto* recoveries = child<QTableWidget>(tab, "recoveriesTable");
    REQUIRE(recoveries->rowCount() == 1);
    CHECK(recoveries->item(0, 2)->text() == QStringLiteral("Booked a morning slot and rang when the van left."));
    CHECK(recoveries->item(0, 4)->text() == QStringLiteral("Proposed"));
    CHECK_FALSE(child<QPushButton>(tab, "featureRecoveryButton")->isEnabled()); // agents read
    settings.setActingStaff(team.marta);
    recoveries->selectRow(0);
    child<QPushButton>(tab, "featureRecoveryButton")->click();
    CHECK(recoveries->item(0, 4)->text() == QStringLiteral("Featured"));

    const qint64 next = team.lateDetractor(QStringLiteral("r2"));
    editor.showCase(next);
    CHECK(child<QLabel>(editor, "whatWorkedLabel")->text() ==
          QStringLiteral("• Booked a morning slot and rang when the van left. — Ewa (case %1)").arg(first));
}

TEST_CASE("settings: managers edit playbooks, add one for a theme and remove it, agents only read", "[ui][playbooks]")
{
    Team team;
    ui::SettingsPage settings(*team.db, kClock);
    settings.resize(1200, 900);
    settings.show();
    auto& tab = *child<ui::PlaybooksTab>(settings, "playbooksTab");
    settings.setCurrentWidget(&tab);
    settings.setActingStaff(team.ewa);
    auto* list = child<QListWidget>(tab, "playbookList");
    REQUIRE(list->count() == 3);
    CHECK(list->item(0)->text() == QStringLiteral("Detractors (0–6)"));
    CHECK(child<QPlainTextEdit>(tab, "playbookAskEdit")->isReadOnly());
    CHECK_FALSE(child<QPushButton>(tab, "savePlaybookButton")->isEnabled());
    CHECK(child<QLabel>(tab, "playbooksPermissionLabel")->isVisibleTo(&tab));

    settings.setActingStaff(team.marta);
    list->setCurrentRow(0);
    CHECK(child<QLabel>(tab, "playbookOriginLabel")->text().startsWith(QStringLiteral("LoopDesk's playbook")));
    child<QPlainTextEdit>(tab, "playbookAskEdit")->setPlainText(QStringLiteral("What is the one thing?"));
    child<QPlainTextEdit>(tab, "playbookChecklistEdit")->setPlainText(QStringLiteral("Call\n\nListen\nFix"));
    child<QPushButton>(tab, "savePlaybookButton")->click();
    const core::Playbook saved = core::Playbooks(*team.db, kClock, team.marta).all().first();
    CHECK_FALSE(saved.shipped);
    CHECK(saved.ask == QStringLiteral("What is the one thing?"));
    CHECK(saved.checklist == QStringList{QStringLiteral("Call"), QStringLiteral("Listen"), QStringLiteral("Fix")});
    CHECK(child<QPushButton>(tab, "restorePlaybookButton")->isEnabled());
    child<QPushButton>(tab, "restorePlaybookButton")->click();
    CHECK(core::Playbooks(*team.db, kClock, team.marta).all().first().shipped);

    auto* theme = child<QComboBox>(tab, "newPlaybookThemeCombo");
    theme->setCurrentIndex(theme->findData(team.late));
    child<QPushButton>(tab, "addPlaybookButton")->click();
    REQUIRE(list->count() == 4);
    CHECK(list->currentItem()->text() == QStringLiteral("Detractors (0–6) · Delivery / Late delivery"));
    child<QPushButton>(tab, "addPlaybookButton")->click(); // the same again
    CHECK(child<QLabel>(tab, "playbooksStatusLabel")->text().contains(QStringLiteral("already has a playbook")));
    screenshot(settings, "settings-playbooks");
    list->setCurrentRow(3);
    child<QPushButton>(tab, "removePlaybookButton")->click();
    CHECK(list->count() == 3);
}
