// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/clock.h"
#include "import/importer.h"
#include "privacy/customerdatarights.h"
#include "review/outreach.h"
#include "storage/database.h"
#include "storage/staffstore.h"
#include "storage/themestore.h"
#include "testdatabase.h"
#include "testsupport.h"
#include "themes/defaulttaxonomy.h"
#include "themes/themetagger.h"
#include "workflow/actionplan.h"

#include <QFile>

using namespace loopdesk::core;

namespace {

const ManualClock kClock(QDateTime(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC));

} // namespace

TEST_CASE("outreach lists the quarter's respondents and invited non-responders with what changed and why not",
          "[review][outreach]")
{
    QTemporaryDir dir;
    const auto db = Database::open(loopdesk::test::databaseLocation(dir, QStringLiteral("outreach.db")));
    ThemeStore themes(*db);
    installDefaultTaxonomy(themes);
    const QString answers = dir.filePath(QStringLiteral("answers.csv"));
    loopdesk::test::writeFile(answers, "response_id,customer_id,name,email,language,answered_at,score,comment\n"
                                       "R1,C1,Anna Nowak,anna@example.pl,pl,2026-08-01,3,paczka przyszła late\n"
                                       "R2,C1,Anna Nowak,anna@example.pl,pl,2026-09-01,6,kurier znowu spóźniony\n"
                                       "R3,C2,=HYPERLINK(\"http://evil\"),evil@example.com,en,2026-08-02,9,fine\n"
                                       "R4,C3,No Mail,,en,2026-08-03,2,late\n"
                                       "R5,C4,Old Answer,old@example.it,it,2026-04-03,2,late\n");
    const QString invited = dir.filePath(QStringLiteral("invited.csv"));
    loopdesk::test::writeFile(invited, "customer_id,name,email,language\n"
                                       "C1,Anna Nowak,anna@example.pl,pl\n"
                                       "C5,Marco Bianchi,marco@example.it,it\n"
                                       "C6,Gone Person,gone@example.com,en\n");
    ImportOptions options;
    options.timeZone = QTimeZone::utc();
    options.waveName = QStringLiteral("Q3");
    Importer(*db, kClock).run(answers, options);
    options.invitedList = true;
    Importer(*db, kClock).run(invited, options);
    retagAllComments(*db);
    CustomerDataRights rights(*db, kClock);
    rights.erase(rights.find(QStringLiteral("C6"))->id);

    const qint64 lead = StaffStore(*db).add(Staff{0, QStringLiteral("Marta"), {}, Staff::Role::Manager, true});
    ActionPlan plan(*db, kClock, lead);
    Action done;
    done.title = QStringLiteral("Delivery slots");
    const qint64 doneId = plan.propose(done);
    Action a = plan.move(doneId, 1, Action::Status::Approved);
    a = plan.move(doneId, a.version, Action::Status::InProgress);
    plan.move(doneId, a.version, Action::Status::Done, {}, QStringLiteral("You can now choose a two-hour slot."));
    Action declined;
    declined.title = QStringLiteral("Free returns");
    const qint64 declinedId = plan.propose(declined);
    plan.move(declinedId, 1, Action::Status::Rejected, QStringLiteral("Cost"),
              QStringLiteral("-Free returns would raise prices for everyone."));

    const Outreach o = OutreachComposer(*db).compose(*Period::parse(QStringLiteral("2026Q3")));
    REQUIRE(o.recipients.size() == 3); // Anna and "=HYPERLINK" answered; Marco was invited; no mail, old, erased: not
    CHECK(o.recipients.at(0).email == QStringLiteral("anna@example.pl"));
    CHECK(o.recipients.at(0).responded);
    CHECK(o.recipients.at(0).score == 6); // her latest answer of the quarter
    CHECK(o.recipients.at(0).language == QStringLiteral("pl"));
    CHECK(o.recipients.at(0).themes.contains(QStringLiteral("Late delivery")));
    CHECK(o.recipients.at(2).email == QStringLiteral("marco@example.it"));
    CHECK_FALSE(o.recipients.at(2).responded);
    CHECK_FALSE(o.recipients.at(2).score.has_value());
    CHECK(o.changed == QStringList{QStringLiteral("You can now choose a two-hour slot.")});
    CHECK(o.declined == QStringList{QStringLiteral("-Free returns would raise prices for everyone.")});

    const QString path = dir.filePath(QStringLiteral("outreach.csv"));
    OutreachComposer::writeCsv(o, path);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString csv = QString::fromUtf8(file.readAll());
    CHECK(csv.contains(QStringLiteral("\"'=HYPERLINK(\"\"http://evil\"\")\""))); // never a formula
    CHECK(csv.contains(QStringLiteral("'-Free returns")));
    CHECK_FALSE(csv.contains(QStringLiteral(",=HYPERLINK")));
    CHECK(csv.contains(QStringLiteral("invited_no_answer")));
    CHECK_FALSE(csv.contains(QStringLiteral("gone@example.com")));

    CHECK(OutreachComposer::letterTemplate(QStringLiteral("pl")).contains(QStringLiteral("zmieniliśmy")));
    CHECK(OutreachComposer::letterTemplate(QStringLiteral("it")).contains(QStringLiteral("{declined}")));
    CHECK(OutreachComposer::letterTemplate(QStringLiteral("xx")).startsWith(QStringLiteral("Dear {name}")));
}
