// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/arguments.h"
#include "cli/cli.h"
#include "review/outreach.h"
#include "review/quarterlyreview.h"
#include "review/reviewjson.h"
#include "storage/actionstore.h"
#include "storage/database.h"
#include "storage/settingsstore.h"
#include "storage/staffstore.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QSaveFile>

// report, actions: the quarterly loop review and the action plan from a terminal or a script.
namespace loopdesk::core {
namespace {

QString scoreLine(const NetScore& s)
{
    if (!s.score) {
        return Cli::tr("no answers");
    }
    return Cli::tr("%1 (95 %: %2 to %3, n = %4)%5")
        .arg(QString::number(*s.score, 'f', 1), QString::number(s.ciLow, 'f', 1), QString::number(s.ciHigh, 'f', 1))
        .arg(s.counts.total())
        .arg(s.smallSample ? Cli::tr(", small sample") : QString());
}

QString percent(const std::optional<double>& share)
{
    return share ? QString::number(100.0 * *share, 'f', 1) + QStringLiteral(" %") : Cli::tr("-");
}

int runReport(CliContext& ctx, const Arguments& args)
{
    const QString quarterText = args.value(QStringLiteral("quarter"));
    if (quarterText.isEmpty()) {
        throw UsageError(Cli::tr("report needs --quarter, such as --quarter 2026Q3"));
    }
    const auto db = ctx.openDatabase();
    const int fiscalStart = fiscalStartMonth(SettingsStore(*db));
    const std::optional<Period> quarter = Period::parse(quarterText, fiscalStart);
    if (!quarter || quarter->unit() != PeriodUnit::Quarter) {
        throw UsageError(Cli::tr("--quarter is a quarter such as 2026Q3 or FY2027Q1, not \"%1\"").arg(quarterText));
    }
    ReviewScope scope{*quarter, {}};
    if (args.has(QStringLiteral("segment"))) {
        scope.segment = segmentArgument(args.value(QStringLiteral("segment")));
    }
    const QuarterlyReview r = QuarterlyReviewComposer(*db, ctx.clock).compose(scope);
    if (ctx.json) {
        ctx.printJson(reviewToJson(r));
        return ExitOk;
    }
    QTextStream& out = ctx.out;
    out << r.title << '\n' << QString(r.title.size(), QLatin1Char('=')) << "\n\n";
    out << Cli::tr("NPS %1: %2").arg(r.scope.quarter.label(), scoreLine(r.nps)) << '\n';
    out << Cli::tr("NPS %1: %2").arg(r.previous.label(), scoreLine(r.previousNps)) << '\n';
    if (r.nps.score && r.previousNps.score) {
        out << Cli::tr("Change: %1%2 points, %3")
                   .arg(r.change.delta >= 0 ? QStringLiteral("+") : QString(), QString::number(r.change.delta, 'f', 1),
                        r.change.significant
                            ? Cli::tr("significant (|z| = %1)").arg(std::abs(r.change.z), 0, 'f', 2)
                            : Cli::tr("not significant (|z| = %1 < 1.96)").arg(std::abs(r.change.z), 0, 'f', 2))
            << '\n';
    }
    out << Cli::tr("Response rate: %1")
               .arg(r.responseRate ? Cli::tr("%1 (%2 of %3 invited)")
                                         .arg(percent(r.responseRate))
                                         .arg(r.invitedAnswers)
                                         .arg(r.invited)
                                   : Cli::tr("no invited list for this scope"))
        << "\n\n";
    for (const ReviewSegmentTable& table : r.segments) {
        out << Cli::tr("NPS by %1").arg(table.dimension) << '\n';
        for (const ReportRow& row : table.rows) {
            out << "  " << row.group.join(QStringLiteral(" / ")).leftJustified(24) << ' ' << scoreLine(row.score)
                << '\n';
        }
        out << '\n';
    }
    out << Cli::tr("Top themes (mentions, share of detractors, NPS points lost)") << '\n';
    for (const ThemeDriver& d : r.themes) {
        out << "  " << d.theme.leftJustified(32) << ' ' << QString::number(d.mentions).rightJustified(7) << ' '
            << percent(d.shareOfDetractors).rightJustified(8) << ' '
            << QString::number(d.pointsLost, 'f', 1).rightJustified(6) << '\n';
    }
    out << '\n' << Cli::tr("What if the theme were fixed for everyone who named it") << '\n';
    for (const ReviewWhatIf& w : r.whatIfs) {
        out << "  " << w.theme.leftJustified(32) << ' '
            << Cli::tr("detractors to passives: %1 (+%2); all to promoters: %3 (+%4)")
                   .arg(QString::number(w.toPassive.after.score.value_or(0), 'f', 1),
                        QString::number(w.toPassive.delta, 'f', 1),
                        QString::number(w.toPromoter.after.score.value_or(0), 'f', 1),
                        QString::number(w.toPromoter.delta, 'f', 1))
            << '\n';
    }
    out << '\n'
        << Cli::tr("The loop (cases opened in the quarter)") << '\n'
        << Cli::tr("  cases %1, contacted within the SLA %2, median hours to first contact %3, save rate %4, "
                   "still open %5")
               .arg(r.kpis.cases)
               .arg(percent(r.kpis.contactedInTimeShare()))
               .arg(r.kpis.medianHoursToFirstContact ? QString::number(*r.kpis.medianHoursToFirstContact, 'f', 1)
                                                     : Cli::tr("-"))
               .arg(percent(r.kpis.saveRate()))
               .arg(r.kpis.open)
        << "\n\n";
    out << Cli::tr("Action plan") << '\n';
    for (const ReviewAction& a : r.actions) {
        out << "  " << a.action.title << " [" << actionStatusKey(a.action.status) << "] "
            << Cli::tr("owner %1, tasks %2/%3, expected +%4 NPS%5")
                   .arg(a.owner.isEmpty() ? Cli::tr("nobody") : a.owner)
                   .arg(a.tasksDone)
                   .arg(a.action.tasks.size())
                   .arg(a.action.expectedNpsGain, 0, 'f', 1)
                   .arg(a.pastDeadline || !a.overdueTasks.isEmpty() ? Cli::tr(", OVERDUE") : QString())
            << '\n';
    }
    if (!r.declined.isEmpty()) {
        out << '\n' << Cli::tr("Declined, and what customers are told") << '\n';
        for (const Action& a : r.declined) {
            out << "  " << a.title << ": " << a.rejectionReason << " / " << a.customerMessage << '\n';
        }
    }
    return ExitOk;
}

int runActions(CliContext& ctx, const Arguments&)
{
    const auto db = ctx.openDatabase();
    const QList<Action> actions = ActionStore(*db).all();
    if (ctx.json) {
        QJsonArray list;
        for (const Action& a : actions) {
            list.append(actionToJson(a));
        }
        ctx.printJson({{QStringLiteral("actions"), list}});
        return ExitOk;
    }
    if (actions.isEmpty()) {
        ctx.out << Cli::tr("No actions yet.") << '\n';
        return ExitOk;
    }
    const StaffStore staff(*db);
    for (const Action& a : actions) {
        int done = 0;
        for (const ActionTask& t : a.tasks) {
            done += t.done ? 1 : 0;
        }
        const auto owner = a.ownerId ? staff.get(a.ownerId) : std::nullopt;
        ctx.out << QString::number(a.id).rightJustified(5) << "  " << actionStatusKey(a.status).leftJustified(12)
                << a.title << "  ("
                << Cli::tr("owner %1, tasks %2/%3, expected +%4 NPS")
                       .arg(owner ? owner->name : Cli::tr("nobody"))
                       .arg(done)
                       .arg(a.tasks.size())
                       .arg(a.expectedNpsGain, 0, 'f', 1)
                << ")\n";
    }
    return ExitOk;
}

int runOutreach(CliContext& ctx, const Arguments& args)
{
    const QString quarterText = args.value(QStringLiteral("quarter"));
    const QString out = args.value(QStringLiteral("out"));
    if (quarterText.isEmpty() || out.isEmpty()) {
        throw UsageError(Cli::tr("outreach needs --quarter 2026Q3 and --out FILE.csv"));
    }
    const auto db = ctx.openDatabase();
    const std::optional<Period> quarter = Period::parse(quarterText, fiscalStartMonth(SettingsStore(*db)));
    if (!quarter || quarter->unit() != PeriodUnit::Quarter) {
        throw UsageError(Cli::tr("--quarter is a quarter such as 2026Q3 or FY2027Q1, not \"%1\"").arg(quarterText));
    }
    const Outreach outreach = OutreachComposer(*db).compose(*quarter);
    OutreachComposer::writeCsv(outreach, out);
    // The letter beside the list, in each language, for the mail merge.
    const QFileInfo csv(out);
    QStringList letters;
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("pl"), QStringLiteral("it")}) {
        const QString path =
            csv.dir().filePath(csv.completeBaseName() + QStringLiteral("-letter-%1.txt").arg(language));
        QSaveFile letter(path);
        const QByteArray text = OutreachComposer::letterTemplate(language).toUtf8();
        if (!letter.open(QIODevice::WriteOnly) || letter.write(text) != text.size() || !letter.commit()) {
            throw StorageError(Cli::tr("LoopDesk could not write %1").arg(QDir::toNativeSeparators(path)));
        }
        letters << path;
    }
    qint64 respondents = 0;
    for (const OutreachRecipient& r : outreach.recipients) {
        respondents += r.responded ? 1 : 0;
    }
    if (ctx.json) {
        ctx.printJson({{QStringLiteral("file"), out},
                       {QStringLiteral("letters"), QJsonArray::fromStringList(letters)},
                       {QStringLiteral("respondents"), respondents},
                       {QStringLiteral("invited_no_answer"), outreach.recipients.size() - respondents},
                       {QStringLiteral("changed"), QJsonArray::fromStringList(outreach.changed)},
                       {QStringLiteral("declined"), QJsonArray::fromStringList(outreach.declined)}});
        return ExitOk;
    }
    ctx.out << Cli::tr("Wrote %1: %2 respondents and %3 invited who did not answer; %4 changes and %5 declined "
                       "suggestions to tell them about.")
                   .arg(QDir::toNativeSeparators(out))
                   .arg(respondents)
                   .arg(outreach.recipients.size() - respondents)
                   .arg(outreach.changed.size())
                   .arg(outreach.declined.size())
            << '\n'
            << Cli::tr("Letters: %1").arg(letters.join(QStringLiteral(", "))) << '\n';
    return ExitOk;
}

} // namespace

void addReportCommands(Cli& cli)
{
    cli.add({QStringLiteral("report"),
             QStringLiteral("report --quarter 2026Q3 [--segment DIM=VALUE]"),
             Cli::tr("the quarterly loop review: NPS and its change, segments, themes, what-if, the loop, actions"),
             {QStringLiteral("quarter"), QStringLiteral("segment")},
             {},
             runReport});
    cli.add({QStringLiteral("actions"),
             QStringLiteral("actions"),
             Cli::tr("the action plan: every action with its status, owner, tasks and expected gain"),
             {},
             {},
             runActions});
    cli.add({QStringLiteral("outreach"),
             QStringLiteral("outreach --quarter 2026Q3 --out FILE.csv"),
             Cli::tr("closing the outer loop: a mail-merge list of the quarter's respondents and invited "
                     "non-responders with what we changed and declined, and the letter in en, pl and it"),
             {QStringLiteral("quarter"), QStringLiteral("out")},
             {},
             runOutreach});
}

} // namespace loopdesk::core
