// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/themestore.h"

#include "storage/database.h"
#include "storage/statement.h"

namespace loopdesk::core {
namespace {

const QString kThemeColumns = QStringLiteral("id, parent_id, name, department_id");

Theme readTheme(const Statement& s)
{
    return Theme{s.id(0), s.id(1), s.text(2), s.id(3)};
}

QList<Theme> readThemes(Statement& s)
{
    s.exec();
    QList<Theme> result;
    while (s.next()) {
        result << readTheme(s);
    }
    return result;
}

} // namespace

qint64 ThemeStore::addDepartment(const QString& name)
{
    Statement s(m_db.connection(), QStringLiteral("INSERT INTO department (name) VALUES (?) RETURNING id"));
    s.bind(name).exec();
    return s.lastInsertId();
}

QList<Department> ThemeStore::departments() const
{
    Statement s(m_db.connection(), QStringLiteral("SELECT id, name FROM department ORDER BY name"));
    s.exec();
    QList<Department> result;
    while (s.next()) {
        result << Department{s.id(0), s.text(1)};
    }
    return result;
}

std::optional<Department> ThemeStore::findDepartment(const QString& name) const
{
    Statement s(m_db.connection(), QStringLiteral("SELECT id, name FROM department WHERE name = ?"));
    s.bind(name).exec();
    return s.next() ? std::optional(Department{s.id(0), s.text(1)}) : std::nullopt;
}

qint64 ThemeStore::addTheme(const Theme& theme)
{
    Statement s(m_db.connection(),
                QStringLiteral("INSERT INTO theme (parent_id, name, department_id) VALUES (?, ?, ?) RETURNING id"));
    s.bindId(theme.parentId).bind(theme.name).bindId(theme.departmentId).exec();
    return s.lastInsertId();
}

void ThemeStore::updateTheme(const Theme& theme)
{
    Statement s(m_db.connection(),
                QStringLiteral("UPDATE theme SET parent_id = ?, name = ?, department_id = ? WHERE id = ?"));
    s.bindId(theme.parentId).bind(theme.name).bindId(theme.departmentId).bind(theme.id).exec();
}

std::optional<Theme> ThemeStore::getTheme(qint64 id) const
{
    Statement s(m_db.connection(), QStringLiteral("SELECT %1 FROM theme WHERE id = ?").arg(kThemeColumns));
    s.bind(id).exec();
    return s.next() ? std::optional(readTheme(s)) : std::nullopt;
}

std::optional<Theme> ThemeStore::findTheme(const QString& name) const
{
    Statement s(m_db.connection(),
                QStringLiteral("SELECT %1 FROM theme WHERE name = ? ORDER BY parent_id IS NOT NULL, id LIMIT 1")
                    .arg(kThemeColumns));
    s.bind(name).exec();
    return s.next() ? std::optional(readTheme(s)) : std::nullopt;
}

QList<Theme> ThemeStore::themes() const
{
    Statement s(m_db.connection(),
                QStringLiteral("SELECT %1 FROM theme ORDER BY parent_id IS NOT NULL, coalesce(parent_id, id), name")
                    .arg(kThemeColumns));
    return readThemes(s);
}

qint64 ThemeStore::addKeyword(const ThemeKeyword& keyword)
{
    Statement s(
        m_db.connection(),
        QStringLiteral("INSERT INTO theme_keyword (theme_id, language, pattern) VALUES (?, ?, ?) RETURNING id"));
    s.bind(keyword.themeId).bind(keyword.language).bind(keyword.pattern).exec();
    return s.lastInsertId();
}

void ThemeStore::removeKeyword(qint64 id)
{
    Statement s(m_db.connection(), QStringLiteral("DELETE FROM theme_keyword WHERE id = ?"));
    s.bind(id).exec();
}

QList<ThemeKeyword> ThemeStore::keywords() const
{
    Statement s(m_db.connection(),
                QStringLiteral("SELECT id, theme_id, language, pattern FROM theme_keyword ORDER BY theme_id, language, "
                               "pattern"));
    s.exec();
    QList<ThemeKeyword> result;
    while (s.next()) {
        result << ThemeKeyword{s.id(0), s.id(1), s.text(2), s.text(3)};
    }
    return result;
}

QHash<qint64, qint64> ThemeStore::taggedAnswerCounts() const
{
    Statement s(m_db.connection(), QStringLiteral("SELECT theme_id, count(*) FROM response_theme GROUP BY theme_id"));
    s.exec();
    QHash<qint64, qint64> result;
    while (s.next()) {
        result.insert(s.id(0), s.value(1).toLongLong());
    }
    return result;
}

} // namespace loopdesk::core
