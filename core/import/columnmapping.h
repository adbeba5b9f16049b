// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>

namespace loopdesk::core {

// The fields an import can fill; segments are free-named dimensions on top of these.
enum class ImportField { ResponseId, CustomerId, Name, Email, Phone, AnsweredAt, Score, Comment, Account, Language };

QString importFieldKey(ImportField field); // "response_id", "customer_id", ...
std::optional<ImportField> importFieldFromKey(const QString& key);
const QList<ImportField>& allImportFields();

// Which column feeds which field: found by a preset from the headers, adjusted by the user.
struct ColumnMapping {
    QString preset = QStringLiteral("generic");
    int headerRows = 1;
    QStringList columns; // a name per column (for Qualtrics, the field ids: Q1, Q2, ...)
    QStringList labels;  // what people read: the question text where the export has it
    QHash<ImportField, int> fields;
    int lastNameColumn = -1;             // name = first + last when the export splits them
    QList<QPair<QString, int>> segments; // dimension -> column
    QList<int> scoreColumns;             // more than one: a wide table, one answer per cell
    QList<int> scoreCandidates;          // filled when the score column is not clear
    QString wideDimension = QStringLiteral("item");

    int column(ImportField field) const { return fields.value(field, -1); }
    // Finds a column by field id, question text (case-insensitive) or 1-based number; -1 if none.
    int find(const QString& nameOrNumber) const;
};

// Recognises the survey tools' exports by their header rows and proposes a mapping.
class PresetDetector final {
    Q_DECLARE_TR_FUNCTIONS(loopdesk::core::PresetDetector)

public:
    static QStringList presetNames(); // for --preset and the wizard
    // `head` holds the file's first records (header rows and some data rows). An empty
    // `forcedPreset` means "recognise it".
    static ColumnMapping detect(const QList<QStringList>& head, const QString& forcedPreset = {});
    // Columns whose sampled values are all whole numbers 0-10 (or empty, or a missing code).
    static QList<int> scoreLikeColumns(const ColumnMapping& mapping, const QList<QStringList>& dataRows,
                                       const QList<int>& missingCodes);
    static bool looksLikeScoreQuestion(const QString& label);
};

} // namespace loopdesk::core
