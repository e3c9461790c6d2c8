// SPDX-License-Identifier: GPL-3.0-or-later
// Which labels an acknowledgement matches on: the problem and its place, not the running copy.
#include "identifyinglabels.h"
#include "testutils.h"

#include <QTest>

using namespace pivori;

namespace {

using Labels = QMap<QString, QString>;

QString text(const QList<Matcher> &matchers)
{
    QStringList parts;
    for (const Matcher &m : matchers)
        parts.append(m.toString());
    return parts.join(QStringLiteral(", "));
}

using testutils::labels;

} // namespace

class TestIdentifyingLabels final : public QObject
{
    Q_OBJECT

private slots:
    void matchers_data()
    {
        QTest::addColumn<Labels>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("service alert keeps alertname and service, drops severity")
            << labels(
                   { { "alertname", "HighP95Latency" }, { "severity", "warning" }, { "service", "trading" } })
            << QStringLiteral("alertname=\"HighP95Latency\", service=\"trading\"");
        QTest::newRow("pod alert drops the pod, keeps namespace and container")
            << labels({ { "alertname", "HighMemoryUsage" }, { "container", "reports" },
                   { "namespace", "production" }, { "pod", "reports-5c9d7f8b6d-q2x7z" },
                   { "service", "reports" }, { "severity", "warning" } })
            << QStringLiteral("alertname=\"HighMemoryUsage\", container=\"reports\", "
                              "namespace=\"production\", service=\"reports\"");
        QTest::newRow("node alert keeps the node, drops instance and job stays")
            << labels({ { "alertname", "NodeNotReady" }, { "instance", "10.0.0.7:8080" },
                   { "job", "kube-state-metrics" }, { "node", "worker-3" }, { "condition", "Ready" },
                   { "status", "true" } })
            << QStringLiteral("alertname=\"NodeNotReady\", condition=\"Ready\", job=\"kube-state-metrics\", "
                              "node=\"worker-3\", status=\"true\"");
        QTest::newRow("generated values are dropped whatever the label is called")
            << labels({ { "alertname", "PodCrashLooping" }, { "owner", "api-6f7b9c8d5f-7kq2w" },
                   { "request", "123e4567-e89b-12d3-a456-426614174000" },
                   { "cid",
                       "containerd://0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef" } })
            << QStringLiteral("alertname=\"PodCrashLooping\"");
        QTest::newRow("words without the pod-hash alphabet are kept")
            << labels({ { "alertname", "X" }, { "deployment", "market-data-engine" },
                   { "endpoint", "/api/v1/orders" } })
            << QStringLiteral(
                   "alertname=\"X\", deployment=\"market-data-engine\", endpoint=\"/api/v1/orders\"");
        QTest::newRow("empty values give no matcher")
            << labels({ { "alertname", "X" }, { "service", "" } }) << QStringLiteral("alertname=\"X\"");
        QTest::newRow("histogram bucket and HA replica are dropped") << labels(
            { { "alertname", "X" }, { "le", "0.5" }, { "replica", "b" }, { "prometheus_replica", "p-1" } })
                                                                     << QStringLiteral("alertname=\"X\"");
        QTest::newRow("a hostile value is quoted, not interpreted")
            << labels({ { "alertname", "X\"}, y=\"z" }, { "service", "a\\b\nc" } })
            << QStringLiteral("alertname=\"X\\\"}, y=\\\"z\", service=\"a\\\\b\\nc\"");
        QTest::newRow("no alertname: the identifying rest")
            << labels({ { "service", "trading" }, { "pod", "p" } }) << QStringLiteral("service=\"trading\"");
    }

    void matchers()
    {
        QFETCH(Labels, input);
        QFETCH(QString, expected);
        const QList<Matcher> got = IdentifyingLabels().matchersFor(input);
        QCOMPARE(text(got), expected);
        for (const Matcher &m : got)
            QVERIFY(m.isEqual && !m.isRegex);
        // The ack must match the alert it was made from.
        QVERIFY(matches(got, input));
    }

    void configuredPatternsAlsoDrop_data()
    {
        QTest::addColumn<QStringList>("patterns");
        QTest::addColumn<QString>("expected");
        QTest::newRow("exact name") << QStringList { QStringLiteral("cluster_id") }
                                    << QStringLiteral("alertname=\"X\", region=\"eu\", shard_a=\"1\"");
        QTest::newRow("wildcard") << QStringList { QStringLiteral("shard_*") }
                                  << QStringLiteral("alertname=\"X\", cluster_id=\"c7\", region=\"eu\"");
        QTest::newRow("regex characters are literal")
            << QStringList { QStringLiteral("shard_."), QStringLiteral("  ") }
            << QStringLiteral("alertname=\"X\", cluster_id=\"c7\", region=\"eu\", shard_a=\"1\"");
        QTest::newRow("alertname cannot be dropped")
            << QStringList { QStringLiteral("*") } << QStringLiteral("alertname=\"X\"");
    }

    void configuredPatternsAlsoDrop()
    {
        QFETCH(QStringList, patterns);
        QFETCH(QString, expected);
        const Labels input = labels(
            { { "alertname", "X" }, { "cluster_id", "c7" }, { "region", "eu" }, { "shard_a", "1" } });
        QCOMPARE(text(IdentifyingLabels(patterns).matchersFor(input)), expected);
    }

    void generatedValues_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("generated");
        QTest::newRow("deployment pod") << QStringLiteral("trading-7d9f8b6c5d-x2k4p") << true;
        QTest::newRow("statefulset pod is stable") << QStringLiteral("prometheus-0") << false;
        QTest::newRow("service name with dashes") << QStringLiteral("market-data") << false;
        QTest::newRow("vowels are never in a hash") << QStringLiteral("order-service-engine") << false;
        QTest::newRow("uuid") << QStringLiteral("123E4567-E89B-12D3-A456-426614174000") << true;
        QTest::newRow("bare container id") << QString(64, u'a') << true;
        QTest::newRow("63 hex digits") << QString(63, u'a') << false;
        QTest::newRow("empty") << QString() << false;
    }

    void generatedValues()
    {
        QFETCH(QString, value);
        QFETCH(bool, generated);
        QCOMPARE(IdentifyingLabels::looksGenerated(value), generated);
    }
};

QTEST_GUILESS_MAIN(TestIdentifyingLabels)
#include "tst_identifyinglabels.moc"
