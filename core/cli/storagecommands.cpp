// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/arguments.h"
#include "cli/cli.h"
#include "demo/demogenerator.h"
#include "overview/databaseoverview.h"
#include "storage/database.h"
#include "storage/scorecountstore.h"
#include "storage/staffstore.h"
#include "storage/teamaccess.h"
#include "storage/teammigration.h"

#include <QDir>
#include <QJsonArray>

// init, info, check, backup and demo: the commands that look after the database file itself.
namespace loopdesk::core {
namespace {

QJsonObject netScoreJson(const NetScore& score)
{
    QJsonObject o{{QStringLiteral("n"), score.counts.total()},
                  {QStringLiteral("promoters"), score.counts.positive},
                  {QStringLiteral("passives"), score.counts.neutral},
                  {QStringLiteral("detractors"), score.counts.negative},
                  {QStringLiteral("small_sample"), score.smallSample}};
    if (score.score) {
        o.insert(QStringLiteral("nps"), *score.score);
        o.insert(QStringLiteral("ci_low"), score.ciLow);
        o.insert(QStringLiteral("ci_high"), score.ciHigh);
    } else {
        o.insert(QStringLiteral("nps"), QJsonValue::Null);
    }
    return o;
}

QString netScoreText(const NetScore& score)
{
    if (!score.score) {
        return Cli::tr("no answers");
    }
    QString text = Cli::tr("%1 (95% interval %2 to %3, n = %4)")
                       .arg(*score.score, 0, 'f', 1)
                       .arg(score.ciLow, 0, 'f', 1)
                       .arg(score.ciHigh, 0, 'f', 1)
                       .arg(score.counts.total());
    if (score.smallSample) {
        text += QLatin1Char(' ') + Cli::tr("[small sample]");
    }
    return text;
}

int runInit(CliContext& ctx, const Arguments& args)
{
    if (!args.positional().isEmpty()) {
        throw UsageError(Cli::tr("init takes no arguments"));
    }
    const auto db = ctx.openDatabase(true);
    const Database::OpenReport& report = db->openReport();
    const QString path = QDir::toNativeSeparators(db->path());
    if (ctx.json) {
        ctx.printJson({{QStringLiteral("path"), db->path()},
                       {QStringLiteral("created"), report.created},
                       {QStringLiteral("from_version"), report.fromVersion},
                       {QStringLiteral("schema_version"), db->schemaVersion()},
                       {QStringLiteral("backup"), report.backupPath}});
    } else if (report.created) {
        ctx.out
            << Cli::tr("Created a new LoopDesk database at %1 (schema version %2).").arg(path).arg(db->schemaVersion())
            << '\n';
    } else if (report.fromVersion < report.toVersion) {
        ctx.out << Cli::tr("Upgraded %1 from schema version %2 to %3; the previous file is kept at %4.")
                       .arg(path)
                       .arg(report.fromVersion)
                       .arg(report.toVersion)
                       .arg(QDir::toNativeSeparators(report.backupPath))
                << '\n';
    } else {
        ctx.out << Cli::tr("%1 is up to date (schema version %2); nothing changed.").arg(path).arg(db->schemaVersion())
                << '\n';
    }
    return ExitOk;
}

int runInfo(CliContext& ctx, const Arguments& args)
{
    if (!args.positional().isEmpty()) {
        throw UsageError(Cli::tr("info takes no arguments"));
    }
    const auto db = ctx.openDatabase();
    const DatabaseOverview overview = loadOverview(*db, ctx.clock);
    if (ctx.json) {
        QJsonObject counts;
        for (const EntityCount& c : overview.counts) {
            counts.insert(c.entity, c.count);
        }
        QJsonObject current = netScoreJson(overview.npsCurrentQuarter);
        current.insert(QStringLiteral("quarter"), overview.currentQuarter.label());
        ctx.printJson({{QStringLiteral("path"), overview.path},
                       {QStringLiteral("schema_version"), overview.schemaVersion},
                       {QStringLiteral("latest_schema_version"), Database::latestSchemaVersion()},
                       {QStringLiteral("counts"), counts},
                       {QStringLiteral("nps_all_time"), netScoreJson(overview.npsAllTime)},
                       {QStringLiteral("nps_current_quarter"), current},
                       {QStringLiteral("open_cases"), overview.openCases},
                       {QStringLiteral("overdue_cases"), overview.overdueCases}});
        return ExitOk;
    }
    ctx.out << Cli::tr("Database:        %1").arg(QDir::toNativeSeparators(overview.path)) << '\n'
            << Cli::tr("Schema version:  %1 (this LoopDesk knows up to %2)")
                   .arg(overview.schemaVersion)
                   .arg(Database::latestSchemaVersion())
            << '\n'
            << Cli::tr("NPS, all answers: %1").arg(netScoreText(overview.npsAllTime)) << '\n'
            << Cli::tr("NPS, %1: %2").arg(overview.currentQuarter.label(), netScoreText(overview.npsCurrentQuarter))
            << '\n'
            << Cli::tr("Open cases: %1, of which %2 not contacted in time")
                   .arg(overview.openCases)
                   .arg(overview.overdueCases)
            << "\n\n";
    for (const EntityCount& c : overview.counts) {
        ctx.out << "  " << c.entity.leftJustified(20) << ' ' << c.count << '\n';
    }
    return ExitOk;
}

int runCheck(CliContext& ctx, const Arguments& args)
{
    if (!args.positional().isEmpty()) {
        throw UsageError(Cli::tr("check takes no arguments"));
    }
    const auto db = ctx.openDatabase();
    QStringList problems = db->integrityProblems();
    if (problems.isEmpty()) {
        // The score cube is derived from the answers: check it, and rebuild it when asked.
        ScoreCountStore cube(*db);
        if (const qint64 wrong = cube.cubeMismatches(); wrong > 0) {
            if (args.has(QStringLiteral("repair"))) {
                Transaction transaction(*db);
                cube.rebuildCube();
                transaction.commit();
                ctx.out << Cli::tr("Rebuilt the score cube from the answers (%1 cell(s) were wrong).").arg(wrong)
                        << '\n';
            } else {
                problems << Cli::tr("The NPS score cube disagrees with the answers in %1 cell(s); run \"check "
                                    "--repair\" to rebuild it from the answers.")
                                .arg(wrong);
            }
        }
    }
    if (ctx.json) {
        ctx.printJson({{QStringLiteral("ok"), problems.isEmpty()},
                       {QStringLiteral("problems"), QJsonArray::fromStringList(problems)}});
    } else if (problems.isEmpty()) {
        ctx.out << Cli::tr("%1: no problems found.").arg(QDir::toNativeSeparators(db->path())) << '\n';
    } else {
        ctx.err << Cli::tr("%1: %n problem(s) found:", nullptr, static_cast<int>(problems.size()))
                       .arg(QDir::toNativeSeparators(db->path()))
                << '\n';
        for (const QString& problem : problems) {
            ctx.err << "  " << problem << '\n';
        }
    }
    return problems.isEmpty() ? ExitOk : ExitBadInput;
}

int runBackup(CliContext& ctx, const Arguments& args)
{
    if (args.positional().size() != 1) {
        throw UsageError(Cli::tr("backup needs exactly one target file"));
    }
    const QString target = args.positional().first();
    const auto db = ctx.openDatabase();
    db->backupTo(target);
    if (ctx.json) {
        ctx.printJson({{QStringLiteral("backup"), target}});
    } else {
        ctx.out << Cli::tr("Backed up %1 to %2.")
                       .arg(QDir::toNativeSeparators(db->path()), QDir::toNativeSeparators(target))
                << '\n';
    }
    return ExitOk;
}

int runDemo(CliContext& ctx, const Arguments& args)
{
    if (!args.positional().isEmpty()) {
        throw UsageError(Cli::tr("demo takes no arguments, only --responses and --seed"));
    }
    DemoGenerator::Options options;
    bool ok = true;
    if (args.has(QStringLiteral("responses"))) {
        options.responses = args.value(QStringLiteral("responses")).toInt(&ok);
        if (!ok) {
            throw UsageError(Cli::tr("--responses takes a whole number"));
        }
    }
    if (args.has(QStringLiteral("seed"))) {
        options.seed = args.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok) {
            throw UsageError(Cli::tr("--seed takes a whole number"));
        }
    }
    const auto db = ctx.openDatabase(true);
    const DemoGenerator::Summary summary = DemoGenerator(*db, ctx.clock).generate(options);
    if (ctx.json) {
        ctx.printJson({{QStringLiteral("waves"), summary.waves},
                       {QStringLiteral("customers"), summary.customers},
                       {QStringLiteral("responses"), summary.responses},
                       {QStringLiteral("cases"), summary.cases}});
    } else {
        ctx.out << Cli::tr("Added demo data: %1 waves, %2 customers, %3 answers, %4 follow-up cases.")
                       .arg(summary.waves)
                       .arg(summary.customers)
                       .arg(summary.responses)
                       .arg(summary.cases)
                << '\n';
    }
    return ExitOk;
}

// team setup | team grant LOGIN --staff NAME: who may do what in a team database, enforced by the
// server itself.
int runTeam(CliContext& ctx, const Arguments& args)
{
    const QStringList words = args.positional();
    const QString what = words.value(0);
    const bool setup = what == QLatin1String("setup") && words.size() == 1;
    const bool grant =
        what == QLatin1String("grant") && words.size() == 2 && !args.value(QStringLiteral("staff")).isEmpty();
    if (!setup && !grant) {
        throw UsageError(Cli::tr("team setup | team grant LOGIN --staff NAME"));
    }
    const auto db = ctx.openDatabase(false);
    TeamAccess access(*db);
    if (setup) {
        access.setUp();
        ctx.out << Cli::tr("Roles and row security are set up in %1: agents (loopdesk_agent) work on their own "
                           "and unassigned cases, managers (loopdesk_manager) on everything.")
                       .arg(db->path())
                << '\n';
        return 0;
    }
    {
        const std::optional<Staff> member = StaffStore(*db).findByName(args.value(QStringLiteral("staff")));
        if (!member) {
            throw StorageError(
                Cli::tr("There is no member of staff called \"%1\".").arg(args.value(QStringLiteral("staff"))));
        }
        access.grant(words.at(1), member->id);
        ctx.out << Cli::tr("The login %1 now works as %2 (%3).")
                       .arg(words.at(1), member->name,
                            member->role == Staff::Role::Manager ? Cli::tr("manager") : Cli::tr("agent"))
                << '\n';
        return 0;
    }
}

// migrate-to ADDRESS: the local file into a new team database, verified table by table.
int runMigrateTo(CliContext& ctx, const Arguments& args)
{
    if (args.positional().size() != 1 || !Database::isServerLocation(args.positional().first())) {
        throw UsageError(Cli::tr("migrate-to postgresql://USER@HOST:PORT/DATABASE"));
    }
    const auto source = ctx.openDatabase(false);
    Database::Options options;
    const auto target = Database::open(args.positional().first(), options);
    const QList<TeamMigration::Table> tables = TeamMigration::copy(*source, *target);
    if (ctx.json) {
        QJsonArray list;
        for (const TeamMigration::Table& t : tables) {
            list.append(QJsonObject{{QStringLiteral("table"), t.name},
                                    {QStringLiteral("rows"), t.rows},
                                    {QStringLiteral("checksum"), t.checksum}});
        }
        ctx.printJson({{QStringLiteral("from"), source->path()},
                       {QStringLiteral("to"), target->path()},
                       {QStringLiteral("verified"), true},
                       {QStringLiteral("tables"), list}});
        return 0;
    }
    for (const TeamMigration::Table& t : tables) {
        ctx.out << QStringLiteral("  %1 %2  %3").arg(t.name, -26).arg(t.rows, 9).arg(t.checksum) << '\n';
    }
    ctx.out << Cli::tr("Copied %1 into %2: every table has the same rows and checksum on both sides, and the "
                       "NPS counts and search words agree. The file was only read.")
                   .arg(QDir::toNativeSeparators(source->path()), target->path())
            << '\n';
    return 0;
}

} // namespace

void addStorageCommands(Cli& cli)
{
    cli.add({QStringLiteral("init"),
             QStringLiteral("init"),
             Cli::tr("create the database, or bring it to the current schema"),
             {},
             {},
             runInit});
    cli.add({QStringLiteral("info"),
             QStringLiteral("info"),
             Cli::tr("schema version, counts per entity, NPS and open cases"),
             {},
             {},
             runInfo});
    cli.add({QStringLiteral("check"),
             QStringLiteral("check [--repair]"),
             Cli::tr("full integrity, foreign-key and score-cube check; --repair rebuilds the cube"),
             {},
             {QStringLiteral("repair")},
             runCheck});
    cli.add({QStringLiteral("backup"),
             QStringLiteral("backup OUT"),
             Cli::tr("write a consistent copy of the database"),
             {},
             {},
             runBackup});
    cli.add({QStringLiteral("demo"),
             QStringLiteral("demo [--responses N] [--seed S]"),
             Cli::tr("fill a new database with realistic demo data"),
             {QStringLiteral("responses"), QStringLiteral("seed")},
             {},
             runDemo});
    cli.add({QStringLiteral("team"),
             QStringLiteral("team setup | team grant LOGIN --staff NAME"),
             Cli::tr("team database: set up roles and row security; let a server login work as a member of staff"),
             {QStringLiteral("staff")},
             {},
             runTeam});
    cli.add({QStringLiteral("migrate-to"),
             QStringLiteral("migrate-to postgresql://USER@HOST:PORT/DATABASE"),
             Cli::tr("move this local database into a new team database, verified by counts and checksums"),
             {},
             {},
             runMigrateTo});
}

} // namespace loopdesk::core
