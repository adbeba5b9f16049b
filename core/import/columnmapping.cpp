// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/columnmapping.h"

#include <QSet>

namespace loopdesk::core {
namespace {

QString normalised(const QString& header)
{
    return header.trimmed().toLower();
}

int indexOf(const QStringList& names, std::initializer_list<const char*> candidates)
{
    for (const char* candidate : candidates) {
        for (qsizetype i = 0; i < names.size(); ++i) {
            if (normalised(names.at(i)) == QLatin1String(candidate)) {
                return static_cast<int>(i);
            }
        }
    }
    return -1;
}

void setIfFound(ColumnMapping& m, ImportField field, int column)
{
    if (column >= 0 && !m.fields.contains(field)) {
        m.fields.insert(field, column);
    }
}

// Headers that name a field exactly, or say it the way common exports do.
void mapGenericNames(ColumnMapping& m)
{
    const QStringList& n = m.columns;
    setIfFound(m, ImportField::ResponseId,
               indexOf(n, {"response_id", "response id", "responseid", "respondent id", "id"}));
    setIfFound(m, ImportField::CustomerId,
               indexOf(n, {"customer_id", "customer id", "customerid", "customer", "client id"}));
    setIfFound(m, ImportField::Name, indexOf(n, {"name", "full name", "customer name"}));
    setIfFound(m, ImportField::Email, indexOf(n, {"email", "e-mail", "email address", "e-mail address"}));
    setIfFound(m, ImportField::Phone, indexOf(n, {"phone", "phone number", "telephone", "telefon", "telefono"}));
    setIfFound(m, ImportField::AnsweredAt,
               indexOf(n, {"answered_at", "answered at", "timestamp", "created_at", "date", "submitted at",
                           "submit date (utc)", "end date", "data"}));
    setIfFound(m, ImportField::Score, indexOf(n, {"score", "nps", "nps score", "rating"}));
    setIfFound(m, ImportField::Comment,
               indexOf(n, {"comment", "comments", "feedback", "reason", "why?", "...why?", "komentarz", "commento"}));
    setIfFound(m, ImportField::Account, indexOf(n, {"account", "company", "account name"}));
    setIfFound(m, ImportField::Language, indexOf(n, {"language", "lang", "userlanguage"}));
    // A follow-up question that asks why: the comment, when exactly one header reads like it.
    if (!m.fields.contains(ImportField::Comment)) {
        static const QStringList hints{
            QStringLiteral("why"),      QStringLiteral("reason"),   QStringLiteral("comment"),
            QStringLiteral("feedback"), QStringLiteral("better"),   QStringLiteral("dlaczego"),
            QStringLiteral("powód"),    QStringLiteral("uwagi"),    QStringLiteral("perché"),
            QStringLiteral("motivo"),   QStringLiteral("commento"), QStringLiteral("suggeriment")};
        QList<int> found;
        for (qsizetype i = 0; i < m.labels.size(); ++i) {
            const QString label = normalised(m.labels.at(i));
            if (std::any_of(hints.begin(), hints.end(), [&](const QString& h) { return label.contains(h); })) {
                found << static_cast<int>(i);
            }
        }
        if (found.size() == 1) {
            m.fields.insert(ImportField::Comment, found.first());
        }
    }
    for (qsizetype i = 0; i < n.size(); ++i) {
        if (normalised(n.at(i)).startsWith(QLatin1String("segment:"))) {
            m.segments.append({n.at(i).trimmed().mid(8).trimmed(), static_cast<int>(i)});
        }
    }
}

QStringList firstRow(const QList<QStringList>& head, int index)
{
    return index < head.size() ? head.at(index) : QStringList();
}

} // namespace

QString importFieldKey(ImportField field)
{
    static const char* const keys[] = {"response_id", "customer_id", "name",    "email",   "phone",
                                       "answered_at", "score",       "comment", "account", "language"};
    return QString::fromLatin1(keys[static_cast<int>(field)]);
}

const QList<ImportField>& allImportFields()
{
    static const QList<ImportField> fields{ImportField::ResponseId, ImportField::CustomerId, ImportField::Name,
                                           ImportField::Email,      ImportField::Phone,      ImportField::AnsweredAt,
                                           ImportField::Score,      ImportField::Comment,    ImportField::Account,
                                           ImportField::Language};
    return fields;
}

std::optional<ImportField> importFieldFromKey(const QString& key)
{
    for (ImportField f : allImportFields()) {
        if (importFieldKey(f) == key.trimmed().toLower()) {
            return f;
        }
    }
    return std::nullopt;
}

int ColumnMapping::find(const QString& nameOrNumber) const
{
    const QString wanted = normalised(nameOrNumber);
    for (const QStringList* list : {&columns, &labels}) {
        for (qsizetype i = 0; i < list->size(); ++i) {
            if (normalised(list->at(i)) == wanted) {
                return static_cast<int>(i);
            }
        }
    }
    bool ok = false;
    const int number = nameOrNumber.trimmed().toInt(&ok);
    return ok && number >= 1 && number <= columns.size() ? number - 1 : -1;
}

QStringList PresetDetector::presetNames()
{
    return {QStringLiteral("qualtrics"),    QStringLiteral("qualtrics-legacy"), QStringLiteral("surveymonkey"),
            QStringLiteral("google-forms"), QStringLiteral("typeform"),         QStringLiteral("delighted"),
            QStringLiteral("generic")};
}

bool PresetDetector::looksLikeScoreQuestion(const QString& label)
{
    static const QStringList hints{
        QStringLiteral("recommend"),   QStringLiteral("0-10"),       QStringLiteral("0 to 10"),
        QStringLiteral("nps"),         QStringLiteral("likely"),     QStringLiteral("poleci"),
        QStringLiteral("raccomand"),   QStringLiteral("consiglier"), QStringLiteral("score"),
        QStringLiteral("prawdopodob"), QStringLiteral("probabil")};
    const QString text = label.toLower();
    return std::any_of(hints.begin(), hints.end(), [&](const QString& h) { return text.contains(h); });
}

ColumnMapping PresetDetector::detect(const QList<QStringList>& head, const QString& forcedPreset)
{
    ColumnMapping m;
    const QStringList row0 = firstRow(head, 0);
    const QStringList row1 = firstRow(head, 1);
    const QStringList row2 = firstRow(head, 2);
    const auto has = [](const QStringList& row, const char* name) {
        return row.contains(QLatin1String(name), Qt::CaseInsensitive);
    };

    QString preset = forcedPreset;
    if (preset.isEmpty()) {
        if (has(row0, "ResponseId") && has(row0, "StartDate") && !row2.isEmpty() &&
            row2.first().startsWith(QLatin1String("{\"ImportId\""))) {
            preset = QStringLiteral("qualtrics");
        } else if (!row0.isEmpty() && row0.first() == QLatin1String("V1") && has(row1, "ResponseID")) {
            preset = QStringLiteral("qualtrics-legacy");
        } else if (has(row0, "Respondent ID") && has(row0, "Collector ID")) {
            preset = QStringLiteral("surveymonkey");
        } else if (!row0.isEmpty() &&
                   row0.first().trimmed().compare(QLatin1String("Timestamp"), Qt::CaseInsensitive) == 0) {
            preset = QStringLiteral("google-forms");
        } else if (!row0.isEmpty() && row0.first() == QLatin1String("#") && has(row0, "Submit Date (UTC)")) {
            preset = QStringLiteral("typeform");
        } else if (has(row0, "score") && (has(row0, "created_at") || has(row0, "created at"))) {
            preset = QStringLiteral("delighted");
        } else {
            preset = QStringLiteral("generic");
        }
    }
    m.preset = preset;

    if (preset == QLatin1String("qualtrics")) {
        m.headerRows = 3;
        m.columns = row0;
        m.labels = row1;
        setIfFound(m, ImportField::ResponseId, indexOf(m.columns, {"responseid"}));
        setIfFound(m, ImportField::AnsweredAt, indexOf(m.columns, {"recordeddate", "enddate"}));
        setIfFound(m, ImportField::Email, indexOf(m.columns, {"recipientemail"}));
        setIfFound(m, ImportField::Name, indexOf(m.columns, {"recipientfirstname"}));
        m.lastNameColumn = indexOf(m.columns, {"recipientlastname"});
        setIfFound(m, ImportField::CustomerId, indexOf(m.columns, {"externalreference"}));
        setIfFound(m, ImportField::Language, indexOf(m.columns, {"userlanguage"}));
        // An NPS question has a sibling "<id>_NPS_GROUP" column.
        for (qsizetype i = 0; i < m.columns.size(); ++i) {
            if (m.columns.contains(m.columns.at(i) + QStringLiteral("_NPS_GROUP"))) {
                m.scoreCandidates << static_cast<int>(i);
            }
        }
        if (m.scoreCandidates.size() == 1) {
            m.scoreColumns = m.scoreCandidates;
        }
    } else if (preset == QLatin1String("qualtrics-legacy")) {
        m.headerRows = 2;
        m.columns = row0; // V1..V10, Q1, Q2, ...
        m.labels = row1;  // ResponseID, ..., the question texts
        // Every line ends with a comma: the last, nameless column is not data.
        while (!m.columns.isEmpty() && m.columns.last().isEmpty()) {
            m.columns.removeLast();
            m.labels.removeLast();
        }
        setIfFound(m, ImportField::ResponseId, indexOf(m.labels, {"responseid"}));
        setIfFound(m, ImportField::AnsweredAt, indexOf(m.labels, {"enddate"}));
        setIfFound(m, ImportField::Email, indexOf(m.labels, {"emailaddress"}));
        setIfFound(m, ImportField::Name, indexOf(m.labels, {"name"}));
        setIfFound(m, ImportField::CustomerId, indexOf(m.labels, {"externaldatareference"}));
    } else if (preset == QLatin1String("surveymonkey")) {
        m.headerRows = 2;
        // Row 1 holds the question once, over all of its columns; row 2 the choice or "Response".
        QString question;
        for (qsizetype i = 0; i < row0.size(); ++i) {
            if (!row0.at(i).isEmpty()) {
                question = row0.at(i);
            }
            const QString sub = i < row1.size() ? row1.at(i) : QString();
            const bool plain =
                sub.isEmpty() || sub == QLatin1String("Response") || sub == QLatin1String("Open-Ended Response");
            m.columns << (plain ? question : question + QStringLiteral(" – ") + sub);
        }
        m.labels = m.columns;
        setIfFound(m, ImportField::ResponseId, indexOf(m.columns, {"respondent id"}));
        setIfFound(m, ImportField::AnsweredAt, indexOf(m.columns, {"end date"}));
        setIfFound(m, ImportField::Email, indexOf(m.columns, {"email address"}));
        setIfFound(m, ImportField::Name, indexOf(m.columns, {"first name"}));
        m.lastNameColumn = indexOf(m.columns, {"last name"});
        setIfFound(m, ImportField::CustomerId, indexOf(m.columns, {"custom data 1"}));
    } else {
        m.headerRows = 1;
        m.columns = row0;
        m.labels = row0;
        if (preset == QLatin1String("typeform")) {
            setIfFound(m, ImportField::ResponseId, 0);
            setIfFound(m, ImportField::AnsweredAt, indexOf(m.columns, {"submit date (utc)"}));
        } else if (preset == QLatin1String("google-forms")) {
            setIfFound(m, ImportField::AnsweredAt, 0);
        } else if (preset == QLatin1String("delighted")) {
            setIfFound(m, ImportField::ResponseId, indexOf(m.columns, {"response id", "id"}));
            setIfFound(m, ImportField::AnsweredAt, indexOf(m.columns, {"created_at", "created at"}));
            setIfFound(m, ImportField::Email, indexOf(m.columns, {"person email", "email"}));
        }
    }
    mapGenericNames(m);
    if (m.scoreColumns.isEmpty() && m.fields.contains(ImportField::Score)) {
        m.scoreColumns << m.fields.value(ImportField::Score);
    }
    return m;
}

QList<int> PresetDetector::scoreLikeColumns(const ColumnMapping& mapping, const QList<QStringList>& dataRows,
                                            const QList<int>& missingCodes)
{
    QSet<int> taken;
    for (auto it = mapping.fields.cbegin(); it != mapping.fields.cend(); ++it) {
        if (it.key() != ImportField::Score) {
            taken.insert(it.value());
        }
    }
    QList<int> result;
    for (int column = 0; column < mapping.columns.size(); ++column) {
        // Survey-tool bookkeeping columns hold small numbers too, but are never a score.
        static const QStringList bookkeeping{
            QStringLiteral("status"),           QStringLiteral("progress"),
            QStringLiteral("finished"),         QStringLiteral("duration (in seconds)"),
            QStringLiteral("locationaccuracy"), QStringLiteral("responseset"),
            QStringLiteral("collector id"),     QStringLiteral("#")};
        const QString name = normalised(mapping.columns.at(column));
        const QString label = normalised(mapping.labels.value(column));
        if (taken.contains(column) || name.endsWith(QLatin1String("_nps_group")) || bookkeeping.contains(name) ||
            bookkeeping.contains(label)) {
            continue;
        }
        int numbers = 0;
        bool fits = true;
        for (const QStringList& row : dataRows) {
            const QString value = column < row.size() ? row.at(column).trimmed() : QString();
            if (value.isEmpty()) {
                continue;
            }
            bool ok = false;
            const int score = value.toInt(&ok);
            if (ok && missingCodes.contains(score)) {
                continue;
            }
            if (!ok || score < 0 || score > 10) {
                fits = false;
                break;
            }
            ++numbers;
        }
        if (fits && numbers > 0) {
            result << column;
        }
    }
    return result;
}

} // namespace loopdesk::core
