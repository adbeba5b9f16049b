// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/appearance.h"
#include "domain/clock.h"
#include "mainwindow/mainwindow.h"
#include "settings/settingspage.h"
#include "storage/databaselocation.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QStyleFactory>
#include <QTimer>
#include <QTranslator>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    loopdesk::core::setApplicationIdentity(QStringLiteral("LoopDesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("LoopDesk"));
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    loopdesk::ui::applyAppearance(loopdesk::ui::savedAppearance());

    // The interface language chosen in Settings, else the system's; English when there is no
    // translation for it.
    const QString chosen = QSettings().value(loopdesk::ui::SettingsPage::languageSettingKey()).toString();
    const QLocale locale = chosen.isEmpty() ? QLocale::system() : QLocale(chosen);
    QLocale::setDefault(locale);
    QTranslator qtTranslator;
    if (qtTranslator.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QApplication::installTranslator(&qtTranslator);
    }
    QTranslator translator;
    if (translator.load(locale, QStringLiteral("loopdesk"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QApplication::installTranslator(&translator);
    }

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
    parser.process(app);

    // The default database is created with demo data on first run, so there is something to see.
    const bool explicitPath = parser.isSet(dbOption);
    const QString path = explicitPath ? parser.value(dbOption) : loopdesk::core::defaultDatabasePath();
    const bool firstRun = !explicitPath && !QFileInfo::exists(path);

    const loopdesk::core::SystemClock clock;
    loopdesk::ui::MainWindow window(clock);
    window.show();
    window.openDatabaseInteractive(path, firstRun);
    if (parser.isSet(readyOption)) {
        QTimer::singleShot(0, &app, &QApplication::quit);
    }
    return QApplication::exec();
}
