// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/followupcase.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace loopdesk::core {
class Clock;
class Database;
} // namespace loopdesk::core

namespace loopdesk::ui {

// One follow-up case, worked by an agent: the answer and the customer (click to call or write),
// the customer's history, the contact log with quick entry, and the moves the workflow allows.
// Every change goes through core's CaseService at once; a change somebody else made in the
// meantime is shown in words with a way to reload, never overwritten.
class CaseEditor final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaseEditor)

public:
    QSize minimumSizeHint() const override;
    CaseEditor(core::Database& db, const core::Clock& clock, QWidget* parent = nullptr);

    void setActingStaff(qint64 staffId) { m_staffId = staffId; }
    void showCase(qint64 caseId); // 0 clears
    qint64 caseId() const { return m_case.id; }
    const core::FollowUpCase& currentCase() const { return m_case; }
    // Typed but not yet recorded: a contact note or compensation.
    bool hasUnsavedEdits() const;
    QString message() const;
    // A manager's decision on compensation waiting for approval; declining needs a reason.
    void decideCompensation(bool approve, const QString& reason = {});
    // Marks the (resolved or closed) case as an exemplary recovery with a note for the playbook.
    void markExemplary(const QString& note);

public Q_SLOTS:
    void reload();

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

Q_SIGNALS:
    void caseChanged(qint64 caseId);

private:
    void build();
    void fill();
    void run(const std::function<core::FollowUpCase()>& change);
    void logAttempt();
    void takeCase();
    void handOver();
    void moveTo(core::FollowUpCase::Status status);
    void closeCase();
    void compensate();
    void recordResurvey();
    void markInformed();
    void fillPlaybook();
    void fillApproval();
    void stepToggled(int step, const QString& text, bool done);
    void fitChecklist(); // tall enough for every step, wrapped at the list's width

    core::Database& m_db;
    const core::Clock& m_clock;
    qint64 m_staffId = 0;
    core::FollowUpCase m_case;
    qint64 m_customerId = 0;

    QLabel* m_title = nullptr;
    QLabel* m_meta = nullptr;
    QLabel* m_comment = nullptr;
    QLabel* m_contact = nullptr;
    QLabel* m_conflict = nullptr;
    QPushButton* m_reload = nullptr;
    QLabel* m_message = nullptr;
    QListWidget* m_history = nullptr;
    QListWidget* m_attempts = nullptr;
    QComboBox* m_mode = nullptr;
    QCheckBox* m_reached = nullptr;
    QLineEdit* m_notes = nullptr;
    QPushButton* m_log = nullptr;
    QPushButton* m_take = nullptr;
    QComboBox* m_handTo = nullptr;
    QLineEdit* m_reason = nullptr;
    QPushButton* m_handOver = nullptr;
    QPushButton* m_resolve = nullptr;
    QPushButton* m_reopen = nullptr;
    QComboBox* m_rootCause = nullptr;
    QComboBox* m_outcome = nullptr;
    QPushButton* m_close = nullptr;
    QLineEdit* m_compensationKind = nullptr;
    QDoubleSpinBox* m_compensationValue = nullptr;
    QPushButton* m_compensate = nullptr;
    QSpinBox* m_resurvey = nullptr;
    QPushButton* m_resurveyButton = nullptr;
    QPushButton* m_informed = nullptr;
    QLabel* m_approval = nullptr;
    QPushButton* m_approve = nullptr;
    QPushButton* m_decline = nullptr;
    QLabel* m_exemplaryNote = nullptr;
    QPushButton* m_exemplary = nullptr;
    QGroupBox* m_playbookBox = nullptr;
    QLabel* m_playbookWho = nullptr;
    QLabel* m_playbookAsk = nullptr;
    QLabel* m_playbookSay = nullptr;
    QLabel* m_playbookOutcome = nullptr;
    QListWidget* m_checklist = nullptr;
    QLabel* m_whatWorked = nullptr;
    QWidget* m_body = nullptr;
};

} // namespace loopdesk::ui
