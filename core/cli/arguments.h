// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QSet>
#include <QStringList>

namespace loopdesk::core {

// A command's own options: `--name value`, `--name=value`, `--flag`, and positional words.
// Options that may repeat (`--map A=B --map C=D`) keep every value in order.
class Arguments final {
public:
    // Returns an empty string when `args` fit, else what is wrong, in words for the user.
    QString parse(const QStringList& args, const QSet<QString>& valued, const QSet<QString>& flags);

    bool has(const QString& name) const { return m_values.contains(name) || m_flags.contains(name); }
    QString value(const QString& name, const QString& fallback = {}) const;
    QStringList values(const QString& name) const { return m_values.value(name); }
    const QStringList& positional() const { return m_positional; }

private:
    QHash<QString, QStringList> m_values;
    QSet<QString> m_flags;
    QStringList m_positional;
};

} // namespace loopdesk::core
