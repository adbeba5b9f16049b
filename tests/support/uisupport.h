// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "testsupport.h"

#include <QApplication>
#include <QWidget>

// Helpers shared by the widget tests.
namespace loopdesk::test {

// The child widget with this objectName; a missing one fails the test with its name.
template <typename T>
T* child(QWidget& parent, const char* name)
{
    T* found = parent.findChild<T*>(QString::fromLatin1(name));
    INFO("no widget called " << name);
    REQUIRE(found != nullptr);
    return found;
}

// Saves a screenshot when LOOPDESK_SCREENSHOT_DIR is set, for people to look at.
inline void screenshot(QWidget& widget, const char* name)
{
    const QString dir = qEnvironmentVariable("LOOPDESK_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        QApplication::processEvents(); // let pending layout requests settle first
        widget.grab().save(dir + QLatin1Char('/') + QString::fromLatin1(name) + QStringLiteral(".png"));
    }
}

} // namespace loopdesk::test
