// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/scorecountstore.h"

#include "domain/period.h"
#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/statement.h"
#include "storage/storageerror.h"

#include <QHash>

#include <algorithm>

#include <limits>

namespace loopdesk::core {
namespace {

using CountKey = QPair<QList<qint64>, int>; // keys, score

qint64 startOf(QDate day)
{
    return QDateTime(day, QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
}

// "?, ?, ?" for a list of bound values; only the count comes from the caller.
QString placeholders(qsizetype count)
{
    QStringList marks;
    for (qsizetype i = 0; i < count; ++i) {
        marks << QStringLiteral("?");
    }
    return marks.join(QStringLiteral(", "));
}

void checkSlot(int slot)
{
    if (slot < 1 || slot > 8) {
        throw StorageError(
            QCoreApplication::translate("loopdesk::core::ScoreCountStore", "No such segment slot: %1").arg(slot));
    }
}

QList<ScoreCount> toList(const QHash<CountKey, qint64>& merged)
{
    QList<ScoreCount> result;
    result.reserve(merged.size());
    for (auto it = merged.cbegin(); it != merged.cend(); ++it) {
        if (it.value() != 0) {
            result << ScoreCount{it.key().first, it.key().second, it.value()};
        }
    }
    return result;
}

void merge(QHash<CountKey, qint64>& into, const QList<ScoreCount>& counts)
{
    for (const ScoreCount& c : counts) {
        into[{c.keys, c.score}] += c.n;
    }
}

} // namespace

bool ScoreCountStore::cubeServes(const ScoreFilter& filter, const QList<ScoreDimension>& dimensions) const
{
    if (!filter.themeIds.isEmpty() || filter.accountId != 0) {
        return false; // the cube keeps neither themes nor accounts
    }
    QList<int> usedSlots;
    for (const ScoreDimension& d : dimensions) {
        if (d.key == ScoreKey::Theme || d.key == ScoreKey::Account) {
            return false;
        }
        if (d.key == ScoreKey::Segment && !usedSlots.contains(d.slot)) {
            usedSlots << d.slot;
        }
    }
    for (const auto& [slot, value] : filter.segments) {
        if (!usedSlots.contains(slot)) {
            usedSlots << slot;
        }
    }
    return usedSlots.size() <= 1;
}

QList<ScoreCount> ScoreCountStore::counts(const ScoreFilter& filter, const QList<ScoreDimension>& dimensions) const
{
    if (!cubeServes(filter, dimensions)) {
        return countsFromAnswers(filter, dimensions);
    }
    // Whole months come from the cube; the days of a month cut by the range from the answers.
    const bool cutStart = filter.from.isValid() && filter.from.day() != 1;
    const bool cutEnd = filter.to.isValid() && filter.to.day() != filter.to.daysInMonth();
    const int firstMonth =
        !filter.from.isValid() ? std::numeric_limits<int>::min() : monthIndex(filter.from) + (cutStart ? 1 : 0);
    const int lastMonth =
        !filter.to.isValid() ? std::numeric_limits<int>::max() : monthIndex(filter.to) - (cutEnd ? 1 : 0);
    if (firstMonth > lastMonth) {
        return countsFromAnswers(filter, dimensions);
    }
    int slot = 0;
    for (const ScoreDimension& d : dimensions) {
        slot = d.key == ScoreKey::Segment ? d.slot : slot;
    }
    for (const auto& [filterSlot, value] : filter.segments) {
        slot = filterSlot;
    }
    QHash<CountKey, qint64> merged;
    merge(merged, fromCube(filter, dimensions, slot, firstMonth, lastMonth));
    if (cutStart) {
        merge(merged, fromAnswers(filter, dimensions, startOf(filter.from), startOf(firstDayOfMonthIndex(firstMonth))));
    }
    if (cutEnd) {
        merge(merged, fromAnswers(filter, dimensions, startOf(firstDayOfMonthIndex(lastMonth + 1)),
                                  startOf(filter.to.addDays(1))));
    }
    return toList(merged);
}

QList<ScoreCount> ScoreCountStore::countsFromAnswers(const ScoreFilter& filter,
                                                     const QList<ScoreDimension>& dimensions) const
{
    return fromAnswers(filter, dimensions,
                       filter.from.isValid() ? startOf(filter.from) : std::numeric_limits<qint64>::min(),
                       filter.to.isValid() ? startOf(filter.to.addDays(1)) : std::numeric_limits<qint64>::max());
}

QList<ScoreCount> ScoreCountStore::fromCube(const ScoreFilter& filter, const QList<ScoreDimension>& dimensions,
                                            int slot, int fromMonth, int toMonth) const
{
    // Column names below come from this fixed mapping, never from input; values are bound.
    const auto run = [&](int cubeSlot, bool segmentAsZero) {
        QStringList keys;
        for (const ScoreDimension& d : dimensions) {
            switch (d.key) {
            case ScoreKey::Month:
                keys << QStringLiteral("month");
                break;
            case ScoreKey::Wave:
                keys << QStringLiteral("wave_id");
                break;
            case ScoreKey::Segment:
                keys << (segmentAsZero ? QStringLiteral("0") : QStringLiteral("value_id"));
                break;
            case ScoreKey::Theme:
            case ScoreKey::Account:
                throw StorageError(QStringLiteral("score cube asked for themes or accounts"));
            }
        }
        QString where = QStringLiteral("slot = ? AND metric = ? AND month BETWEEN ? AND ?");
        if (!filter.waveIds.isEmpty()) {
            where += QStringLiteral(" AND wave_id IN (%1)").arg(placeholders(filter.waveIds.size()));
        }
        if (cubeSlot != 0 && !filter.segments.isEmpty()) {
            where += QStringLiteral(" AND value_id = ?");
        }
        // A constant key ("not set") is selected, not grouped by: SQLite reads GROUP BY 0 as a column number.
        QStringList groups = keys;
        groups.removeAll(QStringLiteral("0"));
        groups << QStringLiteral("score");
        const QString sql =
            QStringLiteral("SELECT %1score, sum(n) FROM score_cube WHERE %2 GROUP BY %3")
                .arg(keys.isEmpty() ? QString() : keys.join(QStringLiteral(", ")) + QStringLiteral(", "), where,
                     groups.join(QStringLiteral(", ")));
        Statement s(m_db.connection(), sql);
        s.bind(cubeSlot).bind(metricKey(filter.metric)).bind(fromMonth).bind(toMonth);
        for (qint64 wave : filter.waveIds) {
            s.bind(wave);
        }
        if (cubeSlot != 0 && !filter.segments.isEmpty()) {
            s.bind(filter.segments.first().second);
        }
        s.exec();
        QList<ScoreCount> rows;
        const auto width = static_cast<int>(dimensions.size());
        while (s.next()) {
            ScoreCount c;
            for (int i = 0; i < width; ++i) {
                c.keys << s.value(i).toLongLong();
            }
            c.score = s.value(width).toInt();
            c.n = s.value(width + 1).toLongLong();
            rows << c;
        }
        return rows;
    };
    QList<ScoreCount> rows = run(slot, false);
    const bool bySegment = std::any_of(dimensions.cbegin(), dimensions.cend(),
                                       [](const ScoreDimension& d) { return d.key == ScoreKey::Segment; });
    if (!bySegment || !filter.segments.isEmpty()) {
        return rows;
    }
    // The cube has no cells for answers without a value in the slot: they are all answers minus
    // those with a value, reported under value 0 ("not set").
    QHash<CountKey, qint64> missing;
    merge(missing, run(0, true));
    for (const ScoreCount& c : std::as_const(rows)) {
        QList<qint64> keys = c.keys;
        for (qsizetype i = 0; i < dimensions.size(); ++i) {
            keys[i] = dimensions.at(i).key == ScoreKey::Segment ? 0 : keys.at(i);
        }
        missing[{keys, c.score}] -= c.n;
    }
    rows << toList(missing);
    return rows;
}

QList<ScoreCount> ScoreCountStore::fromAnswers(const ScoreFilter& filter, const QList<ScoreDimension>& dimensions,
                                               qint64 fromSecs, qint64 toSecs) const
{
    QStringList keys;
    QString joins;
    for (const ScoreDimension& d : dimensions) {
        switch (d.key) {
        case ScoreKey::Month:
            keys << QStringLiteral("r.answered_at / 86400"); // the day; months are counted below
            break;
        case ScoreKey::Wave:
            keys << QStringLiteral("r.wave_id");
            break;
        case ScoreKey::Segment:
            checkSlot(d.slot);
            keys << QStringLiteral("coalesce(r.seg%1, 0)").arg(d.slot);
            break;
        case ScoreKey::Theme:
            keys << QStringLiteral("rt.theme_id");
            joins += QStringLiteral(" JOIN response_theme rt ON rt.response_id = r.id");
            break;
        case ScoreKey::Account:
            keys << QStringLiteral("coalesce(c.account_id, 0)");
            joins += QStringLiteral(" LEFT JOIN customer c ON c.id = r.customer_id");
            break;
        }
    }
    // Open ends add no condition: a range over every answer would steer SQLite to the date index
    // and a million random reads instead of one pass over the table.
    QString where = QStringLiteral("r.metric = ?");
    const bool bounded = fromSecs != std::numeric_limits<qint64>::min() || toSecs != std::numeric_limits<qint64>::max();
    if (bounded) {
        where += QStringLiteral(" AND r.answered_at >= ? AND r.answered_at < ?");
    }
    if (!filter.waveIds.isEmpty()) {
        where += QStringLiteral(" AND r.wave_id IN (%1)").arg(placeholders(filter.waveIds.size()));
    }
    for (const auto& [slot, value] : filter.segments) {
        checkSlot(slot);
        where += QStringLiteral(" AND r.seg%1 = ?").arg(slot);
    }
    if (!filter.themeIds.isEmpty()) {
        // Driven from the tags: SQLite reads the tagged answers by id instead of testing every answer.
        where += QStringLiteral(" AND r.id IN (SELECT response_id FROM response_theme WHERE theme_id IN (%1))")
                     .arg(placeholders(filter.themeIds.size()));
    }
    if (filter.accountId != 0) {
        if (!joins.contains(QStringLiteral(" customer c "))) {
            joins += QStringLiteral(" LEFT JOIN customer c ON c.id = r.customer_id");
        }
        where += QStringLiteral(" AND c.account_id = ?");
    }
    QStringList groups;
    for (qsizetype i = 1; i <= keys.size() + 1; ++i) {
        groups << QString::number(i);
    }
    const QString sql = QStringLiteral("SELECT %1r.score, count(*) FROM response r%2 WHERE %3 GROUP BY %4")
                            .arg(keys.isEmpty() ? QString() : keys.join(QStringLiteral(", ")) + QStringLiteral(", "),
                                 joins, where, groups.join(QStringLiteral(", ")));
    Statement s(m_db.connection(), sql);
    s.bind(metricKey(filter.metric));
    if (bounded) {
        s.bind(fromSecs).bind(toSecs);
    }
    for (qint64 wave : filter.waveIds) {
        s.bind(wave);
    }
    for (const auto& [slot, value] : filter.segments) {
        s.bind(value);
    }
    for (qint64 theme : filter.themeIds) {
        s.bind(theme);
    }
    if (filter.accountId != 0) {
        s.bind(filter.accountId);
    }
    s.exec();
    QHash<CountKey, qint64> merged;
    QHash<qint64, int> monthOfDay;
    const auto width = static_cast<int>(dimensions.size());
    while (s.next()) {
        QList<qint64> k;
        k.reserve(width);
        for (int i = 0; i < width; ++i) {
            qint64 v = s.value(i).toLongLong();
            if (dimensions.at(i).key == ScoreKey::Month) {
                auto it = monthOfDay.constFind(v);
                if (it == monthOfDay.constEnd()) {
                    it = monthOfDay.insert(v, monthIndexOfEpoch(v * 86400));
                }
                v = *it;
            }
            k << v;
        }
        merged[{k, s.value(width).toInt()}] += s.value(width + 1).toLongLong();
    }
    return toList(merged);
}

qint64 ScoreCountStore::cubeMismatches() const
{
    // The cube against a fresh count: cells where the two differ.
    QStringList fresh;
    for (const QString& fill : scoreCubeFillStatements(m_db.backend())) {
        fresh << fill.mid(fill.indexOf(QStringLiteral("SELECT ")))
                     .replace(QStringLiteral("count(*) FROM"), QStringLiteral("-count(*) FROM"));
    }
    const QString sql =
        QStringLiteral(
            "SELECT count(*) FROM (SELECT slot, metric, month, wave_id, value_id, score FROM (SELECT slot, "
            "metric, month, wave_id, value_id, score, n FROM score_cube UNION ALL %1) AS cells GROUP BY slot, "
            "metric, month, wave_id, value_id, score HAVING sum(n) <> 0) AS differences")
            .arg(fresh.join(QStringLiteral(" UNION ALL ")));
    return Statement::scalar(m_db.connection(), sql).toLongLong();
}

void ScoreCountStore::rebuildCube()
{
    Statement(m_db.connection(), QStringLiteral("DELETE FROM score_cube")).exec();
    for (const QString& fill : scoreCubeFillStatements(m_db.backend())) {
        Statement(m_db.connection(), fill).exec();
    }
}

} // namespace loopdesk::core
