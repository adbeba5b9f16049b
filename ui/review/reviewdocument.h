// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/quarterlyreview.h"

#include <QCoreApplication>
#include <QObject>
#include <QTextObjectInterface>

#include <memory>

class QTextDocument;

namespace loopdesk::core {
struct DepartmentDigest;
}

namespace loopdesk::ui {

// A chart drawn with QPainter where the document places it: vectors in a PDF, crisp on screen.
struct ReviewChart {
    enum class Kind { Trend, Distribution, Bars };
    Kind kind = Kind::Bars;
    QStringList labels;
    QList<double> values;
    QList<double> low; // interval, for Trend and NPS bars; empty for none
    QList<double> high;
    QString note;        // under the chart
    double height = 200; // in points
};

class ReviewChartHandler final : public QObject, public QTextObjectInterface {
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    static constexpr int kObjectType = QTextFormat::UserObject + 1;
    static constexpr int kChartIndex = QTextFormat::UserProperty + 1;

    using QObject::QObject;
    QList<ReviewChart> charts;

    QSizeF intrinsicSize(QTextDocument* doc, int position, const QTextFormat& format) override;
    void drawObject(QPainter* painter, const QRectF& rect, QTextDocument* doc, int position,
                    const QTextFormat& format) override;
};

// The quarterly loop review laid out for people: a title page, then one idea per page (the score,
// segments, what costs NPS, what fixing it would do, the loop, the plan, what was declined, and
// customers' own words). Customer text goes in as plain text, never markup.
class ReviewDocument final {
    Q_DECLARE_TR_FUNCTIONS(loopdesk::ui::ReviewDocument)

public:
    explicit ReviewDocument(const core::QuarterlyReview& review);
    // A department's digest, laid out the same way: title page, what customers name, their words,
    // actions on its themes, cases waiting on it.
    explicit ReviewDocument(const core::DepartmentDigest& digest);
    ~ReviewDocument();
    ReviewDocument(const ReviewDocument&) = delete;
    ReviewDocument& operator=(const ReviewDocument&) = delete;

    QTextDocument* document() const { return m_document.get(); }
    // Writes an A4 PDF with page numbers; returns the problem in words, empty when written.
    QString writePdf(const QString& path) const;
    int pageCount() const { return m_pages; }

private:
    void prepare();

    std::unique_ptr<QTextDocument> m_document;
    ReviewChartHandler* m_charts = nullptr; // owned by the document
    QString m_title;
    mutable int m_pages = 0;
};

} // namespace loopdesk::ui
