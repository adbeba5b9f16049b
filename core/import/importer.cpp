// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/importer.h"

#include "domain/clock.h"
#include "import/csvcell.h"
#include "import/csvreader.h"
#include "storage/customerstore.h"
#include "storage/database.h"
#include "storage/importstore.h"
#include "storage/responsebulkwriter.h"
#include "storage/segmentdictionary.h"
#include "storage/settingsstore.h"
#include "storage/wavestore.h"
#include "themes/themetagger.h"
#include "workflow/caserules.h"

#include <QFileInfo>
#include <QSaveFile>
#include <QTextStream>

#include <string>
#include <unordered_map>

namespace loopdesk::core {
namespace {

constexpr int kPreviewRows = 500;
constexpr int kProgressEvery = 4096;

// Heterogeneous lookup: find a segment value by the bytes of a field without making a string.
struct BytesHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
using ValueIds = std::unordered_map<std::string, qint64, BytesHash, std::equal_to<>>;

std::string_view view(QByteArrayView bytes)
{
    return {bytes.data() ? bytes.data() : "", static_cast<std::size_t>(bytes.size())};
}

QByteArrayView trimmed(QByteArrayView bytes)
{
    while (!bytes.isEmpty() && (bytes.front() == ' ' || bytes.front() == '\t')) {
        bytes = bytes.sliced(1);
    }
    while (!bytes.isEmpty() && (bytes.back() == ' ' || bytes.back() == '\t')) {
        bytes.chop(1);
    }
    return bytes;
}

// FNV-1a, twice with different seeds: a stable 128-bit content key for rows without an id.
QByteArray contentKey(const CsvReader& reader, int scoreColumn)
{
    quint64 a = 0xcbf29ce484222325ULL;
    quint64 b = 0x84222325cbf29ce4ULL;
    const auto mix = [&](char c) {
        a = (a ^ static_cast<unsigned char>(c)) * 0x100000001b3ULL;
        b = (b ^ static_cast<unsigned char>(c)) * 0x100000001b3ULL + 0x9e3779b97f4a7c15ULL;
    };
    for (qsizetype i = 0; i < reader.fieldCount(); ++i) {
        for (const char c : reader.field(i)) {
            mix(c);
        }
        mix('\x1f');
    }
    mix(static_cast<char>(scoreColumn));
    return QByteArrayLiteral("row:") + QByteArray::number(a, 16) + QByteArray::number(b, 16);
}

// A whole-number score, accepting "9", " 9 ", "9.0" and "9,0".
std::optional<int> wholeNumber(QByteArrayView text, bool* notWhole)
{
    *notWhole = false;
    text = trimmed(text);
    if (text.isEmpty() || text.size() > 6) {
        return std::nullopt;
    }
    int value = 0;
    qsizetype i = 0;
    const bool negative = text.front() == '-';
    if (negative) {
        i = 1;
    }
    if (i >= text.size()) {
        return std::nullopt;
    }
    for (; i < text.size() && text[i] >= '0' && text[i] <= '9'; ++i) {
        value = value * 10 + (text[i] - '0');
    }
    if (i < text.size() && (text[i] == '.' || text[i] == ',')) {
        for (qsizetype j = i + 1; j < text.size(); ++j) {
            if (text[j] < '0' || text[j] > '9') {
                return std::nullopt;
            }
            *notWhole = *notWhole || text[j] != '0';
        }
        i = text.size();
    }
    if (i != text.size()) {
        return std::nullopt;
    }
    return negative ? -value : value;
}

QList<QStringList> readHead(CsvReader& reader, int records)
{
    QList<QStringList> head;
    while (head.size() < records && reader.next()) {
        head << reader.fields();
    }
    return head;
}

} // namespace

ImportInspection Importer::inspect(const QString& path, const ImportOptions& options) const
{
    ImportInspection result = examine(path, options);
    if (result.question != ImportInspection::Question::None) {
        throw ImportError(result.questionText, result.choices);
    }
    return result;
}

ImportInspection Importer::examine(const QString& path, const ImportOptions& options) const
{
    CsvReader reader;
    if (const QString problem = reader.open(path, {options.encoding, options.delimiter}); !problem.isEmpty()) {
        throw ImportError(problem);
    }
    ImportInspection result;
    const auto ask = [&result](ImportInspection::Question question, const QString& text, QStringList choices) {
        result.question = question;
        result.questionText = text;
        result.choices = std::move(choices);
        return result;
    };
    result.encoding = reader.encoding();
    result.delimiter = reader.delimiter();
    const QList<QStringList> head = readHead(reader, kPreviewRows + 3);
    if (head.isEmpty()) {
        throw ImportError(tr("The file %1 is empty.").arg(QFileInfo(path).fileName()));
    }
    if (!options.preset.isEmpty() && !PresetDetector::presetNames().contains(options.preset)) {
        throw ImportError(tr("There is no preset \"%1\".").arg(options.preset), PresetDetector::presetNames());
    }
    ColumnMapping m = PresetDetector::detect(head, options.preset);
    const QList<QStringList> data = head.mid(m.headerRows);
    result.preview = data.mid(0, 20);

    // The user's own mapping wins over what the preset found.
    QList<int> userScores;
    for (const auto& [field, column] : options.maps) {
        if (column.isEmpty() && field != QLatin1String("score")) { // "this file has no such column"
            if (const auto f = importFieldFromKey(field)) {
                m.fields.remove(*f);
                m.lastNameColumn = *f == ImportField::Name ? -1 : m.lastNameColumn;
                continue;
            }
        }
        const int index = m.find(column);
        if (index < 0) {
            throw ImportError(tr("There is no column \"%1\" in this file.").arg(column), m.columns);
        }
        if (field.startsWith(QLatin1String("segment:"))) {
            m.segments.append({field.mid(8), index});
        } else if (const auto f = importFieldFromKey(field)) {
            if (*f == ImportField::Score) {
                userScores << index;
            } else {
                m.fields.insert(*f, index);
                if (*f == ImportField::Name) {
                    m.lastNameColumn = -1;
                }
            }
        } else {
            throw ImportError(tr("\"%1\" is not a field LoopDesk knows.").arg(field), [] {
                QStringList keys;
                for (ImportField known : allImportFields()) {
                    keys << importFieldKey(known);
                }
                return keys << QStringLiteral("segment:<dimension>");
            }());
        }
    }
    result.mapping = m;
    if (!options.invitedList) {
        if (!userScores.isEmpty()) {
            m.scoreColumns = userScores;
        } else if (m.scoreColumns.isEmpty()) {
            const ScoreScale scale = scaleOf(options.metric);
            QList<int> candidates = PresetDetector::scoreLikeColumns(m, data, options.missingCodes);
            candidates.erase(std::remove_if(candidates.begin(), candidates.end(),
                                            [&](int column) {
                                                // A CSAT or CES file: the scale must fit too.
                                                return std::any_of(
                                                    data.begin(), data.end(), [&](const QStringList& row) {
                                                        const int v = row.value(column).trimmed().toInt();
                                                        return !row.value(column).trimmed().isEmpty() &&
                                                               !options.missingCodes.contains(v) &&
                                                               (v < scale.minimum || v > scale.maximum);
                                                    });
                                            }),
                             candidates.end());
            // Columns whose header reads like the recommendation question come first in the list.
            std::stable_partition(candidates.begin(), candidates.end(), [&](int c) {
                return PresetDetector::looksLikeScoreQuestion(m.labels.value(c)) ||
                       PresetDetector::looksLikeScoreQuestion(m.columns.value(c));
            });
            const bool hinted =
                !candidates.isEmpty() && (PresetDetector::looksLikeScoreQuestion(m.labels.value(candidates.first())) ||
                                          PresetDetector::looksLikeScoreQuestion(m.columns.value(candidates.first())));
            if (candidates.size() == 1 && hinted) {
                m.scoreColumns = candidates;
            } else if (candidates.size() == 1) {
                const QString name = m.labels.value(candidates.first(), m.columns.value(candidates.first()));
                result.mapping.scoreCandidates = candidates;
                return ask(ImportInspection::Question::ScoreColumn,
                           tr("The only column with scores from 0 to 10 is \"%1\", but its header does not read "
                              "like a recommendation question. If it is the score, say so with --map "
                              "score=COLUMN.")
                               .arg(name),
                           {name});
            } else if (candidates.isEmpty()) {
                return ask(ImportInspection::Question::ScoreColumn,
                           tr("No column of %1 holds %2 scores (%3 to %4), so nothing was imported. Check that "
                              "this is a survey export, or name the score column with --map score=COLUMN.")
                               .arg(QFileInfo(path).fileName(), metricKey(options.metric).toUpper())
                               .arg(scaleOf(options.metric).minimum)
                               .arg(scaleOf(options.metric).maximum),
                           m.columns);
            } else {
                result.mapping.scoreCandidates = candidates;
                QStringList names;
                for (int c : candidates) {
                    names << m.labels.value(c, m.columns.value(c));
                }
                return ask(ImportInspection::Question::ScoreColumn,
                           tr("Several columns could be the score: %1. Choose one with --map score=COLUMN "
                              "(or several, for a wide table).")
                               .arg(names.join(QStringLiteral("; "))),
                           names);
            }
        }
    }
    result.mapping = m;

    // Day/month order: the options, else the sample, else the whole column.
    const int dateColumn = m.column(ImportField::AnsweredAt);
    if (options.dateOrder) {
        result.dateOrder = *options.dateOrder;
    } else if (dateColumn >= 0) {
        DateOrderVote vote;
        for (const QStringList& row : data) {
            vote.add(row.value(dateColumn));
        }
        if (vote.needsOrder() && vote.decided() == DateOrder::Undecided && !vote.conflicting()) {
            reader.rewind();
            for (int skip = 0; skip < m.headerRows && reader.next(); ++skip) {
            }
            while (reader.next()) {
                vote.add(reader.text(dateColumn));
                if (vote.decided() != DateOrder::Undecided || vote.conflicting()) {
                    break;
                }
            }
        }
        if (vote.conflicting()) {
            return ask(ImportInspection::Question::DateOrder,
                       tr("The dates in column \"%1\" mix day-first and month-first values; fix the file or "
                          "choose the format with --date-format.")
                           .arg(m.labels.value(dateColumn)),
                       {QStringLiteral("dd/MM/yyyy"), QStringLiteral("MM/dd/yyyy")});
        }
        if (vote.needsOrder() && vote.decided() == DateOrder::Undecided) {
            return ask(ImportInspection::Question::DateOrder,
                       tr("The dates in column \"%1\" could be day/month or month/day (no day is over 12). "
                          "Choose the format with --date-format dd/MM/yyyy or MM/dd/yyyy.")
                           .arg(m.labels.value(dateColumn)),
                       {QStringLiteral("dd/MM/yyyy"), QStringLiteral("MM/dd/yyyy")});
        }
        result.dateOrder = vote.decided();
    }
    if (dateColumn < 0 && !options.invitedList) {
        bool constantDate = false;
        for (const auto& [field, value] : options.constants) {
            constantDate = constantDate || field == QLatin1String("answered_at");
        }
        if (!constantDate) {
            result.warnings << tr("The file has no date column: answers are dated at the time of import.");
        }
    }
    return result;
}

ImportSummary Importer::run(const QString& path, const ImportOptions& options)
{
    ImportSummary summary;
    summary.inspection = inspect(path, options);
    const ColumnMapping& m = summary.inspection.mapping;
    summary.waveName = options.waveName.isEmpty() ? QFileInfo(path).completeBaseName() : options.waveName;
    if (options.invitedList) {
        importInvitations(path, options, summary);
        return summary;
    }

    // Constants given with --set, as UTF-8 once.
    QHash<ImportField, QByteArray> constants;
    QList<QPair<QString, QByteArray>> constantSegments;
    for (const auto& [field, value] : options.constants) {
        if (field.startsWith(QLatin1String("segment:"))) {
            constantSegments.append({field.mid(8), value.toUtf8()});
        } else if (const auto f = importFieldFromKey(field); f && *f != ImportField::Score) {
            constants.insert(*f, value.toUtf8());
        } else {
            throw ImportError(tr("--set cannot give \"%1\" a value for every row.").arg(field));
        }
    }
    const DateParser dates(summary.inspection.dateOrder, options.timeZone);
    std::optional<qint64> constantDate;
    if (constants.contains(ImportField::AnsweredAt)) {
        QString why;
        const auto when = dates.parse(QString::fromUtf8(constants.value(ImportField::AnsweredAt)), &why);
        if (!when) {
            throw ImportError(tr("--set answered_at: %1").arg(why));
        }
        constantDate = when->toSecsSinceEpoch();
    }
    const qint64 importTime = m_clock.nowUtc().toSecsSinceEpoch();

    CsvReader reader;
    reader.open(path, {summary.inspection.encoding, summary.inspection.delimiter});
    Transaction transaction(m_db);
    const Wave wave = waveNamed(summary.waveName, options.metric);
    summary.waveId = wave.id;
    const Metric metric = wave.metric;
    ImportStore imports(m_db);
    const qint64 importId = imports.begin(QFileInfo(path).fileName(), m.preset, summary.waveId, m_clock.nowUtc());

    // Segments: per column a dictionary-coded slot; values looked up by their bytes.
    SegmentDictionary dictionary(m_db);
    struct SegmentColumn {
        int column;
        int slot;
        QString dimension;
        ValueIds ids;
    };
    std::vector<SegmentColumn> segmentColumns;
    for (const auto& [dimension, column] : m.segments) {
        segmentColumns.push_back({column, dictionary.slotOf(dimension), dimension, {}});
    }
    std::array<qint64, 8> fixedSegments{};
    for (const auto& [dimension, value] : constantSegments) {
        fixedSegments[static_cast<std::size_t>(dictionary.slotOf(dimension) - 1)] =
            dictionary.valueId(dimension, QString::fromUtf8(value));
    }
    const bool wide = m.scoreColumns.size() > 1;
    const int wideSlot = wide ? dictionary.slotOf(options.wideDimension) : 0;
    QList<qint64> wideValues;
    for (int column : m.scoreColumns) {
        wideValues << (wide ? dictionary.valueId(options.wideDimension, m.labels.value(column, m.columns.value(column)))
                            : 0);
    }

    // About how many answers are coming, from the file's size and the first rows' width.
    qint64 sampleBytes = 0;
    for (const QStringList& row : summary.inspection.preview) {
        sampleBytes += row.join(QLatin1Char(',')).toUtf8().size() + 1;
    }
    const qint64 expectedRows = summary.inspection.preview.isEmpty()
                                    ? 0
                                    : reader.size() * summary.inspection.preview.size() /
                                          std::max<qint64>(1, sampleBytes) * m.scoreColumns.size();
    ResponseBulkWriter writer(m_db, summary.waveId, importId, expectedRows);
    const auto fieldOf = [&](ImportField f) -> QByteArrayView {
        const int column = m.column(f);
        if (column >= 0 && column < reader.fieldCount()) {
            return trimmed(reader.field(column));
        }
        const auto it = constants.constFind(f);
        return it == constants.constEnd() ? QByteArrayView() : QByteArrayView(*it);
    };
    const auto reject = [&](const QString& column, const QString& kind, const QString& reason) {
        ++summary.rejected;
        ++summary.rejectedByKind[kind];
        if (summary.rejects.size() < ImportSummary::kMaxKeptRejects) {
            summary.rejects.append({reader.line(), column, kind, reason, reader.fields()});
        }
    };

    for (int skip = 0; skip < m.headerRows && reader.next(); ++skip) {
    }
    QByteArray nameBuffer;
    QByteArray keyBuffer;
    while (reader.next()) {
        ++summary.rows;
        if (options.progress && summary.rows % kProgressEvery == 0 &&
            !options.progress(reader.position(), reader.size())) {
            summary.cancelled = true;
            return summary; // the transaction rolls back: nothing of this import is kept
        }
        if (!reader.problem().isEmpty()) {
            reject(QString(), QStringLiteral("malformed_row"), reader.problem());
            continue;
        }
        if (reader.isBlank()) {
            reject(QString(), QStringLiteral("empty_row"), tr("the row is empty"));
            continue;
        }
        IncomingAnswer answer;
        answer.metric = metric;
        // When.
        if (const int dc = m.column(ImportField::AnsweredAt); dc >= 0) {
            const QString text = QString::fromUtf8(trimmed(reader.field(dc)));
            QString why;
            const auto when = text.isEmpty() ? std::nullopt : dates.parse(text, &why);
            if (!when) {
                reject(m.labels.value(dc), QStringLiteral("bad_date"),
                       text.isEmpty() ? tr("the date is missing") : why);
                continue;
            }
            answer.answeredAt = when->toSecsSinceEpoch();
        } else {
            answer.answeredAt = constantDate.value_or(importTime);
        }
        // Who.
        answer.responseId = fieldOf(ImportField::ResponseId);
        answer.email = fieldOf(ImportField::Email);
        answer.phone = fieldOf(ImportField::Phone);
        answer.account = fieldOf(ImportField::Account);
        answer.comment = fieldOf(ImportField::Comment);
        answer.language = fieldOf(ImportField::Language);
        answer.name = fieldOf(ImportField::Name);
        if (m.lastNameColumn >= 0 && m.lastNameColumn < reader.fieldCount()) {
            const QByteArrayView last = trimmed(reader.field(m.lastNameColumn));
            nameBuffer = answer.name.toByteArray();
            if (!last.isEmpty()) {
                nameBuffer += (nameBuffer.isEmpty() ? QByteArray() : QByteArrayLiteral(" ")) + last.toByteArray();
            }
            answer.name = nameBuffer;
        }
        const QByteArrayView customerId = fieldOf(ImportField::CustomerId);
        answer.customerKey = customerId.isEmpty() ? answer.email : customerId;
        // Where.
        answer.segmentValues = fixedSegments;
        for (SegmentColumn& segment : segmentColumns) {
            const QByteArrayView value =
                segment.column < reader.fieldCount() ? trimmed(reader.field(segment.column)) : QByteArrayView();
            if (value.isEmpty()) {
                continue;
            }
            auto it = segment.ids.find(view(value));
            if (it == segment.ids.end()) {
                it = segment.ids
                         .emplace(std::string(view(value)),
                                  dictionary.valueId(segment.dimension, QString::fromUtf8(value)))
                         .first;
            }
            answer.segmentValues[static_cast<std::size_t>(segment.slot - 1)] = it->second;
        }
        // What: one answer per filled score column.
        bool rowRejected = false;
        int answersInRow = 0;
        for (qsizetype k = 0; k < m.scoreColumns.size() && !rowRejected; ++k) {
            const int sc = m.scoreColumns.at(k);
            const QString columnName = m.labels.value(sc, m.columns.value(sc));
            const QByteArrayView raw = sc < reader.fieldCount() ? trimmed(reader.field(sc)) : QByteArrayView();
            bool notWhole = false;
            const std::optional<int> score = wholeNumber(raw, &notWhole);
            if (raw.isEmpty() || (score && options.missingCodes.contains(*score))) {
                if (!wide) {
                    raw.isEmpty() ? reject(columnName, QStringLiteral("missing_score"), tr("there is no score"))
                                  : reject(columnName, QStringLiteral("no_answer_code"),
                                           tr("%1 is the code for \"no answer\"").arg(*score));
                    rowRejected = true;
                }
                continue;
            }
            if (!score || notWhole) {
                reject(columnName, QStringLiteral("score_not_a_number"),
                       tr("\"%1\" is not a whole number").arg(QString::fromUtf8(raw)));
                rowRejected = true;
            } else if (!isValidScore(metric, *score)) {
                const ScoreScale scale = scaleOf(metric);
                reject(columnName, QStringLiteral("score_out_of_range"),
                       tr("the score %1 is outside %2 to %3").arg(*score).arg(scale.minimum).arg(scale.maximum));
                rowRejected = true;
            } else {
                answer.score = *score;
                if (wide) {
                    answer.segmentValues[static_cast<std::size_t>(wideSlot - 1)] = wideValues.at(k);
                }
                keyBuffer = answer.responseId.isEmpty()
                                ? contentKey(reader, sc)
                                : QByteArrayLiteral("id:") + answer.responseId.toByteArray() +
                                      (wide ? QByteArrayLiteral("#") + columnName.toUtf8() : QByteArray());
                answer.sourceKey = keyBuffer;
                writer.add(answer);
                ++answersInRow;
            }
        }
        if (!rowRejected && answersInRow == 0 && wide) {
            reject(QString(), QStringLiteral("missing_score"), tr("none of the score columns has an answer"));
        }
    }
    if (options.progress && !options.progress(reader.size(), reader.size())) {
        summary.cancelled = true;
        return summary;
    }
    // Which answers open a case, and when they are due, follow the team's workflow settings.
    const CaseRules rules(WorkflowSettings::load(SettingsStore(m_db)));
    writer.finish(
        [&rules](ScoreClass cls, qint64 answeredAt, bool keyAccount) -> std::optional<std::pair<qint64, qint64>> {
            const auto times = rules.timesFor(cls, QDateTime::fromSecsSinceEpoch(answeredAt, Qt::UTC), keyAccount);
            if (!times) {
                return std::nullopt;
            }
            return std::pair{times->firstContactDue.toSecsSinceEpoch(), times->resolutionDue.toSecsSinceEpoch()};
        },
        rules.settings().highValueFrom);
    summary.casesOpened = writer.casesOpened();
    summary.imported = writer.added();
    summary.duplicates = writer.duplicates();
    // New comments get their themes now, so that drivers and the review count them at once.
    summary.commentsTagged = tagNewComments(m_db, writer.firstNewResponse());
    imports.finish(importId, m_clock.nowUtc(), summary.rows, summary.imported, summary.duplicates, summary.rejected);
    imports.widenWavePeriod(summary.waveId);
    transaction.commit();
    return summary;
}

Wave Importer::waveNamed(const QString& name, Metric metric)
{
    WaveStore waves(m_db);
    if (std::optional<Wave> existing = waves.findByName(name)) {
        return *existing;
    }
    Wave wave{0, name, Wave::Kind::Relationship, metric, {}, {}, 0};
    wave.id = waves.add(wave);
    return wave;
}

void Importer::importInvitations(const QString& path, const ImportOptions& options, ImportSummary& summary)
{
    const ColumnMapping& m = summary.inspection.mapping;
    const int idColumn = m.column(ImportField::CustomerId);
    const int mailColumn = m.column(ImportField::Email);
    if (idColumn < 0 && mailColumn < 0) {
        throw ImportError(tr("An invited list needs a customer id or e-mail column; name it with --map "
                             "customer_id=COLUMN or --map email=COLUMN."),
                          m.columns);
    }
    CsvReader reader;
    reader.open(path, {summary.inspection.encoding, summary.inspection.delimiter});
    Transaction transaction(m_db);
    const Wave wave = waveNamed(summary.waveName, options.metric);
    summary.waveId = wave.id;
    CustomerStore customers(m_db);
    ImportStore imports(m_db);
    const auto text = [&](int column) { return column >= 0 ? reader.text(column).trimmed() : QString(); };
    for (int skip = 0; skip < m.headerRows && reader.next(); ++skip) {
    }
    while (reader.next()) {
        ++summary.rows;
        const QString key = text(idColumn).isEmpty() ? text(mailColumn) : text(idColumn);
        if (key.isEmpty()) {
            ++summary.rejected;
            ++summary.rejectedByKind[QStringLiteral("missing_customer")];
            summary.rejects.append({reader.line(), m.columns.value(std::max(idColumn, mailColumn)),
                                    QStringLiteral("missing_customer"), tr("the row names no customer"),
                                    reader.fields()});
            continue;
        }
        std::optional<Customer> customer = customers.findByExternalId(key);
        if (!customer) {
            Customer c;
            c.externalId = key;
            c.email = text(mailColumn);
            c.name = text(m.column(ImportField::Name));
            c.phone = text(m.column(ImportField::Phone));
            c.language = text(m.column(ImportField::Language));
            c.id = customers.add(c);
            customer = c;
        }
        if (imports.invite(summary.waveId, customer->id, m_clock.nowUtc())) {
            ++summary.invitations;
        } else {
            ++summary.duplicates;
        }
    }
    imports.refreshInvitedCount(summary.waveId);
    transaction.commit();
}

void Importer::writeRejects(const ImportSummary& summary, const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) {
        throw StorageError(tr("Cannot write the rejected rows to %1: %2").arg(path, file.errorString()));
    }
    QTextStream out(&file);
    out.setEncoding(QStringConverter::Utf8);
    out << csvLine(QStringList{tr("line"), tr("column"), tr("problem"), tr("reason")} +
                   summary.inspection.mapping.columns)
        << '\n';
    for (const RejectedRow& r : summary.rejects) {
        out << csvLine(QStringList{QString::number(r.line), r.column, r.kind, r.reason} + r.fields) << '\n';
    }
    out.flush();
    if (!file.commit()) {
        throw StorageError(tr("Cannot write the rejected rows to %1: %2").arg(path, file.errorString()));
    }
}

} // namespace loopdesk::core
