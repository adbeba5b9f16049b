// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace loopdesk::ui {

// A database file LoopDesk checked, or left when it closed it, is remembered by its fingerprint
// (size and time of last change), so the next start can skip re-checking a file nobody touched.
// Kept in the user's settings, shared by the window and `loopdesk --review-pdf`.
QString rememberedFingerprint(const QString& path);
void rememberAsVerified(const QString& path);

} // namespace loopdesk::ui
