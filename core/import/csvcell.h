// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace loopdesk::core {

// One CSV cell, quoted when needed; a cell that a spreadsheet would run as a formula (it starts
// with = + - @, a tab or a carriage return) gets a leading apostrophe so it stays text.
QString csvCell(const QString& value, QChar delimiter = QLatin1Char(','));
QString csvLine(const QStringList& values, QChar delimiter = QLatin1Char(','));

} // namespace loopdesk::core
