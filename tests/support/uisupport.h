// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "testsupport.h"

#include <QApplication>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <functional>

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

// Runs `act` on the modal dialog called `name` once it is shown (a dialog's exec() blocks the
// test, so the test says beforehand what to do in it). Returns the timer watching for it, which
// stops once it has acted.
inline QPointer<QTimer> whenModal(const char* name, std::function<void(QWidget*)> act)
{
    auto* timer = new QTimer(qApp);
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, wanted = QString::fromLatin1(name), act = std::move(act)] {
        QWidget* modal = QApplication::activeModalWidget();
        if (modal && modal->objectName() == wanted) {
            timer->stop();
            timer->deleteLater();
            act(modal);
        }
    });
    timer->start();
    return timer;
}

} // namespace loopdesk::test
