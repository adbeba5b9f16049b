// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "themes/defaulttaxonomy.h"

#include "storage/themestore.h"

#include <QHash>

namespace loopdesk::core {
namespace {

QList<QPair<QString, QString>> stems(std::initializer_list<std::pair<const char*, const char*>> list)
{
    QList<QPair<QString, QString>> result;
    for (const auto& [language, stem] : list) {
        result.append({QString::fromLatin1(language), QString::fromUtf8(stem)});
    }
    return result;
}

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

} // namespace

const QList<TaxonomyEntry>& defaultTaxonomy()
{
    static const QList<TaxonomyEntry> taxonomy{
        {s("Delivery"), s("Late delivery"), s("Logistics"),
         stems({{"en", "late"},
                {"en", "delay"},
                {"en", "waited"},
                {"pl", "opóźni"},
                {"pl", "spóźni"},
                {"pl", "czekał"},
                {"it", "ritard"},
                {"it", "attes"}})},
        {s("Delivery"), s("Damaged parcel"), s("Logistics"),
         stems({{"en", "damag"},
                {"en", "broken"},
                {"pl", "uszkodz"},
                {"pl", "zniszcz"},
                {"it", "danneggi"},
                {"it", "rott"}})},
        {s("Delivery"), s("Courier conduct"), s("Logistics"),
         stems({{"en", "courier"}, {"en", "driver"}, {"pl", "kurier"}, {"it", "corrier"}})},
        {s("Customer service"), s("Long waiting time"), s("Customer service"),
         stems({{"en", "hold"},
                {"en", "queue"},
                {"en", "nobody answer"},
                {"pl", "infolini"},
                {"pl", "kolejk"},
                {"it", "call center"},
                {"it", "nessuno rispond"}})},
        {s("Customer service"), s("Unhelpful answer"), s("Customer service"),
         stems({{"en", "unhelpful"},
                {"en", "rude"},
                {"en", "could not answer"},
                {"en", "did not help"},
                {"pl", "niemił"},
                {"pl", "nie pomogł"},
                {"pl", "nic nie wyjaśni"},
                {"it", "scortes"},
                {"it", "inutil"},
                {"it", "nessuna soluzion"}})},
        {s("Billing"), s("Wrong invoice"), s("Billing"),
         stems({{"en", "invoice"},
                {"en", "bill"},
                {"en", "charged"},
                {"pl", "faktur"},
                {"pl", "rachun"},
                {"it", "fattur"},
                {"it", "addebit"}})},
        {s("Billing"), s("Price"), s("Sales"),
         stems({{"en", "price"},
                {"en", "expensive"},
                {"en", "cost"},
                {"pl", "cen"},
                {"pl", "za drogo"},
                {"pl", "droż"},
                {"it", "prezz"},
                {"it", "costos"},
                {"it", "troppo car"}})},
        {s("Digital channels"), s("Website and app"), s("IT"),
         stems({{"en", "app"},
                {"en", "website"},
                {"en", "login"},
                {"en", "tracking"},
                {"pl", "aplikacj"},
                {"pl", "stron"},
                {"pl", "logowani"},
                {"pl", "śledzeni"},
                {"it", "app"},
                {"it", "sito"},
                {"it", "tracciament"}})},
        {s("Product"), s("Product quality"), s("Product"),
         stems({{"en", "quality"},
                {"en", "defect"},
                {"pl", "jakoś"},
                {"pl", "wadliw"},
                {"it", "qualità"},
                {"it", "difett"}})},
        {s("Product"), s("Returns and complaints"), s("Customer service"),
         stems({{"en", "return"},
                {"en", "refund"},
                {"en", "complaint"},
                {"pl", "zwrot"},
                {"pl", "reklamacj"},
                {"it", "reso"},
                {"it", "rimbors"},
                {"it", "reclam"}})},
    };
    return taxonomy;
}

int installDefaultTaxonomy(ThemeStore& store)
{
    if (!store.themes().isEmpty()) {
        return 0; // the team's own taxonomy is never mixed with the default one
    }
    QHash<QString, qint64> departments;
    for (const Department& d : store.departments()) {
        departments.insert(d.name, d.id);
    }
    QHash<QString, qint64> parents;
    int added = 0;
    for (const TaxonomyEntry& entry : defaultTaxonomy()) {
        if (!departments.contains(entry.department)) {
            departments.insert(entry.department, store.addDepartment(entry.department));
        }
        const qint64 department = departments.value(entry.department);
        if (!parents.contains(entry.parent)) {
            parents.insert(entry.parent, store.addTheme(Theme{0, 0, entry.parent, department}));
            ++added;
        }
        const qint64 theme = store.addTheme(Theme{0, parents.value(entry.parent), entry.name, department});
        ++added;
        for (const auto& [language, stem] : entry.keywords) {
            store.addKeyword(ThemeKeyword{0, theme, language, stem});
        }
    }
    return added;
}

} // namespace loopdesk::core
