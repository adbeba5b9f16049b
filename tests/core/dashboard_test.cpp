// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboardfixture.h"
#include "metrics/dashboard.h"
#include "storage/storageerror.h"

#include <cmath>

using namespace loopdesk::core;

namespace {

const ManualClock kClock(QDateTime(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC));

double rounded(double value)
{
    return std::round(value * 100) / 100;
}

Period quarter(const char* text)
{
    return *Period::parse(QString::fromLatin1(text));
}

struct Fixture : loopdesk::test::DashboardFixture {
    Fixture()
        : DashboardFixture(kClock)
    {}

    Dashboard compose(const char* from, const char* to, QPair<QString, QString> segment = {},
                      const QString& breakdown = {}) const
    {
        return DashboardComposer(*db, kClock).compose({quarter(from), quarter(to), segment, breakdown});
    }
};

} // namespace

TEST_CASE("the dashboards of three hand-computed quarters", "[dashboard]")
{
    Fixture f;
    const Dashboard d = f.compose("2025Q4", "2026Q3");

    REQUIRE(d.trend.size() == 4);
    CHECK(d.trend.at(0).quarter == QStringLiteral("2025Q4"));
    CHECK(d.trend.at(0).score.counts.total() == 0); // a quarter without answers stays a gap
    CHECK_FALSE(d.trend.at(0).score.score.has_value());
    CHECK_FALSE(d.trend.at(1).change.has_value()); // nothing to compare Q1 with
    CHECK(rounded(*d.trend.at(1).score.score) == -65);
    CHECK(rounded(*d.trend.at(2).score.score) == 20);
    REQUIRE(d.trend.at(2).change.has_value());
    CHECK(rounded(d.trend.at(2).change->delta) == 85);
    CHECK(std::round(d.trend.at(2).change->z * 100) == 262);
    CHECK(d.trend.at(2).change->significant);
    CHECK(rounded(*d.trend.at(3).score.score) == 40);
    CHECK(rounded(d.trend.at(3).change->delta) == 20);
    CHECK(std::round(d.trend.at(3).change->z * 100) == 68);
    CHECK_FALSE(d.trend.at(3).change->significant);
    CHECK(d.trend.at(3).score.counts.positive == 12);
    CHECK(d.trend.at(3).score.counts.neutral == 4);
    CHECK(d.trend.at(3).score.counts.negative == 4);

    CHECK(d.total.counts.total() == 50);
    CHECK(rounded(*d.total.score) == -6);

    CHECK(d.dimensions == QStringList{QStringLiteral("region")});
    CHECK(d.breakdown == QStringLiteral("region"));
    REQUIRE(d.bySegment.size() == 2);
    CHECK(d.bySegment.at(0).group == QStringList{QStringLiteral("North")});
    CHECK(rounded(*d.bySegment.at(0).score.score) == 70);
    CHECK(d.bySegment.at(0).score.counts.total() == 10);
    CHECK(rounded(*d.bySegment.at(1).score.score) == -25);
    CHECK(d.bySegment.at(1).score.counts.total() == 40);

    REQUIRE(d.pareto.size() == 3);
    CHECK(d.pareto.at(0).theme.endsWith(QStringLiteral("Late delivery")));
    CHECK(d.pareto.at(0).mentioning.counts.negative == 3);
    CHECK(rounded(d.pareto.at(0).pointsLost) == 6); // 3 detractors of 50 answers
    // Ties in the order of their names.
    CHECK(d.pareto.at(1).theme == QStringLiteral("Customer service / Unhelpful answer")); // "waited a week"
    CHECK(d.pareto.at(1).mentioning.counts.negative == 1);
    CHECK(d.pareto.at(2).theme == QStringLiteral("Delivery / Courier conduct"));
    CHECK(d.detractorMentions == 5);

    CHECK(d.kpis.cases == 22);
    CHECK(d.kpis.open == 22);
    REQUIRE(d.backlog.size() == 2);
    CHECK(d.backlog.at(0).owner.isEmpty());
    CHECK(d.backlog.at(0).open == 20);
    CHECK(d.backlog.at(0).overdue == 20); // nobody called them back: all past their due time
    CHECK(d.backlog.at(1).owner == QStringLiteral("Marta"));
    CHECK(d.backlog.at(1).open == 2);
}

TEST_CASE("dashboards of one segment and one quarter", "[dashboard]")
{
    Fixture f;
    const Dashboard north = f.compose("2026Q3", "2026Q3", {QStringLiteral("region"), QStringLiteral("North")});
    REQUIRE(north.trend.size() == 1);
    CHECK(rounded(*north.trend.first().score.score) == 70);
    CHECK(north.breakdown.isEmpty()); // the only dimension is the filter's own
    CHECK(north.bySegment.isEmpty());
    REQUIRE(north.pareto.size() == 1);
    CHECK(north.pareto.first().mentioning.counts.negative == 1);
    CHECK(north.kpis.cases == 1);

    const Dashboard byRegion =
        f.compose("2026Q3", "2026Q3", {QStringLiteral("region"), QStringLiteral("North")}, QStringLiteral("region"));
    CHECK(byRegion.breakdown == QStringLiteral("region")); // asked for: the filter's one value
    REQUIRE(byRegion.bySegment.size() == 1);

    CHECK(DashboardComposer(*f.db, kClock).quarters().size() == 3);
    CHECK_THROWS_AS(f.compose("2026Q3", "2026Q1"), StorageError);
    CHECK_THROWS_AS(f.compose("2026Q1", "2026Q3", {QStringLiteral("region"), QStringLiteral("Atlantis")}),
                    StorageError);
    CHECK_THROWS_AS(DashboardComposer(*f.db, kClock).compose({quarter("2026-05"), quarter("2026Q3"), {}, {}}),
                    StorageError);
}
