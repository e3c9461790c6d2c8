// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QSocketNotifier;

namespace pivori {

/// Turns SIGINT, SIGTERM and SIGHUP into a Qt signal, delivered in the event loop (the
/// handler only writes a byte to a socket pair), so that Ctrl+C or a `kill` stops the
/// demo stack cleanly instead of leaving servers behind.
class UnixSignals final : public QObject
{
    Q_OBJECT
public:
    explicit UnixSignals(QObject *parent = nullptr);
    ~UnixSignals() override;

signals:
    void terminationRequested(int signalNumber);

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace pivori
