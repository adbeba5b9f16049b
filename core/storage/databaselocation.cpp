// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/databaselocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace loopdesk::core {

QString defaultDatabasePath()
{
    const QString fromEnvironment = qEnvironmentVariable("LOOPDESK_DB");
    if (!fromEnvironment.isEmpty()) {
        return fromEnvironment;
    }
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return QDir(base).filePath(QStringLiteral("LoopDesk/loopdesk.db"));
}

void setApplicationIdentity(const QString& applicationName)
{
    QCoreApplication::setOrganizationName(QStringLiteral("LoopDesk"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("loopdesk.github.io"));
    QCoreApplication::setApplicationName(applicationName);
    QCoreApplication::setApplicationVersion(QStringLiteral(LOOPDESK_VERSION));
}

} // namespace loopdesk::core
