// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/npsreport.h"

#include "domain/period.h"
#include "storage/accountstore.h"
#include "storage/database.h"
#include "storage/segmentdictionary.h"
#include "storage/settingsstore.h"
#include "storage/storageerror.h"
#include "storage/themestore.h"
#include "storage/wavestore.h"

#include <QHash>

#include <algorithm>

namespace loopdesk::core {
namespace {

const QString kFiscalStartKey = QStringLiteral("reporting.fiscal_start_month");

PeriodUnit unitOf(GroupKind kind)
{
    switch (kind) {
    case GroupKind::Month:
        return PeriodUnit::Month;
    case GroupKind::Year:
        return PeriodUnit::Year;
    default:
        return PeriodUnit::Quarter;
    }
}

QString quoted(const QStringList& names)
{
    return names.isEmpty() ? NpsReporter::tr("none")
                           : QLatin1Char('"') + names.join(QStringLiteral("\", \"")) + QLatin1Char('"');
}

} // namespace

std::optional<Grouping> Grouping::parse(const QString& text)
{
    const QString t = text.trimmed();
    static const QHash<QString, GroupKind> plain{
        {QStringLiteral("month"), GroupKind::Month},
        {QStringLiteral("quarter"), GroupKind::Quarter},
        {QStringLiteral("fiscal-quarter"), GroupKind::Quarter},
        {QStringLiteral("year"), GroupKind::Year},
        {QStringLiteral("fiscal-year"), GroupKind::Year},
        {QStringLiteral("wave"), GroupKind::Wave},
        {QStringLiteral("theme"), GroupKind::Theme},
        {QStringLiteral("account"), GroupKind::Account},
    };
    if (const auto it = plain.constFind(t.toLower()); it != plain.constEnd()) {
        return Grouping{*it, {}};
    }
    const QString prefix = QStringLiteral("segment:");
    if (t.startsWith(prefix, Qt::CaseInsensitive) && t.size() > prefix.size()) {
        return Grouping{GroupKind::Segment, t.mid(prefix.size()).trimmed()};
    }
    return std::nullopt;
}

QString Grouping::key() const
{
    switch (kind) {
    case GroupKind::Month:
        return QStringLiteral("month");
    case GroupKind::Quarter:
        return QStringLiteral("quarter");
    case GroupKind::Year:
        return QStringLiteral("year");
    case GroupKind::Wave:
        return QStringLiteral("wave");
    case GroupKind::Theme:
        return QStringLiteral("theme");
    case GroupKind::Segment:
        return QStringLiteral("segment:") + dimension;
    case GroupKind::Account:
        return QStringLiteral("account");
    }
    return {};
}

bool Grouping::isPeriod() const
{
    return kind == GroupKind::Month || kind == GroupKind::Quarter || kind == GroupKind::Year;
}

int fiscalStartMonth(const SettingsStore& settings)
{
    const int month = settings.value(kFiscalStartKey, QStringLiteral("1")).toInt();
    return month >= 1 && month <= 12 ? month : 1;
}

void setFiscalStartMonth(SettingsStore& settings, int month)
{
    if (month < 1 || month > 12) {
        throw StorageError(NpsReporter::tr("A fiscal year starts in a month from 1 to 12, not %1.").arg(month));
    }
    settings.setValue(kFiscalStartKey, QString::number(month));
}

NpsReporter::NpsReporter(Database& db, int fiscalStart)
    : m_db(db)
    , m_fiscalStartMonth(fiscalStart >= 1 && fiscalStart <= 12 ? fiscalStart : 1)
{}

ScoreFilter NpsReporter::resolve(const ReportFilter& filter) const
{
    ScoreFilter f;
    f.metric = filter.metric;
    f.from = filter.from;
    f.to = filter.to;
    if (!filter.waves.isEmpty()) {
        const WaveStore waves(m_db);
        for (const QString& name : filter.waves) {
            const std::optional<Wave> wave = waves.findByName(name);
            if (!wave) {
                throw StorageError(tr("There is no wave called \"%1\".").arg(name));
            }
            f.waveIds << wave->id;
        }
    }
    if (!filter.segments.isEmpty()) {
        const SegmentDictionary segments(m_db);
        for (const auto& [dimension, value] : filter.segments) {
            const int slot = segments.existingSlot(dimension);
            if (slot == 0) {
                throw StorageError(tr("No answers are segmented by \"%1\"; the segment dimensions are %2.")
                                       .arg(dimension, quoted(segments.dimensions())));
            }
            const qint64 id = segments.existingValueId(dimension, value);
            if (id == 0) {
                throw StorageError(tr("No answer has %1 \"%2\".").arg(dimension, value));
            }
            f.segments << qMakePair(slot, id);
        }
    }
    if (!filter.account.isEmpty()) {
        const std::optional<Account> account = AccountStore(m_db).findByName(filter.account);
        if (!account) {
            throw StorageError(tr("There is no account called \"%1\".").arg(filter.account));
        }
        f.accountId = account->id;
    }
    if (!filter.themes.isEmpty()) {
        const ThemeStore themes(m_db);
        const QList<Theme> all = themes.themes();
        for (const QString& name : filter.themes) {
            const std::optional<Theme> theme = themes.findTheme(name);
            if (!theme) {
                throw StorageError(tr("There is no theme called \"%1\".").arg(name));
            }
            f.themeIds << theme->id;
            for (const Theme& child : all) {
                if (child.parentId == theme->id) {
                    f.themeIds << child.id;
                }
            }
        }
    }
    return f;
}

NetScore NpsReporter::score(const ReportFilter& filter) const
{
    const ScoreFilter f = resolve(filter);
    ClassCounts counts;
    for (const ScoreCount& c : ScoreCountStore(m_db).counts(f, {})) {
        if (const std::optional<ScoreClass> cls = classify(f.metric, c.score)) {
            counts.add(*cls, c.n);
        }
    }
    return metricScore(f.metric, counts);
}

NpsReport NpsReporter::report(const ReportFilter& filter, const QList<Grouping>& groupings) const
{
    const ScoreFilter f = resolve(filter);
    SegmentDictionary segments(m_db);
    QList<ScoreDimension> dimensions;
    for (const Grouping& g : groupings) {
        switch (g.kind) {
        case GroupKind::Month:
        case GroupKind::Quarter:
        case GroupKind::Year:
            dimensions << ScoreDimension{ScoreKey::Month, 0};
            break;
        case GroupKind::Wave:
            dimensions << ScoreDimension{ScoreKey::Wave, 0};
            break;
        case GroupKind::Theme:
            dimensions << ScoreDimension{ScoreKey::Theme, 0};
            break;
        case GroupKind::Account:
            dimensions << ScoreDimension{ScoreKey::Account, 0};
            break;
        case GroupKind::Segment: {
            const int slot = segments.existingSlot(g.dimension);
            if (slot == 0) {
                throw StorageError(tr("No answers are segmented by \"%1\"; the segment dimensions are %2.")
                                       .arg(g.dimension, quoted(segments.dimensions())));
            }
            dimensions << ScoreDimension{ScoreKey::Segment, slot};
            break;
        }
        }
    }

    ScoreCountStore store(m_db);
    NpsReport report;
    report.metric = f.metric;
    report.groupings = groupings;
    report.fromCube = store.cubeServes(f, dimensions);

    // Periods are keyed by their first month; everything else by its row id.
    QHash<QList<qint64>, ClassCounts> groups;
    ClassCounts total;
    const auto add = [&](ClassCounts& counts, int score, qint64 n) {
        if (const std::optional<ScoreClass> cls = classify(f.metric, score)) {
            counts.add(*cls, n);
        }
    };
    for (const ScoreCount& c : store.counts(f, dimensions)) {
        QList<qint64> key = c.keys;
        for (qsizetype i = 0; i < groupings.size(); ++i) {
            if (groupings.at(i).isPeriod()) {
                key[i] =
                    Period::containing(static_cast<int>(c.keys.at(i)), unitOf(groupings.at(i).kind), m_fiscalStartMonth)
                        .firstMonth();
            }
        }
        add(groups[key], c.score, c.n);
    }
    // An answer with two themes is in two theme rows, one without any in none: the total counts
    // every answer once.
    const bool multiRow =
        std::any_of(groupings.cbegin(), groupings.cend(), [](const Grouping& g) { return g.kind == GroupKind::Theme; });
    if (multiRow) {
        for (const ScoreCount& c : store.counts(f, {})) {
            add(total, c.score, c.n);
        }
    } else {
        for (const ClassCounts& counts : std::as_const(groups)) {
            total += counts;
        }
    }
    report.total = metricScore(f.metric, total);

    // Labels, once per id.
    QHash<qint64, QString> waveNames;
    QHash<qint64, QString> themeNames;
    QHash<qint64, QString> accountNames;
    for (const Grouping& g : groupings) {
        if (g.kind == GroupKind::Wave && waveNames.isEmpty()) {
            for (const Wave& w : WaveStore(m_db).all()) {
                waveNames.insert(w.id, w.name);
            }
        } else if (g.kind == GroupKind::Theme && themeNames.isEmpty()) {
            const QList<Theme> themes = ThemeStore(m_db).themes();
            QHash<qint64, QString> plain;
            for (const Theme& t : themes) {
                plain.insert(t.id, t.name);
            }
            for (const Theme& t : themes) {
                themeNames.insert(t.id, t.parentId ? plain.value(t.parentId) + QStringLiteral(" / ") + t.name : t.name);
            }
        } else if (g.kind == GroupKind::Account && accountNames.isEmpty()) {
            for (const Account& a : AccountStore(m_db).all()) {
                accountNames.insert(a.id, a.name);
            }
        }
    }
    const auto label = [&](const Grouping& g, qint64 id) -> QString {
        switch (g.kind) {
        case GroupKind::Month:
        case GroupKind::Quarter:
        case GroupKind::Year:
            return Period::containing(static_cast<int>(id), unitOf(g.kind), m_fiscalStartMonth).label();
        case GroupKind::Wave:
            return waveNames.value(id, tr("(wave %1)").arg(id));
        case GroupKind::Theme:
            return themeNames.value(id);
        case GroupKind::Account:
            return id == 0 ? tr("(no account)") : accountNames.value(id);
        case GroupKind::Segment:
            return id == 0 ? tr("(not set)") : segments.valueText(id);
        }
        return {};
    };

    QList<QPair<QList<qint64>, ReportRow>> rows;
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        ReportRow row;
        for (qsizetype i = 0; i < groupings.size(); ++i) {
            row.group << label(groupings.at(i), it.key().at(i));
        }
        row.score = metricScore(f.metric, it.value());
        rows.append({it.key(), row});
    }
    std::sort(rows.begin(), rows.end(), [&](const auto& a, const auto& b) {
        for (qsizetype i = 0; i < groupings.size(); ++i) {
            const qint64 x = a.first.at(i);
            const qint64 y = b.first.at(i);
            if (x == y) {
                continue;
            }
            if (groupings.at(i).isPeriod()) {
                return x < y;
            }
            if ((x == 0) != (y == 0)) {
                return y == 0; // "not set" last
            }
            const int byName = QString::localeAwareCompare(a.second.group.at(i), b.second.group.at(i));
            return byName != 0 ? byName < 0 : x < y;
        }
        return false;
    });
    for (const auto& [key, row] : std::as_const(rows)) {
        report.rows << row;
    }
    return report;
}

} // namespace loopdesk::core
