// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QStringList>

namespace loopdesk::ui {

// The interface languages LoopDesk ships: "en", "pl", "it".
QStringList shippedLanguages();

// Switches the running program's messages, documents, dates and numbers to a shipped language
// (Qt's own texts too, where Qt has them); false, and nothing changed, for any other.
bool useLanguage(const QString& code);

// The language to start in: the one chosen (a code), else the system's when shipped, else English.
QString startLanguage(const QString& chosen, const QLocale& system = QLocale::system());

} // namespace loopdesk::ui
