// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "overview/overviewpage.h"

#include "overview/databaseoverview.h"
#include "overview/wavetablemodel.h"

#include <QFrame>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

namespace loopdesk::ui {
namespace {

QString formatScore(const core::NetScore& score)
{
    return score.score ? QLocale().toString(*score.score, 'f', 1) : OverviewPage::tr("–");
}

QString intervalText(const core::NetScore& score)
{
    if (!score.score) {
        return OverviewPage::tr("no answers yet");
    }
    const QLocale locale;
    QString text = OverviewPage::tr("95 % interval %1 to %2")
                       .arg(locale.toString(score.ciLow, 'f', 1), locale.toString(score.ciHigh, 'f', 1)) +
                   QLatin1Char('\n') + OverviewPage::tr("%1 answers").arg(locale.toString(score.counts.total()));
    if (score.smallSample) {
        text += QLatin1Char('\n') + OverviewPage::tr("Small sample: read with care");
    }
    return text;
}

} // namespace

OverviewPage::OverviewPage(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(tr("Overview"), this);
    heading->setObjectName(QStringLiteral("overviewHeading"));
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.5);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    layout->addWidget(heading);

    auto* tiles = new QGridLayout;
    tiles->setSpacing(12);
    tiles->addWidget(
        makeTile(QStringLiteral("npsQuarterTile"), tr("NPS this quarter"), &m_npsQuarter, &m_npsQuarterDetail), 0, 0);
    m_npsQuarterTitle = findChild<QLabel*>(QStringLiteral("npsQuarterTileTitle"));
    tiles->addWidget(makeTile(QStringLiteral("npsAllTile"), tr("NPS, all answers"), &m_npsAll, &m_npsAllDetail), 0, 1);
    tiles->addWidget(makeTile(QStringLiteral("responsesTile"), tr("Survey answers"), &m_responses, &m_responsesDetail),
                     0, 2);
    tiles->addWidget(
        makeTile(QStringLiteral("casesTile"), tr("Open follow-up cases"), &m_openCases, &m_openCasesDetail), 0, 3);
    for (int column = 0; column < 4; ++column) {
        tiles->setColumnStretch(column, 1);
    }
    layout->addLayout(tiles);

    auto* wavesHeading = new QLabel(tr("Survey waves"), this);
    QFont sectionFont = wavesHeading->font();
    sectionFont.setBold(true);
    wavesHeading->setFont(sectionFont);
    layout->addSpacing(8);
    layout->addWidget(wavesHeading);

    m_waves = new WaveTableModel(this);
    m_wavesView = new QTableView(this);
    m_wavesView->setObjectName(QStringLiteral("wavesTable"));
    m_wavesView->setAccessibleName(tr("Survey waves"));
    m_wavesView->setModel(m_waves);
    m_wavesView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_wavesView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_wavesView->setAlternatingRowColors(true);
    m_wavesView->verticalHeader()->hide();
    m_wavesView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_wavesView->horizontalHeader()->setSectionResizeMode(WaveTableModel::Name, QHeaderView::Stretch);
    layout->addWidget(m_wavesView, 1);
}

QWidget* OverviewPage::makeTile(const QString& objectName, const QString& title, QLabel** value, QLabel** detail)
{
    auto* tile = new QFrame(this);
    tile->setObjectName(objectName);
    tile->setFrameShape(QFrame::StyledPanel);
    auto* box = new QVBoxLayout(tile);
    auto* titleLabel = new QLabel(title, tile);
    titleLabel->setObjectName(objectName + QStringLiteral("Title"));
    *value = new QLabel(tile);
    (*value)->setObjectName(objectName + QStringLiteral("Value"));
    QFont big = (*value)->font();
    big.setPointSizeF(big.pointSizeF() * 2.2);
    big.setBold(true);
    (*value)->setFont(big);
    *detail = new QLabel(tile);
    (*detail)->setObjectName(objectName + QStringLiteral("Detail"));
    (*detail)->setTextFormat(Qt::PlainText);
    (*detail)->setForegroundRole(QPalette::PlaceholderText);
    box->addWidget(titleLabel);
    box->addWidget(*value);
    box->addWidget(*detail);
    box->addStretch(1);
    return tile;
}

void OverviewPage::setOverview(const core::DatabaseOverview& overview)
{
    const QLocale locale;
    m_npsQuarterTitle->setText(tr("NPS %1").arg(overview.currentQuarter.label()));
    m_npsQuarter->setText(formatScore(overview.npsCurrentQuarter));
    QString quarterDetail = intervalText(overview.npsCurrentQuarter);
    if (overview.npsCurrentQuarter.score && overview.npsPreviousQuarter.score) {
        const core::NetScoreChange& change = overview.quarterChange;
        quarterDetail +=
            QLatin1Char('\n') +
            (change.significant ? tr("%1 vs. %2: significant (z = %3)") : tr("%1 vs. %2: within the noise (z = %3)"))
                .arg(locale.toString(change.delta, 'f', 1).prepend(change.delta > 0 ? QStringLiteral("+") : QString()),
                     overview.currentQuarter.previous().label(), locale.toString(change.z, 'f', 2));
    }
    m_npsQuarterDetail->setText(quarterDetail);
    m_npsAll->setText(formatScore(overview.npsAllTime));
    m_npsAllDetail->setText(intervalText(overview.npsAllTime));
    m_responses->setText(locale.toString(overview.count(QStringLiteral("responses"))));
    m_responsesDetail->setText(tr("Waves: %1").arg(locale.toString(overview.count(QStringLiteral("waves")))) +
                               QLatin1Char('\n') +
                               tr("Customers: %1").arg(locale.toString(overview.count(QStringLiteral("customers")))));
    m_openCases->setText(locale.toString(overview.openCases));
    m_openCasesDetail->setText(tr("Not contacted within the SLA: %1").arg(locale.toString(overview.overdueCases)));
    m_waves->setWaves(overview.waves);
}

} // namespace loopdesk::ui
