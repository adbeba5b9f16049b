// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/segmentdictionary.h"

#include "storage/database.h"
#include "storage/statement.h"

namespace loopdesk::core {

SegmentDictionary::SegmentDictionary(Database& db)
    : m_db(db)
{
    load();
}

void SegmentDictionary::load()
{
    Statement dims(m_db.connection(), QStringLiteral("SELECT id, name, slot FROM dimension"));
    dims.exec();
    while (dims.next()) {
        m_dimensions.insert(dims.text(1), {dims.id(0), dims.value(2).toInt()});
    }
    Statement values(m_db.connection(), QStringLiteral("SELECT id, dimension_id, value FROM segment_value"));
    values.exec();
    while (values.next()) {
        m_values.insert({values.id(1), values.text(2)}, values.id(0));
        m_valueTexts.insert(values.id(0), values.text(2));
    }
}

int SegmentDictionary::existingSlot(const QString& dimension) const
{
    return m_dimensions.value(dimension, {0, 0}).second;
}

int SegmentDictionary::slotOf(const QString& dimension)
{
    if (const int slot = existingSlot(dimension)) {
        return slot;
    }
    QList<bool> used(kSlots + 1, false);
    for (const auto& entry : std::as_const(m_dimensions)) {
        used[entry.second] = true;
    }
    const auto freeSlot = std::find(used.begin() + 1, used.end(), false);
    if (freeSlot == used.end()) {
        throw StorageError(tr("A database holds at most %1 segment dimensions; \"%2\" would be one more. Map it to an "
                              "existing dimension or leave it out.")
                               .arg(kSlots)
                               .arg(dimension));
    }
    const int slot = static_cast<int>(freeSlot - used.begin());
    Statement s(m_db.connection(), QStringLiteral("INSERT INTO dimension (name, slot) VALUES (?, ?) RETURNING id"));
    s.bind(dimension).bind(slot).exec();
    m_dimensions.insert(dimension, {s.lastInsertId(), slot});
    return slot;
}

qint64 SegmentDictionary::valueId(const QString& dimension, const QString& value)
{
    slotOf(dimension);
    const qint64 dimensionId = m_dimensions.value(dimension).first;
    const auto key = qMakePair(dimensionId, value);
    if (const auto it = m_values.constFind(key); it != m_values.constEnd()) {
        return *it;
    }
    Statement s(m_db.connection(),
                QStringLiteral("INSERT INTO segment_value (dimension_id, value) VALUES (?, ?) RETURNING id"));
    s.bind(dimensionId).bind(value).exec();
    const qint64 id = s.lastInsertId();
    m_values.insert(key, id);
    m_valueTexts.insert(id, value);
    return id;
}

qint64 SegmentDictionary::existingValueId(const QString& dimension, const QString& value) const
{
    const auto found = m_dimensions.constFind(dimension);
    return found == m_dimensions.constEnd() ? 0 : m_values.value(qMakePair(found->first, value), 0);
}

QList<QPair<qint64, QString>> SegmentDictionary::valuesOf(int slot) const
{
    Statement s(m_db.connection(),
                QStringLiteral("SELECT v.id, v.value FROM segment_value v JOIN dimension d ON d.id = "
                               "v.dimension_id WHERE d.slot = ? ORDER BY v.value"));
    s.bind(slot).exec();
    QList<QPair<qint64, QString>> result;
    while (s.next()) {
        result.append({s.id(0), s.text(1)});
    }
    return result;
}

QStringList SegmentDictionary::dimensions() const
{
    QStringList result;
    for (int slot = 1; slot <= kSlots; ++slot) {
        if (const QString name = dimensionAt(slot); !name.isEmpty()) {
            result << name;
        }
    }
    return result;
}

QString SegmentDictionary::dimensionAt(int slot) const
{
    for (auto it = m_dimensions.cbegin(); it != m_dimensions.cend(); ++it) {
        if (it->second == slot) {
            return it.key();
        }
    }
    return {};
}

QString SegmentDictionary::valueText(qint64 valueId)
{
    if (!m_valueTexts.contains(valueId)) {
        // Another connection may have added it since we loaded.
        m_dimensions.clear();
        m_values.clear();
        m_valueTexts.clear();
        load();
    }
    return m_valueTexts.value(valueId);
}

} // namespace loopdesk::core
