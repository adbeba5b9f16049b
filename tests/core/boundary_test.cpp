// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

// The core stays portable: nothing under core/ may include a widget, QtGui or ui/ header.
namespace {

const QRegularExpression kForbidden(
    QStringLiteral(R"(^\s*#\s*include\s*[<"](QtWidgets|QtGui|QtCharts|QtSvg|QtPrintSupport|QWidget|QApplication|)"
                   R"(QGuiApplication|QPainter|QPdfWriter|QImage|QPixmap|QColor|QFont|QIcon|QPalette|QChart|)"
                   R"(QAbstractButton|ui/|mainwindow/|overview/overviewpage))"),
    QRegularExpression::MultilineOption);

QStringList forbiddenIncludes(const QString& folder)
{
    QStringList found;
    QDirIterator it(folder, {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        auto matches = kForbidden.globalMatch(text);
        while (matches.hasNext()) {
            found << path + QStringLiteral(": ") + matches.next().captured(0).trimmed();
        }
    }
    return found;
}

} // namespace

TEST_CASE("nothing under core/ includes a widget, QtGui or ui/ header", "[boundary]")
{
    const QStringList found = forbiddenIncludes(QStringLiteral(LOOPDESK_SOURCE_DIR "/core"));
    INFO(found.join(QLatin1Char('\n')).toStdString());
    CHECK(found.isEmpty());
}

TEST_CASE("the boundary check catches a GUI include when there is one", "[boundary]")
{
    QTemporaryDir dir;
    QFile leak(dir.filePath(QStringLiteral("leak.cpp")));
    REQUIRE(leak.open(QIODevice::WriteOnly));
    leak.write("#include <QString>\n#include <QWidget>\n  #include \"ui/mainwindow/mainwindow.h\"\n");
    leak.close();
    CHECK(forbiddenIncludes(dir.path()).size() == 2);
}

TEST_CASE("core's CMake target links Qt6::Core and Qt6::Sql only", "[boundary]")
{
    QFile cmake(QStringLiteral(LOOPDESK_SOURCE_DIR "/core/CMakeLists.txt"));
    REQUIRE(cmake.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(cmake.readAll());
    CHECK(text.contains(QStringLiteral("PUBLIC Qt6::Core Qt6::Sql")));
    CHECK_FALSE(text.contains(QStringLiteral("Qt6::Gui")));
    CHECK_FALSE(text.contains(QStringLiteral("Qt6::Widgets")));
    // Directory-wide include paths leak into every target; only target_include_directories.
    CHECK_FALSE(text.contains(QRegularExpression(QStringLiteral("(^|\\s)include_directories\\("))));
}
