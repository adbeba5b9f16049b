// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace loopdesk::core {

// Where LoopDesk keeps its database unless told otherwise: $LOOPDESK_DB, else
// <user data folder>/LoopDesk/loopdesk.db (on Linux ~/.local/share/LoopDesk/loopdesk.db).
QString defaultDatabasePath();

// Sets the organisation and application names that QSettings and QStandardPaths use; both
// executables call it first so they agree on every path.
void setApplicationIdentity(const QString& applicationName);

} // namespace loopdesk::core
