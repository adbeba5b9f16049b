// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace loopdesk::core {

// A B2B company whose people answer surveys; key accounts get shorter follow-up times.
struct Account {
    qint64 id = 0;
    QString name;
    qint64 ownerId = 0; // staff member who owns the relationship, 0 for none
    QString tier;       // e.g. "gold", "silver"
    bool keyAccount = false;
};

} // namespace loopdesk::core
