// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QtGlobal>

#include <cstring>
#include <functional>
#include <string_view>
#include <vector>

namespace loopdesk::core {

// Byte-string keys (customer ids, e-mail addresses) to small values, compactly: one 24-byte slot
// per key in an open-addressed table and the keys' bytes one after another in a single buffer,
// where a QHash<QByteArray, ...> spends some 80 bytes and two allocations per key. An import uses
// it to remember whom it has resolved; past `maxKeys` keys it forgets everything and starts afresh,
// so that its memory has a ceiling whatever the size of the file.
template <typename Value>
class ByteKeyMap final {
    static_assert(sizeof(Value) <= 8, "a slot holds a value of up to 8 bytes");

public:
    explicit ByteKeyMap(qsizetype maxKeys)
        : m_maxKeys(maxKeys)
    {}

    qsizetype size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }

    // The value stored for `key`, or nullptr. The pointer is valid until the next insert().
    const Value* find(QByteArrayView key) const
    {
        if (m_slots.empty()) {
            return nullptr;
        }
        const quint64 h = hashOf(key);
        for (std::size_t i = h & m_mask;; i = (i + 1) & m_mask) {
            const Slot& s = m_slots[i];
            if (s.hash == 0) {
                return nullptr;
            }
            if (s.hash == h && s.length == static_cast<quint32>(key.size()) &&
                (key.isEmpty() || std::memcmp(m_bytes.constData() + s.offset, key.data(), key.size()) == 0)) {
                return &s.value;
            }
        }
    }

    // Whether adding `key` would first forget everything.
    bool isFullFor(QByteArrayView key) const { return m_size >= m_maxKeys || m_bytes.size() + key.size() > kMaxBytes; }

    // Sets the value of `key`, adding the key if it is new (after forgetting everything when full).
    void insert(QByteArrayView key, Value value)
    {
        if (const Value* found = find(key)) {
            *const_cast<Value*>(found) = value;
            return;
        }
        if (isFullFor(key)) {
            clear();
        }
        if ((m_size + 1) * 10 > static_cast<qsizetype>(m_slots.size()) * 7) {
            grow();
        }
        const quint64 h = hashOf(key);
        std::size_t i = h & m_mask;
        while (m_slots[i].hash != 0) {
            i = (i + 1) & m_mask;
        }
        m_slots[i] = {h, value, static_cast<quint32>(m_bytes.size()), static_cast<quint32>(key.size())};
        m_bytes.append(key);
        ++m_size;
    }

    void clear()
    {
        m_slots.clear();
        m_slots.shrink_to_fit();
        m_bytes.clear();
        m_mask = 0;
        m_size = 0;
    }

private:
    static constexpr qsizetype kMaxBytes = qsizetype(1) << 31; // offsets are 32-bit
    struct Slot {
        quint64 hash = 0; // never 0 for a used slot
        Value value{};
        quint32 offset = 0;
        quint32 length = 0;
    };

    static quint64 hashOf(QByteArrayView key)
    {
        const quint64 h = std::hash<std::string_view>{}(std::string_view(key.data(), std::size_t(key.size())));
        return h == 0 ? 1 : h;
    }

    void grow()
    {
        const std::size_t capacity = m_slots.empty() ? 1024 : m_slots.size() * 2;
        std::vector<Slot> old(capacity);
        old.swap(m_slots);
        m_mask = capacity - 1;
        for (const Slot& s : old) {
            if (s.hash != 0) {
                std::size_t i = s.hash & m_mask;
                while (m_slots[i].hash != 0) {
                    i = (i + 1) & m_mask;
                }
                m_slots[i] = s;
            }
        }
    }

    qsizetype m_maxKeys;
    qsizetype m_size = 0;
    std::size_t m_mask = 0;
    std::vector<Slot> m_slots;
    QByteArray m_bytes;
};

} // namespace loopdesk::core
