// SPDX-License-Identifier: GPL-3.0-or-later
// Ports for the stack's servers: free when picked, outside the kernel's ephemeral range (where
// outgoing connections take their source ports), and never one already handed out.
#include "freeport.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTest>
#include <QUdpSocket>

using namespace pivori;

class TestFreePort final : public QObject
{
    Q_OBJECT

private slots:
    void picksABindablePortBelowTheEphemeralRange()
    {
        const quint16 ephemeral = ephemeralPortRangeStart();
        QVERIFY(ephemeral > 1024);
        for (int i = 0; i < 20; ++i) {
            const quint16 port = pickFreeLoopbackPort(true);
            QVERIFY(port != 0);
            if (ephemeral > 21000) // otherwise the kernel's own choice is the fallback
                QVERIFY2(port < ephemeral, qPrintable(QString::number(port)));
            QTcpServer tcp;
            QVERIFY(tcp.listen(QHostAddress::LocalHost, port));
            QUdpSocket udp;
            QVERIFY(udp.bind(QHostAddress::LocalHost, port));
        }
    }

    void neverHandsOutATakenPortAgain()
    {
        // One stack asks for six ports before any server binds: all must differ.
        QSet<quint16> taken;
        for (int i = 0; i < 500; ++i) {
            const quint16 port = pickFreeLoopbackPort(i % 2 == 0, taken);
            QVERIFY(port != 0);
            QVERIFY2(!taken.contains(port), qPrintable(QString::number(port)));
            taken.insert(port);
        }
    }
};

QTEST_GUILESS_MAIN(TestFreePort)
#include "tst_freeport.moc"
