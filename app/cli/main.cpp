// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/cli.h"
#include "common/language.h"
#include "domain/clock.h"
#include "review/departmentdigest.h"
#include "review/reviewdocument.h"
#include "storage/databaselocation.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>
#include <memory>

int main(int argc, char* argv[])
{
    // A PDF needs fonts, and fonts need a GUI application; a cron job has no display, so it draws
    // offscreen. Everything else stays a plain console program.
    bool pdf = false;
    for (int i = 1; i < argc; ++i) {
        pdf = pdf || qstrcmp(argv[i], "--pdf") == 0;
    }
    if (pdf && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    const std::unique_ptr<QCoreApplication> app =
        pdf ? std::make_unique<QGuiApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    loopdesk::core::setApplicationIdentity(QStringLiteral("loopdesk-cli"));
    loopdesk::ui::useLanguage(loopdesk::ui::startLanguage(QString())); // the system's, when shipped

    QTextStream out(stdout);
    QTextStream err(stderr);
    const loopdesk::core::SystemClock clock;
    loopdesk::core::Cli cli(out, err, clock);
    loopdesk::core::addStorageCommands(cli);
    loopdesk::core::addImportCommands(cli);
    loopdesk::core::addCaseCommands(cli);
    loopdesk::core::addCustomerCommands(cli);
    loopdesk::core::addAnalyticsCommands(cli);
    loopdesk::core::addConfigCommand(cli);
    loopdesk::core::addReportCommands(cli);
    loopdesk::core::CliServices services;
    services.useLanguage = loopdesk::ui::useLanguage;
    if (pdf) {
        services.writeReviewPdf = [](const loopdesk::core::QuarterlyReview& review, const QString& path) {
            return loopdesk::ui::ReviewDocument(review).writePdf(path);
        };
        services.writeDigestPdf = [](const loopdesk::core::DepartmentDigest& digest, const QString& path) {
            return loopdesk::ui::ReviewDocument(digest).writePdf(path);
        };
    }
    cli.setServices(services);
    return cli.run(QCoreApplication::arguments().mid(1));
}
