// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace loopdesk::core::demo {

// Texts the demo generator draws from: people's names and survey comments per language.
struct Phrasebook {
    QList<QString> firstNames;
    QList<QString> lastNames;
    QString phonePrefix;
    QString mailDomain;
    QList<QString> praise;                            // promoter comments
    QList<QPair<QString, QList<QString>>> complaints; // theme name -> comments naming it
};

const Phrasebook& phrasebook(const QString& language); // "pl", "it" or "en"

} // namespace loopdesk::core::demo
