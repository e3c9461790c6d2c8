// SPDX-License-Identifier: GPL-3.0-or-later
// The NOC playlist's clock: it steps by itself, wraps both ways, holds while paused, and a
// page chosen by hand gets a full interval.
#include "nocrotation.h"

#include <QSignalSpy>
#include <QTest>

using namespace pivori;

class TestNocRotation final : public QObject
{
    Q_OBJECT

private slots:
    void startsOnTheFirstPage()
    {
        NocRotation rotation;
        QCOMPARE(rotation.current(), -1);
        QSignalSpy changed(&rotation, &NocRotation::currentChanged);
        rotation.setPageCount(3);
        QCOMPARE(rotation.current(), 0);
        QCOMPARE(changed.size(), 1);
        rotation.setPageCount(0);
        QCOMPARE(rotation.current(), -1);
    }

    void stepsByItselfAndWraps()
    {
        NocRotation rotation;
        rotation.setPageCount(2);
        rotation.setInterval(1000);
        QSignalSpy changed(&rotation, &NocRotation::currentChanged);
        rotation.start();
        QVERIFY(rotation.remainingMs() > 0);
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 2, 5000);
        QCOMPARE(changed.at(0).at(0).toInt(), 1);
        QCOMPARE(changed.at(1).at(0).toInt(), 0); // wrapped
    }

    void nextAndPreviousWrapAround()
    {
        NocRotation rotation;
        rotation.setPageCount(3);
        rotation.previous();
        QCOMPARE(rotation.current(), 2);
        rotation.next();
        QCOMPARE(rotation.current(), 0);
        rotation.show(1);
        QCOMPARE(rotation.current(), 1);
        rotation.show(7); // no such page: ignored
        QCOMPARE(rotation.current(), 1);
    }

    void pauseHoldsThePage()
    {
        NocRotation rotation;
        rotation.setPageCount(3);
        rotation.setInterval(1000);
        rotation.start();
        QSignalSpy paused(&rotation, &NocRotation::pausedChanged);
        rotation.togglePaused();
        QVERIFY(rotation.isPaused());
        QCOMPARE(paused.size(), 1);
        QCOMPARE(rotation.remainingMs(), -1);
        rotation.next(); // stepping by hand still works while paused
        QCOMPARE(rotation.current(), 1);
        QCOMPARE(rotation.remainingMs(), -1);
        rotation.setPaused(false);
        QVERIFY(rotation.remainingMs() > 0);
    }

    void aSinglePageNeverRotates()
    {
        NocRotation rotation;
        rotation.setPageCount(1);
        rotation.start();
        QCOMPARE(rotation.remainingMs(), -1);
    }

    void intervalHasAFloor()
    {
        NocRotation rotation;
        rotation.setInterval(10);
        QCOMPARE(rotation.interval(), 1000);
        rotation.setInterval(45'000);
        QCOMPARE(rotation.interval(), 45'000);
    }
};

QTEST_GUILESS_MAIN(TestNocRotation)
#include "tst_nocrotation.moc"
