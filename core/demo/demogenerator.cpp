// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/demogenerator.h"

#include "demo/demophrases.h"
#include "demo/demorandom.h"
#include "domain/clock.h"
#include "domain/quarter.h"
#include "storage/accountstore.h"
#include "storage/actionstore.h"
#include "storage/auditstore.h"
#include "storage/casestore.h"
#include "storage/customerstore.h"
#include "storage/database.h"
#include "storage/responsestore.h"
#include "storage/settingsstore.h"
#include "storage/staffstore.h"
#include "storage/statement.h"
#include "storage/themestore.h"
#include "storage/wavestore.h"
#include "themes/defaulttaxonomy.h"
#include "themes/themetagger.h"
#include "workflow/actionimpact.h"

#include <QHash>

#include <cmath>

namespace loopdesk::core {
namespace {

constexpr qint64 kHour = 3600;
constexpr int kQuarters = 6;

struct Region {
    QString name;
    QString language;
    double npsShift; // regional differences, so that segments tell a story
};

struct DemoCustomer {
    qint64 id = 0;
    int region = 0;
    bool business = false;
    bool keyAccount = false;
    qint64 accountId = 0;
};

QList<Region> regions()
{
    return {{QStringLiteral("Poland North"), QStringLiteral("pl"), 0.04},
            {QStringLiteral("Poland South"), QStringLiteral("pl"), -0.03},
            {QStringLiteral("Italy North"), QStringLiteral("it"), 0.02},
            {QStringLiteral("Italy Centre-South"), QStringLiteral("it"), -0.06},
            {QStringLiteral("United Kingdom"), QStringLiteral("en"), 0.05}};
}

// NPS class for one answer: the mix improves quarter by quarter and differs by region/product.
int drawScore(DemoRandom& random, int quarterIndex, double shift)
{
    const double promoter = 0.34 + 0.025 * quarterIndex + shift;
    const double detractor = 0.31 - 0.02 * quarterIndex - shift;
    const double u = random.unit();
    if (u < promoter) {
        return random.chance(0.55) ? 9 : 10;
    }
    if (u < promoter + (1.0 - promoter - detractor)) {
        return random.chance(0.5) ? 7 : 8;
    }
    static const QList<int> detractorScores{0, 1, 2, 3, 4, 4, 5, 5, 5, 6, 6, 6, 6};
    return random.pick(detractorScores);
}

// "Ewa Malinowska" -> "ewa.malinowska", "Kamil Górski" -> "kamil.gorski".
QString mailName(const QString& name)
{
    QString result;
    for (const QChar ch : name.toLower().normalized(QString::NormalizationForm_D)) {
        if (ch == QLatin1Char(' ')) {
            result += QLatin1Char('.');
        } else if (ch == QChar(0x0142)) { // ł has no decomposition
            result += QLatin1Char('l');
        } else if (ch.isLetter() && ch.unicode() < 128) {
            result += ch;
        }
    }
    return result;
}

} // namespace

// A playbook for late deliveries, in the language of the demo, beside the shipped ones.
void DemoGenerator::addDemoPlaybook(qint64 themeId, const QDateTime& at)
{
    if (!themeId) {
        return;
    }
    const QStringList checklist{tr("Check the tracking before calling"), tr("Apologise for the wait"),
                                tr("Offer a new slot or refund the delivery fee"),
                                tr("Record the root cause for Logistics")};
    Statement(
        m_db.connection(),
        QStringLiteral("INSERT INTO playbook (category, theme_id, shipped, responder, respond_within_hours, mode, "
                       "ask, say, outcome, checklist, updated_at) VALUES ('detractor', ?, 0, ?, 24, 'phone', ?, "
                       "?, ?, ?, ?)"))
        .bind(themeId)
        .bind(tr("The case owner, with the Logistics desk on hand"))
        .bind(tr("When did you expect the parcel, and what did the delay cost you? Would a delivery slot you choose "
                 "help next time?"))
        .bind(tr("Apologise for the wait; check the tracking while you are on the call; offer a new slot or a refund "
                 "of the delivery fee."))
        .bind(tr("The parcel is on its way on a day the customer chose; the carrier's failure is recorded for "
                 "Logistics."))
        .bind(checklist.join(QLatin1Char('\n')))
        .bindTime(at)
        .exec();
}

// An action plan as a team would have it: one done and one under way, each measured since its
// approval, one proposed from the biggest driver and one declined with its reason.
void DemoGenerator::addDemoActions(const QHash<QString, Theme>& themes, const QList<qint64>& agents, qint64 manager,
                                   const QDateTime& now)
{
    const auto themeIds = [&themes](std::initializer_list<const char*> names) {
        QList<qint64> ids;
        for (const char* name : names) {
            if (const qint64 id = themes.value(QString::fromLatin1(name)).id) {
                ids << id;
            }
        }
        return ids;
    };
    const QDate today = now.toUTC().date();
    const auto task = [&](const QString& title, int agent, int dueInDays, bool done) {
        return ActionTask{
            0, 0, title, agents.isEmpty() ? 0 : agents.at(agent % agents.size()), today.addDays(dueInDays), done};
    };
    struct Planned {
        Action action;
        int approvedDaysAgo = 0; // 0: not approved
    };
    QList<Planned> plan;
    Action deliverySlots;
    deliverySlots.title = tr("Two-hour delivery slots chosen by the customer");
    deliverySlots.level = Action::Level::Tactical;
    deliverySlots.scope = tr("Parcel and pallet deliveries in Poland and Italy");
    deliverySlots.deadline = today.addDays(-30);
    deliverySlots.budget = 40000;
    deliverySlots.successMetric = tr("Share of detractors naming late delivery");
    deliverySlots.target = tr("Half of what it was");
    deliverySlots.expectedNpsGain = 4.5;
    deliverySlots.status = Action::Status::Done;
    deliverySlots.customerMessage = tr("You can now choose a two-hour delivery slot when you order.");
    deliverySlots.themeIds = themeIds({"Late delivery"});
    deliverySlots.tasks = {task(tr("Pilot with two carriers"), 0, -120, true),
                           task(tr("Roll out to every region"), 1, -40, true)};
    plan.append({deliverySlots, 150});
    Action callback;
    callback.title = tr("Call back within the hour when the queue is long");
    callback.level = Action::Level::Tactical;
    callback.scope = tr("Customer service, weekdays");
    callback.deadline = today.addDays(45);
    callback.budget = 12000;
    callback.successMetric = tr("Detractors naming waiting time");
    callback.target = tr("Below 10 %");
    callback.expectedNpsGain = 2.5;
    callback.status = Action::Status::InProgress;
    callback.themeIds = themeIds({"Long waiting time"});
    callback.tasks = {task(tr("Call-back option in the phone menu"), 2, -20, true),
                      task(tr("Staff the afternoon peak"), 3, -5, false),
                      task(tr("Report the waiting times weekly"), 4, 30, false)};
    plan.append({callback, 75});
    Action invoices;
    invoices.title = tr("Check every invoice against the order before it is sent");
    invoices.level = Action::Level::Strategic;
    invoices.deadline = today.addDays(120);
    invoices.budget = 65000;
    invoices.successMetric = tr("Detractors naming wrong invoices");
    invoices.expectedNpsGain = 3.0;
    invoices.status = Action::Status::Proposed;
    invoices.themeIds = themeIds({"Wrong invoice"});
    plan.append({invoices, 0});
    Action returns;
    returns.title = tr("Free returns for everyone");
    returns.deadline = today.addDays(90);
    returns.budget = 250000;
    returns.expectedNpsGain = 1.5;
    returns.status = Action::Status::Rejected;
    returns.rejectionReason = tr("It would raise prices for every customer to serve a few.");
    returns.customerMessage = tr("Returns stay free for faulty products; we are making faults rarer instead.");
    returns.themeIds = themeIds({"Returns and complaints"});
    plan.append({returns, 0});

    ActionStore store(m_db);
    for (Planned& p : plan) {
        p.action.ownerId = manager;
        const qint64 id = store.add(p.action);
        if (p.approvedDaysAgo > 0) {
            const QDateTime approvedAt = now.addDays(-p.approvedDaysAgo);
            p.action.id = id;
            storeBaseline(m_db, id, measureBaseline(m_db, p.action, approvedAt));
        }
    }
}

DemoGenerator::Summary DemoGenerator::generate(const Options& options)
{
    if (options.responses < 1 || options.responses > 5'000'000) {
        throw StorageError(tr("The number of demo answers must be between 1 and 5,000,000."));
    }
    ResponseStore responses(m_db);
    if (responses.count() > 0) {
        throw StorageError(tr("This database already holds survey answers; demo data goes into a new, empty "
                              "database only."));
    }
    DemoRandom random(options.seed);
    const QDateTime now = m_clock.nowUtc();
    Summary summary;
    Transaction transaction(m_db);

    // Staff: a team lead, a CX manager and six agents.
    StaffStore staffStore(m_db);
    QList<qint64> agents;
    qint64 managerId = 0;
    const QList<QPair<QString, Staff::Role>> team{{QStringLiteral("Marta Zielińska"), Staff::Role::Manager},
                                                  {QStringLiteral("Davide Conti"), Staff::Role::Manager},
                                                  {QStringLiteral("Ewa Malinowska"), Staff::Role::Agent},
                                                  {QStringLiteral("Kamil Górski"), Staff::Role::Agent},
                                                  {QStringLiteral("Paola Moretti"), Staff::Role::Agent},
                                                  {QStringLiteral("Stefano Galli"), Staff::Role::Agent},
                                                  {QStringLiteral("Hannah Clarke"), Staff::Role::Agent},
                                                  {QStringLiteral("Tom Fletcher"), Staff::Role::Agent}};
    for (const auto& [name, role] : team) {
        const qint64 id =
            staffStore.add(Staff{0, name, mailName(name) + QStringLiteral("@loopdesk.example"), role, true});
        if (role == Staff::Role::Agent) {
            agents << id;
        } else if (!managerId) {
            managerId = id;
        }
    }

    ThemeStore themeStore(m_db);
    installDefaultTaxonomy(themeStore);
    const ThemeTagger tagger(themeStore.keywords()); // comments are tagged by the rules, as real ones are
    QHash<QString, Theme> themeByName;
    QHash<qint64, Theme> themeById;
    for (const Theme& t : themeStore.themes()) {
        themeByName.insert(t.name, t);
        themeById.insert(t.id, t);
    }

    // B2B accounts; every fourth is a key account.
    AccountStore accountStore(m_db);
    const QStringList companies{QStringLiteral("Baltic Retail Sp. z o.o."),
                                QStringLiteral("Mazovia Pharma S.A."),
                                QStringLiteral("Tatra Outdoor"),
                                QStringLiteral("Vistula Electronics"),
                                QStringLiteral("Lombardia Moda S.r.l."),
                                QStringLiteral("Ferramenta Romana"),
                                QStringLiteral("Adriatica Food S.p.A."),
                                QStringLiteral("Torino Auto Parti"),
                                QStringLiteral("Thames Office Supply"),
                                QStringLiteral("Pennine Garden Ltd"),
                                QStringLiteral("Severn Books"),
                                QStringLiteral("Kraków Design Studio")};
    QList<qint64> accounts;
    QList<bool> keyAccounts;
    for (int i = 0; i < companies.size(); ++i) {
        const bool key = i % 4 == 0;
        accounts << accountStore.add(Account{0, companies.at(i), random.pick(agents),
                                             key ? QStringLiteral("gold") : QStringLiteral("silver"), key});
        keyAccounts << key;
    }

    // Customers: about one for every 1.4 answers, so that some answer more than once.
    CustomerStore customerStore(m_db);
    const QList<Region> regionList = regions();
    QList<DemoCustomer> customers;
    const int customerCount = std::max(1, options.responses * 5 / 7);
    for (int i = 0; i < customerCount; ++i) {
        DemoCustomer c;
        c.region = static_cast<int>(random.between(0, regionList.size() - 1));
        const Region& region = regionList.at(c.region);
        const demo::Phrasebook& words = demo::phrasebook(region.language);
        const QString first = random.pick(words.firstNames);
        const QString last = random.pick(words.lastNames);
        c.business = random.chance(0.3);
        Customer record;
        record.externalId = QStringLiteral("C%1").arg(100000 + i);
        record.name = first + QLatin1Char(' ') + last;
        record.email = QStringLiteral("%1.%2%3@%4").arg(first.toLower(), last.toLower()).arg(i).arg(words.mailDomain);
        record.phone = words.phonePrefix + QStringLiteral("%1 %2 %3")
                                               .arg(random.between(10, 99))
                                               .arg(random.between(100, 999))
                                               .arg(random.between(100, 999));
        record.language = region.language;
        if (c.business) {
            const auto index = static_cast<int>(random.between(0, accounts.size() - 1));
            c.accountId = accounts.at(index);
            c.keyAccount = keyAccounts.at(index);
        }
        record.accountId = c.accountId;
        record.keyAccount = c.keyAccount;
        record.value = std::round(random.between(200, 20000) * (c.business ? 12.0 : 1.0));
        c.id = customerStore.add(record);
        customers << c;
    }
    summary.customers = customers.size();

    // Six quarters up to today, each with a relationship survey and a post-delivery survey.
    WaveStore waveStore(m_db);
    const Quarter current = Quarter::containing(now.date());
    QList<Quarter> quarters;
    for (Quarter q = current; quarters.size() < kQuarters; q = q.previous()) {
        quarters.prepend(q);
    }
    const QStringList products{QStringLiteral("Standard parcel"), QStringLiteral("Express parcel"),
                               QStringLiteral("Pallet freight"), QStringLiteral("Returns service")};
    const QList<double> productShift{0.02, -0.05, 0.0, -0.03};
    const QStringList channels{QStringLiteral("Web"), QStringLiteral("App"), QStringLiteral("Phone"),
                               QStringLiteral("Parcel shop")};
    const QList<Theme> subThemes = [&] {
        QList<Theme> list;
        for (const Theme& t : themeByName) {
            if (t.parentId != 0) {
                list << t;
            }
        }
        std::sort(list.begin(), list.end(), [](const Theme& a, const Theme& b) { return a.id < b.id; });
        return list;
    }();

    CaseStore caseStore(m_db);
    AuditStore audit(m_db);
    int inProgressSeen = 0;
    struct DemoExample {
        qint64 caseId = 0;
        qint64 themeId = 0;
        qint64 ownerId = 0;
        QDateTime at;
    };
    QList<DemoExample> exemplary;
    const int perQuarter = options.responses / kQuarters;
    int agentTurn = 0;
    for (int qi = 0; qi < kQuarters; ++qi) {
        const Quarter& quarter = quarters.at(qi);
        const QDateTime start(quarter.firstDay(), QTime(0, 0), Qt::UTC);
        const QDateTime end = std::min(QDateTime(quarter.next().firstDay(), QTime(0, 0), Qt::UTC), now.addSecs(-kHour));
        const int count = qi == kQuarters - 1 ? options.responses - perQuarter * (kQuarters - 1) : perQuarter;
        const qint64 relationship =
            waveStore.add(Wave{0, tr("Relationship NPS %1").arg(quarter.label()), Wave::Kind::Relationship, Metric::Nps,
                               quarter.firstDay(), quarter.lastDay(), count * 60 / 100 * 10 / 3});
        const qint64 transactional =
            waveStore.add(Wave{0, tr("After-delivery survey %1").arg(quarter.label()), Wave::Kind::Transactional,
                               Metric::Nps, quarter.firstDay(), quarter.lastDay(), count * 40 / 100 * 4});
        summary.waves += 2;
        const qint64 span = std::max<qint64>(1, start.secsTo(end));
        for (int i = 0; i < count; ++i) {
            const DemoCustomer& customer =
                customers.at(static_cast<qsizetype>(random.between(0, customers.size() - 1)));
            const Region& region = regionList.at(customer.region);
            const auto product = static_cast<int>(random.between(0, products.size() - 1));
            Response r;
            r.waveId = random.chance(0.6) ? relationship : transactional;
            r.customerId = customer.id;
            r.externalId = QStringLiteral("R%1-%2").arg(quarter.label()).arg(i + 1, 6, 10, QLatin1Char('0'));
            // The current quarter's latest send-out went out this week: a burst of fresh answers.
            const bool fresh = qi == kQuarters - 1 && random.chance(0.15);
            r.answeredAt =
                fresh ? now.addSecs(-random.between(kHour, 72 * kHour)) : start.addSecs(random.between(0, span - 1));
            r.metric = Metric::Nps;
            r.score = drawScore(random, qi, region.npsShift + productShift.at(product));
            r.language = region.language;
            r.segments.insert(QStringLiteral("region"), region.name);
            r.segments.insert(QStringLiteral("product"), products.at(product));
            r.segments.insert(QStringLiteral("business_unit"),
                              customer.business ? QStringLiteral("Business") : QStringLiteral("Consumer"));
            r.segments.insert(QStringLiteral("channel"), random.pick(channels));

            const demo::Phrasebook& words = demo::phrasebook(region.language);
            qint64 themeId = 0;
            const ScoreClass cls = *classify(Metric::Nps, r.score);
            if (cls != ScoreClass::Positive && random.chance(cls == ScoreClass::Negative ? 0.85 : 0.5)) {
                // Express parcels are late more often: a driver worth finding.
                const auto& complaint =
                    product == 1 && random.chance(0.4) ? words.complaints.first() : random.pick(words.complaints);
                r.comment = random.pick(complaint.second);
                themeId = themeByName.value(complaint.first).id;
            } else if (cls == ScoreClass::Positive && random.chance(0.5)) {
                r.comment = random.pick(words.praise);
            }
            const qint64 responseId = *responses.add(r);
            for (const qint64 tagged : tagger.themesFor(r.comment, r.language)) {
                responses.tag(responseId, tagged, false);
            }
            ++summary.responses;

            // Every detractor gets a case; passives of key accounts too.
            if (cls == ScoreClass::Positive || (cls == ScoreClass::Neutral && !customer.keyAccount)) {
                continue;
            }
            FollowUpCase c;
            c.responseId = responseId;
            c.category = cls;
            c.createdAt = r.answeredAt;
            c.firstContactDue = r.answeredAt.addSecs((customer.keyAccount ? 24 : 48) * kHour);
            c.resolutionDue = r.answeredAt.addDays(14);
            const qint64 ageHours = r.answeredAt.secsTo(now) / kHour;
            const double u = random.unit();
            using S = FollowUpCase::Status;
            if (ageHours < 24) {
                c.status = u < 0.6 ? S::New : S::Contacting;
            } else if (ageHours < 72) {
                c.status = u < 0.25 ? S::New : u < 0.6 ? S::Contacting : S::InProgress;
            } else if (ageHours < 14 * 24) {
                c.status = u < 0.1    ? S::Contacting
                           : u < 0.45 ? S::InProgress
                           : u < 0.6  ? S::Unreachable
                           : u < 0.8  ? S::Resolved
                                      : S::Closed;
            } else {
                c.status = u < 0.78   ? S::Closed
                           : u < 0.86 ? S::Unreachable
                           : u < 0.93 ? S::Resolved
                           : u < 0.97 ? S::Reopened
                                      : S::InProgress;
            }
            const bool unassigned = c.status == S::New && random.chance(0.4);
            c.ownerId = unassigned ? 0 : agents.at(agentTurn++ % agents.size());
            c.reassignmentCount = random.chance(0.1) ? (random.chance(0.2) ? 2 : 1) : 0;
            c.escalated = c.status != S::Closed && ageHours > 48 && random.chance(0.15);

            // Contact attempts: most within the SLA, some late, as in real teams.
            QList<ContactAttempt> log;
            if (c.status != S::New) {
                const int attempts = c.status == S::Unreachable ? 3 : static_cast<int>(random.between(1, 2));
                // Most first calls are within the SLA, some late; none after "now".
                QDateTime at = r.answeredAt.addSecs(random.between(1, random.chance(0.8) ? 40 : 80) * kHour);
                at = std::min(at, r.answeredAt.addSecs(r.answeredAt.secsTo(now) / 2));
                for (int a = 0; a < attempts && at < now; ++a) {
                    const bool reached = c.status != S::Unreachable && c.status != S::Contacting && a == attempts - 1;
                    const auto mode = random.chance(0.8) ? ContactAttempt::Mode::Phone : ContactAttempt::Mode::Email;
                    log << ContactAttempt{
                        0,
                        0,
                        at,
                        mode,
                        reached,
                        reached ? tr("Talked it through; agreed the next step.") : tr("No answer; left a message."),
                        c.ownerId};
                    at = at.addSecs(random.between(3, 30) * kHour);
                }
            }
            if (!log.isEmpty()) {
                c.firstContactAt = log.first().at;
            }
            if (c.status == S::Closed || c.status == S::Resolved || c.status == S::Reopened) {
                const Theme& cause = themeId ? themeById.value(themeId) : random.pick(subThemes);
                c.rootCauseThemeId = cause.id;
                c.departmentId = cause.departmentId;
                const double o = random.unit();
                c.outcome = o < 0.5    ? FollowUpCase::Outcome::Saved
                            : o < 0.85 ? FollowUpCase::Outcome::NotSaved
                                       : FollowUpCase::Outcome::Declined;
                if (random.chance(0.25)) {
                    c.compensationKind = tr("Voucher");
                    c.compensationValue = static_cast<double>(random.between(1, 5) * 10);
                }
                if (c.status == S::Closed) {
                    c.closedAt = std::min(now, r.answeredAt.addDays(random.between(3, 12)));
                    if (random.chance(0.75)) {
                        c.customerInformedAt = c.closedAt;
                    }
                    if (random.chance(0.3)) {
                        const bool saved = c.outcome == FollowUpCase::Outcome::Saved;
                        c.resurveyScore = static_cast<int>(random.between(saved ? 7 : 2, 10));
                    }
                }
            } else if (c.status == S::Unreachable) {
                c.outcome = FollowUpCase::Outcome::Unreachable;
            }
            // Now and then a refund above the agents' limit, waiting for a manager (no random draw:
            // the rest of the demo stays as it was).
            if (c.status == S::InProgress && c.ownerId && ++inProgressSeen % 12 == 0 && !log.isEmpty()) {
                c.compensationKind = tr("Refund");
                c.compensationValue = static_cast<double>(60 + (inProgressSeen / 12 % 5) * 20);
                c.approval = FollowUpCase::Approval::Pending;
                c.approvalDue = std::max(log.last().at.addSecs(24 * kHour), now.addSecs(2 * kHour));
            }
            c.updatedAt = c.closedAt.isValid() ? c.closedAt : c.firstContactAt.isValid() ? log.last().at : c.createdAt;
            c.updatedBy = c.ownerId;
            const qint64 caseId = caseStore.add(c);
            for (ContactAttempt& attempt : log) {
                attempt.caseId = caseId;
                caseStore.addAttempt(attempt);
            }
            if (c.status != S::New) {
                audit.append(AuditEntry{0, c.updatedAt, c.ownerId, QStringLiteral("case"), caseId,
                                        QStringLiteral("status"), QStringLiteral("new"), caseStatusKey(c.status)});
            }
            if (c.status == S::Closed && c.outcome == FollowUpCase::Outcome::Saved && c.customerInformedAt.isValid() &&
                caseId % 23 == 0 && exemplary.size() < 8) {
                exemplary.append({caseId, c.rootCauseThemeId, c.ownerId, c.closedAt});
            }
            ++summary.cases;
        }
    }

    addDemoPlaybook(themeByName.value(QStringLiteral("Late delivery")).id, now);
    addDemoActions(themeByName, agents, managerId, now);
    // Recoveries agents marked as exemplary; managers featured most of them.
    const QHash<QString, QString> notes{
        {QStringLiteral("Delivery"), tr("Called the same day, apologised, rebooked the delivery for the morning and "
                                        "rang back when it arrived.")},
        {QStringLiteral("Billing"), tr("Explained the bill line by line, refunded the double charge during the call "
                                       "and confirmed it by e-mail.")},
        {QStringLiteral("Customer service"), tr("Called back within the hour, apologised for the wait, solved it on "
                                                "the call and left a direct number for next time.")},
        {QStringLiteral("Product"), tr("Replaced the product the next day and called after it arrived to check that "
                                       "everything worked.")},
        {QStringLiteral("Digital channels"), tr("Walked the customer through the app on the phone and reported the "
                                                "bug to IT with their screenshots.")},
    };
    for (qsizetype i = 0; i < exemplary.size(); ++i) {
        const DemoExample& e = exemplary.at(i);
        const Theme theme = themeById.value(e.themeId);
        const QString family = theme.parentId ? themeById.value(theme.parentId).name : theme.name;
        Statement(m_db.connection(),
                  QStringLiteral("INSERT INTO exemplary_recovery (case_id, theme_id, note, marked_by, marked_at, "
                                 "curation, curated_by, curated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"))
            .bind(e.caseId)
            .bindId(e.themeId)
            .bind(notes.value(family, notes.value(QStringLiteral("Customer service"))))
            .bindId(e.ownerId)
            .bindTime(e.at)
            .bind(i % 4 == 3 ? QStringLiteral("proposed") : QStringLiteral("featured"))
            .bindId(i % 4 == 3 ? 0 : managerId)
            .bindTime(i % 4 == 3 ? QDateTime() : e.at.addDays(1))
            .exec();
    }

    SettingsStore settings(m_db);
    settings.setValue(QStringLiteral("demo.seed"), QString::number(options.seed));
    settings.setValue(QStringLiteral("demo.generated_at"), now.toString(Qt::ISODate));
    transaction.commit();
    return summary;
}

} // namespace loopdesk::core
