// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace loopdesk::core {

// The text encodings survey exports arrive in.
enum class TextEncoding { Utf8, Utf16LE, Utf16BE, Windows1250, Windows1252 };

QString encodingName(TextEncoding encoding); // "UTF-8", "Windows-1250", ...
std::optional<TextEncoding> encodingFromName(const QString& name);

// What the first bytes and the content say about a file's encoding.
struct EncodingGuess {
    TextEncoding encoding = TextEncoding::Utf8;
    int bomLength = 0;
};

// Incremental detection: feed the whole file in chunks, then ask. A byte-order mark decides at
// once; otherwise valid UTF-8 is UTF-8, and anything else is Windows-1250 (Polish) or -1252
// (Italian and western Europe), chosen by the letters each would produce.
class EncodingDetector final {
public:
    void feed(const QByteArray& chunk);
    bool decided() const { return m_bom.has_value() || m_invalidUtf8; }
    EncodingGuess result() const;

private:
    std::optional<EncodingGuess> m_bom;
    bool m_first = true;
    bool m_invalidUtf8 = false;
    int m_pendingContinuation = 0; // UTF-8 continuation bytes still expected across chunks
    qint64 m_polishScore = 0;
    qint64 m_westernScore = 0;
};

} // namespace loopdesk::core
