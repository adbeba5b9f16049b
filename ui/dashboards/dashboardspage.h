// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metrics/dashboard.h"

#include <QWidget>

class QChartView;
class QComboBox;
class QGridLayout;
class QLabel;
class QPushButton;
class QSlider;
class QSortFilterProxyModel;
class QTableView;
class QThread;

namespace loopdesk::core {
class Clock;
class Database;
} // namespace loopdesk::core

namespace loopdesk::ui {

class SegmentScoreModel;
class TextTableModel;

// Saves a chart as a PNG or SVG file (by the file's suffix); returns the problem in words, empty
// when written.
QString saveChart(QChartView* view, const QString& path);

// The analyst's and manager's charts for a run of quarters, everyone or one segment: NPS trend
// with its interval and significant changes, the three classes, NPS by segment with intervals
// and n, what detractors name, the loop's figures and backlog per owner, and a what-if. Every
// chart can be copied or saved as PNG or SVG.
class DashboardsPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardsPage)

public:
    DashboardsPage(core::Database& db, const core::Clock& clock, QWidget* parent = nullptr);
    ~DashboardsPage() override;

    // Reads the quarters and segments again and composes the dashboards in the background.
    void refresh();
    const core::Dashboard& dashboard() const { return m_dashboard; }
    bool isComposing() const { return m_thread != nullptr; }

Q_SIGNALS:
    void composed(); // the charts show the current filter
    // "Propose an action" from the what-if: the theme and the NPS points it would gain.
    void actionProposed(qint64 themeId, double expectedGain);

private:
    void buildFilters(QGridLayout* layout);
    QWidget* card(const QString& title, const QString& objectName, QWidget* content, QChartView* chart);
    QChartView* makeChartView(const QString& objectName);
    core::DashboardFilter currentFilter() const;
    void compose();
    void composeFinished();
    void present(const core::Dashboard& dashboard);
    void fillTrend();
    void fillDistribution();
    void fillSegments();
    void fillPareto();
    void fillLoop();
    void updateWhatIf();
    void copyChart(QChartView* view);
    void saveChartAs(QChartView* view, const QString& name);

    core::Database& m_db;
    const core::Clock& m_clock;
    core::Dashboard m_dashboard;

    QComboBox* m_from = nullptr;
    QComboBox* m_to = nullptr;
    QComboBox* m_segment = nullptr;
    QComboBox* m_breakdown = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_summary = nullptr;

    QChartView* m_trend = nullptr;
    QChartView* m_distribution = nullptr;
    QChartView* m_segments = nullptr;
    QChartView* m_pareto = nullptr;
    QChartView* m_backlog = nullptr;
    QChartView* m_whatIfChart = nullptr;
    QLabel* m_segmentsTitle = nullptr;
    SegmentScoreModel* m_segmentModel = nullptr;
    QSortFilterProxyModel* m_segmentSort = nullptr;
    QTableView* m_segmentTable = nullptr;
    TextTableModel* m_paretoModel = nullptr;
    QTableView* m_paretoTable = nullptr;
    QLabel* m_kpis = nullptr;

    QComboBox* m_whatIfTheme = nullptr;
    QSlider* m_whatIfShare = nullptr;
    QLabel* m_whatIfShareLabel = nullptr;
    QComboBox* m_whatIfTarget = nullptr;
    QLabel* m_whatIfResult = nullptr;
    QPushButton* m_propose = nullptr;
    double m_whatIfGain = 0.0;

    QThread* m_thread = nullptr;
    bool m_again = false; // the filter changed while composing
    core::Dashboard m_composed;
    QString m_failure;
    bool m_filling = false; // the filter combos are being refilled, not changed by the user
};

} // namespace loopdesk::ui
