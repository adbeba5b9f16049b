// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/overviewstore.h"

#include <QAbstractTableModel>

namespace loopdesk::ui {

// The survey waves of the overview: name, kind, period, answers, response rate and NPS.
class WaveTableModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WaveTableModel)

public:
    enum Column { Name, Kind, Period, Answers, ResponseRate, Nps, ColumnCount };

    explicit WaveTableModel(QObject* parent = nullptr);
    void setWaves(const QList<core::WaveSummary>& waves);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<core::WaveSummary> m_waves;
};

} // namespace loopdesk::ui
