// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/arguments.h"
#include "cli/cli.h"
#include "privacy/customerdatarights.h"
#include "storage/database.h"

// customer export|erase: a customer's data rights from the command line.
namespace loopdesk::core {
namespace {

int runCustomer(CliContext& ctx, const Arguments& args)
{
    const QStringList& p = args.positional();
    if (p.size() != 2 || (p.at(0) != QLatin1String("export") && p.at(0) != QLatin1String("erase"))) {
        throw UsageError(Cli::tr("customer takes export or erase, and a customer id"));
    }
    const auto db = ctx.openDatabase();
    CustomerDataRights rights(*db, ctx.clock);
    const std::optional<Customer> customer = rights.find(p.at(1));
    if (!customer) {
        throw StorageError(Cli::tr("There is no customer with the id or number \"%1\".").arg(p.at(1)));
    }
    if (p.at(0) == QLatin1String("export")) {
        ctx.printJson(rights.exportData(customer->id));
        return ExitOk;
    }
    rights.erase(customer->id);
    if (ctx.json) {
        ctx.printJson({{QStringLiteral("erased"), customer->id}});
    } else {
        ctx.out << Cli::tr("Customer %1 is erased: name, contact details, comments and notes are gone; their scores "
                           "still count.")
                       .arg(customer->id)
                << '\n';
    }
    return ExitOk;
}

} // namespace

void addCustomerCommands(Cli& cli)
{
    cli.add({QStringLiteral("customer"),
             QStringLiteral("customer export|erase ID"),
             Cli::tr("everything held about one customer as JSON, or erase them (GDPR)"),
             {},
             {},
             runCustomer});
}

} // namespace loopdesk::core
