// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QString>

#include <optional>

namespace loopdesk::core {

class Database;

// Key-value settings kept in the database, so that a whole team shares them. The typed keys and
// their defaults live with the features that own them. A store reads all settings with its first
// value() and answers later ones from that (a dozen keys in one round trip to a team database):
// make a new store to see what others have changed since.
class SettingsStore final {
public:
    explicit SettingsStore(Database& db)
        : m_db(db)
    {}

    QString value(const QString& key, const QString& fallback = {}) const;
    void setValue(const QString& key, const QString& value);
    void remove(const QString& key);
    QMap<QString, QString> all() const;

private:
    Database& m_db;
    mutable std::optional<QMap<QString, QString>> m_read; // all settings, once value() was asked
};

} // namespace loopdesk::core
