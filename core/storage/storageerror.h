// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <stdexcept>

namespace loopdesk::core {

// A storage failure, with a message meant for the person using LoopDesk.
class StorageError : public std::runtime_error {
public:
    explicit StorageError(const QString& message)
        : std::runtime_error(message.toStdString())
        , m_message(message)
    {}
    const QString& message() const { return m_message; }

private:
    QString m_message;
};

// A save based on a version of a record that someone else has changed since it was read.
class StaleEditError final : public StorageError {
public:
    using StorageError::StorageError;
};

} // namespace loopdesk::core
