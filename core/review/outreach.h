// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/period.h"
#include "storage/outreachstore.h"

#include <QCoreApplication>

namespace loopdesk::core {

class Database;

// Closing the outer loop for a quarter: who hears from us (the quarter's respondents and the
// invited who did not answer) and what we say (what we changed, what we declined and why —
// the customer messages of done and rejected actions).
struct Outreach {
    Period quarter;
    QList<OutreachRecipient> recipients;
    QStringList changed;  // "what we changed": messages of actions done
    QStringList declined; // "what we declined and why": messages of rejected actions
};

class OutreachComposer final {
    Q_DECLARE_TR_FUNCTIONS(loopdesk::core::OutreachComposer)

public:
    explicit OutreachComposer(Database& db)
        : m_db(db)
    {}
    Outreach compose(const Period& quarter) const;

    // Mail-merge CSV, one row per recipient (cells a spreadsheet would run as formulas are
    // neutralised); throws StorageError when the file cannot be written.
    static void writeCsv(const Outreach& outreach, const QString& path);
    // The letter in "en", "pl" or "it", with {name}, {changed} and {declined} for the mail merge.
    static QString letterTemplate(const QString& language);

private:
    Database& m_db;
};

} // namespace loopdesk::core
