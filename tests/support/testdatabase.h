// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

#include <catch2/catch.hpp>

#include <string_view>
#include <vector>

// Where a test keeps its database. The core suite runs twice in CI: on SQLite files, and in team
// mode, where LOOPDESK_TEST_POSTGRES names a throwaway PostgreSQL server (tests/support/
// postgres-cluster) and every test database is a new database on it.
namespace loopdesk::test {

// Takes "--postgres URL" (the team-mode pass, tests/CMakeLists.txt) out of a test runner's
// arguments, before Catch2 sees them, into LOOPDESK_TEST_POSTGRES. `args` keeps the rest.
inline void takePostgresArgument(int& argc, char**& argv, std::vector<char*>& args)
{
    args.assign(argv, argv + argc);
    for (auto it = args.begin(); it != args.end(); ++it) {
        if (std::string_view(*it) == "--postgres" && std::next(it) != args.end()) {
            qputenv("LOOPDESK_TEST_POSTGRES", QByteArray(*std::next(it)));
            args.erase(it, it + 2);
            break;
        }
    }
    argc = static_cast<int>(args.size());
    argv = args.data();
}

// The server of the team-mode run (postgresql://USER@HOST:PORT/postgres), or empty.
inline QString testServer()
{
    return qEnvironmentVariable("LOOPDESK_TEST_POSTGRES");
}

namespace detail {

inline const QString kAdminConnection = QStringLiteral("loopdesk-test-admin");

inline QSqlDatabase adminConnection()
{
    if (QSqlDatabase::contains(kAdminConnection)) {
        return QSqlDatabase::database(kAdminConnection);
    }
    const QUrl url(testServer());
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), kAdminConnection);
    db.setHostName(url.host());
    db.setPort(url.port(5432));
    db.setUserName(url.userName());
    db.setDatabaseName(url.path().mid(1));
    INFO("the test server " << testServer().toStdString() << ": " << db.lastError().text().toStdString());
    REQUIRE(db.open());
    return db;
}

// Databases this test program made, by the file name a test asked for.
inline QHash<QString, QString>& created()
{
    static QHash<QString, QString> locations;
    return locations;
}

} // namespace detail

// A database location for `name` inside dir: that file, or in team mode a new empty database on
// the test server (the same one for the same path, so that a test can open it twice).
inline QString databaseLocation(const QTemporaryDir& dir, const QString& name)
{
    const QString path = dir.filePath(name);
    if (testServer().isEmpty()) {
        return path;
    }
    if (const auto it = detail::created().constFind(path); it != detail::created().constEnd()) {
        return *it;
    }
    const QString database =
        QStringLiteral("test_%1_%2").arg(QCoreApplication::applicationPid()).arg(detail::created().size());
    QSqlQuery create(detail::adminConnection());
    // Both names are made here from numbers, never from input.
    INFO("creating " << database.toStdString());
    REQUIRE(create.exec(QStringLiteral("CREATE DATABASE %1").arg(database)));
    QUrl url(testServer());
    url.setPath(QLatin1Char('/') + database);
    const QString location = url.toString();
    detail::created().insert(path, location);
    return location;
}

// Drops the databases this program made on the test server; core_main calls it after the tests.
inline void dropTestDatabases()
{
    if (testServer().isEmpty() || detail::created().isEmpty()) {
        return;
    }
    {
        QSqlQuery drop(detail::adminConnection());
        for (const QString& location : std::as_const(detail::created())) {
            drop.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(QUrl(location).path().mid(1)));
        }
    }
    detail::created().clear();
    QSqlDatabase::database(detail::kAdminConnection).close();
    QSqlDatabase::removeDatabase(detail::kAdminConnection);
}

} // namespace loopdesk::test
