// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace loopdesk::core {

// A department that root causes are routed to (logistics, IT, billing, ...).
struct Department {
    qint64 id = 0;
    QString name;
};

// A node of the two-level root-cause taxonomy; top-level themes have no parent.
struct Theme {
    qint64 id = 0;
    qint64 parentId = 0;
    QString name;
    qint64 departmentId = 0;
};

// A keyword rule that tags comments in one language with a theme; `pattern` is a word stem.
struct ThemeKeyword {
    qint64 id = 0;
    qint64 themeId = 0;
    QString language;
    QString pattern;
};

} // namespace loopdesk::core
