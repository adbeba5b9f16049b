// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/changefeed.h"

#include "storage/database.h"

#include <QObject>
#include <QSqlDriver>

namespace loopdesk::core {

ChangeFeed::ChangeFeed(Database& db, QObject* context, std::function<void()> changed)
    : m_connectionName(db.connection().connectionName())
{
    if (!db.isTeamDatabase()) {
        return;
    }
    QSqlDriver* driver = db.connection().driver();
    const QString channel = QString::fromLatin1(kCasesChannel);
    if (!driver->subscribeToNotification(channel)) {
        return;
    }
    m_listening = true;
    QObject::connect(driver, &QSqlDriver::notification, context,
                     [channel, changed = std::move(changed)](const QString& name, QSqlDriver::NotificationSource source,
                                                             const QVariant&) {
                         if (name == channel && source == QSqlDriver::OtherSource) {
                             changed();
                         }
                     });
}

ChangeFeed::~ChangeFeed()
{
    if (!m_listening) {
        return;
    }
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (db.isOpen()) {
        db.driver()->unsubscribeFromNotification(QString::fromLatin1(kCasesChannel));
    }
}

} // namespace loopdesk::core
