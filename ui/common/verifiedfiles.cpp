// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/verifiedfiles.h"

#include "storage/database.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSettings>

namespace loopdesk::ui {

namespace {

QString fingerprintKey(const QString& path)
{
    const QByteArray absolute = QFileInfo(path).absoluteFilePath().toUtf8();
    return QStringLiteral("verified/") +
           QString::fromLatin1(QCryptographicHash::hash(absolute, QCryptographicHash::Sha1).toHex());
}

} // namespace

QString rememberedFingerprint(const QString& path)
{
    return QSettings().value(fingerprintKey(path)).toString();
}

void rememberAsVerified(const QString& path)
{
    QSettings().setValue(fingerprintKey(path), core::Database::fileFingerprint(path));
}

} // namespace loopdesk::ui
