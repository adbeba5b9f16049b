// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace loopdesk::core {

// A member of the CX team: front-line agent or manager.
struct Staff {
    enum class Role { Agent, Manager };

    qint64 id = 0;
    QString name;
    QString email;
    Role role = Role::Agent;
    bool active = true;
};

QString staffRoleKey(Staff::Role role);
Staff::Role staffRoleFromKey(const QString& key);

} // namespace loopdesk::core
