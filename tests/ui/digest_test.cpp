// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboardfixture.h"
#include "review/digestdialog.h"
#include "uisupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QProcess>
#include <QPushButton>

using namespace loopdesk;
using test::child;

namespace {

const core::ManualClock kClock(QDateTime(QDate(2026, 11, 22), QTime(9, 30), Qt::UTC));

QString pdfText(const QString& pdf)
{
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    REQUIRE(text.waitForFinished(60000));
    return QString::fromUtf8(text.readAllStandardOutput());
}

} // namespace

TEST_CASE("the department digest dialog composes for a department and period and saves PDF and CSV", "[ui][digest]")
{
    test::DashboardFixture f(kClock);
    ui::DigestDialog dialog(*f.db, kClock, QStringLiteral("2026Q3"));
    dialog.show();
    auto* department = child<QComboBox>(dialog, "digestDepartmentCombo");
    department->setCurrentIndex(department->findText(QStringLiteral("Logistics")));
    REQUIRE(dialog.digest().has_value());
    CHECK(dialog.digest()->themes.size() == 2);
    CHECK(child<QLabel>(dialog, "digestSummary")->text().contains(QStringLiteral("costing 20.0 NPS points")));
    test::screenshot(dialog, "digest-dialog");

    const QString pdf = f.dir.filePath(QStringLiteral("digest.pdf"));
    REQUIRE(dialog.savePdf(pdf).isEmpty());
    const QString words = pdfText(pdf);
    CHECK(words.contains(QStringLiteral("Logistics: what customers said, 2026Q3")));
    CHECK(words.contains(QStringLiteral("late again")));
    CHECK(words.contains(QStringLiteral("Cases waiting on Logistics")));
    const QString keep = qEnvironmentVariable("LOOPDESK_SCREENSHOT_DIR");
    if (!keep.isEmpty()) {
        QFile::copy(pdf, keep + QStringLiteral("/digest-en.pdf"));
    }
    REQUIRE(dialog.saveCsv(f.dir.filePath(QStringLiteral("digest.csv"))).isEmpty());

    child<QCheckBox>(dialog, "digestAnonymiseCheck")->setChecked(true);
    REQUIRE(dialog.digest().has_value());
    CHECK(dialog.digest()->anonymised);

    auto* period = child<QComboBox>(dialog, "digestPeriodCombo");
    period->setCurrentText(QStringLiteral("last summer"));
    CHECK_FALSE(dialog.digest().has_value());
    CHECK_FALSE(child<QPushButton>(dialog, "digestPdfButton")->isEnabled());
    CHECK(child<QLabel>(dialog, "digestSummary")->text().contains(QStringLiteral("2026Q3")));
    period->setCurrentText(QStringLiteral("2026-09"));
    REQUIRE(dialog.digest().has_value());
    CHECK(dialog.digest()->themes.size() == 2); // September: two late deliveries and the rude driver
}
