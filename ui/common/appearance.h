// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QString>

class QPalette;

namespace loopdesk::ui {

// Light or dark, chosen per computer; "system" follows the desktop's palette.
enum class Appearance { System, Light, Dark };

QString appearanceSettingKey(); // QSettings key: "system", "light" or "dark"
Appearance savedAppearance();
void saveAppearance(Appearance appearance);
// Sets the application's palette (Fusion style) for the appearance.
void applyAppearance(Appearance appearance);
QPalette lightPalette();
QPalette darkPalette();

// Colours for meaning, readable on the current palette's background.
bool isDark();
QColor dangerColor();  // overdue, errors
QColor warningColor(); // due soon
QColor mutedColor();   // done, secondary
// A style sheet colour for a label that reports a problem (or nothing for a normal note).
QString statusStyle(bool problem);

} // namespace loopdesk::ui
