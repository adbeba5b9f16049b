// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QStringList>

namespace loopdesk::ui {

// A read-only table of text held in memory: file previews, rejected rows, import history.
class TextTableModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TextTableModel)

public:
    explicit TextTableModel(QObject* parent = nullptr);

    // Rows may be shorter or longer than the headers; the widest of the two sets the columns.
    void setTable(const QStringList& headers, const QList<QStringList>& rows);
    void setHeaderToolTips(const QStringList& tips);
    void setRowToolTips(const QStringList& tips);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_headers;
    QStringList m_headerTips;
    QStringList m_rowTips;
    QList<QStringList> m_rows;
    int m_columns = 0;
};

} // namespace loopdesk::ui
