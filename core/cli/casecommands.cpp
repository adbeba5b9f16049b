// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/arguments.h"
#include "cli/cli.h"
#include "domain/clock.h"
#include "metrics/loopkpis.h"
#include "storage/auditstore.h"
#include "storage/casestore.h"
#include "storage/database.h"
#include "storage/staffstore.h"
#include "storage/themestore.h"
#include "workflow/autoassignment.h"
#include "workflow/caseservice.h"
#include "workflow/casestatusmachine.h"
#include "workflow/escalation.h"

#include <QJsonArray>

// cases and case show|assign|log|close: the follow-up workflow from a terminal or a script.
namespace loopdesk::core {
namespace {

QString local(const QDateTime& t)
{
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QStringLiteral("-");
}

QJsonObject caseJson(const FollowUpCase& c)
{
    const auto time = [](const QDateTime& t) {
        return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODate)) : QJsonValue();
    };
    return {{QStringLiteral("id"), c.id},
            {QStringLiteral("status"), caseStatusKey(c.status)},
            {QStringLiteral("owner_id"), c.ownerId ? QJsonValue(c.ownerId) : QJsonValue()},
            {QStringLiteral("first_contact_due"), time(c.firstContactDue)},
            {QStringLiteral("first_contact_at"), time(c.firstContactAt)},
            {QStringLiteral("outcome"), caseOutcomeKey(c.outcome)},
            {QStringLiteral("root_cause_theme_id"), c.rootCauseThemeId ? QJsonValue(c.rootCauseThemeId) : QJsonValue()},
            {QStringLiteral("reassignments"), c.reassignmentCount},
            {QStringLiteral("escalated"), c.escalated},
            {QStringLiteral("compensation_kind"), c.compensationKind},
            {QStringLiteral("compensation_value"), c.compensationValue},
            {QStringLiteral("approval"), caseApprovalKey(c.approval)},
            {QStringLiteral("approval_due"), time(c.approvalDue)},
            {QStringLiteral("version"), c.version}};
}

QJsonObject rowJson(const CaseListRow& r)
{
    QJsonObject o = caseJson(r.followUp);
    o.insert(QStringLiteral("score"), r.score);
    o.insert(QStringLiteral("customer"), r.customer);
    o.insert(QStringLiteral("owner"), r.owner);
    o.insert(QStringLiteral("comment"), r.comment);
    return o;
}

qint64 staffId(Database& db, const QString& name)
{
    if (name.isEmpty()) {
        return 0;
    }
    const std::optional<Staff> staff = StaffStore(db).findByName(name);
    if (!staff) {
        throw StorageError(Cli::tr("There is no staff member called \"%1\".").arg(name));
    }
    return staff->id;
}

FollowUpCase existingCase(Database& db, const QString& idText)
{
    bool ok = false;
    const qint64 id = idText.toLongLong(&ok);
    if (!ok) {
        throw UsageError(Cli::tr("a case is named by its number, not \"%1\"").arg(idText));
    }
    const std::optional<FollowUpCase> found = CaseStore(db).get(id);
    if (!found) {
        throw StorageError(Cli::tr("There is no case %1.").arg(id));
    }
    return *found;
}

int runCases(CliContext& ctx, const Arguments& args)
{
    CaseFilter filter;
    if (args.has(QStringLiteral("status"))) {
        filter.status = caseStatusFromKey(args.value(QStringLiteral("status")));
        if (!filter.status) {
            throw UsageError(
                Cli::tr("--status is new, contacting, in_progress, resolved, closed, unreachable or reopened"));
        }
    } else {
        filter.openOnly = true;
    }
    filter.ownerName = args.value(QStringLiteral("owner"));
    if (args.has(QStringLiteral("overdue"))) {
        filter.overdueAt = ctx.clock.nowUtc();
    }
    if (args.has(QStringLiteral("limit"))) {
        filter.limit = args.value(QStringLiteral("limit")).toInt();
    }
    const auto db = ctx.openDatabase();
    const QList<CaseListRow> rows = CaseStore(*db).list(filter);
    if (ctx.json) {
        QJsonArray list;
        for (const CaseListRow& r : rows) {
            list.append(rowJson(r));
        }
        ctx.printJson({{QStringLiteral("cases"), list}});
        return ExitOk;
    }
    ctx.out << Cli::tr("%1  %2  %3  %4  %5  %6")
                   .arg(Cli::tr("Case").leftJustified(6), Cli::tr("Contact due").leftJustified(16),
                        Cli::tr("Status").leftJustified(12), Cli::tr("Score"), Cli::tr("Owner").leftJustified(18),
                        Cli::tr("Customer / comment"))
            << '\n';
    for (const CaseListRow& r : rows) {
        const QString comment = r.comment.simplified();
        ctx.out << QString::number(r.followUp.id).leftJustified(6) << "  "
                << local(r.followUp.firstContactDue).leftJustified(16) << "  "
                << CaseStatusMachine::statusName(r.followUp.status).leftJustified(12) << "  "
                << QString::number(r.score).rightJustified(5) << "  "
                << (r.owner.isEmpty() ? Cli::tr("(unassigned)") : r.owner).leftJustified(18) << "  " << r.customer
                << (comment.isEmpty() ? QString() : QStringLiteral(": ") + comment.left(60)) << '\n';
    }
    ctx.out << Cli::tr("%1 case(s)").arg(rows.size()) << '\n';
    return ExitOk;
}

int runCase(CliContext& ctx, const Arguments& args)
{
    const QStringList& p = args.positional();
    if (p.size() < 2) {
        throw UsageError(Cli::tr("case needs an action and a case number"));
    }
    const QString action = p.at(0);
    const auto db = ctx.openDatabase();
    FollowUpCase c = existingCase(*db, p.at(1));
    CaseService service(*db, ctx.clock, staffId(*db, args.value(QStringLiteral("as"))));
    if (action == QLatin1String("show")) {
        QJsonArray attempts;
        for (const ContactAttempt& a : CaseStore(*db).attempts(c.id)) {
            attempts.append(QJsonObject{{QStringLiteral("at"), a.at.toUTC().toString(Qt::ISODate)},
                                        {QStringLiteral("mode"), contactModeKey(a.mode)},
                                        {QStringLiteral("reached"), a.reached},
                                        {QStringLiteral("notes"), a.notes}});
        }
        QJsonArray history;
        for (const AuditEntry& e : AuditStore(*db).forEntity(QStringLiteral("case"), c.id)) {
            history.append(QJsonObject{{QStringLiteral("at"), e.at.toUTC().toString(Qt::ISODate)},
                                       {QStringLiteral("field"), e.field},
                                       {QStringLiteral("old"), e.oldValue},
                                       {QStringLiteral("new"), e.newValue}});
        }
        QJsonObject o = caseJson(c);
        o.insert(QStringLiteral("attempts"), attempts);
        o.insert(QStringLiteral("history"), history);
        if (ctx.json) {
            ctx.printJson(o);
        } else {
            ctx.out << Cli::tr("Case %1: %2, first contact due %3, first contact %4, reassigned %5 time(s)")
                           .arg(c.id)
                           .arg(CaseStatusMachine::statusName(c.status), local(c.firstContactDue),
                                local(c.firstContactAt))
                           .arg(c.reassignmentCount)
                    << '\n';
            const std::optional<Theme> cause =
                c.rootCauseThemeId ? ThemeStore(*db).getTheme(c.rootCauseThemeId) : std::nullopt;
            ctx.out << "  "
                    << Cli::tr("outcome: %1; root cause: %2")
                           .arg(caseOutcomeKey(c.outcome), cause ? cause->name : Cli::tr("-"))
                    << '\n';
            if (!c.compensationKind.isEmpty()) {
                ctx.out << "  " << Cli::tr("compensation: %1 %2").arg(c.compensationKind).arg(c.compensationValue)
                        << '\n';
            }
            if (c.customerInformedAt.isValid()) {
                ctx.out << "  " << Cli::tr("customer told what was done: %1").arg(local(c.customerInformedAt)) << '\n';
            }
            if (c.resurveyScore) {
                ctx.out << "  " << Cli::tr("re-survey score: %1").arg(*c.resurveyScore) << '\n';
            }
            for (const QJsonValue& a : attempts) {
                ctx.out << "  " << a[QStringLiteral("at")].toString() << ' ' << a[QStringLiteral("mode")].toString()
                        << ' ' << (a[QStringLiteral("reached")].toBool() ? Cli::tr("reached") : Cli::tr("not reached"))
                        << ' ' << a[QStringLiteral("notes")].toString() << '\n';
            }
        }
        return ExitOk;
    }
    if (action == QLatin1String("assign")) {
        if (p.size() != 3) {
            throw UsageError(Cli::tr("case assign needs a case number and a staff name"));
        }
        c = service.assign(c.id, c.version, staffId(*db, p.at(2)), args.value(QStringLiteral("reason")));
    } else if (action == QLatin1String("log")) {
        const auto mode = contactModeFromKey(args.value(QStringLiteral("mode"), QStringLiteral("phone")));
        const QString reached = args.value(QStringLiteral("reached"));
        if (!mode || (reached != QLatin1String("yes") && reached != QLatin1String("no"))) {
            throw UsageError(Cli::tr("case log needs --mode phone|email|in_person|sms and --reached yes|no"));
        }
        ContactAttempt attempt;
        attempt.mode = *mode;
        attempt.reached = reached == QLatin1String("yes");
        attempt.notes = args.value(QStringLiteral("note"));
        c = service.logAttempt(c.id, c.version, attempt);
    } else if (action == QLatin1String("close")) {
        const std::optional<Theme> theme = ThemeStore(*db).findTheme(args.value(QStringLiteral("theme")));
        const auto outcome = caseOutcomeFromKey(args.value(QStringLiteral("outcome")));
        if (!outcome || *outcome == FollowUpCase::Outcome::None) {
            throw UsageError(Cli::tr("case close needs --outcome saved|not_saved|unreachable|declined"));
        }
        if (!theme) {
            throw StorageError(
                Cli::tr("There is no root-cause theme called \"%1\".").arg(args.value(QStringLiteral("theme"))));
        }
        c = service.close(c.id, c.version, theme->id, *outcome);
    } else if (action == QLatin1String("compensate")) {
        bool ok = false;
        const double value = args.value(QStringLiteral("value"), QStringLiteral("0")).toDouble(&ok);
        if (!ok || args.value(QStringLiteral("kind")).isEmpty()) {
            throw UsageError(Cli::tr("case compensate needs --kind KIND (voucher, refund, ...) and --value AMOUNT"));
        }
        c = service.compensate(c.id, c.version, args.value(QStringLiteral("kind")), value);
    } else if (action == QLatin1String("approve")) {
        c = service.decideCompensation(c.id, c.version, true);
    } else if (action == QLatin1String("decline")) {
        c = service.decideCompensation(c.id, c.version, false, args.value(QStringLiteral("reason")));
    } else if (action == QLatin1String("informed")) {
        c = service.markCustomerInformed(c.id, c.version);
    } else if (action == QLatin1String("resurvey")) {
        bool ok = false;
        const int score = p.value(2).toInt(&ok);
        if (p.size() != 3 || !ok) {
            throw UsageError(Cli::tr("case resurvey needs a case number and the new score (0-10)"));
        }
        c = service.recordResurvey(c.id, c.version, score);
    } else {
        throw UsageError(Cli::tr("unknown case action \"%1\"").arg(action));
    }
    if (ctx.json) {
        ctx.printJson(caseJson(c));
    } else {
        ctx.out << Cli::tr("Case %1 is now %2.").arg(c.id).arg(CaseStatusMachine::statusName(c.status)) << '\n';
    }
    return ExitOk;
}

QJsonValue optionalJson(const std::optional<double>& value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

QString percent(const std::optional<double>& share)
{
    return share ? QString::number(*share * 100.0, 'f', 1) + QStringLiteral(" %") : QStringLiteral("-");
}

int runKpi(CliContext& ctx, const Arguments& args)
{
    const QString by = args.value(QStringLiteral("by"));
    if (!by.isEmpty() && by != QLatin1String("owner") && by != QLatin1String("quarter")) {
        throw UsageError(Cli::tr("--by is owner or quarter"));
    }
    const KpiGrouping grouping = by == QLatin1String("owner")     ? KpiGrouping::Owner
                                 : by == QLatin1String("quarter") ? KpiGrouping::Quarter
                                                                  : KpiGrouping::None;
    const auto db = ctx.openDatabase();
    const QMap<QString, LoopKpis> groups = loopKpisBy(CaseStore(*db).facts({}, {}), grouping, ctx.clock.nowUtc());
    if (ctx.json) {
        QJsonArray rows;
        for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
            const LoopKpis& k = it.value();
            rows.append(QJsonObject{
                {QStringLiteral("group"), it.key()},
                {QStringLiteral("cases"), k.cases},
                {QStringLiteral("contacted_within_sla"), optionalJson(k.contactedInTimeShare())},
                {QStringLiteral("median_hours_to_first_contact"), optionalJson(k.medianHoursToFirstContact)},
                {QStringLiteral("closure_rate"), optionalJson(k.closureRate())},
                {QStringLiteral("save_rate"), optionalJson(k.saveRate())},
                {QStringLiteral("open"), k.open},
                {QStringLiteral("breaches"), k.breaches},
                {QStringLiteral("reassignments_per_case"), optionalJson(k.reassignmentsPerCase())},
                {QStringLiteral("root_cause_share"), optionalJson(k.rootCauseShare())}});
        }
        ctx.printJson({{QStringLiteral("rows"), rows}});
        return ExitOk;
    }
    ctx.out << Cli::tr("Group").leftJustified(20) << Cli::tr("Cases").rightJustified(7)
            << Cli::tr("In SLA").rightJustified(9) << Cli::tr("Median h").rightJustified(10)
            << Cli::tr("Closed").rightJustified(9) << Cli::tr("Saved").rightJustified(9)
            << Cli::tr("Open").rightJustified(7) << Cli::tr("Breaches").rightJustified(10)
            << Cli::tr("Root cause").rightJustified(12) << '\n';
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        const LoopKpis& k = it.value();
        const QString name = grouping == KpiGrouping::None ? Cli::tr("All cases")
                             : it.key().isEmpty()          ? Cli::tr("(unassigned)")
                                                           : it.key();
        ctx.out << name.left(19).leftJustified(20) << QString::number(k.cases).rightJustified(7)
                << percent(k.contactedInTimeShare()).rightJustified(9)
                << (k.medianHoursToFirstContact ? QString::number(*k.medianHoursToFirstContact, 'f', 1)
                                                : QStringLiteral("-"))
                       .rightJustified(10)
                << percent(k.closureRate()).rightJustified(9) << percent(k.saveRate()).rightJustified(9)
                << QString::number(k.open).rightJustified(7) << QString::number(k.breaches).rightJustified(10)
                << percent(k.rootCauseShare()).rightJustified(12) << '\n';
    }
    return ExitOk;
}

int runEscalate(CliContext& ctx, const Arguments& args)
{
    const auto db = ctx.openDatabase();
    Escalation escalation(*db, ctx.clock, staffId(*db, args.value(QStringLiteral("as"))));
    const QList<CaseListRow> candidates = escalation.candidates();
    const QList<FollowUpCase> escalated =
        args.has(QStringLiteral("dry-run")) ? QList<FollowUpCase>() : escalation.run();
    if (ctx.json) {
        QJsonArray list;
        for (const CaseListRow& r : candidates) {
            list.append(rowJson(r));
        }
        ctx.printJson({{QStringLiteral("cases"), list}, {QStringLiteral("escalated_now"), escalated.size()}});
        return ExitOk;
    }
    const QDateTime now = ctx.clock.nowUtc();
    for (const CaseListRow& r : candidates) {
        const qint64 minutes = now.secsTo(r.followUp.firstContactDue) / 60;
        const QString left = minutes >= 0 ? Cli::tr("%1 h %2 min left").arg(minutes / 60).arg(minutes % 60)
                                          : Cli::tr("overdue by %1 h %2 min").arg(-minutes / 60).arg(-minutes % 60);
        ctx.out << QString::number(r.followUp.id).leftJustified(6) << "  " << left.leftJustified(24) << "  "
                << (r.owner.isEmpty() ? Cli::tr("(unassigned)") : r.owner).leftJustified(18) << "  " << r.customer
                << '\n';
    }
    ctx.out << Cli::tr("%1 case(s) near or past their first-contact time; escalated now: %2")
                   .arg(candidates.size())
                   .arg(escalated.size())
            << '\n';
    return ExitOk;
}

int runAssignOpen(CliContext& ctx, const Arguments& args)
{
    const QString by = args.value(QStringLiteral("by"), QStringLiteral("round-robin"));
    const QString segmentPrefix = QStringLiteral("segment:");
    const bool bySegment = by.startsWith(segmentPrefix) && by.size() > segmentPrefix.size();
    if (by != QLatin1String("round-robin") && by != QLatin1String("account-owner") && !bySegment) {
        throw UsageError(Cli::tr("--by is round-robin, account-owner or segment:<dimension>"));
    }
    const auto db = ctx.openDatabase();
    const auto mode = bySegment                              ? AutoAssignment::Mode::SegmentOwner
                      : by == QLatin1String("account-owner") ? AutoAssignment::Mode::AccountOwner
                                                             : AutoAssignment::Mode::RoundRobin;
    const QList<FollowUpCase> assigned = AutoAssignment(*db, ctx.clock, staffId(*db, args.value(QStringLiteral("as"))))
                                             .run(mode, bySegment ? by.mid(segmentPrefix.size()) : QString());
    if (ctx.json) {
        QJsonArray list;
        for (const FollowUpCase& c : assigned) {
            list.append(caseJson(c));
        }
        ctx.printJson({{QStringLiteral("assigned"), list}});
    } else {
        ctx.out << Cli::tr("Assigned %1 open case(s).").arg(assigned.size()) << '\n';
    }
    return ExitOk;
}

} // namespace

void addCaseCommands(Cli& cli)
{
    cli.add({QStringLiteral("assign-open"),
             QStringLiteral("assign-open [--by round-robin|account-owner|segment:DIM] [--as STAFF]"),
             Cli::tr("give every unassigned open case an owner"),
             {QStringLiteral("by"), QStringLiteral("as")},
             {},
             runAssignOpen});
    cli.add({QStringLiteral("escalate"),
             QStringLiteral("escalate [--dry-run] [--as STAFF]"),
             Cli::tr("list cases near or past their first-contact time and escalate them as the settings say"),
             {QStringLiteral("as")},
             {QStringLiteral("dry-run")},
             runEscalate});
    cli.add({QStringLiteral("kpi"),
             QStringLiteral("kpi [--by owner|quarter]"),
             Cli::tr("loop KPIs: contacted within SLA, time to first contact, closure and save rates, breaches"),
             {QStringLiteral("by")},
             {},
             runKpi});
    cli.add({QStringLiteral("cases"),
             QStringLiteral("cases [--status S] [--owner NAME] [--overdue] [--limit N]"),
             Cli::tr("list follow-up cases by contact due time (open ones unless --status)"),
             {QStringLiteral("status"), QStringLiteral("owner"), QStringLiteral("limit")},
             {QStringLiteral("overdue")},
             runCases});
    cli.add({QStringLiteral("case"),
             QStringLiteral("case show|assign|log|close|compensate|approve|decline|informed|resurvey ID [OWNER|SCORE] "
                            "[--reason T] "
                            "[--mode M --reached yes|no --note T] [--theme T --outcome O] [--kind K --value X] "
                            "[--as STAFF]"),
             Cli::tr("show or change one case through the workflow"),
             {QStringLiteral("reason"), QStringLiteral("mode"), QStringLiteral("reached"), QStringLiteral("note"),
              QStringLiteral("theme"), QStringLiteral("outcome"), QStringLiteral("as"), QStringLiteral("kind"),
              QStringLiteral("value")},
             {},
             runCase});
}

} // namespace loopdesk::core
