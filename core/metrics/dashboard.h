// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/period.h"
#include "metrics/drivers.h"
#include "metrics/loopkpis.h"
#include "metrics/npsreport.h"

#include <QCoreApplication>
#include <QDateTime>

#include <optional>

namespace loopdesk::core {

class Clock;
class Database;

// What the dashboards show: a run of quarters, everyone or one segment, and the dimension the
// "NPS by segment" chart breaks the answers down by.
struct DashboardFilter {
    Period from; // quarters, inclusive
    Period to;
    QPair<QString, QString> segment; // (dimension, value); empty for everyone
    QString breakdown;               // a dimension; empty for the first one that is not the filter's
};

// One quarter of the trend, with the change from the quarter before it when both have answers.
struct TrendQuarter {
    QString quarter; // "2026Q3"
    NetScore score;
    std::optional<NetScoreChange> change; // vs the previous quarter of the trend
};

// Open follow-up work of one owner ("" for cases nobody owns yet).
struct OwnerBacklog {
    QString owner;
    qint64 open = 0;
    qint64 overdue = 0; // open and past its first-contact or resolution due time
};

// Everything the dashboards chart, for one filter: the widgets only draw it.
struct Dashboard {
    DashboardFilter filter;
    QList<TrendQuarter> trend; // every quarter of the filter, oldest first (empty ones with n = 0)
    NetScore total;            // the whole run of quarters
    QStringList dimensions;    // every dimension the answers have, for choosing a breakdown
    QString breakdown;         // the dimension used for bySegment; empty when there is none
    QList<ReportRow> bySegment;
    QList<ThemeDriver> pareto; // themes named by detractors, most named first
    qint64 detractorMentions = 0;
    LoopKpis kpis;               // cases opened in the run of quarters, of the filter's answers
    QList<OwnerBacklog> backlog; // most open first
};

class DashboardComposer final {
    Q_DECLARE_TR_FUNCTIONS(loopdesk::core::DashboardComposer)

public:
    DashboardComposer(Database& db, const Clock& clock);
    // Throws StorageError for periods that are not quarters, a run that ends before it starts,
    // or a segment that does not exist.
    Dashboard compose(const DashboardFilter& filter) const;
    // The quarters that have answers, oldest first.
    QList<Period> quarters() const;

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace loopdesk::core
