// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// "Open team database…": the address dialog, the password prompt, and what a refusal looks like.
#include "demo/demogenerator.h"
#include "domain/clock.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/teamdatabasedialog.h"
#include "storage/database.h"
#include "storage/statement.h"
#include "testdatabase.h"
#include "uisupport.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QUrl>

using namespace loopdesk;
using test::child;
using test::whenModal;

namespace {

const core::ManualClock kClock(QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC));

void fill(QWidget& dialog, const QString& host, int port, const QString& database, const QString& login)
{
    child<QLineEdit>(dialog, "teamHostEdit")->setText(host);
    child<QSpinBox>(dialog, "teamPortSpin")->setValue(port);
    child<QLineEdit>(dialog, "teamDatabaseEdit")->setText(database);
    child<QLineEdit>(dialog, "teamLoginEdit")->setText(login);
}

} // namespace

TEST_CASE("Open team database builds the address from its fields, and has no place for a password", "[ui][team]")
{
    ui::TeamDatabaseDialog dialog(QString{});
    auto* open = child<QDialogButtonBox>(dialog, "teamDatabaseButtons")->button(QDialogButtonBox::Open);
    fill(dialog, QStringLiteral("cx-db.example.com"), 5433, QStringLiteral("loopdesk"), QStringLiteral("ewa"));
    CHECK(dialog.address() == QStringLiteral("postgresql://ewa@cx-db.example.com:5433/loopdesk"));
    CHECK(child<QLabel>(dialog, "teamAddressPreview")->text().contains(dialog.address()));
    CHECK(open->isEnabled());
    child<QLineEdit>(dialog, "teamDatabaseEdit")->clear();
    CHECK(dialog.address().isEmpty());
    CHECK_FALSE(open->isEnabled());
    for (const QLineEdit* edit : dialog.findChildren<QLineEdit*>()) {
        CHECK(edit->echoMode() == QLineEdit::Normal);
    }
    test::screenshot(dialog, "team-database-dialog");

    // Opened again, it starts from the address used last.
    ui::TeamDatabaseDialog again(QStringLiteral("postgresql://kamil@10.0.0.5:6000/cx_team"));
    CHECK(child<QLineEdit>(again, "teamHostEdit")->text() == QStringLiteral("10.0.0.5"));
    CHECK(child<QSpinBox>(again, "teamPortSpin")->value() == 6000);
    CHECK(child<QLineEdit>(again, "teamDatabaseEdit")->text() == QStringLiteral("cx_team"));
    CHECK(child<QLineEdit>(again, "teamLoginEdit")->text() == QStringLiteral("kamil"));
}

TEST_CASE("a team database that does not answer is explained, and the open file stays open", "[ui][team]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("mine.db"));
    core::DemoGenerator(*core::Database::open(path), kClock).generate({200, 3});
    ui::MainWindow window(kClock);
    window.show();
    REQUIRE(window.openDatabase(path).isEmpty());

    // File → Open team database…, a server nobody listens on.
    QString told;
    whenModal("teamDatabaseDialog", [](QWidget* dialog) {
        fill(*dialog, QStringLiteral("127.0.0.1"), 1, QStringLiteral("loopdesk"), QStringLiteral("ewa"));
        qobject_cast<QDialog*>(dialog)->accept();
    });
    whenModal("openErrorBox", [&](QWidget* box) {
        told = qobject_cast<QMessageBox*>(box)->text();
        qobject_cast<QMessageBox*>(box)->accept();
    });
    child<QAction>(window, "openTeamAction")->trigger();
    CHECK(
        told.contains(QStringLiteral("could not connect to the team database postgresql://ewa@127.0.0.1:1/loopdesk")));
    CHECK(window.database()->path() == path);
    CHECK(window.windowTitle() == QStringLiteral("mine.db – LoopDesk"));
}

TEST_CASE("a team database that wants a password asks for it, again when it is wrong, and never keeps it",
          "[ui][team][postgres]")
{
    // The test cluster asks this one login for a password (tests/support/postgres-cluster).
    QTemporaryDir dir;
    const QString location = test::databaseLocation(dir, QStringLiteral("team.db"));
    const QString database = QUrl(location).path().mid(1);
    {
        const auto admin = core::Database::open(location);
        const QSqlDatabase db = admin->connection();
        core::Statement::run(db, QStringLiteral("DO $body$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname "
                                                "= 'loopdesk_password') THEN CREATE ROLE loopdesk_password LOGIN; "
                                                "END IF; END $body$"));
        core::Statement::run(db, QStringLiteral("ALTER ROLE loopdesk_password PASSWORD 'correct horse'"));
        core::Statement::run(db, QStringLiteral("GRANT ALL ON ALL TABLES IN SCHEMA public TO loopdesk_password"));
        core::Statement::run(db, QStringLiteral("GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO loopdesk_password"));
    }
    qunsetenv("PGPASSWORD");
    qputenv("PGPASSFILE", dir.filePath(QStringLiteral("none")).toUtf8());
    QUrl url(location);
    url.setUserName(QStringLiteral("loopdesk_password"));
    const QString address = url.toString();

    ui::MainWindow window(kClock);
    window.show();
    QStringList asked;
    const auto answer = [&](const QString& password) {
        return [&asked, password](QWidget* prompt) {
            auto* input = qobject_cast<QInputDialog*>(prompt);
            asked << input->labelText();
            test::screenshot(*prompt, asked.size() == 1 ? "team-password-prompt" : "team-password-again");
            CHECK(input->textEchoMode() == QLineEdit::Password);
            input->setTextValue(password);
            input->accept();
        };
    };
    // Cancelled: nothing opens.
    whenModal("teamPasswordDialog", [](QWidget* prompt) { qobject_cast<QDialog*>(prompt)->reject(); });
    CHECK_FALSE(window.openDatabaseInteractive(address));
    CHECK(window.database() == nullptr);

    // A wrong password, then the right one.
    whenModal("teamPasswordDialog", [&](QWidget* prompt) {
        answer(QStringLiteral("wrong"))(prompt);
        whenModal("teamPasswordDialog", answer(QStringLiteral("correct horse")));
    });
    CHECK(window.openDatabaseInteractive(address));
    REQUIRE(asked.size() == 2);
    CHECK(asked.at(0).contains(QStringLiteral("The server asks for the password of loopdesk_password.")));
    CHECK(asked.at(1).contains(QStringLiteral("did not accept that password")));
    REQUIRE(window.database() != nullptr);
    CHECK(window.database()->isTeamDatabase());
    CHECK(window.windowTitle() == QStringLiteral("%1 on 127.0.0.1 – LoopDesk").arg(database));
    // Remembered for next time: the address, and nothing of the password.
    const QString remembered = QSettings().value(ui::MainWindow::lastTeamAddressKey()).toString();
    CHECK(remembered == address);
    CHECK_FALSE(remembered.contains(QStringLiteral("horse")));
}
