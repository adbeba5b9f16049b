// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/language.h"
#include "dashboards/dashboardspage.h"
#include "demo/demogenerator.h"
#include "domain/clock.h"
#include "mainwindow/mainwindow.h"
#include "review/quarterlyreview.h"
#include "review/reviewdocument.h"
#include "settings/settingspage.h"
#include "storage/database.h"
#include "uisupport.h"

#include <QApplication>
#include <QListWidget>
#include <QProcess>
#include <QSignalSpy>
#include <QTabWidget>

using namespace loopdesk;
using test::child;

namespace {

const core::ManualClock kClock(QDateTime(QDate(2026, 11, 22), QTime(9, 30), Qt::UTC));

// Back to English whatever a test did: the other tests read English texts.
struct English {
    ~English() { ui::useLanguage(QStringLiteral("en")); }
};

QString makeDemo(const QTemporaryDir& dir)
{
    const QString path = dir.filePath(QStringLiteral("demo.db"));
    core::DemoGenerator(*core::Database::open(path), kClock).generate({3000, 7});
    return path;
}

// Every page of the main window, for people to look at in each language.
void shootEveryPage(ui::MainWindow& window, const QString& language)
{
    auto* navigation = child<QListWidget>(window, "navigation");
    for (int row = 0; row < navigation->count(); ++row) {
        navigation->setCurrentRow(row);
        if (window.dashboardsPage()->isVisible() && window.dashboardsPage()->isComposing()) {
            QSignalSpy composed(window.dashboardsPage(), &ui::DashboardsPage::composed);
            REQUIRE(composed.wait(20000));
        }
        test::screenshot(window, QStringLiteral("%1-page%2").arg(language).arg(row).toUtf8().constData());
    }
}

} // namespace

TEST_CASE("the shipped languages: Polish and Italian load, anything else is refused", "[ui][i18n]")
{
    const English restore;
    CHECK(ui::shippedLanguages() == QStringList{QStringLiteral("en"), QStringLiteral("pl"), QStringLiteral("it")});
    CHECK_FALSE(ui::useLanguage(QStringLiteral("tlh")));
    REQUIRE(ui::useLanguage(QStringLiteral("pl")));
    CHECK(QCoreApplication::translate("loopdesk::ui::MainWindow", "Inbox") == QStringLiteral("Skrzynka"));
    CHECK(QCoreApplication::translate("loopdesk::ui::InboxPage", "%n case(s)", nullptr, 1) ==
          QStringLiteral("1 sprawa"));
    CHECK(QCoreApplication::translate("loopdesk::ui::InboxPage", "%n case(s)", nullptr, 3) ==
          QStringLiteral("3 sprawy"));
    CHECK(QCoreApplication::translate("loopdesk::ui::InboxPage", "%n case(s)", nullptr, 5) ==
          QStringLiteral("5 spraw"));
    CHECK(QLocale().toString(1.5, 'f', 1) == QStringLiteral("1,5")); // a decimal comma
    REQUIRE(ui::useLanguage(QStringLiteral("it")));
    CHECK(QCoreApplication::translate("loopdesk::ui::MainWindow", "Inbox") == QStringLiteral("Posta in arrivo"));
    CHECK(QCoreApplication::translate("loopdesk::ui::InboxPage", "%n case(s)", nullptr, 2) == QStringLiteral("2 casi"));
    REQUIRE(ui::useLanguage(QStringLiteral("en")));
    CHECK(QCoreApplication::translate("loopdesk::ui::MainWindow", "Inbox") == QStringLiteral("Inbox"));
    CHECK(QCoreApplication::translate("loopdesk::ui::InboxPage", "%n case(s)", nullptr, 1) == QStringLiteral("1 case"));
    CHECK(QCoreApplication::translate("loopdesk::ui::InboxPage", "%n case(s)", nullptr, 2) ==
          QStringLiteral("2 cases"));

    CHECK(ui::startLanguage(QStringLiteral("it"), QLocale(QStringLiteral("pl_PL"))) == QStringLiteral("it"));
    CHECK(ui::startLanguage(QString(), QLocale(QStringLiteral("pl_PL"))) == QStringLiteral("pl"));
    CHECK(ui::startLanguage(QString(), QLocale(QStringLiteral("de_DE"))) == QStringLiteral("en"));
}

TEST_CASE("the main window in Polish and in Italian", "[ui][i18n]")
{
    const English restore;
    const QTemporaryDir dir;
    const QString path = makeDemo(dir);
    for (const QString& language : {QStringLiteral("pl"), QStringLiteral("it")}) {
        REQUIRE(ui::useLanguage(language));
        ui::MainWindow window(kClock);
        window.resize(1280, 820);
        window.show();
        REQUIRE(window.openDatabase(path).isEmpty());
        auto* navigation = child<QListWidget>(window, "navigation");
        CHECK(navigation->item(2)->text() ==
              (language == QLatin1String("pl") ? QStringLiteral("Pulpity") : QStringLiteral("Dashboard")));
        // The inbox's saved views keep their names and counts whole.
        auto* views = child<QListWidget>(window, "inboxViews");
        QApplication::processEvents();
        for (int row = 0; row < views->count(); ++row) {
            CHECK(views->fontMetrics().horizontalAdvance(views->item(row)->text()) <= views->viewport()->width());
        }
        shootEveryPage(window, language);
        // Every tab of the settings too.
        navigation->setCurrentRow(navigation->count() - 1);
        QTabWidget* tabs = window.settingsPage(); // the settings are tabs
        for (int tab = 0; tab < tabs->count(); ++tab) {
            tabs->setCurrentIndex(tab);
            test::screenshot(window, QStringLiteral("%1-settings%2").arg(language).arg(tab).toUtf8().constData());
        }
    }
}

TEST_CASE("the quarterly review PDF in Polish and in Italian keeps its letters", "[ui][i18n][review]")
{
    const English restore;
    const QTemporaryDir dir;
    const QString path = makeDemo(dir);
    const auto db = core::Database::open(path);
    for (const auto& [language, title, letters] :
         {std::tuple{QStringLiteral("pl"), QStringLiteral("Kwartalny przegląd pętli"),
                     QStringLiteral("Domykanie pętli")},
          std::tuple{QStringLiteral("it"), QStringLiteral("Revisione trimestrale del ciclo"),
                     QStringLiteral("Chiudere il ciclo")}}) {
        REQUIRE(ui::useLanguage(language));
        const core::QuarterlyReview review = core::QuarterlyReviewComposer(*db, kClock)
                                                 .compose({*core::Period::parse(QStringLiteral("2026Q3")), {}, {}});
        const QString pdf = dir.filePath(language + QStringLiteral(".pdf"));
        REQUIRE(ui::ReviewDocument(review).writePdf(pdf).isEmpty());
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        REQUIRE(text.waitForFinished(60000));
        const QString words = QString::fromUtf8(text.readAllStandardOutput());
        CHECK(words.contains(title));
        CHECK(words.contains(letters));
        const QString keep = qEnvironmentVariable("LOOPDESK_SCREENSHOT_DIR");
        if (!keep.isEmpty()) {
            QFile::copy(pdf, keep + QStringLiteral("/review-") + language + QStringLiteral(".pdf"));
        }
    }
}
