// SPDX-License-Identifier: GPL-3.0-or-later
#include "freeport.h"

#include <QFile>
#include <QHostAddress>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QUdpSocket>

namespace pivori {

namespace {

// Below this, ports belong to well-known services often enough that we stay clear of them.
constexpr quint16 kLowestPickedPort = 20000;
constexpr int kAttempts = 200;

bool isFree(quint16 port, bool udpToo)
{
    QTcpServer tcp;
    if (!tcp.listen(QHostAddress::LocalHost, port))
        return false;
    if (!udpToo)
        return true;
    QUdpSocket udp;
    return udp.bind(QHostAddress::LocalHost, port);
}

} // namespace

quint16 ephemeralPortRangeStart()
{
    QFile file(QStringLiteral("/proc/sys/net/ipv4/ip_local_port_range"));
    if (!file.open(QIODevice::ReadOnly))
        return 32768;
    bool ok = false;
    const uint first
        = QString::fromLatin1(file.readAll()).simplified().section(QLatin1Char(' '), 0, 0).toUInt(&ok);
    return ok && first > 0 && first <= 65535 ? static_cast<quint16>(first) : 32768;
}

quint16 pickFreeLoopbackPort(bool udpToo, const QSet<quint16> &taken)
{
    const quint16 rangeEnd = ephemeralPortRangeStart();
    if (rangeEnd > kLowestPickedPort + 1000) {
        for (int attempt = 0; attempt < kAttempts; ++attempt) {
            const auto port
                = static_cast<quint16>(QRandomGenerator::global()->bounded(kLowestPickedPort, rangeEnd));
            if (!taken.contains(port) && isFree(port, udpToo))
                return port;
        }
    }
    // A machine whose ephemeral range leaves no room below it: let the kernel choose.
    for (int attempt = 0; attempt < kAttempts; ++attempt) {
        QTcpServer tcp;
        if (!tcp.listen(QHostAddress::LocalHost, 0))
            return 0;
        const quint16 port = tcp.serverPort();
        tcp.close();
        if (!taken.contains(port) && isFree(port, udpToo))
            return port;
    }
    return 0;
}

} // namespace pivori
