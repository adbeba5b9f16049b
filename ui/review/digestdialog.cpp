// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/digestdialog.h"

#include "common/appearance.h"
#include "metrics/npsreport.h"
#include "review/reviewdocument.h"
#include "storage/database.h"
#include "storage/settingsstore.h"
#include "storage/storageerror.h"
#include "storage/themestore.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace loopdesk::ui {

DigestDialog::DigestDialog(core::Database& db, const core::Clock& clock, const QString& period, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("digestDialog"));
    setWindowTitle(tr("Department digest"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("What customers said about the themes routed to one department: counts against the "
                                "period before, NPS points lost, their own words, the actions on those themes and "
                                "the cases still waiting on it."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    m_department = new QComboBox(this);
    m_department->setObjectName(QStringLiteral("digestDepartmentCombo"));
    for (const core::Department& d : core::ThemeStore(m_db).departments()) {
        m_department->addItem(d.name);
    }
    form->addRow(tr("&Department:"), m_department);
    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("digestPeriodCombo"));
    m_period->setEditable(true); // any month, quarter or year can be typed
    m_period->setToolTip(tr("A quarter (2026Q3), a month (2026-10) or a year (2026)"));
    const int fiscalStart = core::fiscalStartMonth(core::SettingsStore(m_db));
    core::Grouping byQuarter;
    byQuarter.kind = core::GroupKind::Quarter;
    const QList<core::ReportRow> quarters = core::NpsReporter(m_db, fiscalStart).report({}, {byQuarter}).rows;
    for (auto it = quarters.crbegin(); it != quarters.crend(); ++it) { // newest first
        m_period->addItem(it->group.join(QString()));
    }
    m_period->setCurrentText(period.isEmpty() ? m_period->itemText(0) : period);
    form->addRow(tr("&Period:"), m_period);
    m_anonymise = new QCheckBox(tr("&Anonymise: mask e-mail addresses, phone numbers and customer numbers in "
                                   "comments, list cases without names"),
                                this);
    m_anonymise->setObjectName(QStringLiteral("digestAnonymiseCheck"));
    form->addRow(QString(), m_anonymise);
    layout->addLayout(form);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("digestSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_pdf = buttons->addButton(tr("Save &PDF…"), QDialogButtonBox::ActionRole);
    m_pdf->setObjectName(QStringLiteral("digestPdfButton"));
    m_csv = buttons->addButton(tr("Save &CSV…"), QDialogButtonBox::ActionRole);
    m_csv->setObjectName(QStringLiteral("digestCsvButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_pdf, &QPushButton::clicked, this, [this] { chooseAndSave(true); });
    connect(m_csv, &QPushButton::clicked, this, [this] { chooseAndSave(false); });
    layout->addWidget(buttons);
    connect(m_department, &QComboBox::currentIndexChanged, this, &DigestDialog::compose);
    connect(m_period, &QComboBox::currentTextChanged, this, &DigestDialog::compose);
    connect(m_anonymise, &QCheckBox::toggled, this, &DigestDialog::compose);
    resize(560, sizeHint().height());
    compose();
}

void DigestDialog::compose()
{
    m_digest.reset();
    const int fiscalStart = core::fiscalStartMonth(core::SettingsStore(m_db));
    const std::optional<core::Period> period = core::Period::parse(m_period->currentText().trimmed(), fiscalStart);
    QString problem;
    if (m_department->count() == 0) {
        problem = tr("No department yet: give themes a department in Settings → Themes.");
    } else if (!period) {
        problem = tr("A period is a quarter (2026Q3), a month (2026-10) or a year (2026).");
    } else {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        try {
            m_digest = core::DepartmentDigestComposer(m_db, m_clock)
                           .compose(m_department->currentText(), *period, m_anonymise->isChecked());
        } catch (const core::StorageError& error) {
            problem = error.message();
        }
        QApplication::restoreOverrideCursor();
    }
    m_pdf->setEnabled(m_digest.has_value());
    m_csv->setEnabled(m_digest.has_value());
    m_summary->setStyleSheet(statusStyle(!problem.isEmpty()));
    if (!m_digest) {
        m_summary->setText(problem);
        return;
    }
    const QLocale locale;
    qint64 overdue = 0;
    for (const core::DigestCase& c : m_digest->waiting) {
        overdue += c.overdue ? 1 : 0;
    }
    m_summary->setText(tr("%1 theme(s) routed here were named in %2, costing %3 NPS points; %4 action(s) on them; "
                          "%5 case(s) waiting, %6 of them overdue.")
                           .arg(m_digest->themes.size())
                           .arg(m_digest->period.label(), locale.toString(m_digest->pointsLost, 'f', 1))
                           .arg(m_digest->actions.size())
                           .arg(m_digest->waiting.size())
                           .arg(overdue));
}

QString DigestDialog::savePdf(const QString& path) const
{
    return m_digest ? ReviewDocument(*m_digest).writePdf(path) : m_summary->text();
}

QString DigestDialog::saveCsv(const QString& path) const
{
    if (!m_digest) {
        return m_summary->text();
    }
    try {
        core::writeDigestCsv(*m_digest, path);
    } catch (const core::StorageError& error) {
        return error.message();
    }
    return {};
}

void DigestDialog::chooseAndSave(bool pdf)
{
    if (!m_digest) {
        return;
    }
    const QString name =
        QStringLiteral("%1 %2.%3")
            .arg(m_digest->department, m_digest->period.label(), pdf ? QStringLiteral("pdf") : QStringLiteral("csv"));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save the department digest"), QDir::home().filePath(name),
                                     pdf ? tr("PDF files (*.pdf)") : tr("CSV files (*.csv)"));
    if (path.isEmpty()) {
        return;
    }
    const QString problem = pdf ? savePdf(path) : saveCsv(path);
    if (!problem.isEmpty()) {
        QMessageBox::warning(this, tr("Not saved"), problem);
    }
}

} // namespace loopdesk::ui
