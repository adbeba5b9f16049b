// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/importer.h"
#include "storage/responsebulkwriter.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>

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
    qint32 segmentsAt = 0; // the row's segment values: one span per segment column, from here
    qint32 themesAt = 0;   // the comment's themes, from here in AnswerBatch::themes
    qint32 themeCount = 0;
    std::optional<CaseDue> caseDue; // the follow-up case the answer opens
};

// A few thousand rows' worth of answers, and where in the file they end.
struct AnswerBatch {
    QByteArray bytes;
    std::vector<ReadAnswer> answers;
    std::vector<TextSpan> segments;
    std::vector<qint64> themes;
    qint64 position = 0; // bytes of the file read up to the end of this batch

    QByteArrayView text(TextSpan span) const { return QByteArrayView(bytes.constData() + span.from, span.size); }
    std::span<const qint64> themesOf(const ReadAnswer& a) const
    {
        return {themes.data() + a.themesAt, static_cast<std::size_t>(a.themeCount)};
    }
    void clear();
};

// What reading the rows found besides answers: counts and the rejected rows, with line, column
// and reason.
struct ReadTally {
    qint64 rows = 0;
    qint64 rejected = 0;
    QMap<QString, qint64> rejectedByKind;
    QList<RejectedRow> rejects;
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
