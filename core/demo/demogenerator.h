// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/theme.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QtGlobal>

namespace loopdesk::core {

class Clock;
class Database;

// Fills an empty database with a realistic, reproducible CX history: six quarters of NPS
// waves up to today, customers in Poland, Italy and the UK with comments in their language,
// B2B accounts with key accounts, a staff list, the default taxonomy, follow-up cases in every
// workflow state with their contact attempts, and an action plan.
class DemoGenerator final {
    Q_DECLARE_TR_FUNCTIONS(loopdesk::core::DemoGenerator)

public:
    struct Options {
        int responses = 4000;
        quint64 seed = 2026;
    };

    struct Summary {
        int waves = 0;
        int customers = 0;
        int responses = 0;
        int cases = 0;
    };

    DemoGenerator(Database& db, const Clock& clock)
        : m_db(db)
        , m_clock(clock)
    {}

    // Throws StorageError when the database already holds answers, or on bad options.
    Summary generate(const Options& options);

private:
    void addDemoPlaybook(qint64 themeId, const QDateTime& at);
    void addDemoActions(const QHash<QString, Theme>& themes, const QList<qint64>& agents, qint64 manager,
                        const QDateTime& now);

    Database& m_db;
    const Clock& m_clock;
};

} // namespace loopdesk::core
