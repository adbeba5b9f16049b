// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/demogenerator.h"
#include "demo/demorandom.h"
#include "domain/clock.h"
#include "import/importer.h"
#include "metrics/drivers.h"
#include "metrics/npsreport.h"
#include "overview/databaseoverview.h"
#include "storage/casestore.h"
#include "storage/database.h"
#include "storage/segmentdictionary.h"
#include "themes/themetagger.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <functional>

// Prints each DESIGN.md §6 figure that exists so far next to its reference, measured on the
// same file in the same run. Usage: loopdesk-bench [--rows N] [--smoke] [--keep DIR]
namespace {

using namespace loopdesk::core;

QTextStream out(stdout);

double msSince(const QElapsedTimer& timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

double bestOf(int runs, const std::function<void()>& work)
{
    double best = 1e300;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        best = std::min(best, msSince(timer));
    }
    return best;
}

// Wall time of a child process, and its peak resident memory (from GNU time if present).
struct ChildRun {
    double ms = -1;
    double peakMb = -1;
    int exitCode = -1;
};

ChildRun runChild(const QString& program, const QStringList& args,
                  const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment())
{
    ChildRun result;
    if (program.isEmpty()) {
        return result;
    }
    QProcess p;
    p.setProcessEnvironment(environment);
    const QString gnuTime = QStandardPaths::findExecutable(QStringLiteral("time"), {QStringLiteral("/usr/bin")});
    QElapsedTimer timer;
    timer.start();
    if (gnuTime.isEmpty()) {
        p.start(program, args);
    } else {
        p.start(gnuTime, QStringList{QStringLiteral("-f"), QStringLiteral("@@maxrss=%M")} << program << args);
    }
    p.waitForFinished(-1);
    result.ms = msSince(timer);
    result.exitCode = p.exitCode();
    const QString err = QString::fromUtf8(p.readAllStandardError());
    const qsizetype at = err.lastIndexOf(QStringLiteral("@@maxrss="));
    if (at >= 0) {
        result.peakMb = err.mid(at + 9).trimmed().toDouble() / 1024.0;
    }
    return result;
}

// A survey export of `rows` answers, 10 columns, about 126 bytes a row, like the reference file.
void writeSurveyFile(const QString& path, int rows)
{
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    DemoRandom random(42);
    const QList<QByteArray> regions{"Poland North", "Poland South", "Italy North", "Italy Centre-South",
                                    "United Kingdom"};
    const QList<QByteArray> products{"Standard parcel", "Express parcel", "Pallet freight", "Returns service"};
    const QList<QByteArray> channels{"Web", "App", "Phone", "Shop"};
    const QList<QByteArray> units{"Consumer", "Business"};
    const QList<QByteArray> languages{"pl", "it", "en"};
    // Quoted where they hold commas, as every export does.
    const QList<QByteArray> comments{"Parcel arrived two days late and nobody called me",
                                     "\"Great courier, friendly and on time\"",
                                     "\"Przesyłka spóźniona, brak informacji o dostawie\"",
                                     "\"La consegna è arrivata in ritardo, pacco danneggiato\"",
                                     "The app keeps logging me out when I track a parcel",
                                     "\"Fine, nothing to add \"\"here\"\" at all\""};
    // A realistic mix: about 30 % detractors, 30 % passives, 40 % promoters.
    QList<int> scoreMix;
    const int weights[11] = {3, 2, 2, 3, 4, 7, 9, 12, 18, 20, 20};
    for (int score = 0; score <= 10; ++score) {
        scoreMix.append(QList<int>(weights[score], score));
    }
    QByteArray chunk =
        "response_id,customer_id,answered_at,score,comment,region,product,channel,business_unit,language\n";
    const QDateTime start(QDate(2025, 7, 1), QTime(0, 0), Qt::UTC);
    for (int i = 0; i < rows; ++i) {
        chunk += 'R' + QByteArray::number(1000000 + i) + ",C" + QByteArray::number(100000 + random.between(0, 299999)) +
                 ',' + start.addSecs(random.between(0, 500 * 86400)).toString(Qt::ISODate).toLatin1() + ',' +
                 QByteArray::number(scoreMix.at(static_cast<qsizetype>(random.between(0, scoreMix.size() - 1)))) + ',' +
                 random.pick(comments) + ',' + random.pick(regions) + ',' + random.pick(products) + ',' +
                 random.pick(channels) + ',' + random.pick(units) + ',' + random.pick(languages) + '\n';
        if (chunk.size() > (1 << 20)) {
            file.write(chunk);
            chunk.clear();
        }
    }
    file.write(chunk);
}

void row(const QString& what, double ours, const QString& reference, double theirs, const QString& verdict)
{
    const auto ms = [](double v) {
        return v < 0 ? QStringLiteral("n/a") : QString::number(v, 'f', 0) + QStringLiteral(" ms");
    };
    out << "  " << what.leftJustified(44) << ms(ours).rightJustified(10) << "   " << reference.leftJustified(34)
        << ms(theirs).rightJustified(10) << "   " << verdict << '\n';
    out.flush();
}

QString ratio(double ours, double theirs, double limit)
{
    if (ours < 0 || theirs <= 0) {
        return QStringLiteral("(no reference)");
    }
    const double r = ours / theirs;
    return QStringLiteral("%1x  (target <= %2x: %3)")
        .arg(r, 0, 'f', 2)
        .arg(limit, 0, 'f', 1)
        .arg(r <= limit ? QStringLiteral("met") : QStringLiteral("NOT met"));
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const bool smoke = args.contains(QStringLiteral("--smoke"));
    int rows = smoke ? 20000 : 1000000;
    if (const qsizetype i = args.indexOf(QStringLiteral("--rows")); i > 0 && i + 1 < args.size()) {
        rows = args.at(i + 1).toInt();
    }
    QTemporaryDir tmp;
    const QString dir = tmp.path();
    const QString cli = QCoreApplication::applicationDirPath() + QStringLiteral("/../../app/loopdesk-cli");
    const QString sqlite = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"), {QStringLiteral("/usr/bin")});
    const ManualClock clock(QDateTime(QDate(2026, 11, 22), QTime(9, 0), Qt::UTC));

    out << "LoopDesk benchmark (" << (smoke ? "smoke run" : "full run") << ")\n\n";
    const QString csv = dir + QStringLiteral("/answers.csv");
    writeSurveyFile(csv, rows);
    // Each side's best of three runs, taken in turns, each on a new database: this machine's own
    // noise (some 10 % from one run to the next) is larger than several of the differences measured.
    const int runs = smoke ? 1 : 3;
    out << "Import of " << rows << " answers, " << QString::number(QFileInfo(csv).size() / 1e6, 'f', 1)
        << " MB CSV, 10 columns (best of " << runs << "; each run on a new database)\n";
    const auto fresh = [&dir](const QString& name) {
        for (const char* suffix : {"", "-journal", "-wal", "-shm"}) {
            QFile::remove(dir + QLatin1Char('/') + name + QLatin1String(suffix));
        }
        return dir + QLatin1Char('/') + name;
    };
    const auto best = [](const ChildRun& a, const ChildRun& b) {
        ChildRun r = a.ms >= 0 && (b.ms < 0 || a.ms <= b.ms) ? a : b;
        r.peakMb = std::max(a.peakMb, b.peakMb);
        r.exitCode = a.exitCode != 0 ? a.exitCode : b.exitCode;
        return r;
    };
    ChildRun raw;
    ChildRun ours;
    for (int run = 0; run < runs; ++run) {
        const ChildRun rawRun = runChild(sqlite, {fresh(QStringLiteral("raw.db")), QStringLiteral(".mode csv"),
                                                  QStringLiteral(".import ") + csv + QStringLiteral(" answers")});
        const ChildRun ourRun =
            runChild(cli, {QStringLiteral("--db"), fresh(QStringLiteral("ours.db")), QStringLiteral("import"), csv,
                           QStringLiteral("--map"), QStringLiteral("segment:region=region"), QStringLiteral("--map"),
                           QStringLiteral("segment:product=product"), QStringLiteral("--map"),
                           QStringLiteral("segment:channel=channel"), QStringLiteral("--map"),
                           QStringLiteral("segment:business_unit=business_unit")});
        raw = run == 0 ? rawRun : best(raw, rawRun);
        ours = run == 0 ? ourRun : best(ours, ourRun);
    }
    ChildRun pandas;
    QProcess probe;
    probe.start(python, {QStringLiteral("-c"), QStringLiteral("import pandas")});
    if (!python.isEmpty() && probe.waitForFinished(-1) && probe.exitCode() == 0) {
        pandas = runChild(
            python, {QStringLiteral("-c"), QStringLiteral("import pandas, sys; pandas.read_csv(sys.argv[1])"), csv});
    }
    row(QStringLiteral("loopdesk-cli import (typed, indexed, cases)"), ours.ms,
        QStringLiteral("sqlite3 .import (raw text)"), raw.ms, ratio(ours.ms, raw.ms, 2.0));
    row(QString(), ours.ms, QStringLiteral("pandas.read_csv"), pandas.ms,
        pandas.ms < 0         ? QStringLiteral("(install python3-pandas)")
        : ours.ms < pandas.ms ? QStringLiteral("faster: met")
                              : QStringLiteral("slower: NOT met"));
    out << "  peak memory of the import (largest of the runs): " << QString::number(ours.peakMb, 'f', 1) << " MB";
    if (!smoke) {
        const QString small = dir + QStringLiteral("/small.csv");
        writeSurveyFile(small, rows / 10);
        const ChildRun tenth =
            runChild(cli, {QStringLiteral("--db"), dir + QStringLiteral("/small.db"), QStringLiteral("import"), small});
        out << " (a file a tenth the size: " << QString::number(tenth.peakMb, 'f', 1) << " MB)";
    }
    out << "\n\n";
    if (ours.exitCode != 0) {
        out << "  the import failed (exit code " << ours.exitCode << ")\n";
        return 1;
    }

    out << "Database start-up on that database\n";
    const QString db = dir + QStringLiteral("/ours.db");
    row(QStringLiteral("open + quick_check + schema checks"), bestOf(3, [&] { Database::open(db); }),
        QStringLiteral("sqlite3 PRAGMA quick_check"), runChild(sqlite, {db, QStringLiteral("PRAGMA quick_check")}).ms,
        QStringLiteral("(part of cold start <= 1 s)"));
    auto database = Database::open(db);
    row(QStringLiteral("overview (counts, NPS all + 2 quarters)"), bestOf(3, [&] { loadOverview(*database, clock); }),
        QStringLiteral("sqlite3 GROUP BY wave"),
        runChild(sqlite,
                 {db, QStringLiteral(
                          "SELECT wave_id, sum(score >= 9), sum(score <= 6), count(*) FROM response GROUP BY wave_id")})
            .ms,
        QStringLiteral("(first screen)"));

    out << "\nNPS analytics on that database\n";
    const NpsReporter reporter(*database);
    const QList<Grouping> quarterRegion{*Grouping::parse(QStringLiteral("quarter")),
                                        *Grouping::parse(QStringLiteral("segment:region"))};
    NpsReport report;
    const double npsMs = bestOf(5, [&] { report = reporter.report(ReportFilter{}, quarterRegion); });
    // The same aggregation by sqlite3 on the same file: classes per quarter and region.
    const int regionSlot = SegmentDictionary(*database).existingSlot(QStringLiteral("region"));
    const QString groupBy =
        QStringLiteral("SELECT strftime('%Y', answered_at, 'unixepoch') || 'Q' || ((CAST(strftime('%m', answered_at, "
                       "'unixepoch') AS INTEGER) + 2) / 3) AS q, seg%1, sum(score >= 9), sum(score BETWEEN 7 AND 8), "
                       "sum(score <= 6), count(*) FROM response WHERE metric = 'nps' GROUP BY q, seg%1")
            .arg(regionSlot);
    const ChildRun reference = runChild(sqlite, {db, groupBy});
    row(QStringLiteral("NPS quarter x region with intervals"), npsMs,
        QStringLiteral("sqlite3 GROUP BY quarter, region"), reference.ms,
        QStringLiteral("%1 groups; target <= 50 ms: %2")
            .arg(report.rows.size())
            .arg(npsMs <= 50.0 ? QStringLiteral("met") : QStringLiteral("NOT met")));
    QElapsedTimer timer;
    timer.start();
    const TaggingSummary tagged = retagAllComments(*database);
    row(QStringLiteral("tag every comment with the default rules"), msSince(timer), QString(), -1,
        QStringLiteral("%1 comments, %2 tagged").arg(tagged.answersRead).arg(tagged.answersTagged));
    // Times first: the order in which a call's arguments are evaluated is unspecified.
    DriverAnalysis drivers;
    const double driversMs = bestOf(3, [&] { drivers = analyseDrivers(*database, ReportFilter{}); });
    row(QStringLiteral("driver analysis over all themes"), driversMs, QString(), -1,
        QStringLiteral("%1 themes").arg(drivers.drivers.size()));
    const QString topTheme = drivers.drivers.isEmpty()
                                 ? QStringLiteral("Late delivery")
                                 : drivers.drivers.first().theme.section(QStringLiteral(" / "), -1);
    const double whatIfMs =
        bestOf(3, [&] { simulateWhatIf(*database, ReportFilter{}, topTheme, 0.5, WhatIfTarget::Promoter); });
    row(QStringLiteral("what-if for the top theme"), whatIfMs, QString(), -1, topTheme);

    out << "\nInbox on that database (the queries the inbox model runs)\n";
    const CaseStore cases(*database);
    InboxQuery open;
    open.now = clock.nowUtc();
    open.endOfToday = open.now.addSecs(12 * 3600);
    const qint64 openCases = cases.inboxCount(open);
    // The model shows the first rows, then counts (the label under the table follows).
    const auto inboxRow = [&](const QString& what, const InboxQuery& q, double limit) {
        const double ms = bestOf(3, [&] { cases.inboxPage(q, 0, 200); });
        const double countMs = bestOf(3, [&] { cases.inboxCount(q); });
        row(what, ms, QString(), -1,
            QStringLiteral("target <= %1 ms: %2; then the count: %3 ms")
                .arg(limit)
                .arg(ms <= limit ? QStringLiteral("met") : QStringLiteral("NOT met"))
                .arg(countMs, 0, 'f', 0));
    };
    out << "  " << openCases << " open cases\n";
    inboxRow(QStringLiteral("first 200 rows, by time left"), open, 200);
    InboxQuery overdue = open;
    overdue.view = InboxView::Overdue;
    inboxRow(QStringLiteral("filter: the Overdue view"), overdue, 100);
    InboxQuery unassigned = open;
    unassigned.view = InboxView::Unassigned;
    inboxRow(QStringLiteral("filter: the Unassigned view"), unassigned, 100);
    InboxQuery keyAccounts = open;
    keyAccounts.view = InboxView::KeyAccounts;
    inboxRow(QStringLiteral("filter: the Key accounts view"), keyAccounts, 100);
    InboxQuery region = open;
    region.segment = {regionSlot, SegmentDictionary(*database).existingValueId(QStringLiteral("region"),
                                                                               QStringLiteral("Italy North"))};
    inboxRow(QStringLiteral("filter: one region"), region, 100);
    InboxQuery search = open;
    search.search = QStringLiteral("C100123");
    inboxRow(QStringLiteral("filter: search a customer id"), search, 100);
    InboxQuery byScore = open;
    byScore.sort = InboxSort::Score;
    inboxRow(QStringLiteral("sort by score"), byScore, 100);

    // Closed as LoopDesk closes it: a database still open here would be re-checked by every start.
    database.reset();
    out << "\nThe desktop application on that database (offscreen, quits once the inbox is shown)\n";
    const QString gui = QCoreApplication::applicationDirPath() + QStringLiteral("/../../app/loopdesk");
    QProcessEnvironment guiEnvironment = QProcessEnvironment::systemEnvironment();
    guiEnvironment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    guiEnvironment.insert(QStringLiteral("XDG_CONFIG_HOME"), dir + QStringLiteral("/config"));
    const QStringList guiArgs{QStringLiteral("--db"), db, QStringLiteral("--quit-when-ready")};
    const ChildRun firstStart = runChild(gui, guiArgs, guiEnvironment);
    ChildRun warmStart = runChild(gui, guiArgs, guiEnvironment);
    for (int i = 0; i < 2; ++i) {
        const ChildRun again = runChild(gui, guiArgs, guiEnvironment);
        warmStart = again.ms < warmStart.ms ? again : warmStart;
    }
    row(QStringLiteral("first start on a file never seen (full check)"), firstStart.ms, QString(), -1,
        QStringLiteral("peak %1 MB").arg(firstStart.peakMb, 0, 'f', 1));
    row(QStringLiteral("cold start to a populated inbox"), warmStart.ms, QString(), -1,
        QStringLiteral("target <= 1000 ms: %1; peak %2 MB (target <= 300 MB: %3)")
            .arg(warmStart.ms <= 1000 ? QStringLiteral("met") : QStringLiteral("NOT met"))
            .arg(warmStart.peakMb, 0, 'f', 1)
            .arg(warmStart.peakMb <= 300 ? QStringLiteral("met") : QStringLiteral("NOT met")));
    // The quarterly review of the latest quarter as an A4 PDF: the whole run of the program, from
    // start to the file written (composing reads the cube, drivers, KPIs and the action plan).
    const QString reviewPdf = dir + QStringLiteral("/review.pdf");
    ChildRun review =
        runChild(gui, {QStringLiteral("--db"), db, QStringLiteral("--review-pdf"), reviewPdf}, guiEnvironment);
    for (int i = 0; i < 2; ++i) {
        const ChildRun again =
            runChild(gui, {QStringLiteral("--db"), db, QStringLiteral("--review-pdf"), reviewPdf}, guiEnvironment);
        review = again.ms < review.ms ? again : review;
    }
    row(QStringLiteral("quarterly review PDF (start to file)"), review.ms, QString(), -1,
        QStringLiteral("target <= 1500 ms: %1; %2 KB")
            .arg(review.ms <= 1500 && QFileInfo(reviewPdf).size() > 0 ? QStringLiteral("met")
                                                                      : QStringLiteral("NOT met"))
            .arg(QFileInfo(reviewPdf).size() / 1024));
    if (args.contains(QStringLiteral("--keep"))) {
        tmp.setAutoRemove(false);
        out << "\nfiles kept in " << dir << '\n';
    }
    return 0;
}
