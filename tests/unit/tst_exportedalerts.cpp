// SPDX-License-Identifier: GPL-3.0-or-later
// What an export says about the alerts, in the window and in `snapshot` alike: the alerts as
// read, a sentence per cluster that did not answer, and null (not an empty list) when nothing
// was ever read. On recorded Alertmanager answers.
#include "alertpoller.h"
#include "alertsbackend.h"
#include "consoleconfig.h"
#include "exportedalerts.h"
#include "recordedtransport.h"
#include "testutils.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace pivori;

namespace {

// Never contacted: the recorded transport answers in their place.
const QUrl kLive(QStringLiteral("http://127.0.0.1:19093"));
const QUrl kDead(QStringLiteral("http://127.0.0.1:29093"));

ConsoleConfig twoClusters()
{
    ConsoleConfig config;
    config.alertmanagers = { AlertmanagerCluster {
                                 QStringLiteral("prod"), { pivori::testutils::endpointAt(kLive, 300) } },
        AlertmanagerCluster { QStringLiteral("staging"), { pivori::testutils::endpointAt(kDead, 300) } } };
    return config;
}

bool pollOnce(AlertsBackend &backend)
{
    QSignalSpy finished(backend.poller(), &AlertPoller::roundFinished);
    backend.refreshNow();
    return finished.wait(5000);
}

} // namespace

class TestExportedAlerts final : public QObject
{
    Q_OBJECT

private slots:
    void nothingConfiguredIsNull()
    {
        const ExportedAlerts none = ExportedAlerts::from(nullptr);
        QVERIFY(!none.configured);
        QVERIFY(!none.reportAlerts());
        QVERIFY(none.json().isNull());
    }

    void neverReadIsNullNotEmpty()
    {
        RecordedTransport transport;
        transport.answer(
            RecordedRoute("GET", "/api/v2/alerts"), RecordedAnswer::transportFailure(Error::Kind::Network));
        transport.answer(
            RecordedRoute("GET", "/api/v2/silences"), RecordedAnswer::transportFailure(Error::Kind::Network));
        AlertsBackend backend(twoClusters(), &transport);
        QVERIFY(pollOnce(backend));
        const ExportedAlerts exported = ExportedAlerts::from(&backend);
        QVERIFY(exported.configured);
        QVERIFY(!exported.anyRead);
        QVERIFY(exported.json().isNull()); // an empty array would read as "nothing firing"
        QCOMPARE(exported.problems.size(), 2);
        QVERIFY(exported.reportAlerts().has_value());
    }

    void anExportDuringTheFirstRoundNamesEveryClusterNotHeardYet()
    {
        RecordedTransport transport;
        transport.answer(RecordedRoute("GET", "/api/v2/alerts"), RecordedAnswer::noAnswer());
        transport.answer(RecordedRoute("GET", "/api/v2/silences"), RecordedAnswer::noAnswer());
        AlertsBackend backend(twoClusters(), &transport);
        backend.refreshNow(); // a round starts and has not answered when the export is taken
        const ExportedAlerts exported = ExportedAlerts::from(&backend, QStringLiteral("unknown — reason"));
        QVERIFY(exported.json().isNull());
        QCOMPARE(exported.problems.size(), 3);
        QVERIFY2(
            exported.problemText().contains(QStringLiteral("\"prod\" did not answer: no answer in time")),
            qPrintable(exported.problemText()));
        QVERIFY2(exported.problemText().contains(QStringLiteral("\"staging\" did not answer")),
            qPrintable(exported.problemText()));
        QVERIFY2(
            exported.problemText().endsWith(QStringLiteral("The list may miss alerts: unknown — reason.")),
            qPrintable(exported.problemText()));
    }

    void aSilentClusterIsNamedBesideTheAlertsOfTheOther()
    {
        RecordedTransport transport;
        transport.answer(RecordedRoute("GET", "/api/v2/alerts").onServer(kLive),
            RecordedAnswer::file("alertmanager/alerts-mixed-states.json"));
        transport.answer(RecordedRoute("GET", "/api/v2/silences").onServer(kLive),
            RecordedAnswer::file("alertmanager/silences-all-states.json"));
        transport.answer(RecordedRoute("GET", "/api/v2/alerts").onServer(kDead),
            RecordedAnswer::transportFailure(Error::Kind::Network, QStringLiteral("connection refused")));
        transport.answer(RecordedRoute("GET", "/api/v2/silences").onServer(kDead),
            RecordedAnswer::transportFailure(Error::Kind::Network, QStringLiteral("connection refused")));
        AlertsBackend backend(twoClusters(), &transport);
        QVERIFY(pollOnce(backend));

        const ExportedAlerts exported = ExportedAlerts::from(&backend);
        QVERIFY(exported.anyRead);
        QVERIFY(!exported.alerts.isEmpty());
        QCOMPARE(exported.json().toArray().size(), exported.alerts.size());
        QCOMPARE(exported.problems.size(), 1);
        QVERIFY2(exported.problemText().startsWith(
                     QStringLiteral("Alertmanager cluster \"staging\" did not answer: ")),
            qPrintable(exported.problemText()));
        QVERIFY2(exported.problemText().contains(QStringLiteral("connection refused")),
            qPrintable(exported.problemText()));
        QVERIFY(transport.unmatched().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestExportedAlerts)
#include "tst_exportedalerts.moc"
