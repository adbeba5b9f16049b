// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/period.h"
#include "metrics/drivers.h"
#include "review/quarterlyreview.h"

#include <QCoreApplication>
#include <QDateTime>

namespace loopdesk::core {

class Clock;
class Database;

// One theme routed to the department: what it cost in the period, and the period before.
struct DigestTheme {
    ThemeDriver now; // mentions, share of detractors, NPS with and without, points lost
    qint64 mentionsBefore = 0;
    qint64 detractorsBefore = 0;
    double pointsLostBefore = 0.0;
};

// An open follow-up case whose root cause was routed to the department.
struct DigestCase {
    qint64 id = 0;
    QString customer; // empty in an anonymised digest
    QString theme;
    QString owner;
    QDateTime createdAt;
    QDateTime resolutionDue;
    bool overdue = false; // past its resolution due time
};

// What a department hears about its customers over a period (DESIGN.md: each department must hear
// its customers' voice): the themes routed to it, what they cost, customers' own words, the actions
// on its themes and the cases still waiting on it.
struct DepartmentDigest {
    QString department;
    Period period;
    Period previous; // the period of the same length before
    QString title;
    QDateTime composedAt;
    bool anonymised = false;
    NetScore overall;            // everyone's NPS in the period, for scale
    QList<DigestTheme> themes;   // routed here, most NPS points lost first
    double pointsLost = 0.0;     // of all its themes (an answer naming two counts twice)
    QList<ReviewVoices> voices;  // up to three detractors' comments per theme, newest first
    QList<ReviewAction> actions; // not rejected, addressing one of its themes
    QList<DigestCase> waiting;   // open cases routed here, oldest first
};

// The digest as `section,label,measure,value` rows (cells safe to open in a spreadsheet);
// throws StorageError when the file cannot be written.
void writeDigestCsv(const DepartmentDigest& digest, const QString& path);

class DepartmentDigestComposer final {
    Q_DECLARE_TR_FUNCTIONS(loopdesk::core::DepartmentDigestComposer)

public:
    DepartmentDigestComposer(Database& db, const Clock& clock);
    // Throws StorageError for a department that does not exist.
    DepartmentDigest compose(const QString& department, const Period& period, bool anonymise) const;

    // A comment with e-mail addresses, phone numbers and long numbers (orders, accounts) masked.
    static QString anonymised(const QString& comment);

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace loopdesk::core
