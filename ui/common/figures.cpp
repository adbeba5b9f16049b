// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/figures.h"

#include <QLocale>

namespace loopdesk::ui::figures {

QString number(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}

QString signedNumber(double value)
{
    return (value >= 0 ? QStringLiteral("+") : QString()) + number(value);
}

QString percent(const std::optional<double>& share, int decimals)
{
    return share ? number(100.0 * *share, decimals) + QStringLiteral(" %") : QStringLiteral("–");
}

} // namespace loopdesk::ui::figures
