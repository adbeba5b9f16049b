// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflow/escalation.h"

#include "domain/clock.h"
#include "storage/database.h"
#include "storage/settingsstore.h"
#include "storage/staffstore.h"
#include "workflow/caserules.h"
#include "workflow/caseservice.h"

namespace loopdesk::core {

Escalation::Escalation(Database& db, const Clock& clock, qint64 actingStaffId)
    : m_db(db)
    , m_clock(clock)
    , m_staffId(actingStaffId)
{}

QList<CaseListRow> Escalation::candidates() const
{
    const WorkflowSettings settings = WorkflowSettings::load(SettingsStore(m_db));
    CaseFilter filter;
    filter.openOnly = true;
    filter.overdueAt = m_clock.nowUtc().addSecs(qint64{settings.escalationWindowHours} * 3600);
    filter.limit = 100000;
    return CaseStore(m_db).list(filter);
}

QList<FollowUpCase> Escalation::run()
{
    const WorkflowSettings settings = WorkflowSettings::load(SettingsStore(m_db));
    qint64 handTo = 0;
    if (!settings.escalateTo.isEmpty()) {
        const std::optional<Staff> lead = StaffStore(m_db).findByName(settings.escalateTo);
        if (!lead) {
            throw WorkflowError(tr("Escalated cases should go to \"%1\", but there is no staff member of that name; "
                                   "fix the escalation setting.")
                                    .arg(settings.escalateTo));
        }
        handTo = lead->id;
    }
    CaseService service(m_db, m_clock, m_staffId);
    QList<FollowUpCase> escalated;
    for (const CaseListRow& row : candidates()) {
        const FollowUpCase& c = row.followUp;
        if (c.escalated) {
            continue;
        }
        const QString reason =
            c.firstContactDue < m_clock.nowUtc()
                ? tr("Escalated: first contact was due %1").arg(c.firstContactDue.toUTC().toString(Qt::ISODate))
                : tr("Escalated: first contact due %1").arg(c.firstContactDue.toUTC().toString(Qt::ISODate));
        escalated << service.escalate(c.id, c.version, handTo, reason);
    }
    return escalated;
}

QList<InboxRow> casesAboutToBreach(Database& db, const Clock& clock, qint64 ownerId)
{
    const WorkflowSettings settings = WorkflowSettings::load(SettingsStore(db));
    // The inbox's "due by" view, with the warning window as its horizon: read along the inbox index.
    InboxQuery q;
    q.view = InboxView::DueToday;
    q.now = clock.nowUtc();
    q.endOfToday = q.now.addSecs(qint64{std::max(1, settings.escalationWindowHours)} * 3600);
    q.ownerId = ownerId;
    QList<InboxRow> soon = CaseStore(db).inboxPage(q, 0, 1000);
    soon.removeIf([&](const InboxRow& row) { return row.followUp.firstContactDue <= q.now; });
    return soon;
}

} // namespace loopdesk::core
