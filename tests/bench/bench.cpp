// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/demogenerator.h"
#include "domain/clock.h"
#include "overview/databaseoverview.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <functional>

// Prints each DESIGN.md §6 figure that exists so far next to its reference, measured on the
// same file in the same run. Usage: loopdesk-bench [--responses N] [--smoke]
namespace {

using namespace loopdesk::core;

QTextStream out(stdout);

// Best of `runs` wall-clock timings of `work`, in milliseconds.
double bestOf(int runs, const std::function<void()>& work)
{
    double best = 1e300;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        best = std::min(best, static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    return best;
}

// Times the sqlite3 shell running `sql` on `path`; negative when sqlite3 is not installed.
double sqliteShell(const QString& path, const QString& sql, int runs)
{
    const QString shell = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (shell.isEmpty()) {
        return -1;
    }
    return bestOf(runs, [&] {
        QProcess p;
        p.start(shell, {path, sql});
        p.waitForFinished(-1);
    });
}

void row(const QString& what, double ours, const QString& reference, double theirs, const QString& target)
{
    out << what.leftJustified(46) << QString::number(ours, 'f', 1).rightJustified(10) << " ms   "
        << reference.leftJustified(34)
        << (theirs < 0 ? QStringLiteral("n/a") : QString::number(theirs, 'f', 1) + QStringLiteral(" ms"))
               .rightJustified(12)
        << "   " << target << '\n';
    out.flush();
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const bool smoke = args.contains(QStringLiteral("--smoke"));
    int responses = smoke ? 2000 : 200000;
    if (const qsizetype i = args.indexOf(QStringLiteral("--responses")); i > 0 && i + 1 < args.size()) {
        responses = args.at(i + 1).toInt();
    }
    const int runs = smoke ? 1 : 5;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.db"));
    const ManualClock clock(QDateTime(QDate(2026, 11, 22), QTime(9, 0), Qt::UTC));

    out << "LoopDesk benchmark, " << responses << " demo answers, best of " << runs << " run(s)\n\n";
    QElapsedTimer timer;
    timer.start();
    {
        const auto db = Database::open(path);
        DemoGenerator(*db, clock).generate({responses, 1});
    }
    out << "demo data generated in " << timer.elapsed() << " ms\n\n";

    row(QStringLiteral("open + quick_check + schema checks"), bestOf(runs, [&] { Database::open(path); }),
        QStringLiteral("sqlite3 PRAGMA quick_check"), sqliteShell(path, QStringLiteral("PRAGMA quick_check"), runs),
        QStringLiteral("(part of cold start <= 1 s)"));
    const auto db = Database::open(path);
    row(QStringLiteral("overview (counts, NPS all + 2 quarters, waves)"),
        bestOf(runs, [&] { loadOverview(*db, clock); }), QStringLiteral("sqlite3 GROUP BY wave, class"),
        sqliteShell(path,
                    QStringLiteral("SELECT wave_id, sum(score >= 9), sum(score <= 6), count(*) FROM response "
                                   "GROUP BY wave_id"),
                    runs),
        QStringLiteral("(first screen)"));
    return 0;
}
