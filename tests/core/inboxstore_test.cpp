// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/accountstore.h"
#include "storage/casestore.h"
#include "storage/customerstore.h"
#include "storage/database.h"
#include "storage/staffstore.h"
#include "storage/statement.h"
#include "storage/wavestore.h"
#include "testdatabase.h"
#include "testsupport.h"

using namespace loopdesk::core;

namespace {

const QDateTime kNow(QDate(2026, 11, 22), QTime(12, 0), Qt::UTC);

// 6,000 open cases (more than the owner views sort in memory), every third one owned by Ewa,
// every fiftieth already contacted, every hundredth of a key account.
struct Fixture {
    QTemporaryDir dir;
    std::unique_ptr<Database> db = Database::open(loopdesk::test::databaseLocation(dir, QStringLiteral("inbox.db")));
    qint64 ewa = StaffStore(*db).add(Staff{0, QStringLiteral("Ewa"), {}, Staff::Role::Agent, true});

    Fixture()
    {
        const qint64 wave = WaveStore(*db).add(Wave{0, QStringLiteral("w"), {}, {}, {}, {}, 0});
        const qint64 key = AccountStore(*db).add(Account{0, QStringLiteral("Key Co"), 0, {}, true});
        Transaction t(*db);
        Statement customer(
            db->connection(),
            QStringLiteral("INSERT INTO customer (id, external_id, name, account_id) VALUES (?, ?, ?, ?)"));
        Statement response(db->connection(),
                           QStringLiteral("INSERT INTO response (id, wave_id, customer_id, source_key, "
                                          "answered_at, metric, score, comment) VALUES (?, ?, ?, ?, "
                                          "?, 'nps', ?, ?)"));
        Statement followUp(db->connection(),
                           QStringLiteral("INSERT INTO followup_case (response_id, category, owner_id, created_at, "
                                          "first_contact_due, resolution_due, first_contact_at, updated_at) VALUES (?, "
                                          "'detractor', ?, ?, ?, ?, ?, ?)"));
        for (int i = 1; i <= 6000; ++i) {
            customer.bind(i).bind(QStringLiteral("C%1").arg(i)).bind(QStringLiteral("Customer %1").arg(i));
            customer.bindId(i % 100 == 0 ? key : 0).exec();
            const qint64 answered = kNow.toSecsSinceEpoch() - 3600LL * (i % 97);
            response.bind(i).bind(wave).bind(i).bind(QStringLiteral("id:%1").arg(i)).bind(answered).bind(i % 7);
            response.bind(i == 4242 ? QStringLiteral("parcel left in the rain") : QString()).exec();
            followUp.bind(i).bindId(i % 3 == 0 ? ewa : 0).bind(answered).bind(answered + 48 * 3600);
            followUp.bind(answered + 14 * 86400);
            followUp.bind(i % 50 == 0 ? QVariant(answered + 60) : QVariant()).bind(answered).exec();
        }
        t.commit();
    }

    QList<InboxRow> all(InboxQuery q) const
    {
        q.now = kNow;
        q.endOfToday = kNow.addSecs(12 * 3600);
        QList<InboxRow> rows;
        const CaseStore cases(*db);
        for (qint64 offset = 0;; offset += 500) {
            const QList<InboxRow> page = cases.inboxPage(q, offset, 500);
            rows << page;
            if (page.size() < 500) {
                return rows;
            }
        }
    }
};

bool inInboxOrder(const QList<InboxRow>& rows)
{
    for (qsizetype i = 1; i < rows.size(); ++i) {
        const FollowUpCase& a = rows.at(i - 1).followUp;
        const FollowUpCase& b = rows.at(i).followUp;
        const auto key = [](const FollowUpCase& c) {
            return std::tuple(c.firstContactAt.isValid(), c.firstContactDue, c.id);
        };
        if (key(b) < key(a)) {
            return false;
        }
    }
    return true;
}

} // namespace

TEST_CASE("inbox views page through every matching case once, waiting cases first", "[storage][inbox]")
{
    Fixture f;
    InboxQuery q;
    q.now = kNow;
    q.me = f.ewa;
    const CaseStore cases(*f.db);

    const QList<InboxRow> open = f.all(q);
    CHECK(open.size() == 6000);
    CHECK(cases.inboxCount(q) == 6000);
    CHECK(inInboxOrder(open));
    CHECK_FALSE(open.first().followUp.firstContactAt.isValid());

    q.view = InboxView::Unassigned; // 4,000: read in inbox order
    const QList<InboxRow> unassigned = f.all(q);
    CHECK(unassigned.size() == 4000);
    CHECK(cases.inboxCount(q) == 4000);
    CHECK(inInboxOrder(unassigned));
    CHECK(
        std::all_of(unassigned.cbegin(), unassigned.cend(), [](const InboxRow& r) { return r.followUp.ownerId == 0; }));

    q.view = InboxView::MyCases; // 2,000: found by owner, then sorted
    const QList<InboxRow> mine = f.all(q);
    CHECK(mine.size() == 2000);
    CHECK(inInboxOrder(mine));
    CHECK(std::all_of(mine.cbegin(), mine.cend(), [&](const InboxRow& r) { return r.followUp.ownerId == f.ewa; }));

    q.view = InboxView::KeyAccounts;
    const QList<InboxRow> key = f.all(q);
    CHECK(key.size() == 60);
    CHECK(std::all_of(key.cbegin(), key.cend(), [](const InboxRow& r) { return r.keyAccount; }));

    q.view = InboxView::Overdue;
    for (const InboxRow& r : f.all(q)) {
        CHECK_FALSE(r.followUp.firstContactAt.isValid());
        CHECK(r.followUp.firstContactDue < kNow);
    }

    q.view = InboxView::AllOpen;
    q.search = QStringLiteral("C4242");
    REQUIRE(f.all(q).size() == 1);
    CHECK(f.all(q).first().customer == QStringLiteral("Customer 4242"));
    q.search = QStringLiteral("in the RAIN");
    CHECK(f.all(q).size() == 1);
    q.search = QStringLiteral("rain, parcel"); // every word, in any order, each as the start of a word
    CHECK(f.all(q).size() == 1);
    q.search = QStringLiteral("customer 599%_");    // no wildcards: punctuation only separates words
    CHECK(f.all(q).size() == 11);                   // Customer 599 and 5990 ... 5999
    q.search = QStringLiteral("\"rain\" OR NEAR("); // the index's own syntax is just words here
    CHECK(f.all(q).isEmpty());
    q.search = QStringLiteral("%_");
    CHECK(f.all(q).isEmpty());

    q.search.clear();
    q.sort = InboxSort::Score;
    q.descending = true;
    const QList<InboxRow> byScore = f.all(q);
    CHECK(byScore.size() == 6000);
    CHECK(byScore.first().score == 6);
    CHECK(byScore.last().score == 0);
}

TEST_CASE("inbox search follows renames and erasure, and ignores case and accents", "[storage][inbox][search]")
{
    Fixture f;
    InboxQuery q;
    q.view = InboxView::All;
    q.search = QStringLiteral("customer 4242"); // any case
    REQUIRE(f.all(q).size() == 1);
    const qint64 customer = f.all(q).first().followUp.responseId; // the fixture gives customer i answer i

    Statement rename(f.db->connection(), QStringLiteral("UPDATE customer SET name = 'Zofia Wiśniewska' WHERE id = ?"));
    rename.bind(customer).exec();
    CHECK(f.all(q).isEmpty());
    q.search = QStringLiteral("WIŚNIEW"); // case folded beyond ASCII
    CHECK(f.all(q).size() == 1);
    q.search = QStringLiteral("wisniewska"); // typed without the accent
    CHECK(f.all(q).size() == 1);

    q.search = QStringLiteral("left in the");
    CHECK(f.all(q).size() == 1);
    {
        Transaction t(*f.db);
        CustomerStore(*f.db).erase(customer, kNow);
        t.commit();
    }
    for (const char* gone : {"Wiśniew", "left in the", "C4242"}) {
        q.search = QString::fromUtf8(gone);
        INFO(gone);
        CHECK(f.all(q).isEmpty());
    }
    CHECK(Statement::scalar(f.db->connection(), QStringLiteral("SELECT count(*) FROM case_search WHERE text LIKE "
                                                               "'%rain%'"))
              .toInt() == 0);
}

TEST_CASE("a customer without a name is shown by the id they were imported with, an erased one by nothing",
          "[storage][inbox]")
{
    Fixture f;
    InboxQuery q;
    q.view = InboxView::All;
    q.search = QStringLiteral("customer 4242");
    REQUIRE(f.all(q).size() == 1);
    const qint64 customer = f.all(q).first().followUp.responseId; // the fixture gives customer i answer i
    Statement nameless(f.db->connection(), QStringLiteral("UPDATE customer SET name = '' WHERE id = ?"));
    nameless.bind(customer).exec();
    q.search = QStringLiteral("C4242");
    REQUIRE(f.all(q).size() == 1);
    CHECK(f.all(q).first().customer == QStringLiteral("C4242"));
    // Sorted by customer, the id stands where the name would.
    q.search.clear();
    q.sort = InboxSort::Customer;
    const QList<InboxRow> sorted = f.all(q);
    const auto at = std::find_if(sorted.cbegin(), sorted.cend(),
                                 [](const InboxRow& r) { return r.customer == QStringLiteral("C4242"); });
    REQUIRE(at != sorted.cend());
    CHECK(at == sorted.cbegin()); // "C4242" before every "Customer …"
    const auto shownIn = [&f, customer] {
        for (const CaseListRow& row : CaseStore(*f.db).list(CaseFilter{{}, false, {}, {}, 10000})) {
            if (row.followUp.responseId == customer) {
                return row.customer;
            }
        }
        return QStringLiteral("(missing)");
    };
    CHECK(shownIn() == QStringLiteral("C4242"));
    {
        Transaction t(*f.db);
        CustomerStore(*f.db).erase(customer, kNow);
        t.commit();
    }
    CHECK(shownIn().isEmpty());
}

TEST_CASE("sorting by score reads the score kept on the case", "[storage][inbox]")
{
    Fixture f;
    CHECK(Statement::scalar(f.db->connection(),
                            QStringLiteral("SELECT count(*) FROM followup_case c JOIN response r "
                                           "ON r.id = c.response_id WHERE c.score IS DISTINCT FROM r.score"))
              .toInt() == 0);
    InboxQuery q;
    q.view = InboxView::AllOpen;
    q.sort = InboxSort::Score;
    const QList<InboxRow> rows = f.all(q);
    CHECK(std::is_sorted(rows.cbegin(), rows.cend(),
                         [](const InboxRow& a, const InboxRow& b) { return a.score < b.score; }));
}
