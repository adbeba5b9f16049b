// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/demophrases.h"
#include "storage/database.h"
#include "storage/responsestore.h"
#include "storage/themestore.h"
#include "storage/wavestore.h"
#include "testdatabase.h"
#include "testsupport.h"
#include "themes/defaulttaxonomy.h"
#include "themes/themetagger.h"

using namespace loopdesk::core;

namespace {

QString u(const char* text)
{
    return QString::fromUtf8(text);
}

ThemeKeyword rule(qint64 theme, const char* language, const char* stem)
{
    return ThemeKeyword{0, theme, QString::fromLatin1(language), u(stem)};
}

constexpr qint64 kDelivery = 1;
constexpr qint64 kCallCentre = 2;
constexpr qint64 kDamage = 3;

const ThemeTagger& tagger()
{
    static const ThemeTagger t({rule(kDelivery, "pl", "dostaw"), rule(kDelivery, "pl", "opóźni"),
                                rule(kDelivery, "it", "consegn"), rule(kDelivery, "en", "deliver"),
                                rule(kCallCentre, "it", "call center"), rule(kCallCentre, "en", "nobody answer"),
                                rule(kDamage, "pl", "uszkodz"), rule(kDamage, "en", "damag")});
    return t;
}

using Ids = QList<qint64>;

} // namespace

TEST_CASE("folding lowers case, drops diacritics including Polish ł, and keeps only words", "[themes][tagging]")
{
    CHECK(foldForMatching(u("Przesyłka OPÓŹNIONA, żółć!")) == u("przesylka opozniona zolc"));
    CHECK(foldForMatching(u("L'attesa è stata lunga… più di un'ora")) == u("l attesa e stata lunga piu di un ora"));
    CHECK(foldForMatching(u("  Łódź -- Kraków  ")) == u("lodz krakow"));
    CHECK(foldForMatching(QString()).isEmpty());
    // Plain ASCII takes a shorter way to the same result.
    CHECK(foldForMatching(u("  The APP_keeps logging me out!! (v2.1) ")) == u("the app keeps logging me out v2 1"));
    CHECK(foldForMatching(u("Late, late, LATE")) == foldForMatching(u("Late, late, LATE\u00A0")));
    CHECK(foldForMatching(u("---")).isEmpty());
    // Letters that fold to two (ß, æ) next to letters that fold to one, in a text as long as its fold.
    CHECK(foldForMatching(u("ßßß Æsop ŒUVRE")) == u("ssssss aesop oeuvre"));
}

TEST_CASE("a rule is tried only where a word begins with its first letter, and still matches phrases",
          "[themes][tagging]")
{
    const ThemeTagger tagger({ThemeKeyword{0, 7, QStringLiteral("en"), QStringLiteral("nobody answer")},
                              ThemeKeyword{0, 9, QStringLiteral("en"), QStringLiteral("late")},
                              ThemeKeyword{0, 11, QStringLiteral("en"), QStringLiteral("answer")}});
    CHECK(tagger.themesFor(u("Nobody answered the phone, and it was LATE"), u("en")) == Ids{7, 9, 11});
    CHECK(tagger.themesFor(u("answered by nobody"), u("en")) == Ids{11});
    CHECK(tagger.themesFor(u("Zero issues"), u("en")) == Ids{});
    // The phrase's first word earlier on its own, then the whole phrase; and a phrase cut off by the end.
    CHECK(tagger.themesFor(u("nobody came, and then nobody answered"), u("en")) == Ids{7, 11});
    CHECK(tagger.themesFor(u("I waited and nobody"), u("en")) == Ids{});
}

TEST_CASE("Polish stems match inflected forms, with or without diacritics", "[themes][tagging]")
{
    for (const char* comment : {"Dostawa była zła", "brak dostawy", "Problem przy dostawie", "DOSTAWĘ przesunięto"}) {
        INFO(comment);
        CHECK(tagger().themesFor(u(comment), u("pl")) == Ids{kDelivery});
    }
    CHECK(tagger().themesFor(u("Paczka opóźniona o dwa dni"), u("pl")) == Ids{kDelivery});
    CHECK(tagger().themesFor(u("paczka opozniona, pisze bez polskich liter"), u("pl")) == Ids{kDelivery});
    CHECK(tagger().themesFor(u("Opóźnienie i uszkodzony karton"), u("pl")) == Ids{kDelivery, kDamage});
    CHECK(tagger().themesFor(u("Wszystko w porządku"), u("pl")).isEmpty());
}

TEST_CASE("Italian stems match singular and plural, and phrases match word by word", "[themes][tagging]")
{
    CHECK(tagger().themesFor(u("La consegna è arrivata tardi"), u("it")) == Ids{kDelivery});
    CHECK(tagger().themesFor(u("Consegne sempre in ritardo"), u("it")) == Ids{kDelivery});
    CHECK(tagger().themesFor(u("Al CALL-CENTER nessuno risponde"), u("it")) == Ids{kCallCentre});
    CHECK(tagger().themesFor(u("Ho chiamato il call, poi il center"), u("it")).isEmpty());
}

TEST_CASE("English rules, and the language of a comment picks its rules", "[themes][tagging]")
{
    CHECK(tagger().themesFor(u("Delivery was DAMAGED"), u("en")) == Ids{kDelivery, kDamage});
    CHECK(tagger().themesFor(u("Nobody answered the phone"), u("en-GB")) == Ids{kCallCentre});
    // "consegna" is an Italian rule: an English comment does not use it...
    CHECK(tagger().themesFor(u("consegna"), u("en")).isEmpty());
    // ...but a comment of unknown language is read with every language's rules.
    CHECK(tagger().themesFor(u("consegna"), QString()) == Ids{kDelivery});
    CHECK(tagger().themesFor(u("consegna"), u("de")) == Ids{kDelivery});
    CHECK(tagger().themesFor(QString(), u("it")).isEmpty());
}

TEST_CASE("the default taxonomy tags every demo complaint with its theme in all three languages", "[themes][tagging]")
{
    QTemporaryDir dir;
    const auto db = Database::open(loopdesk::test::databaseLocation(dir, QStringLiteral("t.db")));
    ThemeStore store(*db);
    REQUIRE(installDefaultTaxonomy(store) > 10);
    CHECK(installDefaultTaxonomy(store) == 0); // never twice
    const ThemeTagger defaults(store.keywords());
    for (const char* language : {"pl", "it", "en"}) {
        const demo::Phrasebook& words = demo::phrasebook(QString::fromLatin1(language));
        for (const auto& [themeName, comments] : words.complaints) {
            const std::optional<Theme> theme = store.findTheme(themeName);
            REQUIRE(theme);
            for (const QString& comment : comments) {
                INFO(language << ": " << comment.toStdString() << " should be " << themeName.toStdString());
                CHECK(defaults.themesFor(comment, QString::fromLatin1(language)).contains(theme->id));
            }
        }
    }
}

TEST_CASE("tagging again keeps tags set by hand and never restores a tag taken off by hand", "[themes][tagging]")
{
    QTemporaryDir dir;
    const auto db = Database::open(loopdesk::test::databaseLocation(dir, QStringLiteral("t.db")));
    ThemeStore themes(*db);
    const qint64 delivery = themes.addTheme(Theme{0, 0, u("Delivery"), 0});
    const qint64 price = themes.addTheme(Theme{0, 0, u("Price"), 0});
    themes.addKeyword(ThemeKeyword{0, delivery, u("pl"), u("dostaw")});
    const qint64 wave = WaveStore(*db).add(Wave{0, u("W"), Wave::Kind::Relationship, Metric::Nps, {}, {}, 0});
    ResponseStore responses(*db);
    const auto add = [&](const char* comment) {
        Response r;
        r.waveId = wave;
        r.answeredAt = QDateTime(QDate(2026, 3, 1), QTime(10, 0), Qt::UTC);
        r.score = 3;
        r.comment = u(comment);
        r.language = u("pl");
        return *responses.add(r);
    };
    const qint64 late = add("Dostawa spóźniona");
    const qint64 wrong = add("Dostawy nie było, a cena za wysoka");
    const qint64 silent = add("");

    TaggingSummary s = retagAllComments(*db);
    CHECK(s.answersRead == 2);
    CHECK(s.automaticTags == 2);
    CHECK(responses.themes(late) == Ids{delivery});

    responses.untag(wrong, delivery); // an analyst disagrees with the rule here
    responses.tag(wrong, price, true);
    responses.tag(silent, price, true);
    themes.addKeyword(ThemeKeyword{0, price, u("pl"), u("cen")});
    s = retagAllComments(*db);
    CHECK(responses.themes(wrong) == Ids{price});
    CHECK(responses.isManualTag(wrong, price));
    CHECK(responses.themes(silent) == Ids{price});
    CHECK(responses.themes(late) == Ids{delivery});
    CHECK(s.manualTagsKept == 2);
    CHECK(s.answersTagged == 3);

    responses.tag(wrong, delivery, true); // tagging by hand forgets the earlier removal
    retagAllComments(*db);
    CHECK(responses.themes(wrong) == Ids{delivery, price});
}

TEST_CASE("folding with the table of Latin letters agrees with the general rules", "[themes][folding]")
{
    // Every character of the table's range alone, between letters, and next to spaces.
    for (char16_t u = 0x80; u < 0x250; ++u) {
        const QString c(QChar{u});
        for (const QString& text : {c, QStringLiteral("a") + c + QStringLiteral("b"), QStringLiteral(" x ") + c + c,
                                    c.toUpper() + QStringLiteral("Zz ")}) {
            CAPTURE(static_cast<int>(u));
            CHECK(foldForMatching(text) == foldForMatchingByRules(text));
        }
    }
    // Real comments, and text the table does not cover (Greek, a combining accent, an emoji).
    for (const QString& text : {QStringLiteral("Przesyłka spóźniona, brak informacji o dostawie!"),
                                QStringLiteral("La consegna è arrivata in ritardo — pacco danneggiato"),
                                QStringLiteral("STRASSE Straße æon Œuvre"), QStringLiteral("Ταχυδρομείο αργό"),
                                QStringLiteral("cafe\u0301 late"), QStringLiteral("late 📦 again"),
                                QStringLiteral("  ½ price ² ³ «quoted» ¿qué? ¡sí! "), QString()}) {
        CHECK(foldForMatching(text) == foldForMatchingByRules(text));
    }
    CHECK(foldForMatching(QStringLiteral("Łódź, ŻÓŁTA gęś!")) == QStringLiteral("lodz zolta ges"));
}
