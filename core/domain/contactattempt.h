// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace loopdesk::core {

// How one attempt to reach a customer went.
struct ContactAttempt {
    enum class Mode { Phone, Email, InPerson, Sms };

    qint64 id = 0;
    qint64 caseId = 0;
    QDateTime at;
    Mode mode = Mode::Phone;
    bool reached = false;
    QString notes;
    qint64 staffId = 0;
};

QString contactModeKey(ContactAttempt::Mode mode);
std::optional<ContactAttempt::Mode> contactModeFromKey(const QString& key);

} // namespace loopdesk::core
