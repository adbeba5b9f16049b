// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/theme.h"

#include <QHash>
#include <QList>

#include <optional>

namespace loopdesk::core {

class Database;

// Reads and writes the root-cause taxonomy: departments, themes and their keyword rules.
class ThemeStore final {
public:
    explicit ThemeStore(Database& db)
        : m_db(db)
    {}

    qint64 addDepartment(const QString& name);
    QList<Department> departments() const;
    std::optional<Department> findDepartment(const QString& name) const;

    qint64 addTheme(const Theme& theme);
    void updateTheme(const Theme& theme);
    std::optional<Theme> getTheme(qint64 id) const;
    std::optional<Theme> findTheme(const QString& name) const; // first match, top level first
    QList<Theme> themes() const;                               // parents before children

    qint64 addKeyword(const ThemeKeyword& keyword);
    void removeKeyword(qint64 id);
    QList<ThemeKeyword> keywords() const;

    QHash<qint64, qint64> taggedAnswerCounts() const; // theme id -> answers tagged with it

private:
    Database& m_db;
};

} // namespace loopdesk::core
