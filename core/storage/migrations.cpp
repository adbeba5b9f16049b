// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/migrations.h"

#include "storage/sqldialect.h"

namespace loopdesk::core {
namespace {

// Times are UTC epoch seconds (INTEGER); calendar dates are ISO text. The SQL keeps to what SQLite
// and PostgreSQL both accept where that costs nothing. Enumerations are checked with OR chains,
// not IN lists: SQLite 3.40 builds an ephemeral table for an IN list on every execution of an
// INSERT, which cost more than the insert itself in a million-row import.
QStringList version1()
{
    return {
        QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId),
        QStringLiteral(R"(CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE staff (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            email TEXT NOT NULL DEFAULT '',
            role TEXT NOT NULL DEFAULT 'agent' CHECK (role = 'agent' OR role = 'manager'),
            active INTEGER NOT NULL DEFAULT 1 CHECK (active BETWEEN 0 AND 1)))"),
        QStringLiteral(R"(CREATE TABLE department (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE))"),
        QStringLiteral(R"(CREATE TABLE theme (
            id INTEGER PRIMARY KEY,
            parent_id INTEGER REFERENCES theme(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            department_id INTEGER REFERENCES department(id) ON DELETE SET NULL))"),
        QStringLiteral("CREATE UNIQUE INDEX theme_unique_name ON theme (coalesce(parent_id, 0), name)"),
        QStringLiteral(R"(CREATE TABLE theme_keyword (
            id INTEGER PRIMARY KEY,
            theme_id INTEGER NOT NULL REFERENCES theme(id) ON DELETE CASCADE,
            language TEXT NOT NULL,
            pattern TEXT NOT NULL,
            UNIQUE (theme_id, language, pattern)))"),
        QStringLiteral(R"(CREATE TABLE account (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            owner_id INTEGER REFERENCES staff(id) ON DELETE SET NULL,
            tier TEXT NOT NULL DEFAULT '',
            key_account INTEGER NOT NULL DEFAULT 0 CHECK (key_account BETWEEN 0 AND 1)))"),
        QStringLiteral(R"(CREATE TABLE customer (
            id INTEGER PRIMARY KEY,
            external_id TEXT UNIQUE,
            name TEXT NOT NULL DEFAULT '',
            email TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '',
            language TEXT NOT NULL DEFAULT '',
            account_id INTEGER REFERENCES account(id) ON DELETE SET NULL,
            key_account INTEGER NOT NULL DEFAULT 0 CHECK (key_account BETWEEN 0 AND 1),
            value REAL NOT NULL DEFAULT 0,
            erased_at INTEGER))"),
        QStringLiteral("CREATE INDEX customer_account ON customer (account_id)"),
        QStringLiteral(R"(CREATE TABLE wave (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL DEFAULT 'relationship' CHECK (kind = 'relationship' OR kind = 'transactional'),
            metric TEXT NOT NULL DEFAULT 'nps' CHECK (metric = 'nps' OR metric = 'csat' OR metric = 'ces'),
            period_start TEXT,
            period_end TEXT,
            invited INTEGER NOT NULL DEFAULT 0 CHECK (invited >= 0)))"),
        // Segment dimensions are dictionary-coded into eight slots of the response row, so that
        // a million answers import and aggregate without a row per (answer, dimension).
        QStringLiteral(R"(CREATE TABLE dimension (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            slot INTEGER NOT NULL UNIQUE CHECK (slot BETWEEN 1 AND 8)))"),
        QStringLiteral(R"(CREATE TABLE segment_value (
            id INTEGER PRIMARY KEY,
            dimension_id INTEGER NOT NULL REFERENCES dimension(id) ON DELETE CASCADE,
            value TEXT NOT NULL,
            UNIQUE (dimension_id, value)))"),
        QStringLiteral(R"(CREATE TABLE import_batch (
            id INTEGER PRIMARY KEY,
            file_name TEXT NOT NULL,
            file_sha256 TEXT NOT NULL DEFAULT '',
            preset TEXT NOT NULL DEFAULT '',
            wave_id INTEGER REFERENCES wave(id) ON DELETE SET NULL,
            started_at INTEGER NOT NULL,
            finished_at INTEGER,
            rows_read INTEGER NOT NULL DEFAULT 0,
            imported INTEGER NOT NULL DEFAULT 0,
            duplicates INTEGER NOT NULL DEFAULT 0,
            rejected INTEGER NOT NULL DEFAULT 0))"),
        QStringLiteral(R"(CREATE TABLE response (
            id INTEGER PRIMARY KEY,
            wave_id INTEGER NOT NULL REFERENCES wave(id) ON DELETE CASCADE,
            customer_id INTEGER REFERENCES customer(id) ON DELETE SET NULL,
            external_id TEXT,
            source_key TEXT NOT NULL,
            answered_at INTEGER NOT NULL,
            metric TEXT NOT NULL CHECK (metric = 'nps' OR metric = 'csat' OR metric = 'ces'),
            score INTEGER NOT NULL,
            comment TEXT NOT NULL DEFAULT '',
            language TEXT NOT NULL DEFAULT '',
            import_id INTEGER REFERENCES import_batch(id) ON DELETE SET NULL,
            seg1 INTEGER REFERENCES segment_value(id),
            seg2 INTEGER REFERENCES segment_value(id),
            seg3 INTEGER REFERENCES segment_value(id),
            seg4 INTEGER REFERENCES segment_value(id),
            seg5 INTEGER REFERENCES segment_value(id),
            seg6 INTEGER REFERENCES segment_value(id),
            seg7 INTEGER REFERENCES segment_value(id),
            seg8 INTEGER REFERENCES segment_value(id),
            CHECK ((metric = 'nps' AND score BETWEEN 0 AND 10) OR (metric = 'csat' AND score BETWEEN 1 AND 5)
                   OR (metric = 'ces' AND score BETWEEN 1 AND 7))))"),
        // Re-importing a file adds nothing: one row per (wave, response id or content hash).
        QStringLiteral("CREATE UNIQUE INDEX response_source ON response (wave_id, source_key)"),
        QStringLiteral("CREATE INDEX response_answered ON response (answered_at)"),
        QStringLiteral("CREATE INDEX response_customer ON response (customer_id)"),
        QStringLiteral(R"(CREATE TABLE response_theme (
            response_id INTEGER NOT NULL REFERENCES response(id) ON DELETE CASCADE,
            theme_id INTEGER NOT NULL REFERENCES theme(id) ON DELETE CASCADE,
            manual INTEGER NOT NULL DEFAULT 0 CHECK (manual BETWEEN 0 AND 1),
            PRIMARY KEY (response_id, theme_id)))"),
        QStringLiteral("CREATE INDEX response_theme_theme ON response_theme (theme_id)"),
        QStringLiteral(R"(CREATE TABLE followup_case (
            id INTEGER PRIMARY KEY,
            response_id INTEGER NOT NULL UNIQUE REFERENCES response(id) ON DELETE CASCADE,
            category TEXT NOT NULL CHECK (category = 'detractor' OR category = 'passive' OR category = 'promoter'),
            owner_id INTEGER REFERENCES staff(id) ON DELETE SET NULL,
            status TEXT NOT NULL DEFAULT 'new' CHECK (status = 'new' OR status = 'contacting' OR status = 'in_progress' OR status = 'resolved' OR status = 'closed' OR status = 'unreachable' OR status = 'reopened'),
            created_at INTEGER NOT NULL,
            first_contact_due INTEGER NOT NULL,
            resolution_due INTEGER NOT NULL,
            first_contact_at INTEGER,
            root_cause_theme_id INTEGER REFERENCES theme(id) ON DELETE SET NULL,
            department_id INTEGER REFERENCES department(id) ON DELETE SET NULL,
            compensation_kind TEXT NOT NULL DEFAULT '',
            compensation_value REAL NOT NULL DEFAULT 0 CHECK (compensation_value >= 0),
            outcome TEXT NOT NULL DEFAULT 'none' CHECK (outcome = 'none' OR outcome = 'saved' OR outcome = 'not_saved' OR outcome = 'unreachable' OR outcome = 'declined'),
            customer_informed_at INTEGER,
            resurvey_score INTEGER CHECK (resurvey_score BETWEEN 0 AND 10),
            escalated INTEGER NOT NULL DEFAULT 0 CHECK (escalated BETWEEN 0 AND 1),
            reassignment_count INTEGER NOT NULL DEFAULT 0 CHECK (reassignment_count >= 0),
            closed_at INTEGER,
            version INTEGER NOT NULL DEFAULT 1,
            updated_at INTEGER NOT NULL,
            updated_by INTEGER REFERENCES staff(id) ON DELETE SET NULL))"),
        // The inbox lists open cases by due time, per owner or for everybody.
        QStringLiteral("CREATE INDEX case_status_due ON followup_case (status, first_contact_due)"),
        QStringLiteral("CREATE INDEX case_owner_status ON followup_case (owner_id, status, first_contact_due)"),
        QStringLiteral(R"(CREATE TABLE contact_attempt (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES followup_case(id) ON DELETE CASCADE,
            at INTEGER NOT NULL,
            mode TEXT NOT NULL CHECK (mode = 'phone' OR mode = 'email' OR mode = 'in_person' OR mode = 'sms'),
            reached INTEGER NOT NULL CHECK (reached BETWEEN 0 AND 1),
            notes TEXT NOT NULL DEFAULT '',
            staff_id INTEGER REFERENCES staff(id) ON DELETE SET NULL))"),
        QStringLiteral("CREATE INDEX contact_attempt_case ON contact_attempt (case_id, at)"),
        QStringLiteral(R"(CREATE TABLE action (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL CHECK (title <> ''),
            level TEXT NOT NULL DEFAULT 'tactical' CHECK (level = 'tactical' OR level = 'strategic'),
            owner_id INTEGER REFERENCES staff(id) ON DELETE SET NULL,
            participants TEXT NOT NULL DEFAULT '',
            scope TEXT NOT NULL DEFAULT '',
            deadline TEXT,
            budget REAL NOT NULL DEFAULT 0 CHECK (budget >= 0),
            success_metric TEXT NOT NULL DEFAULT '',
            target TEXT NOT NULL DEFAULT '',
            expected_nps_gain REAL NOT NULL DEFAULT 0,
            status TEXT NOT NULL DEFAULT 'proposed' CHECK (status = 'proposed' OR status = 'approved' OR status = 'rejected' OR status = 'in_progress' OR status = 'done'),
            rejection_reason TEXT NOT NULL DEFAULT '',
            customer_message TEXT NOT NULL DEFAULT '',
            communicated INTEGER NOT NULL DEFAULT 0 CHECK (communicated BETWEEN 0 AND 1),
            version INTEGER NOT NULL DEFAULT 1,
            CHECK (status <> 'rejected' OR (rejection_reason <> '' AND customer_message <> ''))))"),
        QStringLiteral(R"(CREATE TABLE action_theme (
            action_id INTEGER NOT NULL REFERENCES action(id) ON DELETE CASCADE,
            theme_id INTEGER NOT NULL REFERENCES theme(id) ON DELETE CASCADE,
            PRIMARY KEY (action_id, theme_id)))"),
        QStringLiteral(R"(CREATE TABLE action_task (
            id INTEGER PRIMARY KEY,
            action_id INTEGER NOT NULL REFERENCES action(id) ON DELETE CASCADE,
            title TEXT NOT NULL,
            owner_id INTEGER REFERENCES staff(id) ON DELETE SET NULL,
            due TEXT,
            done INTEGER NOT NULL DEFAULT 0 CHECK (done BETWEEN 0 AND 1)))"),
        QStringLiteral("CREATE INDEX action_task_action ON action_task (action_id)"),
        QStringLiteral(R"(CREATE TABLE audit_log (
            id INTEGER PRIMARY KEY,
            at INTEGER NOT NULL,
            staff_id INTEGER REFERENCES staff(id) ON DELETE SET NULL,
            entity TEXT NOT NULL,
            entity_id INTEGER NOT NULL,
            field TEXT NOT NULL,
            old_value TEXT,
            new_value TEXT))"),
        QStringLiteral("CREATE INDEX audit_log_entity ON audit_log (entity, entity_id, at)"),
    };
}

// Invited lists: who a wave went to, for response rates and for reaching non-responders.
QStringList version2()
{
    return {
        QStringLiteral(R"(CREATE TABLE invitation (
            wave_id INTEGER NOT NULL REFERENCES wave(id) ON DELETE CASCADE,
            customer_id INTEGER NOT NULL REFERENCES customer(id) ON DELETE CASCADE,
            invited_at INTEGER NOT NULL,
            PRIMARY KEY (wave_id, customer_id)))"),
        QStringLiteral("CREATE INDEX invitation_customer ON invitation (customer_id)"),
    };
}

QString monthOf(const QString& row)
{
    return answerMonth(Backend::Sqlite, row);
}

// The cube statements that count one answer (`row` is NEW or OLD) in or out: slot 0 counts every
// answer, slots 1-8 the answers that have a value in that segment slot.
QStringList cubeCount(const QString& row, bool in)
{
    QStringList statements;
    for (int slot = 0; slot <= 8; ++slot) {
        const QString value = slot == 0 ? QStringLiteral("0") : QStringLiteral("%1.seg%2").arg(row).arg(slot);
        if (in) {
            statements << QStringLiteral("INSERT INTO score_cube (slot, metric, month, wave_id, value_id, score, n) "
                                         "SELECT %1, %2.metric, %3, %2.wave_id, %4, %2.score, 1 WHERE %4 IS NOT NULL "
                                         "ON CONFLICT (slot, metric, month, wave_id, value_id, score) "
                                         "DO UPDATE SET n = n + 1;")
                              .arg(slot)
                              .arg(row, monthOf(row), value);
        } else {
            statements << QStringLiteral("UPDATE score_cube SET n = n - 1 WHERE slot = %1 AND metric = %2.metric AND "
                                         "month = %3 AND wave_id = %2.wave_id AND value_id = %4 AND score = %2.score;")
                              .arg(slot)
                              .arg(row, monthOf(row), value);
        }
    }
    return statements;
}

// NPS needs only the count of each score: the score cube keeps those counts per month, wave and
// segment value, so that a quarter x region report reads a few thousand rows instead of a million
// answers. Triggers keep it exact for every write; the bulk import suspends the insert trigger
// and adds its own counts in the same transaction (ResponseBulkWriter).
QStringList version3()
{
    QStringList statements{
        QStringLiteral(R"(CREATE TABLE score_cube (
            slot INTEGER NOT NULL CHECK (slot BETWEEN 0 AND 8),
            metric TEXT NOT NULL,
            month INTEGER NOT NULL,
            wave_id INTEGER NOT NULL,
            value_id INTEGER NOT NULL,
            score INTEGER NOT NULL,
            n INTEGER NOT NULL,
            PRIMARY KEY (slot, metric, month, wave_id, value_id, score)) WITHOUT ROWID)"),
        QStringLiteral("CREATE TRIGGER response_cube_insert AFTER INSERT ON response BEGIN %1 END")
            .arg(cubeCount(QStringLiteral("NEW"), true).join(QLatin1Char(' '))),
        QStringLiteral("CREATE TRIGGER response_cube_delete AFTER DELETE ON response BEGIN %1 END")
            .arg(cubeCount(QStringLiteral("OLD"), false).join(QLatin1Char(' '))),
        QStringLiteral("CREATE TRIGGER response_cube_update AFTER UPDATE OF wave_id, answered_at, metric, score, seg1, "
                       "seg2, seg3, seg4, seg5, seg6, seg7, seg8 ON response BEGIN %1 %2 END")
            .arg(cubeCount(QStringLiteral("OLD"), false).join(QLatin1Char(' ')),
                 cubeCount(QStringLiteral("NEW"), true).join(QLatin1Char(' '))),
        // A theme taken off an answer by hand stays off when comments are tagged again.
        QStringLiteral(R"(CREATE TABLE response_theme_rejected (
            response_id INTEGER NOT NULL REFERENCES response(id) ON DELETE CASCADE,
            theme_id INTEGER NOT NULL REFERENCES theme(id) ON DELETE CASCADE,
            PRIMARY KEY (response_id, theme_id)))"),
    };
    statements << scoreCubeFillStatements();
    return statements;
}

// The inbox pages through open cases, those still waiting for a first contact first, soonest due
// first: an index in that order finds the first screen without sorting every case.
QStringList version4()
{
    return {QStringLiteral("CREATE INDEX case_inbox ON followup_case ((first_contact_at IS NOT NULL), "
                           "first_contact_due)"),
            // The "Key accounts" view starts from the few customers that are one.
            QStringLiteral("CREATE INDEX customer_key_account ON customer (id) WHERE key_account = 1")};
}

// Inbox search and sorting without reading every open case: a word index of each case's
// searchable text, kept current by triggers, also through erasure; and the answer's score on the
// case for sorting by it.
QStringList version5()
{
    const QString text = caseSearchText();
    return {
        // Words, folded (case and accents), rowids only: enough for "every word, as a prefix".
        QStringLiteral("CREATE VIRTUAL TABLE case_search USING fts5(text, tokenize = 'unicode61 remove_diacritics 2', "
                       "detail = none)"),
        QStringLiteral("CREATE TRIGGER case_search_insert AFTER INSERT ON followup_case BEGIN "
                       "INSERT INTO case_search (rowid, text) SELECT new.id, %1 FROM response r "
                       "LEFT JOIN customer cu ON cu.id = r.customer_id WHERE r.id = new.response_id; END")
            .arg(text),
        QStringLiteral("CREATE TRIGGER case_search_delete AFTER DELETE ON followup_case BEGIN "
                       "DELETE FROM case_search WHERE rowid = old.id; END"),
        QStringLiteral("CREATE TRIGGER case_search_customer AFTER UPDATE OF name, email, external_id ON customer BEGIN "
                       "DELETE FROM case_search WHERE rowid IN (SELECT c.id FROM response r JOIN followup_case c ON "
                       "c.response_id = r.id WHERE r.customer_id = new.id); "
                       "INSERT INTO case_search (rowid, text) SELECT c.id, %1 FROM response r JOIN followup_case c ON "
                       "c.response_id = r.id LEFT JOIN customer cu ON cu.id = r.customer_id WHERE r.customer_id = "
                       "new.id; END")
            .arg(text),
        QStringLiteral("CREATE TRIGGER case_search_response AFTER UPDATE OF comment, customer_id ON response BEGIN "
                       "DELETE FROM case_search WHERE rowid IN (SELECT id FROM followup_case WHERE response_id = "
                       "new.id); "
                       "INSERT INTO case_search (rowid, text) SELECT c.id, %1 FROM response r JOIN followup_case c ON "
                       "c.response_id = r.id LEFT JOIN customer cu ON cu.id = r.customer_id WHERE r.id = new.id; END")
            .arg(text),
        QStringLiteral("INSERT INTO case_search (rowid, text) SELECT c.id, %1 FROM followup_case c JOIN response r ON "
                       "r.id = c.response_id LEFT JOIN customer cu ON cu.id = r.customer_id")
            .arg(text),
        QStringLiteral("ALTER TABLE followup_case ADD COLUMN score INTEGER"),
        QStringLiteral("UPDATE followup_case SET score = (SELECT score FROM response WHERE id = response_id)"),
        QStringLiteral("CREATE INDEX case_score ON followup_case (score, id)"),
        // Whoever opens a case without giving the score gets it from the answer.
        QStringLiteral("CREATE TRIGGER case_score_fill AFTER INSERT ON followup_case WHEN new.score IS NULL BEGIN "
                       "UPDATE followup_case SET score = (SELECT score FROM response WHERE id = new.response_id) "
                       "WHERE id = new.id; END"),
    };
}

} // namespace

QString caseSearchText(Backend backend)
{
    return QStringLiteral("coalesce(cu.name, '') || %1 || coalesce(cu.email, '') || %1 || "
                          "coalesce(cu.external_id, '') || %1 || coalesce(r.comment, '')")
        .arg(sql::newline(backend));
}

QString answerMonth(Backend backend, const QString& row)
{
    if (backend == Backend::Postgres) {
        return QStringLiteral("(CAST(extract(year FROM to_timestamp(%1.answered_at) AT TIME ZONE 'UTC') AS BIGINT) "
                              "* 12 + CAST(extract(month FROM to_timestamp(%1.answered_at) AT TIME ZONE 'UTC') AS "
                              "BIGINT) - 1)")
            .arg(row);
    }
    return QStringLiteral("(CAST(strftime('%Y', %1.answered_at, 'unixepoch') AS INTEGER) * 12 + "
                          "CAST(strftime('%m', %1.answered_at, 'unixepoch') AS INTEGER) - 1)")
        .arg(row);
}

QStringList scoreCubeFillStatements(Backend backend)
{
    QStringList statements;
    for (int slot = 0; slot <= 8; ++slot) {
        const QString value = slot == 0 ? QStringLiteral("0") : QStringLiteral("r.seg%1").arg(slot);
        statements << QStringLiteral(
                          "INSERT INTO score_cube (slot, metric, month, wave_id, value_id, score, n) "
                          "SELECT %1, r.metric, %2 AS m, r.wave_id, %3 AS v, r.score, count(*) FROM response r "
                          "WHERE %3 IS NOT NULL GROUP BY r.metric, m, r.wave_id, v, r.score")
                          .arg(slot)
                          .arg(answerMonth(backend, QStringLiteral("r")), value);
    }
    return statements;
}

namespace {

// Did an action work? What it is measured against, kept when it is approved.
QStringList version6()
{
    return {
        QStringLiteral(R"(CREATE TABLE action_baseline (
            action_id INTEGER PRIMARY KEY REFERENCES action(id) ON DELETE CASCADE,
            approved_at INTEGER NOT NULL,
            from_day TEXT NOT NULL,
            promoters INTEGER NOT NULL CHECK (promoters >= 0),
            passives INTEGER NOT NULL CHECK (passives >= 0),
            detractors INTEGER NOT NULL CHECK (detractors >= 0),
            theme_detractors INTEGER NOT NULL CHECK (theme_detractors BETWEEN 0 AND detractors)))"),
    };
}

// The tactical loop: playbooks (what to ask, say and offer, with a checklist whose steps each
// case records), compensation that waits for a manager's approval, and recoveries marked as
// exemplary for managers to feature in the playbook of their theme.
QStringList version7()
{
    return {
        QStringLiteral(R"(CREATE TABLE playbook (
            id INTEGER PRIMARY KEY,
            category TEXT NOT NULL CHECK (category = 'detractor' OR category = 'passive' OR category = 'promoter'),
            theme_id INTEGER REFERENCES theme(id) ON DELETE CASCADE,
            shipped INTEGER NOT NULL DEFAULT 0 CHECK (shipped BETWEEN 0 AND 1),
            responder TEXT NOT NULL DEFAULT '',
            respond_within_hours INTEGER NOT NULL DEFAULT 48 CHECK (respond_within_hours BETWEEN 1 AND 1440),
            mode TEXT NOT NULL DEFAULT 'phone' CHECK (mode = 'phone' OR mode = 'email' OR mode = 'in_person' OR mode = 'sms'),
            ask TEXT NOT NULL DEFAULT '',
            say TEXT NOT NULL DEFAULT '',
            outcome TEXT NOT NULL DEFAULT '',
            checklist TEXT NOT NULL DEFAULT '',
            version INTEGER NOT NULL DEFAULT 1,
            updated_at INTEGER,
            updated_by INTEGER REFERENCES staff(id) ON DELETE SET NULL))"),
        QStringLiteral("CREATE UNIQUE INDEX playbook_scope ON playbook (category, coalesce(theme_id, 0))"),
        // One shipped playbook per category: its words follow the reader's language until edited.
        QStringLiteral("INSERT INTO playbook (category, shipped, respond_within_hours) VALUES ('detractor', 1, 48), "
                       "('passive', 1, 120), ('promoter', 1, 120)"),
        QStringLiteral(R"(CREATE TABLE case_playbook_step (
            case_id INTEGER NOT NULL REFERENCES followup_case(id) ON DELETE CASCADE,
            step INTEGER NOT NULL CHECK (step >= 0),
            text TEXT NOT NULL,
            done_at INTEGER NOT NULL,
            done_by INTEGER REFERENCES staff(id) ON DELETE SET NULL,
            PRIMARY KEY (case_id, step)))"),
        QStringLiteral("ALTER TABLE followup_case ADD COLUMN approval TEXT NOT NULL DEFAULT '' CHECK (approval = '' OR "
                       "approval = 'pending' OR approval = 'approved' OR approval = 'declined')"),
        QStringLiteral("ALTER TABLE followup_case ADD COLUMN approval_due INTEGER"),
        QStringLiteral(
            "ALTER TABLE followup_case ADD COLUMN approved_by INTEGER REFERENCES staff(id) ON DELETE SET NULL"),
        QStringLiteral(
            "CREATE INDEX case_awaiting_approval ON followup_case (approval_due) WHERE approval = 'pending'"),
        QStringLiteral(R"(CREATE TABLE exemplary_recovery (
            case_id INTEGER PRIMARY KEY REFERENCES followup_case(id) ON DELETE CASCADE,
            theme_id INTEGER REFERENCES theme(id) ON DELETE SET NULL,
            note TEXT NOT NULL CHECK (trim(note) <> ''),
            marked_by INTEGER REFERENCES staff(id) ON DELETE SET NULL,
            marked_at INTEGER NOT NULL,
            curation TEXT NOT NULL DEFAULT 'proposed' CHECK (curation = 'proposed' OR curation = 'featured' OR curation = 'dismissed'),
            curated_by INTEGER REFERENCES staff(id) ON DELETE SET NULL,
            curated_at INTEGER))"),
        QStringLiteral("CREATE INDEX exemplary_theme ON exemplary_recovery (theme_id, curation)"),
    };
}

// Did it work, for whom: an action measured on one segment, and the callback figures of its baseline.
QStringList version8()
{
    return {
        QStringLiteral("ALTER TABLE action ADD COLUMN measure_segment TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE action_baseline ADD COLUMN segment TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE action_baseline ADD COLUMN detractors_due INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE action_baseline ADD COLUMN detractors_in_time INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE action_baseline ADD COLUMN median_hours REAL"),
    };
}

// Team mode: which database login is which member of staff, for the server's own row security.
QStringList version9()
{
    return {
        QStringLiteral("ALTER TABLE staff ADD COLUMN login TEXT"),
        QStringLiteral("CREATE UNIQUE INDEX staff_login ON staff (login) WHERE login IS NOT NULL"),
    };
}

// The search index without each case's word count (columnsize = 0): nothing ranks matches by
// length, and writing the counts was a fifth of indexing the cases of an import (300,000 cases:
// 1.15 s against 0.90 s). Made again from the cases; the triggers on other tables stay.
QStringList version10()
{
    return {
        QStringLiteral("DROP TABLE case_search"),
        QStringLiteral("CREATE VIRTUAL TABLE case_search USING fts5(text, tokenize = 'unicode61 remove_diacritics 2', "
                       "detail = none, columnsize = 0)"),
        QStringLiteral("INSERT INTO case_search (rowid, text) SELECT c.id, %1 FROM followup_case c JOIN response r ON "
                       "r.id = c.response_id LEFT JOIN customer cu ON cu.id = r.customer_id")
            .arg(caseSearchText()),
    };
}

// Customers by account: only those who have one. Every query asks for an account (= or IN), and
// most customers have none, so the index was mostly empty keys, rebuilt after each large import.
QStringList version11()
{
    return {
        QStringLiteral("DROP INDEX customer_account"),
        QStringLiteral("CREATE INDEX customer_account ON customer (account_id) WHERE account_id IS NOT NULL"),
    };
}

// The owner index holds only cases that have an owner (every query of it names one). A large
// import opens hundreds of thousands of cases without an owner: the index was one key repeated,
// and rebuilding it after the import took as long as rebuilding the inbox index.
QStringList version12()
{
    return {
        QStringLiteral("DROP INDEX case_owner_status"),
        QStringLiteral("CREATE INDEX case_owner_status ON followup_case (owner_id, status, first_contact_due) WHERE "
                       "owner_id IS NOT NULL"),
    };
}

// An answer's themes are stored by their key alone (WITHOUT ROWID): one b-tree instead of a table
// and its key's index. An import writes a row per theme found in a comment (the bench's million
// answers: 389,426), and each row was written twice.
QStringList version13()
{
    return {
        QStringLiteral(R"(CREATE TABLE response_theme_by_key (
            response_id INTEGER NOT NULL REFERENCES response(id) ON DELETE CASCADE,
            theme_id INTEGER NOT NULL REFERENCES theme(id) ON DELETE CASCADE,
            manual INTEGER NOT NULL DEFAULT 0 CHECK (manual BETWEEN 0 AND 1),
            PRIMARY KEY (response_id, theme_id)) WITHOUT ROWID)"),
        QStringLiteral(
            "INSERT INTO response_theme_by_key (response_id, theme_id, manual) SELECT response_id, theme_id, "
            "manual FROM response_theme"),
        QStringLiteral("DROP TABLE response_theme"),
        QStringLiteral("ALTER TABLE response_theme_by_key RENAME TO response_theme"),
        QStringLiteral("CREATE INDEX response_theme_theme ON response_theme (theme_id)"),
    };
}

// The search index keeps no copy of its own of each case's text: the text is a row of
// case_search_text, which the index reads when it needs it (FTS5 external content), and the
// triggers there keep the index in step, removing exactly the words that were indexed. An
// import writes the texts many rows to a statement; FTS5 wrote its copy one row at a time.
QStringList version14()
{
    const QString text = caseSearchText();
    return {
        QStringLiteral("DROP TRIGGER case_search_insert"),
        QStringLiteral("DROP TRIGGER case_search_delete"),
        QStringLiteral("DROP TRIGGER case_search_customer"),
        QStringLiteral("DROP TRIGGER case_search_response"),
        QStringLiteral("DROP TABLE case_search"),
        QStringLiteral("CREATE TABLE case_search_text (id INTEGER PRIMARY KEY, text TEXT NOT NULL)"),
        QStringLiteral("INSERT INTO case_search_text (id, text) SELECT c.id, %1 FROM followup_case c JOIN response r "
                       "ON r.id = c.response_id LEFT JOIN customer cu ON cu.id = r.customer_id")
            .arg(text),
        QStringLiteral(
            "CREATE VIRTUAL TABLE case_search USING fts5(text, content = 'case_search_text', content_rowid = "
            "'id', tokenize = 'unicode61 remove_diacritics 2', detail = none, columnsize = 0)"),
        QStringLiteral("INSERT INTO case_search (case_search) VALUES ('rebuild')"),
        QStringLiteral("CREATE TRIGGER case_search_text_insert AFTER INSERT ON case_search_text BEGIN "
                       "INSERT INTO case_search (rowid, text) VALUES (new.id, new.text); END"),
        QStringLiteral("CREATE TRIGGER case_search_text_delete AFTER DELETE ON case_search_text BEGIN "
                       "INSERT INTO case_search (case_search, rowid, text) VALUES ('delete', old.id, old.text); END"),
        QStringLiteral("CREATE TRIGGER case_search_text_update AFTER UPDATE OF text ON case_search_text BEGIN "
                       "INSERT INTO case_search (case_search, rowid, text) VALUES ('delete', old.id, old.text); "
                       "INSERT INTO case_search (rowid, text) VALUES (new.id, new.text); END"),
        QStringLiteral("CREATE TRIGGER case_search_insert AFTER INSERT ON followup_case BEGIN "
                       "INSERT INTO case_search_text (id, text) SELECT new.id, %1 FROM response r LEFT JOIN customer "
                       "cu ON cu.id = r.customer_id WHERE r.id = new.response_id; END")
            .arg(text),
        QStringLiteral("CREATE TRIGGER case_search_delete AFTER DELETE ON followup_case BEGIN "
                       "DELETE FROM case_search_text WHERE id = old.id; END"),
        QStringLiteral("CREATE TRIGGER case_search_customer AFTER UPDATE OF name, email, external_id ON customer BEGIN "
                       "UPDATE case_search_text SET text = (SELECT %1 FROM followup_case c JOIN response r ON r.id = "
                       "c.response_id LEFT JOIN customer cu ON cu.id = r.customer_id WHERE c.id = case_search_text.id) "
                       "WHERE id IN (SELECT c.id FROM response r JOIN followup_case c ON c.response_id = r.id WHERE "
                       "r.customer_id = new.id); END")
            .arg(text),
        QStringLiteral("CREATE TRIGGER case_search_response AFTER UPDATE OF comment, customer_id ON response BEGIN "
                       "UPDATE case_search_text SET text = (SELECT %1 FROM followup_case c JOIN response r ON r.id = "
                       "c.response_id LEFT JOIN customer cu ON cu.id = r.customer_id WHERE c.id = case_search_text.id) "
                       "WHERE id IN (SELECT id FROM followup_case WHERE response_id = new.id); END")
            .arg(text),
    };
}

} // namespace

const std::vector<Migration>& schemaMigrations(Backend backend)
{
    return backend == Backend::Postgres ? postgresMigrations() : schemaMigrations();
}

const std::vector<Migration>& schemaMigrations()
{
    static const std::vector<Migration> migrations{
        {1, version1()},   {2, version2()},   {3, version3()},         {4, version4()},         {5, version5()},
        {6, version6()},   {7, version7()},   {8, version8()},         {9, version9()},         {10, version10()},
        {11, version11()}, {12, version12()}, {13, version13(), true}, {14, version14(), true},
    };
    return migrations;
}

} // namespace loopdesk::core
