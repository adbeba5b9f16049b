// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "inbox/caseeditor.h"

#include "common/appearance.h"

#include "domain/clock.h"
#include "inbox/inboxmodel.h"
#include "storage/accountstore.h"
#include "storage/auditstore.h"
#include "storage/casestore.h"
#include "storage/customerstore.h"
#include "storage/database.h"
#include "storage/responsestore.h"
#include "storage/staffstore.h"
#include "storage/themestore.h"
#include "storage/wavestore.h"
#include "workflow/caseservice.h"
#include "workflow/casestatusmachine.h"
#include "workflow/contacttemplate.h"
#include "workflow/playbooks.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSpinBox>
#include <QStyle>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

#include <algorithm>

namespace loopdesk::ui {
namespace {

QString when(const QDateTime& t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QString();
}

template <typename T>
T* named(T* widget, const char* name, const QString& accessible)
{
    widget->setObjectName(QString::fromLatin1(name));
    widget->setAccessibleName(accessible);
    return widget;
}

} // namespace

CaseEditor::CaseEditor(core::Database& db, const core::Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("caseEditor"));
    build();
    showCase(0);
}

QSize CaseEditor::minimumSizeHint() const
{
    // The pane never scrolls sideways: it is at least as wide as its widest row of buttons, in any
    // language (the body's rows change with the case shown).
    const int width = m_body->minimumSizeHint().width() + style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 4;
    return {std::max(420, width), QWidget::minimumSizeHint().height()};
}

void CaseEditor::build()
{
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the pane wraps; it never scrolls sideways
    outer->addWidget(scroll);
    m_body = new QWidget(scroll);
    scroll->setWidget(m_body);
    auto* layout = new QVBoxLayout(m_body);

    m_conflict = named(new QLabel(m_body), "conflictBanner", tr("Conflict"));
    m_conflict->setWordWrap(true);
    m_conflict->setStyleSheet(QStringLiteral("QLabel { background: #fdecea; color: #8a1c1c; padding: 6px; }"));
    m_reload = named(new QPushButton(tr("Reload the case"), m_body), "reloadButton", tr("Reload the case"));
    connect(m_reload, &QPushButton::clicked, this, &CaseEditor::reload);
    auto* conflictRow = new QHBoxLayout;
    conflictRow->addWidget(m_conflict, 1);
    conflictRow->addWidget(m_reload);
    layout->addLayout(conflictRow);

    m_title = named(new QLabel(m_body), "caseTitle", tr("Case"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setWordWrap(true);
    layout->addWidget(m_title);
    m_meta = named(new QLabel(m_body), "caseMeta", tr("Case details"));
    m_meta->setWordWrap(true);
    m_meta->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_meta);
    m_comment = named(new QLabel(m_body), "caseComment", tr("Comment"));
    m_comment->setWordWrap(true);
    m_comment->setTextFormat(Qt::PlainText); // what customers wrote is never read as markup
    m_comment->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_comment->setStyleSheet(QStringLiteral("QLabel { font-style: italic; padding: 4px 0; }"));
    layout->addWidget(m_comment);
    m_contact = named(new QLabel(m_body), "contactLinks", tr("Call or write"));
    m_contact->setTextFormat(Qt::RichText);
    m_contact->setOpenExternalLinks(true);
    m_contact->setWordWrap(true);
    layout->addWidget(m_contact);
    m_message = named(new QLabel(m_body), "editorMessage", tr("Message"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(statusStyle(true));
    layout->addWidget(m_message);

    // What to ask, say and aim for with this kind of customer and problem, and the steps done.
    m_playbookBox = named(new QGroupBox(m_body), "playbookBox", tr("Playbook"));
    auto* playbook = new QFormLayout(m_playbookBox);
    const auto text = [this](const char* name, const QString& accessible) {
        auto* label = named(new QLabel(m_playbookBox), name, accessible);
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText); // the team's own words, never markup
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        return label;
    };
    m_playbookWho = text("playbookWhoLabel", tr("Who responds, how and how soon"));
    playbook->addRow(tr("Who:"), m_playbookWho);
    m_playbookAsk = text("playbookAskLabel", tr("What to ask"));
    playbook->addRow(tr("Ask:"), m_playbookAsk);
    m_playbookSay = text("playbookSayLabel", tr("What to say"));
    playbook->addRow(tr("Say:"), m_playbookSay);
    m_playbookOutcome = text("playbookOutcomeLabel", tr("Intended outcome"));
    playbook->addRow(tr("Aim:"), m_playbookOutcome);
    m_checklist = named(new QListWidget(m_playbookBox), "playbookChecklist", tr("Checklist"));
    m_checklist->setWordWrap(true);
    m_checklist->setToolTip(tr("Tick each step when it is done: the case keeps who did it and when."));
    m_checklist->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_checklist->installEventFilter(this);
    connect(m_checklist, &QListWidget::itemChanged, this, [this](QListWidgetItem* item) {
        stepToggled(m_checklist->row(item), item->text(), item->checkState() == Qt::Checked);
    });
    playbook->addRow(tr("Checklist:"), m_checklist);
    m_whatWorked = text("whatWorkedLabel", tr("What worked before"));
    playbook->addRow(tr("What worked:"), m_whatWorked);
    layout->addWidget(m_playbookBox);

    auto* contactBox = new QGroupBox(tr("Contact attempts"), m_body);
    auto* contactLayout = new QVBoxLayout(contactBox);
    m_attempts = named(new QListWidget(contactBox), "attemptList", tr("Contact attempts"));
    m_attempts->setMaximumHeight(110);
    contactLayout->addWidget(m_attempts);
    auto* quick = new QHBoxLayout;
    m_mode = named(new QComboBox(contactBox), "attemptMode", tr("How"));
    m_mode->addItem(tr("Phone"), QVariant::fromValue(static_cast<int>(core::ContactAttempt::Mode::Phone)));
    m_mode->addItem(tr("E-mail"), QVariant::fromValue(static_cast<int>(core::ContactAttempt::Mode::Email)));
    m_mode->addItem(tr("In person"), QVariant::fromValue(static_cast<int>(core::ContactAttempt::Mode::InPerson)));
    m_mode->addItem(tr("SMS"), QVariant::fromValue(static_cast<int>(core::ContactAttempt::Mode::Sms)));
    m_reached = named(new QCheckBox(tr("Reached"), contactBox), "attemptReached", tr("Reached"));
    m_notes = named(new QLineEdit(contactBox), "attemptNotes", tr("Notes"));
    m_notes->setPlaceholderText(tr("What was said"));
    m_log = named(new QPushButton(tr("&Log attempt"), contactBox), "logAttemptButton", tr("Log attempt"));
    m_log->setToolTip(tr("Ctrl+L"));
    connect(m_log, &QPushButton::clicked, this, &CaseEditor::logAttempt);
    connect(m_notes, &QLineEdit::returnPressed, this, &CaseEditor::logAttempt);
    auto* logShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_L), this);
    connect(logShortcut, &QShortcut::activated, this, &CaseEditor::logAttempt);
    contactLayout->addWidget(m_notes);
    quick->addWidget(m_mode);
    quick->addWidget(m_reached);
    quick->addStretch(1);
    quick->addWidget(m_log);
    contactLayout->addLayout(quick);
    layout->addWidget(contactBox);

    auto* ownerBox = new QGroupBox(tr("Owner"), m_body);
    auto* ownerRows = new QVBoxLayout(ownerBox);
    auto* ownerLayout = new QHBoxLayout;
    m_take = named(new QPushButton(tr("&Take this case"), ownerBox), "takeButton", tr("Take this case"));
    connect(m_take, &QPushButton::clicked, this, &CaseEditor::takeCase);
    m_handTo = named(new QComboBox(ownerBox), "handOverCombo", tr("Hand over to"));
    m_reason = named(new QLineEdit(ownerBox), "handOverReason", tr("Reason"));
    m_reason->setPlaceholderText(tr("Reason (cases should not bounce)"));
    m_handOver = named(new QPushButton(tr("Hand over"), ownerBox), "handOverButton", tr("Hand over"));
    connect(m_handOver, &QPushButton::clicked, this, &CaseEditor::handOver);
    ownerLayout->addWidget(m_take);
    ownerLayout->addStretch(1);
    ownerLayout->addWidget(m_handTo);
    ownerLayout->addWidget(m_handOver);
    ownerRows->addLayout(ownerLayout);
    ownerRows->addWidget(m_reason);
    layout->addWidget(ownerBox);

    auto* outcomeBox = new QGroupBox(tr("Root cause and outcome"), m_body);
    auto* form = new QFormLayout(outcomeBox);
    m_rootCause = named(new QComboBox(outcomeBox), "rootCauseCombo", tr("Root cause"));
    m_outcome = named(new QComboBox(outcomeBox), "outcomeCombo", tr("Outcome"));
    m_outcome->addItem(tr("Saved"), static_cast<int>(core::FollowUpCase::Outcome::Saved));
    m_outcome->addItem(tr("Not saved"), static_cast<int>(core::FollowUpCase::Outcome::NotSaved));
    m_outcome->addItem(tr("Unreachable"), static_cast<int>(core::FollowUpCase::Outcome::Unreachable));
    m_outcome->addItem(tr("Declined"), static_cast<int>(core::FollowUpCase::Outcome::Declined));
    form->addRow(tr("Root cause:"), m_rootCause);
    form->addRow(tr("Outcome:"), m_outcome);
    auto* moves = new QHBoxLayout;
    m_resolve = named(new QPushButton(tr("Mark resolved"), outcomeBox), "resolveButton", tr("Mark resolved"));
    connect(m_resolve, &QPushButton::clicked, this, [this] { moveTo(core::FollowUpCase::Status::Resolved); });
    m_close = named(new QPushButton(tr("&Close case"), outcomeBox), "closeButton", tr("Close case"));
    connect(m_close, &QPushButton::clicked, this, &CaseEditor::closeCase);
    m_reopen = named(new QPushButton(tr("Reopen"), outcomeBox), "reopenButton", tr("Reopen"));
    connect(m_reopen, &QPushButton::clicked, this, [this] { moveTo(core::FollowUpCase::Status::Reopened); });
    moves->addWidget(m_resolve);
    moves->addWidget(m_close);
    moves->addWidget(m_reopen);
    moves->addStretch(1);
    form->addRow(moves);
    layout->addWidget(outcomeBox);

    auto* recoveryBox = new QGroupBox(tr("Recovery"), m_body);
    auto* recovery = new QFormLayout(recoveryBox);
    auto* compensationRow = new QHBoxLayout;
    m_compensationKind = named(new QLineEdit(recoveryBox), "compensationKind", tr("Compensation"));
    m_compensationKind->setPlaceholderText(tr("voucher, refund, free delivery…"));
    m_compensationValue = named(new QDoubleSpinBox(recoveryBox), "compensationValue", tr("Value"));
    m_compensationValue->setRange(0, 1e6);
    m_compensationValue->setDecimals(2);
    m_compensationValue->setMaximumWidth(100);
    m_compensate = named(new QPushButton(tr("Record"), recoveryBox), "compensateButton", tr("Record compensation"));
    connect(m_compensate, &QPushButton::clicked, this, &CaseEditor::compensate);
    compensationRow->addWidget(m_compensationKind, 1);
    compensationRow->addWidget(m_compensationValue);
    compensationRow->addWidget(m_compensate);
    recovery->addRow(tr("Compensation:"), compensationRow);
    auto* approvalRow = new QHBoxLayout;
    m_approval = named(new QLabel(recoveryBox), "approvalLabel", tr("Approval"));
    m_approval->setWordWrap(true);
    m_approve =
        named(new QPushButton(tr("Approve"), recoveryBox), "approveCompensationButton", tr("Approve the compensation"));
    m_decline = named(new QPushButton(tr("Decline…"), recoveryBox), "declineCompensationButton",
                      tr("Decline the compensation"));
    connect(m_approve, &QPushButton::clicked, this, [this] { decideCompensation(true); });
    connect(m_decline, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString reason =
            QInputDialog::getText(this, tr("Decline the compensation"), tr("Why (the agent tells the customer):"),
                                  QLineEdit::Normal, {}, &ok);
        if (ok) {
            decideCompensation(false, reason);
        }
    });
    approvalRow->addWidget(m_approval, 1);
    approvalRow->addWidget(m_approve);
    approvalRow->addWidget(m_decline);
    recovery->addRow(tr("Approval:"), approvalRow);
    auto* resurveyRow = new QHBoxLayout;
    m_resurvey = named(new QSpinBox(recoveryBox), "resurveySpin", tr("Re-survey score"));
    m_resurvey->setRange(0, 10);
    m_resurveyButton = named(new QPushButton(tr("Record"), recoveryBox), "resurveyButton", tr("Record re-survey"));
    connect(m_resurveyButton, &QPushButton::clicked, this, &CaseEditor::recordResurvey);
    resurveyRow->addWidget(m_resurvey);
    resurveyRow->addWidget(m_resurveyButton);
    resurveyRow->addStretch(1);
    recovery->addRow(tr("Re-survey score:"), resurveyRow);
    m_informed =
        named(new QPushButton(tr("Customer told what we did"), recoveryBox), "informedButton", tr("Customer informed"));
    connect(m_informed, &QPushButton::clicked, this, &CaseEditor::markInformed);
    recovery->addRow(tr("Outer loop:"), m_informed);
    auto* exemplaryRow = new QHBoxLayout;
    m_exemplaryNote = named(new QLabel(recoveryBox), "exemplaryLabel", tr("Exemplary recovery"));
    m_exemplaryNote->setWordWrap(true);
    m_exemplaryNote->setTextFormat(Qt::PlainText);
    m_exemplary = named(new QPushButton(tr("Mark as exemplary…"), recoveryBox), "markExemplaryButton",
                        tr("Mark as an exemplary recovery"));
    m_exemplary->setToolTip(tr("A recovery colleagues should learn from: managers can feature it in the playbook of "
                               "its theme."));
    connect(m_exemplary, &QPushButton::clicked, this, [this] {
        const std::optional<core::RecoveryExample> before =
            core::Playbooks(m_db, m_clock, m_staffId).example(m_case.id);
        bool ok = false;
        const QString note = QInputDialog::getMultiLineText(
            this, tr("What worked"), tr("What worked, in a sentence or two, for colleagues who meet the same problem:"),
            before ? before->note : QString(), &ok);
        if (ok) {
            markExemplary(note);
        }
    });
    exemplaryRow->addWidget(m_exemplaryNote, 1);
    exemplaryRow->addWidget(m_exemplary);
    recovery->addRow(tr("What worked:"), exemplaryRow);
    layout->addWidget(recoveryBox);

    auto* historyBox = new QGroupBox(tr("This customer's answers and cases"), m_body);
    auto* historyLayout = new QVBoxLayout(historyBox);
    m_history = named(new QListWidget(historyBox), "customerHistory", tr("Customer history"));
    m_history->setMaximumHeight(120);
    historyLayout->addWidget(m_history);
    layout->addWidget(historyBox);
    layout->addStretch(1);
}

bool CaseEditor::hasUnsavedEdits() const
{
    return m_case.id != 0 && (!m_notes->text().trimmed().isEmpty() || !m_compensationKind->text().trimmed().isEmpty());
}

QString CaseEditor::message() const
{
    return m_message->text();
}

void CaseEditor::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_contact) {
        // Links take their colour when the text is laid out: lay it out again for the new palette.
        const QString links = m_contact->text();
        m_contact->clear();
        m_contact->setText(links);
    }
}

void CaseEditor::showCase(qint64 caseId)
{
    m_case = {};
    m_customerId = 0;
    if (caseId != 0) {
        m_case = core::CaseStore(m_db).get(caseId).value_or(core::FollowUpCase{});
    }
    m_notes->clear();
    m_compensationKind->clear();
    m_compensationValue->setValue(0);
    m_conflict->hide();
    m_reload->hide();
    m_message->clear();
    fill();
    updateGeometry(); // its widest row may have changed
}

void CaseEditor::reload()
{
    const qint64 id = m_case.id;
    const QString notes = m_notes->text();
    showCase(id);
    m_notes->setText(notes); // what the agent typed survives a reload
}

void CaseEditor::fill()
{
    m_body->setEnabled(m_case.id != 0);
    if (m_case.id == 0) {
        m_title->setText(tr("No case selected"));
        m_meta->setText(tr("Pick a case in the inbox to work on it."));
        m_comment->clear();
        m_contact->clear();
        m_attempts->clear();
        m_history->clear();
        m_playbookBox->hide();
        fillApproval();
        return;
    }
    const std::optional<core::Response> answer = core::ResponseStore(m_db).get(m_case.responseId);
    const std::optional<core::Customer> customer =
        answer && answer->customerId ? core::CustomerStore(m_db).get(answer->customerId) : std::nullopt;
    m_customerId = customer ? customer->id : 0;
    // Known by name, else by the id they were imported with (many exports carry no names).
    const QString name = !customer                         ? tr("Anonymous customer")
                         : !customer->name.isEmpty()       ? customer->name
                         : !customer->externalId.isEmpty() ? tr("Customer %1").arg(customer->externalId)
                                                           : tr("Anonymous customer");
    m_title->setText(tr("%1 — score %2").arg(name).arg(answer ? answer->score : 0));

    QStringList meta;
    const core::StaffStore staffStore(m_db);
    QString owner = tr("nobody yet");
    for (const core::Staff& s : staffStore.all()) {
        if (s.id == m_case.ownerId) {
            owner = s.name;
        }
    }
    meta << (core::isOpenStatus(m_case.status)
                 ? tr("Status: %1 · owner: %2 · %3")
                       .arg(core::CaseStatusMachine::statusName(m_case.status), owner,
                            timeLeftText(m_case, m_clock.nowUtc()))
                 : tr("Status: %1 · owner: %2").arg(core::CaseStatusMachine::statusName(m_case.status), owner));
    if (answer) {
        const std::optional<core::Wave> wave = core::WaveStore(m_db).get(answer->waveId);
        meta << tr("Answered %1 in \"%2\"").arg(when(answer->answeredAt), wave ? wave->name : QString());
        QStringList segments;
        for (auto it = answer->segments.cbegin(); it != answer->segments.cend(); ++it) {
            segments << dimensionTitle(it.key()) + QStringLiteral(": ") + it.value();
        }
        if (!segments.isEmpty()) {
            meta << segments.join(QStringLiteral(" · "));
        }
    }
    meta << tr("First contact due %1; resolution due %2").arg(when(m_case.firstContactDue), when(m_case.resolutionDue));
    if (customer && customer->accountId) {
        if (const auto account = core::AccountStore(m_db).get(customer->accountId)) {
            meta << (account->keyAccount ? tr("Account: %1 (key account)") : tr("Account: %1")).arg(account->name);
        }
    }
    if (m_case.customerInformedAt.isValid()) {
        meta << tr("Customer told what was done on %1").arg(when(m_case.customerInformedAt));
    }
    if (!m_case.compensationKind.isEmpty()) {
        meta << tr("Compensation: %1 %2").arg(m_case.compensationKind).arg(m_case.compensationValue);
    }
    if (m_case.resurveyScore) {
        meta << tr("Re-survey score: %1").arg(*m_case.resurveyScore);
    }
    m_meta->setText(meta.join(QLatin1Char('\n')));
    m_comment->setText(answer && !answer->comment.isEmpty() ? QStringLiteral("“%1”").arg(answer->comment)
                                                            : tr("(no comment)"));

    QStringList links;
    if (customer && !customer->phone.isEmpty()) {
        QUrl tel;
        tel.setScheme(QStringLiteral("tel"));
        tel.setPath(QString(customer->phone).remove(QLatin1Char(' ')));
        links << QStringLiteral("<a href=\"%1\">%2</a>")
                     .arg(tel.toString(QUrl::FullyEncoded).toHtmlEscaped(),
                          tr("Call %1").arg(customer->phone.toHtmlEscaped()));
    }
    if (customer && !customer->email.isEmpty()) {
        QString agent;
        for (const core::Staff& s : staffStore.all()) {
            agent = s.id == m_staffId ? s.name : agent;
        }
        const core::MailDraft draft =
            core::followUpMail(customer->language.isEmpty() && answer ? answer->language : customer->language,
                               m_case.category, customer->name, agent);
        QUrl mail;
        mail.setScheme(QStringLiteral("mailto"));
        mail.setPath(customer->email);
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("subject"), draft.subject);
        query.addQueryItem(QStringLiteral("body"), draft.body);
        mail.setQuery(query);
        links << QStringLiteral("<a href=\"%1\">%2</a>")
                     .arg(mail.toString(QUrl::FullyEncoded).toHtmlEscaped(),
                          tr("Write to %1").arg(customer->email.toHtmlEscaped()));
    }
    m_contact->setText(links.isEmpty() ? tr("No phone number or e-mail on file.") : links.join(QStringLiteral(" · ")));

    m_attempts->clear();
    for (const core::ContactAttempt& a : core::CaseStore(m_db).attempts(m_case.id)) {
        m_attempts->addItem(tr("%1 · %2 · %3 %4")
                                .arg(when(a.at), m_mode->itemText(static_cast<int>(a.mode)),
                                     a.reached ? tr("reached") : tr("not reached"), a.notes));
    }

    m_history->clear();
    if (m_customerId != 0) {
        for (const core::Response& r : core::ResponseStore(m_db).forCustomer(m_customerId)) {
            m_history->addItem(tr("%1 · score %2 · %3")
                                   .arg(when(r.answeredAt))
                                   .arg(r.score)
                                   .arg(r.comment.isEmpty() ? tr("(no comment)") : r.comment.left(80)));
        }
        for (const core::FollowUpCase& c : core::CaseStore(m_db).forCustomer(m_customerId)) {
            if (c.id != m_case.id) {
                m_history->addItem(
                    tr("Case %1 · %2 · outcome %3")
                        .arg(c.id)
                        .arg(core::CaseStatusMachine::statusName(c.status), core::caseOutcomeKey(c.outcome)));
            }
        }
    }

    m_handTo->clear();
    for (const core::Staff& s : staffStore.all()) {
        if (s.active && s.id != m_case.ownerId) {
            m_handTo->addItem(s.name, s.id);
        }
    }
    const qint64 chosenTheme = m_rootCause->currentData().toLongLong();
    m_rootCause->clear();
    m_rootCause->addItem(tr("Choose the root cause…"), 0);
    const QList<core::Theme> themes = core::ThemeStore(m_db).themes();
    QHash<qint64, QString> parents;
    for (const core::Theme& t : themes) {
        parents.insert(t.id, t.name);
    }
    for (const core::Theme& t : themes) {
        m_rootCause->addItem(t.parentId ? parents.value(t.parentId) + QStringLiteral(" / ") + t.name : t.name, t.id);
    }
    const qint64 theme = m_case.rootCauseThemeId ? m_case.rootCauseThemeId : chosenTheme;
    m_rootCause->setCurrentIndex(std::max(0, m_rootCause->findData(theme)));

    // Only the moves the workflow allows are offered.
    const QList<core::FollowUpCase::Status> next = core::CaseStatusMachine::nextStatuses(m_case.status);
    const bool open = core::isOpenStatus(m_case.status);
    m_log->setEnabled(m_case.status != core::FollowUpCase::Status::Closed);
    m_take->setEnabled(open && m_case.ownerId != m_staffId && m_staffId != 0);
    m_handOver->setEnabled(open && m_handTo->count() > 0);
    m_resolve->setEnabled(next.contains(core::FollowUpCase::Status::Resolved));
    m_close->setEnabled(next.contains(core::FollowUpCase::Status::Closed) ||
                        m_case.status == core::FollowUpCase::Status::InProgress);
    m_reopen->setEnabled(next.contains(core::FollowUpCase::Status::Reopened));
    m_informed->setEnabled(!m_case.customerInformedAt.isValid());
    fillApproval();
    fillPlaybook();
}

void CaseEditor::fillApproval()
{
    using A = core::FollowUpCase::Approval;
    const core::StaffStore staff(m_db);
    const auto nameOf = [&staff](qint64 id) {
        const std::optional<core::Staff> s = staff.get(id);
        return s ? s->name : tr("a manager");
    };
    const std::optional<core::Staff> me = staff.get(m_staffId);
    const bool manager = me && me->role == core::Staff::Role::Manager;
    switch (m_case.approval) {
    case A::Pending:
        m_approval->setText(tr("%1 %2 is above the limit: it waits for a manager's approval, due %3.")
                                .arg(m_case.compensationKind)
                                .arg(m_case.compensationValue)
                                .arg(when(m_case.approvalDue)));
        break;
    case A::Approved:
        m_approval->setText(tr("Approved by %1.").arg(nameOf(m_case.approvedBy)));
        break;
    case A::Declined:
        m_approval->setText(tr("Declined by %1; the compensation was withdrawn.").arg(nameOf(m_case.approvedBy)));
        break;
    case A::None:
        m_approval->setText(tr("Not needed: within the limit, or nothing offered."));
        break;
    }
    m_approval->setStyleSheet(m_case.approval == A::Pending ? statusStyle(true) : QString());
    m_approve->setVisible(m_case.approval == A::Pending && manager);
    m_decline->setVisible(m_case.approval == A::Pending && manager);

    const std::optional<core::RecoveryExample> example =
        m_case.id ? core::Playbooks(m_db, m_clock, m_staffId).example(m_case.id) : std::nullopt;
    m_exemplaryNote->setText(example ? tr("Marked by %1: %2").arg(example->markedByName, example->note)
                                     : tr("Not marked."));
    m_exemplary->setText(example ? tr("Edit what worked…") : tr("Mark as exemplary…"));
    m_exemplary->setEnabled(m_case.status == core::FollowUpCase::Status::Resolved ||
                            m_case.status == core::FollowUpCase::Status::Closed);
}

void CaseEditor::fillPlaybook()
{
    const core::Playbooks playbooks(m_db, m_clock, m_staffId);
    const QList<qint64> themes = playbooks.caseThemes(m_case);
    const core::Playbook book = playbooks.match(m_case.category, themes);
    const QString category = m_case.category == core::ScoreClass::Negative  ? tr("Detractor")
                             : m_case.category == core::ScoreClass::Neutral ? tr("Passive")
                                                                            : tr("Promoter");
    const std::optional<core::Theme> theme = core::ThemeStore(m_db).getTheme(book.themeId);
    m_playbookBox->setTitle(theme ? tr("Playbook: %1 · %2").arg(category, theme->name)
                                  : tr("Playbook: %1").arg(category));
    const QString mode = book.mode == core::ContactAttempt::Mode::Phone   ? tr("by phone")
                         : book.mode == core::ContactAttempt::Mode::Email ? tr("by e-mail")
                         : book.mode == core::ContactAttempt::Mode::Sms   ? tr("by SMS")
                                                                          : tr("in person");
    m_playbookWho->setText(
        tr("%1 · within %n hour(s), %2", nullptr, book.respondWithinHours).arg(book.responder, mode));
    m_playbookAsk->setText(book.ask);
    m_playbookSay->setText(book.say);
    m_playbookOutcome->setText(book.outcome);

    const QSignalBlocker quiet(m_checklist);
    m_checklist->clear();
    const QMap<int, core::PlaybookStep> done = playbooks.steps(m_case.id);
    const core::StaffStore staff(m_db);
    for (int i = 0; i < book.checklist.size(); ++i) {
        auto* item = new QListWidgetItem(book.checklist.at(i), m_checklist);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        const auto step = done.constFind(i);
        item->setCheckState(step != done.cend() ? Qt::Checked : Qt::Unchecked);
        if (step != done.cend()) {
            const std::optional<core::Staff> who = staff.get(step->doneBy);
            item->setToolTip(tr("Done by %1, %2").arg(who ? who->name : tr("someone"), when(step->doneAt)));
        }
    }
    fitChecklist();

    QStringList worked;
    for (const core::RecoveryExample& e : playbooks.featuredFor(themes)) {
        worked << tr("• %1 — %2 (case %3)").arg(e.note, e.markedByName).arg(e.caseId);
    }
    m_whatWorked->setText(worked.isEmpty() ? tr("Nothing featured for these themes yet.")
                                           : worked.join(QLatin1Char('\n')));
    m_playbookBox->show();
}

bool CaseEditor::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_checklist && event->type() == QEvent::Resize) {
        fitChecklist();
    }
    return QWidget::eventFilter(watched, event);
}

void CaseEditor::fitChecklist()
{
    const QFontMetrics metrics = m_checklist->fontMetrics();
    // The check box, the item's margins on both sides and the text's own: generous, so that a row
    // never wraps more than it was measured for.
    const int indicator = m_checklist->style()->pixelMetric(QStyle::PM_IndicatorWidth) + 28;
    const int width = std::max(80, m_checklist->viewport()->width() - indicator);
    int height = 2 * m_checklist->frameWidth();
    for (int i = 0; i < m_checklist->count(); ++i) {
        QListWidgetItem* item = m_checklist->item(i);
        const int rowHeight =
            metrics.boundingRect(QRect(0, 0, width, 10000), Qt::TextWordWrap, item->text()).height() + 8;
        item->setSizeHint(QSize(width, rowHeight));
        height += rowHeight;
    }
    m_checklist->setFixedHeight(std::max(height, metrics.lineSpacing() + 8));
    m_body->layout()->activate(); // the rows below move down now, not at the next event loop turn
}

void CaseEditor::stepToggled(int step, const QString& text, bool done)
{
    m_message->clear();
    try {
        core::Playbooks(m_db, m_clock, m_staffId).setStepDone(m_case.id, step, text, done);
    } catch (const core::StorageError& refused) {
        m_message->setText(refused.message());
    }
    fillPlaybook();
}

void CaseEditor::decideCompensation(bool approve, const QString& reason)
{
    const qint64 id = m_case.id;
    const int version = m_case.version;
    run([&] { return core::CaseService(m_db, m_clock, m_staffId).decideCompensation(id, version, approve, reason); });
}

void CaseEditor::markExemplary(const QString& note)
{
    m_message->clear();
    try {
        core::Playbooks(m_db, m_clock, m_staffId).markExemplary(m_case.id, note);
        fillApproval();
        Q_EMIT caseChanged(m_case.id);
    } catch (const core::StorageError& refused) {
        m_message->setText(refused.message());
    }
}

void CaseEditor::run(const std::function<core::FollowUpCase()>& change)
{
    m_message->clear();
    try {
        m_case = change();
        fill();
        Q_EMIT caseChanged(m_case.id);
    } catch (const core::StaleEditError& stale) {
        m_conflict->setText(tr("Your change was not saved: %1 Reload to see the case as it is now; what you typed "
                               "stays.")
                                .arg(stale.message()));
        m_conflict->show();
        m_reload->show();
    } catch (const core::StorageError& refused) {
        m_message->setText(refused.message());
    }
}

void CaseEditor::logAttempt()
{
    if (m_case.id == 0 || !m_log->isEnabled()) {
        return;
    }
    core::ContactAttempt attempt;
    attempt.mode = static_cast<core::ContactAttempt::Mode>(m_mode->currentData().toInt());
    attempt.reached = m_reached->isChecked();
    attempt.notes = m_notes->text().trimmed();
    const qint64 id = m_case.id;
    const int version = m_case.version;
    run([&] { return core::CaseService(m_db, m_clock, m_staffId).logAttempt(id, version, attempt); });
    if (!m_conflict->isVisibleTo(this) && m_message->text().isEmpty()) {
        m_notes->clear();
        m_reached->setChecked(false);
    }
}

void CaseEditor::takeCase()
{
    const qint64 id = m_case.id;
    const int version = m_case.version;
    const QString reason = m_case.ownerId ? tr("taken over by its new owner") : QString();
    run([&] { return core::CaseService(m_db, m_clock, m_staffId).assign(id, version, m_staffId, reason); });
}

void CaseEditor::handOver()
{
    const qint64 id = m_case.id;
    const int version = m_case.version;
    const qint64 to = m_handTo->currentData().toLongLong();
    const QString reason = m_reason->text();
    run([&] { return core::CaseService(m_db, m_clock, m_staffId).assign(id, version, to, reason); });
    if (m_message->text().isEmpty()) {
        m_reason->clear();
    }
}

void CaseEditor::moveTo(core::FollowUpCase::Status status)
{
    core::FollowUpCase edited = m_case;
    edited.status = status;
    run([&] { return core::CaseService(m_db, m_clock, m_staffId).save(edited); });
}

void CaseEditor::closeCase()
{
    const qint64 id = m_case.id;
    const int version = m_case.version;
    const qint64 theme = m_rootCause->currentData().toLongLong();
    const auto outcome = static_cast<core::FollowUpCase::Outcome>(m_outcome->currentData().toInt());
    run([&] { return core::CaseService(m_db, m_clock, m_staffId).close(id, version, theme, outcome); });
}

void CaseEditor::compensate()
{
    const qint64 id = m_case.id;
    const int version = m_case.version;
    const QString kind = m_compensationKind->text();
    const double value = m_compensationValue->value();
    run([&] { return core::CaseService(m_db, m_clock, m_staffId).compensate(id, version, kind, value); });
    if (m_message->text().isEmpty() && !m_conflict->isVisibleTo(this)) {
        m_compensationKind->clear();
        m_compensationValue->setValue(0);
    }
}

void CaseEditor::recordResurvey()
{
    const qint64 id = m_case.id;
    const int version = m_case.version;
    const int score = m_resurvey->value();
    run([&] { return core::CaseService(m_db, m_clock, m_staffId).recordResurvey(id, version, score); });
}

void CaseEditor::markInformed()
{
    const qint64 id = m_case.id;
    const int version = m_case.version;
    run([&] { return core::CaseService(m_db, m_clock, m_staffId).markCustomerInformed(id, version); });
}

} // namespace loopdesk::ui
