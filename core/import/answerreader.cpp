// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/answerreader.h"

#include "domain/period.h"
#include "import/csvreader.h"
#include "storage/bytekeymap.h"
#include "themes/themetagger.h"
#include "workflow/caserules.h"

#include <QStringDecoder>
#include <QVarLengthArray>

#include <limits>

namespace loopdesk::core {
namespace {

constexpr int kRowsPerBatch = 4096;
constexpr std::size_t kBatchesAhead = 3; // read but not yet written: bounds the memory

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

} // namespace

void AnswerBatch::clear()
{
    bytes.truncate(0); // keeps its capacity for the next batch
    answers.clear();
    segments.clear();
    themes.clear();
    position = 0;
}

AnswerReader::AnswerReader(Setup setup)
    : m_setup(std::move(setup))
{
    m_thread = std::thread([this] {
        try {
            read();
        } catch (...) {
            const std::lock_guard lock(m_mutex);
            m_failure = std::current_exception();
            m_done = true;
            m_changed.notify_all();
        }
    });
}

AnswerReader::~AnswerReader()
{
    stop();
}

void AnswerReader::stop()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_changed.notify_all();
    if (m_thread.joinable()) {
        m_thread.join();
    }
}

std::unique_ptr<AnswerBatch> AnswerReader::next()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return !m_ready.empty() || m_done; });
    if (!m_ready.empty()) {
        std::unique_ptr<AnswerBatch> batch = std::move(m_ready.front());
        m_ready.pop_front();
        lock.unlock();
        m_changed.notify_all();
        return batch;
    }
    if (m_failure) {
        std::rethrow_exception(m_failure);
    }
    lock.unlock();
    if (m_thread.joinable()) {
        m_thread.join(); // the tally is complete once the thread has ended
    }
    return nullptr;
}

void AnswerReader::recycle(std::unique_ptr<AnswerBatch> batch)
{
    batch->clear();
    const std::lock_guard lock(m_mutex);
    m_spare.push_back(std::move(batch));
}

// The reading thread: everything here works on this object's own state and the file, never on
// the database.
void AnswerReader::read()
{
    const ImportOptions& options = *m_setup.options;
    const ColumnMapping& m = m_setup.inspection.mapping;
    const Metric metric = m_setup.metric;
    const bool wide = m.scoreColumns.size() > 1;
    CsvReader reader;
    if (const QString problem = reader.open(m_setup.path, {m_setup.inspection.encoding, m_setup.inspection.delimiter});
        !problem.isEmpty()) {
        throw ImportError(problem);
    }

    // Constants given with --set, as UTF-8 once.
    QHash<ImportField, QByteArray> constants;
    for (const auto& [field, value] : options.constants) {
        if (const auto f = importFieldFromKey(field); f && *f != ImportField::Score) {
            constants.insert(*f, value.toUtf8());
        }
    }
    const DateParser dates(m_setup.inspection.dateOrder, options.timeZone);
    std::optional<qint64> constantDate;
    if (constants.contains(ImportField::AnsweredAt)) {
        QString why;
        const auto when = dates.parse(QString::fromUtf8(constants.value(ImportField::AnsweredAt)), &why);
        if (!when) {
            throw ImportError(Importer::tr("--set answered_at: %1").arg(why));
        }
        constantDate = when->toSecsSinceEpoch();
    }
    QList<QString> scoreColumnNames;
    QList<QByteArray> wideSuffixes;
    for (const int column : m.scoreColumns) {
        scoreColumnNames << m.labels.value(column, m.columns.value(column));
        wideSuffixes << (wide ? QByteArrayLiteral("#") + scoreColumnNames.constLast().toUtf8() : QByteArray());
    }

    std::unique_ptr<AnswerBatch> batch;
    int rowsInBatch = 0;
    const auto handOver = [&](bool last) {
        if (batch) {
            batch->position = reader.position();
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return m_ready.size() < kBatchesAhead || m_stopping; });
            m_ready.push_back(std::move(batch));
        }
        std::unique_lock lock(m_mutex);
        m_done = last;
        const bool stopping = m_stopping;
        if (!last && !stopping) {
            if (m_spare.empty()) {
                batch = std::make_unique<AnswerBatch>();
            } else {
                batch = std::move(m_spare.back());
                m_spare.pop_back();
            }
        }
        lock.unlock();
        m_changed.notify_all();
        rowsInBatch = 0;
        return !stopping;
    };
    const auto keep = [&](QByteArrayView text) -> TextSpan {
        const auto from = static_cast<qint32>(batch->bytes.size());
        batch->bytes.append(text);
        return {from, static_cast<qint32>(text.size())};
    };
    const auto fieldOf = [&](ImportField f) -> QByteArrayView {
        const int column = m.column(f);
        if (column >= 0 && column < reader.fieldCount()) {
            return trimmed(reader.field(column));
        }
        const auto it = constants.constFind(f);
        return it == constants.constEnd() ? QByteArrayView() : QByteArrayView(*it);
    };
    ReadTally& tally = m_tally;
    const auto reject = [&](const QString& column, const QString& kind, const QString& reason) {
        ++tally.rejected;
        ++tally.rejectedByKind[kind];
        if (tally.rejects.size() < ImportSummary::kMaxKeptRejects) {
            tally.rejects.append({reader.line(), column, kind, reason, reader.fields()});
        }
    };

    for (int skip = 0; skip < m.headerRows && reader.next(); ++skip) {
    }
    if (!handOver(false)) {
        return;
    }
    ByteKeyMap<qint32> customers(m_setup.customersRemembered);
    // Each segment column's values, numbered as met: the writing side looks a value up once.
    std::vector<QHash<QByteArray, qint32>> segmentNumbers(static_cast<std::size_t>(m.segments.size()));
    // The score cube's cells of a row, slot by slot: {source, ref} (see CubeCell), 0 for none.
    std::array<std::pair<qint32, qint32>, 8> constantValues{};
    for (std::size_t slot = 0; slot < constantValues.size(); ++slot) {
        constantValues[slot] = {m_setup.constantSlots[slot] ? CubeCell::kConstant : 0, 0};
    }
    const bool countCube = m_setup.countCube;
    Q_ASSERT(!countCube || m_setup.segmentSlots.size() == static_cast<std::size_t>(m.segments.size()));
    qint64 cubeDay = std::numeric_limits<qint64>::min();
    qint32 cubeMonth = 0;
    QByteArray nameBuffer;
    // Dates and comments as UTF-16 for the parser and the tagger, decoded into buffers that are
    // used again rather than into a new string per row.
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QVarLengthArray<QChar, 256> utf16;
    const auto decoded = [&utf8, &utf16](QByteArrayView bytes) {
        utf16.resize(bytes.size()); // never more UTF-16 units than UTF-8 bytes
        return QStringView(utf16.data(), utf8.appendToBuffer(utf16.data(), bytes) - utf16.data());
    };
    SlaCalculator::OffsetSpan offsets;
    QByteArray languageBytes;
    const ThemeTagger::Rules* rules = m_setup.tagger ? &m_setup.tagger->rulesFor({}) : nullptr;
    while (reader.next()) {
        ++tally.rows;
        if (++rowsInBatch >= kRowsPerBatch && !handOver(false)) {
            return;
        }
        if (!reader.problem().isEmpty()) {
            reject(QString(), QStringLiteral("malformed_row"), reader.problem());
            continue;
        }
        if (reader.isBlank()) {
            reject(QString(), QStringLiteral("empty_row"), Importer::tr("the row is empty"));
            continue;
        }
        ReadAnswer answer;
        // When.
        if (const int dc = m.column(ImportField::AnsweredAt); dc >= 0) {
            const QStringView text = decoded(trimmed(reader.field(dc)));
            QString why;
            const auto when = text.isEmpty() ? std::nullopt : dates.parse(text, &why);
            if (!when) {
                reject(m.labels.value(dc), QStringLiteral("bad_date"),
                       text.isEmpty() ? Importer::tr("the date is missing") : why);
                continue;
            }
            answer.answeredAt = when->toSecsSinceEpoch();
        } else {
            answer.answeredAt = constantDate.value_or(m_setup.defaultAnsweredAt);
        }
        // The scores first: a row rejected for its score leaves nothing in the batch.
        struct Score {
            int column;
            int value;
        };
        QVarLengthArray<Score, 8> scores;
        bool rowRejected = false;
        for (qsizetype k = 0; k < m.scoreColumns.size() && !rowRejected; ++k) {
            const int sc = m.scoreColumns.at(k);
            const QString& columnName = scoreColumnNames.at(k);
            const QByteArrayView raw = sc < reader.fieldCount() ? trimmed(reader.field(sc)) : QByteArrayView();
            bool notWhole = false;
            const std::optional<int> score = wholeNumber(raw, &notWhole);
            if (raw.isEmpty() || (score && options.missingCodes.contains(*score))) {
                if (!wide) {
                    raw.isEmpty()
                        ? reject(columnName, QStringLiteral("missing_score"), Importer::tr("there is no score"))
                        : reject(columnName, QStringLiteral("no_answer_code"),
                                 Importer::tr("%1 is the code for \"no answer\"").arg(*score));
                    rowRejected = true;
                }
                continue;
            }
            if (!score || notWhole) {
                reject(columnName, QStringLiteral("score_not_a_number"),
                       Importer::tr("\"%1\" is not a whole number").arg(QString::fromUtf8(raw)));
                rowRejected = true;
            } else if (!isValidScore(metric, *score)) {
                const ScoreScale scale = scaleOf(metric);
                reject(
                    columnName, QStringLiteral("score_out_of_range"),
                    Importer::tr("the score %1 is outside %2 to %3").arg(*score).arg(scale.minimum).arg(scale.maximum));
                rowRejected = true;
            } else {
                scores.append({static_cast<int>(k), *score});
            }
        }
        if (rowRejected) {
            continue;
        }
        if (scores.isEmpty()) {
            if (wide) {
                reject(QString(), QStringLiteral("missing_score"),
                       Importer::tr("none of the score columns has an answer"));
            }
            continue;
        }
        // Who. The customer is numbered here, so that the writing side finds a returning one by
        // number; forgetting (past Setup::customersRemembered) starts a new batch, which the writing side
        // finishes before it sees any number again.
        const QByteArrayView customerId = fieldOf(ImportField::CustomerId);
        const QByteArrayView customerKey = customerId.isEmpty() ? fieldOf(ImportField::Email) : customerId;
        answer.customer = {};
        if (!customerKey.isEmpty()) {
            if (const qint32* known = customers.find(customerKey)) {
                answer.customer = {*known, false};
            } else {
                if (customers.isFullFor(customerKey)) {
                    customers.clear();
                    if (!handOver(false)) {
                        return;
                    }
                }
                answer.customer = {static_cast<qint32>(customers.size()), true};
                customers.insert(customerKey, answer.customer.number);
            }
        }
        const QByteArrayView responseId = fieldOf(ImportField::ResponseId);
        answer.responseId = keep(responseId);
        answer.email = keep(fieldOf(ImportField::Email));
        answer.phone = keep(fieldOf(ImportField::Phone));
        answer.account = keep(fieldOf(ImportField::Account));
        const QByteArrayView comment = fieldOf(ImportField::Comment);
        const QByteArrayView language = fieldOf(ImportField::Language);
        answer.comment = keep(comment);
        answer.language = keep(language);
        QByteArrayView name = fieldOf(ImportField::Name);
        if (m.lastNameColumn >= 0 && m.lastNameColumn < reader.fieldCount()) {
            const QByteArrayView last = trimmed(reader.field(m.lastNameColumn));
            nameBuffer = name.toByteArray();
            if (!last.isEmpty()) {
                nameBuffer += (nameBuffer.isEmpty() ? QByteArray() : QByteArrayLiteral(" ")) + last.toByteArray();
            }
            name = nameBuffer;
        }
        answer.name = keep(name);
        answer.customerKey = customerId.isEmpty() ? answer.email : keep(customerId);
        // Where: the segment values, numbered per column; the writing side finds each number's id
        // in the dictionary when it is met first.
        answer.segmentsAt = static_cast<qint32>(batch->segments.size());
        std::array<std::pair<qint32, qint32>, 8> slotValues = constantValues;
        for (qsizetype j = 0; j < m.segments.size(); ++j) {
            const int column = m.segments.at(j).second;
            const QByteArrayView value =
                column < reader.fieldCount() ? trimmed(reader.field(column)) : QByteArrayView();
            SegmentValueRef ref;
            if (!value.isEmpty()) {
                QHash<QByteArray, qint32>& numbers = segmentNumbers[static_cast<std::size_t>(j)];
                const auto it = numbers.constFind(QByteArray::fromRawData(value.data(), value.size()));
                if (it != numbers.constEnd()) {
                    ref.number = *it;
                } else {
                    ref.number = static_cast<qint32>(numbers.size());
                    ref.first = true;
                    ref.text = keep(value);
                    numbers.insert(value.toByteArray(), ref.number);
                }
                if (countCube) {
                    slotValues[static_cast<std::size_t>(m_setup.segmentSlots[static_cast<std::size_t>(j)] - 1)] = {
                        static_cast<qint32>(j) + 1, ref.number};
                }
            }
            batch->segments.push_back(ref);
        }
        // What the comment is about.
        answer.themesAt = static_cast<qint32>(batch->themes.size());
        if (m_setup.tagger && !comment.isEmpty()) {
            if (language != QByteArrayView(languageBytes)) { // mostly one language, or a handful
                languageBytes = language.toByteArray();
                rules = &m_setup.tagger->rulesFor(QString::fromUtf8(language));
            }
            answer.themeCount =
                static_cast<qint32>(m_setup.tagger->appendThemes(decoded(comment), *rules, batch->themes));
        }
        // One answer per filled score column.
        for (const Score& score : scores) {
            if (responseId.isEmpty()) {
                answer.sourceKey = keep(contentKey(reader, m.scoreColumns.at(score.column)));
            } else {
                // "id:" + response id (+ "#" + column label in a wide table), written straight into the batch.
                const qint32 from = keep("id:").from;
                keep(responseId);
                keep(wideSuffixes.at(score.column));
                answer.sourceKey = {from, static_cast<qint32>(batch->bytes.size()) - from};
            }
            answer.score = score.value;
            answer.scoreColumn = score.column;
            answer.caseDue.reset();
            if (const std::optional<ScoreClass> cls = classify(metric, score.value); cls && m_setup.rules) {
                if (const auto times = m_setup.rules->timesForEither(
                        *cls, QDateTime::fromSecsSinceEpoch(answer.answeredAt, QTimeZone::utc()), offsets)) {
                    answer.caseDue = CaseDue{times->firstContactDue.toSecsSinceEpoch(),
                                             times->keyAccountFirstContactDue.toSecsSinceEpoch(),
                                             times->resolutionDue.toSecsSinceEpoch()};
                }
            }
            batch->answers.push_back(answer);
            answer.customer.first = false; // the row's other answers: the same customer
            if (countCube) {
                // Answers mostly come in runs of a day: its month is remembered.
                if (const qint64 day = answer.answeredAt / 86400 - (answer.answeredAt % 86400 < 0 ? 1 : 0);
                    day != cubeDay) {
                    cubeDay = day;
                    cubeMonth = monthIndexOfEpoch(answer.answeredAt);
                }
                CubeCell cell{0, 0, 0, cubeMonth, score.value};
                ++tally.cube[cell];
                if (m_setup.wideSlot > 0) {
                    slotValues[static_cast<std::size_t>(m_setup.wideSlot - 1)] = {CubeCell::kWideColumn, score.column};
                }
                for (std::size_t slot = 0; slot < slotValues.size(); ++slot) {
                    if (slotValues[slot].first != 0) {
                        cell.slot = static_cast<qint32>(slot) + 1;
                        cell.source = slotValues[slot].first;
                        cell.ref = slotValues[slot].second;
                        ++tally.cube[cell];
                    }
                }
            }
        }
    }
    handOver(true);
}

} // namespace loopdesk::core
