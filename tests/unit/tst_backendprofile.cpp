// SPDX-License-Identifier: GPL-3.0-or-later
// A Prometheus server's backend profile: read from the configuration (flavor, path prefix,
// headers, Thanos settings), with the mistakes a person makes named, and what each flavor has.
#include "backendprofile.h"
#include "configloader.h"
#include "configtestdata.h"

#include <QTest>

using namespace pivori;
using namespace configtest;

class TestBackendProfile final : public QObject
{
    Q_OBJECT

private slots:
    void mimirProfileIsRead()
    {
        const ConfigLoadResult result = ConfigLoader::loadText("prometheus:\n"
                                                               "  - name: mimir\n"
                                                               "    url: http://mimir:8080/\n"
                                                               "    flavor: mimir\n"
                                                               "    path_prefix: /prometheus\n"
                                                               "    headers:\n"
                                                               "      X-Scope-OrgID: team-a\n",
            kShown);
        QVERIFY2(result.ok(), qPrintable(dump(result.errors)));
        const Endpoint &endpoint = result.config.prometheus.first().endpoint;
        QCOMPARE(endpoint.backend.flavor, BackendProfile::Flavor::Mimir);
        QCOMPARE(endpoint.resolve(QStringLiteral("/api/v1/query")).toString(),
            QStringLiteral("http://mimir:8080/prometheus/api/v1/query"));
        QCOMPARE(endpoint.headers.size(), 1);
        QCOMPARE(endpoint.headers.first().first, QByteArray("X-Scope-OrgID"));
        QCOMPARE(endpoint.headers.first().second, QByteArray("team-a"));
        QCOMPARE(endpoint.backend.readyPath(), QStringLiteral("/ready"));
        QVERIFY(endpoint.backend.readyAtRoot());
        QVERIFY(endpoint.backend.has(BackendProfile::Feature::Rules));
        QVERIFY(!endpoint.backend.has(BackendProfile::Feature::Targets));
    }

    void thanosSendsPartialResponseAndDedup()
    {
        const ConfigLoadResult result = ConfigLoader::loadText(kServers
                + "    flavor: thanos\n"
                  "    partial_response: false\n",
            kShown);
        QVERIFY2(result.ok(), qPrintable(dump(result.errors)));
        const BackendProfile &backend = result.config.prometheus.first().endpoint.backend;
        const QList<std::pair<QString, QString>> expected { { QStringLiteral("partial_response"),
                                                                QStringLiteral("false") },
            { QStringLiteral("dedup"), QStringLiteral("true") } };
        QCOMPARE(backend.queryParams(), expected);
        // A plain Prometheus gets none.
        QVERIFY(ConfigLoader::loadText(kServers, kShown)
                    .config.prometheus.first()
                    .endpoint.backend.queryParams()
                    .isEmpty());
    }

    void victoriaMetricsLacksRulesButScrapes()
    {
        BackendProfile vm;
        vm.flavor = BackendProfile::Flavor::VictoriaMetrics;
        QVERIFY(vm.has(BackendProfile::Feature::Targets));
        for (const auto feature : { BackendProfile::Feature::Rules, BackendProfile::Feature::Alertmanagers,
                 BackendProfile::Feature::RuntimeInfo, BackendProfile::Feature::TsdbStatus })
            QVERIFY(!vm.has(feature));
        QCOMPARE(vm.notAvailableText(QStringLiteral("The TSDB status")),
            QStringLiteral("The TSDB status is not available on this backend (VictoriaMetrics)"));
        QVERIFY(BackendProfile().has(BackendProfile::Feature::Rules));
    }

    void mistakesAreNamed_data()
    {
        QTest::addColumn<QByteArray>("extra");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("unknown flavor")
            << QByteArray("    flavor: influx\n") << QStringLiteral("victoriametrics");
        QTest::newRow("prefix without slash")
            << QByteArray("    path_prefix: prometheus\n") << QStringLiteral("/prometheus");
        QTest::newRow("thanos setting elsewhere")
            << QByteArray("    dedup: false\n") << QStringLiteral("flavor: thanos");
        QTest::newRow("header name with a space")
            << QByteArray("    headers:\n      \"X Tenant\": a\n") << QStringLiteral("not a header name");
        QTest::newRow("authorization as a header")
            << QByteArray("    headers:\n      Authorization: Bearer hunter2\n") << QStringLiteral("auth");
        QTest::newRow("headers not a map") << QByteArray("    headers: [a]\n") << QStringLiteral("map");
    }

    void mistakesAreNamed()
    {
        QFETCH(QByteArray, extra);
        QFETCH(QString, mentions);
        const ConfigLoadResult result = ConfigLoader::loadText(kServers + extra, kShown);
        QVERIFY(!result.ok());
        QCOMPARE(result.errors.size(), 1);
        QVERIFY2(result.errors.first().message.contains(mentions), qPrintable(dump(result.errors)));
        QVERIFY(!result.errors.first().message.contains(QLatin1String("hunter2")));
    }
};

QTEST_GUILESS_MAIN(TestBackendProfile)
#include "tst_backendprofile.moc"
