// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflow/contacttemplate.h"

namespace loopdesk::core {
namespace {

struct Texts {
    const char* greeting;
    const char* anonymous;
    const char* subject[3]; // positive, neutral, negative
    const char* body[3];
    const char* signature;
};

// Written for customers, not translated with the interface: the customer's language decides.
const Texts kPolish{"Dzień dobry %1,",
                    "Dzień dobry,",
                    {"Dziękujemy za Twoją opinię", "Co możemy zrobić lepiej?", "Przepraszamy – chcemy to naprawić"},
                    {"dziękujemy za wysoką ocenę! Jeśli masz chwilę, podziel się opinią w recenzji – to bardzo nam "
                     "pomaga.",
                     "dziękujemy za odpowiedź w ankiecie. Jakie jedna lub dwie rzeczy sprawiłyby, że ocenisz nas "
                     "wyżej?",
                     "przykro nam, że nie spełniliśmy Twoich oczekiwań. Chcemy zrozumieć, co się stało, i to "
                     "naprawić. Kiedy możemy zadzwonić?"},
                    "Pozdrawiam,"};
const Texts kItalian{"Gentile %1,",
                     "Gentile cliente,",
                     {"Grazie per il suo giudizio", "Cosa possiamo fare meglio?", "Ci scusiamo: vogliamo rimediare"},
                     {"grazie per l'ottimo voto! Se ha un momento, ci farebbe piacere una sua recensione.",
                      "grazie per aver risposto al sondaggio. Quali una o due cose la porterebbero a darci un voto "
                      "più alto?",
                      "ci dispiace di non essere stati all'altezza. Vogliamo capire cosa è successo e rimediare. "
                      "Quando possiamo chiamarla?"},
                     "Cordiali saluti,"};
const Texts kEnglish{
    "Dear %1,",
    "Hello,",
    {"Thank you for your feedback", "What could we do better?", "We are sorry – we want to put it right"},
    {"thank you for the great score! If you have a moment, a short review would help us a lot.",
     "thank you for answering our survey. What one or two things would make you rate us higher?",
     "we are sorry we let you down. We would like to understand what happened and put it right. "
     "When can we call you?"},
    "Kind regards,"};

} // namespace

MailDraft followUpMail(const QString& language, ScoreClass category, const QString& customerName,
                       const QString& agentName)
{
    const QString code = language.left(2).toLower();
    const Texts& t = code == QLatin1String("pl") ? kPolish : code == QLatin1String("it") ? kItalian : kEnglish;
    const int i = category == ScoreClass::Positive ? 0 : category == ScoreClass::Neutral ? 1 : 2;
    const QString greeting = customerName.trimmed().isEmpty()
                                 ? QString::fromUtf8(t.anonymous)
                                 : QString::fromUtf8(t.greeting).arg(customerName.trimmed());
    MailDraft draft;
    draft.subject = QString::fromUtf8(t.subject[i]);
    draft.body = greeting + QStringLiteral("\n\n") + QString::fromUtf8(t.body[i]) + QStringLiteral("\n\n") +
                 QString::fromUtf8(t.signature) + QLatin1Char('\n') + agentName;
    return draft;
}

} // namespace loopdesk::core
