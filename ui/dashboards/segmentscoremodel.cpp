// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboards/segmentscoremodel.h"

#include <QLocale>

namespace loopdesk::ui {

namespace {

double share(qint64 part, qint64 whole)
{
    return whole > 0 ? 100.0 * static_cast<double>(part) / static_cast<double>(whole) : 0.0;
}

} // namespace

SegmentScoreModel::SegmentScoreModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void SegmentScoreModel::setRows(const QList<core::ReportRow>& rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

QString SegmentScoreModel::label(const core::ReportRow& row)
{
    const QString value = row.group.join(QStringLiteral(" · "));
    return value.isEmpty() ? tr("(not set)") : value;
}

int SegmentScoreModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int SegmentScoreModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SegmentScoreModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const core::ReportRow& r = m_rows.at(index.row());
    const core::ClassCounts& c = r.score.counts;
    const qint64 n = c.total();
    if (role == SortRole) {
        switch (index.column()) {
        case Segment:
            return label(r);
        case Answers:
            return n;
        case Promoters:
            return share(c.positive, n);
        case Passives:
            return share(c.neutral, n);
        case Detractors:
            return share(c.negative, n);
        case Nps:
        case Interval:
            return r.score.score.value_or(-1000.0);
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole) {
        return index.column() == Segment ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                         : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role == Qt::ToolTipRole && r.score.smallSample && index.column() >= Nps) {
        return tr("Few answers or a wide interval: read this NPS with care.");
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    const QLocale locale;
    switch (index.column()) {
    case Segment:
        return label(r);
    case Answers:
        return locale.toString(n);
    case Promoters:
        return tr("%1 %").arg(locale.toString(share(c.positive, n), 'f', 0));
    case Passives:
        return tr("%1 %").arg(locale.toString(share(c.neutral, n), 'f', 0));
    case Detractors:
        return tr("%1 %").arg(locale.toString(share(c.negative, n), 'f', 0));
    case Nps:
        return r.score.score
                   ? locale.toString(*r.score.score, 'f', 1) + (r.score.smallSample ? QStringLiteral(" *") : QString())
                   : tr("–");
    case Interval:
        return r.score.score
                   ? tr("%1 to %2").arg(locale.toString(r.score.ciLow, 'f', 1), locale.toString(r.score.ciHigh, 'f', 1))
                   : tr("–");
    default:
        return {};
    }
}

QVariant SegmentScoreModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Segment:
        return tr("Segment");
    case Answers:
        return tr("Answers");
    case Promoters:
        return tr("Promoters");
    case Passives:
        return tr("Passives");
    case Detractors:
        return tr("Detractors");
    case Nps:
        return tr("NPS");
    case Interval:
        return tr("95 % interval");
    default:
        return {};
    }
}

} // namespace loopdesk::ui
