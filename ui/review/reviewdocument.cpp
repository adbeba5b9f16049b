// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/reviewdocument.h"

#include "common/figures.h"
#include "review/departmentdigest.h"

#include <QAbstractTextDocumentLayout>
#include <QFileInfo>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace loopdesk::ui {
namespace {

const QColor kInk(0x1f, 0x23, 0x28);
const QColor kMuted(0x6a, 0x73, 0x7d);
using figures::kAccent;
using figures::kDetractor;
using figures::kPassive;
using figures::kPromoter;
using figures::number;
using figures::percent;
using figures::signedNumber;
const QColor kBand(0x1f, 0x6f, 0x8b, 60);
const QColor kGrid(0xdd, 0xe1, 0xe6);
constexpr double kBodyPoints = 10;

QString npsText(const core::NetScore& s)
{
    return s.score ? number(*s.score) : ReviewDocument::tr("no answers");
}

QString intervalText(const core::NetScore& s)
{
    return s.score ? QStringLiteral("%1 … %2").arg(number(s.ciLow), number(s.ciHigh)) : QString();
}

QString actionStatusTitle(core::Action::Status status)
{
    switch (status) {
    case core::Action::Status::Proposed:
        return ReviewDocument::tr("proposed");
    case core::Action::Status::Approved:
        return ReviewDocument::tr("approved");
    case core::Action::Status::Rejected:
        return ReviewDocument::tr("rejected");
    case core::Action::Status::InProgress:
        return ReviewDocument::tr("in progress");
    case core::Action::Status::Done:
        return ReviewDocument::tr("done");
    }
    return {};
}

// One row per action: title, owner, status, tasks done, deadline, (expected gain,) what is late.
QList<QStringList> actionRows(const QList<core::ReviewAction>& actions, bool withExpectedGain)
{
    const QLocale locale;
    QList<QStringList> rows;
    for (const core::ReviewAction& a : actions) {
        QStringList late;
        if (a.pastDeadline) {
            late << ReviewDocument::tr("past its deadline");
        }
        if (!a.overdueTasks.isEmpty()) {
            late << ReviewDocument::tr("%1 task(s) overdue").arg(a.overdueTasks.size());
        }
        QStringList row{a.action.title, a.owner, actionStatusTitle(a.action.status),
                        QStringLiteral("%1/%2").arg(a.tasksDone).arg(a.action.tasks.size()),
                        a.action.deadline.isValid() ? locale.toString(a.action.deadline, QLocale::ShortFormat)
                                                    : QString()};
        if (withExpectedGain) {
            row << signedNumber(a.action.expectedNpsGain);
        }
        row << late.join(QStringLiteral("; "));
        rows << row;
    }
    return rows;
}

// Appends to the document with the review's typography.
class Writer {
public:
    Writer(QTextDocument& doc, ReviewChartHandler& charts)
        : m_doc(doc)
        , m_charts(charts)
        , m_cursor(&doc)
    {}

    void newPage(const QString& heading)
    {
        QTextBlockFormat block;
        block.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        block.setTopMargin(28); // on screen, where there are no pages, the sections still stand apart
        block.setBottomMargin(10);
        m_cursor.insertBlock(block);
        m_cursor.insertText(heading, font(18, true, kAccent));
    }

    void paragraph(const QString& text, double size = kBodyPoints, bool bold = false, QColor colour = kInk,
                   double topMargin = 6)
    {
        QTextBlockFormat block;
        block.setTopMargin(topMargin);
        m_cursor.insertBlock(block);
        m_cursor.insertText(text, font(size, bold, colour)); // plain text: never read as markup
    }

    void chart(const ReviewChart& chart)
    {
        m_charts.charts << chart;
        QTextBlockFormat block;
        block.setTopMargin(8);
        m_cursor.insertBlock(block);
        QTextCharFormat object;
        object.setObjectType(ReviewChartHandler::kObjectType);
        object.setProperty(ReviewChartHandler::kChartIndex, static_cast<int>(m_charts.charts.size() - 1));
        m_cursor.insertText(QString(QChar::ObjectReplacementCharacter), object);
    }

    // A table whose header row repeats on every page it runs onto; cells are plain text.
    void table(const QStringList& headers, const QList<QStringList>& rows, const QList<int>& rightAligned = {})
    {
        QTextBlockFormat spacer;
        spacer.setTopMargin(6);
        m_cursor.insertBlock(spacer);
        QTextTableFormat format;
        format.setHeaderRowCount(1);
        format.setCellPadding(3);
        format.setCellSpacing(0);
        format.setBorder(0.5);
        format.setBorderBrush(kGrid);
        format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        QTextTable* t =
            m_cursor.insertTable(static_cast<int>(rows.size()) + 1, static_cast<int>(headers.size()), format);
        for (int c = 0; c < headers.size(); ++c) {
            QTextTableCell cell = t->cellAt(0, c);
            QTextCharFormat shade = cell.format();
            shade.setBackground(QColor(0xee, 0xf2, 0xf5));
            cell.setFormat(shade);
            cell.firstCursorPosition().insertText(headers.at(c), font(kBodyPoints - 1, true, kInk));
        }
        for (int r = 0; r < rows.size(); ++r) {
            for (int c = 0; c < headers.size(); ++c) {
                QTextCursor cursor = t->cellAt(r + 1, c).firstCursorPosition();
                if (rightAligned.contains(c)) {
                    QTextBlockFormat right = cursor.blockFormat();
                    right.setAlignment(Qt::AlignRight);
                    cursor.setBlockFormat(right);
                }
                cursor.insertText(rows.at(r).value(c), font(kBodyPoints - 1, false, kInk));
            }
        }
        m_cursor.movePosition(QTextCursor::End);
    }

    static QTextCharFormat font(double size, bool bold, QColor colour)
    {
        QTextCharFormat f;
        f.setFontPointSize(size);
        f.setFontWeight(bold ? QFont::Bold : QFont::Normal);
        f.setForeground(colour);
        return f;
    }

    QTextCursor& cursor() { return m_cursor; }

private:
    QTextDocument& m_doc;
    ReviewChartHandler& m_charts;
    QTextCursor m_cursor;
};

// The value axis of a chart: a range that holds every value and interval, in steps of ten.
QPair<double, double> axisRange(const ReviewChart& c, bool fromZero)
{
    double low = fromZero ? 0 : 100;
    double high = fromZero ? 0 : -100;
    for (qsizetype i = 0; i < c.values.size(); ++i) {
        low = std::min({low, c.values.at(i), c.low.value(i, c.values.at(i))});
        high = std::max({high, c.values.at(i), c.high.value(i, c.values.at(i))});
    }
    low = std::floor(low / 10.0) * 10.0;
    high = std::ceil(high / 10.0) * 10.0;
    if (high - low < 10) {
        high = low + 10;
    }
    return {low, high};
}

// "Did it work?": each approved action measured since its approval, in words.
void impactParagraphs(Writer& w, const QList<core::ReviewAction>& actions)
{
    bool first = true;
    for (const core::ReviewAction& a : actions) {
        if (!a.impact) {
            continue;
        }
        if (first) {
            w.paragraph(ReviewDocument::tr("Did it work?"), kBodyPoints + 2, true, kInk, 16);
            first = false;
        }
        w.paragraph(QStringLiteral("%1 — %2").arg(a.action.title, core::impactSummary(*a.impact)));
    }
}

void drawTrend(QPainter* p, const QRectF& area, const ReviewChart& c)
{
    const auto [low, high] = axisRange(c, false);
    const QRectF plot = area.adjusted(64, 10, -30, -28); // room for the first and last quarter's label
    const auto y = [&](double v) { return plot.bottom() - (v - low) / (high - low) * plot.height(); };
    const qsizetype n = c.values.size();
    const auto x = [&](qsizetype i) {
        return n == 1 ? plot.center().x()
                      : plot.left() + plot.width() * static_cast<double>(i) / static_cast<double>(n - 1);
    };
    QFont small = p->font();
    small.setPointSizeF(7.5);
    p->setFont(small);
    for (double v = low; v <= high + 0.01; v += (high - low) / 4) {
        p->setPen(QPen(kGrid, 0.5));
        p->drawLine(QPointF(plot.left(), y(v)), QPointF(plot.right(), y(v)));
        p->setPen(kMuted);
        p->drawText(QRectF(plot.left() - 34, y(v) - 6, 30, 12), Qt::AlignRight | Qt::AlignVCenter, number(v, 0));
    }
    if (n == 0) {
        return;
    }
    QPainterPath band;
    for (qsizetype i = 0; i < n; ++i) {
        const QPointF point(x(i), y(c.high.value(i)));
        i == 0 ? band.moveTo(point) : band.lineTo(point);
    }
    for (qsizetype i = n - 1; i >= 0; --i) {
        band.lineTo(x(i), y(c.low.value(i)));
    }
    band.closeSubpath();
    p->fillPath(band, kBand);
    p->setPen(QPen(kAccent, 1.6));
    for (qsizetype i = 1; i < n; ++i) {
        p->drawLine(QPointF(x(i - 1), y(c.values.at(i - 1))), QPointF(x(i), y(c.values.at(i))));
    }
    for (qsizetype i = 0; i < n; ++i) {
        p->setBrush(kAccent);
        p->setPen(Qt::NoPen);
        p->drawEllipse(QPointF(x(i), y(c.values.at(i))), 2.6, 2.6);
        p->setPen(kInk);
        p->drawText(QRectF(x(i) - 30, y(c.values.at(i)) - 16, 60, 12), Qt::AlignCenter, number(c.values.at(i)));
        p->setPen(kMuted);
        p->drawText(QRectF(x(i) - 35, plot.bottom() + 4, 70, 12), Qt::AlignCenter, c.labels.value(i));
    }
}

void drawDistribution(QPainter* p, const QRectF& area, const ReviewChart& c)
{
    const double total = std::max(1.0, c.values.value(0) + c.values.value(1) + c.values.value(2));
    const QRectF bar(area.left(), area.top() + 6, area.width(), 26);
    const QList<QColor> colours{kPromoter, kPassive, kDetractor};
    double left = bar.left();
    QFont small = p->font();
    small.setPointSizeF(8);
    p->setFont(small);
    for (int i = 0; i < 3; ++i) {
        const double width = bar.width() * c.values.value(i) / total;
        const QRectF part(left, bar.top(), width, bar.height());
        p->fillRect(part, colours.at(i));
        if (width > 36) {
            p->setPen(i == 1 ? kInk : Qt::white);
            p->drawText(part, Qt::AlignCenter,
                        QLocale().toString(100.0 * c.values.value(i) / total, 'f', 0) + QStringLiteral(" %"));
        }
        left += width;
    }
    double legend = area.left();
    for (int i = 0; i < 3; ++i) {
        p->fillRect(QRectF(legend, bar.bottom() + 8, 9, 9), colours.at(i));
        p->setPen(kInk);
        const QString text =
            QStringLiteral("%1: %2").arg(c.labels.value(i), QLocale().toString(c.values.value(i), 'f', 0));
        p->drawText(QRectF(legend + 13, bar.bottom() + 5, 160, 14), Qt::AlignLeft | Qt::AlignVCenter, text);
        legend += 170;
    }
}

void drawBars(QPainter* p, const QRectF& area, const ReviewChart& c)
{
    const bool signedValues = !c.low.isEmpty();
    const auto [low, high] = axisRange(c, true);
    const double labelWidth = area.width() * 0.34;
    const QRectF plot = area.adjusted(labelWidth, 2, -40, -2);
    const auto x = [&](double v) { return plot.left() + (v - low) / (high - low) * plot.width(); };
    const qsizetype n = c.values.size();
    const double row = n > 0 ? std::min(22.0, plot.height() / static_cast<double>(n)) : 22.0;
    QFont small = p->font();
    small.setPointSizeF(8);
    p->setFont(small);
    p->setPen(QPen(kGrid, 0.5));
    p->drawLine(QPointF(x(0), plot.top()), QPointF(x(0), plot.top() + row * static_cast<double>(n)));
    for (qsizetype i = 0; i < n; ++i) {
        const double top = plot.top() + row * static_cast<double>(i);
        const double v = c.values.at(i);
        p->setPen(kInk);
        const QString label =
            p->fontMetrics().elidedText(c.labels.value(i), Qt::ElideRight, static_cast<int>(labelWidth - 8));
        p->drawText(QRectF(area.left(), top, labelWidth - 6, row), Qt::AlignRight | Qt::AlignVCenter, label);
        const QRectF bar =
            QRectF(QPointF(std::min(x(0), x(v)), top + row * 0.2), QPointF(std::max(x(0), x(v)), top + row * 0.8));
        p->fillRect(bar, signedValues ? (v >= 0 ? kAccent : kDetractor) : kDetractor);
        if (signedValues) {
            p->setPen(QPen(kInk, 0.8));
            const double mid = top + row / 2;
            p->drawLine(QPointF(x(c.low.value(i)), mid), QPointF(x(c.high.value(i)), mid));
            p->drawLine(QPointF(x(c.low.value(i)), mid - 3), QPointF(x(c.low.value(i)), mid + 3));
            p->drawLine(QPointF(x(c.high.value(i)), mid - 3), QPointF(x(c.high.value(i)), mid + 3));
        }
        p->setPen(kInk);
        // The value in its own column on the right, clear of bars and whiskers.
        p->drawText(QRectF(plot.right() + 6, top, 36, row), Qt::AlignRight | Qt::AlignVCenter, number(v));
    }
}

} // namespace

QSizeF ReviewChartHandler::intrinsicSize(QTextDocument* doc, int, const QTextFormat& format)
{
    const ReviewChart& chart = charts.at(format.property(kChartIndex).toInt());
    const double width = doc->pageSize().width() > 0 ? doc->pageSize().width() - 2 * doc->documentMargin() - 4 : 480;
    return {width, chart.height};
}

void ReviewChartHandler::drawObject(QPainter* painter, const QRectF& rect, QTextDocument*, int,
                                    const QTextFormat& format)
{
    const ReviewChart& chart = charts.at(format.property(kChartIndex).toInt());
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF area = chart.note.isEmpty() ? rect : rect.adjusted(0, 0, 0, -16);
    switch (chart.kind) {
    case ReviewChart::Kind::Trend:
        drawTrend(painter, area, chart);
        break;
    case ReviewChart::Kind::Distribution:
        drawDistribution(painter, area, chart);
        break;
    case ReviewChart::Kind::Bars:
        drawBars(painter, area, chart);
        break;
    }
    if (!chart.note.isEmpty()) {
        QFont small = painter->font();
        small.setPointSizeF(7.5);
        small.setItalic(true);
        painter->setFont(small);
        painter->setPen(kMuted);
        painter->drawText(QRectF(rect.left(), rect.bottom() - 14, rect.width(), 14), Qt::AlignLeft | Qt::AlignVCenter,
                          chart.note);
    }
    painter->restore();
}

void ReviewDocument::prepare()
{
    QTextDocument& doc = *m_document;
    m_charts = new ReviewChartHandler(&doc);
    doc.documentLayout()->registerHandler(ReviewChartHandler::kObjectType, m_charts);
    QFont base = doc.defaultFont();
    base.setPointSizeF(kBodyPoints);
    doc.setDefaultFont(base);
    doc.setDocumentMargin(0);
    doc.setPageSize(QSizeF(515, 740)); // A4 less margins, in points; the PDF writer sets the same
}

ReviewDocument::ReviewDocument(const core::QuarterlyReview& r)
    : m_document(std::make_unique<QTextDocument>())
    , m_title(r.title)
{
    prepare();
    QTextDocument& doc = *m_document;
    const QLocale locale;
    Writer w(doc, *m_charts);

    // Title page.
    w.cursor().insertText(QStringLiteral("\n\n\n"), Writer::font(12, false, kInk));
    w.paragraph(r.title, 26, true, kAccent, 120);
    w.paragraph(ReviewDocument::tr("Net Promoter Score %1: %2").arg(r.scope.quarter.label(), npsText(r.nps)), 16, false,
                kInk, 24);
    if (r.nps.score && r.previousNps.score) {
        w.paragraph(ReviewDocument::tr("%1 points on %2 (%3)")
                        .arg(signedNumber(r.change.delta), r.previous.label(),
                             r.change.significant ? ReviewDocument::tr("a significant change")
                                                  : ReviewDocument::tr("within the margin of error")),
                    12, false, kMuted);
    }
    w.paragraph(ReviewDocument::tr("Composed %1 by LoopDesk")
                    .arg(locale.toString(r.composedAt.toLocalTime(), QLocale::LongFormat)),
                9, false, kMuted, 40);

    // 1. The score.
    w.newPage(ReviewDocument::tr("The score"));
    w.paragraph(ReviewDocument::tr("NPS %1 is %2, with a 95 % interval of %3 (%4 answers).%5")
                    .arg(r.scope.quarter.label(), npsText(r.nps), intervalText(r.nps))
                    .arg(r.nps.counts.total())
                    .arg(r.nps.smallSample
                             ? ReviewDocument::tr(" The sample is small: read it as a range, not a point.")
                             : QString()));
    if (r.previousNps.score && r.nps.score) {
        w.paragraph(ReviewDocument::tr("Against %1 (NPS %2): %3 points, z = %4 — %5.")
                        .arg(r.previous.label(), npsText(r.previousNps), signedNumber(r.change.delta),
                             number(r.change.z, 2),
                             r.change.significant ? ReviewDocument::tr("significant at 95 %")
                                                  : ReviewDocument::tr("not significant at 95 %")));
    }
    w.paragraph(r.responseRate ? ReviewDocument::tr("Response rate: %1 (%2 answers of %3 invited).")
                                     .arg(percent(r.responseRate))
                                     .arg(r.invitedAnswers)
                                     .arg(r.invited)
                               : ReviewDocument::tr("Response rate: no invited list for this scope."));
    ReviewChart trend;
    trend.kind = ReviewChart::Kind::Trend;
    for (const core::ReportRow& row : r.trend) {
        if (row.score.score) {
            trend.labels << row.group.join(QString());
            trend.values << *row.score.score;
            trend.low << row.score.ciLow;
            trend.high << row.score.ciHigh;
        }
    }
    trend.note = ReviewDocument::tr("NPS per quarter; the band is the 95 % interval.");
    trend.height = 190;
    w.chart(trend);
    ReviewChart distribution;
    distribution.kind = ReviewChart::Kind::Distribution;
    distribution.labels = {ReviewDocument::tr("Promoters (9–10)"), ReviewDocument::tr("Passives (7–8)"),
                           ReviewDocument::tr("Detractors (0–6)")};
    distribution.values = {double(r.nps.counts.positive), double(r.nps.counts.neutral), double(r.nps.counts.negative)};
    distribution.height = 62;
    w.chart(distribution);

    // 2. Segments.
    for (const core::ReviewSegmentTable& table : r.segments) {
        w.newPage(ReviewDocument::tr("NPS by %1").arg(table.dimension));
        QList<QStringList> rows;
        ReviewChart bars;
        bars.kind = ReviewChart::Kind::Bars;
        for (const core::ReportRow& row : table.rows) {
            const QString value = row.group.join(QStringLiteral(" / "));
            rows << QStringList{value, locale.toString(row.score.counts.total()), npsText(row.score),
                                intervalText(row.score),
                                row.score.smallSample ? ReviewDocument::tr("small sample") : QString()};
            if (row.score.score && bars.values.size() < 24) {
                bars.labels << value;
                bars.values << *row.score.score;
                bars.low << row.score.ciLow;
                bars.high << row.score.ciHigh;
            }
        }
        bars.height = std::min(360.0, 22.0 * static_cast<double>(bars.values.size()) + 20);
        bars.note = ReviewDocument::tr("Bars: NPS; whiskers: 95 % interval.");
        w.chart(bars);
        w.table({ReviewDocument::tr("Value"), ReviewDocument::tr("Answers"), ReviewDocument::tr("NPS"),
                 ReviewDocument::tr("95 % interval"), QString()},
                rows, {1, 2});
    }

    // 3. What costs NPS.
    w.newPage(ReviewDocument::tr("What costs us NPS"));
    if (r.themes.isEmpty()) {
        w.paragraph(ReviewDocument::tr("No answer of this quarter is tagged with a theme yet."));
    } else {
        ReviewChart pareto;
        pareto.kind = ReviewChart::Kind::Bars;
        QList<QStringList> rows;
        for (const core::ThemeDriver& d : r.themes) {
            pareto.labels << d.theme;
            pareto.values << d.pointsLost;
            rows << QStringList{
                d.theme,          d.department,        locale.toString(d.mentions), percent(d.shareOfDetractors),
                number(d.impact), number(d.pointsLost)};
        }
        pareto.height = 22.0 * static_cast<double>(pareto.values.size()) + 24;
        pareto.note =
            ReviewDocument::tr("NPS points lost: how much NPS would rise if the theme's detractors were passives.");
        w.chart(pareto);
        w.table({ReviewDocument::tr("Theme"), ReviewDocument::tr("Fixed by"), ReviewDocument::tr("Mentions"),
                 ReviewDocument::tr("Of detractors"), ReviewDocument::tr("Impact"), ReviewDocument::tr("Points lost")},
                rows, {2, 3, 4, 5});
    }

    // 4. What fixing it would do.
    w.newPage(ReviewDocument::tr("What if we fixed it"));
    w.paragraph(ReviewDocument::tr(
        "If a theme were fixed for everyone who named it: its detractors become passives, or everyone "
        "naming it becomes a promoter."));
    QList<QStringList> whatIfs;
    for (const core::ReviewWhatIf& what : r.whatIfs) {
        whatIfs << QStringList{what.theme, npsText(what.toPassive.after), signedNumber(what.toPassive.delta),
                               npsText(what.toPromoter.after), signedNumber(what.toPromoter.delta)};
    }
    w.table({ReviewDocument::tr("Theme"), ReviewDocument::tr("NPS, detractors → passives"), ReviewDocument::tr("Gain"),
             ReviewDocument::tr("NPS, all → promoters"), ReviewDocument::tr("Gain")},
            whatIfs, {1, 2, 3, 4});

    // 5. The loop.
    w.newPage(ReviewDocument::tr("Closing the loop"));
    const core::LoopKpis& k = r.kpis;
    w.table({ReviewDocument::tr("Measure"), ReviewDocument::tr("Value")},
            {{ReviewDocument::tr("Cases opened"), locale.toString(k.cases)},
             {ReviewDocument::tr("Detractors contacted within the SLA"), percent(k.contactedInTimeShare())},
             {ReviewDocument::tr("Median hours to first contact"),
              k.medianHoursToFirstContact ? number(*k.medianHoursToFirstContact) : QStringLiteral("–")},
             {ReviewDocument::tr("Closed"), locale.toString(k.closed)},
             {ReviewDocument::tr("Saved (of closed)"), percent(k.saveRate())},
             {ReviewDocument::tr("Still open"), locale.toString(k.open)},
             {ReviewDocument::tr("Missed first-contact times"), locale.toString(k.breaches)}},
            {1});
    QList<QStringList> owners;
    for (auto it = r.kpisByOwner.cbegin(); it != r.kpisByOwner.cend(); ++it) {
        owners << QStringList{it.key().isEmpty() ? ReviewDocument::tr("nobody") : it.key(),
                              locale.toString(it.value().cases), percent(it.value().contactedInTimeShare()),
                              locale.toString(it.value().open), percent(it.value().saveRate())};
    }
    if (!owners.isEmpty()) {
        w.paragraph(ReviewDocument::tr("Per owner"), 12, true, kInk, 14);
        w.table({ReviewDocument::tr("Owner"), ReviewDocument::tr("Cases"), ReviewDocument::tr("In time"),
                 ReviewDocument::tr("Open"), ReviewDocument::tr("Saved")},
                owners, {1, 2, 3, 4});
    }

    // 6. The plan.
    w.newPage(ReviewDocument::tr("The action plan"));
    const QList<QStringList> plan = actionRows(r.actions, true);
    if (plan.isEmpty()) {
        w.paragraph(ReviewDocument::tr("No action is planned yet."));
    } else {
        w.table({ReviewDocument::tr("Action"), ReviewDocument::tr("Owner"), ReviewDocument::tr("Status"),
                 ReviewDocument::tr("Tasks"), ReviewDocument::tr("Deadline"), ReviewDocument::tr("Expected"),
                 ReviewDocument::tr("Late")},
                plan, {3, 5});
    }
    impactParagraphs(w, r.actions);

    // 7. Declined.
    w.newPage(ReviewDocument::tr("What we declined, and why"));
    QList<QStringList> declined;
    for (const core::Action& a : r.declined) {
        declined << QStringList{a.title, a.rejectionReason, a.customerMessage};
    }
    if (declined.isEmpty()) {
        w.paragraph(ReviewDocument::tr("Nothing was declined."));
    } else {
        w.table({ReviewDocument::tr("Suggestion"), ReviewDocument::tr("Why not"),
                 ReviewDocument::tr("What customers are told")},
                declined);
    }

    // 8. Customers' words.
    if (!r.voices.isEmpty()) {
        w.newPage(ReviewDocument::tr("In customers' words"));
        for (const core::ReviewVoices& v : r.voices) {
            w.paragraph(v.theme, 12, true, kInk, 12);
            for (const QString& comment : v.comments) {
                w.paragraph(QStringLiteral("“%1”").arg(comment.simplified()), kBodyPoints, false, kInk, 4);
            }
        }
    }
}

ReviewDocument::ReviewDocument(const core::DepartmentDigest& d)
    : m_document(std::make_unique<QTextDocument>())
    , m_title(d.title)
{
    prepare();
    QTextDocument& doc = *m_document;
    const QLocale locale;
    Writer w(doc, *m_charts);

    // Title page.
    w.cursor().insertText(QStringLiteral("\n\n\n"), Writer::font(12, false, kInk));
    w.paragraph(d.title, 24, true, kAccent, 120);
    w.paragraph(ReviewDocument::tr("NPS points lost to the themes of %1 in %2: %3 (%4 before)")
                    .arg(d.department, d.period.label(), number(d.pointsLost),
                         number(std::accumulate(
                             d.themes.cbegin(), d.themes.cend(), 0.0,
                             [](double sum, const core::DigestTheme& t) { return sum + t.pointsLostBefore; }))),
                14, false, kInk, 24);
    w.paragraph(ReviewDocument::tr("Everyone's NPS in %1: %2 (%3 answers)")
                    .arg(d.period.label(), npsText(d.overall), locale.toString(d.overall.counts.total())),
                11, false, kMuted, 6);
    w.paragraph(ReviewDocument::tr("Composed %1 by LoopDesk")
                    .arg(locale.toString(d.composedAt.toLocalTime(), QLocale::LongFormat)),
                9, false, kMuted, 30);

    // 1. What customers name.
    w.newPage(ReviewDocument::tr("What customers name"));
    if (d.themes.isEmpty()) {
        w.paragraph(ReviewDocument::tr("No answer of this period names a theme routed to %1.").arg(d.department));
    } else {
        ReviewChart lost;
        lost.kind = ReviewChart::Kind::Bars;
        QList<QStringList> rows;
        for (const core::DigestTheme& t : d.themes) {
            lost.labels << t.now.theme;
            lost.values << t.now.pointsLost;
            rows << QStringList{
                t.now.theme,
                QStringLiteral("%1 (%2)").arg(locale.toString(t.now.mentions), locale.toString(t.mentionsBefore)),
                locale.toString(t.now.mentioning.counts.negative), percent(t.now.shareOfDetractors),
                QStringLiteral("%1 (%2)").arg(number(t.now.pointsLost), number(t.pointsLostBefore))};
        }
        lost.height = std::min(320.0, 24.0 * static_cast<double>(lost.values.size()) + 20);
        lost.note =
            ReviewDocument::tr("NPS points lost: how much NPS would rise if the theme's detractors were passives.");
        w.chart(lost);
        w.table({ReviewDocument::tr("Theme"), ReviewDocument::tr("Mentions (before)"), ReviewDocument::tr("Detractors"),
                 ReviewDocument::tr("Of detractors"), ReviewDocument::tr("Points lost (before)")},
                rows, {1, 2, 3, 4});
        w.paragraph(ReviewDocument::tr("Before: %1, the period of the same length before.").arg(d.previous.label()), 8,
                    false, kMuted, 4);
    }

    // 2. Customers' words.
    w.newPage(ReviewDocument::tr("In customers' words"));
    if (d.anonymised) {
        w.paragraph(ReviewDocument::tr("Anonymised: e-mail addresses, phone numbers and customer numbers are masked, "
                                       "and cases are listed without names."),
                    8, false, kMuted, 4);
    }
    if (d.voices.isEmpty()) {
        w.paragraph(ReviewDocument::tr("No detractor wrote about these themes in this period."));
    }
    for (const core::ReviewVoices& v : d.voices) {
        w.paragraph(v.theme, 12, true, kInk, 12);
        for (const QString& comment : v.comments) {
            w.paragraph(QStringLiteral("“%1”").arg(comment.simplified()), kBodyPoints, false, kInk, 4);
        }
    }

    // 3. Actions on its themes.
    w.newPage(ReviewDocument::tr("Actions on these themes"));
    const QList<QStringList> plan = actionRows(d.actions, false);
    if (plan.isEmpty()) {
        w.paragraph(ReviewDocument::tr("No action addresses these themes yet."));
    } else {
        w.table({ReviewDocument::tr("Action"), ReviewDocument::tr("Owner"), ReviewDocument::tr("Status"),
                 ReviewDocument::tr("Tasks"), ReviewDocument::tr("Deadline"), ReviewDocument::tr("Late")},
                plan, {3});
    }
    impactParagraphs(w, d.actions);

    // 4. Cases waiting on the department.
    w.newPage(ReviewDocument::tr("Cases waiting on %1").arg(d.department));
    QList<QStringList> cases;
    for (const core::DigestCase& c : d.waiting) {
        cases << QStringList{QString::number(c.id),
                             c.customer.isEmpty() ? ReviewDocument::tr("(not shown)") : c.customer,
                             c.theme,
                             c.owner.isEmpty() ? ReviewDocument::tr("nobody") : c.owner,
                             locale.toString(c.createdAt.toLocalTime().date(), QLocale::ShortFormat),
                             c.overdue ? ReviewDocument::tr("overdue") : QString()};
    }
    if (cases.isEmpty()) {
        w.paragraph(ReviewDocument::tr("No open case is waiting on %1.").arg(d.department));
    } else {
        w.table({ReviewDocument::tr("Case"), ReviewDocument::tr("Customer"), ReviewDocument::tr("Root cause"),
                 ReviewDocument::tr("Owner"), ReviewDocument::tr("Opened"), ReviewDocument::tr("Late")},
                cases, {0});
    }
}

ReviewDocument::~ReviewDocument() = default;

QString ReviewDocument::writePdf(const QString& path) const
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(72); // one unit is one point
    writer.setPageMargins(QMarginsF(40, 40, 40, 62), QPageLayout::Point);
    writer.setTitle(m_title);
    writer.setCreator(QStringLiteral("LoopDesk"));
    QPainter painter;
    if (!painter.begin(&writer)) {
        return ReviewDocument::tr("LoopDesk could not write %1.").arg(path);
    }
    QTextDocument& doc = *m_document;
    const QSizeF screenPageSize = doc.pageSize();
    const QRectF body = writer.pageLayout().paintRect(QPageLayout::Point);
    doc.documentLayout()->setPaintDevice(&writer);
    doc.setPageSize(QSizeF(body.width(), body.height() - 24));
    m_pages = doc.pageCount();
    const double pageHeight = doc.pageSize().height();
    QFont footer = doc.defaultFont();
    footer.setPointSizeF(7.5);
    for (int page = 0; page < m_pages; ++page) {
        if (page > 0) {
            writer.newPage();
        }
        painter.save();
        painter.translate(0, -pageHeight * page);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, pageHeight * page, body.width(), pageHeight);
        context.palette.setColor(QPalette::Text, kInk);
        painter.setClipRect(context.clip);
        doc.documentLayout()->draw(&painter, context);
        painter.restore();
        if (page > 0) { // the title page goes without
            painter.setFont(footer);
            painter.setPen(kMuted);
            painter.drawLine(QPointF(0, body.height() - 16), QPointF(body.width(), body.height() - 16));
            painter.drawText(QRectF(0, body.height() - 14, body.width() * 0.75, 14), Qt::AlignLeft | Qt::AlignVCenter,
                             m_title);
            painter.drawText(QRectF(0, body.height() - 14, body.width(), 14), Qt::AlignRight | Qt::AlignVCenter,
                             ReviewDocument::tr("Page %1 of %2").arg(page + 1).arg(m_pages));
        }
    }
    painter.end();
    // Back to the screen: the writer goes away with this function.
    doc.documentLayout()->setPaintDevice(nullptr);
    doc.setPageSize(screenPageSize);
    return QFileInfo(path).size() > 0 ? QString() : ReviewDocument::tr("LoopDesk could not write %1.").arg(path);
}

} // namespace loopdesk::ui
