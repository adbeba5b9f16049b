// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/cli.h"
#include "domain/clock.h"
#include "storage/databaselocation.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    loopdesk::core::setApplicationIdentity(QStringLiteral("loopdesk-cli"));

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
    return cli.run(QCoreApplication::arguments().mid(1));
}
