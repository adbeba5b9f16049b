// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflow/autoassignment.h"

#include "storage/casestore.h"
#include "storage/database.h"
#include "storage/responsestore.h"
#include "storage/settingsstore.h"
#include "storage/staffstore.h"
#include "workflow/caseservice.h"

#include <QHash>

namespace loopdesk::core {

AutoAssignment::AutoAssignment(Database& db, const Clock& clock, qint64 actingStaffId)
    : m_db(db)
    , m_clock(clock)
    , m_staffId(actingStaffId)
{}

QString AutoAssignment::segmentOwnerKey(const QString& dimension, const QString& value)
{
    return QStringLiteral("assignment.segment_owner.%1.%2").arg(dimension, value);
}

QList<FollowUpCase> AutoAssignment::run(Mode mode, const QString& dimension)
{
    QList<qint64> agents;
    QHash<QString, qint64> activeByName;
    for (const Staff& s : StaffStore(m_db).all()) {
        if (s.active && s.role == Staff::Role::Agent) {
            agents << s.id;
        }
        if (s.active) {
            activeByName.insert(s.name, s.id);
        }
    }
    const SettingsStore settings(m_db);
    ResponseStore responses(m_db);
    CaseStore cases(m_db);
    QMap<qint64, qint64> load = cases.openLoadByOwner();
    CaseService service(m_db, m_clock, m_staffId);
    QList<FollowUpCase> assigned;
    for (const auto& [followUp, accountOwner] : cases.unassignedOpen()) {
        qint64 owner = mode == Mode::AccountOwner ? accountOwner : 0;
        if (mode == Mode::SegmentOwner) {
            const std::optional<Response> answer = responses.get(followUp.responseId);
            const QString value = answer ? answer->segments.value(dimension) : QString();
            owner = value.isEmpty() ? 0 : activeByName.value(settings.value(segmentOwnerKey(dimension, value)), 0);
        }
        if (owner == 0 && !agents.isEmpty()) {
            // The least loaded agent; ties go to the one listed first, so turns rotate.
            owner = *std::min_element(agents.cbegin(), agents.cend(),
                                      [&](qint64 a, qint64 b) { return load.value(a) < load.value(b); });
        }
        if (owner == 0) {
            break; // nobody to give work to
        }
        assigned << service.assign(followUp.id, followUp.version, owner);
        ++load[owner];
    }
    return assigned;
}

} // namespace loopdesk::core
