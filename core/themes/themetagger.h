// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/theme.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>
#include <QStringView>
#include <QVarLengthArray>

#include <vector>

namespace loopdesk::core {

class Database;

// Text as keyword rules see it: case-folded, without diacritics ("Łódź" -> "lodz", "è" -> "e"),
// every run of non-letters a single space.
QString foldForMatching(QStringView text);
// The same by the general rules only (case folding, then decomposition), without the table of
// ready-folded Latin letters that foldForMatching() uses where it can: what that table is checked against.
QString foldForMatchingByRules(const QString& text);

// Tags comments with themes by keyword rules. A rule is a word stem or a phrase of stems
// ("nobody answer"): it matches words that begin with each stem in turn, so "dostaw" matches
// "dostawa", "dostawy" and "dostawie". A comment is read with the rules of its own language, or
// with every language's rules when its language is unknown or has none.
class ThemeTagger final {
public:
    explicit ThemeTagger(const QList<ThemeKeyword>& keywords);

    QList<qint64> themesFor(QStringView comment, QStringView language) const; // ascending ids
    bool isEmpty() const { return m_rules.isEmpty(); }

    struct Rule {
        qint64 themeId = 0;
        QStringList stems; // folded, one per word
    };
    // The rules of one language, by the first letter of their first stem: each word of a comment
    // is tried only as the start of the rules that begin with its own first letter.
    struct Rules {
        QList<Rule> all;
        QHash<QChar, QList<qsizetype>> byFirstLetter;
        void add(const Rule& rule);
    };
    // The rules a comment in `language` is read with: found once for many comments of a language.
    const Rules& rulesFor(QStringView language) const;
    // The comment's themes (ascending) appended to `themes`, without allocating for most comments;
    // returns how many.
    qsizetype appendThemes(QStringView comment, const Rules& rules, std::vector<qint64>& themes) const;

private:
    using Words = QVarLengthArray<QStringView, 64>; // views into one folded comment
    using Found = QVarLengthArray<qint64, 8>;
    void match(const Words& words, const Rules& rules, Found& found) const;

    QHash<QString, Rules> m_rules; // by language ("pl", "it", "en", ...)
    Rules m_allRules;
};

// What tagging every comment again did.
struct TaggingSummary {
    qint64 answersRead = 0;
    qint64 answersTagged = 0;  // answers with at least one theme afterwards
    qint64 automaticTags = 0;  // tags the rules set
    qint64 manualTagsKept = 0; // tags set by hand, untouched
};

// Tags every comment again with the taxonomy's current rules, in one transaction. Tags set by
// hand stay, and a theme taken off an answer by hand is never put back by the rules.
TaggingSummary retagAllComments(Database& db);
// Tags the comments of answers with an id above `afterId` (just imported), inside the caller's
// transaction; returns how many of them got a theme.
qint64 tagNewComments(Database& db, qint64 afterId);

} // namespace loopdesk::core
