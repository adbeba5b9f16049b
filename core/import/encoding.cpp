// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/encoding.h"

#include <array>
#include <cstdint>
#include <cstring>

namespace loopdesk::core {
namespace {

// Bytes that are common letters in Polish text under Windows-1250 (ą ę ł ś ź ż ć ń Ą Ę Ł Ś Ź Ż Ć Ń)
// but symbols or rare letters under Windows-1252, and the other way round for Italian and
// other western text (à è ì ò ù À È Ò Ù ç).
constexpr std::array<unsigned char, 16> kPolish{0xB9, 0xEA, 0xB3, 0x9C, 0x9F, 0xBF, 0xE6, 0xF1,
                                                0xA5, 0xCA, 0xA3, 0x8C, 0x8F, 0xAF, 0xC6, 0xD1};
constexpr std::array<unsigned char, 10> kWestern{0xE0, 0xE8, 0xEC, 0xF2, 0xF9, 0xC0, 0xC8, 0xD2, 0xD9, 0xE7};

} // namespace

QString encodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return QStringLiteral("UTF-8");
    case TextEncoding::Utf16LE:
        return QStringLiteral("UTF-16LE");
    case TextEncoding::Utf16BE:
        return QStringLiteral("UTF-16BE");
    case TextEncoding::Windows1250:
        return QStringLiteral("Windows-1250");
    case TextEncoding::Windows1252:
        return QStringLiteral("Windows-1252");
    }
    return {};
}

std::optional<TextEncoding> encodingFromName(const QString& name)
{
    for (TextEncoding e : {TextEncoding::Utf8, TextEncoding::Utf16LE, TextEncoding::Utf16BE, TextEncoding::Windows1250,
                           TextEncoding::Windows1252}) {
        if (name.compare(encodingName(e), Qt::CaseInsensitive) == 0 ||
            QString(name)
                    .remove(QLatin1Char('-'))
                    .compare(encodingName(e).remove(QLatin1Char('-')), Qt::CaseInsensitive) == 0) {
            return e;
        }
    }
    return std::nullopt;
}

void EncodingDetector::feed(const QByteArray& chunk)
{
    const auto* bytes = reinterpret_cast<const unsigned char*>(chunk.constData());
    const qsizetype size = chunk.size();
    qsizetype i = 0;
    if (m_first) {
        m_first = false;
        if (size >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF) {
            m_bom = EncodingGuess{TextEncoding::Utf8, 3};
        } else if (size >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE) {
            m_bom = EncodingGuess{TextEncoding::Utf16LE, 2};
        } else if (size >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF) {
            m_bom = EncodingGuess{TextEncoding::Utf16BE, 2};
        }
    }
    if (m_bom) {
        return;
    }
    static constexpr std::array<signed char, 256> kLetterOf = [] {
        std::array<signed char, 256> letters{}; // 1: Polish, -1: western
        for (unsigned char p : kPolish) {
            letters[p] = 1;
        }
        for (unsigned char w : kWestern) {
            letters[w] = -1;
        }
        return letters;
    }();
    constexpr std::uint64_t kHighBits = 0x8080808080808080ULL;
    for (; i < size; ++i) {
        if (m_pendingContinuation == 0) {
            // Most of a survey export is ASCII: skipped eight bytes at a time.
            std::uint64_t word = 0;
            while (i + 8 <= size && (std::memcpy(&word, bytes + i, 8), (word & kHighBits) == 0)) {
                i += 8;
            }
            if (i == size) {
                break;
            }
        }
        const unsigned char b = bytes[i];
        if (b < 0x80) {
            if (m_pendingContinuation > 0) {
                m_invalidUtf8 = true;
            }
            continue;
        }
        // Letter statistics, in case this turns out not to be UTF-8.
        m_polishScore += kLetterOf[b] > 0 ? 1 : 0;
        m_westernScore += kLetterOf[b] < 0 ? 1 : 0;
        if (m_pendingContinuation > 0) {
            if ((b & 0xC0U) != 0x80U) {
                m_invalidUtf8 = true;
            }
            --m_pendingContinuation;
        } else if ((b & 0xE0U) == 0xC0U && b >= 0xC2) {
            m_pendingContinuation = 1;
        } else if ((b & 0xF0U) == 0xE0U) {
            m_pendingContinuation = 2;
        } else if ((b & 0xF8U) == 0xF0U && b <= 0xF4) {
            m_pendingContinuation = 3;
        } else {
            m_invalidUtf8 = true;
        }
    }
}

EncodingGuess EncodingDetector::result() const
{
    if (m_bom) {
        return *m_bom;
    }
    if (!m_invalidUtf8 && m_pendingContinuation == 0) {
        return {TextEncoding::Utf8, 0};
    }
    return {m_polishScore >= m_westernScore ? TextEncoding::Windows1250 : TextEncoding::Windows1252, 0};
}

} // namespace loopdesk::core
