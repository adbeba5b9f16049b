// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/appearance.h"

#include <QApplication>
#include <QPalette>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

namespace loopdesk::ui {
namespace {

QPalette& systemPalette()
{
    // What the platform gave before LoopDesk changed anything.
    static QPalette palette = QApplication::style() ? QApplication::style()->standardPalette() : QPalette();
    return palette;
}

} // namespace

QString appearanceSettingKey()
{
    return QStringLiteral("ui/appearance");
}

Appearance savedAppearance()
{
    const QString value = QSettings().value(appearanceSettingKey()).toString();
    return value == QLatin1String("dark")    ? Appearance::Dark
           : value == QLatin1String("light") ? Appearance::Light
                                             : Appearance::System;
}

void saveAppearance(Appearance appearance)
{
    QSettings().setValue(appearanceSettingKey(), appearance == Appearance::Dark    ? QStringLiteral("dark")
                                                 : appearance == Appearance::Light ? QStringLiteral("light")
                                                                                   : QStringLiteral("system"));
}

QPalette lightPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0xf3, 0xf4, 0xf6));
    p.setColor(QPalette::WindowText, QColor(0x1f, 0x23, 0x28));
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0xf6, 0xf8, 0xfa));
    p.setColor(QPalette::ToolTipBase, QColor(0xff, 0xff, 0xe8));
    p.setColor(QPalette::ToolTipText, QColor(0x1f, 0x23, 0x28));
    p.setColor(QPalette::PlaceholderText, QColor(0x6a, 0x73, 0x7d));
    p.setColor(QPalette::Text, QColor(0x1f, 0x23, 0x28));
    p.setColor(QPalette::Button, QColor(0xe9, 0xec, 0xef));
    p.setColor(QPalette::ButtonText, QColor(0x1f, 0x23, 0x28));
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, QColor(0x1f, 0x6f, 0x8b));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x1f, 0x6f, 0x8b));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
        p.setColor(QPalette::Disabled, role, QColor(0x8c, 0x95, 0x9f));
    }
    return p;
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x24, 0x27, 0x2b));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xe8, 0xea));
    p.setColor(QPalette::Base, QColor(0x1b, 0x1d, 0x20));
    p.setColor(QPalette::AlternateBase, QColor(0x2a, 0x2d, 0x31));
    p.setColor(QPalette::ToolTipBase, QColor(0x32, 0x36, 0x3b));
    p.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe8, 0xea));
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0xa0, 0xa6));
    p.setColor(QPalette::Text, QColor(0xe6, 0xe8, 0xea));
    p.setColor(QPalette::Button, QColor(0x32, 0x36, 0x3b));
    p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe8, 0xea));
    p.setColor(QPalette::BrightText, QColor(0xff, 0x8a, 0x80));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x9b, 0xc0));
    p.setColor(QPalette::HighlightedText, QColor(0x10, 0x12, 0x14));
    p.setColor(QPalette::Link, QColor(0x6c, 0xc4, 0xe6));
    p.setColor(QPalette::Light, QColor(0x4a, 0x4f, 0x55));
    p.setColor(QPalette::Midlight, QColor(0x3a, 0x3e, 0x44));
    p.setColor(QPalette::Mid, QColor(0x2e, 0x32, 0x36));
    p.setColor(QPalette::Dark, QColor(0x16, 0x18, 0x1a));
    p.setColor(QPalette::Shadow, Qt::black);
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
        p.setColor(QPalette::Disabled, role, QColor(0x7a, 0x80, 0x86));
    }
    return p;
}

void applyAppearance(Appearance appearance)
{
    systemPalette(); // remember it before the first change
    switch (appearance) {
    case Appearance::Light:
        QApplication::setPalette(lightPalette());
        break;
    case Appearance::Dark:
        QApplication::setPalette(darkPalette());
        break;
    case Appearance::System:
        QApplication::setPalette(systemPalette());
        break;
    }
}

bool isDark()
{
    return QApplication::palette().color(QPalette::Base).lightness() < 128;
}

QColor dangerColor()
{
    return isDark() ? QColor(0xff, 0x8a, 0x80) : QColor(0xc6, 0x28, 0x28);
}

QColor warningColor()
{
    return isDark() ? QColor(0xff, 0xc1, 0x57) : QColor(0xa3, 0x5f, 0x00);
}

QColor mutedColor()
{
    return isDark() ? QColor(0x9a, 0xa0, 0xa6) : QColor(0x6a, 0x73, 0x7d);
}

QString statusStyle(bool problem)
{
    return problem ? QStringLiteral("color: %1;").arg(dangerColor().name()) : QString();
}

} // namespace loopdesk::ui
