// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCryptographicHash>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

// Helpers shared by the test suites.
namespace loopdesk::test {

inline QByteArray fileHash(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

inline void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

// A real survey file from ../shared/data; a missing file fails the test with where it looked.
inline QString sharedData(const char* relative)
{
    const QString path = QStringLiteral(LOOPDESK_SHARED_DATA_DIR "/") + QString::fromUtf8(relative);
    INFO("shared survey data not found at " << path.toStdString()
                                            << " (it lives beside the repository; -DLOOPDESK_SHARED_DATA_DIR=...)");
    REQUIRE(QFile::exists(path));
    return path;
}

} // namespace loopdesk::test

// Lets Catch print QStrings in failure messages.
namespace Catch {
template <>
struct StringMaker<QString> {
    static std::string convert(const QString& value) { return value.toStdString(); }
};
} // namespace Catch
