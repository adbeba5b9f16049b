// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/clock.h"
#include "import/importer.h"
#include "storage/database.h"
#include "storage/staffstore.h"
#include "storage/statement.h"
#include "storage/themestore.h"
#include "testdatabase.h"
#include "testsupport.h"
#include "themes/defaulttaxonomy.h"
#include "themes/themetagger.h"

#include <QTemporaryDir>

namespace loopdesk::test {

// Three quarters computed by hand (regions North and South):
//   2026Q1 South: 2 P, 3 N, 15 D of 20 -> NPS -65
//   2026Q2 South: 5 P, 2 N, 3 D of 10 -> 20      (vs Q1: z = 2.62, significant)
//   2026Q3 North: 8 P, 1 N, 1 D -> 70; South: 4 P, 3 N, 3 D -> 10; together 12 P, 4 N, 4 D -> 40
//                                               (vs Q2: z = 0.68, not significant)
//   Q1-Q3: 19 P, 9 N, 22 D of 50 -> -6; North 70 (n 10), South 11 P, 8 N, 21 D of 40 -> -25.
//   Detractors' comments, all in Q3: three name Late delivery, one Courier conduct, one ("waited a
//   week") Unhelpful answer.
//   Every detractor opens a case: 22, two of them owned by Marta, the rest by nobody.
struct DashboardFixture {
    QTemporaryDir dir;
    std::unique_ptr<core::Database> db = core::Database::open(databaseLocation(dir, QStringLiteral("dash.db")));

    explicit DashboardFixture(const core::Clock& clock)
    {
        core::ThemeStore themes(*db);
        core::installDefaultTaxonomy(themes);
        QByteArray csv = "response_id,answered_at,score,comment,segment:region\n";
        int n = 0;
        const auto add = [&](const char* date, int score, const QByteArray& comment, const char* region) {
            csv += "R" + QByteArray::number(++n) + "," + date + "," + QByteArray::number(score) + ",\"" + comment +
                   "\"," + region + "\n";
        };
        for (int i = 0; i < 2; ++i) {
            add("2026-02-10", 10, "", "South");
        }
        for (int i = 0; i < 3; ++i) {
            add("2026-02-11", 8, "", "South");
        }
        for (int i = 0; i < 15; ++i) {
            add("2026-02-12", 3, "", "South");
        }
        for (int score : {10, 10, 9, 9, 9, 8, 7, 3, 2, 0}) {
            add("2026-04-10", score, "", "South");
        }
        for (int score : {10, 10, 9, 9, 10, 9, 10, 9, 7}) {
            add("2026-08-03", score, "", "North");
        }
        add("2026-08-04", 2, "the parcel came late", "North");
        for (int score : {9, 10, 9, 10, 8, 7, 8}) {
            add("2026-09-12", score, "", "South");
        }
        add("2026-09-13", 1, "late again", "South");
        add("2026-09-14", 4, "rude driver", "South");
        add("2026-09-15", 6, "waited a week, late", "South");
        const QString path = dir.filePath(QStringLiteral("answers.csv"));
        writeFile(path, csv);
        core::ImportOptions options;
        options.timeZone = QTimeZone::utc();
        options.waveName = QStringLiteral("Relationship");
        core::Importer(*db, clock).run(path, options);
        core::retagAllComments(*db);
        const qint64 marta =
            core::StaffStore(*db).add(core::Staff{0, QStringLiteral("Marta"), {}, core::Staff::Role::Agent, true});
        core::Statement assign(db->connection(),
                               QStringLiteral("UPDATE followup_case SET owner_id = ? WHERE id IN (SELECT id FROM "
                                              "followup_case ORDER BY id DESC LIMIT 2)"));
        assign.bind(marta).exec();
    }
};

} // namespace loopdesk::test
