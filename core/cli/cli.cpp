// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/cli.h"

#include "cli/arguments.h"
#include "storage/database.h"
#include "storage/databaselocation.h"
#include "storage/themestore.h"
#include "themes/defaulttaxonomy.h"

#include <QJsonDocument>
#include <QUrl>

#include <iostream>
#include <string>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace loopdesk::core {
namespace {

// Asks for a team database's password on the terminal, without echoing it; empty when there is
// no terminal to ask on. The password is used for this run only, never stored.
QString askPassword(QTextStream& err, const QString& location)
{
#ifdef Q_OS_UNIX
    if (isatty(STDIN_FILENO) == 0) {
        return {};
    }
    err << Cli::tr("Password for %1: ").arg(location);
    err.flush();
    termios before{};
    const bool quiet = tcgetattr(STDIN_FILENO, &before) == 0;
    if (quiet) {
        termios silent = before;
        silent.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    }
    std::string line;
    std::getline(std::cin, line);
    if (quiet) {
        tcsetattr(STDIN_FILENO, TCSANOW, &before);
    }
    err << '\n';
    err.flush();
    return QString::fromStdString(line);
#else
    Q_UNUSED(err);
    Q_UNUSED(location);
    return {};
#endif
}

} // namespace

std::unique_ptr<Database> CliContext::openDatabase(bool create) const
{
    Database::Options options;
    options.create = create;
    std::unique_ptr<Database> db;
    try {
        db = Database::open(databasePath, options);
    } catch (const DatabaseOpenError& error) {
        if (error.kind() != DatabaseOpenError::Kind::PasswordNeeded || !QUrl(databasePath).password().isEmpty()) {
            throw;
        }
        options.password = askPassword(err, databasePath);
        if (options.password.isEmpty()) {
            throw;
        }
        db = Database::open(databasePath, options);
    }
    if (db->openReport().created) {
        ThemeStore themes(*db);
        installDefaultTaxonomy(themes); // a new database starts with a taxonomy to edit
    }
    return db;
}

void CliContext::printJson(const QJsonObject& object) const
{
    out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    out.flush();
}

Cli::Cli(QTextStream& out, QTextStream& err, const Clock& clock)
    : m_out(out)
    , m_err(err)
    , m_clock(clock)
{}

void Cli::add(CliCommand command)
{
    m_commands << std::move(command);
}

void Cli::printUsage(QTextStream& stream) const
{
    stream << tr("Usage: loopdesk-cli [--db PATH] [--json] COMMAND [options]") << '\n'
           << tr("The default database is %1 (set LOOPDESK_DB or --db to use another).").arg(defaultDatabasePath())
           << "\n\n"
           << tr("Commands:") << '\n';
    for (const CliCommand& command : m_commands) {
        stream << "  " << command.synopsis.leftJustified(44) << ' ' << command.summary << '\n';
    }
    stream.flush();
}

int Cli::run(const QStringList& arguments)
{
    QString databasePath = defaultDatabasePath();
    bool json = false;
    qsizetype i = 0;
    // Global options come before the command; --json is also accepted after it.
    for (; i < arguments.size() && arguments.at(i).startsWith(QLatin1String("--")); ++i) {
        const QString& arg = arguments.at(i);
        if (arg == QLatin1String("--help")) {
            printUsage(m_out);
            return ExitOk;
        }
        if (arg == QLatin1String("--version")) {
            m_out << "loopdesk-cli " << QCoreApplication::applicationVersion() << '\n';
            m_out.flush();
            return ExitOk;
        }
        if (arg == QLatin1String("--json")) {
            json = true;
        } else if (arg == QLatin1String("--db") && i + 1 < arguments.size()) {
            databasePath = arguments.at(++i);
        } else if (arg.startsWith(QLatin1String("--db="))) {
            databasePath = arg.mid(5);
        } else {
            m_err << tr("loopdesk-cli: unknown or incomplete option %1").arg(arg) << '\n';
            printUsage(m_err);
            return ExitBadUsage;
        }
    }
    if (i >= arguments.size()) {
        m_err << tr("loopdesk-cli: no command given") << '\n';
        printUsage(m_err);
        return ExitBadUsage;
    }
    const QString name = arguments.at(i);
    const auto command =
        std::find_if(m_commands.cbegin(), m_commands.cend(), [&](const CliCommand& c) { return c.name == name; });
    if (command == m_commands.cend()) {
        m_err << tr("loopdesk-cli: unknown command \"%1\"").arg(name) << '\n';
        printUsage(m_err);
        return ExitBadUsage;
    }
    QStringList rest = arguments.mid(i + 1);
    if (rest.removeAll(QStringLiteral("--json")) > 0) {
        json = true;
    }
    Arguments parsed;
    if (const QString problem = parsed.parse(rest, command->valuedOptions, command->flags); !problem.isEmpty()) {
        m_err << tr("loopdesk-cli %1: %2").arg(name, problem) << '\n'
              << tr("Usage: loopdesk-cli %1").arg(command->synopsis) << '\n';
        m_err.flush();
        return ExitBadUsage;
    }
    CliContext context{databasePath, json, m_out, m_err, m_clock, m_services};
    int code = ExitOk;
    try {
        code = command->run(context, parsed);
    } catch (const UsageError& error) {
        m_err << tr("loopdesk-cli %1: %2").arg(name, error.message()) << '\n'
              << tr("Usage: loopdesk-cli %1").arg(command->synopsis) << '\n';
        code = ExitBadUsage;
    } catch (const StorageError& error) {
        m_err << tr("loopdesk-cli %1: %2").arg(name, error.message()) << '\n';
        code = ExitBadInput;
    }
    m_out.flush();
    m_err.flush();
    return code;
}

} // namespace loopdesk::core
