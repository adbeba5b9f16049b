// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/overviewstore.h"

#include "storage/casestore.h"
#include "storage/database.h"
#include "storage/statement.h"

namespace loopdesk::core {
namespace {

// The SQL for the three classes of each metric, as CASE arms over `score`, each cell weighing `n`.
const QString kClassCounts = QStringLiteral(
    "sum(CASE WHEN (metric = 'nps' AND score >= 9) OR (metric = 'csat' AND score >= 4) OR (metric = 'ces' AND "
    "score >= 5) THEN n ELSE 0 END) AS positive, "
    "sum(CASE WHEN (metric = 'nps' AND score IN (7, 8)) OR (metric = 'csat' AND score = 3) OR (metric = 'ces' AND "
    "score = 4) THEN n ELSE 0 END) AS neutral, "
    "sum(CASE WHEN (metric = 'nps' AND score <= 6) OR (metric = 'csat' AND score <= 2) OR (metric = 'ces' AND "
    "score <= 3) THEN n ELSE 0 END) AS negative");

} // namespace

QList<EntityCount> OverviewStore::entityCounts() const
{
    // A fixed list of our own tables: the names are never user input.
    static const QList<QPair<QString, QString>> tables{
        {QStringLiteral("staff"), QStringLiteral("staff")},
        {QStringLiteral("accounts"), QStringLiteral("account")},
        {QStringLiteral("customers"), QStringLiteral("customer")},
        {QStringLiteral("waves"), QStringLiteral("wave")},
        {QStringLiteral("responses"), QStringLiteral("response")},
        {QStringLiteral("segment_dimensions"), QStringLiteral("dimension")},
        {QStringLiteral("departments"), QStringLiteral("department")},
        {QStringLiteral("themes"), QStringLiteral("theme")},
        {QStringLiteral("theme_keywords"), QStringLiteral("theme_keyword")},
        {QStringLiteral("theme_tags"), QStringLiteral("response_theme")},
        {QStringLiteral("cases"), QStringLiteral("followup_case")},
        {QStringLiteral("contact_attempts"), QStringLiteral("contact_attempt")},
        {QStringLiteral("actions"), QStringLiteral("action")},
        {QStringLiteral("action_tasks"), QStringLiteral("action_task")},
        {QStringLiteral("audit_entries"), QStringLiteral("audit_log")},
        {QStringLiteral("settings"), QStringLiteral("settings")},
        {QStringLiteral("imports"), QStringLiteral("import_batch")},
    };
    QList<EntityCount> result;
    for (const auto& [entity, table] : tables) {
        result << EntityCount{
            entity,
            Statement::scalar(m_db.connection(), QStringLiteral("SELECT count(*) FROM %1").arg(table)).toLongLong()};
    }
    return result;
}

QList<WaveSummary> OverviewStore::waveSummaries() const
{
    Statement q(
        m_db.connection(),
        QStringLiteral(
            "SELECT w.id, w.name, w.kind, w.metric, w.period_start, w.period_end, w.invited, "
            "coalesce(c.positive, 0), coalesce(c.neutral, 0), coalesce(c.negative, 0) FROM wave w "
            "LEFT JOIN (SELECT wave_id, %1 FROM score_cube WHERE slot = 0 GROUP BY wave_id) c ON c.wave_id = w.id "
            "ORDER BY w.period_start DESC, w.name")
            .arg(kClassCounts));
    q.exec();
    QList<WaveSummary> result;
    while (q.next()) {
        WaveSummary w;
        w.id = q.id(0);
        w.name = q.text(1);
        w.kind = q.text(2);
        w.metric = metricFromKey(q.text(3)).value_or(Metric::Nps);
        w.periodStart = q.date(4);
        w.periodEnd = q.date(5);
        w.invited = q.value(6).toInt();
        w.counts = ClassCounts{q.value(7).toLongLong(), q.value(8).toLongLong(), q.value(9).toLongLong()};
        result << w;
    }
    return result;
}

qint64 OverviewStore::openCases() const
{
    return Statement::scalar(m_db.connection(), QStringLiteral("SELECT count(*) FROM followup_case WHERE status IN %1")
                                                    .arg(CaseStore::openStatusesSql()))
        .toLongLong();
}

qint64 OverviewStore::overdueCases(const QDateTime& now) const
{
    Statement s(m_db.connection(), QStringLiteral("SELECT count(*) FROM followup_case WHERE status IN %1 AND "
                                                  "first_contact_at IS NULL AND first_contact_due < ?")
                                       .arg(CaseStore::openStatusesSql()));
    s.bind(now.toSecsSinceEpoch()).exec();
    return s.next() ? s.value(0).toLongLong() : 0;
}

QDateTime OverviewStore::latestAnswer() const
{
    Statement s(m_db.connection(), QStringLiteral("SELECT max(answered_at) FROM response"));
    s.exec();
    return s.next() ? s.time(0) : QDateTime();
}

} // namespace loopdesk::core
