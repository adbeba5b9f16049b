// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow/teamdatabasedialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

namespace loopdesk::ui {

TeamDatabaseDialog::TeamDatabaseDialog(const QString& address, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("teamDatabaseDialog"));
    setWindowTitle(tr("Open a team database"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("A team shares one LoopDesk database on a PostgreSQL server. Your administrator "
                                "gives you its server, its name and your login."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    const QUrl last(address);
    const bool known = last.isValid() && !last.host().isEmpty();
    auto* form = new QFormLayout;
    m_host = new QLineEdit(known ? last.host() : QStringLiteral("localhost"), this);
    m_host->setObjectName(QStringLiteral("teamHostEdit"));
    form->addRow(tr("&Server:"), m_host);
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("teamPortSpin"));
    m_port->setRange(1, 65535);
    m_port->setValue(known ? last.port(5432) : 5432);
    m_port->setGroupSeparatorShown(false);
    form->addRow(tr("&Port:"), m_port);
    m_database = new QLineEdit(known ? last.path().mid(1) : QString(), this);
    m_database->setObjectName(QStringLiteral("teamDatabaseEdit"));
    m_database->setPlaceholderText(tr("for example loopdesk"));
    form->addRow(tr("&Database:"), m_database);
    m_login = new QLineEdit(known ? last.userName() : qEnvironmentVariable("USER"), this);
    m_login->setObjectName(QStringLiteral("teamLoginEdit"));
    form->addRow(tr("&Login:"), m_login);
    layout->addLayout(form);

    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("teamAddressPreview"));
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview->setWordWrap(true);
    layout->addWidget(m_preview);
    auto* password = new QLabel(tr("LoopDesk asks for your password when the server wants it and never stores it; "
                                   "a password in ~/.pgpass or the PGPASSWORD variable is used without asking."),
                                this);
    password->setWordWrap(true);
    layout->addWidget(password);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("teamDatabaseButtons"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    for (QLineEdit* edit : {m_host, m_database, m_login}) {
        connect(edit, &QLineEdit::textChanged, this, &TeamDatabaseDialog::updateAddress);
    }
    connect(m_port, &QSpinBox::valueChanged, this, &TeamDatabaseDialog::updateAddress);
    updateAddress();
    (m_database->text().isEmpty() ? m_database : m_host)->setFocus();
    resize(qMax(sizeHint().width(), 460), sizeHint().height());
}

QString TeamDatabaseDialog::address() const
{
    const QString host = m_host->text().trimmed();
    const QString database = m_database->text().trimmed();
    const QString login = m_login->text().trimmed();
    if (host.isEmpty() || database.isEmpty() || login.isEmpty()) {
        return {};
    }
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(host);
    url.setPort(m_port->value());
    url.setUserName(login);
    url.setPath(QLatin1Char('/') + database);
    return url.isValid() ? url.toString() : QString();
}

void TeamDatabaseDialog::updateAddress()
{
    const QString made = address();
    m_preview->setText(made.isEmpty() ? tr("Give the server, the database and your login.")
                                      : tr("Address: %1").arg(made));
    m_buttons->button(QDialogButtonBox::Open)->setEnabled(!made.isEmpty());
}

std::optional<QString> askTeamPassword(QWidget* parent, const QString& address, const QString& reason)
{
    QInputDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("teamPasswordDialog"));
    dialog.setWindowTitle(TeamDatabaseDialog::tr("Password for the team database"));
    dialog.setLabelText(reason.isEmpty() ? TeamDatabaseDialog::tr("Password for %1:").arg(address)
                                         : QStringLiteral("%1\n\n%2").arg(reason, TeamDatabaseDialog::tr("Password:")));
    dialog.setTextEchoMode(QLineEdit::Password);
    if (dialog.exec() != QDialog::Accepted) {
        return std::nullopt;
    }
    return dialog.textValue();
}

} // namespace loopdesk::ui
