// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflow/playbooks.h"

#include "domain/auditentry.h"
#include "domain/clock.h"
#include "domain/staff.h"
#include "storage/auditstore.h"
#include "storage/casestore.h"
#include "storage/database.h"
#include "storage/responsestore.h"
#include "storage/staffstore.h"
#include "storage/statement.h"
#include "storage/themestore.h"
#include "workflow/caseservice.h"

#include <QHash>
#include <QSet>

namespace loopdesk::core {
namespace {

const QString kColumns = QStringLiteral("id, category, theme_id, shipped, responder, respond_within_hours, mode, ask, "
                                        "say, outcome, checklist, version");

Playbook read(const Statement& s)
{
    Playbook p;
    p.id = s.id(0);
    p.category = caseCategoryFromKey(s.text(1));
    p.themeId = s.id(2);
    p.shipped = s.value(3).toBool();
    if (p.shipped) {
        const Playbook words = Playbooks::shipped(p.category);
        p.responder = words.responder;
        p.mode = words.mode;
        p.ask = words.ask;
        p.say = words.say;
        p.outcome = words.outcome;
        p.checklist = words.checklist;
        p.respondWithinHours = s.value(5).toInt();
    } else {
        p.responder = s.text(4);
        p.respondWithinHours = s.value(5).toInt();
        p.mode = contactModeFromKey(s.text(6)).value_or(ContactAttempt::Mode::Phone);
        p.ask = s.text(7);
        p.say = s.text(8);
        p.outcome = s.text(9);
        p.checklist = s.text(10).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }
    p.version = s.value(11).toInt();
    return p;
}

QStringList cleanChecklist(const QStringList& steps)
{
    QStringList clean;
    for (const QString& step : steps) {
        if (const QString s = step.simplified(); !s.isEmpty()) {
            clean << s;
        }
    }
    return clean;
}

} // namespace

QString curationKey(RecoveryExample::Curation curation)
{
    switch (curation) {
    case RecoveryExample::Curation::Featured:
        return QStringLiteral("featured");
    case RecoveryExample::Curation::Dismissed:
        return QStringLiteral("dismissed");
    case RecoveryExample::Curation::Proposed:
        break;
    }
    return QStringLiteral("proposed");
}

RecoveryExample::Curation curationFromKey(const QString& key)
{
    return key == QLatin1String("featured")    ? RecoveryExample::Curation::Featured
           : key == QLatin1String("dismissed") ? RecoveryExample::Curation::Dismissed
                                               : RecoveryExample::Curation::Proposed;
}

Playbooks::Playbooks(Database& db, const Clock& clock, qint64 actingStaffId)
    : m_db(db)
    , m_clock(clock)
    , m_staffId(actingStaffId)
{}

Playbook Playbooks::shipped(ScoreClass category)
{
    Playbook p;
    p.category = category;
    p.shipped = true;
    switch (category) {
    case ScoreClass::Negative:
        p.responder = tr("The case owner; the team lead for key accounts");
        p.respondWithinHours = 48;
        p.mode = ContactAttempt::Mode::Phone;
        p.ask = tr("Thank you for your answer: I am calling about it personally. What is the one thing we could have "
                   "done better? What happened, step by step, and since when? What would put it right for you now?");
        p.say = tr("Apologise once, sincerely, without excuses: \"I am sorry this happened; it should not have.\" Say "
                   "what you will do and by when, then do it. When the cause is fixed, tell them what changed.");
        p.outcome = tr("The customer knows we listened; the problem is fixed or has a date; the root cause is "
                       "recorded for the department that can fix it.");
        p.checklist = QStringList{tr("Read the answer and the customer's history before calling"),
                                  tr("Ask for the one thing we could have done better"),
                                  tr("Apologise and agree the next step with a date"),
                                  tr("Offer compensation within your limit if it is deserved"),
                                  tr("Record the root cause"),
                                  tr("Tell the customer what was done")};
        break;
    case ScoreClass::Neutral:
        p.responder = tr("The case owner");
        p.respondWithinHours = 120;
        p.mode = ContactAttempt::Mode::Email;
        p.ask = tr("Thank you for your answer. What one or two things would make us a 9 or a 10 for you? Is there "
                   "something we did that you liked?");
        p.say = tr("Thank them for their time; say what you will pass on, to whom, and that you will tell them what "
                   "came of it.");
        p.outcome = tr("One concrete improvement recorded as a root cause; the customer feels heard.");
        p.checklist =
            QStringList{tr("Thank the customer"), tr("Ask for the one or two things that would make it better"),
                        tr("Record the root cause"), tr("Tell the customer what happens next")};
        break;
    case ScoreClass::Positive:
        p.responder = tr("The case owner");
        p.respondWithinHours = 120;
        p.mode = ContactAttempt::Mode::Email;
        p.ask = tr("Thank you! What did you like most? Would you tell others about us, in a review or to a friend?");
        p.say = tr("Thank them personally and by name; invite a review or a referral, and never insist.");
        p.outcome = tr("A thanked customer, and a review, a referral or a quote where they agreed.");
        p.checklist = QStringList{tr("Thank the customer personally"), tr("Ask what they liked most"),
                                  tr("Invite a review or a referral"), tr("Record what they liked")};
        break;
    }
    return p;
}

QList<Playbook> Playbooks::all() const
{
    Statement s(m_db.connection(),
                QStringLiteral("SELECT %1 FROM playbook p ORDER BY p.theme_id IS NOT NULL, CASE p.category WHEN "
                               "'detractor' THEN 0 WHEN 'passive' THEN 1 ELSE 2 END, (SELECT name FROM theme t WHERE "
                               "t.id = p.theme_id)")
                    .arg(kColumns));
    s.exec();
    QList<Playbook> list;
    while (s.next()) {
        list << read(s);
    }
    return list;
}

std::optional<Playbook> Playbooks::get(qint64 id) const
{
    Statement s(m_db.connection(), QStringLiteral("SELECT %1 FROM playbook WHERE id = ?").arg(kColumns));
    s.bind(id).exec();
    return s.next() ? std::optional(read(s)) : std::nullopt;
}

QList<qint64> Playbooks::caseThemes(const FollowUpCase& followUp) const
{
    QHash<qint64, qint64> parentOf;
    for (const Theme& t : ThemeStore(m_db).themes()) {
        parentOf.insert(t.id, t.parentId);
    }
    QList<qint64> direct;
    if (followUp.rootCauseThemeId) {
        direct << followUp.rootCauseThemeId;
    }
    direct << ResponseStore(m_db).themes(followUp.responseId);
    QList<qint64> ordered;
    for (qint64 id : direct) {
        for (qint64 t : {id, parentOf.value(id)}) {
            if (t && !ordered.contains(t)) {
                ordered << t;
            }
        }
    }
    return ordered;
}

Playbook Playbooks::forCase(const FollowUpCase& followUp) const
{
    return match(followUp.category, caseThemes(followUp));
}

Playbook Playbooks::match(ScoreClass category, const QList<qint64>& themeIds) const
{
    Statement s(
        m_db.connection(),
        QStringLiteral("SELECT %1 FROM playbook WHERE category = ? ORDER BY theme_id IS NOT NULL").arg(kColumns));
    s.bind(caseCategoryKey(category)).exec();
    std::optional<Playbook> general;
    QHash<qint64, Playbook> byTheme;
    while (s.next()) {
        const Playbook p = read(s);
        if (p.themeId == 0) {
            general = p;
        } else {
            byTheme.insert(p.themeId, p);
        }
    }
    for (qint64 theme : themeIds) {
        if (const auto it = byTheme.constFind(theme); it != byTheme.cend()) {
            return *it;
        }
    }
    return general ? *general : shipped(category);
}

void Playbooks::requireManager(const QString& refusal) const
{
    const std::optional<Staff> me = StaffStore(m_db).get(m_staffId);
    if (!me || me->role != Staff::Role::Manager) {
        throw WorkflowError(refusal);
    }
}

void Playbooks::audit(const QString& entity, qint64 id, const QString& field, const QString& before,
                      const QString& after) const
{
    AuditStore(m_db).append(AuditEntry{0, m_clock.nowUtc(), m_staffId, entity, id, field, before, after});
}

qint64 Playbooks::add(const Playbook& playbook)
{
    requireManager(tr("Only a manager can add a playbook."));
    const std::optional<Theme> theme = ThemeStore(m_db).getTheme(playbook.themeId);
    if (!theme) {
        throw WorkflowError(tr("Choose the theme this playbook is for; each category already has its own."));
    }
    Statement exists(m_db.connection(), QStringLiteral("SELECT 1 FROM playbook WHERE category = ? AND theme_id = ?"));
    exists.bind(caseCategoryKey(playbook.category)).bind(theme->id).exec();
    if (exists.next()) {
        throw WorkflowError(tr("\"%1\" already has a playbook for this category: edit that one.").arg(theme->name));
    }
    Transaction transaction(m_db);
    Statement s(m_db.connection(),
                QStringLiteral("INSERT INTO playbook (category, theme_id, shipped, responder, respond_within_hours, "
                               "mode, ask, say, outcome, checklist, updated_at, updated_by) VALUES (?, ?, 0, ?, ?, ?, "
                               "?, ?, ?, ?, ?, ?) RETURNING id"));
    s.bind(caseCategoryKey(playbook.category))
        .bind(theme->id)
        .bind(playbook.responder.trimmed())
        .bind(std::clamp(playbook.respondWithinHours, 1, 1440))
        .bind(contactModeKey(playbook.mode))
        .bind(playbook.ask.trimmed())
        .bind(playbook.say.trimmed())
        .bind(playbook.outcome.trimmed())
        .bind(cleanChecklist(playbook.checklist).join(QLatin1Char('\n')))
        .bindTime(m_clock.nowUtc())
        .bindId(m_staffId)
        .exec();
    const qint64 id = s.lastInsertId();
    audit(QStringLiteral("playbook"), id, QStringLiteral("created"), {},
          QStringLiteral("%1 / %2").arg(caseCategoryKey(playbook.category), theme->name));
    transaction.commit();
    return id;
}

Playbook Playbooks::save(const Playbook& playbook)
{
    requireManager(tr("Only a manager can edit a playbook."));
    Transaction transaction(m_db);
    const std::optional<Playbook> before = get(playbook.id);
    if (!before) {
        throw WorkflowError(tr("This playbook no longer exists."));
    }
    Statement s(m_db.connection(),
                QStringLiteral("UPDATE playbook SET shipped = 0, responder = ?, respond_within_hours = ?, mode = ?, "
                               "ask = ?, say = ?, outcome = ?, checklist = ?, version = version + 1, updated_at = ?, "
                               "updated_by = ? WHERE id = ? AND version = ?"));
    const QString checklist = cleanChecklist(playbook.checklist).join(QLatin1Char('\n'));
    s.bind(playbook.responder.trimmed())
        .bind(std::clamp(playbook.respondWithinHours, 1, 1440))
        .bind(contactModeKey(playbook.mode))
        .bind(playbook.ask.trimmed())
        .bind(playbook.say.trimmed())
        .bind(playbook.outcome.trimmed())
        .bind(checklist)
        .bindTime(m_clock.nowUtc())
        .bindId(m_staffId)
        .bind(playbook.id)
        .bind(playbook.version)
        .exec();
    if (s.rowsAffected() != 1) {
        throw StaleEditError(tr("Someone changed this playbook after you opened it. Your changes were not saved; "
                                "reload it to see theirs."));
    }
    const QList<QPair<QString, QPair<QString, QString>>> fields{
        {QStringLiteral("responder"), {before->responder, playbook.responder.trimmed()}},
        {QStringLiteral("respond_within_hours"),
         {QString::number(before->respondWithinHours), QString::number(playbook.respondWithinHours)}},
        {QStringLiteral("mode"), {contactModeKey(before->mode), contactModeKey(playbook.mode)}},
        {QStringLiteral("ask"), {before->ask, playbook.ask.trimmed()}},
        {QStringLiteral("say"), {before->say, playbook.say.trimmed()}},
        {QStringLiteral("outcome"), {before->outcome, playbook.outcome.trimmed()}},
        {QStringLiteral("checklist"), {before->checklist.join(QLatin1Char('\n')), checklist}}};
    for (const auto& [field, values] : fields) {
        if (values.first != values.second) {
            audit(QStringLiteral("playbook"), playbook.id, field, values.first, values.second);
        }
    }
    transaction.commit();
    return *get(playbook.id);
}

Playbook Playbooks::restoreShipped(qint64 id)
{
    requireManager(tr("Only a manager can edit a playbook."));
    const std::optional<Playbook> before = get(id);
    if (!before || before->themeId != 0) {
        throw WorkflowError(tr("Only a category's own playbook has LoopDesk's words to go back to."));
    }
    Transaction transaction(m_db);
    Statement s(m_db.connection(),
                QStringLiteral("UPDATE playbook SET shipped = 1, responder = '', mode = 'phone', ask = '', say = '', "
                               "outcome = '', checklist = '', respond_within_hours = ?, version = version + 1, "
                               "updated_at = ?, updated_by = ? WHERE id = ?"));
    s.bind(shipped(before->category).respondWithinHours).bindTime(m_clock.nowUtc()).bindId(m_staffId).bind(id).exec();
    audit(QStringLiteral("playbook"), id, QStringLiteral("shipped"), QStringLiteral("no"), QStringLiteral("yes"));
    transaction.commit();
    return *get(id);
}

void Playbooks::remove(qint64 id)
{
    requireManager(tr("Only a manager can remove a playbook."));
    const std::optional<Playbook> before = get(id);
    if (!before) {
        return;
    }
    if (before->themeId == 0) {
        throw WorkflowError(tr("A category always keeps its own playbook; edit it instead."));
    }
    Transaction transaction(m_db);
    Statement(m_db.connection(), QStringLiteral("DELETE FROM playbook WHERE id = ?")).bind(id).exec();
    audit(QStringLiteral("playbook"), id, QStringLiteral("removed"), QString::number(before->themeId), {});
    transaction.commit();
}

QMap<int, PlaybookStep> Playbooks::steps(qint64 caseId) const
{
    Statement s(m_db.connection(),
                QStringLiteral("SELECT step, text, done_at, done_by FROM case_playbook_step WHERE case_id = ?"));
    s.bind(caseId).exec();
    QMap<int, PlaybookStep> done;
    while (s.next()) {
        done.insert(s.value(0).toInt(), PlaybookStep{s.value(0).toInt(), s.text(1), s.time(2), s.id(3)});
    }
    return done;
}

void Playbooks::setStepDone(qint64 caseId, int step, const QString& text, bool done)
{
    if (!CaseStore(m_db).get(caseId)) {
        throw WorkflowError(tr("There is no case %1.").arg(caseId));
    }
    if (step < 0) {
        throw WorkflowError(tr("There is no such step."));
    }
    Transaction transaction(m_db);
    const bool was = steps(caseId).contains(step);
    if (was == done) {
        return;
    }
    if (done) {
        Statement(m_db.connection(), QStringLiteral("INSERT INTO case_playbook_step (case_id, step, text, done_at, "
                                                    "done_by) VALUES (?, ?, ?, ?, ?)"))
            .bind(caseId)
            .bind(step)
            .bind(text)
            .bindTime(m_clock.nowUtc())
            .bindId(m_staffId)
            .exec();
    } else {
        Statement(m_db.connection(), QStringLiteral("DELETE FROM case_playbook_step WHERE case_id = ? AND step = ?"))
            .bind(caseId)
            .bind(step)
            .exec();
    }
    audit(QStringLiteral("case"), caseId, QStringLiteral("playbook_step"), done ? QString() : text,
          done ? text : QString());
    transaction.commit();
}

void Playbooks::markExemplary(qint64 caseId, const QString& note)
{
    const std::optional<FollowUpCase> c = CaseStore(m_db).get(caseId);
    if (!c) {
        throw WorkflowError(tr("There is no case %1.").arg(caseId));
    }
    if (c->status != FollowUpCase::Status::Resolved && c->status != FollowUpCase::Status::Closed) {
        throw WorkflowError(tr("Mark a recovery as exemplary once the case is resolved or closed."));
    }
    if (note.trimmed().isEmpty()) {
        throw WorkflowError(tr("Say in a sentence or two what worked, for colleagues who meet the same problem."));
    }
    const QList<qint64> themes = caseThemes(*c);
    const qint64 theme = c->rootCauseThemeId ? c->rootCauseThemeId : (themes.isEmpty() ? 0 : themes.first());
    if (!theme) {
        throw WorkflowError(tr("Choose the case's root cause first: a recovery is shown in the playbook of its "
                               "theme."));
    }
    Transaction transaction(m_db);
    const std::optional<RecoveryExample> before = example(caseId);
    Statement(m_db.connection(),
              QStringLiteral("INSERT INTO exemplary_recovery (case_id, theme_id, note, marked_by, marked_at) VALUES "
                             "(?, ?, ?, ?, ?) ON CONFLICT (case_id) DO UPDATE SET theme_id = excluded.theme_id, "
                             "note = excluded.note, marked_by = excluded.marked_by, marked_at = excluded.marked_at, "
                             "curation = 'proposed', curated_by = NULL, curated_at = NULL"))
        .bind(caseId)
        .bind(theme)
        .bind(note.trimmed())
        .bindId(m_staffId)
        .bindTime(m_clock.nowUtc())
        .exec();
    audit(QStringLiteral("case"), caseId, QStringLiteral("exemplary_note"), before ? before->note : QString(),
          note.trimmed());
    transaction.commit();
}

void Playbooks::curate(qint64 caseId, RecoveryExample::Curation curation)
{
    requireManager(tr("Only a manager can feature or dismiss a recovery."));
    Transaction transaction(m_db);
    const std::optional<RecoveryExample> before = example(caseId);
    if (!before) {
        throw WorkflowError(tr("Case %1 was not marked as an exemplary recovery.").arg(caseId));
    }
    Statement(m_db.connection(), QStringLiteral("UPDATE exemplary_recovery SET curation = ?, curated_by = ?, "
                                                "curated_at = ? WHERE case_id = ?"))
        .bind(curationKey(curation))
        .bindId(m_staffId)
        .bindTime(m_clock.nowUtc())
        .bind(caseId)
        .exec();
    audit(QStringLiteral("case"), caseId, QStringLiteral("exemplary_curation"), curationKey(before->curation),
          curationKey(curation));
    transaction.commit();
}

namespace {

const QString kExampleSelect =
    QStringLiteral("SELECT e.case_id, e.theme_id, coalesce(t.name, ''), e.note, e.marked_by, coalesce(s.name, ''), "
                   "e.marked_at, e.curation, coalesce(t.parent_id, 0) FROM exemplary_recovery e LEFT JOIN theme t ON "
                   "t.id = e.theme_id LEFT JOIN staff s ON s.id = e.marked_by");

RecoveryExample readExample(const Statement& s)
{
    return RecoveryExample{s.id(0), s.id(1),   s.text(2), s.text(3),
                           s.id(4), s.text(5), s.time(6), curationFromKey(s.text(7))};
}

} // namespace

std::optional<RecoveryExample> Playbooks::example(qint64 caseId) const
{
    Statement s(m_db.connection(), kExampleSelect + QStringLiteral(" WHERE e.case_id = ?"));
    s.bind(caseId).exec();
    return s.next() ? std::optional(readExample(s)) : std::nullopt;
}

QList<RecoveryExample> Playbooks::examples() const
{
    Statement s(m_db.connection(), kExampleSelect + QStringLiteral(" ORDER BY e.marked_at DESC, e.case_id DESC"));
    s.exec();
    QList<RecoveryExample> list;
    while (s.next()) {
        list << readExample(s);
    }
    return list;
}

QList<RecoveryExample> Playbooks::featuredFor(const QList<qint64>& themeIds) const
{
    const QSet<qint64> wanted(themeIds.cbegin(), themeIds.cend());
    Statement s(m_db.connection(), kExampleSelect + QStringLiteral(" WHERE e.curation = 'featured' ORDER BY "
                                                                   "e.marked_at DESC, e.case_id DESC"));
    s.exec();
    QList<RecoveryExample> list;
    while (s.next()) {
        if (wanted.contains(s.id(1)) || wanted.contains(s.id(8))) {
            list << readExample(s);
        }
    }
    return list;
}

} // namespace loopdesk::core
