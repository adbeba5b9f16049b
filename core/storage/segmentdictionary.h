// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QPair>
#include <QString>
#include <QStringList>

namespace loopdesk::core {

class Database;

// Maps segment dimensions to the response row's eight slots and their values to small integer
// codes, creating both on first use and caching them for the life of the dictionary.
class SegmentDictionary final {
    Q_DECLARE_TR_FUNCTIONS(loopdesk::core::SegmentDictionary)

public:
    static constexpr int kSlots = 8;

    explicit SegmentDictionary(Database& db);

    int slotOf(const QString& dimension);                           // creates the dimension; throws when full
    qint64 valueId(const QString& dimension, const QString& value); // creates the value
    int existingSlot(const QString& dimension) const;               // 0 when unknown
    qint64 existingValueId(const QString& dimension, const QString& value) const; // 0 when unknown
    QString dimensionAt(int slot) const;                                          // empty when unused
    QStringList dimensions() const;
    QList<QPair<qint64, QString>> valuesOf(int slot) const; // (id, value) by value // by slot
    QString valueText(qint64 valueId);

private:
    void load();

    Database& m_db;
    QHash<QString, QPair<qint64, int>> m_dimensions; // name -> (id, slot)
    QHash<QPair<qint64, QString>, qint64> m_values;  // (dimension id, value) -> id
    QHash<qint64, QString> m_valueTexts;
};

} // namespace loopdesk::core
