// SPDX-License-Identifier: GPL-3.0-or-later
// Each simulator scenario makes the guide's alert fire in the real Prometheus (the
// shipped rules, durations scaled 60x) and the alert reaches BOTH Alertmanager replicas.
#include "stackfixture.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrlQuery>

using namespace pivori;
using namespace pivori::testing;

class TestScenarios final : public QObject
{
    Q_OBJECT

private:
    StackState m_stack;
    QJsonArray m_available;

    QString defaultTarget(const QString &scenario) const
    {
        for (const auto &value : m_available) {
            const QJsonObject entry = value.toObject();
            if (entry.value(QLatin1String("name")).toString() == scenario)
                return entry.value(QLatin1String("defaultTarget")).toString();
        }
        return {};
    }

    /// True when the replica holds a non-expired alert with this name and label value.
    bool replicaHas(
        const QUrl &replica, const QString &alertname, const QString &label, const QString &value) const
    {
        QUrl url = replica;
        url.setPath(QStringLiteral("/api/v2/alerts"));
        const QJsonArray alerts = getJson(url).array();
        for (const auto &alert : alerts) {
            const QJsonObject labels = alert.toObject().value(QLatin1String("labels")).toObject();
            if (labels.value(QLatin1String("alertname")).toString() == alertname
                && labels.value(label).toString() == value)
                return true;
        }
        return false;
    }

private slots:
    void initTestCase()
    {
        m_stack = fixtureStack();
        QUrl url = m_stack.simulator;
        url.setPath(QStringLiteral("/scenarios"));
        const QJsonObject scenarios = getJson(url).object();
        m_available = scenarios.value(QLatin1String("available")).toArray();
        QVERIFY2(m_available.size() >= 7, "the simulator should offer the seven scenarios of the guide");
        QVERIFY(scenarios.value(QLatin1String("active")).toArray().isEmpty());

        // Baseline: the healthy fleet fires nothing (the rules are loaded and evaluated).
        QUrl rulesUrl = m_stack.prometheus;
        rulesUrl.setPath(QStringLiteral("/api/v1/rules"));
        QTRY_VERIFY_WITH_TIMEOUT(!getJson(rulesUrl)
                                      .object()
                                      .value(QLatin1String("data"))
                                      .toObject()
                                      .value(QLatin1String("groups"))
                                      .toArray()
                                      .isEmpty(),
            20000);
        const QJsonArray groups
            = getJson(rulesUrl).object()[QLatin1String("data")][QLatin1String("groups")].toArray();
        int alertingRules = 0;
        for (const auto &group : groups) {
            for (const auto &rule : group.toObject().value(QLatin1String("rules")).toArray()) {
                const QJsonObject r = rule.toObject();
                if (r.value(QLatin1String("type")).toString() != QLatin1String("alerting"))
                    continue;
                ++alertingRules;
                QVERIFY2(r.value(QLatin1String("health")).toString() != QLatin1String("err"),
                    qPrintable(r.value(QLatin1String("lastError")).toString()));
                if (r.value(QLatin1String("name")).toString() == QLatin1String("Watchdog"))
                    continue; // the dead man's switch fires always, on purpose
                QVERIFY2(r.value(QLatin1String("state")).toString() == QLatin1String("inactive"),
                    qPrintable(QStringLiteral("%1 is %2 on a healthy fleet")
                                   .arg(r.value(QLatin1String("name")).toString(),
                                       r.value(QLatin1String("state")).toString())));
            }
        }
        QCOMPARE(alertingRules, 12); // the guide's eleven and the Watchdog

        // Every scenario at once: their default targets are distinct services, pods and nodes.
        for (const auto &value : m_available) {
            const QString name = value.toObject().value(QLatin1String("name")).toString();
            QUrl on = m_stack.simulator;
            on.setPath(QStringLiteral("/scenarios/") + name);
            const RawReply reply = httpRequest("POST", on);
            QVERIFY2(
                reply.status == 200, qPrintable(name + QStringLiteral(": ") + QString::fromUtf8(reply.body)));
        }
    }

    void cleanupTestCase()
    {
        for (const auto &value : m_available) {
            QUrl off = m_stack.simulator;
            off.setPath(
                QStringLiteral("/scenarios/") + value.toObject().value(QLatin1String("name")).toString());
            httpRequest("DELETE", off);
        }
    }

    void alertReachesBothReplicas_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QString>("alertname");
        QTest::addColumn<QString>("label");
        QTest::newRow("latency spike fires the P95 warning") << "latency-spike"
                                                             << "HighP95Latency"
                                                             << "service";
        QTest::newRow("latency spike fires the P99 page") << "latency-spike"
                                                          << "CriticalP99Latency"
                                                          << "service";
        QTest::newRow("5xx burst fires the error-rate warning") << "error-burst"
                                                                << "HighErrorRate"
                                                                << "service";
        QTest::newRow("5xx burst fires the error-rate page") << "error-burst"
                                                             << "CriticalErrorRate"
                                                             << "service";
        QTest::newRow("memory leak passes 1.8 GB") << "memory-leak"
                                                   << "HighMemoryUsage"
                                                   << "pod";
        QTest::newRow("memory leak passes 1.95 GB") << "memory-leak"
                                                    << "CriticalMemoryUsage"
                                                    << "pod";
        QTest::newRow("CPU saturation passes 75 %") << "cpu-saturation"
                                                    << "HighCPUUsage"
                                                    << "pod";
        QTest::newRow("crash loop restarts the pod") << "crash-loop"
                                                     << "PodCrashLooping"
                                                     << "pod";
        QTest::newRow("node not ready") << "node-not-ready"
                                        << "NodeNotReady"
                                        << "node";
        QTest::newRow("service down fails its probe") << "service-down"
                                                      << "ServiceDown"
                                                      << "service";
    }

    void alertReachesBothReplicas()
    {
        QFETCH(QString, scenario);
        QFETCH(QString, alertname);
        QFETCH(QString, label);
        const QString target = defaultTarget(scenario);
        QVERIFY2(!target.isEmpty(), qPrintable(QStringLiteral("no scenario named ") + scenario));
        for (const QUrl &replica : m_stack.alertmanagers) {
            QTRY_VERIFY2_WITH_TIMEOUT(replicaHas(replica, alertname, label, target),
                qPrintable(QStringLiteral("%1{%2=\"%3\"} never reached %4")
                               .arg(alertname, label, target, replica.toString())),
                90000);
        }
    }
};

QTEST_GUILESS_MAIN(TestScenarios)
#include "tst_scenarios.moc"
