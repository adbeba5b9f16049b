// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/importer.h"

#include "domain/clock.h"
#include "import/answerreader.h"
#include "import/csvcell.h"
#include "import/csvreader.h"
#include "storage/customerstore.h"
#include "storage/database.h"
#include "storage/importstore.h"
#include "storage/responsebulkwriter.h"
#include "storage/segmentdictionary.h"
#include "storage/settingsstore.h"
#include "storage/themestore.h"
#include "storage/wavestore.h"
#include "themes/themetagger.h"
#include "workflow/caserules.h"

#include <QFileInfo>
#include <QSaveFile>
#include <QTextStream>

#include <limits>

namespace loopdesk::core {
namespace {

constexpr int kPreviewRows = 500;

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
    QList<QPair<QString, QString>> constantSegments;
    for (const auto& [field, value] : options.constants) {
        if (field.startsWith(QLatin1String("segment:"))) {
            constantSegments.append({field.mid(8), value});
        } else if (const auto f = importFieldFromKey(field); !f || *f == ImportField::Score) {
            throw ImportError(tr("--set cannot give \"%1\" a value for every row.").arg(field));
        }
    }

    // Every reference the import writes comes from a row it has just found or written itself.
    const BulkLoad bulk(m_db);
    Transaction transaction(m_db);
    const Wave wave = waveNamed(summary.waveName, options.metric);
    summary.waveId = wave.id;
    ImportStore imports(m_db);
    const qint64 importId = imports.begin(QFileInfo(path).fileName(), m.preset, summary.waveId, m_clock.nowUtc());

    // Segments: per column a dictionary-coded slot; values looked up by their bytes.
    SegmentDictionary dictionary(m_db);
    struct SegmentColumn {
        int slot;
        QString dimension;
        std::vector<qint64> ids; // by the reading side's number of the value
    };
    std::vector<SegmentColumn> segmentColumns;
    for (const auto& [dimension, column] : m.segments) {
        segmentColumns.push_back({dictionary.slotOf(dimension), dimension, {}});
    }
    std::array<qint64, 8> fixedSegments{};
    for (const auto& [dimension, value] : constantSegments) {
        fixedSegments[static_cast<std::size_t>(dictionary.slotOf(dimension) - 1)] =
            dictionary.valueId(dimension, value);
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
    const qint64 fileSize = QFileInfo(path).size();
    const qint64 expectedRows =
        summary.inspection.preview.isEmpty()
            ? 0
            : fileSize * summary.inspection.preview.size() / std::max<qint64>(1, sampleBytes) * m.scoreColumns.size();
    // Which answers open a case, and when they are due, follow the team's workflow settings.
    const CaseRules rules(WorkflowSettings::load(SettingsStore(m_db)));
    const auto caseRule = [&rules](ScoreClass cls, qint64 answeredAt,
                                   bool keyAccount) -> std::optional<std::pair<qint64, qint64>> {
        const auto times = rules.timesFor(cls, QDateTime::fromSecsSinceEpoch(answeredAt, Qt::UTC), keyAccount);
        if (!times) {
            return std::nullopt;
        }
        return std::pair{times->firstContactDue.toSecsSinceEpoch(), times->resolutionDue.toSecsSinceEpoch()};
    };
    ResponseBulkWriter writer(m_db, summary.waveId, importId, caseRule, rules.settings().highValueFrom, expectedRows);
    // On a local file, new comments get their themes and cases their due times as they are read, so
    // that drivers and the review count them at once; on a team database, after the answers are on
    // the server (which knows who is a key account).
    const bool tagWhileReading = m_db.backend() == Backend::Sqlite;
    const ThemeTagger tagger(tagWhileReading ? ThemeStore(m_db).keywords() : QList<ThemeKeyword>());

    AnswerReader::Setup setup{path,
                              summary.inspection,
                              &options,
                              wave.metric,
                              m_clock.nowUtc().toSecsSinceEpoch(),
                              tagger.isEmpty() ? nullptr : &tagger,
                              tagWhileReading ? &rules : nullptr};
    // On a local file the reading thread also counts the answers for the score cube (the writing
    // thread is the busier one); the writer takes back the duplicates it leaves out.
    setup.countCube = m_db.backend() == Backend::Sqlite;
    for (const SegmentColumn& column : segmentColumns) {
        setup.segmentSlots.push_back(column.slot);
    }
    for (std::size_t slot = 0; slot < fixedSegments.size(); ++slot) {
        setup.constantSlots[slot] = fixedSegments[slot] != 0;
    }
    setup.wideSlot = wideSlot;
    if (setup.countCube) {
        writer.takeCubeCountsFromCaller();
    }
    AnswerReader reader(std::move(setup));
    IncomingAnswer answer;
    answer.metric = wave.metric;
    // When the answers read were given: the wave's period is widened to cover them.
    qint64 firstAnsweredAt = std::numeric_limits<qint64>::max();
    qint64 lastAnsweredAt = std::numeric_limits<qint64>::min();
    while (std::unique_ptr<AnswerBatch> batch = reader.next()) {
        for (const ReadAnswer& read : batch->answers) {
            firstAnsweredAt = std::min(firstAnsweredAt, read.answeredAt);
            lastAnsweredAt = std::max(lastAnsweredAt, read.answeredAt);
            answer.sourceKey = batch->text(read.sourceKey);
            answer.responseId = batch->text(read.responseId);
            answer.customerKey = batch->text(read.customerKey);
            answer.customer = read.customer;
            answer.name = batch->text(read.name);
            answer.email = batch->text(read.email);
            answer.phone = batch->text(read.phone);
            answer.account = batch->text(read.account);
            answer.comment = batch->text(read.comment);
            answer.language = batch->text(read.language);
            answer.answeredAt = read.answeredAt;
            answer.score = read.score;
            answer.themes = batch->themesOf(read);
            answer.caseDue = read.caseDue;
            answer.segmentValues = fixedSegments;
            for (std::size_t j = 0; j < segmentColumns.size(); ++j) {
                const SegmentValueRef& value = batch->segments[read.segmentsAt + j];
                if (value.number < 0) {
                    continue;
                }
                SegmentColumn& segment = segmentColumns[j];
                const auto number = static_cast<std::size_t>(value.number);
                if (value.first) {
                    segment.ids.resize(std::max(segment.ids.size(), number + 1));
                    segment.ids[number] =
                        dictionary.valueId(segment.dimension, QString::fromUtf8(batch->text(value.text)));
                }
                answer.segmentValues[static_cast<std::size_t>(segment.slot - 1)] = segment.ids[number];
            }
            if (wide) {
                answer.segmentValues[static_cast<std::size_t>(wideSlot - 1)] = wideValues.at(read.scoreColumn);
            }
            writer.add(answer);
        }
        writer.flush(); // before the batch's text goes
        if (options.progress && !options.progress(batch->position, fileSize)) {
            summary.cancelled = true;
            return summary; // the transaction rolls back: nothing of this import is kept
        }
        reader.recycle(std::move(batch));
    }
    ReadTally tally = reader.takeTally();
    // The reading thread's counts, with the values' ids.
    for (auto it = tally.cube.cbegin(); it != tally.cube.cend(); ++it) {
        const CubeCell& cell = it.key();
        qint64 value = 0;
        if (cell.source == CubeCell::kConstant) {
            value = fixedSegments[static_cast<std::size_t>(cell.slot - 1)];
        } else if (cell.source == CubeCell::kWideColumn) {
            value = wideValues.at(cell.ref);
        } else if (cell.source > 0) {
            value = segmentColumns[static_cast<std::size_t>(cell.source - 1)].ids[static_cast<std::size_t>(cell.ref)];
        }
        writer.cubeCounts().addCell(cell.slot, wave.metric, cell.month, summary.waveId, value, cell.score, it.value());
    }
    summary.rows = tally.rows;
    summary.rejected = tally.rejected;
    summary.rejectedByKind = std::move(tally.rejectedByKind);
    summary.rejects = std::move(tally.rejects);
    if (options.progress && !options.progress(fileSize, fileSize)) {
        summary.cancelled = true;
        return summary;
    }
    writer.finish();
    summary.casesOpened = writer.casesOpened();
    summary.imported = writer.added();
    summary.duplicates = writer.duplicates();
    summary.commentsTagged = tagWhileReading ? writer.answersTagged() : tagNewComments(m_db, writer.firstNewResponse());
    imports.finish(importId, m_clock.nowUtc(), summary.rows, summary.imported, summary.duplicates, summary.rejected);
    if (summary.imported > 0) {
        imports.widenWavePeriod(summary.waveId, firstAnsweredAt, lastAnsweredAt);
    }
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
