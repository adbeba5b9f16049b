// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "actions/actionspage.h"
#include "dashboardfixture.h"
#include "dashboards/dashboardspage.h"
#include "dashboards/segmentscoremodel.h"
#include "demo/demogenerator.h"
#include "mainwindow/mainwindow.h"
#include "uisupport.h"

#include <QAbstractItemModelTester>
#include <QAreaSeries>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QListWidget>
#include <QPushButton>
#include <QScatterSeries>
#include <QScrollArea>
#include <QSignalSpy>
#include <QSlider>
#include <QStackedBarSeries>
#include <QTableView>
#include <QToolButton>

#include <cmath>

using namespace loopdesk;
using test::child;

namespace {

const core::ManualClock kClock(QDateTime(QDate(2026, 11, 22), QTime(9, 30), Qt::UTC));

template <typename T>
T* seriesNamed(QChartView* view, const QString& name)
{
    for (QAbstractSeries* s : view->chart()->series()) {
        if (auto* typed = qobject_cast<T*>(s); typed && (name.isEmpty() || s->name() == name)) {
            return typed;
        }
    }
    INFO("no series called " << name.toStdString());
    FAIL();
    return nullptr;
}

template <typename T>
QList<T*> seriesOf(QChartView* view)
{
    QList<T*> found;
    for (QAbstractSeries* s : view->chart()->series()) {
        if (auto* typed = qobject_cast<T*>(s)) {
            found << typed;
        }
    }
    return found;
}

QList<double> values(const QBarSet* set)
{
    QList<double> result;
    for (int i = 0; i < set->count(); ++i) {
        result << set->at(i);
    }
    return result;
}

QList<double> ys(const QXYSeries* series)
{
    QList<double> result;
    for (const QPointF& p : series->points()) {
        result << std::round(p.y() * 100) / 100;
    }
    return result;
}

void waitForCharts(ui::DashboardsPage& page)
{
    QSignalSpy composed(&page, &ui::DashboardsPage::composed);
    if (page.isComposing()) {
        REQUIRE(composed.wait(20000));
    }
    REQUIRE_FALSE(page.isComposing());
}

} // namespace

TEST_CASE("every dashboard chart is fed the hand-computed figures", "[ui][dashboards]")
{
    test::DashboardFixture f(kClock);
    ui::DashboardsPage page(*f.db, kClock);
    page.resize(1300, 1600);
    page.show();
    page.refresh();
    waitForCharts(page);

    // The last four quarters with answers by default: here all three.
    CHECK(child<QComboBox>(page, "dashFromCombo")->currentText() == QStringLiteral("2026Q1"));
    CHECK(child<QComboBox>(page, "dashToCombo")->currentText() == QStringLiteral("2026Q3"));
    CHECK(child<QLabel>(page, "dashSummary")->text().contains(QStringLiteral("NPS -6.0")));

    // Trend: the line, its interval band and the one significant change (+85, Q1 -> Q2).
    auto* trend = child<QChartView>(page, "trendChart");
    auto* nps = seriesNamed<QLineSeries>(trend, QStringLiteral("NPS"));
    CHECK(ys(nps) == QList<double>{-65, 20, 40});
    auto* band = seriesNamed<QAreaSeries>(trend, QString());
    REQUIRE(band->upperSeries()->count() == 3);
    CHECK(band->upperSeries()->at(2).y() == page.dashboard().trend.at(2).score.ciHigh);
    CHECK(band->lowerSeries()->at(0).y() == page.dashboard().trend.at(0).score.ciLow);
    auto* rise = seriesNamed<QScatterSeries>(trend, QStringLiteral("Significant rise"));
    REQUIRE(rise->count() == 1);
    CHECK(rise->at(0) == QPointF(1, 20));
    CHECK(rise->pointLabelsFormat() == QStringLiteral("+85.0"));
    CHECK(seriesOf<QScatterSeries>(trend).size() == 1); // Q2 -> Q3 (+20, z 0.68) is not marked

    // Distribution per quarter, in per cent.
    auto* classes = seriesNamed<QStackedBarSeries>(child<QChartView>(page, "distributionChart"), QString());
    REQUIRE(classes->count() == 3);
    CHECK(values(classes->barSets().at(0)) == QList<double>{10, 50, 60});
    CHECK(values(classes->barSets().at(1)) == QList<double>{15, 20, 20});
    CHECK(values(classes->barSets().at(2)) == QList<double>{75, 30, 20});

    // NPS by region: best first in the table, best at the top of the chart; re-sorting the table
    // re-orders the chart.
    auto* table = child<QTableView>(page, "segmentTable");
    QAbstractItemModel* rows = table->model();
    REQUIRE(rows->rowCount() == 2);
    CHECK(rows->index(0, ui::SegmentScoreModel::Segment).data().toString() == QStringLiteral("North"));
    CHECK(rows->index(0, ui::SegmentScoreModel::Answers).data().toString() == QStringLiteral("10"));
    CHECK(rows->index(1, ui::SegmentScoreModel::Nps).data().toString() == QStringLiteral("-25.0 *")); // small sample
    auto* segmentChart = child<QChartView>(page, "segmentChart");
    CHECK(ys(seriesNamed<QScatterSeries>(segmentChart, QString())) == QList<double>{0, 1});
    CHECK(seriesNamed<QScatterSeries>(segmentChart, QString())->at(1).x() == 70); // North, on top
    CHECK(seriesOf<QLineSeries>(segmentChart).size() == 2);                       // an interval for each
    table->sortByColumn(ui::SegmentScoreModel::Nps, Qt::AscendingOrder);
    CHECK(rows->index(0, ui::SegmentScoreModel::Segment).data().toString() == QStringLiteral("South"));
    CHECK(seriesNamed<QScatterSeries>(segmentChart, QString())->at(1).x() == -25);
    CHECK(child<QLabel>(page, "segmentCardTitle")->text() == QStringLiteral("NPS by region"));

    // What detractors name: the Pareto bars, the cumulative share and the table.
    auto* pareto = child<QChartView>(page, "paretoChart");
    // Lying down, the most named at the top: categories count from the bottom.
    CHECK(values(seriesNamed<QHorizontalBarSeries>(pareto, QString())->barSets().first()) == QList<double>{1, 1, 3});
    const QList<QPointF> running = seriesNamed<QLineSeries>(pareto, QString())->points();
    REQUIRE(running.size() == 3);
    CHECK(running.at(0) == QPointF(60, 2));
    CHECK(running.at(1) == QPointF(80, 1));
    CHECK(running.at(2) == QPointF(100, 0));
    QAbstractItemModel* themes = child<QTableView>(page, "paretoTable")->model();
    REQUIRE(themes->rowCount() == 3);
    CHECK(themes->index(0, 0).data().toString() == QStringLiteral("Delivery / Late delivery"));
    CHECK(themes->index(0, 4).data().toString() == QStringLiteral("6.0")); // NPS points lost

    // The loop: 22 cases, all open and overdue; Marta's two and nobody's twenty.
    CHECK(child<QLabel>(page, "kpiLabel")->text().contains(QStringLiteral("<b>22</b>")));
    auto* backlog = seriesNamed<QHorizontalStackedBarSeries>(child<QChartView>(page, "backlogChart"), QString());
    CHECK(backlog->barSets().at(0)->label() == QStringLiteral("Overdue"));
    CHECK(values(backlog->barSets().at(0)) == QList<double>{2, 20}); // the largest at the top
    CHECK(values(backlog->barSets().at(1)) == QList<double>{0, 0});

    // What if: all of Late delivery's 3 detractors of 50 answers become passives: -6 -> 0.
    auto* theme = child<QComboBox>(page, "whatIfThemeCombo");
    CHECK(theme->currentText() == QStringLiteral("Delivery / Late delivery"));
    auto* result = child<QLabel>(page, "whatIfResult");
    CHECK(result->text().contains(QStringLiteral("-6.0 → 0.0")));
    child<QSlider>(page, "whatIfShareSlider")->setValue(50);
    CHECK(result->text().contains(QStringLiteral("+3.0 points")));
    child<QComboBox>(page, "whatIfTargetCombo")->setCurrentIndex(1); // to promoters: twice the gain
    CHECK(result->text().contains(QStringLiteral("+6.0 points")));
    QSignalSpy proposed(&page, &ui::DashboardsPage::actionProposed);
    child<QPushButton>(page, "whatIfProposeButton")->click();
    REQUIRE(proposed.size() == 1);
    CHECK(proposed.first().at(0).toLongLong() == page.dashboard().pareto.first().themeId);
    CHECK(proposed.first().at(1).toDouble() == 6.0);
    test::screenshot(page, "dashboards-hand");

    // One segment: every chart follows the filter.
    auto* segment = child<QComboBox>(page, "dashSegmentCombo");
    segment->setCurrentIndex(segment->findText(QStringLiteral("region = North")));
    waitForCharts(page);
    CHECK(ys(seriesNamed<QLineSeries>(trend, QStringLiteral("NPS"))) == QList<double>{70});
    CHECK(child<QLabel>(page, "dashSummary")->text().contains(QStringLiteral("NPS 70.0")));
    CHECK(values(seriesNamed<QHorizontalBarSeries>(pareto, QString())->barSets().first()) == QList<double>{1});
    CHECK(child<QLabel>(page, "kpiLabel")->text().contains(QStringLiteral("<b>1</b>")));

    // A run that ends before it starts is refused in words, and the charts keep the last good run.
    child<QComboBox>(page, "dashToCombo")->setCurrentIndex(0);
    child<QComboBox>(page, "dashFromCombo")->setCurrentIndex(2);
    waitForCharts(page);
    CHECK(child<QLabel>(page, "dashStatus")->text().contains(QStringLiteral("ends (2026Q1) before it starts")));
}

TEST_CASE("a chart is saved as PNG and SVG and copied as a picture", "[ui][dashboards]")
{
    test::DashboardFixture f(kClock);
    ui::DashboardsPage page(*f.db, kClock);
    page.resize(1200, 1400);
    page.show();
    page.refresh();
    waitForCharts(page);
    QApplication::processEvents();
    auto* trend = child<QChartView>(page, "trendChart");
    const QString png = f.dir.filePath(QStringLiteral("trend.png"));
    REQUIRE(ui::saveChart(trend, png).isEmpty());
    const QImage image(png);
    CHECK(image.width() == 2 * trend->width()); // twice the screen's pixels
    const QString svg = f.dir.filePath(QStringLiteral("trend.svg"));
    REQUIRE(ui::saveChart(trend, svg).isEmpty());
    QFile file(svg);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray drawing = file.readAll();
    CHECK(drawing.contains("<svg"));
    CHECK(drawing.contains("2026Q2")); // the axis labels are text, not pixels
    CHECK_FALSE(ui::saveChart(trend, f.dir.filePath(QStringLiteral("missing/trend.png"))).isEmpty());

    QGuiApplication::clipboard()->clear();
    child<QToolButton>(page, "trendCardCopy")->click();
    CHECK_FALSE(QGuiApplication::clipboard()->image().isNull());
}

TEST_CASE("the segment score model passes QAbstractItemModelTester", "[ui][models]")
{
    ui::SegmentScoreModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    core::ReportRow north{{QStringLiteral("North")}, core::netScore(core::ClassCounts{8, 1, 1})};
    core::ReportRow unset{{QString()}, core::netScore(core::ClassCounts{})};
    model.setRows({north, unset});
    CHECK(model.rowCount() == 2);
    CHECK(model.index(1, ui::SegmentScoreModel::Segment).data().toString() == QStringLiteral("(not set)"));
    CHECK(model.index(1, ui::SegmentScoreModel::Nps).data().toString() == QStringLiteral("–"));
    CHECK(model.index(0, ui::SegmentScoreModel::Promoters).data().toString() == QStringLiteral("80 %"));
    CHECK(model.index(0, ui::SegmentScoreModel::Nps).data(ui::SegmentScoreModel::SortRole).toDouble() == 70);
    model.setRows({});
    CHECK(model.rowCount() == 0);
}

TEST_CASE("the Dashboards page in the main window proposes an action with the what-if's gain", "[ui][dashboards]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.db"));
    core::DemoGenerator(*core::Database::open(path), kClock).generate({3000, 5});
    ui::MainWindow window(kClock);
    window.resize(1400, 900);
    window.show();
    REQUIRE(window.openDatabase(path).isEmpty());
    child<QListWidget>(window, "navigation")->setCurrentRow(2);
    ui::DashboardsPage* page = window.dashboardsPage();
    REQUIRE(page->isVisible());
    waitForCharts(*page);
    REQUIRE_FALSE(page->dashboard().trend.isEmpty());
    test::screenshot(window, "dashboards");
    test::screenshot(*child<QScrollArea>(window, "dashboardsScroll")->widget(), "dashboards-all");

    child<QPushButton>(window, "whatIfProposeButton")->click();
    CHECK(window.actionsPage()->isVisible());
    const double gain = child<QDoubleSpinBox>(window, "actionGainSpin")->value();
    CHECK(gain > 0);
    auto* addressed = child<QListWidget>(window, "actionThemesList");
    int checked = 0;
    for (int i = 0; i < addressed->count(); ++i) {
        checked += addressed->item(i)->checkState() == Qt::Checked ? 1 : 0;
    }
    CHECK(checked == 1);
}
