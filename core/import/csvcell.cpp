// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/csvcell.h"

namespace loopdesk::core {

QString csvCell(const QString& value, QChar delimiter)
{
    QString cell = value;
    if (!cell.isEmpty() &&
        (cell.front() == QLatin1Char('=') || cell.front() == QLatin1Char('+') || cell.front() == QLatin1Char('-') ||
         cell.front() == QLatin1Char('@') || cell.front() == QLatin1Char('\t') || cell.front() == QLatin1Char('\r'))) {
        cell.prepend(QLatin1Char('\''));
    }
    if (cell.contains(delimiter) || cell.contains(QLatin1Char('"')) || cell.contains(QLatin1Char('\n')) ||
        cell.contains(QLatin1Char('\r'))) {
        cell.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        cell = QLatin1Char('"') + cell + QLatin1Char('"');
    }
    return cell;
}

QString csvLine(const QStringList& values, QChar delimiter)
{
    QStringList cells;
    cells.reserve(values.size());
    for (const QString& v : values) {
        cells << csvCell(v, delimiter);
    }
    return cells.join(delimiter);
}

} // namespace loopdesk::core
