// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"
#include "workflow/contacttemplate.h"

using namespace loopdesk::core;

TEST_CASE("the first e-mail is written in the customer's language and fits their category", "[workflow][mail]")
{
    const MailDraft polish = followUpMail(QStringLiteral("pl"), ScoreClass::Negative, QStringLiteral("Zofia Nowak"),
                                          QStringLiteral("Ewa Malinowska"));
    CHECK(polish.subject.startsWith(QStringLiteral("Przepraszamy")));
    CHECK(polish.body.startsWith(QStringLiteral("Dzień dobry Zofia Nowak,")));
    CHECK(polish.body.endsWith(QStringLiteral("Ewa Malinowska")));

    const MailDraft italian =
        followUpMail(QStringLiteral("it-IT"), ScoreClass::Neutral, QString(), QStringLiteral("Paola"));
    CHECK(italian.subject == QStringLiteral("Cosa possiamo fare meglio?"));
    CHECK(italian.body.startsWith(QStringLiteral("Gentile cliente,")));

    const MailDraft english = followUpMail(QStringLiteral("de"), ScoreClass::Positive, QStringLiteral("Jo"), QString());
    CHECK(english.subject == QStringLiteral("Thank you for your feedback"));
    CHECK(english.body.contains(QStringLiteral("review")));
}
