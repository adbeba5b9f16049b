// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace loopdesk::core {

// Someone who answered (or was invited to) a survey. Erased customers keep their answers'
// numbers but lose everything that identifies them.
struct Customer {
    qint64 id = 0;
    QString externalId; // the id it was imported with
    QString name;
    QString email;
    QString phone;
    QString language; // ISO 639-1, e.g. "pl"
    qint64 accountId = 0;
    bool keyAccount = false;
    double value = 0.0; // yearly revenue or another value measure
    QDateTime erasedAt; // null while not erased
};

} // namespace loopdesk::core
