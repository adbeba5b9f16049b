// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "inbox/inboxmodel.h"

#include "common/appearance.h"

#include "domain/clock.h"
#include "storage/casestore.h"
#include "workflow/casestatusmachine.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace loopdesk::ui {
namespace {

QString duration(qint64 seconds)
{
    const qint64 hours = seconds / 3600;
    if (hours >= 48) {
        return InboxModel::tr("%1 d %2 h").arg(hours / 24).arg(hours % 24);
    }
    if (hours >= 1) {
        return InboxModel::tr("%1 h").arg(hours);
    }
    return InboxModel::tr("%1 min").arg(std::max<qint64>(1, seconds / 60));
}

} // namespace

QString dimensionTitle(const QString& dimension)
{
    QString title = dimension;
    title.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!title.isEmpty()) {
        title[0] = title.at(0).toUpper();
    }
    return title;
}

QString timeLeftText(const core::FollowUpCase& c, const QDateTime& now)
{
    if (!core::isOpenStatus(c.status)) {
        return InboxModel::tr("closed");
    }
    if (c.firstContactAt.isValid()) {
        return c.firstContactAt <= c.firstContactDue ? InboxModel::tr("contacted") : InboxModel::tr("contacted late");
    }
    const qint64 left = now.secsTo(c.firstContactDue);
    return left >= 0 ? InboxModel::tr("%1 left").arg(duration(left))
                     : InboxModel::tr("%1 overdue").arg(duration(-left));
}

InboxModel::InboxModel(core::Database& db, const core::Clock& clock, QObject* parent)
    : QAbstractTableModel(parent)
    , m_db(db)
    , m_clock(clock)
    , m_segmentHeader(tr("Segment"))
{}

void InboxModel::setQuery(const core::InboxQuery& query)
{
    m_changing = true;
    beginResetModel();
    m_query = query;
    m_query.now = m_clock.nowUtc();
    m_rows = core::CaseStore(m_db).inboxPage(m_query, 0, kPageSize);
    m_exhausted = m_rows.size() < kPageSize;
    finishReset();
}

void InboxModel::reload()
{
    m_changing = true;
    beginResetModel();
    m_query.now = m_clock.nowUtc();
    const auto loaded = std::max<qsizetype>(m_rows.size(), kPageSize);
    m_rows = core::CaseStore(m_db).inboxPage(m_query, 0, static_cast<int>(loaded));
    m_exhausted = m_rows.size() < loaded;
    finishReset();
}

void InboxModel::finishReset()
{
    // Views react to modelReset by asking for more rows; inserting them while the reset is still
    // being announced would interleave two changes, so fetching waits until it is over.
    m_total = -1; // counted when asked: the first rows do not wait for it
    endResetModel();
    m_changing = false;
    Q_EMIT rowsReady();
}

qint64 InboxModel::totalCount() const
{
    if (m_total < 0) {
        m_total = m_exhausted ? m_rows.size() : core::CaseStore(m_db).inboxCount(m_query);
    }
    return m_total;
}

void InboxModel::setSegmentHeader(const QString& dimension)
{
    m_segmentHeader = dimension.isEmpty() ? tr("Segment") : dimensionTitle(dimension);
    Q_EMIT headerDataChanged(Qt::Horizontal, Segment, Segment);
}

int InboxModel::rowOfCase(qint64 caseId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).followUp.id == caseId) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

int InboxModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int InboxModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool InboxModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_changing && !m_exhausted;
}

void InboxModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || m_changing) {
        return;
    }
    const QList<core::InboxRow> more = core::CaseStore(m_db).inboxPage(m_query, m_rows.size(), kPageSize);
    m_exhausted = more.size() < kPageSize;
    if (more.isEmpty()) {
        return;
    }
    m_changing = true; // no fetching from inside the announcements of this insertion
    beginInsertRows({}, static_cast<int>(m_rows.size()), static_cast<int>(m_rows.size() + more.size() - 1));
    m_rows.append(more);
    endInsertRows();
    m_changing = false;
}

QVariant InboxModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const core::InboxRow& r = m_rows.at(index.row());
    const core::FollowUpCase& c = r.followUp;
    if (role == CaseIdRole) {
        return c.id;
    }
    if (role == VersionRole) {
        return c.version;
    }
    const bool waiting = core::isOpenStatus(c.status) && !c.firstContactAt.isValid();
    const qint64 left = waiting ? m_clock.nowUtc().secsTo(c.firstContactDue) : 0;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeLeft:
            return timeLeftText(c, m_clock.nowUtc());
        case Score:
            return r.score;
        case Customer:
            return r.keyAccount ? tr("%1 (key account)").arg(r.customer.isEmpty() ? tr("anonymous") : r.customer)
                                : (r.customer.isEmpty() ? tr("anonymous") : r.customer);
        case Comment:
            return QString(r.comment).replace(QLatin1Char('\n'), QLatin1Char(' '));
        case Segment:
            return r.segment;
        case Owner:
            return r.owner.isEmpty() ? tr("unassigned") : r.owner;
        case Status:
            return core::CaseStatusMachine::statusName(c.status);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == Comment) {
            return r.comment;
        }
        if (index.column() == TimeLeft) {
            return tr("First contact due %1")
                .arg(QLocale().toString(c.firstContactDue.toLocalTime(), QLocale::ShortFormat));
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == TimeLeft && waiting) {
            // Red when overdue, amber inside the last six hours.
            return left < 0 ? QBrush(dangerColor()) : left < 6 * 3600 ? QBrush(warningColor()) : QVariant();
        }
        if (index.column() == Owner && r.owner.isEmpty()) {
            return QBrush(mutedColor());
        }
        return {};
    case Qt::FontRole:
        if (index.column() == TimeLeft && waiting && left < 0) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == Score ? QVariant(Qt::AlignCenter) : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::AccessibleTextRole:
        return data(index, Qt::DisplayRole).toString();
    default:
        return {};
    }
}

QVariant InboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case TimeLeft:
        return tr("Time left");
    case Score:
        return tr("Score");
    case Customer:
        return tr("Customer");
    case Comment:
        return tr("Comment");
    case Segment:
        return m_segmentHeader;
    case Owner:
        return tr("Owner");
    case Status:
        return tr("Status");
    default:
        return {};
    }
}

void InboxModel::sort(int column, Qt::SortOrder order)
{
    using S = core::InboxSort;
    core::InboxQuery q = m_query;
    q.sort = column == Score                          ? S::Score
             : column == Customer                     ? S::Customer
             : column == Owner                        ? S::Owner
             : column == Status                       ? S::Status
             : column == Comment || column == Segment ? S::Answered
                                                      : S::TimeLeft;
    q.descending = order == Qt::DescendingOrder;
    setQuery(q);
}

void InboxModel::tick()
{
    if (!m_rows.isEmpty()) {
        Q_EMIT dataChanged(index(0, TimeLeft), index(static_cast<int>(m_rows.size()) - 1, TimeLeft),
                           {Qt::DisplayRole, Qt::ForegroundRole, Qt::FontRole});
    }
}

} // namespace loopdesk::ui
