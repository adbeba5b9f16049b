// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metrics/npsreport.h"

#include <QAbstractTableModel>

namespace loopdesk::ui {

// NPS of each value of one dimension: n, the three classes, NPS and its 95 % interval. Sorts by
// number under SortRole (NPS, n, shares), by name otherwise.
class SegmentScoreModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SegmentScoreModel)

public:
    enum Column { Segment, Answers, Promoters, Passives, Detractors, Nps, Interval, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit SegmentScoreModel(QObject* parent = nullptr);
    void setRows(const QList<core::ReportRow>& rows);
    const core::ReportRow& row(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString label(const core::ReportRow& row); // the value, or "(not set)"

private:
    QList<core::ReportRow> m_rows;
};

} // namespace loopdesk::ui
