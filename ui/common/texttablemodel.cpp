// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/texttablemodel.h"

namespace loopdesk::ui {

TextTableModel::TextTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void TextTableModel::setTable(const QStringList& headers, const QList<QStringList>& rows)
{
    beginResetModel();
    m_headers = headers;
    m_rows = rows;
    m_headerTips.clear();
    m_rowTips.clear();
    m_columns = static_cast<int>(headers.size());
    for (const QStringList& row : rows) {
        m_columns = std::max(m_columns, static_cast<int>(row.size()));
    }
    endResetModel();
}

void TextTableModel::setHeaderToolTips(const QStringList& tips)
{
    m_headerTips = tips;
    if (m_columns > 0) {
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, m_columns - 1);
    }
}

void TextTableModel::setRowToolTips(const QStringList& tips)
{
    m_rowTips = tips;
    if (!m_rows.isEmpty()) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, m_columns - 1), {Qt::ToolTipRole});
    }
}

int TextTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int TextTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

QVariant TextTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const QStringList& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        // One line per cell: a comment's line breaks would make the row grow.
        QString text = row.value(index.column());
        return text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    }
    case Qt::ToolTipRole:
        return m_rowTips.value(index.row(), row.value(index.column()));
    default:
        return {};
    }
}

QVariant TextTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    }
    if (section < 0 || section >= m_columns) {
        return {};
    }
    if (role == Qt::DisplayRole) {
        return m_headers.value(section, QString::number(section + 1));
    }
    if (role == Qt::ToolTipRole) {
        return m_headerTips.value(section, m_headers.value(section));
    }
    return {};
}

} // namespace loopdesk::ui
