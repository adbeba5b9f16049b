// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/outreach.h"

#include "import/csvcell.h"
#include "storage/actionstore.h"
#include "storage/storageerror.h"

#include <QDir>
#include <QSaveFile>

namespace loopdesk::core {

Outreach OutreachComposer::compose(const Period& quarter) const
{
    Outreach o;
    o.quarter = quarter;
    o.recipients = OutreachStore(m_db).recipients(quarter.firstDay(), quarter.lastDay());
    for (const Action& action : ActionStore(m_db).all()) {
        if (action.customerMessage.trimmed().isEmpty()) {
            continue;
        }
        if (action.status == Action::Status::Done) {
            o.changed << action.customerMessage.trimmed();
        } else if (action.status == Action::Status::Rejected) {
            o.declined << action.customerMessage.trimmed();
        }
    }
    return o;
}

void OutreachComposer::writeCsv(const Outreach& o, const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        throw StorageError(
            tr("LoopDesk could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    const QString changed = o.changed.join(QLatin1Char('\n'));
    const QString declined = o.declined.join(QLatin1Char('\n'));
    QByteArray bytes = "\xEF\xBB\xBF"; // UTF-8 mark, so that spreadsheets read the accents right
    bytes += csvLine({QStringLiteral("email"), QStringLiteral("name"), QStringLiteral("language"),
                      QStringLiteral("kind"), QStringLiteral("quarter"), QStringLiteral("score"),
                      QStringLiteral("your_themes"), QStringLiteral("changed"), QStringLiteral("declined")})
                 .toUtf8() +
             "\r\n";
    for (const OutreachRecipient& r : o.recipients) {
        bytes += csvLine({r.email, r.name, r.language,
                          r.responded ? QStringLiteral("respondent") : QStringLiteral("invited_no_answer"),
                          o.quarter.label(), r.score ? QString::number(*r.score) : QString(),
                          r.themes.join(QStringLiteral("; ")), changed, declined})
                     .toUtf8() +
                 "\r\n";
    }
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        throw StorageError(
            tr("LoopDesk could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
}

QString OutreachComposer::letterTemplate(const QString& language)
{
    if (language == QLatin1String("pl")) {
        return QStringLiteral("Dzień dobry {name},\n\n"
                              "dziękujemy za Pana/Pani opinię. Oto co zmieniliśmy dzięki uwagom klientów:\n\n"
                              "{changed}\n\n"
                              "Niektórych propozycji nie wdrożymy. Chcemy uczciwie wyjaśnić dlaczego:\n\n"
                              "{declined}\n\n"
                              "Z pozdrowieniami\nZespół Obsługi Klienta\n");
    }
    if (language == QLatin1String("it")) {
        return QStringLiteral("Gentile {name},\n\n"
                              "grazie per la sua opinione. Ecco che cosa abbiamo cambiato grazie ai clienti:\n\n"
                              "{changed}\n\n"
                              "Alcune proposte non le realizzeremo, e vogliamo spiegarle perché:\n\n"
                              "{declined}\n\n"
                              "Cordiali saluti\nIl Servizio Clienti\n");
    }
    return QStringLiteral("Dear {name},\n\n"
                          "Thank you for your feedback. This is what we changed because customers told us:\n\n"
                          "{changed}\n\n"
                          "Some suggestions we will not take up, and we want to tell you honestly why:\n\n"
                          "{declined}\n\n"
                          "Kind regards\nThe Customer Experience team\n");
}

} // namespace loopdesk::core
