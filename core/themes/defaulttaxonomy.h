// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace loopdesk::core {

class ThemeStore;

// One entry of the taxonomy that ships with LoopDesk: a sub-theme under a top-level theme,
// the department it is routed to, and keyword stems per language.
struct TaxonomyEntry {
    QString parent;
    QString name;
    QString department;
    QList<QPair<QString, QString>> keywords; // (language, stem)
};

// The default root-cause taxonomy for a service business (deliveries, support, billing, digital
// channels, product), in English with Polish and Italian keyword stems.
const QList<TaxonomyEntry>& defaultTaxonomy();

// Writes the default taxonomy into an empty theme table; returns the number of themes added (0 when
// the database already has themes).
int installDefaultTaxonomy(ThemeStore& store);

} // namespace loopdesk::core
