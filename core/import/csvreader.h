// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/encoding.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QFile>
#include <QStringDecoder>
#include <QStringList>

#include <optional>
#include <vector>

namespace loopdesk::core {

// Reads a delimited text file record by record (RFC 4180: quoted fields, doubled quotes,
// delimiters and line breaks inside quotes; CRLF, LF or CR; a last line without a newline),
// in any TextEncoding, with memory independent of the file's size. Fields are handed out as
// UTF-8 bytes, valid until the next record.
class CsvReader final {
    Q_DECLARE_TR_FUNCTIONS(loopdesk::core::CsvReader)
    Q_DISABLE_COPY_MOVE(CsvReader)

public:
    struct Options {
        std::optional<TextEncoding> encoding; // detected over the whole file when empty
        std::optional<char> delimiter;        // sniffed from the first lines when empty
    };

    CsvReader() = default;

    // Opens and inspects the file; returns a reason in plain words when it cannot be read.
    QString open(const QString& path, const Options& options);
    QString open(const QString& path) { return open(path, Options{}); }
    // For in-memory text (tests, fuzzing): the bytes are read as if they were a file.
    QString openBytes(const QByteArray& bytes, const Options& options);

    TextEncoding encoding() const { return m_encoding; }
    char delimiter() const { return m_delimiter; }
    qint64 size() const { return m_size; }
    qint64 position() const { return m_consumed; } // bytes of the file handled so far

    // Reads the next record; false at the end of the file.
    bool next();
    void rewind();

    qsizetype fieldCount() const { return static_cast<qsizetype>(m_ends.size()); }
    QByteArrayView field(qsizetype i) const;
    QString text(qsizetype i) const { return QString::fromUtf8(field(i)); }
    QStringList fields() const;
    bool isBlank() const;                        // every field empty or white space
    qint64 line() const { return m_recordLine; } // physical line where the record starts, from 1
    // Set when the record is malformed (an unclosed quote); the record still holds what was read.
    const QString& problem() const { return m_problem; }

    // The most plausible delimiter of a text sample: the one found the same number of times,
    // outside quotes, on most of its first lines.
    static char sniffDelimiter(QByteArrayView utf8Sample);

private:
    bool refill();
    void endField();
    void endRecord(char lineBreak);
    void startReading();
    void chooseDelimiter(const Options& options); // the given one, or sniffed from the first chunk

    QFile m_file;
    QByteArray m_memory; // the source when opened from bytes
    bool m_fromMemory = false;
    qint64 m_size = 0;
    TextEncoding m_encoding = TextEncoding::Utf8;
    int m_bomLength = 0;
    char m_delimiter = ',';
    std::optional<QStringDecoder> m_decoder;

    QByteArray m_buffer; // UTF-8 bytes being parsed
    qsizetype m_pos = 0;
    qint64 m_consumed = 0;
    qint64 m_memoryPos = 0;
    bool m_eof = false;
    bool m_skipLineFeed = false;
    qint64 m_line = 1;

    QByteArray m_record; // unescaped field bytes of the current record, back to back
    std::vector<qsizetype> m_ends;
    qint64 m_recordLine = 0;
    QString m_problem;
};

} // namespace loopdesk::core
