// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/importer.h"
#include "storage/responsebulkwriter.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>

#include <array>
#include <condition_variable>
#include <deque>
#include <exception>
#include <memory>
#include <mutex>
#include <span>
#include <thread>
#include <vector>

namespace loopdesk::core {

class CaseRules;
class ThemeTagger;

// A piece of a batch's text: bytes [from, from + size) of AnswerBatch::bytes.
struct TextSpan {
    qint32 from = 0;
    qint32 size = 0;
};

// A row's value in one segment column: its text, and its number among that column's values in
// this file (-1: the row has none), with `first` where the value is met for the first time.
struct SegmentValueRef {
    TextSpan text;
    qint32 number = -1;
    bool first = false;
};

// One answer as the reading thread hands it to the writing one: validated and typed, its text
// in the batch. A wide row gives one such answer per filled score column.
struct ReadAnswer {
    TextSpan sourceKey; // "id:<response id>" or "row:<content hash>"
    TextSpan responseId;
    TextSpan customerKey; // customer id, or e-mail when there is none
    CustomerRef customer;
    TextSpan name;
    TextSpan email;
    TextSpan phone;
    TextSpan account;
    TextSpan comment;
    TextSpan language;
    qint64 answeredAt = 0; // UTC epoch seconds
    int score = 0;
    int scoreColumn = 0;   // which of the mapping's score columns (a wide table has several)
    qint32 segmentsAt = 0; // the row's segment values: one per segment column, from here
    qint32 themesAt = 0;   // the comment's themes, from here in AnswerBatch::themes
    qint32 themeCount = 0;
    std::optional<CaseDue> caseDue; // the follow-up case the answer opens
};

// A few thousand rows' worth of answers, and where in the file they end.
struct AnswerBatch {
    QByteArray bytes;
    std::vector<ReadAnswer> answers;
    std::vector<SegmentValueRef> segments;
    std::vector<qint64> themes;
    qint64 position = 0; // bytes of the file read up to the end of this batch

    QByteArrayView text(TextSpan span) const { return QByteArrayView(bytes.constData() + span.from, span.size); }
    std::span<const qint64> themesOf(const ReadAnswer& a) const
    {
        return {themes.data() + a.themesAt, static_cast<std::size_t>(a.themeCount)};
    }
    void clear();
};

// A cell of the score cube as the reading thread counts answers into it: slot 0 (every answer),
// or a segment slot and where its value came from. The writing side knows the values' ids.
struct CubeCell {
    static constexpr qint32 kConstant = -1;   // the value given to every row (--set)
    static constexpr qint32 kWideColumn = -2; // a wide table's score column label; `ref`: that column
    qint32 slot = 0;
    qint32 source = 0; // 0 for slot 0; a segment column's index + 1, kConstant or kWideColumn
    qint32 ref = 0;    // the value's number in its segment column, or the score column
    qint32 month = 0;  // monthIndex()
    qint32 score = 0;
    friend bool operator==(const CubeCell&, const CubeCell&) = default;
    friend size_t qHash(const CubeCell& c, size_t seed = 0)
    {
        return qHashMulti(seed, c.slot, c.source, c.ref, c.month, c.score);
    }
};

// What reading the rows found besides answers: counts and the rejected rows, with line, column
// and reason; and, when asked, every answer counted into the score cube.
struct ReadTally {
    qint64 rows = 0;
    qint64 rejected = 0;
    QMap<QString, qint64> rejectedByKind;
    QList<RejectedRow> rejects;
    QHash<CubeCell, qint64> cube;
};

// Reads, validates and types a file's answer rows on a thread of its own (parsing the CSV, the
// dates and scores, and finding each comment's themes), while the caller's thread writes the
// previous batch to the database: an import keeps both of a machine's cores busy. Memory is a few
// batches, whatever the size of the file.
class AnswerReader final {
    Q_DISABLE_COPY_MOVE(AnswerReader)

public:
    struct Setup {
        QString path;
        ImportInspection inspection; // encoding, delimiter, mapping, date order
        const ImportOptions* options = nullptr;
        Metric metric = Metric::Nps;
        qint64 defaultAnsweredAt = 0;            // for a file without a date column
        const ThemeTagger* tagger = nullptr;     // themes for comments; nullptr: none
        const CaseRules* rules = nullptr;        // which answers open a case, and when it is due
        qsizetype customersRemembered = 1000000; // distinct customer keys numbered before starting again
        // Counting the answers for the score cube on the reading thread: the slot of each of the
        // mapping's segment columns, the slots every row has a value in (--set), and the slot of a
        // wide table's column label (0: none).
        bool countCube = false;
        std::vector<int> segmentSlots{};
        std::array<bool, 8> constantSlots{};
        int wideSlot = 0;
    };

    // Starts reading at once. Throws ImportError for a --set value that cannot be used.
    explicit AnswerReader(Setup setup);
    ~AnswerReader(); // stops reading and waits for the thread

    // The next batch, or nullptr at the end of the file. Rethrows what stopped the reading thread.
    std::unique_ptr<AnswerBatch> next();
    // Gives a batch back to be filled again (saves reallocating its buffers).
    void recycle(std::unique_ptr<AnswerBatch> batch);
    // Call after next() returned nullptr: the counts and rejected rows of the whole file.
    ReadTally takeTally() { return std::move(m_tally); }

private:
    void read();
    void stop();

    Setup m_setup;
    ReadTally m_tally; // the reading thread's until the end of the file

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::unique_ptr<AnswerBatch>> m_ready;
    std::vector<std::unique_ptr<AnswerBatch>> m_spare;
    bool m_done = false;     // the reading thread has handed over its last batch
    bool m_stopping = false; // the caller wants no more
    std::exception_ptr m_failure;
    std::thread m_thread;
};

} // namespace loopdesk::core
