// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>

class QObject;

namespace loopdesk::core {

class Database;

// Tells when a colleague changed the cases of a team database, without polling: the server sends
// a notice when a transaction that added, changed or removed cases commits (PostgreSQL's
// LISTEN/NOTIFY), and `changed` runs in `context`'s thread. This connection's own changes are not
// reported. On a local file nothing arrives: nobody else writes to it.
class ChangeFeed final {
public:
    ChangeFeed(Database& db, QObject* context, std::function<void()> changed);
    ~ChangeFeed();
    ChangeFeed(const ChangeFeed&) = delete;
    ChangeFeed& operator=(const ChangeFeed&) = delete;

    bool listening() const { return m_listening; }

    static constexpr const char* kCasesChannel = "loopdesk_cases";

private:
    QString m_connectionName;
    bool m_listening = false;
};

} // namespace loopdesk::core
