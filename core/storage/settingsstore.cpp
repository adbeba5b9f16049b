// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/settingsstore.h"

#include "storage/database.h"
#include "storage/statement.h"

namespace loopdesk::core {

QString SettingsStore::value(const QString& key, const QString& fallback) const
{
    if (!m_read) {
        m_read = all();
    }
    return m_read->value(key, fallback);
}

void SettingsStore::setValue(const QString& key, const QString& value)
{
    Statement s(m_db.connection(), QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                                  "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    s.bind(key).bind(value).exec();
    if (m_read) {
        m_read->insert(key, value);
    }
}

void SettingsStore::remove(const QString& key)
{
    Statement s(m_db.connection(), QStringLiteral("DELETE FROM settings WHERE key = ?"));
    s.bind(key).exec();
    if (m_read) {
        m_read->remove(key);
    }
}

QMap<QString, QString> SettingsStore::all() const
{
    Statement s(m_db.connection(), QStringLiteral("SELECT key, value FROM settings ORDER BY key"));
    s.exec();
    QMap<QString, QString> result;
    while (s.next()) {
        result.insert(s.text(0), s.text(1));
    }
    return result;
}

} // namespace loopdesk::core
