// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/outreachstore.h"

#include "storage/database.h"
#include "storage/sqldialect.h"
#include "storage/statement.h"

#include <QSet>
#include <QTimeZone>

namespace loopdesk::core {

QList<OutreachRecipient> OutreachStore::recipients(QDate from, QDate to) const
{
    const qint64 start = from.startOfDay(QTimeZone::utc()).toSecsSinceEpoch();
    const qint64 end = to.addDays(1).startOfDay(QTimeZone::utc()).toSecsSinceEpoch();
    QList<OutreachRecipient> list;
    QSet<qint64> answered;
    // Each respondent once, with their latest answer of the period.
    Statement respondents(
        m_db.connection(),
        QStringLiteral("SELECT cu.id, cu.email, cu.name, coalesce(nullif(r.language, ''), cu.language), r.score, "
                       "(SELECT %1 FROM response_theme rt JOIN theme t ON t.id = rt.theme_id "
                       "WHERE rt.response_id = r.id) "
                       "FROM response r JOIN customer cu ON cu.id = r.customer_id "
                       "WHERE r.answered_at >= ? AND r.answered_at < ? AND cu.erased_at IS NULL AND cu.email <> '' "
                       "AND r.id = (SELECT max(r2.id) FROM response r2 WHERE r2.customer_id = r.customer_id AND "
                       "r2.answered_at >= ? AND r2.answered_at < ?) ORDER BY cu.id")
            .arg(sql::joinedText(m_db.backend(), QStringLiteral("t.name"), sql::newline(m_db.backend()))));
    respondents.bind(start).bind(end).bind(start).bind(end).exec();
    while (respondents.next()) {
        OutreachRecipient r;
        r.customerId = respondents.id(0);
        r.email = respondents.text(1);
        r.name = respondents.text(2);
        r.language = respondents.text(3);
        r.responded = true;
        r.score = respondents.value(4).toInt();
        r.themes = respondents.text(5).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        answered.insert(r.customerId);
        list << r;
    }
    Statement invited(m_db.connection(),
                      QStringLiteral("SELECT DISTINCT cu.id, cu.email, cu.name, cu.language FROM invitation i "
                                     "JOIN wave w ON w.id = i.wave_id JOIN customer cu ON cu.id = i.customer_id "
                                     "WHERE w.period_start <= ? AND (w.period_end IS NULL OR w.period_end >= ?) "
                                     "AND cu.erased_at IS NULL AND cu.email <> '' ORDER BY cu.id"));
    invited.bindDate(to).bindDate(from).exec();
    while (invited.next()) {
        if (answered.contains(invited.id(0))) {
            continue;
        }
        OutreachRecipient r;
        r.customerId = invited.id(0);
        r.email = invited.text(1);
        r.name = invited.text(2);
        r.language = invited.text(3);
        list << r;
    }
    return list;
}

} // namespace loopdesk::core
