// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/importer.h"

#include <QHash>
#include <QWizard>

#include <atomic>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QThread;
class QTimer;

namespace loopdesk::core {
class Clock;
class Database;
} // namespace loopdesk::core

namespace loopdesk::ui {

class TextTableModel;

// Brings a survey export in, step by step: pick the file; check what LoopDesk recognised
// (preset, encoding, delimiter, date format, which column is what) against a preview and adjust
// it; watch the import run (it can be cancelled, and then nothing is written); finish on what
// arrived, with the rejected rows to read and save.
class ImportWizard final : public QWizard {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportWizard)

public:
    enum PageId { FilePage, PreviewPage, RunPage, SummaryPage };

    ImportWizard(core::Database& db, const core::Clock& clock, QWidget* parent = nullptr);
    ~ImportWizard() override;

    void setFile(const QString& path);
    const core::ImportInspection& inspection() const { return m_inspection; }
    const core::ImportSummary& summary() const { return m_summary; }
    bool isImporting() const { return m_thread != nullptr; }
    bool finishedImport() const { return m_finished; }
    // Writes the rejected rows as CSV; returns the problem in words, empty when done.
    QString saveRejects(const QString& path);
    // The options the wizard's choices amount to (for the preview and the import).
    core::ImportOptions options() const;

public Q_SLOTS:
    void reject() override; // cancels a running import first, and waits for it to roll back

Q_SIGNALS:
    void imported(); // answers arrived: the inbox and dashboards have something new

private:
    QWizardPage* createFilePage();
    QWizardPage* createPreviewPage();
    QWizardPage* createRunPage();
    QWizardPage* createSummaryPage();
    void examine();
    void showInspection();
    void fillMappingCombos();
    void startImport();
    void importFinished();
    void showProgress();
    void showSummary();
    void chooseFile();
    void chooseRejectsFile();

    core::Database& m_db;
    const core::Clock& m_clock;

    // What the user decided on top of what LoopDesk recognised.
    QHash<QString, QString> m_fieldChoices; // field key -> 1-based column number, or "" for none
    core::ImportInspection m_inspection;
    QString m_examineProblem; // the file could not be read at all

    QLineEdit* m_file = nullptr;
    QLineEdit* m_wave = nullptr;
    QComboBox* m_metric = nullptr;

    QComboBox* m_preset = nullptr;
    QComboBox* m_encoding = nullptr;
    QComboBox* m_delimiter = nullptr;
    QComboBox* m_dateFormat = nullptr;
    QLabel* m_question = nullptr;
    QLabel* m_notes = nullptr;
    QFormLayout* m_mappingForm = nullptr;
    QHash<QString, QComboBox*> m_fieldCombos;
    QLabel* m_segments = nullptr;
    TextTableModel* m_previewModel = nullptr;
    QTableView* m_preview = nullptr;

    QProgressBar* m_progress = nullptr;
    QLabel* m_progressText = nullptr;
    QPushButton* m_cancelImport = nullptr;
    QTimer* m_progressTimer = nullptr;
    QThread* m_thread = nullptr;
    std::atomic<bool> m_cancel{false};
    std::atomic<qint64> m_bytesDone{0};
    std::atomic<qint64> m_bytesTotal{0};
    core::ImportSummary m_summary;
    QString m_failure;
    bool m_finished = false;

    QLabel* m_summaryText = nullptr;
    TextTableModel* m_rejectsModel = nullptr;
    QTableView* m_rejects = nullptr;
    QPushButton* m_saveRejects = nullptr;
};

} // namespace loopdesk::ui
