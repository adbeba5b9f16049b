// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/clock.h"
#include "import/importer.h"
#include "mainwindow/mainwindow.h"
#include "review/quarterlyreview.h"
#include "review/reviewdocument.h"
#include "review/reviewpage.h"
#include "storage/database.h"
#include "storage/staffstore.h"
#include "storage/themestore.h"
#include "themes/defaulttaxonomy.h"
#include "themes/themetagger.h"
#include "uisupport.h"
#include "workflow/actionplan.h"

#include <QComboBox>
#include <QListWidget>
#include <QProcess>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QTextDocument>

using namespace loopdesk;

namespace {

const core::ManualClock kClock(QDateTime(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC));

// Two quarters of answers, one comment written as HTML, an action planned and one declined.
std::unique_ptr<core::Database> reviewDatabase(const QTemporaryDir& dir)
{
    auto db = core::Database::open(dir.filePath(QStringLiteral("review.db")));
    core::ThemeStore themes(*db);
    core::installDefaultTaxonomy(themes);
    QByteArray csv = "response_id,answered_at,score,comment,segment:region\n";
    for (int i = 0; i < 60; ++i) {
        const int score = i % 11;
        const QByteArray month = i < 20 ? "2026-05-1" : "2026-08-1";
        QByteArray comment = score <= 6 && i % 3 == 0 ? "late again, zażółć gęślą jaźń" : "";
        if (i == 24) {
            comment = "<b>late</b> & <script>alert(1)</script> città";
        }
        csv += "R" + QByteArray::number(i) + "," + month + QByteArray::number(i % 9) + "," + QByteArray::number(score) +
               ",\"" + comment + "\"," + (i % 2 ? "North" : "South") + "\n";
    }
    test::writeFile(dir.filePath(QStringLiteral("a.csv")), csv);
    core::ImportOptions options;
    options.timeZone = QTimeZone::utc();
    core::Importer(*db, kClock).run(dir.filePath(QStringLiteral("a.csv")), options);
    core::retagAllComments(*db);
    const qint64 lead =
        core::StaffStore(*db).add(core::Staff{0, QStringLiteral("Marta"), {}, core::Staff::Role::Manager, true});
    core::ActionPlan plan(*db, kClock, lead);
    core::Action deliverySlots;
    deliverySlots.title = QStringLiteral("Two-hour delivery slots");
    deliverySlots.ownerId = lead;
    deliverySlots.expectedNpsGain = 6.5;
    plan.propose(deliverySlots);
    core::Action returns;
    returns.title = QStringLiteral("Free returns");
    const qint64 id = plan.propose(returns);
    plan.move(id, 1, core::Action::Status::Rejected, QStringLiteral("Too dear"),
              QStringLiteral("Free returns would raise prices for everyone."));
    return db;
}

QString pdfText(const QString& pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(60000));
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

TEST_CASE("the review PDF: title page, one idea per page, numbered pages, comments as plain text", "[ui][review]")
{
    QTemporaryDir dir;
    const auto db = reviewDatabase(dir);
    const core::QuarterlyReview review =
        core::QuarterlyReviewComposer(*db, kClock).compose({*core::Period::parse(QStringLiteral("2026Q3")), {}, {}});
    ui::ReviewDocument document(review);
    const QString pdf = dir.filePath(QStringLiteral("review.pdf"));
    CHECK(document.writePdf(pdf).isEmpty());
    CHECK(document.pageCount() >= 8);
    const QString text = pdfText(pdf);
    CHECK(text.contains(QStringLiteral("Quarterly loop review 2026Q3")));
    CHECK(text.contains(QStringLiteral("Page 2 of %1").arg(document.pageCount())));
    CHECK(text.contains(QStringLiteral("What costs us NPS")));
    CHECK(text.contains(QStringLiteral("<b>late</b> & <script>alert(1)</script> città"))); // literally
    CHECK(text.contains(QStringLiteral("zażółć gęślą jaźń")));
    CHECK(text.contains(QStringLiteral("Free returns would raise prices for everyone.")));
    CHECK(text.contains(QStringLiteral("Two-hour delivery slots")));
    // The figures are the review's own.
    CHECK(text.contains(QStringLiteral("NPS 2026Q3 is %1").arg(QLocale().toString(*review.nps.score, 'f', 1))));

    const QString keep = qEnvironmentVariable("LOOPDESK_SCREENSHOT_DIR");
    if (!keep.isEmpty()) {
        QFile::remove(keep + QStringLiteral("/review.pdf"));
        QFile::copy(pdf, keep + QStringLiteral("/review.pdf"));
    }
}

TEST_CASE("the Quarterly review page previews the review, per segment, and saves it as PDF", "[ui][review]")
{
    QTemporaryDir dir;
    const QString path = reviewDatabase(dir)->path();
    ui::MainWindow window(kClock);
    window.resize(1300, 850);
    window.show();
    REQUIRE(window.openDatabase(path).isEmpty());
    auto* navigation = test::child<QListWidget>(window, "navigation");
    navigation->setCurrentRow(4);
    CHECK(test::child<QStackedWidget>(window, "pages")->currentWidget()->objectName() == QStringLiteral("reviewPage"));
    auto* quarter = test::child<QComboBox>(window, "reviewQuarterCombo");
    REQUIRE(quarter->count() == 2);
    CHECK(quarter->currentText() == QStringLiteral("2026Q3")); // newest first
    auto* preview = test::child<QTextBrowser>(window, "reviewPreview");
    CHECK(preview->toPlainText().contains(QStringLiteral("Quarterly loop review 2026Q3")));
    CHECK(preview->toPlainText().contains(QStringLiteral("<b>late</b>"))); // plain text on screen too
    test::screenshot(window, "review-page");

    auto* scope = test::child<QComboBox>(window, "reviewScopeCombo");
    const int north = scope->findText(QStringLiteral("region = North"));
    REQUIRE(north > 0);
    scope->setCurrentIndex(north);
    Q_EMIT scope->activated(north);
    CHECK(preview->toPlainText().contains(QStringLiteral("Quarterly loop review 2026Q3 · region = North")));

    const QString pdf = dir.filePath(QStringLiteral("north.pdf"));
    CHECK(window.reviewPage()->savePdf(pdf).isEmpty());
    CHECK(pdfText(pdf).contains(QStringLiteral("region = North")));
    preview->grab(); // the preview still paints after the PDF writer is gone
    CHECK(preview->toPlainText().contains(QStringLiteral("region = North")));
}
