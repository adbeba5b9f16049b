// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/arguments.h"
#include "cli/cli.h"
#include "metrics/npsreport.h"
#include "storage/database.h"
#include "storage/settingsstore.h"
#include "storage/staffstore.h"
#include "storage/storageerror.h"
#include "workflow/autoassignment.h"
#include "workflow/caserules.h"

// config: the team's shared settings (SLA, case rules, escalation, reporting, segment owners).
namespace loopdesk::core {
namespace {

const QString kFiscalKey = QStringLiteral("reporting.fiscal_start_month");
const QString kSegmentOwnerPrefix = QStringLiteral("assignment.segment_owner.");

// Sets one setting after checking that LoopDesk reads it back as written; refuses anything else.
void setChecked(Database& db, const QString& key, const QString& value)
{
    SettingsStore store(db);
    if (key == kFiscalKey) {
        bool ok = false;
        const int month = value.toInt(&ok);
        setFiscalStartMonth(store, ok ? month : 0);
        return;
    }
    if (key.startsWith(kSegmentOwnerPrefix)) {
        if (key.mid(kSegmentOwnerPrefix.size()).count(QLatin1Char('.')) < 1) {
            throw UsageError(Cli::tr("a segment owner is set as assignment.segment_owner.DIMENSION.VALUE NAME"));
        }
        if (!StaffStore(db).findByName(value)) {
            throw StorageError(Cli::tr("There is no staff member called \"%1\".").arg(value));
        }
        store.setValue(key, value);
        return;
    }
    const QMap<QString, QString> known = WorkflowSettings().toMap();
    if (!known.contains(key)) {
        throw UsageError(
            Cli::tr("unknown setting \"%1\"; the settings are: %2, %3, %4<dimension>.<value>")
                .arg(key, QStringList(known.keys()).join(QStringLiteral(", ")), kFiscalKey, kSegmentOwnerPrefix));
    }
    Transaction transaction(db);
    store.setValue(key, value);
    const QString readBack = WorkflowSettings::load(store).toMap().value(key);
    if (readBack != value) {
        throw StorageError(Cli::tr("\"%1\" is not a value %2 can take (it would be read as \"%3\"); nothing was "
                                   "changed.")
                               .arg(value, key, readBack));
    }
    transaction.commit();
}

int runConfig(CliContext& ctx, const Arguments& args)
{
    const QStringList& p = args.positional();
    const auto db = ctx.openDatabase();
    if (args.has(QStringLiteral("unset"))) {
        if (p.size() != 1) {
            throw UsageError(Cli::tr("config KEY --unset"));
        }
        SettingsStore(*db).remove(p.first());
        ctx.out << Cli::tr("%1 is back to its default.").arg(p.first()) << '\n';
        return ExitOk;
    }
    if (p.size() == 2) {
        setChecked(*db, p.at(0), p.at(1));
        ctx.out << Cli::tr("%1 = %2").arg(p.at(0), p.at(1)) << '\n';
        return ExitOk;
    }
    if (p.size() > 2) {
        throw UsageError(Cli::tr("config [KEY [VALUE]] (quote a value with spaces)"));
    }
    // Every setting in effect: the defaults, then what the team has set.
    const SettingsStore store(*db);
    QMap<QString, QString> effective = WorkflowSettings::load(store).toMap();
    effective.insert(kFiscalKey, QString::number(fiscalStartMonth(store)));
    const QMap<QString, QString> stored = store.all();
    for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
        if (it.key().startsWith(kSegmentOwnerPrefix)) {
            effective.insert(it.key(), it.value());
        }
    }
    if (!p.isEmpty()) {
        if (!effective.contains(p.first())) {
            throw UsageError(Cli::tr("unknown setting \"%1\"").arg(p.first()));
        }
        effective = {{p.first(), effective.value(p.first())}};
    }
    if (ctx.json) {
        QJsonObject o;
        for (auto it = effective.cbegin(); it != effective.cend(); ++it) {
            o.insert(it.key(), it.value());
        }
        ctx.printJson(o);
        return ExitOk;
    }
    for (auto it = effective.cbegin(); it != effective.cend(); ++it) {
        ctx.out << it.key() << " = " << it.value() << (stored.contains(it.key()) ? QString() : Cli::tr("  (default)"))
                << '\n';
    }
    return ExitOk;
}

} // namespace

void addConfigCommand(Cli& cli)
{
    cli.add({QStringLiteral("config"),
             QStringLiteral("config [KEY [VALUE]] [--unset]"),
             Cli::tr("the team's settings: SLA hours and clock, case rules, escalation, fiscal year, segment owners"),
             {},
             {QStringLiteral("unset")},
             runConfig});
}

} // namespace loopdesk::core
