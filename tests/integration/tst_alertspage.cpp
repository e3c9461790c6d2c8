// SPDX-License-Identifier: GPL-3.0-or-later
// The Alerts page on the shared stack: once its backend polls, the inbox shows what the HA
// pair reports firing, the header counts it and the page says so through countsChanged; a
// page made after the backend has polled (the wall was opened first, say) shows the existing
// alerts at once. The healthy fleet fires nothing (tst_scenarios relies on that), so this
// test sends two alerts of its own to the real pair, as Prometheus would, and resolves them
// at the end; whatever else fires on the stack at the time must be shown as well.
#include "alertcountstrip.h"
#include "alertinboxmodel.h"
#include "alertinboxpanel.h"
#include "alertinboxview.h"
#include "alertpoller.h"
#include "alertsbackend.h"
#include "alertspage.h"
#include "networktransport.h"
#include "stackfixture.h"
#include "testutils.h"

#include <QCoreApplication>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUuid>

#include <memory>
#include <utility>

using namespace pivori;
using namespace pivori::testing;

class TestAlertsPage final : public QObject
{
    Q_OBJECT

private:
    StackState m_stack;
    ConsoleConfig m_config;
    QNetworkAccessManager m_nam;
    std::unique_ptr<HttpTransport> m_transport;
    QTemporaryDir m_journal;
    QString m_marker;

    /// Two critical, one warning: counts that differ tell the severities apart. Names no
    /// inhibition rule knows, so all three count as firing whatever else fires.
    static QList<std::pair<QString, QString>> ourAlerts()
    {
        return { { QStringLiteral("AlertsPageCritical"), QStringLiteral("critical") },
            { QStringLiteral("AlertsPageCriticalToo"), QStringLiteral("critical") },
            { QStringLiteral("AlertsPageWarning"), QStringLiteral("warning") } };
    }

    void postOurAlert(const QString &alertname, const QString &severity, const QDateTime &endsAt)
    {
        postAlert(m_stack.alertmanagers[0],
            { { QStringLiteral("alertname"), alertname }, { QStringLiteral("severity"), severity },
                { QStringLiteral("service"), QStringLiteral("alerts-page-test") },
                { QStringLiteral("test_run"), m_marker } },
            alertname + QStringLiteral(" sent by the test"), endsAt);
    }

    /// The fingerprints the pair reports firing: active (neither silenced nor inhibited) on
    /// a replica and suppressed on none; the inbox merges both replicas the same way. The dead
    /// man's switch (Watchdog) fires always and is never shown as an alert.
    QSet<QString> firingOnAlertmanager() const
    {
        QSet<QString> active;
        QSet<QString> suppressed;
        for (const QUrl &replica : m_stack.alertmanagers) {
            for (const QJsonValue &alert :
                getJson(apiUrl(replica, QStringLiteral("/api/v2/alerts"))).array()) {
                if (alert[QLatin1String("labels")][QLatin1String("alertname")].toString()
                    == QLatin1String("Watchdog"))
                    continue;
                const QString fingerprint = alert[QLatin1String("fingerprint")].toString();
                const QString state = alert[QLatin1String("status")][QLatin1String("state")].toString();
                if (state == QLatin1String("active"))
                    active.insert(fingerprint);
                else if (state == QLatin1String("suppressed"))
                    suppressed.insert(fingerprint);
            }
        }
        return active - suppressed;
    }

    static QSet<QString> shownFingerprints(const AlertsPage &page)
    {
        const QStringList shown
            = testutils::childRowValues(*page.inbox()->view()->model(), AlertInboxModel::FingerprintRole);
        return { shown.cbegin(), shown.cend() };
    }

    /// The keys of this test's alerts in the backend's inbox.
    static QStringList ourKeys(const AlertsBackend &backend, const QString &marker)
    {
        QStringList keys;
        for (const InboxAlert &alert : backend.poller()->alerts()) {
            if (alert.label(QStringLiteral("test_run")) == marker)
                keys << alert.key();
        }
        keys.sort();
        return keys;
    }

    static QList<int> pageCounts(const AlertsPage &page)
    {
        return { page.firingCount(QStringLiteral("critical")), page.firingCount(QStringLiteral("warning")),
            page.firingCount(QStringLiteral("info")) };
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // the page keeps its layout in QSettings
        QCoreApplication::setOrganizationName(QStringLiteral("PivoriTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_alertspage"));
        QVERIFY(m_journal.isValid());
        m_stack = fixtureStack();
        m_config = stackConfig(m_stack);
        m_config.refresh.alertsMs = 1000;
        m_transport = std::make_unique<NetworkTransport>(&m_nam);
        m_marker = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QDateTime endsAt = QDateTime::currentDateTimeUtc().addSecs(600);
        for (const auto &[alertname, severity] : ourAlerts())
            postOurAlert(alertname, severity, endsAt);
    }

    void cleanupTestCase()
    {
        // Resolved, so they leave the shared stack's alerts to the tests after this one.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const auto &[alertname, severity] : ourAlerts())
            postOurAlert(alertname, severity, now);
    }

    void showsWhatFiresOnceTheBackendPolls()
    {
        AlertsBackend backend(m_config, m_transport.get(), m_journal.path());
        AlertsPage page(m_config, &backend);
        page.resize(1400, 800);
        page.show();
        QSignalSpy counts(&page, &AlertsPage::countsChanged);
        QVERIFY(shownFingerprints(page).isEmpty()); // nothing asked yet

        backend.start();
        QTRY_COMPARE_WITH_TIMEOUT(ourKeys(backend, m_marker).size(), 3, 30000);
        // Every alert the pair reports firing is in the inbox (polled each second, so an alert
        // that fires or resolves in between is caught up with by the next round).
        QTRY_VERIFY_WITH_TIMEOUT(firingOnAlertmanager().subtract(shownFingerprints(page)).isEmpty(), 30000);
        for (const QString &key : ourKeys(backend, m_marker))
            QVERIFY2(testutils::childRowValues(*page.inbox()->view()->model(), AlertInboxModel::KeyRole)
                         .contains(key),
                qPrintable(key));

        // Ours are counted, and the last countsChanged told the same.
        const QList<int> now = pageCounts(page);
        QVERIFY2(now[0] >= 2 && now[1] >= 1, qPrintable(QStringLiteral("%1 %2").arg(now[0]).arg(now[1])));
        const auto lastSignalled = [&counts] {
            return counts.isEmpty() ? QList<int>()
                                    : QList<int> { counts.last().at(0).toInt(), counts.last().at(1).toInt(),
                                          counts.last().at(2).toInt() };
        };
        QTRY_COMPARE_WITH_TIMEOUT(lastSignalled(), pageCounts(page), 10000);
        auto *strip = page.findChild<AlertCountStrip *>();
        QVERIFY(strip);
        QTRY_VERIFY_WITH_TIMEOUT(
            strip->summaryText().startsWith(
                QStringLiteral("%1 critical").arg(page.firingCount(QStringLiteral("critical")))),
            10000);
    }

    void pageMadeAfterThePollShowsTheAlertsAtOnce()
    {
        AlertsBackend backend(m_config, m_transport.get(), m_journal.path());
        backend.start();
        QTRY_COMPARE_WITH_TIMEOUT(ourKeys(backend, m_marker).size(), 3, 30000);

        // No event runs between here and the checks: what the page shows, it had from the start.
        AlertsPage page(m_config, &backend);
        const QStringList shownKeys
            = testutils::childRowValues(*page.inbox()->view()->model(), AlertInboxModel::KeyRole);
        for (const QString &key : ourKeys(backend, m_marker))
            QVERIFY2(shownKeys.contains(key), qPrintable(key));
        QCOMPARE(pageCounts(page),
            (QList<int> { backend.firingCount(QStringLiteral("critical")),
                backend.firingCount(QStringLiteral("warning")),
                backend.firingCount(QStringLiteral("info")) }));
        QVERIFY(page.firingCount(QStringLiteral("critical")) >= 2);
        auto *strip = page.findChild<AlertCountStrip *>();
        QVERIFY(strip);
        QVERIFY2(strip->summaryText().startsWith(
                     QStringLiteral("%1 critical").arg(page.firingCount(QStringLiteral("critical")))),
            qPrintable(strip->summaryText()));
    }
};

QTEST_MAIN(TestAlertsPage)
#include "tst_alertspage.moc"
