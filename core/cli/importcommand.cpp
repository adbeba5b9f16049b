// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/arguments.h"
#include "cli/cli.h"
#include "import/importer.h"
#include "storage/database.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QLocale>

// loopdesk-cli import: survey exports and invited lists in, every rejected row explained.
namespace loopdesk::core {
namespace {

QPair<QString, QString> splitAssignment(const QString& text, const char* option)
{
    const qsizetype equals = text.indexOf(QLatin1Char('='));
    if (equals <= 0) {
        throw UsageError(Cli::tr("--%1 takes FIELD=VALUE, not \"%2\"").arg(QLatin1String(option), text));
    }
    return {text.left(equals).trimmed(), text.mid(equals + 1)};
}

ImportOptions optionsFrom(const Arguments& args)
{
    ImportOptions o;
    o.preset = args.value(QStringLiteral("preset"));
    o.waveName = args.value(QStringLiteral("wave"));
    if (args.has(QStringLiteral("metric"))) {
        const auto metric = metricFromKey(args.value(QStringLiteral("metric")));
        if (!metric) {
            throw UsageError(Cli::tr("--metric is nps, csat or ces"));
        }
        o.metric = *metric;
    }
    for (const QString& map : args.values(QStringLiteral("map"))) {
        o.maps << splitAssignment(map, "map");
    }
    for (const QString& set : args.values(QStringLiteral("set"))) {
        o.constants << splitAssignment(set, "set");
    }
    if (args.has(QStringLiteral("date-format"))) {
        const auto order = DateParser::orderFromFormat(args.value(QStringLiteral("date-format")));
        if (!order) {
            throw UsageError(Cli::tr("--date-format is dd/MM/yyyy, MM/dd/yyyy, dd.MM.yyyy, yyyy-MM-dd or epoch"));
        }
        o.dateOrder = *order;
    }
    if (args.has(QStringLiteral("timezone"))) {
        const QTimeZone zone(args.value(QStringLiteral("timezone")).toUtf8());
        if (!zone.isValid()) {
            throw UsageError(Cli::tr("--timezone needs a zone name such as UTC or Europe/Warsaw"));
        }
        o.timeZone = zone;
    }
    for (const QString& code : args.values(QStringLiteral("missing"))) {
        bool ok = false;
        o.missingCodes << code.toInt(&ok);
        if (!ok) {
            throw UsageError(Cli::tr("--missing takes a whole number, such as 99"));
        }
    }
    o.wideDimension = args.value(QStringLiteral("wide-dimension"), o.wideDimension);
    o.invitedList = args.has(QStringLiteral("invited"));
    if (args.has(QStringLiteral("encoding"))) {
        o.encoding = encodingFromName(args.value(QStringLiteral("encoding")));
        if (!o.encoding) {
            throw UsageError(Cli::tr("--encoding is UTF-8, UTF-16LE, UTF-16BE, Windows-1250 or Windows-1252"));
        }
    }
    if (args.has(QStringLiteral("delimiter"))) {
        const QString d = args.value(QStringLiteral("delimiter"));
        const QString plain = d == QLatin1String("tab") || d == QLatin1String("\\t") ? QStringLiteral("\t") : d;
        if (plain.size() != 1 || plain.at(0).unicode() > 127) {
            throw UsageError(Cli::tr("--delimiter is one character: , ; or tab"));
        }
        o.delimiter = plain.at(0).toLatin1();
    }
    return o;
}

int runImport(CliContext& ctx, const Arguments& args)
{
    if (args.positional().size() != 1) {
        throw UsageError(Cli::tr("import needs exactly one file"));
    }
    const QString file = args.positional().first();
    const ImportOptions options = optionsFrom(args);
    const auto db = ctx.openDatabase(true);
    ImportSummary summary;
    try {
        summary = Importer(*db, ctx.clock).run(file, options);
    } catch (const ImportError& error) {
        if (ctx.json) {
            ctx.printJson({{QStringLiteral("error"), error.message()},
                           {QStringLiteral("choices"), QJsonArray::fromStringList(error.choices())}});
        }
        throw;
    }
    if (args.has(QStringLiteral("rejects"))) {
        Importer::writeRejects(summary, args.value(QStringLiteral("rejects")));
    }
    const ImportInspection& found = summary.inspection;
    if (ctx.json) {
        QJsonObject kinds;
        for (auto it = summary.rejectedByKind.cbegin(); it != summary.rejectedByKind.cend(); ++it) {
            kinds.insert(it.key(), it.value());
        }
        QJsonArray firstRejects;
        for (const RejectedRow& r : summary.rejects.mid(0, 50)) {
            firstRejects.append(QJsonObject{{QStringLiteral("line"), r.line},
                                            {QStringLiteral("column"), r.column},
                                            {QStringLiteral("kind"), r.kind},
                                            {QStringLiteral("reason"), r.reason}});
        }
        QJsonArray scoreColumns;
        for (int c : found.mapping.scoreColumns) {
            scoreColumns.append(found.mapping.labels.value(c, found.mapping.columns.value(c)));
        }
        ctx.printJson({{QStringLiteral("file"), file},
                       {QStringLiteral("wave"), summary.waveName},
                       {QStringLiteral("preset"), found.mapping.preset},
                       {QStringLiteral("encoding"), encodingName(found.encoding)},
                       {QStringLiteral("delimiter"), QString(QLatin1Char(found.delimiter))},
                       {QStringLiteral("score_columns"), scoreColumns},
                       {QStringLiteral("rows"), summary.rows},
                       {QStringLiteral("imported"), summary.imported},
                       {QStringLiteral("duplicates"), summary.duplicates},
                       {QStringLiteral("rejected"), summary.rejected},
                       {QStringLiteral("rejected_by_kind"), kinds},
                       {QStringLiteral("rejects"), firstRejects},
                       {QStringLiteral("cases_opened"), summary.casesOpened},
                       {QStringLiteral("comments_tagged"), summary.commentsTagged},
                       {QStringLiteral("invitations"), summary.invitations},
                       {QStringLiteral("warnings"), QJsonArray::fromStringList(found.warnings)}});
        return ExitOk;
    }
    const QLocale locale;
    QTextStream& out = ctx.out;
    out << Cli::tr("%1: %2 export, %3, delimiter \"%4\"")
               .arg(QFileInfo(file).fileName(), found.mapping.preset, encodingName(found.encoding),
                    found.delimiter == '\t' ? QStringLiteral("tab") : QString(QLatin1Char(found.delimiter)))
        << '\n';
    for (const QString& warning : found.warnings) {
        out << Cli::tr("Note: %1").arg(warning) << '\n';
    }
    if (options.invitedList) {
        out << Cli::tr("Recorded %1 invitations for wave \"%2\" (%3 already there, %4 rows rejected).")
                   .arg(locale.toString(summary.invitations), summary.waveName, locale.toString(summary.duplicates),
                        locale.toString(summary.rejected))
            << '\n';
    } else {
        out << Cli::tr("Imported %1 answers from %2 rows into wave \"%3\": %4 already there, %5 rejected; opened %6 "
                       "follow-up cases.")
                   .arg(locale.toString(summary.imported), locale.toString(summary.rows), summary.waveName,
                        locale.toString(summary.duplicates), locale.toString(summary.rejected),
                        locale.toString(summary.casesOpened))
            << '\n';
    }
    for (const RejectedRow& r : summary.rejects.mid(0, 20)) {
        out << "  "
            << (r.column.isEmpty() ? Cli::tr("line %1: %2").arg(r.line).arg(r.reason)
                                   : Cli::tr("line %1, column \"%2\": %3").arg(r.line).arg(r.column, r.reason))
            << '\n';
    }
    if (summary.rejected > 20) {
        out << Cli::tr("  … and %1 more; --rejects FILE.csv writes them all.")
                   .arg(locale.toString(summary.rejected - 20))
            << '\n';
    }
    return ExitOk;
}

} // namespace

void addImportCommands(Cli& cli)
{
    cli.add({QStringLiteral("import"),
             QStringLiteral("import FILE [--preset P] [--wave NAME] [--map FIELD=COLUMN]... [--set FIELD=VALUE]... "
                            "[--date-format FMT] [--timezone TZ] [--missing CODE]... [--metric nps|csat|ces] "
                            "[--wide-dimension NAME] [--encoding E] [--delimiter D] [--invited] [--rejects OUT.csv]"),
             Cli::tr("import a survey export (or, with --invited, an invited list)"),
             {QStringLiteral("preset"), QStringLiteral("wave"), QStringLiteral("map"), QStringLiteral("set"),
              QStringLiteral("date-format"), QStringLiteral("timezone"), QStringLiteral("missing"),
              QStringLiteral("metric"), QStringLiteral("wide-dimension"), QStringLiteral("encoding"),
              QStringLiteral("delimiter"), QStringLiteral("rejects")},
             {QStringLiteral("invited")},
             runImport});
}

} // namespace loopdesk::core
