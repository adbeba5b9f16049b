// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/action.h"
#include "domain/contactattempt.h"
#include "domain/followupcase.h"
#include "domain/staff.h"
#include "domain/wave.h"

#include <array>
#include <utility>

// Storage and CLI keys for the domain's enums, kept next to each other so they stay in step.
namespace loopdesk::core {
namespace {

template <typename Enum, std::size_t N>
QString keyOf(const std::array<std::pair<Enum, const char*>, N>& table, Enum value)
{
    for (const auto& [e, key] : table) {
        if (e == value) {
            return QString::fromLatin1(key);
        }
    }
    return {};
}

template <typename Enum, std::size_t N>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, const char*>, N>& table, const QString& key)
{
    for (const auto& [e, k] : table) {
        if (key.compare(QLatin1String(k), Qt::CaseInsensitive) == 0) {
            return e;
        }
    }
    return std::nullopt;
}

using S = FollowUpCase::Status;
constexpr std::array<std::pair<S, const char*>, 7> caseStatuses{{{S::New, "new"},
                                                                 {S::Contacting, "contacting"},
                                                                 {S::InProgress, "in_progress"},
                                                                 {S::Resolved, "resolved"},
                                                                 {S::Closed, "closed"},
                                                                 {S::Unreachable, "unreachable"},
                                                                 {S::Reopened, "reopened"}}};
using O = FollowUpCase::Outcome;
constexpr std::array<std::pair<O, const char*>, 5> caseOutcomes{{{O::None, "none"},
                                                                 {O::Saved, "saved"},
                                                                 {O::NotSaved, "not_saved"},
                                                                 {O::Unreachable, "unreachable"},
                                                                 {O::Declined, "declined"}}};
using A = FollowUpCase::Approval;
constexpr std::array<std::pair<A, const char*>, 4> caseApprovals{
    {{A::None, ""}, {A::Pending, "pending"}, {A::Approved, "approved"}, {A::Declined, "declined"}}};
using M = ContactAttempt::Mode;
constexpr std::array<std::pair<M, const char*>, 4> contactModes{
    {{M::Phone, "phone"}, {M::Email, "email"}, {M::InPerson, "in_person"}, {M::Sms, "sms"}}};
using AS = Action::Status;
constexpr std::array<std::pair<AS, const char*>, 5> actionStatuses{{{AS::Proposed, "proposed"},
                                                                    {AS::Approved, "approved"},
                                                                    {AS::Rejected, "rejected"},
                                                                    {AS::InProgress, "in_progress"},
                                                                    {AS::Done, "done"}}};
using AL = Action::Level;
constexpr std::array<std::pair<AL, const char*>, 2> actionLevels{
    {{AL::Tactical, "tactical"}, {AL::Strategic, "strategic"}}};

} // namespace

QString caseStatusKey(FollowUpCase::Status status)
{
    return keyOf(caseStatuses, status);
}
std::optional<FollowUpCase::Status> caseStatusFromKey(const QString& key)
{
    return valueOf(caseStatuses, key);
}
QString caseOutcomeKey(FollowUpCase::Outcome outcome)
{
    return keyOf(caseOutcomes, outcome);
}
std::optional<FollowUpCase::Outcome> caseOutcomeFromKey(const QString& key)
{
    return valueOf(caseOutcomes, key);
}
QString segmentText(const QPair<QString, QString>& segment)
{
    return segment.first.isEmpty() ? QString() : segment.first + QLatin1Char('=') + segment.second;
}
QPair<QString, QString> segmentFromText(const QString& text)
{
    const qsizetype equals = text.indexOf(QLatin1Char('='));
    return equals > 0 ? qMakePair(text.left(equals), text.mid(equals + 1)) : QPair<QString, QString>{};
}
QString caseCategoryKey(ScoreClass category)
{
    return scoreClassKey(Metric::Nps, category);
}
ScoreClass caseCategoryFromKey(const QString& key)
{
    return key == QLatin1String("promoter")  ? ScoreClass::Positive
           : key == QLatin1String("passive") ? ScoreClass::Neutral
                                             : ScoreClass::Negative;
}
QString caseApprovalKey(FollowUpCase::Approval approval)
{
    return keyOf(caseApprovals, approval);
}
FollowUpCase::Approval caseApprovalFromKey(const QString& key)
{
    return valueOf(caseApprovals, key).value_or(A::None);
}
bool isOpenStatus(FollowUpCase::Status status)
{
    return status != S::Closed && status != S::Resolved;
}

QString contactModeKey(ContactAttempt::Mode mode)
{
    return keyOf(contactModes, mode);
}
std::optional<ContactAttempt::Mode> contactModeFromKey(const QString& key)
{
    return valueOf(contactModes, key);
}

QString actionStatusKey(Action::Status status)
{
    return keyOf(actionStatuses, status);
}
std::optional<Action::Status> actionStatusFromKey(const QString& key)
{
    return valueOf(actionStatuses, key);
}
QString actionLevelKey(Action::Level level)
{
    return keyOf(actionLevels, level);
}
std::optional<Action::Level> actionLevelFromKey(const QString& key)
{
    return valueOf(actionLevels, key);
}

QString staffRoleKey(Staff::Role role)
{
    return role == Staff::Role::Manager ? QStringLiteral("manager") : QStringLiteral("agent");
}
Staff::Role staffRoleFromKey(const QString& key)
{
    return key == QLatin1String("manager") ? Staff::Role::Manager : Staff::Role::Agent;
}

QString waveKindKey(Wave::Kind kind)
{
    return kind == Wave::Kind::Transactional ? QStringLiteral("transactional") : QStringLiteral("relationship");
}
Wave::Kind waveKindFromKey(const QString& key)
{
    return key == QLatin1String("transactional") ? Wave::Kind::Transactional : Wave::Kind::Relationship;
}

} // namespace loopdesk::core
