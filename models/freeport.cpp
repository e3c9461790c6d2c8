#include "freeport.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QUdpSocket>

namespace pivori {

quint16 pickFreeLoopbackPort(bool udpToo)
{
    // A few tries: with udpToo the kernel's free TCP port may be taken for UDP.
    for (int attempt = 0; attempt < 20; ++attempt) {
        QTcpServer tcp;
        if (!tcp.listen(QHostAddress::LocalHost, 0))
            return 0;
        const quint16 port = tcp.serverPort();
        if (!udpToo)
            return port;
        QUdpSocket udp;
        if (udp.bind(QHostAddress::LocalHost, port))
            return port;
    }
    return 0;
}

} // namespace pivori
