// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/arguments.h"

#include <QCoreApplication>

namespace loopdesk::core {

QString Arguments::parse(const QStringList& args, const QSet<QString>& valued, const QSet<QString>& flags)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& arg = args.at(i);
        if (!arg.startsWith(QLatin1String("--")) || arg == QLatin1String("--")) {
            m_positional << arg;
            continue;
        }
        QString name = arg.mid(2);
        QString inlineValue;
        const qsizetype equals = name.indexOf(QLatin1Char('='));
        if (equals >= 0) {
            inlineValue = name.mid(equals + 1);
            name.truncate(equals);
        }
        if (flags.contains(name) && equals < 0) {
            m_flags.insert(name);
        } else if (valued.contains(name)) {
            if (equals < 0) {
                if (i + 1 >= args.size()) {
                    return QCoreApplication::translate("loopdesk::core::Cli", "--%1 needs a value.").arg(name);
                }
                inlineValue = args.at(++i);
            }
            m_values[name] << inlineValue;
        } else {
            return QCoreApplication::translate("loopdesk::core::Cli", "unknown option --%1").arg(name);
        }
    }
    return {};
}

QString Arguments::value(const QString& name, const QString& fallback) const
{
    const QStringList list = m_values.value(name);
    return list.isEmpty() ? fallback : list.last();
}

} // namespace loopdesk::core
