// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/importpage.h"

#include "common/texttablemodel.h"
#include "import/importwizard.h"
#include "storage/importstore.h"
#include "storage/storageerror.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace loopdesk::ui {

ImportPage::ImportPage(core::Database& db, const core::Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("importPage"));
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    auto* intro = new QLabel(tr("<h3>Survey imports</h3>Bring in a survey export: detractors land in the inbox "
                                "with their due times, and every answer counts in the dashboards."),
                             this);
    intro->setWordWrap(true);
    top->addWidget(intro, 1);
    auto* start = new QPushButton(tr("&Import a survey file…"), this);
    start->setObjectName(QStringLiteral("startImportButton"));
    start->setToolTip(tr("Ctrl+I"));
    start->setDefault(true);
    connect(start, &QPushButton::clicked, this, &ImportPage::startImport);
    top->addWidget(start, 0, Qt::AlignTop);
    layout->addLayout(top);

    m_model = new TextTableModel(this);
    m_history = new QTableView(this);
    m_history->setObjectName(QStringLiteral("importHistoryTable"));
    m_history->setAccessibleName(tr("Imports so far"));
    m_history->setModel(m_model);
    m_history->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_history->verticalHeader()->hide();
    m_history->verticalHeader()->setDefaultSectionSize(m_history->fontMetrics().height() + 8);
    m_history->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_history, 1);
    m_empty = new QLabel(tr("Nothing imported yet."), this);
    m_empty->setObjectName(QStringLiteral("importHistoryEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_empty);
    refresh();
}

ImportWizard* ImportPage::createWizard()
{
    auto* wizard = new ImportWizard(m_db, m_clock, this);
    connect(wizard, &ImportWizard::imported, this, [this] {
        refresh();
        Q_EMIT imported();
    });
    return wizard;
}

void ImportPage::startImport()
{
    ImportWizard* wizard = createWizard();
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->open();
}

void ImportPage::refresh()
{
    QList<QStringList> rows;
    try {
        const QLocale locale;
        for (const core::ImportRecord& r : core::ImportStore(m_db).history(500)) {
            rows << QStringList{locale.toString(r.startedAt.toLocalTime(), QLocale::ShortFormat),
                                r.fileName,
                                r.waveName.isEmpty() ? tr("(deleted)") : r.waveName,
                                r.preset,
                                locale.toString(r.rows),
                                locale.toString(r.imported),
                                locale.toString(r.duplicates),
                                locale.toString(r.rejected)};
        }
    } catch (const core::StorageError& error) {
        m_empty->setText(error.message());
    }
    m_model->setTable({tr("When"), tr("File"), tr("Wave"), tr("Format"), tr("Rows"), tr("Imported"),
                       tr("Already there"), tr("Rejected")},
                      rows);
    m_history->resizeColumnsToContents();
    m_empty->setVisible(rows.isEmpty());
}

} // namespace loopdesk::ui
