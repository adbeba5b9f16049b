// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Catch2 runner for widget tests: a QApplication on whatever platform QT_QPA_PLATFORM names
// (offscreen in CI).
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>
#include <QStyleFactory>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("LoopDesk-tests"));
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    return Catch::Session().run(argc, argv);
}
