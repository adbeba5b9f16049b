// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/metric.h"
#include "domain/wave.h"
#include "import/columnmapping.h"
#include "import/dateparser.h"
#include "import/encoding.h"
#include "storage/storageerror.h"

#include <QCoreApplication>
#include <QMap>
#include <QTimeZone>

#include <functional>
#include <optional>

namespace loopdesk::core {

class Clock;
class Database;

// A file refused as a whole (no usable score column, unreadable, ambiguous dates...). Nothing
// was written.
class ImportError final : public StorageError {
public:
    explicit ImportError(const QString& message, QStringList choices = {})
        : StorageError(message)
        , m_choices(std::move(choices))
    {}
    // What the user can pick from to resolve it (e.g. the columns that could be the score).
    const QStringList& choices() const { return m_choices; }

private:
    QStringList m_choices;
};

// What the user (or the wizard) says about a file on top of what LoopDesk recognises.
struct ImportOptions {
    QString preset;   // empty: recognise
    QString waveName; // empty: the file's base name
    Metric metric = Metric::Nps;
    // field -> column ("score" may repeat: a wide table); an empty column: the file has no such field
    QList<QPair<QString, QString>> maps;
    QList<QPair<QString, QString>> constants; // field -> value for every row ("segment:channel" -> "email")
    std::optional<DateOrder> dateOrder;
    QTimeZone timeZone = QTimeZone::systemTimeZone();
    QList<int> missingCodes; // scores that mean "no answer", e.g. 99
    QString wideDimension = QStringLiteral("item");
    bool invitedList = false; // the file lists who was invited, not answers
    std::optional<TextEncoding> encoding;
    std::optional<char> delimiter;
    // Called now and then with bytes done and total; returning false cancels the import.
    std::function<bool(qint64, qint64)> progress;
};

// One row that was not imported, with where and why.
struct RejectedRow {
    qint64 line = 0;
    QString column;
    QString kind; // missing_score, score_out_of_range, bad_date, empty_row, ...
    QString reason;
    QStringList fields;
};

// What LoopDesk found in a file before importing it: for the wizard's preview and the CLI.
struct ImportInspection {
    TextEncoding encoding = TextEncoding::Utf8;
    char delimiter = ',';
    ColumnMapping mapping;
    QList<QStringList> preview; // the first data rows
    DateOrder dateOrder = DateOrder::Undecided;
    QStringList warnings;
    // What stops the import until the user decides (examine() only; inspect() throws it).
    enum class Question { None, ScoreColumn, DateOrder };
    Question question = Question::None;
    QString questionText; // in the command line's words
    QStringList choices;
};

struct ImportSummary {
    ImportInspection inspection;
    QString waveName;
    qint64 waveId = 0;
    qint64 rows = 0; // data rows read (header rows excluded)
    qint64 imported = 0;
    qint64 duplicates = 0;
    qint64 rejected = 0;
    qint64 casesOpened = 0;
    qint64 commentsTagged = 0; // new answers whose comment the taxonomy's keywords gave a theme
    qint64 invitations = 0;
    bool cancelled = false;
    QMap<QString, qint64> rejectedByKind;
    QList<RejectedRow> rejects; // the first kMaxKeptRejects, in file order
    static constexpr int kMaxKeptRejects = 100000;
};

// Brings a survey export into the database: recognises the file, maps its columns, validates
// every row and writes the good ones in one transaction, so an interrupted import leaves the
// database as it was. Bad rows never stop good ones; each is reported with line, column and reason.
class Importer final {
    Q_DECLARE_TR_FUNCTIONS(loopdesk::core::Importer)

public:
    Importer(Database& db, const Clock& clock)
        : m_db(db)
        , m_clock(clock)
    {}

    // Throws ImportError when the file cannot be imported as it is.
    ImportInspection inspect(const QString& path, const ImportOptions& options) const;
    // As inspect(), but a question only the user can answer (which column is the score, which
    // date order) is returned in the inspection with the preview, for the wizard to ask. Still
    // throws for a file that cannot be read, an unknown preset or an unknown column.
    ImportInspection examine(const QString& path, const ImportOptions& options) const;
    ImportSummary run(const QString& path, const ImportOptions& options);

    // Writes the rejected rows as CSV (line, column, reason, then the original columns), with
    // cells that a spreadsheet would run as formulas neutralised.
    static void writeRejects(const ImportSummary& summary, const QString& path);

private:
    Wave waveNamed(const QString& name, Metric metric); // found, or created as a relationship wave
    void importInvitations(const QString& path, const ImportOptions& options, ImportSummary& summary);

    Database& m_db;
    const Clock& m_clock;
};

} // namespace loopdesk::core
