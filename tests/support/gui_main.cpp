// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Catch2 runner for widget tests: a QApplication on the platform QT_QPA_PLATFORM names, offscreen
// unless told otherwise.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "common/language.h"
#include "testdatabase.h"

#include <QApplication>
#include <QStandardPaths>
#include <QStyleFactory>

#include <vector>

namespace {

QtMessageHandler standardHandler = nullptr;

// The offscreen platform says this for every dialog that sizes itself; it is not a finding.
void quietOffscreenNotes(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (message != QLatin1String("This plugin does not support propagateSizeHints()")) {
        standardHandler(type, context, message);
    }
}

} // namespace

int main(int argc, char* argv[])
{
    // ctest also runs this binary at build time to list its tests, without the test presets'
    // environment: widget tests never need a real display, so offscreen is the default.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    std::vector<char*> args;
    loopdesk::test::takePostgresArgument(argc, argv, args);
    standardHandler = qInstallMessageHandler(quietOffscreenNotes);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("LoopDesk-tests"));
    QStandardPaths::setTestModeEnabled(true); // remembered window state and user stay out of the real settings
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    loopdesk::ui::useLanguage(QStringLiteral("en")); // as the application starts: English with its plurals
    const int failed = Catch::Session().run(argc, argv);
    loopdesk::test::dropTestDatabases();
    return failed;
}
