// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/clock.h"
#include "earlierschema.h"
#include "import/answerreader.h"
#include "import/importer.h"
#include "metrics/netscore.h"
#include "storage/casestore.h"
#include "storage/database.h"
#include "storage/importstore.h"
#include "storage/inboxquery.h"
#include "storage/migrations.h"
#include "storage/responsebulkwriter.h"
#include "storage/responsestore.h"
#include "storage/scorecountstore.h"
#include "storage/sqldialect.h"
#include "storage/staffstore.h"
#include "storage/statement.h"
#include "storage/themestore.h"
#include "storage/wavestore.h"
#include "testdatabase.h"
#include "testsupport.h"
#include "themes/defaulttaxonomy.h"

#include <QFile>
#include <QStringEncoder>

#include <cmath>

using namespace loopdesk::core;

namespace {

const ManualClock kClock(QDateTime(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC));

QString fixture(const char* name)
{
    return QStringLiteral(LOOPDESK_TEST_DATA_DIR "/import/") + QString::fromLatin1(name);
}

// Imports a file into `db` with the tests' clock, its times read as UTC.
ImportSummary importInto(Database& db, const QString& path, ImportOptions options = {})
{
    options.timeZone = QTimeZone::utc();
    return Importer(db, kClock).run(path, options);
}

struct Fixture {
    QTemporaryDir dir;
    std::unique_ptr<Database> db = Database::open(loopdesk::test::databaseLocation(dir, QStringLiteral("import.db")));

    ImportSummary import(const QString& path, ImportOptions options = {})
    {
        return importInto(*db, path, std::move(options));
    }
    qint64 count(const QString& sql) { return Statement::scalar(db->connection(), sql).toLongLong(); }
    QStringList column(const QString& sql)
    {
        Statement s(db->connection(), sql);
        s.exec();
        QStringList values;
        while (s.next()) {
            values << s.text(0);
        }
        return values;
    }
    // Net score of the answers of one wave, optionally of one segment value.
    NetScore nps(const QString& wave, const QString& segment = {})
    {
        Statement s(db->connection(),
                    QStringLiteral(
                        "SELECT sum(CASE WHEN score >= 9 THEN 1 ELSE 0 END), "
                        "sum(CASE WHEN score IN (7, 8) THEN 1 ELSE 0 END), "
                        "sum(CASE WHEN score <= 6 THEN 1 ELSE 0 END) FROM response r JOIN wave w ON w.id = r.wave_id "
                        "LEFT JOIN segment_value v ON v.id = r.seg1 "
                        "WHERE w.name = ? AND (? = '' OR v.value = ?)"));
        s.bind(wave).bind(segment).bind(segment).exec();
        REQUIRE(s.next());
        return netScore({s.value(0).toLongLong(), s.value(1).toLongLong(), s.value(2).toLongLong()});
    }
};

ImportOptions maps(std::initializer_list<std::pair<const char*, const char*>> list)
{
    ImportOptions o;
    for (const auto& [field, column] : list) {
        o.maps.append({QString::fromUtf8(field), QString::fromUtf8(column)});
    }
    return o;
}

} // namespace

TEST_CASE("Sudzilla: NPS -35.9 with 8 promoters and 22 detractors of 39", "[import][shared-data]")
{
    Fixture f;
    const QString path = loopdesk::test::sharedData("prepbench_sudzilla/input_01.csv");
    CHECK_THROWS_AS(f.import(path), ImportError); // three 0-10 questions: the user must choose
    ImportOptions options =
        maps({{"score", "On a scale of 0-10, how would you rate Sudzilla?"}, {"comment", "...why?"}});
    CHECK_THROWS_AS(f.import(path, options), ImportError); // 11/1/2019: day or month first?
    options.dateOrder = DateOrder::MonthFirst;
    const ImportSummary s = f.import(path, options);
    CHECK(s.inspection.mapping.preset == QStringLiteral("google-forms"));
    CHECK(s.rows == 39);
    CHECK(s.imported == 39);
    const NetScore nps = f.nps(QStringLiteral("input_01"));
    CHECK(nps.counts.positive == 8);
    CHECK(nps.counts.negative == 22);
    CHECK(std::round(*nps.score * 10) / 10 == -35.9);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM response WHERE comment = 'Bad service'")) == 1);
    // The ISO-dated twin file settles its own dates.
    options.dateOrder.reset();
    options.waveName = QStringLiteral("iso");
    CHECK(f.import(loopdesk::test::sharedData("prepbench_sudzilla/input_02.csv"), options).imported == 39);
}

TEST_CASE("airlines: per-airline NPS reproduces Prep Air's 21 and its z-score 1.12", "[import][shared-data]")
{
    Fixture f;
    ImportOptions options = maps({{"segment:airline", "Airline"}, {"customer_id", "CustomerID"}});
    options.waveName = QStringLiteral("airlines");
    const ImportSummary first = f.import(loopdesk::test::sharedData("prepbench_airlines/input_01.csv"), options);
    const ImportSummary second = f.import(loopdesk::test::sharedData("prepbench_airlines/input_02.csv"), options);
    CHECK(first.rejected == 0);
    CHECK(second.imported == 184);
    // The challenge rounds each percentage down before subtracting, and drops airlines under 50 answers.
    QList<double> scores;
    double prepAir = 0;
    for (const QString& airline : f.column(QStringLiteral("SELECT DISTINCT value FROM segment_value"))) {
        const NetScore s = f.nps(QStringLiteral("airlines"), airline);
        if (s.counts.total() < 50) {
            continue;
        }
        const double n = static_cast<double>(s.counts.total());
        const double floored = std::floor(100.0 * static_cast<double>(s.counts.positive) / n) -
                               std::floor(100.0 * static_cast<double>(s.counts.negative) / n);
        scores << floored;
        if (airline == QStringLiteral("Prep Air")) {
            prepAir = floored;
            CHECK(*s.score == Catch::Detail::Approx(21.2).margin(0.05));
        }
    }
    CHECK(prepAir == 21);
    double mean = 0;
    for (double s : scores) {
        mean += s;
    }
    mean /= static_cast<double>(scores.size());
    double variance = 0;
    for (double s : scores) {
        variance += (s - mean) * (s - mean);
    }
    const double sd = std::sqrt(variance / static_cast<double>(scores.size() - 1));
    CHECK(std::round((prepAir - mean) / sd * 100) / 100 == 1.12);
}

TEST_CASE("Qualtrics exports: three header rows, and the legacy two-row format with trailing commas",
          "[import][shared-data]")
{
    Fixture f;
    const QString current = loopdesk::test::sharedData("qualtrics_format/qualtRics_sample.csv");
    try {
        f.import(current);
        FAIL("a file without an NPS question was imported");
    } catch (const ImportError& error) {
        CHECK(error.choices() == QStringList{QStringLiteral("This is a multiple choice question.")});
    }
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM wave")) == 0);
    const ImportSummary s = f.import(current, maps({{"score", "Q1"}}));
    CHECK(s.inspection.mapping.preset == QStringLiteral("qualtrics"));
    CHECK(s.inspection.mapping.headerRows == 3);
    CHECK(s.inspection.mapping.labels.contains(QStringLiteral("Nachname des Empfängers")));
    const ImportSummary legacy =
        f.import(loopdesk::test::sharedData("qualtrics_format/qualtRics_sample_legacy.csv"), maps({{"score", "Q1"}}));
    CHECK(legacy.inspection.mapping.preset == QStringLiteral("qualtrics-legacy"));
    CHECK(legacy.imported == 1);
    CHECK(f.column(QStringLiteral("SELECT DISTINCT external_id FROM response")) ==
          QStringList{QStringLiteral("R_2YPOQ602ER1jkf1")});
    CHECK(f.column(QStringLiteral("SELECT %1 FROM response")
                       .arg(sql::utcDateTime(f.db->backend(), QStringLiteral("max(answered_at)"))))
              .first() == QStringLiteral("2017-07-18 08:28:48"));
}

TEST_CASE("SurveyMonkey: two header rows, CRLF, curly quotes, names split in two", "[import][presets]")
{
    Fixture f;
    const ImportSummary s = f.import(fixture("surveymonkey.csv"));
    CHECK(s.inspection.mapping.preset == QStringLiteral("surveymonkey"));
    CHECK(s.imported == 3);
    CHECK(s.casesOpened == 1);
    CHECK(f.column(QStringLiteral("SELECT name FROM customer ORDER BY external_id")) ==
          QStringList{QStringLiteral("Anna Nowak"), QStringLiteral("Marco Rossi")});
    CHECK(f.column(QStringLiteral("SELECT comment FROM response WHERE external_id = '114500100'")).first() ==
          QStringLiteral("“Fast” and friendly"));
}

TEST_CASE("Typeform and Delighted exports are recognised", "[import][presets]")
{
    Fixture f;
    const ImportSummary t = f.import(fixture("typeform.csv"));
    CHECK(t.inspection.mapping.preset == QStringLiteral("typeform"));
    CHECK(t.imported == 2);
    CHECK(f.column(QStringLiteral("SELECT external_id FROM response ORDER BY id")) ==
          QStringList{QStringLiteral("3f9a1c"), QStringLiteral("7b2e44")});
    const ImportSummary d = f.import(fixture("delighted.csv"));
    CHECK(d.inspection.mapping.preset == QStringLiteral("delighted"));
    CHECK(d.imported == 2);
    CHECK(d.rejectedByKind.value(QStringLiteral("score_out_of_range")) == 1);
    CHECK(d.rejectedByKind.value(QStringLiteral("missing_score")) == 1);
    CHECK(f.column(QStringLiteral("SELECT %1 FROM response WHERE external_id = '901'")
                       .arg(sql::utcDateTime(f.db->backend(), QStringLiteral("answered_at"))))
              .first() == QStringLiteral("2022-07-01 13:20:00"));
}

TEST_CASE("Google Forms: 12-hour times with a zone, quoted line breaks, a last line without newline",
          "[import][presets]")
{
    Fixture f;
    const ImportSummary s = f.import(fixture("google_forms.csv"));
    CHECK(s.inspection.mapping.preset == QStringLiteral("google-forms"));
    CHECK(s.imported == 3);
    CHECK(f.column(QStringLiteral("SELECT comment FROM response ORDER BY answered_at")) ==
          QStringList{QStringLiteral("Great staff,\nquick checkout"), QStringLiteral("Queue at the \"express\" till"),
                      QString()});
    CHECK(f.column(QStringLiteral("SELECT %1 FROM response")
                       .arg(sql::utcDateTime(f.db->backend(), QStringLiteral("min(answered_at)"))))
              .first() == QStringLiteral("2022-06-22 15:07:29"));
}

TEST_CASE("Polish Excel export: Windows-1250, semicolons, CRLF, dd.MM.yyyy, decimal commas", "[import][encoding]")
{
    Fixture f;
    const QString path = f.dir.filePath(QStringLiteral("ankieta.csv"));
    QStringEncoder cp1250("windows-1250");
    loopdesk::test::writeFile(
        path, cp1250(QStringLiteral("id;data;ocena;komentarz;wartość zamówienia;segment:region\r\n"
                                    "P1;05.03.2026;3;Przesyłka spóźniona, kurier niemiły — źle;1 100,00;Śląsk\r\n"
                                    "P2;06.03.2026;10;Wszystko świetnie, dziękuję!;12,50;Łódź\r\n")));
    const ImportSummary s = f.import(path, maps({{"score", "ocena"}, {"answered_at", "data"}}));
    CHECK(s.inspection.encoding == TextEncoding::Windows1250);
    CHECK(s.inspection.delimiter == ';');
    CHECK(s.imported == 2);
    CHECK(f.column(QStringLiteral("SELECT comment FROM response ORDER BY id")).first() ==
          QStringLiteral("Przesyłka spóźniona, kurier niemiły — źle"));
    CHECK(f.column(QStringLiteral("SELECT value FROM segment_value ORDER BY id")) ==
          QStringList{QStringLiteral("Śląsk"), QStringLiteral("Łódź")});
    CHECK(f.column(QStringLiteral("SELECT %1 FROM response ORDER BY id")
                       .arg(sql::utcDate(f.db->backend(), QStringLiteral("answered_at"))))
              .first() == QStringLiteral("2026-03-05"));
}

TEST_CASE("Italian text in Windows-1252, UTF-16 with BOM and UTF-8 with BOM all arrive intact", "[import][encoding]")
{
    Fixture f;
    const QString italian = QStringLiteral("Perché la consegna è già in ritardo? Così non va, più attenzione");
    const QString header = QStringLiteral("response_id,answered_at,score,comment\n");
    const QString row = QStringLiteral("I1,2026-01-10,4,\"") + italian + QStringLiteral("\"\n");
    const QString p1252 = f.dir.filePath(QStringLiteral("it1252.csv"));
    loopdesk::test::writeFile(p1252, QStringEncoder("windows-1252")(header + row));
    const QString p16 = f.dir.filePath(QStringLiteral("utf16.csv"));
    loopdesk::test::writeFile(p16, QStringEncoder(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom)(
                                       header + QString(row).replace(QStringLiteral("I1"), QStringLiteral("I2"))));
    const QString pBom = f.dir.filePath(QStringLiteral("bom.csv"));
    loopdesk::test::writeFile(pBom,
                              QByteArray("\xEF\xBB\xBF") +
                                  (header + QString(row).replace(QStringLiteral("I1"), QStringLiteral("I3"))).toUtf8());
    ImportOptions options;
    options.waveName = QStringLiteral("it");
    CHECK(f.import(p1252, options).inspection.encoding == TextEncoding::Windows1252);
    CHECK(f.import(p16, options).inspection.encoding == TextEncoding::Utf16LE);
    const ImportSummary bom = f.import(pBom, options);
    CHECK(bom.inspection.mapping.column(ImportField::ResponseId) == 0); // the BOM did not hide "response_id"
    CHECK(f.column(QStringLiteral("SELECT DISTINCT comment FROM response")) == QStringList{italian});
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM response")) == 3);
}

TEST_CASE("an ambiguous date file is refused until the user chooses, a day over 12 settles it", "[import][dates]")
{
    Fixture f;
    try {
        f.import(fixture("dates_ambiguous.csv"));
        FAIL("ambiguous dates were guessed");
    } catch (const ImportError& error) {
        CHECK(error.message().contains(QStringLiteral("--date-format")));
    }
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM response")) == 0);
    ImportOptions options;
    options.dateOrder = DateOrder::MonthFirst;
    f.import(fixture("dates_ambiguous.csv"), options);
    CHECK(f.column(QStringLiteral("SELECT %1 FROM response WHERE external_id = 'A1'")
                       .arg(sql::utcDate(f.db->backend(), QStringLiteral("answered_at"))))
              .first() == QStringLiteral("2026-03-04"));
    f.import(fixture("dates_dayfirst.csv"));
    CHECK(f.column(QStringLiteral("SELECT %1 FROM response WHERE external_id = 'B1'")
                       .arg(sql::utcDate(f.db->backend(), QStringLiteral("answered_at"))))
              .first() == QStringLiteral("2026-04-03"));
}

TEST_CASE("examine() returns the question with the preview instead of refusing the file", "[import][wizard]")
{
    Fixture f;
    const ImportInspection dates = Importer(*f.db, kClock).examine(fixture("dates_ambiguous.csv"), {});
    CHECK(dates.question == ImportInspection::Question::DateOrder);
    CHECK(dates.choices == QStringList{QStringLiteral("dd/MM/yyyy"), QStringLiteral("MM/dd/yyyy")});
    CHECK_FALSE(dates.preview.isEmpty());
    CHECK(dates.mapping.column(ImportField::AnsweredAt) >= 0);

    const QString qualtrics = loopdesk::test::sharedData("qualtrics_format/qualtRics_sample.csv");
    const ImportInspection score = Importer(*f.db, kClock).examine(qualtrics, {});
    CHECK(score.question == ImportInspection::Question::ScoreColumn);
    CHECK(score.mapping.preset == QStringLiteral("qualtrics"));
    CHECK_FALSE(score.preview.isEmpty());
    CHECK(score.mapping.scoreCandidates == QList<int>{score.mapping.find(QStringLiteral("Q1"))});

    ImportOptions answered;
    answered.dateOrder = DateOrder::DayFirst;
    CHECK(Importer(*f.db, kClock).examine(fixture("dates_ambiguous.csv"), answered).question ==
          ImportInspection::Question::None);
    CHECK_THROWS_AS(Importer(*f.db, kClock).examine(fixture("no_such_file.csv"), {}), ImportError);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM wave")) == 0);
}

TEST_CASE("a wide table gives one answer per filled cell, code 99 means no answer", "[import][wide]")
{
    Fixture f;
    ImportOptions options = maps({{"response_id", "respondent"},
                                  {"segment:region", "region"},
                                  {"score", "X11_1"},
                                  {"score", "X11_2"},
                                  {"score", "X11_3"}});
    options.missingCodes = {99};
    options.wideDimension = QStringLiteral("brand");
    const ImportSummary s = f.import(fixture("wide_table.csv"), options);
    CHECK(s.imported == 6);
    CHECK(s.rejected == 1); // r2 answered nothing
    CHECK(s.rejects.first().line == 3);
    CHECK(
        f.column(QStringLiteral("SELECT v.value || '=' || r.score FROM response r JOIN dimension d ON d.name = 'brand' "
                                "JOIN segment_value v ON v.id = CASE d.slot WHEN 2 THEN r.seg2 ELSE r.seg1 END "
                                "WHERE r.external_id = 'r1' ORDER BY v.value")) ==
        QStringList{QStringLiteral("X11_1=9"), QStringLiteral("X11_3=7")});
    CHECK(f.import(fixture("wide_table.csv"), options).duplicates == 6);
}

TEST_CASE("the score cube counts every imported answer once, by every value it has", "[import][cube]")
{
    Fixture f;
    const ScoreCountStore store(*f.db);
    // Segment columns, a value for every row that a column overrides where it has one, and
    // answers of many days and months.
    const QString path = f.dir.filePath(QStringLiteral("answers.csv"));
    QByteArray text = "response_id,answered_at,score,region,channel,product\n";
    for (int r = 0; r < 300; ++r) {
        text += "A" + QByteArray::number(r) + ",2026-0" + QByteArray::number(1 + r % 6) + "-" +
                QByteArray::number(10 + r % 19) + "T1" + QByteArray::number(r % 10) + ":00:00Z," +
                QByteArray::number(r % 11) + ',' + (r % 3 ? "North" : "South") + ',' + (r % 4 ? "" : "Phone") + ',' +
                (r % 5 ? "Parcel" : "Pallet") + '\n';
    }
    loopdesk::test::writeFile(path, text);
    ImportOptions options = maps({{"segment:region", "region"}, {"segment:channel", "channel"}});
    options.constants = {{QStringLiteral("segment:channel"), QStringLiteral("email")},
                         {QStringLiteral("segment:source"), QStringLiteral("panel")}};
    REQUIRE(f.import(path, options).imported == 300);
    CHECK(store.cubeMismatches() == 0);
    CHECK(f.count(QStringLiteral("SELECT sum(n) FROM score_cube WHERE slot = 0")) == 300);

    // The same file again with a hundred new rows: the duplicates are not counted twice.
    for (int r = 300; r < 400; ++r) {
        text += "A" + QByteArray::number(r) + ",2026-07-01," + QByteArray::number(r % 11) + ",East,,Parcel\n";
    }
    loopdesk::test::writeFile(path, text);
    const ImportSummary again = f.import(path, options);
    CHECK(again.duplicates == 300);
    CHECK(again.imported == 100);
    CHECK(store.cubeMismatches() == 0);
    CHECK(f.count(QStringLiteral("SELECT sum(n) FROM score_cube WHERE slot = 0")) == 400);

    // A wide table: each answer counted under its column's label.
    ImportOptions wide = maps({{"response_id", "respondent"},
                               {"segment:region", "region"},
                               {"score", "X11_1"},
                               {"score", "X11_2"},
                               {"score", "X11_3"}});
    wide.missingCodes = {99};
    wide.wideDimension = QStringLiteral("brand");
    REQUIRE(f.import(fixture("wide_table.csv"), wide).imported == 6);
    CHECK(store.cubeMismatches() == 0);
    CHECK(f.import(fixture("wide_table.csv"), wide).duplicates == 6);
    CHECK(store.cubeMismatches() == 0);
    CHECK(f.count(QStringLiteral("SELECT sum(n) FROM score_cube WHERE slot = 0")) == 406);
}

TEST_CASE("a wide row with one bad cell is rejected whole: none of its answers arrives", "[import][wide]")
{
    Fixture f;
    const QString path = f.dir.filePath(QStringLiteral("wide_bad.csv"));
    loopdesk::test::writeFile(path, "respondent,X1,X2\nw1,9,12\nw2,8,7\n");
    const ImportSummary s = f.import(path, maps({{"response_id", "respondent"}, {"score", "X1"}, {"score", "X2"}}));
    CHECK(s.imported == 2);
    CHECK(s.rejected == 1);
    REQUIRE(s.rejects.size() == 1);
    CHECK(s.rejects.first().line == 2);
    CHECK(s.rejects.first().column == QStringLiteral("X2"));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM response WHERE external_id = 'w1'")) == 0);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM response WHERE external_id = 'w2'")) == 2);
}

TEST_CASE("a file whose header is garbage is refused as a whole and writes nothing", "[import][validation]")
{
    Fixture f;
    CHECK_THROWS_AS(f.import(fixture("garbage_header.csv")), ImportError);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM wave")) == 0);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM import_batch")) == 0);
}

TEST_CASE("bad rows are reported with line, column and reason, good rows still arrive", "[import][validation]")
{
    Fixture f;
    const ImportSummary s = f.import(fixture("mixed_quality.csv"));
    CHECK(s.rows == 9);
    CHECK(s.imported == 3);
    CHECK(s.rejected == 6);
    QStringList seen;
    for (const RejectedRow& r : s.rejects) {
        seen << QStringLiteral("%1:%2:%3").arg(r.line).arg(r.column, r.kind);
    }
    CHECK(seen == QStringList{QStringLiteral("3:score:score_not_a_number"), QStringLiteral("4:answered_at:bad_date"),
                              QStringLiteral("8::empty_row"), QStringLiteral("9:score:score_out_of_range"),
                              QStringLiteral("10:score:score_out_of_range"),
                              QStringLiteral("11:score:score_not_a_number")});
    CHECK(f.column(QStringLiteral("SELECT comment FROM response WHERE external_id = 'R4'")).first() ==
          QStringLiteral("multi\nline\ncomment"));
    CHECK(f.column(QStringLiteral("SELECT %1 FROM response WHERE external_id = 'R4'")
                       .arg(sql::utcDateTime(f.db->backend(), QStringLiteral("answered_at"))))
              .first() == QStringLiteral("2026-02-02 08:30:00"));
    CHECK(f.column(QStringLiteral("SELECT v.value FROM response r JOIN segment_value v ON v.id = r.seg1 WHERE "
                                  "r.external_id = 'R4'")) == QStringList{QStringLiteral("South")});

    const QString rejects = f.dir.filePath(QStringLiteral("rejects.csv"));
    Importer::writeRejects(s, rejects);
    QFile file(rejects);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    CHECK(text.startsWith(QStringLiteral("line,column,problem,reason,response_id,answered_at,score")));
    CHECK(text.contains(QStringLiteral("9,score,score_out_of_range,the score 12 is outside 0 to 10,R6")));
    CHECK(text.contains(QStringLiteral(",'-3,"))); // a cell starting with "-" cannot run as a formula
}

TEST_CASE("a file repeating some answers of the wave adds only the new ones, each with its own case and themes",
          "[import][dedupe]")
{
    Fixture f;
    ThemeStore themes(*f.db);
    installDefaultTaxonomy(themes);
    // More than one statement's worth of answers, so that old and new ones meet in the same statement.
    const auto file = [&f](const QString& name, int from, int to, const QByteArray& extra = {}) {
        QByteArray bytes = "response_id,answered_at,score,comment\n";
        for (int i = from; i < to; ++i) {
            bytes += "D" + QByteArray::number(i) + ",2026-05-01," + QByteArray::number(i % 11) + "," +
                     (i % 2 == 0 ? QByteArray("the parcel came late") : QByteArray("fine")) + "\n";
        }
        const QString path = f.dir.filePath(name);
        loopdesk::test::writeFile(path, bytes + extra);
        return path;
    };
    ImportOptions options;
    options.waveName = QStringLiteral("May");
    const ImportSummary first = f.import(file(QStringLiteral("first.csv"), 0, 150), options);
    REQUIRE(first.imported == 150);
    // Every third answer again, the rest new; one new answer twice in the same file.
    QByteArray mixed = "response_id,answered_at,score,comment\n";
    for (int i = 0; i < 300; ++i) {
        if (i >= 150 || i % 3 == 0) {
            mixed += "D" + QByteArray::number(i) + ",2026-05-01," + QByteArray::number(i % 11) + "," +
                     (i % 2 == 0 ? QByteArray("the parcel came late") : QByteArray("fine")) + "\n";
        }
    }
    mixed += "D200,2026-05-01,0,the parcel came late\n";
    const QString second = f.dir.filePath(QStringLiteral("second.csv"));
    loopdesk::test::writeFile(second, mixed);
    const ImportSummary s = f.import(second, options);
    CHECK(s.imported == 150);
    CHECK(s.duplicates == 51);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM response")) == 300);
    // Cases and themes belong to the answers they were made for, never to an older answer.
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM followup_case")) ==
          f.count(QStringLiteral("SELECT count(*) FROM response WHERE score <= 6")));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM followup_case c JOIN response r ON r.id = c.response_id "
                                 "WHERE c.score <> r.score OR c.created_at <> r.answered_at")) == 0);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM response_theme")) ==
          f.count(QStringLiteral("SELECT count(*) FROM response WHERE comment = 'the parcel came late'")));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM response_theme t JOIN response r ON r.id = t.response_id "
                                 "WHERE r.comment <> 'the parcel came late'")) == 0);
    CHECK(s.commentsTagged == 75);
    CHECK(s.casesOpened == f.count(QStringLiteral("SELECT count(*) FROM response r JOIN followup_case c ON "
                                                  "c.response_id = r.id WHERE r.import_id = (SELECT max(id) FROM "
                                                  "import_batch)")));
}

TEST_CASE("re-importing the same file adds nothing", "[import][dedupe]")
{
    Fixture f;
    const ImportSummary first = f.import(fixture("mixed_quality.csv"));
    const ImportSummary again = f.import(fixture("mixed_quality.csv"));
    CHECK(again.imported == 0);
    CHECK(again.duplicates == first.imported);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM followup_case")) == first.casesOpened);

    const QList<ImportRecord> history = ImportStore(*f.db).history(10);
    REQUIRE(history.size() == 2);
    CHECK(history.first().id > history.last().id); // newest first
    CHECK(history.first().fileName == QStringLiteral("mixed_quality.csv"));
    CHECK(history.first().waveName == first.waveName);
    CHECK(history.last().imported == first.imported);
    CHECK(history.last().rejected == first.rejected);
    CHECK(history.first().duplicates == first.imported);
    CHECK(history.first().finishedAt.isValid());
}

TEST_CASE("a wave's period covers the days of its answers and grows with later files", "[import][dedupe]")
{
    Fixture f;
    const auto period = [&f] {
        const std::optional<Wave> wave = WaveStore(*f.db).findByName(QStringLiteral("Spring"));
        REQUIRE(wave);
        return std::pair{wave->periodStart, wave->periodEnd};
    };
    ImportOptions options;
    options.waveName = QStringLiteral("Spring");
    // Answers out of date order; a rejected row's date counts for nothing.
    const QString first = f.dir.filePath(QStringLiteral("first.csv"));
    loopdesk::test::writeFile(first, "response_id,answered_at,score\n"
                                     "A1,2026-03-12T10:00:00Z,9\n"
                                     "A2,2026-03-05T00:30:00Z,3\n"
                                     "A3,2026-01-01T10:00:00Z,11\n"
                                     "A4,2026-03-20T23:59:00Z,7\n"
                                     "A5,2026-03-08T10:00:00Z,10\n");
    REQUIRE(f.import(first, options).imported == 4);
    CHECK(period() == std::pair{QDate(2026, 3, 5), QDate(2026, 3, 20)});

    // A later file stretches it both ways; an answer already there changes nothing.
    const QString second = f.dir.filePath(QStringLiteral("second.csv"));
    loopdesk::test::writeFile(second, "response_id,answered_at,score\n"
                                      "A1,2026-03-12T10:00:00Z,9\n"
                                      "B1,2026-04-02T08:00:00Z,8\n"
                                      "B2,2026-02-27T08:00:00Z,2\n");
    REQUIRE(f.import(second, options).imported == 2);
    CHECK(period() == std::pair{QDate(2026, 2, 27), QDate(2026, 4, 2)});

    // Only answers already there: the period stays.
    REQUIRE(f.import(first, options).imported == 0);
    CHECK(period() == std::pair{QDate(2026, 2, 27), QDate(2026, 4, 2)});
}

TEST_CASE("an answer the database leaves out is never counted as a duplicate: the import stops, nothing written",
          "[import][atomic][sqlite]")
{
    Fixture f;
    // Something the reader cannot know of: a rule in the database that silently drops one answer.
    Statement::run(f.db->connection(), QStringLiteral("CREATE TRIGGER drop_one BEFORE INSERT ON response WHEN "
                                                      "new.external_id = 'R2' BEGIN SELECT RAISE(IGNORE); END"));
    const QString path = f.dir.filePath(QStringLiteral("answers.csv"));
    loopdesk::test::writeFile(path, "response_id,answered_at,score\nR1,2026-03-12,9\nR2,2026-03-12,3\n"
                                    "R3,2026-03-12,7\n");
    CHECK_THROWS_WITH(f.import(path), Catch::Contains("refused the answer R2"));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM response")) == 0);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM import_batch")) == 0);

    // The same for a customer: left out, they are not taken for one already on file.
    Statement::run(f.db->connection(), QStringLiteral("CREATE TRIGGER drop_customer BEFORE INSERT ON customer WHEN "
                                                      "new.external_id = 'C2' BEGIN SELECT RAISE(IGNORE); END"));
    loopdesk::test::writeFile(path, "response_id,customer_id,answered_at,score\nR1,C1,2026-03-12,9\n"
                                    "R3,C2,2026-03-12,7\n");
    CHECK_THROWS_WITH(f.import(path), Catch::Contains("refused the customer C2"));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM customer")) == 0);
}

TEST_CASE("the reading side numbers customers, and starts again in a new batch when it must forget",
          "[import][customers]")
{
    Fixture f;
    const QString path = f.dir.filePath(QStringLiteral("customers.csv"));
    loopdesk::test::writeFile(path, "response_id,customer_id,email,answered_at,score\n"
                                    "R1,C1,,2026-03-12,9\nR2,C2,,2026-03-12,3\nR3,C1,,2026-03-12,7\n"
                                    "R4,,,2026-03-12,7\nR5,,c3@example.com,2026-03-12,7\n"
                                    "R6,C4,,2026-03-12,7\nR7,C1,,2026-03-12,7\nR8,C4,,2026-03-12,7\n");
    const ImportOptions options;
    AnswerReader::Setup setup{path, Importer(*f.db, kClock).inspect(path, options), &options};
    setup.customersRemembered = 3;
    AnswerReader reader(setup);
    QList<QList<std::pair<qint32, bool>>> batches;
    while (std::unique_ptr<AnswerBatch> batch = reader.next()) {
        QList<std::pair<qint32, bool>> numbers;
        for (const ReadAnswer& a : batch->answers) {
            numbers.append({a.customer.number, a.customer.first});
        }
        if (!numbers.isEmpty()) {
            batches.append(numbers);
        }
        reader.recycle(std::move(batch));
    }
    // C1, C2, C1 again, nobody, c3@example.com by e-mail; then C4 would be the fourth: all is forgotten,
    // and C1 is met anew.
    using N = QList<std::pair<qint32, bool>>;
    REQUIRE(batches.size() == 2);
    CHECK(batches.at(0) == N{{0, true}, {1, true}, {0, false}, {-1, false}, {2, true}});
    CHECK(batches.at(1) == N{{0, true}, {1, true}, {0, false}});
}

TEST_CASE("an empty column in the mapping says the file has no such field", "[import][mapping]")
{
    Fixture f;
    const ImportSummary s = f.import(fixture("mixed_quality.csv"), maps({{"comment", ""}}));
    CHECK(s.inspection.mapping.column(ImportField::Comment) == -1);
    CHECK(s.imported > 0);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM response WHERE comment <> ''")) == 0);
}

TEST_CASE("cancelling an import through progress leaves the database as it was", "[import][atomic]")
{
    Fixture f;
    const QString path = f.dir.filePath(QStringLiteral("many.csv"));
    QByteArray bytes = "response_id,answered_at,score\n";
    for (int i = 0; i < 20000; ++i) {
        bytes += "M" + QByteArray::number(i) + ",2026-01-01," + QByteArray::number(i % 11) + "\n";
    }
    loopdesk::test::writeFile(path, bytes);
    ImportOptions options;
    int calls = 0;
    options.progress = [&](qint64 done, qint64 total) {
        CHECK(done <= total);
        return ++calls < 3;
    };
    const ImportSummary s = f.import(path, options);
    CHECK(s.cancelled);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM response")) == 0);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM wave")) == 0);
    options.progress = {};
    CHECK(f.import(path, options).imported == 20000);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM followup_case")) ==
          f.count(QStringLiteral("SELECT count(*) FROM response WHERE score <= 6")));
}

TEST_CASE("an invited list sets the wave's response rate and names non-responders", "[import][invited]")
{
    Fixture f;
    ImportOptions invited;
    invited.invitedList = true;
    invited.waveName = QStringLiteral("Q1");
    const ImportSummary s = f.import(fixture("invited.csv"), invited);
    CHECK(s.invitations == 4);
    CHECK(s.rejected == 1);
    CHECK(f.count(QStringLiteral("SELECT invited FROM wave WHERE name = 'Q1'")) == 4);
    const QString answers = f.dir.filePath(QStringLiteral("answers.csv"));
    loopdesk::test::writeFile(answers,
                              "response_id,customer_id,answered_at,score\nx1,C-1,2026-01-05,9\nx2,C-3,2026-01-06,4\n");
    ImportOptions wave;
    wave.waveName = QStringLiteral("Q1");
    f.import(answers, wave);
    CHECK(
        f.column(QStringLiteral("SELECT c.external_id FROM invitation i JOIN customer c ON c.id = i.customer_id "
                                "WHERE NOT EXISTS (SELECT 1 FROM response r WHERE r.customer_id = c.id) ORDER BY 1")) ==
        QStringList{QStringLiteral("C-2"), QStringLiteral("C-4")});
    CHECK(f.import(fixture("invited.csv"), invited).duplicates == 4);
}

TEST_CASE("constants given for every row, and unknown columns or fields are refused", "[import][mapping]")
{
    Fixture f;
    ImportOptions options;
    options.constants = {{QStringLiteral("segment:channel"), QStringLiteral("email")},
                         {QStringLiteral("language"), QStringLiteral("en")}};
    f.import(fixture("typeform.csv"), options);
    CHECK(f.column(QStringLiteral("SELECT DISTINCT v.value || '/' || r.language FROM response r JOIN segment_value v "
                                  "ON v.id = r.seg1")) == QStringList{QStringLiteral("email/en")});
    CHECK_THROWS_AS(f.import(fixture("typeform.csv"), maps({{"score", "No such column"}})), ImportError);
    CHECK_THROWS_AS(f.import(fixture("typeform.csv"), maps({{"favourite_colour", "#"}})), ImportError);
}

TEST_CASE("a large import into a small database sets indexes aside and rebuilds them all", "[import][indexes][sqlite]")
{
    Fixture f;
    const QString indexes = QStringLiteral("SELECT group_concat(name, ',') FROM (SELECT name FROM sqlite_master "
                                           "WHERE type = 'index' AND sql IS NOT NULL ORDER BY name)");
    const QStringList before = f.column(indexes);
    const QString path = f.dir.filePath(QStringLiteral("large.csv"));
    QByteArray bytes = "response_id,customer_id,answered_at,score\n";
    for (int i = 0; i < 80000; ++i) {
        bytes += "L" + QByteArray::number(i) + ",C" + QByteArray::number(i % 900) + ",2026-03-01," +
                 QByteArray::number(i % 11) + "\n";
    }
    loopdesk::test::writeFile(path, bytes);
    ImportOptions cancelled;
    cancelled.progress = [](qint64, qint64) { return false; };
    CHECK(f.import(path, cancelled).cancelled);
    CHECK(f.column(indexes) == before);
    const ImportSummary s = f.import(path);
    CHECK(s.imported == 80000);
    CHECK(f.column(indexes) == before);
    CHECK(s.casesOpened == f.count(QStringLiteral("SELECT count(*) FROM response WHERE score <= 6")));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM followup_case WHERE first_contact_due - created_at = 172800")) ==
          s.casesOpened);
    CHECK(f.db->integrityProblems().isEmpty());
}

TEST_CASE("cases indexed before the search index is made again (schema 10) are still found by name and word",
          "[import][search][migration][sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.db"));
    const QString csv = dir.filePath(QStringLiteral("answers.csv"));
    loopdesk::test::writeFile(csv, "response_id,customer_id,name,answered_at,score,comment\n"
                                   "A1,C-77,Bożena Lis,2026-11-01,2,Paczka uszkodzona\n"
                                   "A2,C-78,Jan Nowak,2026-11-02,3,late again\n");
    {
        const auto old = loopdesk::test::openAtVersion(path, 9);
        REQUIRE(importInto(*old, csv).casesOpened == 2);
    }
    const auto db = Database::open(path);
    CHECK(db->schemaVersion() >= 10);
    // No word counts kept any more, and every case of before is in the index again.
    CHECK(Statement::scalar(db->connection(),
                            QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'case_search_docsize'"))
              .toLongLong() == 0);
    const auto found = [&db](const char* text) {
        InboxQuery q;
        q.view = InboxView::All;
        q.search = QString::fromUtf8(text);
        return CaseStore(*db).inboxCount(q);
    };
    CHECK(found("bożena") == 1);
    CHECK(found("uszkodzona") == 1);
    CHECK(found("C-78") == 1);
    CHECK(found("nobody") == 0);
    CHECK(db->integrityProblems().isEmpty());
}

TEST_CASE("a database of schema 10 keeps only customers with an account in the account index",
          "[import][migration][sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.db"));
    const QString csv = dir.filePath(QStringLiteral("answers.csv"));
    loopdesk::test::writeFile(csv, "response_id,customer_id,account,answered_at,score\n"
                                   "A1,C-1,Acme,2026-11-01,2\nA2,C-2,,2026-11-02,9\nA3,C-3,,2026-11-02,9\n");
    {
        const auto old = loopdesk::test::openAtVersion(path, 10);
        REQUIRE(importInto(*old, csv).imported == 3);
    }
    const auto db = Database::open(path);
    CHECK(db->schemaVersion() >= 11);
    const auto scalar = [&db](const char* sql) {
        return Statement::scalar(db->connection(), QString::fromUtf8(sql)).toString();
    };
    CHECK(scalar("SELECT sql FROM sqlite_master WHERE name = 'customer_account'")
              .endsWith(QStringLiteral("WHERE account_id IS NOT NULL")));
    // Asking for an account's customers still goes through it, and finds them.
    Statement plan(db->connection(), QStringLiteral("EXPLAIN QUERY PLAN SELECT id FROM customer WHERE account_id IN "
                                                    "(SELECT id FROM account WHERE name = 'Acme')"));
    plan.exec();
    QString steps;
    while (plan.next()) {
        steps += plan.text(3) + QLatin1Char(';');
    }
    CHECK(steps.contains(QStringLiteral("customer_account")));
    CHECK(scalar("SELECT group_concat(external_id) FROM customer WHERE account_id IN (SELECT id FROM account)") ==
          QStringLiteral("C-1"));
    CHECK(db->integrityProblems().isEmpty());
}

TEST_CASE("a database of schema 11 keeps only cases with an owner in the owner index", "[import][migration][sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.db"));
    const QString csv = dir.filePath(QStringLiteral("answers.csv"));
    loopdesk::test::writeFile(csv, "response_id,customer_id,answered_at,score\n"
                                   "A1,C-1,2026-11-01,2\nA2,C-2,2026-11-02,3\nA3,C-3,2026-11-02,4\n");
    qint64 ewa = 0;
    {
        const auto old = loopdesk::test::openAtVersion(path, 11);
        REQUIRE(importInto(*old, csv).casesOpened == 3);
        ewa = StaffStore(*old).add(Staff{0, QStringLiteral("Ewa"), {}, Staff::Role::Agent, true});
        Statement assign(old->connection(), QStringLiteral("UPDATE followup_case SET owner_id = ? WHERE id = 1"));
        assign.bind(ewa).exec();
    }
    const auto db = Database::open(path);
    CHECK(db->schemaVersion() >= 12);
    CHECK(Statement::scalar(db->connection(),
                            QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'case_owner_status'"))
              .toString()
              .endsWith(QStringLiteral("WHERE owner_id IS NOT NULL")));
    // An owner's cases are still found through it; the unassigned ones without it.
    Statement plan(db->connection(), QStringLiteral("EXPLAIN QUERY PLAN SELECT count(*) FROM followup_case WHERE "
                                                    "owner_id = ?"));
    plan.bind(ewa).exec();
    REQUIRE(plan.next());
    CHECK(plan.text(3).contains(QStringLiteral("case_owner_status")));
    InboxQuery mine;
    mine.view = InboxView::MyCases;
    mine.me = ewa;
    CHECK(CaseStore(*db).inboxCount(mine) == 1);
    InboxQuery unassigned;
    unassigned.view = InboxView::Unassigned;
    CHECK(CaseStore(*db).inboxCount(unassigned) == 2);
    CHECK(db->integrityProblems().isEmpty());
}

TEST_CASE("a database of schema 12 keeps every answer's themes, stored by their key alone",
          "[import][migration][sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.db"));
    const QString csv = dir.filePath(QStringLiteral("answers.csv"));
    loopdesk::test::writeFile(csv, "response_id,answered_at,score,comment\n"
                                   "A1,2026-11-01,2,the parcel came late\nA2,2026-11-02,9,fine\n"
                                   "A3,2026-11-02,3,late again and the courier was rude\n");
    QString before;
    const QString themesOf =
        QStringLiteral("SELECT group_concat(r.external_id || ':' || t.theme_id || ':' || t.manual, "
                       "' ') FROM (SELECT * FROM response_theme ORDER BY response_id, theme_id) t "
                       "JOIN response r ON r.id = t.response_id");
    {
        const auto old = loopdesk::test::openAtVersion(path, 12);
        ThemeStore themes(*old);
        installDefaultTaxonomy(themes);
        REQUIRE(importInto(*old, csv).commentsTagged == 2);
        // And one given by hand.
        Statement::run(old->connection(), QStringLiteral("INSERT INTO response_theme (response_id, theme_id, manual) "
                                                         "SELECT 2, min(id), 1 FROM theme"));
        before = Statement::scalar(old->connection(), themesOf).toString();
    }
    REQUIRE(before.count(QLatin1Char(':')) >= 6); // at least three themes
    const auto db = Database::open(path);
    CHECK(db->schemaVersion() >= 13);
    CHECK(Statement::scalar(db->connection(), themesOf).toString() == before);
    CHECK(Statement::scalar(db->connection(),
                            QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'response_theme'"))
              .toString()
              .endsWith(QStringLiteral("WITHOUT ROWID")));
    CHECK(Statement::scalar(db->connection(),
                            QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'response_theme_theme'"))
              .toInt() == 1);
    // An answer that goes takes its themes with it.
    Statement::run(db->connection(), QStringLiteral("DELETE FROM response WHERE external_id = 'A1'"));
    CHECK_FALSE(Statement::scalar(db->connection(), themesOf).toString().contains(QStringLiteral("A1:")));
    CHECK(db->integrityProblems().isEmpty());
}

TEST_CASE("a database of schema 13 has its search text moved out of the search index, every case still found",
          "[import][migration][search][sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.db"));
    const QString first = dir.filePath(QStringLiteral("first.csv"));
    const QString second = dir.filePath(QStringLiteral("second.csv"));
    loopdesk::test::writeFile(first, "response_id,customer_id,answered_at,score,comment\n"
                                     "A1,C-77,2026-11-01,2,Paczka uszkodzona\nA2,C-78,2026-11-02,3,late again\n");
    loopdesk::test::writeFile(second, "response_id,customer_id,name,answered_at,score\n"
                                      "B1,C-77,Bożena Lis,2026-11-15,9\n");
    const auto found = [](Database& db, const char* text) {
        InboxQuery q;
        q.view = InboxView::All;
        q.search = QString::fromUtf8(text);
        return CaseStore(db).inboxCount(q);
    };
    {
        const auto old = loopdesk::test::openAtVersion(path, 13);
        REQUIRE(importInto(*old, first).casesOpened == 2);
        importInto(*old, second); // names the first case's customer
        CHECK(found(*old, "bożena") == 1);
    }
    const auto db = Database::open(path);
    CHECK(db->schemaVersion() >= 14);
    CHECK(Statement::scalar(db->connection(),
                            QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'case_search_content'"))
              .toInt() == 0);
    CHECK(Statement::scalar(db->connection(), QStringLiteral("SELECT count(*) FROM case_search_text")).toInt() == 2);
    Statement::run(db->connection(),
                   QStringLiteral("INSERT INTO case_search (case_search, rank) VALUES ('integrity-check', 1)"));
    CHECK(found(*db, "bożena uszkodzona") == 1);
    CHECK(found(*db, "C-78 late") == 1);
    CHECK(found(*db, "nobody") == 0);
    // The triggers keep it so: a rename, a deleted case.
    Statement::run(db->connection(), QStringLiteral("UPDATE customer SET name = 'Jan Nowak' WHERE external_id = "
                                                    "'C-78'"));
    CHECK(found(*db, "nowak") == 1);
    Statement::run(db->connection(), QStringLiteral("DELETE FROM response WHERE external_id = 'A1'"));
    CHECK(found(*db, "bożena") == 0);
    Statement::run(db->connection(),
                   QStringLiteral("INSERT INTO case_search (case_search, rank) VALUES ('integrity-check', 1)"));
    CHECK(db->integrityProblems().isEmpty());
}

TEST_CASE("a later file that names a customer makes their earlier case findable by that name", "[import][search]")
{
    Fixture f;
    const QString first = f.dir.filePath(QStringLiteral("first.csv"));
    const QString second = f.dir.filePath(QStringLiteral("second.csv"));
    loopdesk::test::writeFile(first, "response_id,customer_id,answered_at,score\nA1,C-77,2026-11-01,2\n");
    loopdesk::test::writeFile(second, "response_id,customer_id,name,answered_at,score\n"
                                      "B1,C-77,Bożena Lis,2026-11-15,9\n");
    f.import(first);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM followup_case")) == 1);
    InboxQuery q;
    q.view = InboxView::All;
    q.search = QStringLiteral("bożena");
    CHECK(CaseStore(*f.db).inboxCount(q) == 0);
    f.import(second);
    CHECK(CaseStore(*f.db).inboxCount(q) == 1);
    // The triggers the import set aside on a local file are back.
    if (f.db->backend() == Backend::Sqlite) {
        CHECK(f.count(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name IN "
                                     "('case_search_customer', 'case_search_insert', 'response_cube_insert', "
                                     "'case_score_fill')")) == 4);
    }
}

namespace {

// Cases whose search text is not their customer's words and their comment, as the database now
// has them (the text the triggers would have written), and cases without any. The word index
// itself must hold exactly the words of those texts.
qint64 casesMisindexed(Fixture& f)
{
    Statement::run(f.db->connection(),
                   QStringLiteral("INSERT INTO case_search (case_search, rank) VALUES ('integrity-check', 1)"));
    return f.count(QStringLiteral("SELECT count(*) FROM followup_case c JOIN response r ON r.id = c.response_id LEFT "
                                  "JOIN customer cu ON cu.id = r.customer_id LEFT JOIN case_search_text s ON s.id = "
                                  "c.id WHERE s.text IS NOT %1")
                       .arg(caseSearchText()));
}

qint64 casesFound(Fixture& f, const char* words)
{
    InboxQuery q;
    q.view = InboxView::All;
    q.search = QString::fromUtf8(words);
    return CaseStore(*f.db).inboxCount(q);
}

} // namespace

TEST_CASE("each new case is indexed under its customer's words as on file and its comment", "[import][search][sqlite]")
{
    Fixture f;
    const QString first = f.dir.filePath(QStringLiteral("first.csv"));
    const QString second = f.dir.filePath(QStringLiteral("second.csv"));
    loopdesk::test::writeFile(first, "response_id,customer_id,name,email,answered_at,score,comment\n"
                                     "P1,C-1,Anna Stara,anna@old.pl,2026-11-01,9,\nP2,C-2,,,2026-11-01,10,\n");
    loopdesk::test::writeFile(second,
                              "response_id,customer_id,name,email,answered_at,score,comment\n"
                              "A1,C-1,,,2026-11-02,2,Paczka uszkodzona\n"       // on file: keeps her name
                              "A2,C-2,Jan Nowy,jan@new.pl,2026-11-02,3,late\n"  // on file: gains one
                              "A3,C-3,Ola,ola@example.com,2026-11-02,4,first\n" // new
                              "A4,C-3,Olga Inna,,2026-11-02,5,second\n"         // the first answer's details stay
                              "A5,,,,2026-11-02,1,bez klienta\n"                // nobody
                              "A6,,,zed@example.com,2026-11-02,0,by mail\n"     // known by e-mail
                              "A7,C-4,Łucja Żak,,2026-11-02,6,\"Świetnie, ale za późno\"\n");
    f.import(first);
    REQUIRE(f.import(second).casesOpened == 7);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM case_search")) == 7);
    CHECK(casesMisindexed(f) == 0);
    CHECK(casesFound(f, "anna stara uszkodzona") == 1);
    CHECK(casesFound(f, "jan nowy") == 1);
    CHECK(casesFound(f, "ola") == 2);
    CHECK(casesFound(f, "olga") == 0);
    CHECK(casesFound(f, "klienta") == 1);
    CHECK(casesFound(f, "zed example") == 1);
    CHECK(casesFound(f, "łucja zak pozno") == 1);
    CHECK(f.db->integrityProblems().isEmpty());
}

TEST_CASE("new cases are indexed when the database has run out of case ids in order", "[import][search][sqlite]")
{
    Fixture f;
    const QString first = f.dir.filePath(QStringLiteral("first.csv"));
    const QString second = f.dir.filePath(QStringLiteral("second.csv"));
    loopdesk::test::writeFile(first, "response_id,customer_id,answered_at,score,comment\nA0,C-0,2026-11-01,2,old\n");
    loopdesk::test::writeFile(second, "response_id,customer_id,answered_at,score,comment\n"
                                      "A1,C-1,2026-11-02,2,parcel late\nA2,C-2,2026-11-02,3,parcel broken\n"
                                      "A3,C-3,2026-11-02,9,fine\nA4,C-4,2026-11-02,0,parcel lost\n");
    f.import(first);
    // The greatest id there can be: SQLite then gives new rows free ids at random.
    Statement::run(f.db->connection(), QStringLiteral("DELETE FROM case_search_text"));
    Statement::run(f.db->connection(), QStringLiteral("UPDATE followup_case SET id = 9223372036854775807"));
    Statement::run(f.db->connection(),
                   QStringLiteral("INSERT INTO case_search_text (id, text) VALUES (9223372036854775807, 'old')"));
    REQUIRE(f.import(second).casesOpened == 3);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM followup_case WHERE id < 9223372036854775807 AND id > 3")) >= 1);
    CHECK(casesMisindexed(f) == 1); // the old case, whose text this test wrote by hand
    CHECK(casesFound(f, "parcel") == 3);
    CHECK(casesFound(f, "C-4 lost") == 1);
}

TEST_CASE("a customer the reading side meets anew with more details has all their cases found by them",
          "[import][search][customers][sqlite]")
{
    Fixture f;
    const qint64 wave =
        WaveStore(*f.db).add(Wave{0, QStringLiteral("w"), Wave::Kind::Relationship, Metric::Nps, {}, {}, 0});
    {
        Transaction t(*f.db);
        ResponseBulkWriter writer(*f.db, wave, 0, {});
        const auto answer = [](const char* key, const char* name, const char* comment) {
            IncomingAnswer a;
            a.sourceKey = key;
            a.responseId = key;
            a.customerKey = "C-1";
            a.customer = {0, true};
            a.name = name;
            a.comment = comment;
            a.answeredAt = 1793000000;
            a.score = 2;
            a.caseDue = CaseDue{1793172800, 1793172800, 1793604800};
            return a;
        };
        writer.add(answer("R1", "", "late"));
        writer.flush();
        // The reading side forgot its customers: C-1 is number 0 again, met first, now with a name.
        writer.add(answer("R2", "Bożena Lis", "broken"));
        writer.finish();
        REQUIRE(writer.casesOpened() == 2);
        t.commit();
    }
    CHECK(casesFound(f, "bożena") == 2);
    CHECK(casesMisindexed(f) == 0);
}

TEST_CASE("hundreds of customers in one file, some already on file: each answer is its own customer's",
          "[import][customers]")
{
    Fixture f;
    const QString first = f.dir.filePath(QStringLiteral("first.csv"));
    QByteArray known = "response_id,customer_id,answered_at,score\n";
    for (int c = 0; c < 10; ++c) {
        known += "K" + QByteArray::number(c) + ",C" + QByteArray::number(c) + ",2026-11-01,8\n";
    }
    loopdesk::test::writeFile(first, known);
    f.import(first);
    // 600 answers of 300 customers, each named twice, far apart (a team database resolves new
    // customers in batches: ids must still land on the right answers).
    const QString second = f.dir.filePath(QStringLiteral("second.csv"));
    QByteArray text = "response_id,customer_id,name,answered_at,score\n";
    for (int i = 0; i < 600; ++i) {
        text += "R" + QByteArray::number(i) + ",C" + QByteArray::number(i % 300) + ",Name " +
                QByteArray::number(i % 300) + ",2026-11-02," + QByteArray::number(i % 11) + "\n";
    }
    loopdesk::test::writeFile(second, text);
    CHECK(f.import(second).imported == 600);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM customer")) == 300);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM response r JOIN customer c ON c.id = r.customer_id WHERE "
                                 "r.external_id LIKE 'R%' AND c.external_id = 'C' || "
                                 "(CAST(substr(r.external_id, 2) AS INTEGER) % 300) AND c.name = 'Name ' || "
                                 "(CAST(substr(r.external_id, 2) AS INTEGER) % 300)")) == 600);
    // The ten already on file kept their answers and gained a name.
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM response r JOIN customer c ON c.id = r.customer_id WHERE "
                                 "r.external_id LIKE 'K%' AND c.name <> ''")) == 10);
}

TEST_CASE("imported comments get their themes at once, earlier answers are not re-tagged", "[import][themes]")
{
    Fixture f;
    ThemeStore themes(*f.db);
    installDefaultTaxonomy(themes);
    const QString first = f.dir.filePath(QStringLiteral("first.csv"));
    loopdesk::test::writeFile(first, "response_id,answered_at,score,comment\n"
                                     "A1,2026-11-01,2,the parcel came late\n"
                                     "A2,2026-11-01,9,all good\n");
    const ImportSummary s = f.import(first);
    CHECK(s.commentsTagged == 1);
    const qint64 late = themes.findTheme(QStringLiteral("Late delivery"))->id;
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM response_theme rt JOIN response r ON r.id = rt.response_id "
                                 "WHERE r.external_id = 'A1' AND rt.theme_id = %1")
                      .arg(late)) == 1);
    // A tag taken off by hand stays off when another file arrives.
    const qint64 a1 = f.count(QStringLiteral("SELECT id FROM response WHERE external_id = 'A1'"));
    ResponseStore(*f.db).untag(a1, late);
    const QString second = f.dir.filePath(QStringLiteral("second.csv"));
    loopdesk::test::writeFile(second, "response_id,answered_at,score,comment\nB1,2026-11-02,3,late again\n");
    CHECK(f.import(second).commentsTagged == 1);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM response_theme WHERE response_id = %1").arg(a1)) == 0);
    // The same file again: nothing new, nothing tagged.
    const ImportSummary again = f.import(second);
    CHECK(again.duplicates == 1);
    CHECK(again.commentsTagged == 0);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM response_theme")) == 1);
}

TEST_CASE("an import skips foreign-key look-ups yet leaves every reference whole, and sets the file back after",
          "[import][sqlite]")
{
    Fixture f;
    ThemeStore themes(*f.db);
    installDefaultTaxonomy(themes);
    const QString path = f.dir.filePath(QStringLiteral("refs.csv"));
    QByteArray bytes = "response_id,customer_id,account,answered_at,score,comment,region\n";
    for (int i = 0; i < 3000; ++i) {
        bytes += "F" + QByteArray::number(i) + ",C" + QByteArray::number(i % 700) + "," +
                 (i % 3 == 0 ? QByteArray("Account ") + QByteArray::number(i % 7) : QByteArray()) +
                 ",2026-03-01T10:00:00Z," + QByteArray::number(i % 11) + "," +
                 (i % 2 == 0 ? QByteArray("the parcel came late") : QByteArray()) + ",Region " +
                 QByteArray::number(i % 5) + "\n";
    }
    loopdesk::test::writeFile(path, bytes);
    const auto settledBack = [&f] {
        CHECK(f.count(QStringLiteral("PRAGMA foreign_keys")) == 1);
        CHECK(f.column(QStringLiteral("PRAGMA journal_mode")) == QStringList{QStringLiteral("wal")});
    };
    const ImportSummary s = f.import(path, maps({{"segment:region", "region"}}));
    CHECK(s.imported == 3000);
    CHECK(s.casesOpened > 0);
    CHECK(s.commentsTagged == 1500);
    CHECK(f.column(QStringLiteral("PRAGMA foreign_key_check")).isEmpty());
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM response WHERE customer_id IS NULL OR seg1 IS NULL")) == 0);
    settledBack();
    // A file refused once it was being read (a date no row can use) changes nothing and leaves the
    // settings as they were too.
    ImportOptions refused = maps({{"segment:region", "region"}});
    refused.waveName = QStringLiteral("refused");
    refused.constants = {{QStringLiteral("answered_at"), QStringLiteral("not a date")}};
    const QString dateless = f.dir.filePath(QStringLiteral("dateless.csv"));
    loopdesk::test::writeFile(dateless, "response_id,score\nD1,3\n");
    CHECK_THROWS_AS(f.import(dateless, refused), ImportError);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM wave WHERE name = 'refused'")) == 0);
    settledBack();
}

TEST_CASE("with the file open on another connection too, an import still arrives whole", "[import][sqlite]")
{
    Fixture f;
    const std::unique_ptr<Database> other = f.db->connectAgain();
    CHECK(Statement::scalar(other->connection(), QStringLiteral("SELECT count(*) FROM response")).toInt() == 0);
    const QString path = f.dir.filePath(QStringLiteral("shared.csv"));
    QByteArray bytes = "response_id,answered_at,score\n";
    for (int i = 0; i < 2000; ++i) {
        bytes += "S" + QByteArray::number(i) + ",2026-03-01," + QByteArray::number(i % 11) + "\n";
    }
    loopdesk::test::writeFile(path, bytes);
    CHECK(f.import(path).imported == 2000);
    CHECK(f.column(QStringLiteral("PRAGMA journal_mode")) == QStringList{QStringLiteral("wal")});
    CHECK(Statement::scalar(other->connection(), QStringLiteral("SELECT count(*) FROM response")).toInt() == 2000);
}
