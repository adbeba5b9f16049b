// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "overview/wavetablemodel.h"

#include "metrics/netscore.h"

#include <QLocale>

namespace loopdesk::ui {

WaveTableModel::WaveTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void WaveTableModel::setWaves(const QList<core::WaveSummary>& waves)
{
    beginResetModel();
    m_waves = waves;
    endResetModel();
}

int WaveTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_waves.size());
}

int WaveTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WaveTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const core::WaveSummary& wave = m_waves.at(index.row());
    const core::NetScore score = core::netScore(wave.counts);
    const QLocale locale;
    if (role == Qt::TextAlignmentRole) {
        return index.column() >= Answers ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                         : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role == Qt::ToolTipRole && index.column() == Nps && score.score) {
        return tr("95 % interval %1 to %2 (adjusted Wald), %3 answers")
            .arg(locale.toString(score.ciLow, 'f', 1), locale.toString(score.ciHigh, 'f', 1),
                 locale.toString(wave.counts.total()));
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case Name:
        return wave.name;
    case Kind:
        return wave.kind == QLatin1String("transactional") ? tr("Transactional") : tr("Relationship");
    case Period:
        return tr("%1 – %2").arg(locale.toString(wave.periodStart, QLocale::ShortFormat),
                                 locale.toString(wave.periodEnd, QLocale::ShortFormat));
    case Answers:
        return locale.toString(wave.counts.total());
    case ResponseRate:
        return wave.invited > 0 ? tr("%1 %").arg(locale.toString(
                                      100.0 * static_cast<double>(wave.counts.total()) / wave.invited, 'f', 1))
                                : tr("n/a");
    case Nps:
        return score.score ? locale.toString(*score.score, 'f', 1) : tr("no answers");
    default:
        return {};
    }
}

QVariant WaveTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Name:
        return tr("Wave");
    case Kind:
        return tr("Kind");
    case Period:
        return tr("Period");
    case Answers:
        return tr("Answers");
    case ResponseRate:
        return tr("Response rate");
    case Nps:
        return tr("NPS");
    default:
        return {};
    }
}

} // namespace loopdesk::ui
