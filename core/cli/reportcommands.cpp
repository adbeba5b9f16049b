// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/arguments.h"
#include "cli/cli.h"
#include "domain/clock.h"
#include "import/csvcell.h"
#include "review/departmentdigest.h"
#include "review/outreach.h"
#include "review/quarterlyreview.h"
#include "review/reviewjson.h"
#include "storage/actionstore.h"
#include "storage/database.h"
#include "storage/settingsstore.h"
#include "storage/staffstore.h"
#include "workflow/actionimpact.h"

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

// The review as one long table, `section,label,measure,value`: every figure a row, for a
// spreadsheet's pivot table. Labels are the data's own names; cells are safe to open.
void writeReviewCsv(const QuarterlyReview& r, const QString& path)
{
    QList<QStringList> rows{
        {QStringLiteral("section"), QStringLiteral("label"), QStringLiteral("measure"), QStringLiteral("value")}};
    const auto number = [](double v) { return QString::number(v, 'f', 2); };
    const auto score = [&](const QString& section, const QString& label, const NetScore& s) {
        rows << QStringList{section, label, QStringLiteral("n"), QString::number(s.counts.total())};
        rows << QStringList{section, label, QStringLiteral("promoters"), QString::number(s.counts.positive)};
        rows << QStringList{section, label, QStringLiteral("passives"), QString::number(s.counts.neutral)};
        rows << QStringList{section, label, QStringLiteral("detractors"), QString::number(s.counts.negative)};
        if (s.score) {
            rows << QStringList{section, label, QStringLiteral("nps"), number(*s.score)};
            rows << QStringList{section, label, QStringLiteral("ci_low"), number(s.ciLow)};
            rows << QStringList{section, label, QStringLiteral("ci_high"), number(s.ciHigh)};
        }
        rows << QStringList{section, label, QStringLiteral("small_sample"),
                            s.smallSample ? QStringLiteral("true") : QStringLiteral("false")};
    };
    score(QStringLiteral("quarter"), r.scope.quarter.label(), r.nps);
    score(QStringLiteral("previous_quarter"), r.previous.label(), r.previousNps);
    if (r.nps.score && r.previousNps.score) {
        rows << QStringList{QStringLiteral("change"), r.scope.quarter.label(), QStringLiteral("delta"),
                            number(r.change.delta)};
        rows << QStringList{QStringLiteral("change"), r.scope.quarter.label(), QStringLiteral("z"), number(r.change.z)};
        rows << QStringList{QStringLiteral("change"), r.scope.quarter.label(), QStringLiteral("significant"),
                            r.change.significant ? QStringLiteral("true") : QStringLiteral("false")};
    }
    if (r.responseRate) {
        rows << QStringList{QStringLiteral("response_rate"), r.scope.quarter.label(), QStringLiteral("rate"),
                            number(*r.responseRate)};
    }
    for (const ReportRow& row : r.trend) {
        score(QStringLiteral("trend"), row.group.join(QString()), row.score);
    }
    for (const ReviewSegmentTable& table : r.segments) {
        for (const ReportRow& row : table.rows) {
            const QString value = row.group.join(QStringLiteral(" / "));
            score(QStringLiteral("segment:") + table.dimension, value.isEmpty() ? Cli::tr("(not set)") : value,
                  row.score);
        }
    }
    for (const ThemeDriver& t : r.themes) {
        rows << QStringList{QStringLiteral("theme"), t.theme, QStringLiteral("mentions"), QString::number(t.mentions)};
        rows << QStringList{QStringLiteral("theme"), t.theme, QStringLiteral("share_of_detractors"),
                            number(t.shareOfDetractors)};
        rows << QStringList{QStringLiteral("theme"), t.theme, QStringLiteral("impact"), number(t.impact)};
        rows << QStringList{QStringLiteral("theme"), t.theme, QStringLiteral("points_lost"), number(t.pointsLost)};
    }
    for (const ReviewWhatIf& w : r.whatIfs) {
        rows << QStringList{QStringLiteral("whatif"), w.theme, QStringLiteral("gain_to_passive"),
                            number(w.toPassive.delta)};
        rows << QStringList{QStringLiteral("whatif"), w.theme, QStringLiteral("gain_to_promoter"),
                            number(w.toPromoter.delta)};
    }
    const auto kpis = [&](const QString& label, const LoopKpis& k) {
        const auto add = [&](const char* measure, const QString& value) {
            rows << QStringList{QStringLiteral("loop"), label, QString::fromLatin1(measure), value};
        };
        add("cases", QString::number(k.cases));
        add("open", QString::number(k.open));
        add("breaches", QString::number(k.breaches));
        if (const auto share = k.contactedInTimeShare()) {
            add("contacted_in_time", number(*share));
        }
        if (k.medianHoursToFirstContact) {
            add("median_hours_to_first_contact", number(*k.medianHoursToFirstContact));
        }
        if (const auto share = k.saveRate()) {
            add("save_rate", number(*share));
        }
    };
    kpis(Cli::tr("(everyone)"), r.kpis);
    for (auto it = r.kpisByOwner.cbegin(); it != r.kpisByOwner.cend(); ++it) {
        kpis(it.key().isEmpty() ? Cli::tr("(nobody)") : it.key(), it.value());
    }
    for (const ReviewAction& a : r.actions) {
        rows << QStringList{QStringLiteral("action"), a.action.title, QStringLiteral("status"),
                            actionStatusKey(a.action.status)};
        rows << QStringList{QStringLiteral("action"), a.action.title, QStringLiteral("expected_gain"),
                            number(a.action.expectedNpsGain)};
        rows << QStringList{QStringLiteral("action"), a.action.title, QStringLiteral("tasks_done"),
                            QStringLiteral("%1/%2").arg(a.tasksDone).arg(a.action.tasks.size())};
        if (a.impact) {
            for (const auto& [measure, value] : impactMeasures(*a.impact)) {
                rows << QStringList{QStringLiteral("action"), a.action.title, measure, value};
            }
        }
    }
    for (const Action& a : r.declined) {
        rows << QStringList{QStringLiteral("declined"), a.title, QStringLiteral("reason"), a.rejectionReason};
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        throw StorageError(Cli::tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    for (const QStringList& row : rows) {
        file.write(csvLine(row).toUtf8() + "\r\n");
    }
    if (!file.commit()) {
        throw StorageError(Cli::tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
}

int runReport(CliContext& ctx, const Arguments& args)
{
    const QString quarterText = args.value(QStringLiteral("quarter"));
    if (quarterText.isEmpty()) {
        throw UsageError(Cli::tr("report needs --quarter, such as --quarter 2026Q3"));
    }
    const bool pdf = args.has(QStringLiteral("pdf"));
    const bool csv = args.has(QStringLiteral("csv"));
    if (int(pdf) + int(csv) + int(ctx.json) > 1) {
        throw UsageError(Cli::tr("report writes one thing at a time: choose --pdf, --csv or --json"));
    }
    if (args.has(QStringLiteral("segment")) && args.has(QStringLiteral("account"))) {
        throw UsageError(Cli::tr("a review covers one segment or one account, not both"));
    }
    if (args.has(QStringLiteral("lang"))) {
        const QString language = args.value(QStringLiteral("lang"));
        if (!ctx.services.useLanguage || !ctx.services.useLanguage(language)) {
            throw UsageError(Cli::tr("--lang is en, pl or it, not \"%1\"").arg(language));
        }
    }
    if (pdf && !ctx.services.writeReviewPdf) {
        throw UsageError(Cli::tr("this program cannot write PDF files; use loopdesk-cli"));
    }
    const auto db = ctx.openDatabase();
    const int fiscalStart = fiscalStartMonth(SettingsStore(*db));
    // "previous": the quarter before today's, for a schedule that runs when a quarter has ended.
    const std::optional<Period> quarter =
        quarterText == QLatin1String("previous")
            ? std::optional(
                  Period::containing(monthIndex(ctx.clock.nowUtc().date()) - 3, PeriodUnit::Quarter, fiscalStart))
            : Period::parse(quarterText, fiscalStart);
    if (!quarter || quarter->unit() != PeriodUnit::Quarter) {
        throw UsageError(Cli::tr("--quarter is a quarter such as 2026Q3 or FY2027Q1, not \"%1\"").arg(quarterText));
    }
    ReviewScope scope{*quarter, {}, {}};
    if (args.has(QStringLiteral("segment"))) {
        scope.segment = segmentArgument(args.value(QStringLiteral("segment")));
    }
    scope.account = args.value(QStringLiteral("account"));
    const QuarterlyReview r = QuarterlyReviewComposer(*db, ctx.clock).compose(scope);
    if (ctx.json) {
        ctx.printJson(reviewToJson(r));
        return ExitOk;
    }
    if (pdf || csv) {
        const QString path = args.value(pdf ? QStringLiteral("pdf") : QStringLiteral("csv"));
        if (pdf) {
            const QString problem = ctx.services.writeReviewPdf(r, path);
            if (!problem.isEmpty()) {
                throw StorageError(problem);
            }
        } else {
            writeReviewCsv(r, path);
        }
        ctx.out << Cli::tr("Wrote %1 to %2").arg(r.title, QDir::toNativeSeparators(path)) << '\n';
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
            QJsonObject item = actionToJson(a);
            if (const std::optional<ActionImpact> impact = actionImpact(*db, a, ctx.clock.nowUtc())) {
                item.insert(QStringLiteral("impact"), impactToJson(*impact));
            }
            list.append(item);
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
        if (const std::optional<ActionImpact> impact = actionImpact(*db, a, ctx.clock.nowUtc())) {
            ctx.out << "       " << impactSummary(*impact) << '\n';
        }
    }
    return ExitOk;
}

int runDigest(CliContext& ctx, const Arguments& args)
{
    const QString department = args.value(QStringLiteral("department"));
    const QString periodText = args.value(QStringLiteral("period"));
    if (department.isEmpty() || periodText.isEmpty()) {
        throw UsageError(Cli::tr("digest needs --department NAME and --period, such as --period 2026Q3 or 2026-10"));
    }
    const bool pdf = args.has(QStringLiteral("pdf"));
    const bool csv = args.has(QStringLiteral("csv"));
    if (int(pdf) + int(csv) + int(ctx.json) > 1) {
        throw UsageError(Cli::tr("digest writes one thing at a time: choose --pdf, --csv or --json"));
    }
    if (args.has(QStringLiteral("lang"))) {
        const QString language = args.value(QStringLiteral("lang"));
        if (!ctx.services.useLanguage || !ctx.services.useLanguage(language)) {
            throw UsageError(Cli::tr("--lang is en, pl or it, not \"%1\"").arg(language));
        }
    }
    if (pdf && !ctx.services.writeDigestPdf) {
        throw UsageError(Cli::tr("this program cannot write PDF files; use loopdesk-cli"));
    }
    const auto db = ctx.openDatabase();
    const int fiscalStart = fiscalStartMonth(SettingsStore(*db));
    // "previous": the month, quarter or year before today's, for a schedule.
    std::optional<Period> period = Period::parse(periodText, fiscalStart);
    const int thisMonth = monthIndex(ctx.clock.nowUtc().date());
    if (periodText == QLatin1String("previous-month")) {
        period = Period::containing(thisMonth - 1, PeriodUnit::Month, fiscalStart);
    } else if (periodText == QLatin1String("previous-quarter")) {
        period = Period::containing(thisMonth - 3, PeriodUnit::Quarter, fiscalStart);
    }
    if (!period) {
        throw UsageError(
            Cli::tr("--period is a month, quarter or year (2026-10, 2026Q3, 2026), previous-month or previous-quarter, "
                    "not \"%1\"")
                .arg(periodText));
    }
    const DepartmentDigest d =
        DepartmentDigestComposer(*db, ctx.clock).compose(department, *period, args.has(QStringLiteral("anonymise")));
    if (ctx.json) {
        ctx.printJson(digestToJson(d));
        return ExitOk;
    }
    if (pdf || csv) {
        const QString path = args.value(pdf ? QStringLiteral("pdf") : QStringLiteral("csv"));
        if (pdf) {
            const QString problem = ctx.services.writeDigestPdf(d, path);
            if (!problem.isEmpty()) {
                throw StorageError(problem);
            }
        } else {
            writeDigestCsv(d, path);
        }
        ctx.out << Cli::tr("Wrote %1 to %2").arg(d.title, QDir::toNativeSeparators(path)) << '\n';
        return ExitOk;
    }
    QTextStream& out = ctx.out;
    out << d.title << '\n' << QString(d.title.size(), QLatin1Char('=')) << "\n\n";
    out << Cli::tr("NPS of everyone in %1: %2").arg(d.period.label(), scoreLine(d.overall)) << '\n';
    out << Cli::tr("NPS points lost to this department's themes: %1").arg(d.pointsLost, 0, 'f', 1) << "\n\n";
    for (const DigestTheme& t : d.themes) {
        out << Cli::tr("%1: %2 mentions (%3 before), %4 detractors, %5 points lost (%6 before)")
                   .arg(t.now.theme)
                   .arg(t.now.mentions)
                   .arg(t.mentionsBefore)
                   .arg(t.now.mentioning.counts.negative)
                   .arg(t.now.pointsLost, 0, 'f', 1)
                   .arg(t.pointsLostBefore, 0, 'f', 1)
            << '\n';
    }
    for (const ReviewVoices& v : d.voices) {
        out << '\n' << v.theme << '\n';
        for (const QString& comment : v.comments) {
            out << QStringLiteral("  \u201c%1\u201d").arg(comment) << '\n';
        }
    }
    out << '\n' << Cli::tr("Actions on these themes: %1").arg(d.actions.size()) << '\n';
    for (const ReviewAction& a : d.actions) {
        out << QStringLiteral("  %1 [%2]%3")
                   .arg(a.action.title, actionStatusKey(a.action.status),
                        a.pastDeadline || !a.overdueTasks.isEmpty() ? Cli::tr(", OVERDUE") : QString())
            << '\n';
    }
    out << Cli::tr("Cases waiting on %1: %2").arg(d.department).arg(d.waiting.size()) << '\n';
    for (const DigestCase& c : d.waiting) {
        out << QStringLiteral("  #%1 %2%3%4")
                   .arg(c.id)
                   .arg(c.theme, c.customer.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(c.customer),
                        c.overdue ? Cli::tr(", OVERDUE") : QString())
            << '\n';
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
             QStringLiteral("report --quarter 2026Q3|previous [--segment DIM=VALUE | --account NAME] [--lang en|pl|it] "
                            "[--pdf OUT.pdf | --csv OUT.csv]"),
             Cli::tr("the quarterly loop review: NPS and its change, segments, themes, what-if, the loop, actions; "
                     "as text, JSON, an executive PDF or a CSV of every figure"),
             {QStringLiteral("quarter"), QStringLiteral("segment"), QStringLiteral("account"), QStringLiteral("lang"),
              QStringLiteral("pdf"), QStringLiteral("csv")},
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
    cli.add({QStringLiteral("digest"),
             QStringLiteral("digest --department NAME --period 2026Q3|2026-10|previous-month|previous-quarter "
                            "[--anonymise] [--lang en|pl|it] [--pdf OUT.pdf | --csv OUT.csv]"),
             Cli::tr("a department's digest: the themes routed to it with counts, trend and NPS points lost, "
                     "customers' words, actions on its themes and cases waiting on it"),
             {QStringLiteral("department"), QStringLiteral("period"), QStringLiteral("lang"), QStringLiteral("pdf"),
              QStringLiteral("csv")},
             {QStringLiteral("anonymise")},
             runDigest});
}

} // namespace loopdesk::core
