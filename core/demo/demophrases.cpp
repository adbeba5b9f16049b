// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/demophrases.h"

namespace loopdesk::core::demo {
namespace {

QList<QString> texts(std::initializer_list<const char*> list)
{
    QList<QString> result;
    for (const char* text : list) {
        result << QString::fromUtf8(text);
    }
    return result;
}

QPair<QString, QList<QString>> theme(const char* name, std::initializer_list<const char*> comments)
{
    return {QString::fromUtf8(name), texts(comments)};
}

} // namespace

const Phrasebook& phrasebook(const QString& language)
{
    static const Phrasebook polish{
        texts({"Anna", "Katarzyna", "Małgorzata", "Agnieszka", "Piotr", "Krzysztof", "Tomasz", "Paweł", "Łukasz",
               "Zofia", "Michał", "Joanna"}),
        texts({"Nowak", "Kowalska", "Wiśniewski", "Wójcik", "Kamińska", "Lewandowski", "Zieliński", "Szymańska",
               "Woźniak", "Dąbrowski", "Kozłowska", "Jankowski"}),
        QStringLiteral("+48 6"),
        QStringLiteral("example.pl"),
        texts({"Wszystko szybko i sprawnie, polecam.", "Kurier był bardzo uprzejmy, przesyłka na czas.",
               "Świetna obsługa, konsultantka rozwiązała problem od ręki.", "Bardzo dobra aplikacja do śledzenia."}),
        {
            theme("Late delivery", {"Przesyłka była opóźniona o trzy dni.", "Dostawa spóźniona, czekałem cały dzień.",
                                    "Opóźnienie dostawy bez żadnej informacji."}),
            theme("Damaged parcel",
                  {"Paczka przyszła uszkodzona.", "Towar zniszczony w transporcie, karton rozerwany."}),
            theme("Courier conduct", {"Kurier zostawił paczkę pod drzwiami bez pytania."}),
            theme("Long waiting time", {"Na infolinii czekałam 40 minut.", "Kolejka na infolinii to dramat."}),
            theme("Unhelpful answer", {"Konsultant był niemiły i nic nie wyjaśnił.", "Obsługa klienta nie pomogła."}),
            theme("Wrong invoice",
                  {"Faktura z błędną kwotą, już drugi raz.", "Na rachunku pozycje, których nie zamawiałem."}),
            theme("Price", {"Za drogo w porównaniu z konkurencją.", "Ceny wzrosły bez uprzedzenia."}),
            theme("Website and app",
                  {"Aplikacja ciągle się zawiesza przy logowaniu.", "Śledzenie przesyłki na stronie nie działa."}),
            theme("Product quality", {"Jakość gorsza niż rok temu."}),
            theme("Returns and complaints", {"Reklamacja trwa już miesiąc.", "Zwrot pieniędzy wciąż nie dotarł."}),
        },
    };
    static const Phrasebook italian{
        texts({"Giulia", "Francesca", "Chiara", "Sara", "Marco", "Luca", "Giuseppe", "Alessandro", "Matteo", "Elena",
               "Lorenzo", "Federica"}),
        texts({"Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco",
               "Bruno", "Gallo"}),
        QStringLiteral("+39 3"),
        QStringLiteral("example.it"),
        texts({"Servizio impeccabile, consegna puntuale.", "Corriere gentilissimo, tutto perfetto.",
               "Assistenza veloce e cortese, grazie!", "L'app è comoda, la uso sempre."}),
        {
            theme("Late delivery",
                  {"La consegna è arrivata con tre giorni di ritardo.", "Ritardo nella consegna e nessun avviso.",
                   "Consegne sempre in ritardo, attesa infinita."}),
            theme("Damaged parcel", {"Il pacco è arrivato danneggiato.", "Prodotto rotto all'arrivo."}),
            theme("Courier conduct", {"Il corriere non ha nemmeno suonato."}),
            theme("Long waiting time", {"Al call center nessuno risponde.", "Ho aspettato mezz'ora al call center."}),
            theme("Unhelpful answer", {"L'operatore è stato scortese.", "Assistenza inutile, nessuna soluzione."}),
            theme("Wrong invoice", {"Fattura sbagliata, importo errato.", "Addebito doppio sulla carta."}),
            theme("Price", {"Prezzi troppo alti rispetto alla concorrenza.", "Servizio troppo costoso."}),
            theme("Website and app", {"L'app si blocca continuamente.", "Il tracciamento sul sito non funziona."}),
            theme("Product quality", {"La qualità è peggiorata."}),
            theme("Returns and complaints",
                  {"Il reso è stato un incubo.", "Rimborso ancora non ricevuto dopo un mese."}),
        },
    };
    static const Phrasebook english{
        texts({"Oliver", "Amelia", "George", "Isla", "Harry", "Ava", "Jack", "Emily", "Noah", "Sophie", "Charlie",
               "Grace"}),
        texts({"Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Patel", "Wright",
               "Walker", "Evans"}),
        QStringLiteral("+44 7"),
        QStringLiteral("example.co.uk"),
        texts({"Fast and reliable, would recommend.", "Friendly courier, parcel on time.",
               "Great support, my issue was fixed in minutes.", "The tracking app is excellent."}),
        {
            theme("Late delivery", {"My parcel was three days late.", "Delivery delayed again, waited in all day.",
                                    "Late delivery with no update at all."}),
            theme("Damaged parcel", {"The box arrived damaged.", "Item broken on arrival."}),
            theme("Courier conduct", {"The driver left the parcel in the rain."}),
            theme("Long waiting time", {"On hold for 40 minutes.", "Nobody answers the phone, the queue is endless."}),
            theme("Unhelpful answer",
                  {"Support was unhelpful and rude.", "The agent could not answer a simple question."}),
            theme("Wrong invoice", {"Wrong invoice again.", "I was charged twice."}),
            theme("Price", {"Too expensive for what you get.", "Prices went up without notice."}),
            theme("Website and app", {"The app crashes at login.", "Tracking on the website never works."}),
            theme("Product quality", {"Quality has gone down."}),
            theme("Returns and complaints", {"The return took weeks.", "Still waiting for my refund."}),
        },
    };
    if (language == QLatin1String("pl")) {
        return polish;
    }
    if (language == QLatin1String("it")) {
        return italian;
    }
    return english;
}

} // namespace loopdesk::core::demo
