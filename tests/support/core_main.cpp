// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Catch2 runner for tests that need a QCoreApplication (SQL drivers, translations, paths).
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "testdatabase.h"

#include <QCoreApplication>

#include <vector>

int main(int argc, char* argv[])
{
    std::vector<char*> args;
    loopdesk::test::takePostgresArgument(argc, argv, args);
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("LoopDesk-tests"));
    const int failed = Catch::Session().run(argc, argv);
    loopdesk::test::dropTestDatabases();
    return failed;
}
