// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboardfixture.h"
#include "review/departmentdigest.h"
#include "review/quarterlyreview.h"
#include "review/reviewjson.h"
#include "storage/actionstore.h"
#include "storage/sqldialect.h"
#include "storage/statement.h"
#include "workflow/actionimpact.h"
#include "workflow/actionplan.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>

#include <cmath>

using namespace loopdesk::core;

namespace {

const ManualClock kApproval(QDateTime(QDate(2026, 4, 1), QTime(10, 0), Qt::UTC));
const ManualClock kNow(QDateTime(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC));

double rounded(double value)
{
    return std::round(value * 100) / 100;
}

} // namespace

TEST_CASE("an action's impact: the baseline kept at approval against what happened since, by hand", "[impact]")
{
    // The dashboards' quarters (dashboardfixture.h). Approved on 1 April: the 90 days before are
    // 1 January to 31 March, Q1 (2 P, 3 N, 15 D: NPS -65; no comment names Late delivery).
    // Since: Q2 and Q3, 17 P, 6 N, 7 D of 30: NPS 33.33; 3 of the 7 detractors name Late delivery.
    loopdesk::test::DashboardFixture f(kNow);
    const qint64 manager = StaffStore(*f.db).add(Staff{0, QStringLiteral("Ola"), {}, Staff::Role::Manager, true});
    Action deliverySlots;
    deliverySlots.title = QStringLiteral("Two-hour delivery slots");
    deliverySlots.themeIds = {ThemeStore(*f.db).findTheme(QStringLiteral("Delivery"))->id}; // with its sub-themes
    ActionPlan plan(*f.db, kApproval, manager);
    const qint64 id = plan.propose(deliverySlots);
    CHECK_FALSE(actionImpact(*f.db, *ActionStore(*f.db).get(id), kNow.nowUtc()).has_value()); // not approved yet
    plan.move(id, 1, Action::Status::Approved);

    const std::optional<ActionBaseline> baseline = storedBaseline(*f.db, id);
    REQUIRE(baseline.has_value());
    CHECK(baseline->approvedAt == kApproval.nowUtc());
    CHECK(baseline->from == QDate(2026, 1, 1));
    CHECK(baseline->counts.positive == 2);
    CHECK(baseline->counts.neutral == 3);
    CHECK(baseline->counts.negative == 15);
    CHECK(baseline->themeDetractors == 0);

    const std::optional<ActionImpact> impact = actionImpact(*f.db, *ActionStore(*f.db).get(id), kNow.nowUtc());
    REQUIRE(impact.has_value());
    CHECK(rounded(*impact->npsBefore.score) == -65);
    CHECK(rounded(*impact->npsSince.score) == 33.33);
    CHECK(rounded(impact->npsChange.delta) == 98.33);
    CHECK(impact->npsChange.significant);
    // Delivery (Late delivery 3 + Courier conduct 1) among the 7 detractors since: 4/7, from 0/15.
    // Adjusted: (0+1)/17 = 0.0588 against (4+1)/9 = 0.556, se 0.175, z = 2.84: significant — the
    // share went up, and the action view says so.
    CHECK(impact->themeDetractorsSince == 4);
    REQUIRE(impact->themeShare.has_value());
    CHECK(rounded(impact->themeShare->before) == 0);
    CHECK(rounded(impact->themeShare->after * 100) == 57.14);
    CHECK(std::round(impact->themeShare->z * 100) == 284);
    // The interval's half-width: 1.96 x 0.1750 = 34.3 points.
    CHECK(std::round(impact->themeShare->margin * 10) == 343);
    CHECK(impact->themeShare->significant);
    CHECK(impactSummary(*impact).startsWith(QStringLiteral("Since approval on ")));

    // The quarterly review and the department digest carry the same figures.
    const QuarterlyReview review =
        QuarterlyReviewComposer(*f.db, kNow).compose({*Period::parse(QStringLiteral("2026Q3")), {}, {}});
    REQUIRE(review.actions.size() == 1);
    REQUIRE(review.actions.first().impact.has_value());
    CHECK(rounded(*review.actions.first().impact->npsSince.score) == 33.33);
    const QJsonObject json = reviewToJson(review)[QStringLiteral("actions")].toArray().first().toObject();
    CHECK(json[QStringLiteral("impact")][QStringLiteral("nps_before")][QStringLiteral("nps")].toDouble() == -65);
    CHECK(json[QStringLiteral("impact")][QStringLiteral("nps_delta")].toDouble() == 98.33);
    CHECK(json[QStringLiteral("impact")][QStringLiteral("theme_share_since")].toDouble() == 57.14);
    CHECK(json[QStringLiteral("impact")][QStringLiteral("theme_share_significant")].toBool());
    const DepartmentDigest digest =
        DepartmentDigestComposer(*f.db, kNow)
            .compose(QStringLiteral("Logistics"), *Period::parse(QStringLiteral("2026Q3")), false);
    REQUIRE(digest.actions.size() == 1);
    REQUIRE(digest.actions.first().impact.has_value());
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("digest.csv"));
    writeDigestCsv(digest, csv);
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    CHECK(text.contains(QStringLiteral("action,Two-hour delivery slots,nps_delta,98.33")));
    CHECK(text.contains(QStringLiteral("action,Two-hour delivery slots,theme_share_since,57.14")));

    // Moving on to in progress and done keeps the baseline as it was decided.
    plan.move(id, 2, Action::Status::InProgress);
    CHECK(storedBaseline(*f.db, id)->approvedAt == kApproval.nowUtc());
}

TEST_CASE("an action measured on one segment, and how its detractors were called back, by hand", "[impact]")
{
    loopdesk::test::DashboardFixture f(kNow);
    // Callbacks: of Q1's 15 detractor cases (answered 12 Feb, due 48 h later), 5 reached after
    // 10 hours and 10 after 60 hours; since approval, Q2's 3 and Q3's 4 cases: 6 reached after 5
    // hours, the last never (its due time has passed).
    const auto contact = [&](const char* answered, int cases, int hours) {
        Statement s(
            f.db->connection(),
            QStringLiteral("UPDATE followup_case SET first_contact_at = created_at + ? WHERE id IN (SELECT c.id "
                           "FROM followup_case c JOIN response r ON r.id = c.response_id WHERE "
                           "c.first_contact_at IS NULL AND %1 = ? ORDER BY c.id LIMIT ?)")
                .arg(sql::utcDate(f.db->backend(), QStringLiteral("r.answered_at"))));
        s.bind(hours * 3600).bind(QString::fromLatin1(answered)).bind(cases).exec();
    };
    contact("2026-02-12", 5, 10);
    contact("2026-02-12", 10, 60);
    contact("2026-04-10", 3, 5);
    contact("2026-08-04", 1, 5);
    contact("2026-09-13", 1, 5);
    contact("2026-09-14", 1, 5);
    const qint64 manager = StaffStore(*f.db).add(Staff{0, QStringLiteral("Ola"), {}, Staff::Role::Manager, true});
    Action south;
    south.title = QStringLiteral("Call South back the same day");
    south.measureSegment = {QStringLiteral("region"), QStringLiteral("South")};
    ActionPlan plan(*f.db, kApproval, manager);
    const qint64 id = plan.propose(south);
    CHECK(ActionStore(*f.db).get(id)->measureSegment == south.measureSegment);
    plan.move(id, 1, Action::Status::Approved);

    const std::optional<ActionImpact> impact = actionImpact(*f.db, *ActionStore(*f.db).get(id), kNow.nowUtc());
    REQUIRE(impact.has_value());
    // South: before 2 P, 3 N, 15 D (-65); since Q2 5/2/3 and Q3 South 4/3/3: 9 P, 5 N, 6 D of 20 -> 15.
    CHECK(impact->baseline.segment == south.measureSegment);
    CHECK(rounded(*impact->npsBefore.score) == -65);
    CHECK(rounded(*impact->npsSince.score) == 15);
    CHECK(impact->npsChange.significant);
    // Callbacks of South's cases: 5 of 15 in time before (median 60 h); 5 of 6 since (median 5 h):
    // the North case of 4 August is not South's. Adjusted: 6/17 = 0.353 against 6/8 = 0.75,
    // se = 0.192, z = 2.07: significant.
    CHECK(impact->baseline.detractorsDue == 15);
    CHECK(impact->baseline.detractorsInTime == 5);
    CHECK(*impact->baseline.medianHours == 60);
    CHECK(impact->detractorsDueSince == 6);
    CHECK(impact->detractorsInTimeSince == 5);
    CHECK(*impact->medianHoursSince == 5);
    CHECK_FALSE(impact->themeShare.has_value()); // the action names no theme
    REQUIRE(impact->inTime.has_value());
    CHECK(std::round(impact->inTime->z * 100) == 207);
    CHECK(std::round(impact->inTime->margin * 10) == 376); // 1.96 x 0.1920
    INFO(impactSummary(*impact).toStdString());
    CHECK(impactSummary(*impact).contains(QStringLiteral(
        "detractors called back in time 33.3 % before, 83.3 % since (+50.0 ± 37.6 points, significant)")));
    CHECK(impact->inTime->significant);
    const QString words = impactSummary(*impact);
    INFO(words.toStdString());
    CHECK(words.contains(QStringLiteral("NPS of region = South -65.0 in the 90 days before, 15.0 since")));
    CHECK(words.contains(QStringLiteral("median first contact after 60.0 h before, 5.0 h since")));

    // Changing the action afterwards does not change what it is measured on.
    Action changed = *ActionStore(*f.db).get(id);
    changed.measureSegment = {};
    plan.save(changed);
    CHECK(actionImpact(*f.db, *ActionStore(*f.db).get(id), kNow.nowUtc())->baseline.segment == south.measureSegment);
}

TEST_CASE("a share's change: equal shares are no change, a large sample makes a small change significant", "[impact]")
{
    const ShareChange same = compareShares(10, 100, 10, 100);
    CHECK(same.delta == 0);
    CHECK(same.z == 0);
    CHECK_FALSE(same.significant);
    const ShareChange small = compareShares(2, 10, 4, 10);
    CHECK(rounded(small.delta) == 20);
    CHECK_FALSE(small.significant);
    const ShareChange large = compareShares(200, 1000, 260, 1000);
    CHECK(rounded(large.delta) == 6);
    CHECK(large.significant);
}
