// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/response.h"
#include "storage/segmentdictionary.h"

#include <QDate>
#include <QList>
#include <QSet>

#include <functional>

#include <optional>

namespace loopdesk::core {

class Database;

// Reads and writes survey answers with their segments and theme tags.
class ResponseStore final {
public:
    explicit ResponseStore(Database& db);

    // Adds an answer; returns nothing when the wave already holds it (same response id, or
    // the same content when there is no id), so re-imports add nothing.
    std::optional<qint64> add(const Response& response, qint64 importId = 0);
    std::optional<Response> get(qint64 id);
    QList<Response> forCustomer(qint64 customerId);
    qint64 count() const;
    // Up to `limit` different non-empty comments of detractors (score 0-6) tagged with the theme, answered in
    // [from, to] (UTC days), optionally of one segment value (slot 1-8 and value id) and of one
    // account's customers, newest first.
    QStringList detractorComments(qint64 themeId, QDate from, QDate to, int slot, qint64 valueId, int limit,
                                  qint64 accountId = 0) const;

    // Theme tags: manual tags are never replaced by automatic ones. A tag taken off by hand is
    // remembered, so that tagging comments again does not put it back; tagging by hand forgets that.
    void tag(qint64 responseId, qint64 themeId, bool manual);
    void untag(qint64 responseId, qint64 themeId, bool byHand = true);
    QList<qint64> themes(qint64 responseId) const;
    bool isManualTag(qint64 responseId, qint64 themeId) const;

    // For tagging every comment again (themes/themetagger.h).
    // Every non-empty comment, or only those of answers with an id above `afterId`.
    void forEachComment(const std::function<void(qint64, const QString&, const QString&)>& visit,
                        qint64 afterId = 0) const;
    void clearAutomaticTags();
    QSet<QPair<qint64, qint64>> rejectedTags() const;                  // (response, theme) taken off by hand
    qint64 addAutomaticTags(const QList<QPair<qint64, qint64>>& tags); // returns how many were new
    qint64 manualTagCount() const;
    qint64 taggedAnswerCount() const;

    SegmentDictionary& segments() { return m_segments; }
    static QString sourceKey(const Response& response);

private:
    QList<Response> select(const QString& where, qint64 key);

    Database& m_db;
    SegmentDictionary m_segments;
};

} // namespace loopdesk::core
