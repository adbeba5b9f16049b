// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "themes/themetagger.h"

#include "storage/database.h"
#include "storage/responsestore.h"
#include "storage/themestore.h"

#include <QVarLengthArray>

#include <algorithm>
#include <array>

namespace loopdesk::core {
namespace {

// Letters that carry no combining mark to strip: Polish ł, and the ligatures.
QString withoutSpecialLetters(QChar c)
{
    switch (c.unicode()) {
    case 0x0142: // ł
        return QStringLiteral("l");
    case 0x0111: // đ
        return QStringLiteral("d");
    case 0x00F8: // ø
        return QStringLiteral("o");
    case 0x00DF: // ß
        return QStringLiteral("ss");
    case 0x00E6: // æ
        return QStringLiteral("ae");
    case 0x0153: // œ
        return QStringLiteral("oe");
    default:
        return {};
    }
}

QString languageKey(const QString& language)
{
    return language.left(2).toLower();
}

} // namespace

namespace {

// The folding rules for characters already case-folded and decomposed: letters and digits are
// kept (ASCII lowered), combining marks dropped, a run of anything else becomes one space.
void foldDecomposed(QStringView decomposed, QString& folded, bool& space)
{
    const auto word = [&](const auto& letters) {
        folded += letters;
        space = false;
    };
    for (const QChar c : decomposed) {
        if (const char16_t u = c.unicode(); u < 0x80) {
            if ((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9')) {
                word(c);
            } else if (u >= u'A' && u <= u'Z') {
                word(QChar(static_cast<char16_t>(u + (u'a' - u'A'))));
            } else if (!space) {
                folded += QLatin1Char(' ');
                space = true;
            }
        } else if (c.category() == QChar::Mark_NonSpacing) {
            continue;
        } else if (const QString special = withoutSpecialLetters(c); !special.isEmpty()) {
            word(special);
        } else if (c.isLetterOrNumber()) {
            word(c);
        } else if (!space) {
            folded += QLatin1Char(' ');
            space = true;
        }
    }
}

// What each character from U+0080 to U+024F (Latin-1 Supplement, Latin Extended-A and -B: every
// Polish and Italian letter) folds to, worked out once by the general rules: most comments are
// folded without case-folding and decomposing copies of the whole text.
class FoldTable {
public:
    static constexpr char16_t kEnd = 0x250;
    enum class Kind : quint8 { Letters, Separator, Other };
    static constexpr qsizetype kMaxLetters = 3; // longer folds are left to the rules (Kind::Other)
    struct Entry {
        Kind kind = Kind::Other; // Other: not a plain letter or separator, fold the text by the rules
        QString letters;
    };

    FoldTable()
    {
        for (char16_t u = 0x80; u < kEnd; ++u) {
            const QString decomposed = QString(QChar(u)).toCaseFolded().normalized(QString::NormalizationForm_D);
            QString folded;
            bool space = false;
            foldDecomposed(decomposed, folded, space);
            Entry& e = m_entries[u - 0x80];
            if (folded == QLatin1String(" ")) {
                e.kind = Kind::Separator;
            } else if (!folded.contains(QLatin1Char(' ')) && folded.size() <= kMaxLetters) {
                e.kind = Kind::Letters;
                e.letters = folded;
            }
        }
    }
    const Entry* find(char16_t u) const { return u >= 0x80 && u < kEnd ? &m_entries[u - 0x80] : nullptr; }

private:
    std::array<Entry, kEnd - 0x80> m_entries;
};

const FoldTable& foldTable()
{
    static const FoldTable table;
    return table;
}

} // namespace

QString foldForMatchingByRules(const QString& text)
{
    QString folded;
    folded.reserve(text.size());
    bool space = true;
    foldDecomposed(text.toCaseFolded().normalized(QString::NormalizationForm_D), folded, space);
    if (folded.endsWith(QLatin1Char(' '))) {
        folded.chop(1);
    }
    return folded;
}

namespace {

// Folds `text` into `out` (room for text.size() * FoldTable::kMaxLetters characters) by the table;
// returns the folded length, or -1 when a character needs the general rules.
qsizetype foldByTable(QStringView text, QChar* const out)
{
    const FoldTable& table = foldTable();
    QChar* end = out;
    bool space = true;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x80) {
            if ((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9')) {
                *end++ = c;
                space = false;
            } else if (u >= u'A' && u <= u'Z') {
                *end++ = QChar(static_cast<char16_t>(u + (u'a' - u'A')));
                space = false;
            } else if (!space) {
                *end++ = QLatin1Char(' ');
                space = true;
            }
            continue;
        }
        const FoldTable::Entry* e = table.find(u);
        if (!e || e->kind == FoldTable::Kind::Other) {
            return -1;
        }
        if (e->kind == FoldTable::Kind::Separator) {
            if (!space) {
                *end++ = QLatin1Char(' ');
                space = true;
            }
        } else if (!e->letters.isEmpty()) {
            end = std::copy(e->letters.cbegin(), e->letters.cend(), end);
            space = false;
        }
    }
    if (end != out && *(end - 1) == QLatin1Char(' ')) {
        --end;
    }
    return end - out;
}

} // namespace

QString foldForMatching(QStringView text)
{
    QString folded(text.size() * FoldTable::kMaxLetters, Qt::Uninitialized);
    const qsizetype length = foldByTable(text, folded.data());
    if (length < 0) {
        return foldForMatchingByRules(text.toString());
    }
    folded.truncate(length);
    return folded;
}

ThemeTagger::ThemeTagger(const QList<ThemeKeyword>& keywords)
{
    for (const ThemeKeyword& k : keywords) {
        const QStringList stems = foldForMatching(k.pattern).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (stems.isEmpty()) {
            continue;
        }
        const Rule rule{k.themeId, stems};
        m_rules[languageKey(k.language)].add(rule);
        m_allRules.add(rule);
    }
}

void ThemeTagger::Rules::add(const Rule& rule)
{
    byFirstLetter[rule.stems.constFirst().front()] << all.size();
    all << rule;
}

void ThemeTagger::match(const Words& words, const Rules& rules, Found& found) const
{
    // At each word, only the rules whose first stem begins with its first letter can start there.
    for (qsizetype start = 0; start < words.size(); ++start) {
        const auto candidates = rules.byFirstLetter.constFind(words.at(start).front());
        if (candidates == rules.byFirstLetter.constEnd()) {
            continue;
        }
        for (const qsizetype index : *candidates) {
            const Rule& rule = rules.all.at(index);
            if (start + rule.stems.size() > words.size() || found.contains(rule.themeId)) {
                continue;
            }
            bool all = true;
            for (qsizetype i = 0; i < rule.stems.size() && all; ++i) {
                all = words.at(start + i).startsWith(rule.stems.at(i));
            }
            if (all) {
                found.append(rule.themeId);
            }
        }
    }
}

const ThemeTagger::Rules& ThemeTagger::rulesFor(QStringView language) const
{
    // A handful of languages: compared in place, without making the lower-case key.
    const QStringView key = language.left(2);
    for (auto it = m_rules.cbegin(); it != m_rules.cend(); ++it) {
        if (key.compare(it.key(), Qt::CaseInsensitive) == 0) {
            return it.value();
        }
    }
    return m_allRules;
}

QList<qint64> ThemeTagger::themesFor(QStringView comment, QStringView language) const
{
    std::vector<qint64> themes;
    appendThemes(comment, rulesFor(language), themes);
    return QList<qint64>(themes.cbegin(), themes.cend());
}

qsizetype ThemeTagger::appendThemes(QStringView comment, const Rules& rules, std::vector<qint64>& themes) const
{
    // Folded on the stack when the table can (most comments), into a string otherwise; the
    // words are views into it.
    QVarLengthArray<QChar, 1024> buffer(comment.size() * FoldTable::kMaxLetters);
    QString general;
    QStringView folded;
    if (const qsizetype length = foldByTable(comment, buffer.data()); length >= 0) {
        folded = QStringView(buffer.data(), length);
    } else {
        general = foldForMatchingByRules(comment.toString());
        folded = general;
    }
    Words words;
    for (qsizetype from = 0; from < folded.size();) {
        qsizetype to = folded.indexOf(QLatin1Char(' '), from);
        if (to < 0) {
            to = folded.size();
        }
        if (to > from) {
            words.append(folded.sliced(from, to - from));
        }
        from = to + 1;
    }
    Found found;
    match(words, rules, found);
    std::sort(found.begin(), found.end());
    themes.insert(themes.end(), found.cbegin(), found.cend());
    return found.size();
}

TaggingSummary retagAllComments(Database& db)
{
    const ThemeTagger tagger(ThemeStore(db).keywords());
    ResponseStore responses(db);
    TaggingSummary summary;
    Transaction transaction(db);
    responses.clearAutomaticTags();
    const QSet<QPair<qint64, qint64>> rejected = responses.rejectedTags();
    QList<QPair<qint64, qint64>> tags;
    responses.forEachComment([&](qint64 id, const QString& comment, const QString& language) {
        ++summary.answersRead;
        for (const qint64 theme : tagger.themesFor(comment, language)) {
            if (!rejected.contains({id, theme})) {
                tags.append({id, theme});
            }
        }
    });
    summary.automaticTags = responses.addAutomaticTags(tags);
    summary.manualTagsKept = responses.manualTagCount();
    summary.answersTagged = responses.taggedAnswerCount();
    transaction.commit();
    return summary;
}

qint64 tagNewComments(Database& db, qint64 afterId)
{
    const ThemeTagger tagger(ThemeStore(db).keywords());
    if (tagger.isEmpty()) {
        return 0;
    }
    const ResponseStore responses(db);
    QList<QPair<qint64, qint64>> tags;
    qint64 tagged = 0;
    responses.forEachComment(
        [&](qint64 id, const QString& comment, const QString& language) {
            const QList<qint64> themes = tagger.themesFor(comment, language);
            tagged += themes.isEmpty() ? 0 : 1;
            for (const qint64 theme : themes) {
                tags.append({id, theme});
            }
        },
        afterId);
    ResponseStore(db).addAutomaticTags(tags);
    return tagged;
}

} // namespace loopdesk::core
