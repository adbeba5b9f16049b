// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/wave.h"

#include <QList>

#include <optional>

namespace loopdesk::core {

class Database;

// Reads and writes survey waves.
class WaveStore final {
public:
    explicit WaveStore(Database& db)
        : m_db(db)
    {}

    qint64 add(const Wave& wave);
    void update(const Wave& wave);
    std::optional<Wave> get(qint64 id) const;
    std::optional<Wave> findByName(const QString& name) const;
    QList<Wave> all() const; // newest period first

private:
    Database& m_db;
};

} // namespace loopdesk::core
