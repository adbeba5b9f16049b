// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/teammigration.h"

#include "storage/database.h"
#include "storage/scorecountstore.h"
#include "storage/statement.h"
#include "storage/storageerror.h"

#include <QCryptographicHash>
#include <QSqlRecord>

namespace loopdesk::core {
namespace {

// Every table LoopDesk keeps, parents before the rows that refer to them. The score cube and the
// search words are not copied: the server's triggers rebuild them as the rows arrive.
const QStringList kTables{QStringLiteral("settings"),          QStringLiteral("staff"),
                          QStringLiteral("department"),        QStringLiteral("theme"),
                          QStringLiteral("theme_keyword"),     QStringLiteral("account"),
                          QStringLiteral("customer"),          QStringLiteral("wave"),
                          QStringLiteral("dimension"),         QStringLiteral("segment_value"),
                          QStringLiteral("import_batch"),      QStringLiteral("response"),
                          QStringLiteral("response_theme"),    QStringLiteral("response_theme_rejected"),
                          QStringLiteral("invitation"),        QStringLiteral("followup_case"),
                          QStringLiteral("contact_attempt"),   QStringLiteral("action"),
                          QStringLiteral("action_theme"),      QStringLiteral("action_task"),
                          QStringLiteral("action_baseline"),   QStringLiteral("audit_log"),
                          QStringLiteral("playbook"),          QStringLiteral("case_playbook_step"),
                          QStringLiteral("exemplary_recovery")};

// Tables whose rows have an identity id that new rows on the server continue from.
const QStringList kIdentityTables{QStringLiteral("staff"),
                                  QStringLiteral("department"),
                                  QStringLiteral("theme"),
                                  QStringLiteral("theme_keyword"),
                                  QStringLiteral("account"),
                                  QStringLiteral("customer"),
                                  QStringLiteral("wave"),
                                  QStringLiteral("dimension"),
                                  QStringLiteral("segment_value"),
                                  QStringLiteral("import_batch"),
                                  QStringLiteral("response"),
                                  QStringLiteral("followup_case"),
                                  QStringLiteral("contact_attempt"),
                                  QStringLiteral("action"),
                                  QStringLiteral("action_task"),
                                  QStringLiteral("audit_log"),
                                  QStringLiteral("playbook")};

constexpr int kRowsPerInsert = 200;

QStringList columnsOf(Database& source, const QString& table)
{
    QStringList columns;
    Statement s(source.connection(), QStringLiteral("SELECT name FROM pragma_table_info(?) ORDER BY cid"));
    s.bind(table).exec();
    while (s.next()) {
        columns << s.text(0);
    }
    return columns;
}

// One value as text that reads the same from SQLite and from PostgreSQL.
QByteArray canonical(const QVariant& value)
{
    if (value.isNull()) {
        return QByteArrayLiteral("\\N");
    }
    if (value.typeId() == QMetaType::Double) {
        return QByteArray::number(value.toDouble(), 'g', 17);
    }
    return value.toString().toUtf8();
}

// Rows and an order-independent checksum of a table (the sum of each row's hash).
TeamMigration::Table tableSum(Database& db, const QString& table, const QStringList& columns)
{
    TeamMigration::Table result{table, 0, {}};
    quint64 sum = 0;
    // Table and column names come from LoopDesk's own list and schema, never from input.
    Statement s(db.connection(), QStringLiteral("SELECT %1 FROM %2").arg(columns.join(QStringLiteral(", ")), table));
    s.exec();
    while (s.next()) {
        QCryptographicHash row(QCryptographicHash::Sha256);
        for (int c = 0; c < columns.size(); ++c) {
            row.addData(canonical(s.value(c)));
            row.addData(QByteArrayView("\x1f", 1));
        }
        const QByteArray digest = row.result();
        quint64 part = 0;
        for (int i = 0; i < 8; ++i) {
            part = (part << 8) | static_cast<quint8>(digest.at(i));
        }
        sum += part;
        ++result.rows;
    }
    result.checksum = QString::number(sum, 16);
    return result;
}

} // namespace

QList<TeamMigration::Table> TeamMigration::copy(Database& source, Database& target)
{
    if (source.isTeamDatabase() || !target.isTeamDatabase()) {
        throw StorageError(tr("migrate-to moves a local database file into a team database (postgresql://...)."));
    }
    if (source.schemaVersion() != target.schemaVersion()) {
        throw StorageError(tr("The file is at database version %1 and the team database at %2; open the file once "
                              "with this LoopDesk (loopdesk-cli init) and try again.")
                               .arg(source.schemaVersion())
                               .arg(target.schemaVersion()));
    }
    Transaction transaction(target);
    for (const QString& table : kTables) {
        if (table == QLatin1String("playbook")) {
            continue; // a new database has LoopDesk's shipped ones, which the file's replace
        }
        // Names from LoopDesk's own list.
        if (Statement::scalar(target.connection(), QStringLiteral("SELECT count(*) FROM %1").arg(table)).toLongLong() >
            0) {
            throw StorageError(tr("The team database already holds data (%1); migrate-to only fills a new, empty "
                                  "one. Nothing was changed.")
                                   .arg(table));
        }
    }
    Statement::run(target.connection(), QStringLiteral("DELETE FROM playbook"));

    QList<Table> copied;
    for (const QString& table : kTables) {
        const QStringList columns = columnsOf(source, table);
        const QString row =
            QLatin1Char('(') + QStringList(columns.size(), QStringLiteral("?")).join(u',') + QLatin1Char(')');
        const auto insertOf = [&](int rows) {
            return QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
                .arg(table, columns.join(QStringLiteral(", ")), QStringList(rows, row).join(u','));
        };
        Statement full(target.connection(), insertOf(kRowsPerInsert));
        // A theme's parent before the theme.
        Statement read(source.connection(),
                       QStringLiteral("SELECT %1 FROM %2%3")
                           .arg(columns.join(QStringLiteral(", ")), table,
                                table == QLatin1String("theme") ? QStringLiteral(" ORDER BY parent_id IS NOT NULL, id")
                                                                : QString()));
        read.exec();
        QVariantList pending;
        const auto flush = [&](bool all) {
            const int rows = static_cast<int>(pending.size() / columns.size());
            if (rows == 0 || (!all && rows < kRowsPerInsert)) {
                return;
            }
            if (rows == kRowsPerInsert) {
                for (const QVariant& v : std::as_const(pending)) {
                    full.bind(v);
                }
                full.exec();
            } else {
                Statement rest(target.connection(), insertOf(rows));
                for (const QVariant& v : std::as_const(pending)) {
                    rest.bind(v);
                }
                rest.exec();
            }
            pending.clear();
        };
        while (read.next()) {
            for (int c = 0; c < columns.size(); ++c) {
                pending << read.value(c);
            }
            flush(false);
        }
        flush(true);
        const Table from = tableSum(source, table, columns);
        const Table to = tableSum(target, table, columns);
        if (from.rows != to.rows || from.checksum != to.checksum) {
            throw StorageError(tr("The copy of %1 does not match the file (%2 rows, %3 on the server); nothing was "
                                  "kept on the server.")
                                   .arg(table)
                                   .arg(from.rows)
                                   .arg(to.rows));
        }
        copied << from;
    }
    for (const QString& table : kIdentityTables) {
        Statement::scalar(target.connection(),
                          QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), coalesce(max(id), 0) + 1, "
                                         "false) FROM %1")
                              .arg(table));
    }
    // What the server rebuilt from the rows: the same figures and the same searchable cases.
    if (ScoreCountStore(target).cubeMismatches() != 0 ||
        Statement::scalar(target.connection(), QStringLiteral("SELECT count(*) FROM case_search")).toLongLong() !=
            Statement::scalar(target.connection(), QStringLiteral("SELECT count(*) FROM followup_case")).toLongLong()) {
        throw StorageError(tr("The team database's NPS counts or search words do not match its answers after the "
                              "copy; nothing was kept on the server."));
    }
    transaction.commit();
    return copied;
}

} // namespace loopdesk::core
