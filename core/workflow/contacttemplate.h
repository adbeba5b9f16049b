// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/metric.h"

#include <QString>

namespace loopdesk::core {

// The first e-mail to a customer who answered a survey, in the customer's language (Polish,
// Italian, else English) and for their category: an apology and a call-back offer for a
// detractor, "what would make it better?" for a passive, thanks and a review invitation for a
// promoter.
struct MailDraft {
    QString subject;
    QString body;
};

MailDraft followUpMail(const QString& language, ScoreClass category, const QString& customerName,
                       const QString& agentName);

} // namespace loopdesk::core
