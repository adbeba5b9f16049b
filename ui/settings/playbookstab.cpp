// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/playbookstab.h"

#include "common/appearance.h"
#include "storage/staffstore.h"
#include "storage/storageerror.h"
#include "storage/themestore.h"
#include "workflow/playbooks.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace loopdesk::ui {
namespace {

constexpr int kIdRole = Qt::UserRole;

QString categoryTitle(core::ScoreClass category)
{
    switch (category) {
    case core::ScoreClass::Negative:
        return PlaybooksTab::tr("Detractors (0–6)");
    case core::ScoreClass::Neutral:
        return PlaybooksTab::tr("Passives (7–8)");
    case core::ScoreClass::Positive:
        return PlaybooksTab::tr("Promoters (9–10)");
    }
    return {};
}

QString curationTitle(core::RecoveryExample::Curation curation)
{
    switch (curation) {
    case core::RecoveryExample::Curation::Featured:
        return PlaybooksTab::tr("Featured");
    case core::RecoveryExample::Curation::Dismissed:
        return PlaybooksTab::tr("Dismissed");
    case core::RecoveryExample::Curation::Proposed:
        break;
    }
    return PlaybooksTab::tr("Proposed");
}

QPlainTextEdit* textBox(QWidget* parent, const char* name, const QString& accessible, int lines)
{
    auto* box = new QPlainTextEdit(parent);
    box->setObjectName(QString::fromLatin1(name));
    box->setAccessibleName(accessible);
    box->setTabChangesFocus(true);
    box->setFixedHeight(box->fontMetrics().lineSpacing() * lines + 14);
    return box;
}

} // namespace

PlaybooksTab::PlaybooksTab(core::Database& db, const core::Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("playbooksTab"));
    auto* outer = new QVBoxLayout(this);
    m_permission = new QLabel(tr("Playbooks are the team's: only a manager changes them."), this);
    m_permission->setObjectName(QStringLiteral("playbooksPermissionLabel"));
    m_permission->setWordWrap(true);
    outer->addWidget(m_permission);

    auto* split = new QSplitter(Qt::Horizontal, this);
    auto* left = new QWidget(split);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_list = new QListWidget(left);
    m_list->setObjectName(QStringLiteral("playbookList"));
    m_list->setAccessibleName(tr("Playbooks"));
    leftLayout->addWidget(m_list, 1);
    auto* addBox = new QGroupBox(tr("A playbook for one theme"), left);
    auto* addForm = new QFormLayout(addBox);
    m_newCategory = new QComboBox(addBox);
    m_newCategory->setObjectName(QStringLiteral("newPlaybookCategoryCombo"));
    for (core::ScoreClass c : {core::ScoreClass::Negative, core::ScoreClass::Neutral, core::ScoreClass::Positive}) {
        m_newCategory->addItem(categoryTitle(c), static_cast<int>(c));
    }
    addForm->addRow(tr("&For:"), m_newCategory);
    m_newTheme = new QComboBox(addBox);
    m_newTheme->setObjectName(QStringLiteral("newPlaybookThemeCombo"));
    addForm->addRow(tr("&Naming:"), m_newTheme);
    m_add = new QPushButton(tr("Add pla&ybook"), addBox);
    m_add->setObjectName(QStringLiteral("addPlaybookButton"));
    addForm->addRow(QString(), m_add);
    leftLayout->addWidget(addBox);
    split->addWidget(left);

    auto* right = new QWidget(split);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto* form = new QFormLayout;
    rightLayout->addLayout(form);
    rightLayout->addStretch(1);
    m_origin = new QLabel(right);
    m_origin->setObjectName(QStringLiteral("playbookOriginLabel"));
    m_origin->setWordWrap(true);
    form->addRow(m_origin);
    m_responder = new QLineEdit(right);
    m_responder->setObjectName(QStringLiteral("playbookResponderEdit"));
    form->addRow(tr("&Who responds:"), m_responder);
    auto* timing = new QHBoxLayout;
    m_hours = new QSpinBox(right);
    m_hours->setObjectName(QStringLiteral("playbookHoursSpin"));
    m_hours->setRange(1, 1440);
    m_hours->setSuffix(tr(" h"));
    m_hours->setAccessibleName(tr("Respond within"));
    m_mode = new QComboBox(right);
    m_mode->setObjectName(QStringLiteral("playbookModeCombo"));
    m_mode->setAccessibleName(tr("How"));
    m_mode->addItem(tr("by phone"), static_cast<int>(core::ContactAttempt::Mode::Phone));
    m_mode->addItem(tr("by e-mail"), static_cast<int>(core::ContactAttempt::Mode::Email));
    m_mode->addItem(tr("in person"), static_cast<int>(core::ContactAttempt::Mode::InPerson));
    m_mode->addItem(tr("by SMS"), static_cast<int>(core::ContactAttempt::Mode::Sms));
    timing->addWidget(m_hours);
    timing->addWidget(m_mode);
    timing->addStretch(1);
    form->addRow(tr("Within:"), timing);
    m_ask = textBox(right, "playbookAskEdit", tr("What to ask"), 3);
    form->addRow(tr("What to &ask:"), m_ask);
    m_say = textBox(right, "playbookSayEdit", tr("What to say"), 3);
    form->addRow(tr("What to &say:"), m_say);
    m_outcome = textBox(right, "playbookOutcomeEdit", tr("Intended outcome"), 2);
    form->addRow(tr("Intended &outcome:"), m_outcome);
    m_checklist = textBox(right, "playbookChecklistEdit", tr("Checklist, one step per line"), 6);
    form->addRow(tr("&Checklist\n(one step a line):"), m_checklist);
    auto* buttons = new QHBoxLayout;
    m_save = new QPushButton(tr("Sa&ve playbook"), right);
    m_save->setObjectName(QStringLiteral("savePlaybookButton"));
    m_restore = new QPushButton(tr("&Restore LoopDesk's words"), right);
    m_restore->setObjectName(QStringLiteral("restorePlaybookButton"));
    m_remove = new QPushButton(tr("Re&move"), right);
    m_remove->setObjectName(QStringLiteral("removePlaybookButton"));
    buttons->addStretch(1);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_restore);
    buttons->addWidget(m_save);
    form->addRow(buttons);
    split->addWidget(right);
    split->setStretchFactor(1, 3);
    split->setSizes({340, 860});
    m_list->setTextElideMode(Qt::ElideMiddle);
    outer->addWidget(split, 3);

    auto* worked = new QGroupBox(tr("What worked: recoveries marked as exemplary"), this);
    auto* workedLayout = new QVBoxLayout(worked);
    m_examples = new QTableWidget(0, 5, worked);
    m_examples->setObjectName(QStringLiteral("recoveriesTable"));
    m_examples->setHorizontalHeaderLabels({tr("Theme"), tr("Case"), tr("What worked"), tr("Marked by"), tr("Status")});
    m_examples->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_examples->setSelectionMode(QAbstractItemView::SingleSelection);
    m_examples->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_examples->verticalHeader()->hide();
    m_examples->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_examples->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_examples->setWordWrap(false); // one line each; the whole note is in the tooltip
    m_examples->setTextElideMode(Qt::ElideRight);
    workedLayout->addWidget(m_examples);
    auto* curate = new QHBoxLayout;
    auto* hint = new QLabel(
        tr("Featured recoveries appear in the playbook of their theme, beside every case about it."), worked);
    hint->setWordWrap(true);
    curate->addWidget(hint, 1);
    m_dismiss = new QPushButton(tr("&Dismiss"), worked);
    m_dismiss->setObjectName(QStringLiteral("dismissRecoveryButton"));
    m_feature = new QPushButton(tr("Feat&ure in the playbook"), worked);
    m_feature->setObjectName(QStringLiteral("featureRecoveryButton"));
    curate->addWidget(m_dismiss);
    curate->addWidget(m_feature);
    workedLayout->addLayout(curate);
    outer->addWidget(worked, 2);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("playbooksStatusLabel"));
    m_status->setWordWrap(true);
    outer->addWidget(m_status);

    connect(m_list, &QListWidget::currentRowChanged, this, &PlaybooksTab::showPlaybook);
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    connect(m_restore, &QPushButton::clicked, this, [this] { restoreShipped(); });
    connect(m_remove, &QPushButton::clicked, this, [this] { remove(); });
    connect(m_add, &QPushButton::clicked, this, [this] {
        addForTheme(static_cast<core::ScoreClass>(m_newCategory->currentData().toInt()),
                    m_newTheme->currentData().toLongLong());
    });
    connect(m_feature, &QPushButton::clicked, this,
            [this] { curateSelected(core::RecoveryExample::Curation::Featured); });
    connect(m_dismiss, &QPushButton::clicked, this,
            [this] { curateSelected(core::RecoveryExample::Curation::Dismissed); });
    reload();
}

QString PlaybooksTab::title(const core::Playbook& playbook, const QString& themeName)
{
    return playbook.themeId ? tr("%1 · %2").arg(categoryTitle(playbook.category), themeName)
                            : categoryTitle(playbook.category);
}

void PlaybooksTab::setActingStaff(qint64 staffId)
{
    m_staffId = staffId;
    const std::optional<core::Staff> me = core::StaffStore(m_db).get(staffId);
    m_canEdit = me && me->role == core::Staff::Role::Manager;
    m_permission->setVisible(!m_canEdit);
    for (QWidget* w : std::initializer_list<QWidget*>{m_responder, m_hours, m_mode, m_save, m_restore, m_remove,
                                                      m_newCategory, m_newTheme, m_add, m_feature, m_dismiss}) {
        w->setEnabled(m_canEdit);
    }
    for (QPlainTextEdit* box : {m_ask, m_say, m_outcome, m_checklist}) {
        box->setReadOnly(!m_canEdit);
    }
    showPlaybook(m_list->currentRow());
}

void PlaybooksTab::reload()
{
    const qint64 keep = selectedPlaybookId();
    const core::Playbooks playbooks(m_db, m_clock, m_staffId);
    core::ThemeStore themes(m_db);
    QHash<qint64, QString> names;
    const QVariant chosenTheme = m_newTheme->currentData();
    m_newTheme->clear();
    for (const core::Theme& t : themes.themes()) {
        const QString parent = t.parentId ? themes.getTheme(t.parentId).value_or(core::Theme{}).name : QString();
        const QString name = parent.isEmpty() ? t.name : QStringLiteral("%1 / %2").arg(parent, t.name);
        names.insert(t.id, name);
        m_newTheme->addItem(name, t.id);
    }
    m_newTheme->setCurrentIndex(std::max(0, m_newTheme->findData(chosenTheme)));
    const QSignalBlocker quiet(m_list);
    m_list->clear();
    int row = 0;
    for (const core::Playbook& p : playbooks.all()) {
        auto* item = new QListWidgetItem(title(p, names.value(p.themeId)), m_list);
        item->setData(kIdRole, p.id);
        if (p.id == keep) {
            row = m_list->count() - 1;
        }
    }
    m_list->setCurrentRow(row);
    showPlaybook(row);
    fillExamples();
}

qint64 PlaybooksTab::selectedPlaybookId() const
{
    const QListWidgetItem* item = m_list->currentItem();
    return item ? item->data(kIdRole).toLongLong() : 0;
}

void PlaybooksTab::showPlaybook(int row)
{
    const QListWidgetItem* item = m_list->item(row);
    const std::optional<core::Playbook> p =
        item ? core::Playbooks(m_db, m_clock, m_staffId).get(item->data(kIdRole).toLongLong()) : std::nullopt;
    m_current = p.value_or(core::Playbook{});
    m_responder->setText(m_current.responder);
    m_hours->setValue(m_current.respondWithinHours);
    m_mode->setCurrentIndex(std::max(0, m_mode->findData(static_cast<int>(m_current.mode))));
    m_ask->setPlainText(m_current.ask);
    m_say->setPlainText(m_current.say);
    m_outcome->setPlainText(m_current.outcome);
    m_checklist->setPlainText(m_current.checklist.join(QLatin1Char('\n')));
    m_origin->setText(m_current.shipped ? tr("LoopDesk's playbook, in the language you read it in. Saving it makes it "
                                             "the team's own words.")
                      : m_current.themeId
                          ? tr("For cases whose root cause or answer names this theme (or one of its sub-themes).")
                          : tr("The team's own words, for every case of this category without a theme playbook."));
    m_restore->setEnabled(m_canEdit && p && !m_current.shipped && m_current.themeId == 0);
    m_remove->setEnabled(m_canEdit && p && m_current.themeId != 0);
    m_save->setEnabled(m_canEdit && p);
}

void PlaybooksTab::fillExamples()
{
    const QList<core::RecoveryExample> examples = core::Playbooks(m_db, m_clock, m_staffId).examples();
    const QLocale locale;
    m_examples->setRowCount(0);
    for (const core::RecoveryExample& e : examples) {
        const int row = m_examples->rowCount();
        m_examples->insertRow(row);
        const QStringList cells{
            e.theme, QString::number(e.caseId), e.note,
            tr("%1, %2").arg(e.markedByName, locale.toString(e.markedAt.toLocalTime().date(), QLocale::ShortFormat)),
            curationTitle(e.curation)};
        for (int column = 0; column < cells.size(); ++column) {
            auto* cell = new QTableWidgetItem(cells.at(column));
            cell->setData(kIdRole, e.caseId);
            cell->setToolTip(cells.at(column));
            m_examples->setItem(row, column, cell);
        }
    }
}

void PlaybooksTab::report(const QString& problem, const QString& success)
{
    m_status->setText(problem.isEmpty() ? success : problem);
    m_status->setStyleSheet(statusStyle(!problem.isEmpty()));
}

QString PlaybooksTab::save()
{
    core::Playbook edited = m_current;
    edited.responder = m_responder->text();
    edited.respondWithinHours = m_hours->value();
    edited.mode = static_cast<core::ContactAttempt::Mode>(m_mode->currentData().toInt());
    edited.ask = m_ask->toPlainText();
    edited.say = m_say->toPlainText();
    edited.outcome = m_outcome->toPlainText();
    edited.checklist = m_checklist->toPlainText().split(QLatin1Char('\n'));
    QString problem;
    try {
        core::Playbooks(m_db, m_clock, m_staffId).save(edited);
        reload();
    } catch (const core::StorageError& e) {
        problem = e.message();
    }
    report(problem, tr("Playbook saved: every case it matches shows it now."));
    return problem;
}

QString PlaybooksTab::addForTheme(core::ScoreClass category, qint64 themeId)
{
    core::Playbook p = core::Playbooks::shipped(category);
    p.themeId = themeId;
    QString problem;
    try {
        const qint64 id = core::Playbooks(m_db, m_clock, m_staffId).add(p);
        reload();
        for (int row = 0; row < m_list->count(); ++row) {
            if (m_list->item(row)->data(kIdRole).toLongLong() == id) {
                m_list->setCurrentRow(row);
            }
        }
    } catch (const core::StorageError& e) {
        problem = e.message();
    }
    report(problem, tr("Added, starting from the category's words: make it about the theme and save."));
    return problem;
}

QString PlaybooksTab::restoreShipped()
{
    QString problem;
    try {
        core::Playbooks(m_db, m_clock, m_staffId).restoreShipped(m_current.id);
        reload();
    } catch (const core::StorageError& e) {
        problem = e.message();
    }
    report(problem, tr("LoopDesk's words are back."));
    return problem;
}

QString PlaybooksTab::remove()
{
    QString problem;
    try {
        core::Playbooks(m_db, m_clock, m_staffId).remove(m_current.id);
        reload();
    } catch (const core::StorageError& e) {
        problem = e.message();
    }
    report(problem, tr("Removed: its cases follow their category's playbook."));
    return problem;
}

QString PlaybooksTab::curateSelected(core::RecoveryExample::Curation curation)
{
    const QTableWidgetItem* item = m_examples->item(m_examples->currentRow(), 0);
    QString problem;
    if (!item) {
        problem = tr("Choose a recovery in the list first.");
    } else {
        try {
            core::Playbooks(m_db, m_clock, m_staffId).curate(item->data(kIdRole).toLongLong(), curation);
            const int row = m_examples->currentRow();
            fillExamples();
            m_examples->selectRow(row);
        } catch (const core::StorageError& e) {
            problem = e.message();
        }
    }
    report(problem, curation == core::RecoveryExample::Curation::Featured
                        ? tr("Featured: it now shows in the playbook of its theme.")
                        : tr("Dismissed: it no longer shows in any playbook."));
    return problem;
}

} // namespace loopdesk::ui
