// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/inboxquery.h"

#include <QAbstractTableModel>

namespace loopdesk::core {
class Clock;
class Database;
} // namespace loopdesk::core

namespace loopdesk::ui {

// "business_unit" -> "Business unit": a segment dimension's name as a heading.
QString dimensionTitle(const QString& dimension);

// "5 h left", "3 h overdue", "contacted": how a case stands against its first-contact SLA.
QString timeLeftText(const core::FollowUpCase& followUp, const QDateTime& now);

// The detractor inbox: follow-up cases read a page at a time as the view scrolls (fetchMore), so
// 200,000 open cases cost what one screenful does and memory stays flat. Time left is worked out
// from the clock whenever it is shown; tick() refreshes it.
class InboxModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InboxModel)

public:
    enum Column { TimeLeft, Score, Customer, Comment, Segment, Owner, Status, ColumnCount };
    enum Role { CaseIdRole = Qt::UserRole + 1, VersionRole };
    static constexpr int kPageSize = 200;

    InboxModel(core::Database& db, const core::Clock& clock, QObject* parent = nullptr);

    void setQuery(const core::InboxQuery& query);
    const core::InboxQuery& query() const { return m_query; }
    // How many cases the query matches; counted on first use after a change (a count over 300,000
    // cases with a search can take longer than the first screenful).
    qint64 totalCount() const;
    void setSegmentHeader(const QString& dimension);
    // Reads the current query again (after a case changed), keeping as many rows as were loaded.
    void reload();
    int rowOfCase(qint64 caseId) const; // -1 when not loaded
    const core::InboxRow& rowAt(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

public Q_SLOTS:
    void tick(); // the time-left column changes as time passes

Q_SIGNALS:
    void rowsReady(); // a new query's first rows are in

private:
    void finishReset();

    core::Database& m_db;
    const core::Clock& m_clock;
    core::InboxQuery m_query;
    QList<core::InboxRow> m_rows;
    mutable qint64 m_total = -1; // -1: not counted yet
    bool m_exhausted = true;     // the last page read was not full
    QString m_segmentHeader;
    bool m_changing = false; // announcing a reset or an insertion
};

} // namespace loopdesk::ui
