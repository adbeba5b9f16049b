// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QTableView;

namespace loopdesk::core {
struct DatabaseOverview;
}

namespace loopdesk::ui {

class WaveTableModel;

// The first screen: how customers feel this quarter and overall, how much follow-up work is
// waiting, and every survey wave with its answers, response rate and NPS.
class OverviewPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverviewPage)

public:
    explicit OverviewPage(QWidget* parent = nullptr);
    void setOverview(const core::DatabaseOverview& overview);

private:
    QWidget* makeTile(const QString& objectName, const QString& title, QLabel** value, QLabel** detail);

    QLabel* m_npsQuarterTitle = nullptr;
    QLabel* m_npsQuarter = nullptr;
    QLabel* m_npsQuarterDetail = nullptr;
    QLabel* m_npsAll = nullptr;
    QLabel* m_npsAllDetail = nullptr;
    QLabel* m_responses = nullptr;
    QLabel* m_responsesDetail = nullptr;
    QLabel* m_openCases = nullptr;
    QLabel* m_openCasesDetail = nullptr;
    QTableView* m_wavesView = nullptr;
    WaveTableModel* m_waves = nullptr;
};

} // namespace loopdesk::ui
