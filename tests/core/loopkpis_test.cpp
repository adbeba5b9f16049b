// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/loopkpis.h"

#include <catch2/catch.hpp>

using namespace loopdesk::core;
using S = FollowUpCase::Status;
using O = FollowUpCase::Outcome;

namespace {

QDateTime utc(int month, int day, int hour = 0)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, 0), Qt::UTC);
}

CaseFact fact(const char* owner, ScoreClass category, QDateTime created, std::optional<int> hoursToContact, S status,
              O outcome = O::None, std::optional<int> resurvey = {}, int reassignments = 0, bool rootCause = false)
{
    CaseFact f;
    f.owner = QString::fromUtf8(owner);
    FollowUpCase& c = f.followUp;
    c.category = category;
    c.createdAt = created;
    c.firstContactDue = created.addSecs(48 * 3600);
    if (hoursToContact) {
        c.firstContactAt = created.addSecs(*hoursToContact * 3600);
    }
    c.status = status;
    c.outcome = outcome;
    c.resurveyScore = resurvey;
    c.reassignmentCount = reassignments;
    c.rootCauseThemeId = rootCause ? 1 : 0;
    return f;
}

// Six cases, worked out by hand (now: 22 November 2026, 12:00 UTC):
// 1 Ewa   detractor, contacted after 4 h (in time), closed, saved, root cause
// 2 Ewa   detractor, contacted after 72 h (late), closed, not saved, re-survey 5, 2 reassignments, root cause
// 3 Kamil detractor, created 21 Nov 12:00, not contacted, not yet due
// 4 Kamil detractor, created 19 Nov, not contacted, past due (a breach)
// 5 —     passive, contacted after 10 h, in progress, 1 reassignment
// 6 Kamil detractor, created 30 Sep (Q3), contacted after 2 h, closed, saved, root cause
QList<CaseFact> handSet()
{
    const auto N = ScoreClass::Negative;
    return {fact("Ewa", N, utc(11, 20), 4, S::Closed, O::Saved, {}, 0, true),
            fact("Ewa", N, utc(11, 10), 72, S::Closed, O::NotSaved, 5, 2, true),
            fact("Kamil", N, utc(11, 21, 12), {}, S::New),
            fact("Kamil", N, utc(11, 19), {}, S::New),
            fact("", ScoreClass::Neutral, utc(11, 20), 10, S::InProgress, O::None, {}, 1),
            fact("Kamil", N, utc(9, 30), 2, S::Closed, O::Saved, {}, 0, true)};
}

const QDateTime kNow = utc(11, 22, 12);

} // namespace

TEST_CASE("loop KPIs of a hand-computed set of cases", "[metrics][kpi]")
{
    const LoopKpis k = loopKpis(handSet(), kNow);
    CHECK(k.cases == 6);
    CHECK(k.detractorCases == 5);
    CHECK(k.detractorsDue == 4); // case 3 is neither contacted nor due yet
    CHECK(k.detractorsContactedInTime == 2);
    CHECK(*k.contactedInTimeShare() == Catch::Detail::Approx(0.5));
    CHECK(*k.medianHoursToFirstContact == Catch::Detail::Approx(7.0)); // 2, 4, 10, 72
    CHECK(k.closed == 3);
    CHECK(k.saved == 2);
    CHECK(*k.saveRate() == Catch::Detail::Approx(2.0 / 3.0));
    CHECK(*k.closureRate() == Catch::Detail::Approx(0.5));
    CHECK(k.open == 3);
    CHECK(k.breaches == 2);
    CHECK(*k.reassignmentsPerCase() == Catch::Detail::Approx(0.5));
    CHECK(*k.rootCauseShare() == Catch::Detail::Approx(0.5));
}

TEST_CASE("a re-survey score of 7 or more counts as saved", "[metrics][kpi]")
{
    QList<CaseFact> facts = handSet();
    facts[1].followUp.resurveyScore = 8;
    CHECK(loopKpis(facts, kNow).saved == 3);
}

TEST_CASE("loop KPIs per owner and per quarter", "[metrics][kpi]")
{
    const auto byOwner = loopKpisBy(handSet(), KpiGrouping::Owner, kNow);
    REQUIRE(byOwner.keys() == QStringList{QString(), QStringLiteral("Ewa"), QStringLiteral("Kamil")});
    CHECK(byOwner[QStringLiteral("Ewa")].cases == 2);
    CHECK(byOwner[QStringLiteral("Ewa")].breaches == 1);
    CHECK(byOwner[QStringLiteral("Kamil")].open == 2);
    CHECK(byOwner[QStringLiteral("Kamil")].breaches == 1);
    CHECK(byOwner[QString()].reassignments == 1);
    const auto byQuarter = loopKpisBy(handSet(), KpiGrouping::Quarter, kNow);
    CHECK(byQuarter.keys() == QStringList{QStringLiteral("2026Q3"), QStringLiteral("2026Q4")});
    CHECK(byQuarter[QStringLiteral("2026Q3")].cases == 1);
    CHECK(byQuarter[QStringLiteral("2026Q4")].cases == 5);
}

TEST_CASE("no cases: no rates, said so", "[metrics][kpi]")
{
    const LoopKpis k = loopKpis({}, kNow);
    CHECK_FALSE(k.saveRate().has_value());
    CHECK_FALSE(k.medianHoursToFirstContact.has_value());
    CHECK_FALSE(k.contactedInTimeShare().has_value());
}
