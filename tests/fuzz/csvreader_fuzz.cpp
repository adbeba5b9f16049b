// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/csvreader.h"
#include "import/dateparser.h"

#include <cstddef>
#include <cstdint>

// libFuzzer entry: any bytes through encoding detection, delimiter sniffing, the RFC 4180 state
// machine and the date scanner must neither crash nor trip a sanitizer.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace loopdesk::core;
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    CsvReader reader;
    reader.openBytes(bytes, {});
    const DateParser parser(DateOrder::DayFirst, QTimeZone::utc());
    int records = 0;
    while (reader.next() && records++ < 10000) {
        for (qsizetype i = 0; i < reader.fieldCount(); ++i) {
            const QString text = reader.text(i);
            parser.parse(text);
            DateParser::evidence(text);
        }
        reader.isBlank();
    }
    return 0;
}
