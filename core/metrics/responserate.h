// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/wave.h"

#include <QList>

#include <optional>

namespace loopdesk::core {

class Database;

// How many of those a wave was sent to answered it.
struct WaveResponseRate {
    Wave wave;
    qint64 invited = 0;
    qint64 responses = 0;
    std::optional<double> rate; // responses / invited, 0-1; empty without an invited list
};

// Every wave, newest first, with its response rate.
QList<WaveResponseRate> responseRates(Database& db);

} // namespace loopdesk::core
