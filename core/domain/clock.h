// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>

namespace loopdesk::core {

// Where "now" comes from; injected so that SLA and demo logic can be tested without sleeping.
class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;
};

// The real wall clock.
class SystemClock final : public Clock {
public:
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
};

// A clock that stands still until told to move; for tests and reproducible runs.
class ManualClock final : public Clock {
public:
    explicit ManualClock(QDateTime now)
        : m_now(now.toUTC())
    {}
    QDateTime nowUtc() const override { return m_now; }
    void setNow(const QDateTime& now) { m_now = now.toUTC(); }
    void advanceSeconds(qint64 seconds) { m_now = m_now.addSecs(seconds); }

private:
    QDateTime m_now;
};

} // namespace loopdesk::core
