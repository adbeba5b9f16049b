// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metrics/netscore.h"
#include "storage/scorecountstore.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace loopdesk::core {

class Database;
class SettingsStore;

// What a report is broken down by. Quarters and years are fiscal when a fiscal year start month
// is set, calendar ones otherwise (DESIGN.md §4).
enum class GroupKind { Month, Quarter, Year, Wave, Theme, Segment, Account };

struct Grouping {
    GroupKind kind = GroupKind::Quarter;
    QString dimension; // the segment dimension's name, for GroupKind::Segment

    // "quarter", "segment:region", ...: what the CLI's --by takes and prints ("fiscal-quarter" and
    // "fiscal-year" are read as quarter and year).
    static std::optional<Grouping> parse(const QString& text);
    QString key() const;
    bool isPeriod() const;
};

// Which answers a report covers, in the user's words (names, not ids).
struct ReportFilter {
    Metric metric = Metric::Nps;
    QDate from; // inclusive, UTC days; invalid for open-ended
    QDate to;
    QStringList waves;                       // wave names; empty for all
    QList<QPair<QString, QString>> segments; // (dimension, value): all must match
    QStringList themes;                      // theme names, a top-level theme with its sub-themes
    QString account;                         // a B2B account's name: its customers' answers; empty for all
};

struct ReportRow {
    QStringList group; // one label per grouping
    NetScore score;
};

struct NpsReport {
    Metric metric = Metric::Nps;
    QList<Grouping> groupings;
    QList<ReportRow> rows; // in the groupings' natural order: periods by time, names alphabetically
    NetScore total;
    bool fromCube = false; // read from the score cube (fast path) rather than the answers
};

// The fiscal year start month (1-12) kept in the settings; 1 means calendar years.
int fiscalStartMonth(const SettingsStore& settings);
void setFiscalStartMonth(SettingsStore& settings, int month);

// NPS (or CSAT, CES) per any grouping with adjusted-Wald intervals (DESIGN.md §4).
class NpsReporter final {
    Q_DECLARE_TR_FUNCTIONS(loopdesk::core::NpsReporter)

public:
    NpsReporter(Database& db, int fiscalStartMonth = 1);

    NpsReport report(const ReportFilter& filter, const QList<Grouping>& groupings) const;
    NetScore score(const ReportFilter& filter) const;
    // The filter in ids; throws StorageError naming what does not exist.
    ScoreFilter resolve(const ReportFilter& filter) const;
    int fiscalStartMonth() const { return m_fiscalStartMonth; }

private:
    Database& m_db;
    int m_fiscalStartMonth = 1;
};

} // namespace loopdesk::core
