// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/backend.h"

#include <QString>

// The few SQL expressions that SQLite and PostgreSQL spell differently. Each takes an SQL
// expression of LoopDesk's own (a column name), never input.
namespace loopdesk::core::sql {

// An epoch-seconds expression as UTC 'YYYY-MM-DD HH:MM:SS'.
inline QString utcDateTime(Backend backend, const QString& epochSeconds)
{
    return backend == Backend::Postgres
               ? QStringLiteral("to_char(to_timestamp(%1) AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS')")
                     .arg(epochSeconds)
               : QStringLiteral("datetime(%1, 'unixepoch')").arg(epochSeconds);
}

// An epoch-seconds expression as its UTC day 'YYYY-MM-DD'.
inline QString utcDate(Backend backend, const QString& epochSeconds)
{
    return backend == Backend::Postgres
               ? QStringLiteral("to_char(to_timestamp(%1) AT TIME ZONE 'UTC', 'YYYY-MM-DD')").arg(epochSeconds)
               : QStringLiteral("date(%1, 'unixepoch')").arg(epochSeconds);
}

// A line break as an SQL expression.
inline QString newline(Backend backend)
{
    return backend == Backend::Postgres ? QStringLiteral("chr(10)") : QStringLiteral("char(10)");
}

// The aggregate that joins the texts of a group with a separator (a string literal).
inline QString joinedText(Backend backend, const QString& text, const QString& separator)
{
    return QStringLiteral("%1(%2, %3)")
        .arg(backend == Backend::Postgres ? QStringLiteral("string_agg") : QStringLiteral("group_concat"), text,
             separator);
}

// A text expression to sort by without regard to letter case.
inline QString caseless(Backend backend, const QString& text)
{
    return backend == Backend::Postgres ? QStringLiteral("lower(%1)").arg(text)
                                        : QStringLiteral("%1 COLLATE NOCASE").arg(text);
}

} // namespace loopdesk::core::sql
