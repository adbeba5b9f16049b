// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflow/casestatusmachine.h"

#include <catch2/catch.hpp>

#include <set>
#include <utility>

using namespace loopdesk::core;
using S = FollowUpCase::Status;

TEST_CASE("every legal move is allowed and every other one refused with a reason", "[workflow][status]")
{
    // The process as CX teams run it, written out independently of the implementation.
    const std::set<std::pair<S, S>> legal{
        {S::New, S::Contacting},         {S::New, S::InProgress},        {S::Contacting, S::InProgress},
        {S::Contacting, S::Unreachable}, {S::InProgress, S::Contacting}, {S::InProgress, S::Resolved},
        {S::Resolved, S::Closed},        {S::Resolved, S::Reopened},     {S::Closed, S::Reopened},
        {S::Unreachable, S::Contacting}, {S::Unreachable, S::Closed},    {S::Reopened, S::Contacting},
        {S::Reopened, S::InProgress}};
    const QList<S> all{S::New, S::Contacting, S::InProgress, S::Resolved, S::Closed, S::Unreachable, S::Reopened};
    for (S from : all) {
        for (S to : all) {
            FollowUpCase c;
            c.status = from;
            c.rootCauseThemeId = 7;
            c.outcome = from == S::Unreachable ? FollowUpCase::Outcome::Unreachable : FollowUpCase::Outcome::Saved;
            const QString why = CaseStatusMachine::refusal(c, to);
            INFO(caseStatusKey(from).toStdString()
                 << " -> " << caseStatusKey(to).toStdString() << ": " << why.toStdString());
            CHECK(why.isEmpty() == (legal.count({from, to}) == 1));
        }
    }
}

TEST_CASE("closing needs a root cause and an outcome", "[workflow][status]")
{
    FollowUpCase c;
    c.status = S::Resolved;
    CHECK(CaseStatusMachine::refusal(c, S::Closed).contains(QStringLiteral("root cause")));
    c.rootCauseThemeId = 3;
    CHECK(CaseStatusMachine::refusal(c, S::Closed).contains(QStringLiteral("outcome")));
    c.outcome = FollowUpCase::Outcome::NotSaved;
    CHECK(CaseStatusMachine::refusal(c, S::Closed).isEmpty());
    c.status = S::Unreachable;
    CHECK_FALSE(CaseStatusMachine::refusal(c, S::Closed).isEmpty());
    c.outcome = FollowUpCase::Outcome::Unreachable;
    CHECK(CaseStatusMachine::refusal(c, S::Closed).isEmpty());
}

TEST_CASE("an illegal move names the moves that are possible", "[workflow][status]")
{
    FollowUpCase c;
    c.status = S::New;
    const QString why = CaseStatusMachine::refusal(c, S::Closed);
    CHECK(why.contains(QStringLiteral("\"New\"")));
    CHECK(why.contains(QStringLiteral("Contacting, In progress")));
}
