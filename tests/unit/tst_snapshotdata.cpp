// SPDX-License-Identifier: GPL-3.0-or-later
// The snapshot's data file has exactly the documented shape, keeps Prometheus's labels
// and expressions verbatim, and writes what JSON cannot hold (NaN, infinities) unambiguously.
#include "snapshotdata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <limits>

using namespace pivori;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();

Dashboard sampleDashboard()
{
    Dashboard d;
    d.id = QStringLiteral("production");
    d.title = QStringLiteral("Production");
    Panel gauge;
    gauge.id = QStringLiteral("uptime");
    gauge.title = QStringLiteral("Uptime Global");
    gauge.type = PanelType::Gauge;
    gauge.unit = PanelUnit::Percent;
    gauge.queries = { { QStringLiteral("100 * up{service=~\"$service\"}"), QStringLiteral("Uptime"), {} } };
    gauge.thresholds = { { 0, QStringLiteral("red"), Severity::Critical, {} },
        { 99.9, QStringLiteral("#00ff00"), Severity::Ok, QStringLiteral("SLO") } };
    Panel latency;
    latency.id = QStringLiteral("latency");
    latency.title = QStringLiteral("Latency");
    latency.type = PanelType::TimeSeries;
    latency.unit = PanelUnit::RequestsPerSecond;
    latency.queries = { { QStringLiteral("p50{service=~\"$service\"}"), QStringLiteral("P50"), {} },
        { QStringLiteral("p95{service=~\"$service\"}"), QStringLiteral("{{service}} P95"), {} } };
    Panel bars;
    bars.id = QStringLiteral("status");
    bars.title = QStringLiteral("Status");
    bars.type = PanelType::Bars;
    bars.unit = PanelUnit::None;
    bars.queries = { { QStringLiteral("sum(x)"), QString(), {} } };
    Panel broken;
    broken.id = QStringLiteral("broken");
    broken.title = QStringLiteral("Broken");
    broken.type = PanelType::Stat;
    broken.unit = PanelUnit::Milliseconds;
    broken.queries = { { QStringLiteral("sum(("), QString(), {} } };
    d.panels = { gauge, latency, bars, broken };
    return d;
}

QMap<QString, PanelData> sampleData()
{
    PanelData gauge;
    gauge.state = PanelData::State::Ok;
    gauge.value = 99.95;
    gauge.expressions = { QStringLiteral("100 * up{service=~\".*\"}") };
    gauge.series = { { QStringLiteral("Uptime"), {}, 0, { { 1700000000.5, 99.95 } } } };
    gauge.endMs = 1700000000500;
    gauge.stepMs = 15000;

    PanelData latency;
    latency.state = PanelData::State::Ok;
    latency.expressions
        = { QStringLiteral("p50{service=~\"trading\"}"), QStringLiteral("p95{service=~\"trading\"}") };
    PanelSeries p50 { QStringLiteral("P50"), {}, 0, { { 1700000000, 0.1 }, { 1700000015, kNaN } } };
    LabelSet labels { { QStringLiteral("service"), QStringLiteral("trading") },
        { QStringLiteral("le"), QStringLiteral("+Inf") },
        { QStringLiteral("__name__"), QStringLiteral("p95") } };
    PanelSeries p95 { QStringLiteral("trading P95"), labels, 1,
        { { 1700000000.123, kInf }, { 1700000015, -kInf }, { 1700000030, 0.25 } } };
    latency.series = { p50, p95 };
    latency.startMs = 1699996395000; // aligned to the step, as the refresher sends it
    latency.endMs = 1700000000500;
    latency.stepMs = 15000;

    PanelData broken;
    broken.state = PanelData::State::Error;
    broken.error = QStringLiteral("invalid parameter \"query\": 1:6: parse error: unclosed left parenthesis");
    broken.expressions = { QStringLiteral("sum((") };
    // The status panel is absent on purpose: it never answered.
    return { { QStringLiteral("uptime"), gauge }, { QStringLiteral("latency"), latency },
        { QStringLiteral("broken"), broken } };
}

QStringList sortedKeys(const QJsonObject &o)
{
    QStringList keys = o.keys();
    keys.sort();
    return keys;
}

} // namespace

class TestSnapshotData final : public QObject
{
    Q_OBJECT

private:
    QJsonObject m_root;

    QJsonObject panel(int index) const
    {
        return m_root.value(QLatin1String("panels")).toArray().at(index).toObject();
    }

private slots:
    void initTestCase()
    {
        const QByteArray json
            = snapshotJson(sampleDashboard(), sampleData(), 1699996400000, 1700000000500, 15000);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QVERIFY(doc.isObject());
        m_root = doc.object();
    }

    void joinedTableCarriesItsCells()
    {
        Dashboard d;
        d.id = QStringLiteral("pods");
        Panel table;
        table.id = QStringLiteral("memory");
        table.type = PanelType::Table;
        table.decimals = 1;
        table.queries
            = { { QStringLiteral("used"), QString(), {} }, { QStringLiteral("limit"), QString(), {} } };
        table.join.enabled = true;
        CalculatedColumn ratio;
        ratio.name = QStringLiteral("Ratio");
        ratio.left = QStringLiteral("Value #A");
        ratio.op = u'/';
        ratio.right = QStringLiteral("Value #B");
        table.calculated = { ratio };
        d.panels = { table };
        const LabelSet a { { QStringLiteral("pod"), QStringLiteral("a") } };
        const LabelSet b { { QStringLiteral("pod"), QStringLiteral("b") } };
        PanelData data;
        data.state = PanelData::State::Ok;
        data.series = { { QString(), a, 0, { { 1700000000, 1 } } },
            { QString(), a, 1, { { 1700000000, 4 } } }, { QString(), b, 0, { { 1700000000, kNaN } } } };
        const QJsonObject root
            = QJsonDocument::fromJson(snapshotJson(d, { { QStringLiteral("memory"), data } }, 0, 1000, 1000))
                  .object();
        const QJsonObject panel = root.value(QLatin1String("panels")).toArray().at(0).toObject();
        QCOMPARE(panel.value(QLatin1String("decimals")).toInt(), 1);
        const QJsonObject t = panel.value(QLatin1String("table")).toObject();
        QStringList names;
        for (const auto &column : t.value(QLatin1String("columns")).toArray())
            names << column.toObject().value(QLatin1String("name")).toString();
        QCOMPARE(names,
            (QStringList { QStringLiteral("pod"), QStringLiteral("Value #A"), QStringLiteral("Value #B"),
                QStringLiteral("Ratio") }));
        const QJsonArray rows = t.value(QLatin1String("rows")).toArray();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).toArray(), (QJsonArray { QStringLiteral("a"), 1.0, 4.0, 0.25 }));
        // No traffic (NaN) is null, as in the series; so is a reading the row does not have.
        QVERIFY(rows.at(1).toArray().at(1).isNull());
        QVERIFY(rows.at(1).toArray().at(2).isNull());
        QVERIFY(rows.at(1).toArray().at(3).isNull());
    }

    void topLevelShape()
    {
        QCOMPARE(sortedKeys(m_root),
            (QStringList { QStringLiteral("dashboard"), QStringLiteral("panels"), QStringLiteral("range"),
                QStringLiteral("variables") }));
        const QJsonObject dashboard = m_root.value(QLatin1String("dashboard")).toObject();
        QCOMPARE(dashboard.value(QLatin1String("id")).toString(), QStringLiteral("production"));
        QCOMPARE(dashboard.value(QLatin1String("title")).toString(), QStringLiteral("Production"));
        const QJsonObject range = m_root.value(QLatin1String("range")).toObject();
        QCOMPARE(range.value(QLatin1String("start")).toDouble(), 1699996400.0);
        QCOMPARE(range.value(QLatin1String("end")).toDouble(), 1700000000.5);
        QCOMPARE(range.value(QLatin1String("step")).toDouble(), 15.0);
        QCOMPARE(range.value(QLatin1String("zoomed")), QJsonValue(false));
    }

    void everyVariableIsNamedWithItsValue()
    {
        Dashboard d = sampleDashboard();
        d.variables = { { QStringLiteral("service"), QStringLiteral("service"), {}, {}, true, {}, false, {} },
            { QStringLiteral("pod"), QStringLiteral("pod"), {}, {}, true, {}, false, {} },
            { QStringLiteral("zone"), QStringLiteral("zone"), {}, {}, false, {}, false, {} } };
        const QMap<QString, VariableValue> values {
            { QStringLiteral("service"), VariableValue::single(QStringLiteral("market-data")) },
            { QStringLiteral("pod"), VariableValue::allValues() },
        };
        const QJsonObject root = QJsonDocument::fromJson(
            snapshotJson(d, sampleData(), 0, 1000, 1000, QJsonValue(QJsonValue::Undefined), values, true))
                                     .object();
        const QJsonObject variables = root.value(QLatin1String("variables")).toObject();
        QCOMPARE(variables.value(QLatin1String("service")).toObject(),
            (QJsonObject { { QStringLiteral("all"), false },
                { QStringLiteral("values"), QJsonArray { QStringLiteral("market-data") } } }));
        QCOMPARE(variables.value(QLatin1String("pod")).toObject(),
            (QJsonObject { { QStringLiteral("all"), true }, { QStringLiteral("values"), QJsonArray() } }));
        // Not set at all: named, with nothing selected.
        QCOMPARE(variables.value(QLatin1String("zone")).toObject(),
            (QJsonObject { { QStringLiteral("all"), false }, { QStringLiteral("values"), QJsonArray() } }));
        QCOMPARE(
            root.value(QLatin1String("range")).toObject().value(QLatin1String("zoomed")), QJsonValue(true));
    }

    void panelRangeIsWhatWasSent()
    {
        // A time series names its exact start, end and step; a gauge the instant it read;
        // a panel that never answered, nothing.
        const QJsonObject latency = panel(1).value(QLatin1String("range")).toObject();
        QCOMPARE(latency.value(QLatin1String("start")).toDouble(), 1699996395.0);
        QCOMPARE(latency.value(QLatin1String("end")).toDouble(), 1700000000.5);
        QCOMPARE(latency.value(QLatin1String("step")).toDouble(), 15.0);
        const QJsonObject gauge = panel(0).value(QLatin1String("range")).toObject();
        QCOMPARE(gauge.keys(), QStringList { QStringLiteral("time") });
        QCOMPARE(gauge.value(QLatin1String("time")).toDouble(), 1700000000.5);
        QVERIFY(panel(2).value(QLatin1String("range")).isNull());
    }

    void panelsInDashboardOrder()
    {
        QStringList ids;
        for (const QJsonValue &p : m_root.value(QLatin1String("panels")).toArray()) {
            ids << p.toObject().value(QLatin1String("id")).toString();
            QCOMPARE(sortedKeys(p.toObject()),
                (QStringList { QStringLiteral("error"), QStringLiteral("id"), QStringLiteral("queries"),
                    QStringLiteral("range"), QStringLiteral("series"), QStringLiteral("thresholds"),
                    QStringLiteral("title"), QStringLiteral("type"), QStringLiteral("unit"),
                    QStringLiteral("value") }));
        }
        QCOMPARE(ids,
            (QStringList { QStringLiteral("uptime"), QStringLiteral("latency"), QStringLiteral("status"),
                QStringLiteral("broken") }));
    }

    void typesAndUnitsAsInYaml_data()
    {
        QTest::addColumn<int>("index");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("unit");
        QTest::newRow("gauge, percent") << 0 << "gauge"
                                        << "percent";
        QTest::newRow("timeseries, reqps") << 1 << "timeseries"
                                           << "reqps";
        QTest::newRow("bars, none") << 2 << "bars"
                                    << "none";
        QTest::newRow("stat, milliseconds") << 3 << "stat"
                                            << "milliseconds";
    }

    void typesAndUnitsAsInYaml()
    {
        QFETCH(int, index);
        QFETCH(QString, type);
        QFETCH(QString, unit);
        QCOMPARE(panel(index).value(QLatin1String("type")).toString(), type);
        QCOMPARE(panel(index).value(QLatin1String("unit")).toString(), unit);
    }

    void thresholds()
    {
        const QJsonArray thresholds = panel(0).value(QLatin1String("thresholds")).toArray();
        QCOMPARE(thresholds.size(), 2);
        const QJsonObject first = thresholds.at(0).toObject();
        QCOMPARE(sortedKeys(first),
            (QStringList { QStringLiteral("color"), QStringLiteral("severity"), QStringLiteral("value") }));
        QCOMPARE(first.value(QLatin1String("value")).toDouble(), 0.0);
        QVERIFY2(first.value(QLatin1String("color")).toString().startsWith(u'#'),
            qPrintable(first.value(QLatin1String("color")).toString()));
        QCOMPARE(first.value(QLatin1String("severity")).toString(), QStringLiteral("critical"));
        const QJsonObject second = thresholds.at(1).toObject();
        QCOMPARE(second.value(QLatin1String("value")).toDouble(), 99.9);
        QCOMPARE(second.value(QLatin1String("color")).toString(), QStringLiteral("#00ff00"));
        QCOMPARE(second.value(QLatin1String("severity")).toString(), QStringLiteral("ok"));
        QVERIFY(panel(1).value(QLatin1String("thresholds")).toArray().isEmpty());
    }

    void queriesAsSent()
    {
        const QJsonArray queries = panel(1).value(QLatin1String("queries")).toArray();
        QCOMPARE(queries.size(), 2);
        QCOMPARE(queries.at(1).toObject().value(QLatin1String("expr")).toString(),
            QStringLiteral("p95{service=~\"trading\"}"));
        QCOMPARE(queries.at(1).toObject().value(QLatin1String("legend")).toString(),
            QStringLiteral("{{service}} P95"));
        // A panel that never answered shows what is configured.
        QCOMPARE(panel(2)
                     .value(QLatin1String("queries"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QLatin1String("expr"))
                     .toString(),
            QStringLiteral("sum(x)"));
    }

    void seriesAndPoints()
    {
        const QJsonArray series = panel(1).value(QLatin1String("series")).toArray();
        QCOMPARE(series.size(), 2);
        const QJsonObject p95 = series.at(1).toObject();
        QCOMPARE(sortedKeys(p95),
            (QStringList { QStringLiteral("labels"), QStringLiteral("name"), QStringLiteral("points"),
                QStringLiteral("query") }));
        QCOMPARE(p95.value(QLatin1String("name")).toString(), QStringLiteral("trading P95"));
        QCOMPARE(p95.value(QLatin1String("query")).toInt(), 1);
        const QJsonObject labels = p95.value(QLatin1String("labels")).toObject();
        QCOMPARE(labels.size(), 3); // exactly Prometheus's set, __name__ included
        QCOMPARE(labels.value(QLatin1String("le")).toString(), QStringLiteral("+Inf"));
        QCOMPARE(labels.value(QLatin1String("__name__")).toString(), QStringLiteral("p95"));
        const QJsonArray points = p95.value(QLatin1String("points")).toArray();
        QCOMPARE(points.size(), 3);
        QCOMPARE(points.at(0).toArray().at(0).toDouble(), 1700000000.123);
        QCOMPARE(points.at(0).toArray().at(1).toString(), QStringLiteral("+Inf"));
        QCOMPARE(points.at(1).toArray().at(1).toString(), QStringLiteral("-Inf"));
        QCOMPARE(points.at(2).toArray().at(1).toDouble(), 0.25);
        const QJsonArray p50 = series.at(0).toObject().value(QLatin1String("points")).toArray();
        QVERIFY(p50.at(1).toArray().at(1).isNull()); // NaN: no traffic, not zero
        QCOMPARE(series.at(0).toObject().value(QLatin1String("labels")).toObject().size(), 0);
    }

    void valueOnlyForSingleValuePanels()
    {
        QCOMPARE(panel(0).value(QLatin1String("value")).toDouble(), 99.95);
        QVERIFY(panel(1).value(QLatin1String("value")).isNull());
        QVERIFY(panel(3).value(QLatin1String("value")).isNull());
    }

    void errorNullOrMessage()
    {
        QVERIFY(panel(0).value(QLatin1String("error")).isNull());
        QVERIFY(panel(1).value(QLatin1String("error")).isNull());
        QVERIFY(panel(2).value(QLatin1String("error")).isNull());
        QVERIFY(panel(2).value(QLatin1String("series")).toArray().isEmpty());
        QVERIFY(panel(3).value(QLatin1String("error")).toString().contains(QLatin1String("parse error")));
    }

    void specialGaugeValues_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("json");
        QTest::newRow("NaN is null") << kNaN << "null";
        QTest::newRow("+Inf is a string") << kInf << "\"+Inf\"";
        QTest::newRow("-Inf is a string") << -kInf << "\"-Inf\"";
        QTest::newRow("number stays a number") << 1e-7 << "1e-07";
    }

    void specialGaugeValues()
    {
        QFETCH(double, value);
        QFETCH(QString, json);
        Dashboard d = sampleDashboard();
        PanelData data;
        data.state = PanelData::State::Ok;
        data.value = value;
        const QByteArray out = snapshotJson(d, { { QStringLiteral("uptime"), data } }, 0, 1000, 1000);
        QVERIFY2(out.contains(QByteArray("\"value\":" + json.toUtf8())), out.constData());
    }

    void alertsAreWrittenAsGiven()
    {
        const auto alertsOf = [](const QJsonValue &alerts) {
            const QByteArray out = snapshotJson(sampleDashboard(), sampleData(), 0, 1000, 1000, alerts);
            return QJsonDocument::fromJson(out).object();
        };
        const QJsonArray list { QJsonObject { { QStringLiteral("fingerprint"), QStringLiteral("abc") } } };
        QCOMPARE(alertsOf(list).value(QLatin1String("alerts")), QJsonValue(list));
        // No Alertmanager: present, and null.
        const QJsonObject none = alertsOf(QJsonValue(QJsonValue::Null));
        QVERIFY(none.contains(QLatin1String("alerts")));
        QVERIFY(none.value(QLatin1String("alerts")).isNull());
    }
};

QTEST_GUILESS_MAIN(TestSnapshotData)
#include "tst_snapshotdata.moc"
