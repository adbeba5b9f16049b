// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/arguments.h"
#include "cli/cli.h"
#include "domain/period.h"
#include "metrics/drivers.h"
#include "metrics/npsreport.h"
#include "metrics/responserate.h"
#include "storage/database.h"
#include "storage/responsestore.h"
#include "storage/settingsstore.h"
#include "storage/storageerror.h"
#include "storage/themestore.h"
#include "themes/themetagger.h"

#include <QJsonArray>

#include <cmath>

// nps, compare, drivers, whatif, themes, waves: NPS analytics from a terminal or a script.
namespace loopdesk::core {
namespace {

const QSet<QString> kFilterOptions{QStringLiteral("metric"),      QStringLiteral("from"),    QStringLiteral("to"),
                                   QStringLiteral("wave"),        QStringLiteral("segment"), QStringLiteral("theme"),
                                   QStringLiteral("fiscal-start")};
const QString kFilterSynopsis =
    QStringLiteral("[--from DATE] [--to DATE] [--wave NAME]... [--segment DIM=VALUE]... [--theme NAME]...");

QSet<QString> with(QSet<QString> options, std::initializer_list<QString> more)
{
    for (const QString& o : more) {
        options.insert(o);
    }
    return options;
}

int fiscalStart(Database& db, const Arguments& args)
{
    if (!args.has(QStringLiteral("fiscal-start"))) {
        return fiscalStartMonth(SettingsStore(db));
    }
    bool ok = false;
    const int month = args.value(QStringLiteral("fiscal-start")).toInt(&ok);
    if (!ok || month < 1 || month > 12) {
        throw UsageError(Cli::tr("--fiscal-start is the month a fiscal year starts in, 1 to 12"));
    }
    return month;
}

// A day, or a period whose first (for --from) or last (for --to) day is meant.
QDate dateArgument(const Arguments& args, const QString& name, bool first, int fiscalStartMonth)
{
    const QString text = args.value(name);
    if (text.isEmpty()) {
        return {};
    }
    if (const QDate day = QDate::fromString(text, Qt::ISODate); day.isValid()) {
        return day;
    }
    if (const std::optional<Period> period = Period::parse(text, fiscalStartMonth)) {
        return first ? period->firstDay() : period->lastDay();
    }
    throw UsageError(
        Cli::tr("--%1 takes a day (2026-03-31) or a period (2026-03, 2026Q1, 2026), not \"%2\"").arg(name, text));
}

// With `periodWindow`, the time window is one --period (whatif, whose --to says where answers move).
ReportFilter filterFrom(const Arguments& args, int fiscalStartMonth, bool periodWindow = false)
{
    ReportFilter f;
    const QString metric = args.value(QStringLiteral("metric"), QStringLiteral("nps"));
    const std::optional<Metric> m = metricFromKey(metric.toLower());
    if (!m) {
        throw UsageError(Cli::tr("--metric is nps, csat or ces, not \"%1\"").arg(metric));
    }
    f.metric = *m;
    f.waves = args.values(QStringLiteral("wave"));
    for (const QString& s : args.values(QStringLiteral("segment"))) {
        f.segments << segmentArgument(s);
    }
    f.themes = args.values(QStringLiteral("theme"));
    if (periodWindow) {
        if (!args.has(QStringLiteral("period"))) {
            return f;
        }
        const QString text = args.value(QStringLiteral("period"));
        const std::optional<Period> period = Period::parse(text, fiscalStartMonth);
        if (!period) {
            throw UsageError(Cli::tr("a period is written 2026Q1, FY2027Q1, 2026-03 or 2026, not \"%1\"").arg(text));
        }
        f.from = period->firstDay();
        f.to = period->lastDay();
        return f;
    }
    f.from = dateArgument(args, QStringLiteral("from"), true, fiscalStartMonth);
    f.to = dateArgument(args, QStringLiteral("to"), false, fiscalStartMonth);
    if (f.from.isValid() && f.to.isValid() && f.to < f.from) {
        throw UsageError(
            Cli::tr("--to (%1) is before --from (%2)").arg(f.to.toString(Qt::ISODate), f.from.toString(Qt::ISODate)));
    }
    return f;
}

// The three class names of a metric, as JSON keys.
QStringList classKeys(Metric metric)
{
    switch (metric) {
    case Metric::Nps:
        return {QStringLiteral("promoters"), QStringLiteral("passives"), QStringLiteral("detractors")};
    case Metric::Csat:
        return {QStringLiteral("satisfied"), QStringLiteral("neutral"), QStringLiteral("dissatisfied")};
    case Metric::Ces:
        return {QStringLiteral("easy"), QStringLiteral("neutral"), QStringLiteral("hard")};
    }
    return {};
}

QJsonValue rounded(double value, int decimals = 2)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

QJsonObject scoreJson(Metric metric, const NetScore& s)
{
    const QStringList keys = classKeys(metric);
    const QJsonValue score = s.score ? rounded(*s.score) : QJsonValue();
    return {{QStringLiteral("n"), s.counts.total()},
            {keys.at(0), s.counts.positive},
            {keys.at(1), s.counts.neutral},
            {keys.at(2), s.counts.negative},
            {metricKey(metric), score},
            {QStringLiteral("score"), score},
            {QStringLiteral("ci_low"), s.score ? rounded(s.ciLow) : QJsonValue()},
            {QStringLiteral("ci_high"), s.score ? rounded(s.ciHigh) : QJsonValue()},
            {QStringLiteral("small_sample"), s.smallSample}};
}

QString scoreText(const NetScore& s)
{
    if (!s.score) {
        return Cli::tr("no answers");
    }
    return Cli::tr("%1  (95 %: %2 to %3)")
        .arg(QString::number(*s.score, 'f', 1), QString::number(s.ciLow, 'f', 1), QString::number(s.ciHigh, 'f', 1));
}

// A count of answers that may be a share of some: "25", or "12.5".
QString amount(double value)
{
    return std::abs(value - std::round(value)) < 1e-9 ? QString::number(std::llround(value))
                                                      : QString::number(value, 'f', 1);
}

QString smallText(const NetScore& s)
{
    return s.score && s.smallSample ? Cli::tr("  small sample") : QString();
}

int runNps(CliContext& ctx, const Arguments& args)
{
    QList<Grouping> groupings;
    for (const QString& by : args.values(QStringLiteral("by"))) {
        const std::optional<Grouping> g = Grouping::parse(by);
        if (!g) {
            throw UsageError(Cli::tr("--by is month, quarter, year, fiscal-quarter, fiscal-year, wave, theme, "
                                     "account or segment:<dimension>, not \"%1\"")
                                 .arg(by));
        }
        groupings << *g;
    }
    const auto db = ctx.openDatabase();
    const int fiscal = fiscalStart(*db, args);
    const NpsReport report = NpsReporter(*db, fiscal).report(filterFrom(args, fiscal), groupings);
    const QString all = Cli::tr("all answers");
    if (ctx.json) {
        QJsonArray rows;
        QJsonArray by;
        for (const Grouping& g : groupings) {
            by.append(g.key());
        }
        for (const ReportRow& r : report.rows) {
            QJsonObject o = scoreJson(report.metric, r.score);
            o.insert(QStringLiteral("group"), groupings.isEmpty() ? all : r.group.join(QStringLiteral(" × ")));
            QJsonObject parts;
            for (qsizetype i = 0; i < groupings.size(); ++i) {
                parts.insert(groupings.at(i).key(), r.group.at(i));
            }
            o.insert(QStringLiteral("groups"), parts);
            rows.append(o);
        }
        ctx.printJson({{QStringLiteral("metric"), metricKey(report.metric)},
                       {QStringLiteral("by"), by},
                       {QStringLiteral("rows"), rows},
                       {QStringLiteral("total"), scoreJson(report.metric, report.total)}});
        return ExitOk;
    }
    const QString name = metricKey(report.metric).toUpper();
    qsizetype width = 10;
    for (const ReportRow& r : report.rows) {
        width = std::max(width, r.group.join(QStringLiteral(" × ")).size());
    }
    const QStringList keys = classKeys(report.metric);
    ctx.out << Cli::tr("group").leftJustified(width) << "  " << Cli::tr("n").rightJustified(8) << "  "
            << keys.at(0).rightJustified(10) << "  " << keys.at(1).rightJustified(10) << "  "
            << keys.at(2).rightJustified(12) << "  " << name << '\n';
    for (const ReportRow& r : report.rows) {
        ctx.out << (groupings.isEmpty() ? all : r.group.join(QStringLiteral(" × "))).leftJustified(width) << "  "
                << QString::number(r.score.counts.total()).rightJustified(8) << "  "
                << QString::number(r.score.counts.positive).rightJustified(10) << "  "
                << QString::number(r.score.counts.neutral).rightJustified(10) << "  "
                << QString::number(r.score.counts.negative).rightJustified(12) << "  " << scoreText(r.score)
                << smallText(r.score) << '\n';
    }
    if (!groupings.isEmpty()) {
        ctx.out << Cli::tr("Total: %1 %2 on %3 answers%4")
                       .arg(name, scoreText(report.total))
                       .arg(report.total.counts.total())
                       .arg(smallText(report.total))
                << '\n';
    }
    return ExitOk;
}

int runCompare(CliContext& ctx, const Arguments& args)
{
    const QString vs = args.value(QStringLiteral("vs"));
    const bool byPeriod = args.has(QStringLiteral("period"));
    if (vs.isEmpty() || byPeriod == args.has(QStringLiteral("segment-a"))) {
        throw UsageError(Cli::tr("compare --period A --vs B, or compare --segment-a DIM=A --vs DIM=B"));
    }
    const auto db = ctx.openDatabase();
    const int fiscal = fiscalStart(*db, args);
    const ReportFilter base = filterFrom(args, fiscal);
    ReportFilter a = base;
    ReportFilter b = base;
    QString labelA;
    QString labelB = vs;
    if (byPeriod) {
        labelA = args.value(QStringLiteral("period"));
        for (const auto& [label, filter] : {std::pair{labelA, &a}, std::pair{labelB, &b}}) {
            const std::optional<Period> p = Period::parse(label, fiscal);
            if (!p) {
                throw UsageError(
                    Cli::tr("a period is written 2026Q1, FY2027Q1, 2026-03 or 2026, not \"%1\"").arg(label));
            }
            filter->from = p->firstDay();
            filter->to = p->lastDay();
        }
    } else {
        labelA = args.value(QStringLiteral("segment-a"));
        a.segments << segmentArgument(labelA);
        b.segments << segmentArgument(labelB);
    }
    const NpsReporter reporter(*db, fiscal);
    const NetScore first = reporter.score(a);
    const NetScore second = reporter.score(b);
    // "A vs B": how A differs from B.
    const NetScoreChange change = compareNetScores(second, first);
    if (ctx.json) {
        QJsonObject oa = scoreJson(base.metric, first);
        oa.insert(QStringLiteral("group"), labelA);
        QJsonObject ob = scoreJson(base.metric, second);
        ob.insert(QStringLiteral("group"), labelB);
        ctx.printJson({{QStringLiteral("metric"), metricKey(base.metric)},
                       {QStringLiteral("a"), oa},
                       {QStringLiteral("b"), ob},
                       {QStringLiteral("delta"), rounded(change.delta)},
                       {QStringLiteral("z"), rounded(change.z, 3)},
                       {QStringLiteral("significant"), change.significant}});
        return ExitOk;
    }
    const QString name = metricKey(base.metric).toUpper();
    ctx.out << labelA.leftJustified(12) << ' ' << name << ' ' << scoreText(first)
            << Cli::tr(" on %1 answers").arg(first.counts.total()) << smallText(first) << '\n'
            << labelB.leftJustified(12) << ' ' << name << ' ' << scoreText(second)
            << Cli::tr(" on %1 answers").arg(second.counts.total()) << smallText(second) << '\n';
    if (!first.score || !second.score) {
        ctx.out << Cli::tr("No change can be measured: one side has no answers.") << '\n';
        return ExitOk;
    }
    ctx.out << Cli::tr("Change: %1 points, z = %2: %3")
                   .arg(QString::number(change.delta, 'f', 1), QString::number(change.z, 'f', 2),
                        change.significant ? Cli::tr("significant at 95 %")
                                           : Cli::tr("not significant (|z| < 1.96): it may be chance"))
            << '\n';
    return ExitOk;
}

QJsonObject driverJson(const ThemeDriver& d)
{
    return {
        {QStringLiteral("theme"), d.theme},
        {QStringLiteral("department"), d.department},
        {QStringLiteral("mentions"), d.mentions},
        {QStringLiteral("reach"), rounded(d.reach, 4)},
        {QStringLiteral("share_of_detractors"), rounded(d.shareOfDetractors, 4)},
        {QStringLiteral("nps_mentioning"), d.mentioning.score ? rounded(*d.mentioning.score) : QJsonValue()},
        {QStringLiteral("nps_not_mentioning"), d.notMentioning.score ? rounded(*d.notMentioning.score) : QJsonValue()},
        {QStringLiteral("impact"), rounded(d.impact)},
        {QStringLiteral("points_lost"), rounded(d.pointsLost)},
        {QStringLiteral("priority"), rounded(d.priority, 3)}};
}

int runDrivers(CliContext& ctx, const Arguments& args)
{
    const auto db = ctx.openDatabase();
    const DriverAnalysis analysis = analyseDrivers(*db, filterFrom(args, fiscalStart(*db, args)));
    if (ctx.json) {
        QJsonArray list;
        for (const ThemeDriver& d : analysis.drivers) {
            list.append(driverJson(d));
        }
        ctx.printJson(
            {{QStringLiteral("overall"), scoreJson(Metric::Nps, analysis.overall)}, {QStringLiteral("drivers"), list}});
        return ExitOk;
    }
    ctx.out << Cli::tr("NPS %1 on %2 answers").arg(scoreText(analysis.overall)).arg(analysis.overall.counts.total())
            << '\n';
    if (analysis.drivers.isEmpty()) {
        ctx.out << Cli::tr("No answer is tagged with a theme yet: run \"themes retag\".") << '\n';
        return ExitOk;
    }
    qsizetype width = 5;
    for (const ThemeDriver& d : analysis.drivers) {
        width = std::max(width, d.theme.size());
    }
    ctx.out << Cli::tr("theme").leftJustified(width) << "  " << Cli::tr("mentions").rightJustified(8) << "  "
            << Cli::tr("of detr.").rightJustified(8) << "  " << Cli::tr("NPS with").rightJustified(8) << "  "
            << Cli::tr("without").rightJustified(8) << "  " << Cli::tr("lost").rightJustified(6) << "  "
            << Cli::tr("priority").rightJustified(8) << "  " << Cli::tr("department") << '\n';
    const auto points = [](const NetScore& s) {
        return s.score ? QString::number(*s.score, 'f', 1) : QStringLiteral("-");
    };
    for (const ThemeDriver& d : analysis.drivers) {
        ctx.out << d.theme.leftJustified(width) << "  " << QString::number(d.mentions).rightJustified(8) << "  "
                << (QString::number(100.0 * d.shareOfDetractors, 'f', 1) + QLatin1Char('%')).rightJustified(8) << "  "
                << points(d.mentioning).rightJustified(8) << "  " << points(d.notMentioning).rightJustified(8) << "  "
                << QString::number(d.pointsLost, 'f', 1).rightJustified(6) << "  "
                << QString::number(d.priority, 'f', 2).rightJustified(8) << "  " << d.department << '\n';
    }
    ctx.out << Cli::tr("lost: NPS points that come back if all of the theme's detractors became passives; priority = "
                       "impact (NPS without - NPS with) x reach (mentions / answers).")
            << '\n';
    return ExitOk;
}

int runWhatIf(CliContext& ctx, const Arguments& args)
{
    const QString theme = args.value(QStringLiteral("theme"));
    if (theme.isEmpty()) {
        throw UsageError(Cli::tr("whatif needs --theme NAME"));
    }
    bool ok = true;
    const double share = args.has(QStringLiteral("share")) ? args.value(QStringLiteral("share")).toDouble(&ok) : 1.0;
    if (!ok || share < 0.0 || share > 1.0) {
        throw UsageError(Cli::tr("--share is between 0 and 1 (0.5 moves half), not \"%1\"")
                             .arg(args.value(QStringLiteral("share"))));
    }
    const QString to = args.value(QStringLiteral("to"), QStringLiteral("passive"));
    if (to != QLatin1String("passive") && to != QLatin1String("promoter")) {
        throw UsageError(Cli::tr("--to is passive or promoter, not \"%1\"").arg(to));
    }
    const auto db = ctx.openDatabase();
    ReportFilter filter = filterFrom(args, fiscalStart(*db, args), true);
    filter.themes.clear(); // --theme names the theme to fix, not a filter
    const WhatIf w = simulateWhatIf(*db, filter, theme, share,
                                    to == QLatin1String("promoter") ? WhatIfTarget::Promoter : WhatIfTarget::Passive);
    if (ctx.json) {
        ctx.printJson({{QStringLiteral("theme"), theme},
                       {QStringLiteral("share"), share},
                       {QStringLiteral("to"), to},
                       {QStringLiteral("moved_detractors"), rounded(w.movedDetractors)},
                       {QStringLiteral("moved_passives"), rounded(w.movedPassives)},
                       {QStringLiteral("before"), scoreJson(Metric::Nps, w.before)},
                       {QStringLiteral("after"), scoreJson(Metric::Nps, w.after)},
                       {QStringLiteral("delta"), rounded(w.delta)},
                       {QStringLiteral("delta_margin"), rounded(w.deltaMargin)}});
        return ExitOk;
    }
    ctx.out << Cli::tr("Now:      NPS %1").arg(scoreText(w.before)) << '\n'
            << Cli::tr("What if:  %1 detractor(s)%2 naming \"%3\" became %4")
                   .arg(amount(w.movedDetractors),
                        to == QLatin1String("promoter") ? Cli::tr(" and %1 passive(s)").arg(amount(w.movedPassives))
                                                        : QString(),
                        theme, to == QLatin1String("promoter") ? Cli::tr("promoters") : Cli::tr("passives"))
            << '\n'
            << Cli::tr("Then:     NPS %1").arg(scoreText(w.after)) << '\n'
            << Cli::tr("Change:   %1 points (± %2)")
                   .arg(QString::number(w.delta, 'f', 1), QString::number(w.deltaMargin, 'f', 2))
            << '\n';
    return ExitOk;
}

qint64 responseNumber(const QString& text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0) {
        throw UsageError(Cli::tr("an answer is named by its number, not \"%1\"").arg(text));
    }
    return id;
}

Theme existingTheme(const ThemeStore& store, const QString& name)
{
    const std::optional<Theme> t = store.findTheme(name);
    if (!t) {
        throw StorageError(Cli::tr("There is no theme called \"%1\".").arg(name));
    }
    return *t;
}

int runThemes(CliContext& ctx, const Arguments& args)
{
    const QStringList words = args.positional();
    const QString action = words.value(0, QStringLiteral("list"));
    const auto db = ctx.openDatabase();
    ThemeStore store(*db);
    if (action == QLatin1String("retag")) {
        const TaggingSummary s = retagAllComments(*db);
        if (ctx.json) {
            ctx.printJson({{QStringLiteral("answers_read"), s.answersRead},
                           {QStringLiteral("answers_tagged"), s.answersTagged},
                           {QStringLiteral("automatic_tags"), s.automaticTags},
                           {QStringLiteral("manual_tags_kept"), s.manualTagsKept}});
        } else {
            ctx.out << Cli::tr("Read %1 comment(s): %2 automatic tag(s); %3 tag(s) set by hand kept; %4 answer(s) now "
                               "have a theme.")
                           .arg(s.answersRead)
                           .arg(s.automaticTags)
                           .arg(s.manualTagsKept)
                           .arg(s.answersTagged)
                    << '\n';
        }
        return ExitOk;
    }
    if (action == QLatin1String("tag") || action == QLatin1String("untag")) {
        if (words.size() != 3) {
            throw UsageError(Cli::tr("themes %1 ANSWER THEME").arg(action));
        }
        const qint64 response = responseNumber(words.at(1));
        ResponseStore responses(*db);
        if (!responses.get(response)) {
            throw StorageError(Cli::tr("There is no answer %1.").arg(response));
        }
        const Theme theme = existingTheme(store, words.at(2));
        if (action == QLatin1String("tag")) {
            responses.tag(response, theme.id, true);
        } else {
            responses.untag(response, theme.id, true);
        }
        ctx.out << (action == QLatin1String("tag") ? Cli::tr("Answer %1 is tagged \"%2\" by hand.")
                                                   : Cli::tr("Answer %1 is no longer tagged \"%2\"; tagging again "
                                                             "will not put it back."))
                       .arg(response)
                       .arg(theme.name)
                << '\n';
        return ExitOk;
    }
    if (action == QLatin1String("add")) {
        if (words.size() != 2) {
            throw UsageError(Cli::tr("themes add NAME [--parent THEME] [--department NAME]"));
        }
        Theme t;
        t.name = words.at(1).trimmed();
        if (args.has(QStringLiteral("parent"))) {
            const Theme parent = existingTheme(store, args.value(QStringLiteral("parent")));
            if (parent.parentId != 0) {
                throw StorageError(Cli::tr("Themes have two levels: \"%1\" is already a sub-theme.").arg(parent.name));
            }
            t.parentId = parent.id;
            t.departmentId = parent.departmentId;
        }
        if (const QString department = args.value(QStringLiteral("department")); !department.isEmpty()) {
            const std::optional<Department> d = store.findDepartment(department);
            t.departmentId = d ? d->id : store.addDepartment(department);
        }
        store.addTheme(t);
        ctx.out << Cli::tr("Added theme \"%1\".").arg(t.name) << '\n';
        return ExitOk;
    }
    if (action == QLatin1String("keyword")) {
        if (words.size() != 4) {
            throw UsageError(Cli::tr("themes keyword THEME LANGUAGE STEM (e.g. themes keyword \"Late delivery\" pl "
                                     "opóźni)"));
        }
        const Theme theme = existingTheme(store, words.at(1));
        store.addKeyword(ThemeKeyword{0, theme.id, words.at(2).toLower(), words.at(3)});
        ctx.out << Cli::tr("Comments in \"%1\" with a word starting \"%2\" will be tagged \"%3\" (run \"themes "
                           "retag\").")
                       .arg(words.at(2), words.at(3), theme.name)
                << '\n';
        return ExitOk;
    }
    if (action != QLatin1String("list")) {
        throw UsageError(Cli::tr("themes [list|retag|add|keyword|tag|untag]"));
    }
    const QList<Theme> themes = store.themes();
    QHash<qint64, QString> departments;
    for (const Department& d : store.departments()) {
        departments.insert(d.id, d.name);
    }
    QHash<qint64, QStringList> keywords;
    for (const ThemeKeyword& k : store.keywords()) {
        keywords[k.themeId] << k.language + QLatin1Char(':') + k.pattern;
    }
    const QHash<qint64, qint64> tagged = store.taggedAnswerCounts();
    if (ctx.json) {
        QJsonArray list;
        for (const Theme& t : themes) {
            list.append(QJsonObject{{QStringLiteral("id"), t.id},
                                    {QStringLiteral("name"), t.name},
                                    {QStringLiteral("parent_id"), t.parentId ? QJsonValue(t.parentId) : QJsonValue()},
                                    {QStringLiteral("department"), departments.value(t.departmentId)},
                                    {QStringLiteral("keywords"), QJsonArray::fromStringList(keywords.value(t.id))},
                                    {QStringLiteral("answers"), tagged.value(t.id)}});
        }
        ctx.printJson({{QStringLiteral("themes"), list}});
        return ExitOk;
    }
    for (const Theme& t : themes) {
        const QString name = t.parentId ? QStringLiteral("  ") + t.name : t.name;
        ctx.out << name.leftJustified(28) << "  " << QString::number(tagged.value(t.id)).rightJustified(7) << "  "
                << departments.value(t.departmentId).leftJustified(18) << "  "
                << keywords.value(t.id).join(QStringLiteral(", ")) << '\n';
    }
    return ExitOk;
}

int runWaves(CliContext& ctx, const Arguments&)
{
    const auto db = ctx.openDatabase();
    const QList<WaveResponseRate> rates = responseRates(*db);
    if (ctx.json) {
        QJsonArray list;
        for (const WaveResponseRate& r : rates) {
            list.append(QJsonObject{{QStringLiteral("wave"), r.wave.name},
                                    {QStringLiteral("metric"), metricKey(r.wave.metric)},
                                    {QStringLiteral("invited"), r.invited},
                                    {QStringLiteral("responses"), r.responses},
                                    {QStringLiteral("response_rate"), r.rate ? rounded(*r.rate, 4) : QJsonValue()}});
        }
        ctx.printJson({{QStringLiteral("waves"), list}});
        return ExitOk;
    }
    qsizetype width = 4;
    for (const WaveResponseRate& r : rates) {
        width = std::max(width, r.wave.name.size());
    }
    ctx.out << Cli::tr("wave").leftJustified(width) << "  " << Cli::tr("invited").rightJustified(8) << "  "
            << Cli::tr("answers").rightJustified(8) << "  " << Cli::tr("response rate") << '\n';
    for (const WaveResponseRate& r : rates) {
        ctx.out << r.wave.name.leftJustified(width) << "  " << QString::number(r.invited).rightJustified(8) << "  "
                << QString::number(r.responses).rightJustified(8) << "  "
                << (r.rate ? QString::number(100.0 * *r.rate, 'f', 1) + QStringLiteral(" %")
                           : Cli::tr("- (no invited list)"))
                << '\n';
    }
    return ExitOk;
}

} // namespace

QPair<QString, QString> segmentArgument(const QString& text)
{
    const qsizetype eq = text.indexOf(QLatin1Char('='));
    if (eq <= 0) {
        throw UsageError(Cli::tr("a segment is written DIMENSION=VALUE (region=North), not \"%1\"").arg(text));
    }
    return {text.left(eq).trimmed(), text.mid(eq + 1).trimmed()};
}

void addAnalyticsCommands(Cli& cli)
{
    cli.add(
        {QStringLiteral("nps"),
         QStringLiteral("nps [--by quarter|month|year|wave|theme|account|segment:DIM]... [--metric nps|csat|ces] ") +
             kFilterSynopsis,
         Cli::tr("NPS (or CSAT, CES) per group with its 95 % interval and a small-sample flag"),
         with(kFilterOptions, {QStringLiteral("by")}),
         {},
         runNps});
    cli.add({QStringLiteral("compare"),
             QStringLiteral("compare --period A --vs B | --segment-a DIM=A --vs DIM=B [filters]"),
             Cli::tr("the change between two periods or segments, and whether it is significant"),
             with(kFilterOptions, {QStringLiteral("period"), QStringLiteral("vs"), QStringLiteral("segment-a")}),
             {},
             runCompare});
    cli.add({QStringLiteral("drivers"),
             QStringLiteral("drivers ") + kFilterSynopsis,
             Cli::tr("which themes cost NPS most: mentions, share of detractors, NPS with and without, priority"),
             kFilterOptions,
             {},
             runDrivers});
    cli.add({QStringLiteral("whatif"),
             QStringLiteral("whatif --theme NAME [--share 0..1] [--to passive|promoter] [--period P] [--wave NAME]... "
                            "[--segment DIM=VALUE]..."),
             Cli::tr("what NPS would be if a theme's detractors (and passives) moved up"),
             {QStringLiteral("theme"), QStringLiteral("share"), QStringLiteral("to"), QStringLiteral("period"),
              QStringLiteral("wave"), QStringLiteral("segment"), QStringLiteral("fiscal-start")},
             {},
             runWhatIf});
    cli.add({QStringLiteral("themes"),
             QStringLiteral("themes [list|retag|add NAME|keyword THEME LANG STEM|tag ANSWER THEME|untag ANSWER THEME]"),
             Cli::tr("the root-cause taxonomy: list, edit, and tag comments with it"),
             {QStringLiteral("parent"), QStringLiteral("department")},
             {},
             runThemes});
    cli.add({QStringLiteral("waves"),
             QStringLiteral("waves"),
             Cli::tr("survey waves with invited, answers and response rate"),
             {},
             {},
             runWaves});
}

} // namespace loopdesk::core
