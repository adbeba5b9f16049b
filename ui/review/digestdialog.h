// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/departmentdigest.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;

namespace loopdesk::core {
class Clock;
class Database;
} // namespace loopdesk::core

namespace loopdesk::ui {

// A department's digest for a period: what it is about in a line, then saved as PDF or CSV to send
// to the department (the CLI's `digest` does the same for a schedule).
class DigestDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DigestDialog)

public:
    DigestDialog(core::Database& db, const core::Clock& clock, const QString& period, QWidget* parent = nullptr);

    // The digest of the current choice; empty with the reason shown when it cannot be composed.
    const std::optional<core::DepartmentDigest>& digest() const { return m_digest; }
    // Write the current digest; return the problem in words, empty when written.
    QString savePdf(const QString& path) const;
    QString saveCsv(const QString& path) const;

public Q_SLOTS:
    void compose();

private:
    void chooseAndSave(bool pdf);

    core::Database& m_db;
    const core::Clock& m_clock;
    QComboBox* m_department = nullptr;
    QComboBox* m_period = nullptr;
    QCheckBox* m_anonymise = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_pdf = nullptr;
    QPushButton* m_csv = nullptr;
    std::optional<core::DepartmentDigest> m_digest;
};

} // namespace loopdesk::ui
