#pragma once

#include <QtGlobal>

namespace pivori {

/// A loopback port that was free a moment ago (asked of the kernel by binding port 0).
/// With `udpToo`, the same number is also free for UDP (Alertmanager's gossip needs both).
/// Returns 0 when no port could be found.
quint16 pickFreeLoopbackPort(bool udpToo = false);

} // namespace pivori
