// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/bytekeymap.h"

#include <catch2/catch.hpp>

#include <QHash>

using namespace loopdesk::core;

TEST_CASE("a byte-key map finds what was put in by the bytes of the key", "[storage][bytekeymap]")
{
    ByteKeyMap<qint64> map(1000);
    CHECK(map.find("C1") == nullptr);
    map.insert("C1", 10);
    map.insert("C10", 20);
    map.insert("", 30); // an empty key is a key like any other
    REQUIRE(map.find("C1") != nullptr);
    CHECK(*map.find("C1") == 10);
    CHECK(*map.find("C10") == 20);
    CHECK(*map.find("") == 30);
    CHECK(map.find("C") == nullptr);
    CHECK(map.find("C100") == nullptr);
    map.insert("C1", 11); // a second insert changes the value, not the size
    CHECK(*map.find("C1") == 11);
    CHECK(map.size() == 3);
    // Keys that differ in one byte, far apart in a buffer that grows.
    const QByteArray polish = QStringLiteral("Łukasz Żółć").toUtf8();
    map.insert(polish, 40);
    CHECK(*map.find(polish) == 40);
    CHECK(map.find(QStringLiteral("Łukasz Żółw").toUtf8()) == nullptr);
}

TEST_CASE("a byte-key map agrees with a QHash over many keys, across growing", "[storage][bytekeymap]")
{
    ByteKeyMap<qint64> map(1000000);
    QHash<QByteArray, qint64> reference;
    quint32 state = 12345;
    for (int i = 0; i < 50000; ++i) {
        state = state * 1664525U + 1013904223U;
        const QByteArray key = "customer-" + QByteArray::number(state % 30000);
        map.insert(key, i);
        reference.insert(key, i);
    }
    CHECK(map.size() == reference.size());
    for (auto it = reference.cbegin(); it != reference.cend(); ++it) {
        const qint64* found = map.find(it.key());
        REQUIRE(found != nullptr);
        CHECK(*found == it.value());
    }
    CHECK(map.find("customer-30000") == nullptr);
}

TEST_CASE("a full byte-key map forgets everything and starts afresh", "[storage][bytekeymap]")
{
    ByteKeyMap<qint64> map(3);
    map.insert("a", 1);
    map.insert("b", 2);
    map.insert("c", 3);
    CHECK(map.size() == 3);
    map.insert("d", 4); // past the ceiling: only the newest is remembered
    CHECK(map.size() == 1);
    CHECK(map.find("a") == nullptr);
    CHECK(*map.find("d") == 4);
    map.clear();
    CHECK(map.isEmpty());
    CHECK(map.find("d") == nullptr);
}
