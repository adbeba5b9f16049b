// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboards/dashboardspage.h"

#include "common/appearance.h"
#include "common/figures.h"
#include "common/texttablemodel.h"
#include "dashboards/segmentscoremodel.h"
#include "storage/database.h"
#include "storage/segmentdictionary.h"
#include "storage/storageerror.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QScatterSeries>
#include <QScrollArea>
#include <QScrollBar>
#include <QSlider>
#include <QSortFilterProxyModel>
#include <QStackedBarSeries>
#include <QSvgGenerator>
#include <QTableView>
#include <QThread>
#include <QToolButton>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace loopdesk::ui {

namespace {

using figures::kAccent;
using figures::kDetractor;
using figures::kPassive;
using figures::kPromoter;
using figures::number;
using figures::signedNumber;
constexpr int kParetoThemes = 10;

// Empties a chart for new series and axes.
QChart* cleared(QChartView* view)
{
    QChart* chart = view->chart();
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    return chart;
}

// Labels centred on whole numbers 0..n-1, for XY series drawn against categories.
QCategoryAxis* categoryAxis(const QStringList& labels)
{
    auto* axis = new QCategoryAxis;
    for (qsizetype i = 0; i < labels.size(); ++i) {
        axis->append(labels.at(i), static_cast<double>(i) + 0.5);
    }
    axis->setStartValue(-0.5);
    axis->setRange(-0.5, std::max<double>(0.5, static_cast<double>(labels.size()) - 0.5));
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    axis->setGridLineVisible(false);
    return axis;
}

QValueAxis* npsAxis(double low, double high)
{
    auto* axis = new QValueAxis;
    axis->setRange(std::max(-100.0, low), std::min(100.0, high));
    axis->applyNiceNumbers();
    axis->setLabelFormat(QStringLiteral("%.0f"));
    axis->setTitleText(DashboardsPage::tr("NPS"));
    return axis;
}

void attach(QChart* chart, QAbstractSeries* series, QAbstractAxis* x, QAbstractAxis* y)
{
    chart->addSeries(series);
    series->attachAxis(x);
    series->attachAxis(y);
}

// A table as tall as its rows (up to ten; more scroll), its columns as wide as their text.
void fitTable(QTableView* table)
{
    QHeaderView* header = table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setStretchLastSection(true);
    table->setWordWrap(false);
    const int rows = std::min(10, table->model()->rowCount());
    const int rowHeight = table->verticalHeader()->defaultSectionSize();
    // Room for a horizontal scroll bar: a narrow window may need one.
    table->setFixedHeight(header->sizeHint().height() + std::max(1, rows) * rowHeight + 2 * table->frameWidth() +
                          table->horizontalScrollBar()->sizeHint().height() + 2);
}

QString leafName(const QString& theme)
{
    return theme.section(QStringLiteral(" / "), -1);
}

} // namespace

QString saveChart(QChartView* view, const QString& path)
{
    const bool svg = QFileInfo(path).suffix().compare(QLatin1String("svg"), Qt::CaseInsensitive) == 0;
    const QString shown = QDir::toNativeSeparators(path);
    if (svg) {
        QSvgGenerator generator;
        generator.setFileName(path);
        generator.setSize(view->size());
        generator.setViewBox(QRect(QPoint(0, 0), view->size()));
        generator.setTitle(view->chart()->title());
        QPainter painter;
        if (!painter.begin(&generator)) {
            return DashboardsPage::tr("Could not write %1. Check that the folder exists and that you may write to it.")
                .arg(shown);
        }
        // The scene, not the widget: every axis label and line is written as SVG text and paths.
        view->scene()->render(&painter, QRectF(QPointF(0, 0), view->size()), view->sceneRect());
        painter.end();
        return QFileInfo(path).size() > 0 ? QString()
                                          : DashboardsPage::tr("Could not write %1. Check that the folder exists "
                                                               "and that you may write to it.")
                                                .arg(shown);
    }
    // Twice the pixels of the screen, for slides and documents.
    QImage image(view->size() * 2, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(2.0);
    image.fill(view->palette().color(QPalette::Base));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    view->render(&painter);
    painter.end();
    if (!image.save(path, "PNG")) {
        return DashboardsPage::tr("Could not write %1. Check that the folder exists and that you may write to it.")
            .arg(shown);
    }
    return {};
}

DashboardsPage::DashboardsPage(core::Database& db, const core::Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("dashboardsPage"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);

    auto* filters = new QWidget(this);
    auto* filterLayout = new QGridLayout(filters);
    buildFilters(filterLayout);
    outer->addWidget(filters);

    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("dashboardsScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* content = new QWidget(scroll);
    auto* grid = new QGridLayout(content);
    grid->setSpacing(12);

    m_trend = makeChartView(QStringLiteral("trendChart"));
    grid->addWidget(card(tr("NPS by quarter"), QStringLiteral("trendCard"), nullptr, m_trend), 0, 0);
    m_distribution = makeChartView(QStringLiteral("distributionChart"));
    grid->addWidget(
        card(tr("Promoters, passives and detractors"), QStringLiteral("distributionCard"), nullptr, m_distribution), 0,
        1);

    m_segments = makeChartView(QStringLiteral("segmentChart"));
    m_segmentModel = new SegmentScoreModel(this);
    m_segmentSort = new QSortFilterProxyModel(this);
    m_segmentSort->setSourceModel(m_segmentModel);
    m_segmentSort->setSortRole(SegmentScoreModel::SortRole);
    m_segmentTable = new QTableView(this);
    m_segmentTable->setObjectName(QStringLiteral("segmentTable"));
    m_segmentTable->setModel(m_segmentSort);
    m_segmentTable->setSortingEnabled(true);
    m_segmentTable->sortByColumn(SegmentScoreModel::Nps, Qt::DescendingOrder);
    m_segmentTable->verticalHeader()->hide();
    m_segmentTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_segmentTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    // The chart lists the segments in the table's order.
    connect(m_segmentSort, &QSortFilterProxyModel::layoutChanged, this, &DashboardsPage::fillSegments);
    QWidget* segmentsCard = card(tr("NPS by segment"), QStringLiteral("segmentCard"), m_segmentTable, m_segments);
    m_segmentsTitle = segmentsCard->findChild<QLabel*>(QStringLiteral("segmentCardTitle"));
    grid->addWidget(segmentsCard, 1, 0);

    m_pareto = makeChartView(QStringLiteral("paretoChart"));
    m_paretoModel = new TextTableModel(this);
    m_paretoTable = new QTableView(this);
    m_paretoTable->setObjectName(QStringLiteral("paretoTable"));
    m_paretoTable->setModel(m_paretoModel);
    m_paretoTable->verticalHeader()->hide();
    m_paretoTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    grid->addWidget(card(tr("What detractors name"), QStringLiteral("paretoCard"), m_paretoTable, m_pareto), 1, 1);

    m_kpis = new QLabel(this);
    m_kpis->setObjectName(QStringLiteral("kpiLabel"));
    m_kpis->setWordWrap(true);
    m_kpis->setTextFormat(Qt::RichText);
    m_backlog = makeChartView(QStringLiteral("backlogChart"));
    grid->addWidget(card(tr("Closing the loop"), QStringLiteral("loopCard"), m_kpis, m_backlog), 2, 0);

    // The what-if: pick a theme, the share of its unhappy customers won back, and how far.
    auto* whatIf = new QWidget(this);
    auto* whatIfForm = new QFormLayout(whatIf);
    m_whatIfTheme = new QComboBox(whatIf);
    m_whatIfTheme->setObjectName(QStringLiteral("whatIfThemeCombo"));
    whatIfForm->addRow(tr("If we fix:"), m_whatIfTheme);
    auto* shareRow = new QHBoxLayout;
    m_whatIfShare = new QSlider(Qt::Horizontal, whatIf);
    m_whatIfShare->setObjectName(QStringLiteral("whatIfShareSlider"));
    m_whatIfShare->setRange(0, 100);
    m_whatIfShare->setValue(100);
    m_whatIfShare->setAccessibleName(tr("Share of those who named it"));
    m_whatIfShareLabel = new QLabel(whatIf);
    m_whatIfShareLabel->setMinimumWidth(m_whatIfShareLabel->fontMetrics().horizontalAdvance(QStringLiteral("100 %")));
    shareRow->addWidget(m_whatIfShare, 1);
    shareRow->addWidget(m_whatIfShareLabel);
    whatIfForm->addRow(tr("For this share of them:"), shareRow);
    m_whatIfTarget = new QComboBox(whatIf);
    m_whatIfTarget->setObjectName(QStringLiteral("whatIfTargetCombo"));
    m_whatIfTarget->addItem(tr("detractors become passives"), int(core::WhatIfTarget::Passive));
    m_whatIfTarget->addItem(tr("detractors and passives become promoters"), int(core::WhatIfTarget::Promoter));
    whatIfForm->addRow(tr("So that:"), m_whatIfTarget);
    m_whatIfResult = new QLabel(whatIf);
    m_whatIfResult->setObjectName(QStringLiteral("whatIfResult"));
    m_whatIfResult->setWordWrap(true);
    m_whatIfResult->setTextFormat(Qt::RichText);
    whatIfForm->addRow(m_whatIfResult);
    m_propose = new QPushButton(tr("Propose an action with this gain…"), whatIf);
    m_propose->setObjectName(QStringLiteral("whatIfProposeButton"));
    m_propose->setToolTip(tr("Opens a new action plan for this theme with the expected gain filled in."));
    whatIfForm->addRow(m_propose);
    m_whatIfChart = makeChartView(QStringLiteral("whatIfChart"));
    grid->addWidget(card(tr("What if"), QStringLiteral("whatIfCard"), whatIf, m_whatIfChart), 2, 1);
    connect(m_whatIfTheme, &QComboBox::currentIndexChanged, this, &DashboardsPage::updateWhatIf);
    connect(m_whatIfShare, &QSlider::valueChanged, this, &DashboardsPage::updateWhatIf);
    connect(m_whatIfTarget, &QComboBox::currentIndexChanged, this, &DashboardsPage::updateWhatIf);
    connect(m_propose, &QPushButton::clicked, this, [this] {
        if (m_whatIfTheme->currentIndex() >= 0) {
            Q_EMIT actionProposed(m_whatIfTheme->currentData().toLongLong(), std::round(m_whatIfGain * 10) / 10);
        }
    });

    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    scroll->setWidget(content);
    outer->addWidget(scroll, 1);
}

DashboardsPage::~DashboardsPage()
{
    if (m_thread) {
        m_thread->wait(); // it reads through its own connection; let it finish
        delete m_thread;
    }
}

void DashboardsPage::buildFilters(QGridLayout* layout)
{
    layout->setContentsMargins(12, 8, 12, 4);
    m_from = new QComboBox(this);
    m_from->setObjectName(QStringLiteral("dashFromCombo"));
    m_to = new QComboBox(this);
    m_to->setObjectName(QStringLiteral("dashToCombo"));
    m_segment = new QComboBox(this);
    m_segment->setObjectName(QStringLiteral("dashSegmentCombo"));
    m_segment->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_breakdown = new QComboBox(this);
    m_breakdown->setObjectName(QStringLiteral("dashBreakdownCombo"));
    m_breakdown->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    const auto label = [this](const QString& text, QWidget* buddy) {
        auto* l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    layout->addWidget(label(tr("&From:"), m_from), 0, 0);
    layout->addWidget(m_from, 0, 1);
    layout->addWidget(label(tr("&To:"), m_to), 0, 2);
    layout->addWidget(m_to, 0, 3);
    layout->addWidget(label(tr("&Answers of:"), m_segment), 0, 4);
    layout->addWidget(m_segment, 0, 5);
    layout->addWidget(label(tr("&Break down by:"), m_breakdown), 0, 6);
    layout->addWidget(m_breakdown, 0, 7);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("dashStatus"));
    layout->addWidget(m_status, 0, 8);
    layout->setColumnStretch(8, 1);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("dashSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary, 1, 0, 1, 9);
    for (QComboBox* combo : {m_from, m_to, m_segment, m_breakdown}) {
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_filling) {
                compose();
            }
        });
    }
}

QChartView* DashboardsPage::makeChartView(const QString& objectName)
{
    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    if (isDark()) {
        chart->setTheme(QChart::ChartThemeDark);
    }
    auto* view = new QChartView(chart, this);
    view->setObjectName(objectName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setFixedHeight(280);
    return view;
}

QWidget* DashboardsPage::card(const QString& title, const QString& objectName, QWidget* content, QChartView* chart)
{
    auto* frame = new QFrame(this);
    frame->setObjectName(objectName);
    frame->setFrameShape(QFrame::StyledPanel);
    auto* layout = new QVBoxLayout(frame);
    auto* header = new QHBoxLayout;
    auto* heading = new QLabel(title, frame);
    heading->setObjectName(objectName + QStringLiteral("Title"));
    QFont bold = heading->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    heading->setFont(bold);
    header->addWidget(heading, 1);
    auto* copy = new QToolButton(frame);
    copy->setObjectName(objectName + QStringLiteral("Copy"));
    copy->setText(tr("Copy"));
    copy->setToolTip(tr("Copy the chart as a picture"));
    auto* save = new QToolButton(frame);
    save->setObjectName(objectName + QStringLiteral("Save"));
    save->setText(tr("Save…"));
    save->setToolTip(tr("Save the chart as PNG or SVG"));
    header->addWidget(copy);
    header->addWidget(save);
    layout->addLayout(header);
    layout->addWidget(chart);
    if (content) {
        layout->addWidget(content);
    }
    layout->addStretch(1); // cards side by side may differ in height: the space goes below
    connect(copy, &QToolButton::clicked, this, [this, chart] { copyChart(chart); });
    connect(save, &QToolButton::clicked, this, [this, chart, heading] { saveChartAs(chart, heading->text()); });
    return frame;
}

void DashboardsPage::refresh()
{
    const QList<core::Period> quarters = core::DashboardComposer(m_db, m_clock).quarters();
    const QString from = m_from->currentText();
    const QString to = m_to->currentText();
    const QString segment = m_segment->currentText();
    const QString breakdown = m_breakdown->currentText();
    m_filling = true;
    m_from->clear();
    m_to->clear();
    for (const core::Period& quarter : quarters) {
        m_from->addItem(quarter.label());
        m_to->addItem(quarter.label());
    }
    // The last four quarters unless the user chose others.
    const int last = static_cast<int>(quarters.size()) - 1;
    m_from->setCurrentIndex(from.isEmpty() || m_from->findText(from) < 0 ? std::max(0, last - 3)
                                                                         : m_from->findText(from));
    m_to->setCurrentIndex(to.isEmpty() || m_to->findText(to) < 0 ? last : m_to->findText(to));

    m_segment->clear();
    m_segment->addItem(tr("Everyone"));
    m_breakdown->clear();
    const core::SegmentDictionary dictionary(m_db);
    for (const QString& dimension : dictionary.dimensions()) {
        m_breakdown->addItem(dimension);
        for (const auto& [id, value] : dictionary.valuesOf(dictionary.existingSlot(dimension))) {
            m_segment->addItem(QStringLiteral("%1 = %2").arg(dimension, value), QStringList{dimension, value});
        }
    }
    m_segment->setCurrentIndex(std::max(0, m_segment->findText(segment)));
    m_breakdown->setCurrentIndex(std::max(0, m_breakdown->findText(breakdown)));
    m_filling = false;
    compose();
}

core::DashboardFilter DashboardsPage::currentFilter() const
{
    core::DashboardFilter filter;
    filter.from = core::Period::parse(m_from->currentText()).value_or(core::Period());
    filter.to = core::Period::parse(m_to->currentText()).value_or(core::Period());
    const QStringList segment = m_segment->currentData().toStringList();
    if (segment.size() == 2) {
        filter.segment = {segment.at(0), segment.at(1)};
    }
    filter.breakdown = m_breakdown->currentText();
    return filter;
}

void DashboardsPage::compose()
{
    if (m_from->count() == 0) {
        m_status->clear();
        m_summary->setText(tr("No answers yet: import a survey file to see the dashboards."));
        present(core::Dashboard{});
        Q_EMIT composed();
        return;
    }
    if (m_thread) {
        m_again = true; // composed again with the newest filter once this one is done
        return;
    }
    const core::DashboardFilter filter = currentFilter();
    m_failure.clear();
    m_status->setText(tr("Reading…"));
    // Reads through its own connection on a worker thread: the window stays live on large databases.
    m_thread = QThread::create([this, filter] {
        try {
            const std::unique_ptr<core::Database> connection = m_db.connectAgain();
            m_composed = core::DashboardComposer(*connection, m_clock).compose(filter);
        } catch (const core::StorageError& error) {
            m_failure = error.message();
        }
    });
    m_thread->setObjectName(QStringLiteral("dashboards"));
    connect(m_thread, &QThread::finished, this, &DashboardsPage::composeFinished);
    m_thread->start();
}

void DashboardsPage::composeFinished()
{
    if (!m_thread) {
        return;
    }
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    if (m_again) {
        m_again = false;
        compose();
        return;
    }
    m_status->setText(m_failure);
    m_status->setStyleSheet(statusStyle(!m_failure.isEmpty()));
    if (m_failure.isEmpty()) {
        present(m_composed);
    }
    Q_EMIT composed();
}

void DashboardsPage::present(const core::Dashboard& dashboard)
{
    m_dashboard = dashboard;
    const core::NetScore& total = m_dashboard.total;
    if (total.score) {
        const QLocale locale;
        m_summary->setText(
            tr("%1 to %2: NPS %3 (95 % interval %4 to %5) from %6 answers.")
                .arg(m_dashboard.filter.from.label(), m_dashboard.filter.to.label(), number(*total.score),
                     number(total.ciLow), number(total.ciHigh), locale.toString(total.counts.total())) +
            (total.smallSample ? QLatin1Char(' ') + tr("Few answers: read the figures with care.") : QString()));
    } else if (m_from->count() > 0) {
        m_summary->setText(tr("No answers in this period for this choice."));
    }
    m_segmentsTitle->setText(m_dashboard.breakdown.isEmpty() ? tr("NPS by segment")
                                                             : tr("NPS by %1").arg(m_dashboard.breakdown));
    fillTrend();
    fillDistribution();
    m_segmentModel->setRows(m_dashboard.bySegment);
    fitTable(m_segmentTable);
    fillSegments();
    fillPareto();
    fillLoop();

    const qint64 keep = m_whatIfTheme->currentData().toLongLong();
    {
        const QSignalBlocker quiet(m_whatIfTheme);
        m_whatIfTheme->clear();
        for (const core::ThemeDriver& driver : std::as_const(m_dashboard.pareto)) {
            m_whatIfTheme->addItem(driver.theme, driver.themeId);
        }
        m_whatIfTheme->setCurrentIndex(std::max(0, m_whatIfTheme->findData(keep)));
    }
    updateWhatIf();
}

void DashboardsPage::fillTrend()
{
    QChart* chart = cleared(m_trend);
    const QList<core::TrendQuarter>& trend = m_dashboard.trend;
    QStringList labels;
    double low = 100;
    double high = -100;
    auto* nps = new QLineSeries;
    nps->setName(tr("NPS"));
    nps->setPointsVisible(true);
    nps->setColor(kAccent);
    QList<QAreaSeries*> bands; // one per run of quarters with answers, so gaps stay gaps
    QLineSeries* upper = nullptr;
    QLineSeries* lower = nullptr;
    QList<QScatterSeries*> marks;
    for (qsizetype i = 0; i < trend.size(); ++i) {
        const core::TrendQuarter& q = trend.at(i);
        labels << q.quarter;
        const auto x = static_cast<double>(i);
        if (!q.score.score) {
            upper = lower = nullptr;
            continue;
        }
        nps->append(x, *q.score.score);
        low = std::min(low, q.score.ciLow);
        high = std::max(high, q.score.ciHigh);
        if (!upper) {
            upper = new QLineSeries;
            lower = new QLineSeries;
            auto* band = new QAreaSeries(upper, lower);
            band->setName(tr("95 % interval"));
            QColor fill = kAccent;
            fill.setAlpha(60);
            band->setBrush(fill);
            band->setPen(Qt::NoPen);
            bands << band;
        }
        upper->append(x, q.score.ciHigh);
        lower->append(x, q.score.ciLow);
        if (q.change && q.change->significant) {
            auto* mark = new QScatterSeries;
            const bool rise = q.change->delta > 0;
            mark->setName(rise ? tr("Significant rise") : tr("Significant fall"));
            mark->setColor(rise ? kPromoter : kDetractor);
            mark->setMarkerSize(14);
            mark->append(x, *q.score.score);
            mark->setPointLabelsVisible(true);
            mark->setPointLabelsFormat(signedNumber(q.change->delta)); // the change, not the score
            mark->setPointLabelsClipping(false);
            marks << mark;
        }
    }
    auto* x = categoryAxis(labels);
    auto* y = npsAxis(low - 5, high + 5);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAreaSeries* band : std::as_const(bands)) {
        attach(chart, band, x, y);
    }
    attach(chart, nps, x, y);
    for (QScatterSeries* mark : std::as_const(marks)) {
        attach(chart, mark, x, y);
    }
    // One legend entry for the band and for each kind of mark.
    QStringList named;
    for (QAbstractSeries* series : chart->series()) {
        const bool repeat = named.contains(series->name());
        named << series->name();
        for (QLegendMarker* marker : chart->legend()->markers(series)) {
            marker->setVisible(!repeat);
        }
    }
}

void DashboardsPage::fillDistribution()
{
    QChart* chart = cleared(m_distribution);
    auto* promoters = new QBarSet(tr("Promoters"));
    auto* passives = new QBarSet(tr("Passives"));
    auto* detractors = new QBarSet(tr("Detractors"));
    promoters->setColor(kPromoter);
    passives->setColor(kPassive);
    detractors->setColor(kDetractor);
    QStringList labels;
    for (const core::TrendQuarter& q : m_dashboard.trend) {
        labels << q.quarter;
        const auto n = static_cast<double>(q.score.counts.total());
        const auto share = [n](qint64 part) {
            return n > 0 ? std::round(1000.0 * static_cast<double>(part) / n) / 10 : 0.0;
        };
        *promoters << share(q.score.counts.positive);
        *passives << share(q.score.counts.neutral);
        *detractors << share(q.score.counts.negative);
    }
    auto* series = new QStackedBarSeries;
    series->append({promoters, passives, detractors});
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value %"));
    series->setLabelsPrecision(3);
    chart->addSeries(series);
    auto* x = new QBarCategoryAxis;
    x->append(labels);
    auto* y = new QValueAxis;
    y->setRange(0, 100);
    y->setLabelFormat(QStringLiteral("%.0f %%"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
}

void DashboardsPage::fillSegments()
{
    QChart* chart = cleared(m_segments);
    // Best at the top: the chart's first category is drawn at the bottom.
    QStringList labels;
    QList<const core::ReportRow*> rows;
    for (int row = m_segmentSort->rowCount() - 1; row >= 0; --row) {
        const int source = m_segmentSort->mapToSource(m_segmentSort->index(row, 0)).row();
        const core::ReportRow& r = m_segmentModel->row(source);
        rows << &r;
        labels << tr("%1 (n = %2)").arg(SegmentScoreModel::label(r), QLocale().toString(r.score.counts.total()));
    }
    auto* points = new QScatterSeries;
    points->setName(tr("NPS"));
    points->setColor(kAccent);
    points->setMarkerSize(10);
    QList<QLineSeries*> intervals;
    double low = 100;
    double high = -100;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const core::NetScore& s = rows.at(i)->score;
        if (!s.score) {
            continue;
        }
        const auto y = static_cast<double>(i);
        points->append(*s.score, y);
        auto* interval = new QLineSeries;
        interval->setName(tr("95 % interval"));
        QPen pen(kAccent);
        pen.setWidthF(3);
        interval->setPen(pen);
        interval->append(s.ciLow, y);
        interval->append(s.ciHigh, y);
        intervals << interval;
        low = std::min(low, s.ciLow);
        high = std::max(high, s.ciHigh);
    }
    auto* x = npsAxis(low - 5, high + 5);
    auto* y = categoryAxis(labels);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QLineSeries* interval : std::as_const(intervals)) {
        attach(chart, interval, x, y);
    }
    attach(chart, points, x, y);
    for (qsizetype i = 1; i < intervals.size(); ++i) {
        for (QLegendMarker* marker : chart->legend()->markers(intervals.at(i))) {
            marker->setVisible(false);
        }
    }
    m_segments->setFixedHeight(std::max(260, 60 + 28 * static_cast<int>(rows.size())));
}

void DashboardsPage::fillPareto()
{
    QChart* chart = cleared(m_pareto);
    // Lying down, so that every theme's name can be read: the most named at the top, the
    // cumulative share running down beside the bars.
    const QList<core::ThemeDriver> top = m_dashboard.pareto.mid(0, kParetoThemes);
    auto* mentions = new QBarSet(tr("Detractors naming it"));
    mentions->setColor(kDetractor);
    auto* cumulative = new QLineSeries;
    cumulative->setName(tr("Cumulative share of mentions"));
    cumulative->setPointsVisible(true);
    cumulative->setColor(kAccent);
    QStringList labels;
    QList<QStringList> rows;
    qint64 running = 0;
    double most = 1;
    const QLocale locale;
    for (qsizetype i = 0; i < m_dashboard.pareto.size(); ++i) {
        const core::ThemeDriver& d = m_dashboard.pareto.at(i);
        running += d.mentioning.counts.negative;
        const double share = m_dashboard.detractorMentions > 0 ? 100.0 * static_cast<double>(running) /
                                                                     static_cast<double>(m_dashboard.detractorMentions)
                                                               : 0.0;
        if (i < top.size()) {
            const auto y = static_cast<double>(top.size() - 1 - i);
            labels.prepend(leafName(d.theme));
            mentions->insert(0, static_cast<double>(d.mentioning.counts.negative));
            cumulative->append(share, y);
            most = std::max(most, static_cast<double>(d.mentioning.counts.negative));
        }
        rows << QStringList{d.theme, d.department.isEmpty() ? tr("–") : d.department,
                            locale.toString(d.mentioning.counts.negative), figures::percent(d.shareOfDetractors, 0),
                            number(d.pointsLost)};
    }
    auto* bars = new QHorizontalBarSeries;
    bars->append(mentions);
    bars->setLabelsVisible(true);
    chart->addSeries(bars);
    chart->addSeries(cumulative);
    auto* y = new QBarCategoryAxis;
    y->append(labels);
    auto* count = new QValueAxis;
    count->setRange(0, most * 1.15);
    count->applyNiceNumbers();
    count->setLabelFormat(QStringLiteral("%.0f"));
    count->setTitleText(tr("Detractors"));
    auto* share = new QValueAxis;
    share->setRange(0, 100);
    share->setLabelFormat(QStringLiteral("%.0f %%"));
    share->setGridLineVisible(false);
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(count, Qt::AlignBottom);
    chart->addAxis(share, Qt::AlignTop);
    bars->attachAxis(y);
    bars->attachAxis(count);
    cumulative->attachAxis(y);
    cumulative->attachAxis(share);
    m_pareto->setFixedHeight(std::max(260, 120 + 34 * static_cast<int>(top.size())));
    m_paretoModel->setTable({tr("Theme"), tr("Department"), tr("Detractors"), tr("Share"), tr("Points lost")}, rows);
    m_paretoModel->setHeaderToolTips(
        {QString(), tr("Where the theme is routed"), tr("Detractors naming the theme"),
         tr("Detractors who name the theme, of all detractors (one answer may name several themes)"),
         tr("How much NPS would rise if everyone who named it and was a detractor became a passive")});
    fitTable(m_paretoTable);
}

void DashboardsPage::fillLoop()
{
    const core::LoopKpis& k = m_dashboard.kpis;
    const QLocale locale;
    const QString hours =
        k.medianHoursToFirstContact ? tr("%1 h").arg(locale.toString(*k.medianHoursToFirstContact, 'f', 1)) : tr("–");
    m_kpis->setText(tr("<table cellspacing=6>"
                       "<tr><td>Cases opened</td><td align=right><b>%1</b></td>"
                       "<td>Detractors contacted within the SLA</td><td align=right><b>%2</b></td></tr>"
                       "<tr><td>Median time to first contact</td><td align=right><b>%3</b></td>"
                       "<td>Save rate (of closed cases)</td><td align=right><b>%4</b></td></tr>"
                       "<tr><td>Still open</td><td align=right><b>%5</b></td>"
                       "<td>Contact later than the SLA</td><td align=right><b>%6</b></td></tr></table>")
                        .arg(locale.toString(k.cases), figures::percent(k.contactedInTimeShare(), 0), hours,
                             figures::percent(k.saveRate(), 0), locale.toString(k.open), locale.toString(k.breaches)));

    QChart* chart = cleared(m_backlog);
    chart->setTitle(tr("Open cases per owner"));
    auto* overdue = new QBarSet(tr("Overdue"));
    overdue->setColor(kDetractor);
    auto* onTime = new QBarSet(tr("On time"));
    onTime->setColor(kPassive);
    QStringList owners;
    double most = 1;
    // The largest backlog at the top.
    for (auto it = m_dashboard.backlog.crbegin(); it != m_dashboard.backlog.crend(); ++it) {
        owners << (it->owner.isEmpty() ? tr("Nobody yet") : it->owner);
        *overdue << static_cast<double>(it->overdue);
        *onTime << static_cast<double>(it->open - it->overdue);
        most = std::max(most, static_cast<double>(it->open));
    }
    auto* series = new QHorizontalStackedBarSeries;
    series->append({overdue, onTime});
    chart->addSeries(series);
    auto* y = new QBarCategoryAxis;
    y->append(owners);
    auto* x = new QValueAxis;
    x->setRange(0, most * 1.1);
    x->applyNiceNumbers();
    x->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(y);
    series->attachAxis(x);
    m_backlog->setFixedHeight(std::max(240, 120 + 34 * static_cast<int>(owners.size())));
}

void DashboardsPage::updateWhatIf()
{
    const int share = m_whatIfShare->value();
    m_whatIfShareLabel->setText(tr("%1 %").arg(share));
    QChart* chart = cleared(m_whatIfChart);
    const qsizetype index = m_whatIfTheme->currentIndex();
    m_propose->setEnabled(index >= 0);
    if (index < 0 || index >= m_dashboard.pareto.size() || !m_dashboard.total.score) {
        m_whatIfResult->setText(tr("No theme named by detractors in this period."));
        m_whatIfGain = 0.0;
        return;
    }
    const core::ThemeDriver& theme = m_dashboard.pareto.at(index);
    const auto target = static_cast<core::WhatIfTarget>(m_whatIfTarget->currentData().toInt());
    const core::WhatIf w =
        core::simulateWhatIf(m_dashboard.total.counts, theme.mentioning.counts, share / 100.0, target);
    m_whatIfGain = w.delta;
    m_whatIfResult->setText(tr("NPS <b>%1 → %2</b>: %3 points (± %4)<br><small>%5 detractors and %6 passives named "
                               "it; the margin comes from how many of them the survey reached.</small>")
                                .arg(number(*w.before.score), number(w.after.score.value_or(0)), signedNumber(w.delta),
                                     number(w.deltaMargin))
                                .arg(QLocale().toString(theme.mentioning.counts.negative))
                                .arg(QLocale().toString(theme.mentioning.counts.neutral)));
    auto* before = new QBarSet(tr("NPS now"));
    before->setColor(kPassive);
    *before << *w.before.score;
    auto* after = new QBarSet(tr("NPS if fixed"));
    after->setColor(kPromoter);
    *after << w.after.score.value_or(0);
    auto* series = new QBarSeries;
    series->append({before, after});
    series->setLabelsVisible(true);
    series->setLabelsPrecision(3);
    chart->addSeries(series);
    auto* x = new QBarCategoryAxis;
    x->append(leafName(theme.theme));
    const double low = std::min({0.0, *w.before.score, w.after.score.value_or(0)});
    const double high = std::max({0.0, *w.before.score, w.after.score.value_or(0)});
    auto* y = npsAxis(low - 5, high + 5);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
}

void DashboardsPage::copyChart(QChartView* view)
{
    QGuiApplication::clipboard()->setPixmap(view->grab());
}

void DashboardsPage::saveChartAs(QChartView* view, const QString& name)
{
    const QString suggestion = QDir::home().filePath(name + QStringLiteral(".png"));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save chart"), suggestion, tr("PNG image (*.png);;SVG drawing (*.svg)"));
    if (path.isEmpty()) {
        return;
    }
    const QString problem = saveChart(view, path);
    if (!problem.isEmpty()) {
        QMessageBox::warning(this, tr("Chart not saved"), problem);
    }
}

} // namespace loopdesk::ui
