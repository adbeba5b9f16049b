// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Catch2 runner for tests that need a QCoreApplication (SQL drivers, translations, paths).
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "testdatabase.h"

#include <QCoreApplication>

#include <string_view>
#include <vector>

int main(int argc, char* argv[])
{
    // "--postgres URL": the team-mode pass (tests/CMakeLists.txt); Catch2 never sees it.
    std::vector<char*> args(argv, argv + argc);
    for (auto it = args.begin(); it != args.end(); ++it) {
        if (std::string_view(*it) == "--postgres" && std::next(it) != args.end()) {
            qputenv("LOOPDESK_TEST_POSTGRES", QByteArray(*std::next(it)));
            args.erase(it, it + 2);
            break;
        }
    }
    argc = static_cast<int>(args.size());
    argv = args.data();
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("LoopDesk-tests"));
    const int failed = Catch::Session().run(argc, argv);
    loopdesk::test::dropTestDatabases();
    return failed;
}
