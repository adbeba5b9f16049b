// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/cli.h"
#include "common/appearance.h"
#include "common/language.h"
#include "common/verifiedfiles.h"
#include "domain/clock.h"
#include "mainwindow/mainwindow.h"
#include "review/quarterlyreview.h"
#include "review/reviewdocument.h"
#include "settings/settingspage.h"
#include "storage/database.h"
#include "storage/databaselocation.h"
#include "storage/settingsstore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QSettings>
#include <QStyleFactory>
#include <QTextStream>
#include <QTimer>

namespace {

// Composes and writes the quarterly review without opening a window (for scripts and schedules).
int writeReview(const QString& database, const QString& pdf, const QString& quarterText, const QString& segment,
                const loopdesk::core::Clock& clock)
{
    QTextStream err(stderr);
    try {
        loopdesk::core::Database::Options options;
        options.create = false;
        options.verifiedFingerprint = loopdesk::ui::rememberedFingerprint(database); // as the window does
        auto db = loopdesk::core::Database::open(database, options);
        const int fiscalStart = loopdesk::core::fiscalStartMonth(loopdesk::core::SettingsStore(*db));
        std::optional<loopdesk::core::Period> quarter = loopdesk::core::Period::parse(quarterText, fiscalStart);
        if (quarterText.isEmpty()) {
            loopdesk::core::Grouping byQuarter;
            byQuarter.kind = loopdesk::core::GroupKind::Quarter;
            const auto rows = loopdesk::core::NpsReporter(*db, fiscalStart).report({}, {byQuarter}).rows;
            if (!rows.isEmpty()) {
                quarter = loopdesk::core::Period::parse(rows.last().group.join(QString()), fiscalStart);
            }
        }
        if (!quarter || quarter->unit() != loopdesk::core::PeriodUnit::Quarter) {
            err << QApplication::translate("main", "No quarter to review: give --quarter 2026Q3 (the database may "
                                                   "have no answers yet).")
                << '\n';
            return 2;
        }
        loopdesk::core::ReviewScope scope{*quarter, {}, {}};
        if (!segment.isEmpty()) {
            scope.segment = loopdesk::core::segmentArgument(segment); // a bad one is refused, not ignored
        }
        const loopdesk::core::QuarterlyReview review =
            loopdesk::core::QuarterlyReviewComposer(*db, clock).compose(scope);
        db.reset();
        loopdesk::ui::rememberAsVerified(database);
        const QString problem = loopdesk::ui::ReviewDocument(review).writePdf(pdf);
        if (!problem.isEmpty()) {
            err << problem << '\n';
            return 1;
        }
    } catch (const loopdesk::core::UsageError& error) {
        err << error.message() << '\n';
        return 2;
    } catch (const loopdesk::core::StorageError& error) {
        err << error.message() << '\n';
        return 1;
    }
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    loopdesk::core::setApplicationIdentity(QStringLiteral("LoopDesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("LoopDesk"));
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    loopdesk::ui::applyAppearance(loopdesk::ui::savedAppearance());

    // The interface language chosen in Settings, else the system's; English when there is no
    // translation for it.
    loopdesk::ui::useLanguage(
        loopdesk::ui::startLanguage(QSettings().value(loopdesk::ui::SettingsPage::languageSettingKey()).toString()));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Close the customer feedback loop."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"), QApplication::translate("main", "Open the database at PATH instead of the default one."),
        QStringLiteral("PATH"));
    parser.addOption(dbOption);
    // For the benchmark: start, fill the inbox, and quit, so that start-up time and memory can be measured.
    const QCommandLineOption readyOption(QStringLiteral("quit-when-ready"),
                                         QApplication::translate("main", "Quit as soon as the inbox is shown."));
    parser.addOption(readyOption);
    const QCommandLineOption reviewOption(
        QStringLiteral("review-pdf"),
        QApplication::translate("main", "Write the quarterly loop review as a PDF to FILE and quit, without a window."),
        QStringLiteral("FILE"));
    const QCommandLineOption quarterOption(
        QStringLiteral("quarter"),
        QApplication::translate("main", "The review's quarter (default: the latest with answers)."),
        QStringLiteral("QUARTER"));
    const QCommandLineOption segmentOption(QStringLiteral("segment"),
                                           QApplication::translate("main", "Review one segment only, DIMENSION=VALUE."),
                                           QStringLiteral("DIMENSION=VALUE"));
    parser.addOption(reviewOption);
    parser.addOption(quarterOption);
    parser.addOption(segmentOption);
    parser.process(app);

    // The default database is created with demo data on first run, so there is something to see.
    const bool explicitPath = parser.isSet(dbOption);
    const QString path = explicitPath ? parser.value(dbOption) : loopdesk::core::defaultDatabasePath();
    const bool firstRun = !explicitPath && !QFileInfo::exists(path);

    const loopdesk::core::SystemClock clock;
    if (parser.isSet(reviewOption)) {
        return writeReview(path, parser.value(reviewOption), parser.value(quarterOption), parser.value(segmentOption),
                           clock);
    }
    loopdesk::ui::MainWindow window(clock);
    window.show();
    window.openDatabaseInteractive(path, firstRun);
    if (parser.isSet(readyOption)) {
        QTimer::singleShot(0, &app, &QApplication::quit);
    }
    return QApplication::exec();
}
