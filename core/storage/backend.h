// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace loopdesk::core {

// Where the data lives: a private SQLite file on this PC (the default), or a PostgreSQL server
// that a whole CX team shares ("team mode"). The SQL of the stores is written once for both; the
// few places where the two must differ ask the connection's backend.
enum class Backend { Sqlite, Postgres };

} // namespace loopdesk::core
