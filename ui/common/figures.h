// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QString>

#include <optional>

// How figures and the three classes look wherever LoopDesk shows them: dashboards, the review and
// the digests read the same.
namespace loopdesk::ui::figures {

inline const QColor kPromoter(0x2e, 0x7d, 0x32);
inline const QColor kPassive(0xb0, 0xb7, 0xbf);
inline const QColor kDetractor(0xc6, 0x28, 0x28);
inline const QColor kAccent(0x1f, 0x6f, 0x8b);

// In the current locale: "12.5" or "12,5".
QString number(double value, int decimals = 1);
// With its sign, "+3.0" or "-4.2".
QString signedNumber(double value);
// A share of 0-1 as "42.0 %"; "–" when there is none.
QString percent(const std::optional<double>& share, int decimals = 1);

} // namespace loopdesk::ui::figures
