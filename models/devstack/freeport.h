// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QtGlobal>

namespace pivori {

/// A loopback port that is free at the moment of asking, for a server we are about to start.
/// Ports are drawn at random below the kernel's ephemeral range: the source ports of outgoing
/// connections (scrapes, API calls of tests running in parallel) come from that range and could
/// take a port between our pick and the server's bind. With `udpToo`, the number is free for UDP
/// as well (Alertmanager's gossip needs both). `taken` are ports already handed out for the same
/// start, never returned again. Returns 0 when no port could be found.
quint16 pickFreeLoopbackPort(bool udpToo = false, const QSet<quint16> &taken = {});

/// The first port of the kernel's ephemeral range (net.ipv4.ip_local_port_range), 32768 when
/// it cannot be read.
quint16 ephemeralPortRangeStart();

} // namespace pivori
