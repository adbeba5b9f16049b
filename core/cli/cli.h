// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QTextStream>

#include <functional>
#include <memory>

namespace loopdesk::core {

class Arguments;
class Clock;
class Database;

// Exit codes of loopdesk-cli: scripts can rely on them.
enum ExitCode { ExitOk = 0, ExitBadInput = 1, ExitBadUsage = 2 };

struct DepartmentDigest;
struct QuarterlyReview;

// What only the program around the core can do for a command: the core has neither fonts nor
// translation files. Empty functions mean "not in this program".
struct CliServices {
    // Switches messages and documents to "en", "pl" or "it"; false for a language it does not have.
    std::function<bool(const QString& language)> useLanguage;
    // Writes the review as an A4 PDF; returns the problem in words, empty when written.
    std::function<QString(const QuarterlyReview& review, const QString& path)> writeReviewPdf;
    // Writes a department digest as an A4 PDF; the same contract.
    std::function<QString(const DepartmentDigest& digest, const QString& path)> writeDigestPdf;
};

// What a command gets: the database path, the output streams, the clock and the services.
struct CliContext {
    QString databasePath;
    bool json = false;
    QTextStream& out;
    QTextStream& err;
    const Clock& clock;
    const CliServices& services;

    // Opens the database, creating it only when `create`; throws StorageError.
    std::unique_ptr<Database> openDatabase(bool create = false) const;
    void printJson(const QJsonObject& object) const;
};

// One `loopdesk-cli` command.
struct CliCommand {
    QString name;
    QString synopsis; // e.g. "backup OUT"
    QString summary;
    QSet<QString> valuedOptions;
    QSet<QString> flags;
    std::function<int(CliContext&, const Arguments&)> run;
};

// Parses `loopdesk-cli [--db PATH] [--json] COMMAND [options]` and runs the command; commands
// report bad input as StorageError (exit 1) and bad usage as UsageError (exit 2).
class Cli final {
    Q_DECLARE_TR_FUNCTIONS(loopdesk::core::Cli)

public:
    Cli(QTextStream& out, QTextStream& err, const Clock& clock);
    void add(CliCommand command);
    void setServices(CliServices services) { m_services = std::move(services); }
    int run(const QStringList& arguments); // without the program name

private:
    void printUsage(QTextStream& stream) const;

    QTextStream& m_out;
    QTextStream& m_err;
    const Clock& m_clock;
    QList<CliCommand> m_commands;
    CliServices m_services;
};

// Thrown by a command whose arguments do not make sense (exit code 2).
class UsageError final : public std::runtime_error {
public:
    explicit UsageError(const QString& message)
        : std::runtime_error(message.toStdString())
        , m_message(message)
    {}
    const QString& message() const { return m_message; }

private:
    QString m_message;
};

// The commands this layer provides: init, info, check, backup, demo.
void addStorageCommands(Cli& cli);
// import: survey exports and invited lists.
void addImportCommands(Cli& cli);
// cases, case show/assign/log/close: the follow-up workflow.
void addCaseCommands(Cli& cli);
// customer export/erase: data rights.
void addCustomerCommands(Cli& cli);
// nps, compare, drivers, whatif, themes, waves: NPS analytics.
void addAnalyticsCommands(Cli& cli);
// config: the team's shared settings.
void addConfigCommand(Cli& cli);
// Reads DIMENSION=VALUE (region=North); throws UsageError for anything else.
QPair<QString, QString> segmentArgument(const QString& text);

// report, actions: the quarterly loop review and the action plan.
void addReportCommands(Cli& cli);

} // namespace loopdesk::core
