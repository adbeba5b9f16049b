// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>

namespace loopdesk::ui {

namespace {

// The translators installed now: ours and Qt's (kept for the life of the program).
std::unique_ptr<QTranslator>& ownTranslator()
{
    static std::unique_ptr<QTranslator> translator;
    return translator;
}

std::unique_ptr<QTranslator>& qtTranslator()
{
    static std::unique_ptr<QTranslator> translator;
    return translator;
}

} // namespace

QStringList shippedLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("pl"), QStringLiteral("it")};
}

bool useLanguage(const QString& code)
{
    if (!shippedLanguages().contains(code)) {
        return false;
    }
    auto own = std::make_unique<QTranslator>();
    // English too: the source text has no plural forms ("1 case", "2 cases").
    if (!own->load(QStringLiteral("loopdesk_") + code, QStringLiteral(":/i18n"))) {
        return false;
    }
    for (auto* installed : {ownTranslator().get(), qtTranslator().get()}) {
        if (installed) {
            QCoreApplication::removeTranslator(installed);
        }
    }
    ownTranslator() = std::move(own);
    QCoreApplication::installTranslator(ownTranslator().get());
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QStringLiteral("qtbase_") + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        qtTranslator() = std::move(qt);
    } else {
        qtTranslator().reset();
    }
    // Dates and numbers as the language writes them, keeping the system's country when it speaks it.
    const QLocale system = QLocale::system();
    QLocale::setDefault(system.language() == QLocale(code).language() ? system : QLocale(code));
    return true;
}

QString startLanguage(const QString& chosen, const QLocale& system)
{
    if (shippedLanguages().contains(chosen)) {
        return chosen;
    }
    for (const QString& language : system.uiLanguages()) {
        const QString code = language.section(QLatin1Char('-'), 0, 0).toLower();
        if (shippedLanguages().contains(code)) {
            return code;
        }
    }
    return QStringLiteral("en");
}

} // namespace loopdesk::ui
