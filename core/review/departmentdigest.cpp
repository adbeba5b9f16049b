// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/departmentdigest.h"

#include "domain/clock.h"
#include "import/csvcell.h"
#include "storage/actionstore.h"
#include "storage/casestore.h"
#include "storage/database.h"
#include "storage/responsestore.h"
#include "storage/settingsstore.h"
#include "storage/staffstore.h"
#include "storage/storageerror.h"
#include "storage/themestore.h"

#include <QDir>
#include <QHash>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>

#include <algorithm>

namespace loopdesk::core {

namespace {

constexpr int kVoicesPerTheme = 3;

ReportFilter periodFilter(const Period& period)
{
    ReportFilter f;
    f.metric = Metric::Nps;
    f.from = period.firstDay();
    f.to = period.lastDay();
    return f;
}

} // namespace

DepartmentDigestComposer::DepartmentDigestComposer(Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
{}

QString DepartmentDigestComposer::anonymised(const QString& comment)
{
    // E-mail addresses, then phone numbers (7 or more digits with spaces, dots or dashes between),
    // then any other long number: what could point back at one customer.
    static const QRegularExpression email(QStringLiteral(R"([\w.+-]+@[\w-]+(\.[\w-]+)+)"));
    static const QRegularExpression phone(QStringLiteral(R"(\+?\d[\d .\-/()]{5,}\d)"));
    QString text = comment;
    text.replace(email, QStringLiteral("[…]"));
    text.replace(phone, QStringLiteral("[…]"));
    return text;
}

DepartmentDigest DepartmentDigestComposer::compose(const QString& department, const Period& period,
                                                   bool anonymise) const
{
    const ThemeStore themes(m_db);
    const std::optional<Department> found = themes.findDepartment(department);
    if (!found) {
        QStringList names;
        for (const Department& d : themes.departments()) {
            names << d.name;
        }
        throw StorageError(tr("There is no department called \"%1\"; the departments are: %2.")
                               .arg(department, names.join(QStringLiteral(", "))));
    }
    const int fiscalStart = fiscalStartMonth(SettingsStore(m_db));
    const int months = period.lastMonth() - period.firstMonth() + 1;

    DepartmentDigest d;
    d.department = found->name;
    d.period = period;
    d.previous = Period::containing(period.firstMonth() - months, period.unit(), fiscalStart);
    d.title = tr("%1: what customers said, %2").arg(found->name, period.label());
    d.composedAt = m_clock.nowUtc();
    d.anonymised = anonymise;

    QSet<qint64> routed;
    QHash<qint64, QString> names;
    for (const Theme& t : themes.themes()) { // parents before children
        names.insert(t.id, t.parentId ? names.value(t.parentId) + QStringLiteral(" / ") + t.name : t.name);
        if (t.departmentId == found->id) {
            routed.insert(t.id);
        }
    }

    const DriverAnalysis now = analyseDrivers(m_db, periodFilter(period));
    const DriverAnalysis before = analyseDrivers(m_db, periodFilter(d.previous));
    d.overall = now.overall;
    QHash<qint64, ThemeDriver> earlier;
    for (const ThemeDriver& t : before.drivers) {
        earlier.insert(t.themeId, t);
    }
    for (const ThemeDriver& t : now.drivers) {
        if (!routed.contains(t.themeId)) {
            continue;
        }
        const ThemeDriver then = earlier.value(t.themeId);
        d.themes << DigestTheme{t, then.mentions, then.mentioning.counts.negative, then.pointsLost};
        d.pointsLost += t.pointsLost;
    }
    std::stable_sort(d.themes.begin(), d.themes.end(), [](const DigestTheme& a, const DigestTheme& b) {
        return a.now.pointsLost != b.now.pointsLost ? a.now.pointsLost > b.now.pointsLost : a.now.theme < b.now.theme;
    });

    const ResponseStore answers(m_db);
    for (const DigestTheme& t : std::as_const(d.themes)) {
        QStringList comments =
            answers.detractorComments(t.now.themeId, period.firstDay(), period.lastDay(), 0, 0, kVoicesPerTheme);
        if (anonymise) {
            for (QString& comment : comments) {
                comment = anonymised(comment);
            }
        }
        if (!comments.isEmpty()) {
            d.voices.append({t.now.theme, comments});
        }
    }

    const QList<Staff> staff = StaffStore(m_db).all();
    const auto nameOf = [&staff](qint64 id) {
        const auto it = std::find_if(staff.begin(), staff.end(), [id](const Staff& s) { return s.id == id; });
        return it == staff.end() ? QString() : it->name;
    };
    const QDate today = d.composedAt.date();
    for (const Action& action : ActionStore(m_db).all()) {
        const bool addressesUs = std::any_of(action.themeIds.cbegin(), action.themeIds.cend(),
                                             [&routed](qint64 id) { return routed.contains(id); });
        if (addressesUs && action.status != Action::Status::Rejected) {
            d.actions << reviewAction(action, nameOf(action.ownerId), today);
            d.actions.last().impact = actionImpact(m_db, action, d.composedAt);
        }
    }

    for (const RoutedCase& c : CaseStore(m_db).openRoutedTo(found->id)) {
        DigestCase item;
        item.id = c.followUp.id;
        item.customer = anonymise ? QString() : c.customer;
        item.theme = names.value(c.followUp.rootCauseThemeId);
        item.owner = c.owner;
        item.createdAt = c.followUp.createdAt;
        item.resolutionDue = c.followUp.resolutionDue;
        item.overdue = c.followUp.resolutionDue.isValid() && c.followUp.resolutionDue < d.composedAt;
        d.waiting << item;
    }
    return d;
}

void writeDigestCsv(const DepartmentDigest& d, const QString& path)
{
    QList<QStringList> rows{
        {QStringLiteral("section"), QStringLiteral("label"), QStringLiteral("measure"), QStringLiteral("value")}};
    const auto number = [](double v) { return QString::number(v, 'f', 2); };
    for (const DigestTheme& t : d.themes) {
        const QString& name = t.now.theme;
        rows << QStringList{QStringLiteral("theme"), name, QStringLiteral("mentions"), QString::number(t.now.mentions)};
        rows << QStringList{QStringLiteral("theme"), name, QStringLiteral("detractors"),
                            QString::number(t.now.mentioning.counts.negative)};
        rows << QStringList{QStringLiteral("theme"), name, QStringLiteral("share_of_detractors"),
                            number(t.now.shareOfDetractors)};
        rows << QStringList{QStringLiteral("theme"), name, QStringLiteral("points_lost"), number(t.now.pointsLost)};
        rows << QStringList{QStringLiteral("theme"), name, QStringLiteral("mentions_before"),
                            QString::number(t.mentionsBefore)};
        rows << QStringList{QStringLiteral("theme"), name, QStringLiteral("points_lost_before"),
                            number(t.pointsLostBefore)};
    }
    for (const ReviewVoices& v : d.voices) {
        for (const QString& comment : v.comments) {
            rows << QStringList{QStringLiteral("voice"), v.theme, QStringLiteral("comment"), comment};
        }
    }
    for (const ReviewAction& a : d.actions) {
        rows << QStringList{QStringLiteral("action"), a.action.title, QStringLiteral("status"),
                            actionStatusKey(a.action.status)};
        rows << QStringList{QStringLiteral("action"), a.action.title, QStringLiteral("overdue"),
                            a.pastDeadline || !a.overdueTasks.isEmpty() ? QStringLiteral("true")
                                                                        : QStringLiteral("false")};
        if (a.impact) {
            for (const auto& [measure, value] : impactMeasures(*a.impact)) {
                rows << QStringList{QStringLiteral("action"), a.action.title, measure, value};
            }
        }
    }
    for (const DigestCase& c : d.waiting) {
        const QString label = QString::number(c.id);
        rows << QStringList{QStringLiteral("waiting_case"), label, QStringLiteral("theme"), c.theme};
        rows << QStringList{QStringLiteral("waiting_case"), label, QStringLiteral("customer"), c.customer};
        rows << QStringList{QStringLiteral("waiting_case"), label, QStringLiteral("overdue"),
                            c.overdue ? QStringLiteral("true") : QStringLiteral("false")};
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        throw StorageError(DepartmentDigestComposer::tr("Could not write %1: %2")
                               .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    for (const QStringList& row : rows) {
        file.write(csvLine(row).toUtf8() + "\r\n");
    }
    if (!file.commit()) {
        throw StorageError(DepartmentDigestComposer::tr("Could not write %1: %2")
                               .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
}

} // namespace loopdesk::core
