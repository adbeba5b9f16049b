// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "inbox/inboxpage.h"

#include "domain/clock.h"
#include "inbox/caseeditor.h"
#include "inbox/inboxmodel.h"
#include "storage/casestore.h"
#include "storage/database.h"
#include "storage/responsestore.h"
#include "storage/staffstore.h"
#include "storage/wavestore.h"
#include "workflow/casestatusmachine.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QTimeZone>
#include <QVBoxLayout>

#include <algorithm>

namespace loopdesk::ui {
namespace {

struct ViewChoice {
    core::InboxView view;
    const char* name;
    const char* key; // Ctrl+1 ... Ctrl+7
};

const ViewChoice kViews[] = {
    {core::InboxView::MyCases, QT_TRANSLATE_NOOP("loopdesk::ui::InboxPage", "My cases"), "Ctrl+1"},
    {core::InboxView::Unassigned, QT_TRANSLATE_NOOP("loopdesk::ui::InboxPage", "Unassigned"), "Ctrl+2"},
    {core::InboxView::DueToday, QT_TRANSLATE_NOOP("loopdesk::ui::InboxPage", "Due today"), "Ctrl+3"},
    {core::InboxView::Overdue, QT_TRANSLATE_NOOP("loopdesk::ui::InboxPage", "Overdue"), "Ctrl+4"},
    {core::InboxView::KeyAccounts, QT_TRANSLATE_NOOP("loopdesk::ui::InboxPage", "Key accounts"), "Ctrl+5"},
    {core::InboxView::AwaitingApproval, QT_TRANSLATE_NOOP("loopdesk::ui::InboxPage", "Awaiting approval"), "Ctrl+6"},
    {core::InboxView::AllOpen, QT_TRANSLATE_NOOP("loopdesk::ui::InboxPage", "All open"), "Ctrl+7"},
};

QComboBox* filterCombo(QWidget* parent, const char* name, const QString& accessible)
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(QString::fromLatin1(name));
    combo->setAccessibleName(accessible);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    combo->setMinimumContentsLength(10); // "Any status" stays whole when the window is narrow
    return combo;
}

} // namespace

InboxPage::InboxPage(core::Database& db, const core::Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("inboxPage"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("inboxSplitter"));
    layout->addWidget(splitter);

    m_views = new QListWidget(splitter);
    m_views->setObjectName(QStringLiteral("inboxViews"));
    m_views->setAccessibleName(tr("Saved views"));
    for (const ViewChoice& v : kViews) {
        auto* item = new QListWidgetItem(tr(v.name), m_views);
        item->setData(Qt::UserRole, static_cast<int>(v.view));
        item->setToolTip(QKeySequence(QString::fromLatin1(v.key)).toString(QKeySequence::NativeText));
        auto* shortcut = new QShortcut(QKeySequence(QString::fromLatin1(v.key)), this);
        connect(shortcut, &QShortcut::activated, this, [this, item] { m_views->setCurrentItem(item); });
    }
    m_views->setMinimumWidth(140);
    m_views->setMaximumWidth(320);
    m_views->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto* centre = new QWidget(splitter);
    auto* centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    auto* filters = new QHBoxLayout;
    m_search = new QLineEdit(centre);
    m_search->setObjectName(QStringLiteral("inboxSearch"));
    m_search->setAccessibleName(tr("Search"));
    m_search->setPlaceholderText(tr("Search customer, number, e-mail or comment (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    auto* find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, m_search, [this] { m_search->setFocus(Qt::ShortcutFocusReason); });
    m_status = filterCombo(centre, "statusFilter", tr("Status"));
    m_owner = filterCombo(centre, "ownerFilter", tr("Owner"));
    m_wave = filterCombo(centre, "waveFilter", tr("Wave"));
    m_segment = filterCombo(centre, "segmentFilter", tr("Segment"));
    // Wave names are long: the wave filter shows the start of one and the whole list when open.
    m_wave->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_wave->setMinimumContentsLength(14);
    centreLayout->addWidget(m_search);
    filters->addWidget(m_status);
    filters->addWidget(m_owner);
    filters->addWidget(m_wave);
    filters->addWidget(m_segment);
    filters->addStretch(1);
    centreLayout->addLayout(filters);

    m_model = new InboxModel(m_db, m_clock, this);
    m_table = new QTableView(centre);
    m_table->setObjectName(QStringLiteral("inboxTable"));
    m_table->setAccessibleName(tr("Cases"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(InboxModel::TimeLeft, Qt::AscendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setSectionResizeMode(InboxModel::Comment, QHeaderView::Stretch);
    m_table->horizontalHeader()->setHighlightSections(false);
    const int em = m_table->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    // Wide enough for the data, and never narrower than the header's own words in any language.
    QHeaderView* header = m_table->horizontalHeader();
    const auto fit = [this, header, em](int column, int width) {
        const QString title = m_table->model()->headerData(column, Qt::Horizontal).toString();
        const int needed = header->fontMetrics().horizontalAdvance(title) + 2 * em; // margins and sort arrow
        m_table->setColumnWidth(column, std::max(width, needed));
    };
    fit(InboxModel::TimeLeft, 12 * em);
    fit(InboxModel::Score, 3 * em + em / 2);
    fit(InboxModel::Customer, 11 * em);
    fit(InboxModel::Segment, 8 * em);
    fit(InboxModel::Owner, 8 * em);
    fit(InboxModel::Status, 8 * em);
    header->setMinimumSectionSize(3 * em);
    centreLayout->addWidget(m_table, 1);
    m_count = new QLabel(centre);
    m_count->setObjectName(QStringLiteral("inboxCount"));
    centreLayout->addWidget(m_count);

    m_editor = new CaseEditor(m_db, m_clock, splitter);
    splitter->addWidget(m_views);
    splitter->addWidget(centre);
    splitter->addWidget(m_editor);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 2);
    splitter->setSizes({150, 650, 480});

    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_searchDelay, &QTimer::timeout, this, &InboxPage::applyFilters);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    for (QComboBox* combo : {m_status, m_owner, m_wave, m_segment}) {
        connect(combo, &QComboBox::activated, this, &InboxPage::applyFilters);
    }
    connect(m_views, &QListWidget::currentRowChanged, this, &InboxPage::applyFilters);
    // The count follows the rows: they are painted first.
    connect(m_model, &InboxModel::rowsReady, this, [this] {
        m_count->setText(tr("Counting…"));
        QTimer::singleShot(0, this, [this] {
            const qint64 total = m_model->totalCount();
            m_count->setText(tr("%n case(s)", nullptr, static_cast<int>(std::min<qint64>(total, INT_MAX))));
        });
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid()) {
                    openCase(current.data(InboxModel::CaseIdRole).toLongLong());
                }
            });
    connect(m_editor, &CaseEditor::caseChanged, this, [this](qint64 id) {
        m_model->reload();
        Q_EMIT casesChanged();
        updateViewCounts();
        const int row = m_model->rowOfCase(id);
        if (row >= 0) {
            const QSignalBlocker block(m_table->selectionModel());
            m_table->selectRow(row);
        }
    });
    // The time-left column counts down by itself.
    m_clockTick = new QTimer(this);
    m_clockTick->setInterval(60 * 1000);
    connect(m_clockTick, &QTimer::timeout, m_model, &InboxModel::tick);
    m_clockTick->start();

    fillFilterChoices();
    {
        // Nothing is read until setActingStaff(): the window knows who is working only then.
        const QSignalBlocker block(m_views);
        m_views->setCurrentRow(static_cast<int>(std::size(kViews)) - 1); // All open
    }
}

void InboxPage::setActingStaff(qint64 staffId)
{
    m_staffId = staffId;
    m_editor->setActingStaff(staffId);
    m_editor->showCase(m_editor->caseId());
    applyFilters();
    updateViewCounts(); // "My cases" is somebody else's now
}

bool InboxPage::openCase(qint64 caseId)
{
    if (caseId == m_editor->caseId()) {
        return true;
    }
    if (m_editor->hasUnsavedEdits()) {
        const auto answer = QMessageBox::question(
            this, tr("Unsaved notes"),
            tr("You typed notes for case %1 that are not recorded yet. Leave them?").arg(m_editor->caseId()),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard) {
            const int row = m_model->rowOfCase(m_editor->caseId());
            if (row >= 0) {
                const QSignalBlocker block(m_table->selectionModel());
                m_table->selectRow(row);
            }
            return false;
        }
    }
    m_editor->showCase(caseId);
    return true;
}

void InboxPage::fillFilterChoices()
{
    // The choices are read again (a new wave, a new colleague); what was chosen stays chosen.
    const QVariant chosen[] = {m_status->currentData(), m_owner->currentData(), m_wave->currentData(),
                               m_segment->currentData()};
    m_status->clear();
    m_status->addItem(tr("Any status"), QString());
    for (const auto status : {core::FollowUpCase::Status::New, core::FollowUpCase::Status::Contacting,
                              core::FollowUpCase::Status::InProgress, core::FollowUpCase::Status::Resolved,
                              core::FollowUpCase::Status::Unreachable, core::FollowUpCase::Status::Reopened,
                              core::FollowUpCase::Status::Closed}) {
        m_status->addItem(core::CaseStatusMachine::statusName(status), core::caseStatusKey(status));
    }
    m_owner->clear();
    m_owner->addItem(tr("Anyone"), 0);
    for (const core::Staff& s : core::StaffStore(m_db).all()) {
        m_owner->addItem(s.name, s.id);
    }
    m_wave->clear();
    m_wave->addItem(tr("Any wave"), 0);
    for (const core::Wave& w : core::WaveStore(m_db).all()) {
        m_wave->addItem(w.name, w.id);
    }
    // The first segment dimension (region, market...) is a column and a filter.
    core::ResponseStore responses(m_db);
    core::SegmentDictionary& segments = responses.segments();
    // The region (or market) is what agents know their customers by; else the first dimension.
    m_segmentSlot = 1;
    for (const QString& name : {QStringLiteral("region"), QStringLiteral("market"), QStringLiteral("country")}) {
        if (const int slot = segments.existingSlot(name)) {
            m_segmentSlot = slot;
            break;
        }
    }
    const QString dimension = segments.dimensionAt(m_segmentSlot);
    m_model->setSegmentHeader(dimension);
    m_segment->clear();
    m_segment->addItem(dimension.isEmpty() ? tr("Any segment") : tr("Any %1").arg(dimensionTitle(dimension).toLower()),
                       0);
    for (const auto& [id, value] : segments.valuesOf(m_segmentSlot)) {
        m_segment->addItem(value, id);
    }
    m_segment->setVisible(!dimension.isEmpty());
    QComboBox* const combos[] = {m_status, m_owner, m_wave, m_segment};
    for (int i = 0; i < 4; ++i) {
        combos[i]->setCurrentIndex(std::max(0, combos[i]->findData(chosen[i])));
    }
}

void InboxPage::applyFilters()
{
    core::InboxQuery q = m_model->query();
    const QListWidgetItem* view = m_views->currentItem();
    q.view = view ? static_cast<core::InboxView>(view->data(Qt::UserRole).toInt()) : core::InboxView::AllOpen;
    if (m_status->currentIndex() > 0) {
        q.view = core::InboxView::All; // a chosen status, open or closed, is shown as asked
    }
    q.me = m_staffId;
    q.now = m_clock.nowUtc();
    const QDate today = q.now.toLocalTime().date();
    q.endOfToday = QDateTime(today.addDays(1), QTime(0, 0)).toUTC();
    q.search = m_search->text();
    q.status = core::caseStatusFromKey(m_status->currentData().toString());
    q.ownerId = m_owner->currentData().toLongLong();
    q.waveId = m_wave->currentData().toLongLong();
    q.segment = {m_segmentSlot, m_segment->currentData().toLongLong()};
    q.displaySlot = m_segmentSlot;
    m_model->setQuery(q); // the views' counts do not depend on the filters: they stay as they are
    if (m_model->rowCount() > 0 && m_model->rowOfCase(m_editor->caseId()) < 0 && !m_editor->hasUnsavedEdits()) {
        m_table->selectRow(0);
    }
}

void InboxPage::updateViewCounts()
{
    core::InboxQuery q;
    q.me = m_staffId;
    q.now = m_clock.nowUtc();
    q.endOfToday = QDateTime(q.now.toLocalTime().date().addDays(1), QTime(0, 0)).toUTC();
    const core::CaseStore cases(m_db);
    for (int i = 0; i < m_views->count(); ++i) {
        QListWidgetItem* item = m_views->item(i);
        q.view = static_cast<core::InboxView>(item->data(Qt::UserRole).toInt());
        item->setText(tr("%1 (%2)").arg(tr(kViews[i].name)).arg(cases.inboxCount(q)));
    }
    // Every view's name and count stay whole, in every language.
    int widest = 0;
    for (int i = 0; i < m_views->count(); ++i) {
        widest = std::max(widest, m_views->fontMetrics().horizontalAdvance(m_views->item(i)->text()));
    }
    m_views->setMinimumWidth(std::max(140, widest + 2 * m_views->frameWidth() + 16));
}

void InboxPage::refreshForColleagues()
{
    // The list and counts follow; the case open in the editor keeps what is being typed (saving
    // it over a colleague's change is refused as stale, with their name).
    const qint64 open = m_editor->caseId();
    m_model->reload();
    updateViewCounts();
    const int row = m_model->rowOfCase(open);
    if (row >= 0) {
        const QSignalBlocker block(m_table->selectionModel());
        m_table->selectRow(row);
    }
}

void InboxPage::refresh()
{
    fillFilterChoices();
    m_model->reload();
    updateViewCounts();
    m_editor->showCase(m_editor->caseId());
}

} // namespace loopdesk::ui
