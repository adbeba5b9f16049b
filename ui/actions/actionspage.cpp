// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "actions/actionspage.h"

#include "common/appearance.h"
#include "domain/clock.h"
#include "storage/actionstore.h"
#include "storage/segmentdictionary.h"
#include "storage/staffstore.h"
#include "storage/storageerror.h"
#include "storage/themestore.h"
#include "workflow/actionimpact.h"
#include "workflow/actionplan.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHash>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScatterSeries>
#include <QSplitter>
#include <QTableWidget>
#include <QTabWidget>
#include <QValueAxis>
#include <QVBoxLayout>

namespace loopdesk::ui {
namespace {

constexpr int kIdRole = Qt::UserRole;

QString statusTitle(core::Action::Status status)
{
    switch (status) {
    case core::Action::Status::Proposed:
        return ActionsPage::tr("Proposed");
    case core::Action::Status::Approved:
        return ActionsPage::tr("Approved");
    case core::Action::Status::Rejected:
        return ActionsPage::tr("Rejected");
    case core::Action::Status::InProgress:
        return ActionsPage::tr("In progress");
    case core::Action::Status::Done:
        return ActionsPage::tr("Done");
    }
    return {};
}

QString moveTitle(core::Action::Status to)
{
    switch (to) {
    case core::Action::Status::Approved:
        return ActionsPage::tr("&Approve");
    case core::Action::Status::Rejected:
        return ActionsPage::tr("Re&ject…");
    case core::Action::Status::InProgress:
        return ActionsPage::tr("S&tart");
    case core::Action::Status::Done:
        return ActionsPage::tr("Mark &done");
    case core::Action::Status::Proposed:
        break;
    }
    return {};
}

const QList<core::Action::Status> kMoves{core::Action::Status::Approved, core::Action::Status::Rejected,
                                         core::Action::Status::InProgress, core::Action::Status::Done};

} // namespace

ActionsPage::ActionsPage(core::Database& db, const core::Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("actionsPage"));
    auto* outer = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("actionsTabs"));
    outer->addWidget(m_tabs);

    auto* planTab = new QWidget(m_tabs);
    auto* planLayout = new QVBoxLayout(planTab);
    auto* splitter = new QSplitter(Qt::Horizontal, planTab);
    m_list = new QTableWidget(0, 6, splitter);
    m_list->setObjectName(QStringLiteral("actionsTable"));
    m_list->setAccessibleName(tr("Actions"));
    m_list->setHorizontalHeaderLabels(
        {tr("Action"), tr("Status"), tr("Owner"), tr("Tasks"), tr("Deadline"), tr("Expected gain")});
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setStretchLastSection(true);
    connect(m_list, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row >= 0 && m_list->item(row, 0)) {
            select(m_list->item(row, 0)->data(kIdRole).toLongLong());
        }
    });

    auto* editor = new QWidget(splitter);
    auto* editorLayout = new QVBoxLayout(editor);
    m_state = new QLabel(editor);
    m_state->setObjectName(QStringLiteral("actionStateLabel"));
    m_state->setWordWrap(true);
    editorLayout->addWidget(m_state);
    auto* form = new QFormLayout;
    const auto line = [&](const char* name, const QString& placeholder) {
        auto* edit = new QLineEdit(editor);
        edit->setObjectName(QString::fromLatin1(name));
        edit->setPlaceholderText(placeholder);
        return edit;
    };
    m_title = line("actionTitleEdit", tr("What will be done"));
    form->addRow(tr("&Title:"), m_title);
    m_level = new QComboBox(editor);
    m_level->setObjectName(QStringLiteral("actionLevelCombo"));
    m_level->addItem(tr("Tactical (a fix within a quarter)"), int(core::Action::Level::Tactical));
    m_level->addItem(tr("Strategic (a change of how we work)"), int(core::Action::Level::Strategic));
    form->addRow(tr("&Level:"), m_level);
    m_owner = new QComboBox(editor);
    m_owner->setObjectName(QStringLiteral("actionOwnerCombo"));
    form->addRow(tr("&Owner:"), m_owner);
    m_participants = line("actionParticipantsEdit", tr("Who else takes part"));
    form->addRow(tr("&Participants:"), m_participants);
    m_scope = line("actionScopeEdit", tr("Which customers, sites or products"));
    form->addRow(tr("S&cope:"), m_scope);
    m_deadline = new QDateEdit(editor);
    m_deadline->setObjectName(QStringLiteral("actionDeadlineEdit"));
    m_deadline->setCalendarPopup(true);
    form->addRow(tr("&Deadline:"), m_deadline);
    m_budget = new QDoubleSpinBox(editor);
    m_budget->setObjectName(QStringLiteral("actionBudgetSpin"));
    m_budget->setRange(0, 1e9);
    m_budget->setDecimals(0);
    m_budget->setGroupSeparatorShown(true);
    form->addRow(tr("&Budget:"), m_budget);
    m_metric = line("actionMetricEdit", tr("How success is measured"));
    form->addRow(tr("Success &metric:"), m_metric);
    m_target = line("actionTargetEdit", tr("The value that means success"));
    form->addRow(tr("Ta&rget:"), m_target);
    m_measure = new QComboBox(editor);
    m_measure->setObjectName(QStringLiteral("actionMeasureCombo"));
    m_measure->setAccessibleName(tr("Whose NPS measures it"));
    m_measure->setToolTip(tr("Whose NPS \"Did it work?\" follows: everyone's, or one segment's (a region, a "
                             "channel…). Fixed when the action is approved."));
    form->addRow(tr("Measured o&n:"), m_measure);
    m_gain = new QDoubleSpinBox(editor);
    m_gain->setObjectName(QStringLiteral("actionGainSpin"));
    m_gain->setRange(0, 200);
    m_gain->setDecimals(1);
    m_gain->setSuffix(tr(" NPS points"));
    m_gain->setToolTip(tr("From the what-if: what NPS would gain if the themes this action addresses were fixed."));
    form->addRow(tr("E&xpected gain:"), m_gain);
    m_themes = new QListWidget(editor);
    m_themes->setObjectName(QStringLiteral("actionThemesList"));
    m_themes->setAccessibleName(tr("Themes addressed"));
    m_themes->setMaximumHeight(110);
    form->addRow(tr("T&hemes addressed:"), m_themes);
    m_impact = new QLabel(editor);
    m_impact->setObjectName(QStringLiteral("actionImpactLabel"));
    m_impact->setWordWrap(true);
    m_impact->setToolTip(tr("Measured since the action was approved against the %1 days before: everyone's NPS, "
                            "and the share of detractors who name its themes.")
                             .arg(core::kBaselineDays));
    form->addRow(tr("Did it work?"), m_impact);
    editorLayout->addLayout(form);

    m_tasks = new QTableWidget(0, 4, editor);
    m_tasks->setObjectName(QStringLiteral("actionTasksTable"));
    m_tasks->setAccessibleName(tr("Tasks"));
    m_tasks->setHorizontalHeaderLabels({tr("Task"), tr("Owner"), tr("Due"), tr("Done")});
    m_tasks->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tasks->verticalHeader()->hide();
    m_tasks->setMaximumHeight(150);
    editorLayout->addWidget(new QLabel(tr("Tasks (double-click to edit; tick when done)"), editor));
    editorLayout->addWidget(m_tasks);
    auto* taskButtons = new QHBoxLayout;
    auto* addTask = new QPushButton(tr("Add tas&k"), editor);
    addTask->setObjectName(QStringLiteral("addTaskButton"));
    connect(addTask, &QPushButton::clicked, this, [this] {
        const int row = m_tasks->rowCount();
        m_tasks->insertRow(row);
        m_tasks->setItem(row, 0, new QTableWidgetItem(tr("New task")));
        m_tasks->setItem(row, 1, new QTableWidgetItem(m_owner->currentText()));
        m_tasks->setItem(row, 2, new QTableWidgetItem(m_clock.nowUtc().date().addDays(14).toString(Qt::ISODate)));
        auto* done = new QTableWidgetItem;
        done->setCheckState(Qt::Unchecked);
        m_tasks->setItem(row, 3, done);
        m_tasks->editItem(m_tasks->item(row, 0));
    });
    auto* removeTask = new QPushButton(tr("Remove task"), editor);
    removeTask->setObjectName(QStringLiteral("removeTaskButton"));
    connect(removeTask, &QPushButton::clicked, this, [this] { m_tasks->removeRow(m_tasks->currentRow()); });
    taskButtons->addWidget(addTask);
    taskButtons->addWidget(removeTask);
    taskButtons->addStretch(1);
    editorLayout->addLayout(taskButtons);

    m_message = new QLabel(editor);
    m_message->setObjectName(QStringLiteral("actionMessageLabel"));
    m_message->setWordWrap(true);
    editorLayout->addWidget(m_message);
    auto* buttons = new QHBoxLayout;
    auto* fresh = new QPushButton(tr("&New proposal"), editor);
    fresh->setObjectName(QStringLiteral("newActionButton"));
    connect(fresh, &QPushButton::clicked, this, &ActionsPage::startNew);
    buttons->addWidget(fresh);
    buttons->addStretch(1);
    for (core::Action::Status to : kMoves) {
        auto* button = new QPushButton(moveTitle(to), editor);
        button->setObjectName(QStringLiteral("actionMove_") + core::actionStatusKey(to));
        connect(button, &QPushButton::clicked, this, [this, to] { askAndMove(to); });
        buttons->addWidget(button);
        m_moves << button;
    }
    auto* saveButton = new QPushButton(tr("&Save"), editor);
    saveButton->setObjectName(QStringLiteral("saveActionButton"));
    connect(saveButton, &QPushButton::clicked, this, [this] { save(); });
    buttons->addWidget(saveButton);
    editorLayout->addLayout(buttons);
    editorLayout->addStretch(1);
    splitter->addWidget(m_list);
    splitter->addWidget(editor);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    planLayout->addWidget(splitter);
    m_tabs->addTab(planTab, tr("&Plan"));

    auto* chart = new QChart;
    chart->setTitle(tr("Expected NPS gain against cost: up and to the left first"));
    chart->legend()->hide();
    m_chart = new QChartView(chart, m_tabs);
    m_chart->setObjectName(QStringLiteral("priorityChart"));
    m_chart->setAccessibleName(tr("Expected gain against cost"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_tabs->addTab(m_chart, tr("P&rioritise"));
    refresh();
}

void ActionsPage::setActingStaff(qint64 staffId)
{
    m_staffId = staffId;
}

void ActionsPage::refresh()
{
    const qint64 keep = m_current.id;
    const QList<core::Staff> staff = core::StaffStore(m_db).all();
    {
        const QSignalBlocker quiet(m_owner);
        m_owner->clear();
        m_owner->addItem(tr("— nobody yet —"), qint64(0));
        for (const core::Staff& s : staff) {
            if (s.active) {
                m_owner->addItem(s.name, s.id);
            }
        }
    }
    m_themes->clear();
    QHash<qint64, QString> names;
    for (const core::Theme& theme : core::ThemeStore(m_db).themes()) { // parents first
        const QString name =
            theme.parentId ? names.value(theme.parentId) + QStringLiteral(" / ") + theme.name : theme.name;
        names.insert(theme.id, name);
        auto* item = new QListWidgetItem(name, m_themes);
        item->setData(kIdRole, theme.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    const QList<core::Action> actions = core::ActionStore(m_db).all();
    const QLocale locale;
    const QSignalBlocker quiet(m_list);
    m_list->setRowCount(static_cast<int>(actions.size()));
    int keepRow = -1;
    for (int row = 0; row < actions.size(); ++row) {
        const core::Action& a = actions.at(row);
        int done = 0;
        for (const core::ActionTask& t : a.tasks) {
            done += t.done ? 1 : 0;
        }
        const auto owner =
            std::find_if(staff.begin(), staff.end(), [&](const core::Staff& s) { return s.id == a.ownerId; });
        auto* title = new QTableWidgetItem(a.title);
        title->setData(kIdRole, a.id);
        m_list->setItem(row, 0, title);
        m_list->setItem(row, 1, new QTableWidgetItem(statusTitle(a.status)));
        m_list->setItem(row, 2, new QTableWidgetItem(owner == staff.end() ? QString() : owner->name));
        m_list->setItem(row, 3, new QTableWidgetItem(QStringLiteral("%1/%2").arg(done).arg(a.tasks.size())));
        auto* deadline =
            new QTableWidgetItem(a.deadline.isValid() ? locale.toString(a.deadline, QLocale::ShortFormat) : QString());
        if (a.deadline.isValid() && a.deadline < m_clock.nowUtc().date() && a.status != core::Action::Status::Done &&
            a.status != core::Action::Status::Rejected) {
            deadline->setForeground(dangerColor());
            deadline->setToolTip(tr("Past its deadline"));
        }
        m_list->setItem(row, 4, deadline);
        m_list->setItem(row, 5,
                        new QTableWidgetItem(QStringLiteral("+%1").arg(locale.toString(a.expectedNpsGain, 'f', 1))));
        keepRow = a.id == keep ? row : keepRow;
    }
    m_list->resizeColumnsToContents();
    fillChart(actions);
    if (keepRow >= 0) {
        m_list->setCurrentCell(keepRow, 0);
        select(keep);
    } else if (!actions.isEmpty()) {
        m_list->setCurrentCell(0, 0);
        select(actions.first().id);
    } else {
        startNew();
    }
}

void ActionsPage::fillChart(const QList<core::Action>& actions)
{
    QChart* chart = m_chart->chart();
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    // One series per action, so that the legend names each point.
    QList<QScatterSeries*> points;
    double maxCost = 1;
    double maxGain = 1;
    for (const core::Action& a : actions) {
        if (a.status == core::Action::Status::Rejected) {
            continue;
        }
        auto* series = new QScatterSeries;
        series->setName(QStringLiteral("%1 (+%2)").arg(a.title, QLocale().toString(a.expectedNpsGain, 'f', 1)));
        series->setMarkerSize(12);
        series->append(a.budget, a.expectedNpsGain);
        chart->addSeries(series);
        points << series;
        maxCost = std::max(maxCost, a.budget);
        maxGain = std::max(maxGain, a.expectedNpsGain);
    }
    chart->legend()->setVisible(!points.isEmpty());
    chart->legend()->setAlignment(Qt::AlignRight);
    auto* cost = new QValueAxis;
    cost->setTitleText(tr("Budget"));
    cost->setRange(0, maxCost * 1.15);
    cost->setLabelFormat(QStringLiteral("%.0f"));
    auto* gain = new QValueAxis;
    gain->setTitleText(tr("Expected NPS gain (points)"));
    gain->setRange(0, maxGain * 1.25);
    cost->applyNiceNumbers();
    gain->applyNiceNumbers();
    chart->addAxis(cost, Qt::AlignBottom);
    chart->addAxis(gain, Qt::AlignLeft);
    for (QScatterSeries* series : std::as_const(points)) {
        series->attachAxis(cost);
        series->attachAxis(gain);
    }
}

void ActionsPage::select(qint64 id)
{
    if (const std::optional<core::Action> action = core::ActionStore(m_db).get(id)) {
        showAction(*action);
    }
}

void ActionsPage::startNew()
{
    startProposal(0, 0.0);
}

void ActionsPage::startProposal(qint64 themeId, double expectedGain)
{
    core::Action fresh;
    fresh.deadline = m_clock.nowUtc().date().addMonths(3);
    fresh.ownerId = m_staffId;
    if (themeId > 0) {
        fresh.themeIds << themeId;
    }
    fresh.expectedNpsGain = expectedGain;
    {
        const QSignalBlocker quiet(m_list);
        m_list->setCurrentCell(-1, -1); // the form is no longer the listed action
    }
    showAction(fresh);
    m_title->setFocus();
}

void ActionsPage::fillMeasures()
{
    m_measure->clear();
    m_measure->addItem(tr("Everyone"), QStringList{});
    const core::SegmentDictionary dictionary(m_db);
    for (const QString& dimension : dictionary.dimensions()) {
        for (const auto& [id, value] : dictionary.valuesOf(dictionary.existingSlot(dimension))) {
            m_measure->addItem(QStringLiteral("%1 = %2").arg(dimension, value), QStringList{dimension, value});
        }
    }
}

void ActionsPage::showAction(const core::Action& a)
{
    m_current = a;
    const std::optional<core::ActionImpact> impact =
        a.id ? core::actionImpact(m_db, a, m_clock.nowUtc()) : std::nullopt;
    m_measure->setEnabled(!impact); // what it is measured on was fixed at approval
    m_impact->setText(impact ? core::impactSummary(*impact)
                             : tr("Measured from approval: approving it records what it is measured against."));
    m_title->setText(a.title);
    m_level->setCurrentIndex(std::max(0, m_level->findData(int(a.level))));
    m_owner->setCurrentIndex(std::max(0, m_owner->findData(a.ownerId)));
    m_participants->setText(a.participants);
    m_scope->setText(a.scope);
    m_deadline->setDate(a.deadline.isValid() ? a.deadline : m_clock.nowUtc().date());
    m_budget->setValue(a.budget);
    m_metric->setText(a.successMetric);
    fillMeasures();
    m_measure->setCurrentIndex(
        std::max(0, m_measure->findData(a.measureSegment.first.isEmpty()
                                            ? QStringList{}
                                            : QStringList{a.measureSegment.first, a.measureSegment.second})));
    m_target->setText(a.target);
    m_gain->setValue(a.expectedNpsGain);
    for (int i = 0; i < m_themes->count(); ++i) {
        QListWidgetItem* item = m_themes->item(i);
        item->setCheckState(a.themeIds.contains(item->data(kIdRole).toLongLong()) ? Qt::Checked : Qt::Unchecked);
    }
    m_tasks->setRowCount(0);
    for (const core::ActionTask& t : a.tasks) {
        const int row = m_tasks->rowCount();
        m_tasks->insertRow(row);
        auto* title = new QTableWidgetItem(t.title);
        title->setData(kIdRole, t.id);
        m_tasks->setItem(row, 0, title);
        m_tasks->setItem(row, 1, new QTableWidgetItem(m_owner->itemText(std::max(0, m_owner->findData(t.ownerId)))));
        m_tasks->setItem(row, 2, new QTableWidgetItem(t.due.toString(Qt::ISODate)));
        auto* done = new QTableWidgetItem;
        done->setCheckState(t.done ? Qt::Checked : Qt::Unchecked);
        m_tasks->setItem(row, 3, done);
    }
    QString state = a.id == 0 ? tr("A new proposal: save it to put it on the plan.")
                              : tr("%1 · version %2").arg(statusTitle(a.status)).arg(a.version);
    if (a.status == core::Action::Status::Rejected) {
        state += tr("\nWhy not: %1\nCustomers are told: %2").arg(a.rejectionReason, a.customerMessage);
    }
    m_state->setText(state);
    const QList<core::Action::Status> next =
        a.id == 0 ? QList<core::Action::Status>{} : core::ActionPlan::nextStatuses(a.status);
    for (qsizetype i = 0; i < kMoves.size(); ++i) {
        m_moves.at(i)->setVisible(next.contains(kMoves.at(i)));
    }
    m_message->clear();
}

core::Action ActionsPage::formAction() const
{
    core::Action a = m_current;
    a.title = m_title->text().trimmed();
    a.level = static_cast<core::Action::Level>(m_level->currentData().toInt());
    a.ownerId = m_owner->currentData().toLongLong();
    a.participants = m_participants->text().trimmed();
    a.scope = m_scope->text().trimmed();
    a.deadline = m_deadline->date();
    a.budget = m_budget->value();
    a.successMetric = m_metric->text().trimmed();
    if (const QStringList segment = m_measure->currentData().toStringList(); segment.size() == 2) {
        a.measureSegment = {segment.at(0), segment.at(1)};
    } else {
        a.measureSegment = {};
    }
    a.target = m_target->text().trimmed();
    a.expectedNpsGain = m_gain->value();
    a.themeIds.clear();
    for (int i = 0; i < m_themes->count(); ++i) {
        if (m_themes->item(i)->checkState() == Qt::Checked) {
            a.themeIds << m_themes->item(i)->data(kIdRole).toLongLong();
        }
    }
    a.tasks.clear();
    for (int row = 0; row < m_tasks->rowCount(); ++row) {
        core::ActionTask t;
        t.id = m_tasks->item(row, 0) ? m_tasks->item(row, 0)->data(kIdRole).toLongLong() : 0;
        t.title = m_tasks->item(row, 0) ? m_tasks->item(row, 0)->text().trimmed() : QString();
        t.ownerId = m_owner
                        ->itemData(std::max(
                            0, m_owner->findText(m_tasks->item(row, 1) ? m_tasks->item(row, 1)->text() : QString())))
                        .toLongLong();
        t.due = QDate::fromString(m_tasks->item(row, 2) ? m_tasks->item(row, 2)->text() : QString(), Qt::ISODate);
        t.done = m_tasks->item(row, 3) && m_tasks->item(row, 3)->checkState() == Qt::Checked;
        a.tasks << t;
    }
    return a;
}

void ActionsPage::report(const QString& problem, const QString& done)
{
    m_message->setText(problem.isEmpty() ? done : problem);
    m_message->setStyleSheet(statusStyle(!problem.isEmpty()));
}

QString ActionsPage::save()
{
    const core::Action edited = formAction();
    QString problem;
    qint64 id = edited.id;
    try {
        core::ActionPlan plan(m_db, m_clock, m_staffId);
        if (edited.id == 0) {
            id = plan.propose(edited);
        } else {
            plan.save(edited);
        }
    } catch (const core::StorageError& error) {
        problem = error.message();
    }
    if (problem.isEmpty()) {
        m_current.id = id;
        refresh();
    }
    report(problem, tr("Saved."));
    return problem;
}

QString ActionsPage::move(core::Action::Status to, const QString& reason, const QString& customerMessage)
{
    QString problem;
    try {
        core::ActionPlan(m_db, m_clock, m_staffId).move(m_current.id, m_current.version, to, reason, customerMessage);
    } catch (const core::StorageError& error) {
        problem = error.message();
    }
    if (problem.isEmpty()) {
        refresh();
    }
    report(problem, tr("Now %1.").arg(statusTitle(to).toLower()));
    return problem;
}

void ActionsPage::askAndMove(core::Action::Status to)
{
    if (to != core::Action::Status::Rejected && to != core::Action::Status::Done) {
        move(to);
        return;
    }
    // A rejection needs the reason and what customers are told; done may tell them what changed.
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("moveDialog"));
    dialog.setWindowTitle(to == core::Action::Status::Rejected ? tr("Reject \"%1\"").arg(m_current.title)
                                                               : tr("\"%1\" is done").arg(m_current.title));
    auto* form = new QFormLayout(&dialog);
    auto* reason = new QPlainTextEdit(&dialog);
    reason->setObjectName(QStringLiteral("moveReasonEdit"));
    auto* message = new QPlainTextEdit(&dialog);
    message->setObjectName(QStringLiteral("moveMessageEdit"));
    message->setPlaceholderText(to == core::Action::Status::Rejected
                                    ? tr("What we tell customers, in plain words: what we decided and why")
                                    : tr("What changed for customers, for the outreach letter"));
    if (to == core::Action::Status::Rejected) {
        form->addRow(tr("Why not (for the review):"), reason);
    } else {
        reason->hide();
    }
    form->addRow(tr("Customers are told:"), message);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (dialog.exec() == QDialog::Accepted) {
        move(to, reason->toPlainText(), message->toPlainText());
    }
}

} // namespace loopdesk::ui
