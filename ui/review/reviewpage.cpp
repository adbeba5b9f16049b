// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/reviewpage.h"

#include "review/digestdialog.h"
#include "review/quarterlyreview.h"
#include "review/reviewdocument.h"
#include "storage/accountstore.h"
#include "storage/database.h"
#include "storage/segmentdictionary.h"
#include "storage/settingsstore.h"
#include "storage/storageerror.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace loopdesk::ui {

ReviewPage::ReviewPage(core::Database& db, const core::Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("reviewPage"));
    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    auto* quarterLabel = new QLabel(tr("&Quarter:"), this);
    m_quarter = new QComboBox(this);
    m_quarter->setObjectName(QStringLiteral("reviewQuarterCombo"));
    m_quarter->setAccessibleName(tr("Quarter"));
    quarterLabel->setBuddy(m_quarter);
    auto* scopeLabel = new QLabel(tr("&For:"), this);
    m_scope = new QComboBox(this);
    m_scope->setObjectName(QStringLiteral("reviewScopeCombo"));
    m_scope->setAccessibleName(tr("Customers the review covers"));
    m_scope->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    scopeLabel->setBuddy(m_scope);
    auto* save = new QPushButton(tr("&Save as PDF…"), this);
    save->setObjectName(QStringLiteral("saveReviewPdfButton"));
    save->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    save->setToolTip(tr("An A4 PDF for the executives (Ctrl+Shift+P)"));
    connect(save, &QPushButton::clicked, this, &ReviewPage::chooseAndSave);
    auto* digest = new QPushButton(tr("&Department digest…"), this);
    digest->setObjectName(QStringLiteral("reviewDigestButton"));
    digest->setToolTip(tr("What one department's customers said in the quarter, as PDF or CSV"));
    connect(digest, &QPushButton::clicked, this, [this] {
        DigestDialog dialog(m_db, m_clock, m_quarter->currentText(), this);
        dialog.exec();
    });
    for (QComboBox* combo : {m_quarter, m_scope}) {
        connect(combo, &QComboBox::activated, this, &ReviewPage::compose);
    }
    bar->addWidget(quarterLabel);
    bar->addWidget(m_quarter);
    bar->addSpacing(12);
    bar->addWidget(scopeLabel);
    bar->addWidget(m_scope);
    bar->addStretch(1);
    bar->addWidget(digest);
    bar->addWidget(save);
    layout->addLayout(bar);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("reviewStatusLabel"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_preview = new QTextBrowser(this);
    m_preview->setObjectName(QStringLiteral("reviewPreview"));
    m_preview->setAccessibleName(tr("The review"));
    layout->addWidget(m_preview, 1);
}

ReviewPage::~ReviewPage()
{
    m_preview->setDocument(nullptr); // the document belongs to the review
}

void ReviewPage::refresh()
{
    const QString quarter = m_quarter->currentText();
    const QVariant scope = m_scope->currentData();
    m_quarter->clear();
    m_scope->clear();
    try {
        const core::NpsReporter reporter(m_db, core::fiscalStartMonth(core::SettingsStore(m_db)));
        core::Grouping byQuarter;
        byQuarter.kind = core::GroupKind::Quarter;
        const QList<core::ReportRow> quarters = reporter.report({}, {byQuarter}).rows;
        for (auto it = quarters.crbegin(); it != quarters.crend(); ++it) { // newest first
            m_quarter->addItem(it->group.join(QString()));
        }
        m_scope->addItem(tr("Everyone"), QStringList());
        const core::SegmentDictionary segments(m_db);
        for (int slot = 1; slot <= core::SegmentDictionary::kSlots; ++slot) {
            const QString dimension = segments.dimensionAt(slot);
            if (dimension.isEmpty()) {
                continue;
            }
            for (const auto& [id, value] : segments.valuesOf(slot)) {
                m_scope->addItem(QStringLiteral("%1 = %2").arg(dimension, value), QStringList{dimension, value});
            }
        }
        for (const core::Account& account : core::AccountStore(m_db).all()) { // a B2B account's own review
            m_scope->addItem(tr("Account: %1").arg(account.name), QStringList{QString(), QString(), account.name});
        }
    } catch (const core::StorageError& error) {
        m_status->setText(error.message());
        return;
    }
    m_quarter->setCurrentIndex(std::max(0, m_quarter->findText(quarter)));
    m_scope->setCurrentIndex(std::max(0, m_scope->findData(scope)));
    compose();
}

void ReviewPage::compose()
{
    const int fiscalStart = core::fiscalStartMonth(core::SettingsStore(m_db));
    const std::optional<core::Period> quarter = core::Period::parse(m_quarter->currentText(), fiscalStart);
    if (!quarter) {
        m_status->setText(tr("There are no answers yet: import a survey first."));
        m_preview->clear();
        return;
    }
    const QStringList scope = m_scope->currentData().toStringList();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        const core::QuarterlyReview review = core::QuarterlyReviewComposer(m_db, m_clock)
                                                 .compose({*quarter, {scope.value(0), scope.value(1)}, scope.value(2)});
        m_preview->setDocument(nullptr);
        m_review = std::make_unique<ReviewDocument>(review);
        m_preview->setDocument(m_review->document());
        m_status->clear();
    } catch (const core::StorageError& error) {
        m_status->setText(error.message());
    }
    QApplication::restoreOverrideCursor();
}

QString ReviewPage::savePdf(const QString& path)
{
    if (!m_review) {
        return tr("There is no review to save yet.");
    }
    return m_review->writePdf(path);
}

void ReviewPage::chooseAndSave()
{
    const QString suggestion =
        QDir::home().filePath(QStringLiteral("loopdesk-review-%1.pdf").arg(m_quarter->currentText()));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save the quarterly review"), suggestion, tr("PDF files (*.pdf)"));
    if (path.isEmpty()) {
        return;
    }
    const QString problem = savePdf(path);
    m_status->setText(problem.isEmpty() ? tr("Saved %1.").arg(QDir::toNativeSeparators(path)) : problem);
}

} // namespace loopdesk::ui
