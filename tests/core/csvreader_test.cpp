// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/csvreader.h"
#include "import/encoding.h"
#include "testsupport.h"

#include <QStringEncoder>

using namespace loopdesk::core;

namespace {

QList<QStringList> readAll(const QByteArray& bytes, CsvReader::Options options = {})
{
    CsvReader reader;
    REQUIRE(reader.openBytes(bytes, options).isEmpty());
    QList<QStringList> rows;
    while (reader.next()) {
        rows << reader.fields();
    }
    return rows;
}

} // namespace

TEST_CASE("quoted fields keep delimiters, doubled quotes and line breaks", "[import][csv]")
{
    const auto rows = readAll("a,b,c\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\n");
    REQUIRE(rows.size() == 2);
    CHECK(rows.at(1) ==
          QStringList{QStringLiteral("x, y"), QStringLiteral("say \"hi\""), QStringLiteral("two\nlines")});
}

TEST_CASE("CRLF, LF and CR line ends, and a last line without one", "[import][csv]")
{
    CHECK(readAll("a,b\r\n1,2\r\n3,4").size() == 3);
    CHECK(readAll("a,b\n1,2\n").size() == 2);
    CHECK(readAll("a,b\r1,2\r").size() == 2);
    CHECK(readAll("a,b\r\n1,2\r\n3,4").last() == QStringList{QStringLiteral("3"), QStringLiteral("4")});
}

TEST_CASE("each record knows the physical line it starts on", "[import][csv]")
{
    CsvReader reader;
    reader.openBytes("h1,h2\n\"multi\nline\",x\nlast,y\n", {});
    REQUIRE(reader.next());
    CHECK(reader.line() == 1);
    REQUIRE(reader.next());
    CHECK(reader.line() == 2);
    REQUIRE(reader.next());
    CHECK(reader.line() == 4);
    CHECK_FALSE(reader.next());
}

TEST_CASE("the delimiter is sniffed: comma, semicolon with decimal commas, tab", "[import][csv]")
{
    CHECK(CsvReader::sniffDelimiter("a,b,c\n1,2,3\n4,5,6\n") == ',');
    CHECK(CsvReader::sniffDelimiter("id;wartość;ocena\n1;1 100,00;9\n2;12,50;7\n3;3;10\n") == ';');
    CHECK(CsvReader::sniffDelimiter("a\tb, with comma\tc\n1\t2\t3\n") == '\t');
    CHECK(CsvReader::sniffDelimiter("\"x,y\";b\n\"1,2\";3\n") == ';');
}

TEST_CASE("an unclosed quote is reported on the record, not swallowed silently", "[import][csv]")
{
    CsvReader reader;
    reader.openBytes("a,b\n1,\"never closed\n2,3\n", {});
    REQUIRE(reader.next());
    REQUIRE(reader.next());
    CHECK(reader.problem().contains(QStringLiteral("line 2")));
}

TEST_CASE("encodings: UTF-8 with and without BOM, UTF-16, Windows-1250 and -1252", "[import][csv][encoding]")
{
    const QString polish = QStringLiteral("Zażółć gęślą jaźń;ŁĄKA");
    const QString italian = QStringLiteral("Perché è già così;più");
    {
        CsvReader r;
        r.openBytes(QByteArray("\xEF\xBB\xBFname\n") + polish.toUtf8() + '\n', {});
        CHECK(r.encoding() == TextEncoding::Utf8);
        REQUIRE(r.next());
        CHECK(r.text(0) == QStringLiteral("name")); // the BOM is not part of the first header
    }
    {
        QStringEncoder encoder(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
        const QByteArray bytes = encoder(QStringLiteral("name\tcomment\n1\t") + polish + QLatin1Char('\n'));
        CsvReader r;
        r.openBytes(bytes, {});
        CHECK(r.encoding() == TextEncoding::Utf16LE);
        CHECK(r.delimiter() == '\t');
        REQUIRE(r.next());
        REQUIRE(r.next());
        CHECK(r.text(1) == polish);
    }
    {
        QStringEncoder cp1250("windows-1250");
        const QByteArray bytes = cp1250(QStringLiteral("id;komentarz\r\n1;") + polish + QStringLiteral("\r\n"));
        CsvReader r;
        r.openBytes(bytes, {});
        CHECK(r.encoding() == TextEncoding::Windows1250);
        CHECK(r.delimiter() == ';');
        REQUIRE(r.next());
        REQUIRE(r.next());
        CHECK(r.fields().mid(1).join(QLatin1Char(';')) == polish);
    }
    {
        QStringEncoder cp1252("windows-1252");
        const QByteArray bytes = cp1252(QStringLiteral("id;commento\r\n1;") + italian + QStringLiteral("\r\n"));
        CsvReader r;
        r.openBytes(bytes, {});
        CHECK(r.encoding() == TextEncoding::Windows1252);
        REQUIRE(r.next());
        REQUIRE(r.next());
        CHECK(r.fields().mid(1).join(QLatin1Char(';')) == italian);
    }
}

TEST_CASE("one byte that is not UTF-8, anywhere in long ASCII text, makes it a Windows code page",
          "[import][csv][encoding]")
{
    // Every position within and across the eight-byte words the detector skips ASCII by.
    for (int at = 0; at < 40; ++at) {
        QByteArray ascii(40, 'a');
        QByteArray cp1250 = ascii;
        cp1250[at] = '\xB3'; // ł in Windows-1250, a lone continuation byte in UTF-8
        EncodingDetector latin;
        latin.feed(cp1250);
        CHECK(latin.result().encoding == TextEncoding::Windows1250);

        QByteArray utf8 = ascii;
        utf8.insert(at, "\xC5\x82"); // ł in UTF-8
        EncodingDetector valid;
        valid.feed(utf8);
        CHECK(valid.result().encoding == TextEncoding::Utf8);

        QByteArray cut = ascii;
        cut.insert(at, "\xC5"); // the first of two bytes, then ASCII
        EncodingDetector broken;
        broken.feed(cut);
        CHECK(broken.result().encoding != TextEncoding::Utf8);

        // A letter split between two chunks is still one letter.
        EncodingDetector split;
        split.feed(utf8.first(at + 1));
        split.feed(utf8.sliced(at + 1));
        CHECK(split.result().encoding == TextEncoding::Utf8);
    }
    // Italian letters outnumber Polish ones: Windows-1252.
    EncodingDetector italian;
    italian.feed(QByteArray(64, 'a') + "perch\xE9 \xE8 gi\xE0 cos\xEC" + QByteArray(64, 'b'));
    CHECK(italian.result().encoding == TextEncoding::Windows1252);
}

TEST_CASE("records that span read chunks come out whole", "[import][csv]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.csv"));
    QByteArray bytes = "id,comment\n";
    const QByteArray longComment(1500000, 'x');
    bytes += "1,\"" + longComment + "\"\n";
    for (int i = 2; i < 30000; ++i) {
        bytes += QByteArray::number(i) + ",\"żółw, " + QByteArray::number(i) + "\"\r\n";
    }
    loopdesk::test::writeFile(path, bytes);
    CsvReader reader;
    REQUIRE(reader.open(path).isEmpty());
    REQUIRE(reader.next());
    REQUIRE(reader.next());
    CHECK(reader.field(1).size() == longComment.size());
    int rows = 1;
    while (reader.next()) {
        ++rows;
        REQUIRE(reader.text(1) == QStringLiteral("żółw, %1").arg(rows));
    }
    CHECK(rows == 29999);
    CHECK(reader.position() == reader.size());
}
