// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/responsestore.h"

#include "storage/database.h"
#include "storage/statement.h"

#include <QSet>
#include <QTimeZone>

#include <QCryptographicHash>

namespace loopdesk::core {
namespace {

const QString kColumns = QStringLiteral("id, wave_id, customer_id, external_id, answered_at, metric, score, comment, "
                                        "language, seg1, seg2, seg3, seg4, seg5, seg6, seg7, seg8");
constexpr int kFirstSegmentColumn = 9;

} // namespace

ResponseStore::ResponseStore(Database& db)
    : m_db(db)
    , m_segments(db)
{}

QString ResponseStore::sourceKey(const Response& r)
{
    if (!r.externalId.isEmpty()) {
        return QStringLiteral("id:") + r.externalId;
    }
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(QString::number(r.customerId).toUtf8());
    hash.addData(QString::number(r.answeredAt.toSecsSinceEpoch()).toUtf8());
    hash.addData(metricKey(r.metric).toUtf8());
    hash.addData(QString::number(r.score).toUtf8());
    hash.addData(r.comment.toUtf8());
    for (auto it = r.segments.cbegin(); it != r.segments.cend(); ++it) {
        hash.addData((it.key() + QLatin1Char('=') + it.value() + QLatin1Char('\n')).toUtf8());
    }
    return QStringLiteral("hash:") + QString::fromLatin1(hash.result().toHex().left(32));
}

std::optional<qint64> ResponseStore::add(const Response& r, qint64 importId)
{
    QVariant segmentIds[SegmentDictionary::kSlots];
    for (auto it = r.segments.cbegin(); it != r.segments.cend(); ++it) {
        if (!it.value().isEmpty()) {
            segmentIds[m_segments.slotOf(it.key()) - 1] = m_segments.valueId(it.key(), it.value());
        }
    }
    Statement s(m_db.connection(),
                QStringLiteral("INSERT INTO response (wave_id, customer_id, external_id, source_key, answered_at, "
                               "metric, score, comment, language, import_id, seg1, seg2, seg3, seg4, seg5, seg6, "
                               "seg7, seg8) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                               "ON CONFLICT (wave_id, source_key) DO NOTHING RETURNING id"));
    s.bind(r.waveId).bindId(r.customerId).bind(r.externalId.isEmpty() ? QVariant() : QVariant(r.externalId));
    s.bind(sourceKey(r)).bindTime(r.answeredAt).bind(metricKey(r.metric)).bind(r.score).bind(r.comment);
    s.bind(r.language).bindId(importId);
    for (const QVariant& segmentId : segmentIds) {
        s.bind(segmentId);
    }
    s.exec();
    if (!s.next()) {
        return std::nullopt; // the wave holds this answer already
    }
    return s.lastInsertId();
}

QList<Response> ResponseStore::select(const QString& where, qint64 key)
{
    Statement s(m_db.connection(),
                QStringLiteral("SELECT %1 FROM response WHERE %2 ORDER BY answered_at, id").arg(kColumns, where));
    s.bind(key).exec();
    QList<Response> result;
    while (s.next()) {
        Response r;
        r.id = s.id(0);
        r.waveId = s.id(1);
        r.customerId = s.id(2);
        r.externalId = s.text(3);
        r.answeredAt = s.time(4);
        r.metric = metricFromKey(s.text(5)).value_or(Metric::Nps);
        r.score = s.value(6).toInt();
        r.comment = s.text(7);
        r.language = s.text(8);
        for (int slot = 1; slot <= SegmentDictionary::kSlots; ++slot) {
            const QVariant value = s.value(kFirstSegmentColumn + slot - 1);
            if (!value.isNull()) {
                r.segments.insert(m_segments.dimensionAt(slot), m_segments.valueText(value.toLongLong()));
            }
        }
        result << r;
    }
    return result;
}

std::optional<Response> ResponseStore::get(qint64 id)
{
    const QList<Response> found = select(QStringLiteral("id = ?"), id);
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

QList<Response> ResponseStore::forCustomer(qint64 customerId)
{
    return select(QStringLiteral("customer_id = ?"), customerId);
}

QStringList ResponseStore::detractorComments(qint64 themeId, QDate from, QDate to, int slot, qint64 valueId, int limit,
                                             qint64 accountId) const
{
    // The slot is a number from 1 to 8 checked here, never text from input.
    QString segment = slot >= 1 && slot <= 8 ? QStringLiteral(" AND r.seg%1 = ?").arg(slot) : QString();
    if (accountId != 0) {
        segment += QStringLiteral(" AND r.customer_id IN (SELECT id FROM customer WHERE account_id = ?)");
    }
    Statement s(m_db.connection(),
                // Walks the period's answers newest first and stops at the limit: a common theme
                // has far more tags than the few comments wanted.
                QStringLiteral("SELECT r.comment FROM response r WHERE r.answered_at >= ? AND r.answered_at < ? "
                               "AND r.metric = 'nps' AND r.score <= 6 AND r.comment <> ''%1 AND EXISTS (SELECT 1 "
                               "FROM response_theme rt WHERE rt.response_id = r.id AND rt.theme_id = ?) "
                               "ORDER BY r.answered_at DESC, r.id DESC")
                    .arg(segment));
    s.bind(from.startOfDay(QTimeZone::utc()).toSecsSinceEpoch())
        .bind(to.addDays(1).startOfDay(QTimeZone::utc()).toSecsSinceEpoch());
    if (slot >= 1 && slot <= 8) {
        s.bind(valueId);
    }
    if (accountId != 0) {
        s.bind(accountId);
    }
    s.bind(themeId).exec();
    // Different words, not the same sentence three times: the walk stops at the limit, or after
    // the latest 200 comments when they keep repeating the same few sentences.
    constexpr int kMaxExamined = 200;
    QStringList comments;
    QSet<QString> seen;
    for (int examined = 0; comments.size() < limit && examined < kMaxExamined && s.next(); ++examined) {
        const QString comment = s.text(0);
        const QString key = comment.simplified().toCaseFolded();
        if (!seen.contains(key)) {
            seen.insert(key);
            comments << comment;
        }
    }
    return comments;
}

qint64 ResponseStore::count() const
{
    return Statement::scalar(m_db.connection(), QStringLiteral("SELECT count(*) FROM response")).toLongLong();
}

void ResponseStore::tag(qint64 responseId, qint64 themeId, bool manual)
{
    // An automatic tag never downgrades a manual one.
    Statement s(
        m_db.connection(),
        QStringLiteral("INSERT INTO response_theme (response_id, theme_id, manual) VALUES (?, ?, ?) "
                       "ON CONFLICT (response_id, theme_id) DO UPDATE SET manual = CASE WHEN "
                       "excluded.manual > response_theme.manual THEN excluded.manual ELSE response_theme.manual END"));
    s.bind(responseId).bind(themeId).bind(manual ? 1 : 0).exec();
    if (manual) {
        Statement forget(m_db.connection(),
                         QStringLiteral("DELETE FROM response_theme_rejected WHERE response_id = ? AND theme_id = ?"));
        forget.bind(responseId).bind(themeId).exec();
    }
}

void ResponseStore::untag(qint64 responseId, qint64 themeId, bool byHand)
{
    Statement s(m_db.connection(), QStringLiteral("DELETE FROM response_theme WHERE response_id = ? AND theme_id = ?"));
    s.bind(responseId).bind(themeId).exec();
    if (byHand) {
        Statement remember(m_db.connection(), QStringLiteral("INSERT INTO response_theme_rejected (response_id, "
                                                             "theme_id) VALUES (?, ?) ON CONFLICT DO NOTHING"));
        remember.bind(responseId).bind(themeId).exec();
    }
}

void ResponseStore::forEachComment(const std::function<void(qint64, const QString&, const QString&)>& visit,
                                   qint64 afterId) const
{
    Statement s(
        m_db.connection(),
        QStringLiteral("SELECT id, comment, language FROM response WHERE id > ? AND comment <> '' ORDER BY id"));
    s.query().setForwardOnly(true);
    s.bind(afterId).exec();
    while (s.next()) {
        visit(s.id(0), s.text(1), s.text(2));
    }
}

void ResponseStore::clearAutomaticTags()
{
    Statement(m_db.connection(), QStringLiteral("DELETE FROM response_theme WHERE manual = 0")).exec();
}

QSet<QPair<qint64, qint64>> ResponseStore::rejectedTags() const
{
    Statement s(m_db.connection(), QStringLiteral("SELECT response_id, theme_id FROM response_theme_rejected"));
    s.exec();
    QSet<QPair<qint64, qint64>> result;
    while (s.next()) {
        result.insert({s.id(0), s.id(1)});
    }
    return result;
}

qint64 ResponseStore::addAutomaticTags(const QList<QPair<qint64, qint64>>& tags)
{
    Statement s(m_db.connection(), QStringLiteral("INSERT INTO response_theme (response_id, theme_id, manual) "
                                                  "VALUES (?, ?, 0) ON CONFLICT (response_id, theme_id) DO NOTHING"));
    qint64 added = 0;
    for (const auto& [response, theme] : tags) {
        s.bind(response).bind(theme).exec();
        added += s.rowsAffected();
    }
    return added;
}

qint64 ResponseStore::manualTagCount() const
{
    return Statement::scalar(m_db.connection(), QStringLiteral("SELECT count(*) FROM response_theme WHERE manual = 1"))
        .toLongLong();
}

qint64 ResponseStore::taggedAnswerCount() const
{
    return Statement::scalar(m_db.connection(),
                             QStringLiteral("SELECT count(DISTINCT response_id) FROM response_theme"))
        .toLongLong();
}

QList<qint64> ResponseStore::themes(qint64 responseId) const
{
    Statement s(m_db.connection(),
                QStringLiteral("SELECT theme_id FROM response_theme WHERE response_id = ? ORDER BY theme_id"));
    s.bind(responseId).exec();
    QList<qint64> result;
    while (s.next()) {
        result << s.id(0);
    }
    return result;
}

bool ResponseStore::isManualTag(qint64 responseId, qint64 themeId) const
{
    Statement s(m_db.connection(),
                QStringLiteral("SELECT manual FROM response_theme WHERE response_id = ? AND theme_id = ?"));
    s.bind(responseId).bind(themeId).exec();
    return s.next() && s.value(0).toBool();
}

} // namespace loopdesk::core
