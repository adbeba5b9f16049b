// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/csvreader.h"

#include <array>
#include <map>

namespace loopdesk::core {
namespace {

constexpr qint64 kChunk = 1 << 20;
constexpr qsizetype kMaxRecordBytes = 64 << 20; // beyond this the quoting is surely broken

QStringDecoder::Encoding qtEncoding(TextEncoding e)
{
    return e == TextEncoding::Utf16LE ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE;
}

} // namespace

QString CsvReader::open(const QString& path, const Options& options)
{
    m_fromMemory = false;
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::ReadOnly)) {
        return tr("The file %1 cannot be read: %2").arg(path, m_file.errorString());
    }
    m_size = m_file.size();
    if (options.encoding) {
        m_encoding = *options.encoding;
        const QByteArray head = m_file.peek(3);
        m_bomLength = head.startsWith("\xEF\xBB\xBF") && m_encoding == TextEncoding::Utf8 ? 3
                      : (head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF")) &&
                              (m_encoding == TextEncoding::Utf16LE || m_encoding == TextEncoding::Utf16BE)
                          ? 2
                          : 0;
    } else {
        EncodingDetector detector;
        while (!m_file.atEnd() && !detector.decided()) {
            detector.feed(m_file.read(kChunk));
        }
        m_encoding = detector.result().encoding;
        m_bomLength = detector.result().bomLength;
    }
    chooseDelimiter(options);
    return {};
}

QString CsvReader::openBytes(const QByteArray& bytes, const Options& options)
{
    m_fromMemory = true;
    m_memory = bytes;
    m_size = bytes.size();
    EncodingDetector detector;
    detector.feed(bytes);
    m_encoding = options.encoding.value_or(detector.result().encoding);
    m_bomLength = detector.result().encoding == m_encoding ? detector.result().bomLength : 0;
    chooseDelimiter(options);
    return {};
}

void CsvReader::chooseDelimiter(const Options& options)
{
    startReading();
    if (options.delimiter) {
        m_delimiter = *options.delimiter;
        return;
    }
    refill();
    m_delimiter = sniffDelimiter(QByteArrayView(m_buffer).first(std::min<qsizetype>(m_buffer.size(), 64 * 1024)));
    startReading();
}

void CsvReader::startReading()
{
    if (!m_fromMemory) {
        m_file.seek(m_bomLength);
    }
    m_memoryPos = m_bomLength;
    m_consumed = m_bomLength;
    m_buffer.clear();
    m_pos = 0;
    m_eof = false;
    m_skipLineFeed = false;
    m_line = 1;
    m_decoder.reset();
    switch (m_encoding) {
    case TextEncoding::Utf8:
        break;
    case TextEncoding::Utf16LE:
    case TextEncoding::Utf16BE:
        m_decoder.emplace(qtEncoding(m_encoding));
        break;
    case TextEncoding::Windows1250:
        m_decoder.emplace("windows-1250");
        break;
    case TextEncoding::Windows1252:
        m_decoder.emplace("windows-1252");
        break;
    }
}

void CsvReader::rewind()
{
    startReading();
}

bool CsvReader::refill()
{
    if (m_eof) {
        return false;
    }
    QByteArray raw;
    if (m_fromMemory) {
        raw = m_memory.mid(m_memoryPos, kChunk);
        m_memoryPos += raw.size();
    } else {
        raw = m_file.read(kChunk);
    }
    if (raw.isEmpty()) {
        m_eof = true;
        return false;
    }
    m_consumed += raw.size();
    m_buffer = m_decoder ? QString(m_decoder->decode(raw)).toUtf8() : std::move(raw);
    m_pos = 0;
    return true;
}

void CsvReader::endField()
{
    m_ends.push_back(m_record.size());
}

void CsvReader::endRecord(char lineBreak)
{
    endField();
    ++m_line;
    m_skipLineFeed = lineBreak == '\r'; // a following LF belongs to this CRLF
}

bool CsvReader::next()
{
    enum class State { FieldStart, Unquoted, Quoted, QuoteInQuoted };
    m_record.truncate(0); // keeps its capacity for the next record
    m_ends.clear();
    m_problem.clear();
    State state = State::FieldStart;
    bool started = false;
    for (;;) {
        if (m_pos >= m_buffer.size() && !refill()) {
            if (!started) {
                return false;
            }
            if (state == State::Quoted) {
                m_problem = tr("a quoted field that starts on line %1 is never closed").arg(m_recordLine);
            }
            endField();
            return true;
        }
        const char c = m_buffer.at(m_pos++);
        if (!started) {
            if (m_skipLineFeed && c == '\n') {
                m_skipLineFeed = false;
                continue;
            }
            m_skipLineFeed = false;
            started = true;
            m_recordLine = m_line;
        }
        switch (state) {
        case State::FieldStart:
        case State::Unquoted:
            if (c == m_delimiter) {
                endField();
                state = State::FieldStart;
            } else if (c == '\n' || c == '\r') {
                endRecord(c);
                return true;
            } else if (c == '"' && state == State::FieldStart) {
                state = State::Quoted;
            } else {
                // Copy the run up to the next delimiter or line break in one go.
                const char* const begin = m_buffer.constData() + m_pos - 1;
                const char* const end = m_buffer.constData() + m_buffer.size();
                const char* to = begin + 1;
                while (to < end && *to != m_delimiter && *to != '\n' && *to != '\r') {
                    ++to;
                }
                m_record.append(begin, to - begin);
                m_pos += to - begin - 1;
                state = State::Unquoted;
            }
            break;
        case State::Quoted: {
            // Copy the run up to the next quote or line break in one go.
            const qsizetype from = m_pos - 1;
            qsizetype to = from;
            while (to < m_buffer.size() && m_buffer.at(to) != '"' && m_buffer.at(to) != '\n') {
                ++to;
            }
            m_record.append(m_buffer.constData() + from, to - from);
            m_pos = to;
            if (to < m_buffer.size()) {
                const char special = m_buffer.at(m_pos++);
                if (special == '"') {
                    state = State::QuoteInQuoted;
                } else {
                    // A line break inside a cell: CRLF (Excel on Windows) becomes LF.
                    if (m_record.endsWith('\r')) {
                        m_record.chop(1);
                    }
                    m_record.append('\n');
                    ++m_line;
                }
            }
            if (m_record.size() > kMaxRecordBytes) {
                m_problem = tr("a quoted field that starts on line %1 is never closed").arg(m_recordLine);
                endField();
                m_eof = true; // the rest of the file would be swallowed into this field
                return true;
            }
            break;
        }
        case State::QuoteInQuoted:
            if (c == '"') {
                m_record.append('"');
                state = State::Quoted;
            } else if (c == m_delimiter) {
                endField();
                state = State::FieldStart;
            } else if (c == '\n' || c == '\r') {
                endRecord(c);
                return true;
            } else {
                // Text after a closing quote ("abc"def): keep it, as spreadsheets do.
                m_record.append(c);
                state = State::Unquoted;
            }
            break;
        }
    }
}

QByteArrayView CsvReader::field(qsizetype i) const
{
    if (i < 0 || i >= fieldCount()) {
        return {};
    }
    const qsizetype begin = i == 0 ? 0 : m_ends[static_cast<std::size_t>(i - 1)];
    return QByteArrayView(m_record.constData() + begin, m_ends[static_cast<std::size_t>(i)] - begin);
}

QStringList CsvReader::fields() const
{
    QStringList result;
    result.reserve(fieldCount());
    for (qsizetype i = 0; i < fieldCount(); ++i) {
        result << text(i);
    }
    return result;
}

bool CsvReader::isBlank() const
{
    for (const char c : m_record) {
        if (c != ' ' && c != '\t') {
            return false;
        }
    }
    return true;
}

char CsvReader::sniffDelimiter(QByteArrayView sample)
{
    constexpr std::array<char, 3> candidates{',', ';', '\t'};
    std::array<std::vector<int>, 3> perLine;
    std::array<int, 3> counts{};
    bool quoted = false;
    int lines = 0;
    for (qsizetype i = 0; i < sample.size() && lines < 50; ++i) {
        const char c = sample[i];
        if (c == '"') {
            quoted = !quoted;
        } else if (!quoted && (c == '\n' || i + 1 == sample.size())) {
            for (std::size_t k = 0; k < candidates.size(); ++k) {
                perLine[k].push_back(counts[k]);
                counts[k] = 0;
            }
            ++lines;
        } else if (!quoted) {
            for (std::size_t k = 0; k < candidates.size(); ++k) {
                counts[k] += c == candidates[k] ? 1 : 0;
            }
        }
    }
    // For each candidate: the most common non-zero count per line and how many lines have it.
    char best = ',';
    int bestLines = 0;
    int bestCount = 0;
    for (std::size_t k = 0; k < candidates.size(); ++k) {
        std::map<int, int> frequency;
        for (int n : perLine[k]) {
            if (n > 0) {
                ++frequency[n];
            }
        }
        for (const auto& [count, linesWithCount] : frequency) {
            if (linesWithCount > bestLines || (linesWithCount == bestLines && count > bestCount)) {
                best = candidates[k];
                bestLines = linesWithCount;
                bestCount = count;
            }
        }
    }
    return best;
}

} // namespace loopdesk::core
