// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace loopdesk::core {

// One recorded change: who changed which field of what, when, from what to what.
struct AuditEntry {
    qint64 id = 0;
    QDateTime at;
    qint64 staffId = 0;
    QString entity; // "case", "action", "customer", ...
    qint64 entityId = 0;
    QString field;
    QString oldValue;
    QString newValue;
};

} // namespace loopdesk::core
