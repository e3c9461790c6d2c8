// SPDX-License-Identifier: GPL-3.0-or-later
// The NOC wall's own widgets, fed with alerts and server states built here: the alert band
// (counts, the newest critical and warning alerts, the ticker), the alert board's order,
// and the unreachable-server banners.
#include "alertband.h"
#include "alertbandsummary.h"
#include "nocalertboard.h"
#include "unreachablebanners.h"

#include <QLabel>
#include <QTest>

using namespace pivori;

namespace {

const QDateTime kNow = QDateTime::currentDateTimeUtc();

InboxAlert makeAlert(
    const QString &name, const QString &severity, const QString &service, int startedMinutesAgo)
{
    InboxAlert row;
    row.cluster = QStringLiteral("prod");
    row.alert.fingerprint = name + service;
    row.alert.labels = { { QStringLiteral("alertname"), name }, { QStringLiteral("severity"), severity },
        { QStringLiteral("service"), service } };
    row.alert.annotations = { { QStringLiteral("summary"), name + QStringLiteral(" on ") + service } };
    row.alert.startsAt = kNow.addSecs(-60 * startedMinutesAgo);
    return row;
}

InboxAlert acknowledged(InboxAlert row, const QString &author)
{
    row.ack = AckInfo { QStringLiteral("s1"), author, kNow, kNow.addSecs(3600), QStringLiteral("on it"), {} };
    return row;
}

QList<InboxAlert> fleet()
{
    InboxAlert silenced
        = makeAlert(QStringLiteral("HighMemory"), QStringLiteral("warning"), QStringLiteral("risk"), 1);
    silenced.alert.silencedBy = { QStringLiteral("s9") };
    return { makeAlert(
                 QStringLiteral("HighErrorRate"), QStringLiteral("critical"), QStringLiteral("audit"), 30),
        makeAlert(QStringLiteral("ServiceDown"), QStringLiteral("critical"), QStringLiteral("trading"), 2),
        makeAlert(QStringLiteral("HighLatency"), QStringLiteral("warning"), QStringLiteral("search"), 5),
        makeAlert(QStringLiteral("DiskSpace"), QStringLiteral("info"), QStringLiteral("reporting"), 50),
        acknowledged(makeAlert(QStringLiteral("PodCrashLooping"), QStringLiteral("critical"),
                         QStringLiteral("auth"), 1),
            QStringLiteral("dana")),
        silenced };
}

ServerStatus server(ServerStatus::Kind kind, const QString &name, bool reachable)
{
    ServerStatus status;
    status.kind = kind;
    status.name = name;
    status.checked = true;
    status.reachable = reachable;
    if (!reachable) {
        status.unreachableSince = QDateTime(QDate::currentDate(), QTime(14, 2), Qt::LocalTime).toUTC();
        status.detail = QStringLiteral("Connection refused");
    }
    return status;
}

} // namespace

class TestNocWidgets final : public QObject
{
    Q_OBJECT

private slots:
    void summaryCountsOnlyWhatNeedsSomeone()
    {
        const AlertBandSummary summary = AlertBandSummary::from(fleet());
        QCOMPARE(summary.firing.value(QStringLiteral("critical")), 2); // the acknowledged one is owned
        QCOMPARE(summary.firing.value(QStringLiteral("warning")), 1); // the silenced one is muted
        QCOMPARE(summary.firing.value(QStringLiteral("info")), 1);
        QCOMPARE(summary.acknowledged, 1);
        QStringList newest;
        for (const InboxAlert &alert : summary.newest)
            newest << alert.alertname();
        // Critical before warning, newest first within each; no info, nothing owned.
        QCOMPARE(newest,
            (QStringList { QStringLiteral("ServiceDown"), QStringLiteral("HighErrorRate"),
                QStringLiteral("HighLatency") }));
        QCOMPARE(AlertBandSummary::from(fleet(), 1).newest.size(), 2);
    }

    void wallWritesOutDirectionControls()
    {
        // "evil<U+202E>evil-rtl" would read "evil" + "ltr-live" reversed on the glass.
        const QList<InboxAlert> spoofed { makeAlert(QStringLiteral("Spoof\u200B"), QStringLiteral("critical"),
            QStringLiteral("evil\u202Eevil-rtl"), 1) };
        AlertBand band;
        band.setAlerts(spoofed);
        NocAlertBoard board;
        board.resize(1200, 600);
        board.setAlerts(spoofed);
        const QString boardText = board.rowTexts().join(u'\n');
        for (const QString &text : { band.tickerText(), boardText }) {
            QVERIFY2(text.contains(QStringLiteral("evil⟨U+202E⟩evil-rtl")), qPrintable(text));
            QVERIFY2(text.contains(QStringLiteral("Spoof⟨U+200B⟩")), qPrintable(text));
            QVERIFY(!text.contains(QChar(0x202e)) && !text.contains(QChar(0x200b)));
        }
    }

    void bandShowsCountsAndTicksThroughTheNewest()
    {
        AlertBand band;
        band.resize(1600, 60);
        band.setAlerts(fleet());
        QCOMPARE(band.countsText(), QStringLiteral("2 critical · 1 warning · 1 info · 1 acknowledged"));
        QVERIFY2(band.tickerText().contains(QStringLiteral("ServiceDown · trading")),
            qPrintable(band.tickerText()));
        QVERIFY(band.tickerText().contains(QStringLiteral("CRITICAL")));
        QVERIFY(band.tickerText().contains(QStringLiteral("for 2m")));
        band.setTickerInterval(1000);
        QTRY_VERIFY_WITH_TIMEOUT(band.tickerText().contains(QStringLiteral("HighErrorRate · audit")), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(band.tickerText().contains(QStringLiteral("WARNING")), 5000);

        band.setAlerts({});
        QCOMPARE(band.countsText(), QStringLiteral("0 critical · 0 warning · 0 info · 0 acknowledged"));
        QVERIFY(!band.tickerText().contains(QStringLiteral("CRITICAL")));
        // The all-clear is not written in the colour of the last critical alert it replaced.
        QCOMPARE(band.tickerColor(), band.palette().color(QPalette::WindowText));
        band.setNotice(QStringLiteral("No Alertmanager configured"));
        QCOMPARE(band.tickerText(), QStringLiteral("No Alertmanager configured"));
    }

    void tickerCountsWhatTheBandCounts()
    {
        // Four critical alerts firing (plus an owned and a muted one): the band's block says 4,
        // and so does every ticker entry ("CRITICAL 1/4" … "4/4"), never "1/3".
        QList<InboxAlert> alerts;
        for (int i = 0; i < 4; ++i)
            alerts << makeAlert(QStringLiteral("ServiceDown"), QStringLiteral("critical"),
                QStringLiteral("svc-%1").arg(i), i + 1);
        alerts << makeAlert(
            QStringLiteral("HighLatency"), QStringLiteral("warning"), QStringLiteral("search"), 5)
               << acknowledged(makeAlert(QStringLiteral("PodCrashLooping"), QStringLiteral("critical"),
                                   QStringLiteral("auth"), 1),
                      QStringLiteral("dana"));
        InboxAlert muted
            = makeAlert(QStringLiteral("Muted"), QStringLiteral("critical"), QStringLiteral("risk"), 1);
        muted.alert.silencedBy = { QStringLiteral("s9") };
        alerts << muted;

        const AlertBandSummary summary = AlertBandSummary::from(alerts);
        QCOMPARE(summary.newest.size(), 5);
        QStringList places;
        for (int i = 0; i < summary.newest.size(); ++i) {
            const AlertBandSummary::Place place = summary.place(i);
            QCOMPARE(place.of, summary.firing.value(place.severity)); // one source
            places << QStringLiteral("%1 %2/%3").arg(place.severity).arg(place.position).arg(place.of);
        }
        QCOMPARE(places,
            (QStringList { QStringLiteral("critical 1/4"), QStringLiteral("critical 2/4"),
                QStringLiteral("critical 3/4"), QStringLiteral("critical 4/4"),
                QStringLiteral("warning 1/1") }));

        AlertBand band;
        band.resize(1900, 60);
        band.setAlerts(alerts);
        const QLabel *criticalChip = band.findChild<QLabel *>(QStringLiteral("band-critical"));
        QVERIFY(criticalChip);
        QCOMPARE(criticalChip->text(), QStringLiteral("4 CRITICAL"));
        QVERIFY2(band.tickerText().startsWith(QStringLiteral("CRITICAL 1/4  ServiceDown · svc-0")),
            qPrintable(band.tickerText()));
        band.setTickerInterval(1000);
        QTRY_VERIFY_WITH_TIMEOUT(band.tickerText().startsWith(QStringLiteral("CRITICAL 2/4")), 5000);

        // More than the ticker steps through: it still counts against the block's number.
        QList<InboxAlert> many;
        for (int i = 0; i < 12; ++i)
            many << makeAlert(QStringLiteral("ServiceDown"), QStringLiteral("critical"),
                QStringLiteral("svc-%1").arg(i), i + 1);
        const AlertBandSummary crowded = AlertBandSummary::from(many);
        QCOMPARE(crowded.newest.size(), 10);
        QCOMPARE(crowded.place(9).position, 10);
        QCOMPARE(crowded.place(9).of, 12);
    }

    void tickerEndsInAnEllipsisWhenTheSentenceIsTooLong()
    {
        AlertBand band;
        band.resize(700, 60);
        QList<InboxAlert> alerts { makeAlert(
            QStringLiteral("HighErrorRate"), QStringLiteral("critical"), QStringLiteral("audit"), 3) };
        alerts[0].alert.annotations[QStringLiteral("summary")]
            = QStringLiteral("error rate above 5 % on every instance of the audit service for ten minutes");
        band.setAlerts(alerts);
        band.show();
        QVERIFY(QTest::qWaitForWindowExposed(&band));
        const QLabel *ticker = band.tickerLabel();
        const QString shown = band.tickerShownText();
        QVERIFY2(shown.endsWith(QChar(0x2026)), qPrintable(shown));
        QVERIFY(shown.size() < band.tickerText().size());
        QVERIFY(band.tickerText().contains(QStringLiteral("ten minutes"))); // the whole sentence is kept
        QVERIFY(ticker->fontMetrics().horizontalAdvance(shown) <= ticker->contentsRect().width());
        QCOMPARE(ticker->toolTip(), band.tickerText());

        // With room for it, the sentence is whole.
        band.resize(3000, 60);
        QTRY_COMPARE(band.tickerShownText(), band.tickerText());
    }

    void bandCountsSeveritiesWithoutAChipOfTheirOwn()
    {
        AlertBand band;
        band.resize(1600, 60);
        QList<InboxAlert> alerts = fleet();
        alerts << makeAlert(QStringLiteral("BackupLate"), QStringLiteral("page"), QStringLiteral("reporting"),
            3) << makeAlert(QStringLiteral("Unlabelled"), QString(), QStringLiteral("search"), 4);
        band.setAlerts(alerts);
        QCOMPARE(
            band.countsText(), QStringLiteral("2 critical · 1 warning · 1 info · 2 other · 1 acknowledged"));
        const QLabel *other = band.findChild<QLabel *>(QStringLiteral("band-other"));
        QVERIFY(other);
        QVERIFY(other->isVisibleTo(&band));
        QCOMPARE(other->text(), QStringLiteral("2 OTHER"));
        band.setAlerts(fleet());
        QVERIFY(!other->isVisibleTo(&band));
    }

    void bandDoesNotCallItAllClearWhenThatMayBeFalse()
    {
        AlertBand band;
        band.setAlerts({});
        const QString plain = band.tickerText();
        band.setAllClearCaveat(QStringLiteral("Prometheus unreachable: alert rules are not evaluated"));
        QCOMPARE(band.tickerText(), QStringLiteral("Prometheus unreachable: alert rules are not evaluated"));
        QVERIFY(band.tickerColor() != band.palette().color(QPalette::WindowText));
        // Nor do its chips say zero: nobody knows.
        QStringList chips;
        for (const QLabel *label : band.findChildren<QLabel *>())
            chips << label->text();
        QVERIFY2(
            chips.contains(QStringLiteral("? CRITICAL")) && !chips.contains(QStringLiteral("0 CRITICAL")),
            qPrintable(chips.join(u'|')));
        // Firing alerts still come first: the caveat replaces only the all-clear.
        band.setAlerts(fleet());
        QVERIFY2(band.tickerText().contains(QStringLiteral("ServiceDown")), qPrintable(band.tickerText()));
        band.setAlerts({});
        band.setAllClearCaveat(QString());
        QCOMPARE(band.tickerText(), plain);
    }

    void boardPutsWhatNeedsSomeoneFirst()
    {
        NocAlertBoard board;
        board.resize(1600, 900);
        board.setAlerts(fleet());
        const QStringList rows = board.rowTexts();
        QCOMPARE(rows.size(), 6);
        QVERIFY2(rows[0].startsWith(QStringLiteral("CRITICAL ServiceDown · trading")), qPrintable(rows[0]));
        QVERIFY(rows[1].startsWith(QStringLiteral("CRITICAL HighErrorRate · audit")));
        QVERIFY(rows[2].startsWith(QStringLiteral("WARNING HighLatency")));
        QVERIFY(rows[3].startsWith(QStringLiteral("INFO DiskSpace")));
        QVERIFY2(
            rows[4].contains(QStringLiteral("ACK dana")), qPrintable(rows[4])); // owned: after the open ones
        QVERIFY(rows[5].startsWith(QStringLiteral("WARNING HighMemory")));
        QVERIFY(board.visibleRowCount() >= 6);

        board.resize(1600, 200); // a short page counts the rest instead of scrolling
        QVERIFY(board.visibleRowCount() < 6);
        QImage image(board.size(), QImage::Format_ARGB32);
        board.render(&image); // paints "+N more" without tripping over the cut
    }

    void bannersAppearForUnreachableServersOnly()
    {
        const QList<ServerStatus> servers { server(
                                                ServerStatus::Kind::Prometheus, QStringLiteral("main"), true),
            server(ServerStatus::Kind::Alertmanager, QStringLiteral("prod #1"), true) };
        UnreachableBanners banners(servers);
        QVERIFY(banners.texts().isEmpty());
        QVERIFY(banners.isHidden());

        banners.setStatus(0, server(ServerStatus::Kind::Prometheus, QStringLiteral("main"), false));
        QCOMPARE(banners.texts(), QStringList { QStringLiteral("Prometheus unreachable since 14:02") });
        QVERIFY(!banners.isHidden());
        banners.setStatus(1, server(ServerStatus::Kind::Alertmanager, QStringLiteral("prod #1"), false));
        QCOMPARE(banners.texts().value(1), QStringLiteral("Alertmanager prod #1 unreachable since 14:02"));

        banners.setStatus(0, server(ServerStatus::Kind::Prometheus, QStringLiteral("main"), true));
        banners.setStatus(1, server(ServerStatus::Kind::Alertmanager, QStringLiteral("prod #1"), true));
        QVERIFY(banners.texts().isEmpty());
        QVERIFY(banners.isHidden());
    }

    void headlineNamesTheDayOfAnOldOutage()
    {
        ServerStatus status = server(ServerStatus::Kind::Prometheus, QStringLiteral("main"), false);
        status.unreachableSince = QDateTime(QDate(2026, 11, 20), QTime(9, 30), Qt::LocalTime).toUTC();
        const QDateTime now(QDate(2026, 11, 25), QTime(10, 0), Qt::LocalTime);
        QCOMPARE(UnreachableBanners::headline(status, true, now),
            QStringLiteral("Prometheus main unreachable since 2026-11-20 09:30"));
    }
};

QTEST_MAIN(TestNocWidgets)
#include "tst_noc_widgets.moc"
