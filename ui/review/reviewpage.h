// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QTextBrowser;

namespace loopdesk::core {
class Clock;
class Database;
} // namespace loopdesk::core

namespace loopdesk::ui {

class ReviewDocument;

// The quarterly loop review on screen, as the PDF will read: pick the quarter and the scope
// (everyone, or one segment), read it, save it as an A4 PDF for the executives.
class ReviewPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewPage)

public:
    ReviewPage(core::Database& db, const core::Clock& clock, QWidget* parent = nullptr);
    ~ReviewPage() override;

    // Writes the review shown as a PDF; returns the problem in words, empty when written.
    QString savePdf(const QString& path);
    ReviewDocument* review() const { return m_review.get(); }

public Q_SLOTS:
    void refresh(); // the quarters and segments again, then the review
    void compose();

private:
    void chooseAndSave();

    core::Database& m_db;
    const core::Clock& m_clock;
    QComboBox* m_quarter = nullptr;
    QComboBox* m_scope = nullptr;
    QLabel* m_status = nullptr;
    QTextBrowser* m_preview = nullptr;
    std::unique_ptr<ReviewDocument> m_review;
};

} // namespace loopdesk::ui
