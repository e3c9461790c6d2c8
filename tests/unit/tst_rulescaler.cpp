// SPDX-License-Identifier: GPL-3.0-or-later
// The rule scaler shrinks only durations, so the tests run the shipped rules, not copies.
#include "rulescaler.h"
#include "testutils.h"

#include <QRegularExpression>
#include <QTest>

using namespace pivori;

class TestRuleScaler final : public QObject
{
    Q_OBJECT

private slots:
    void scalesDurations_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<double>("factor");
        QTest::addColumn<QString>("expected");
        QTest::newRow("for: in minutes") << "    for: 5m\n" << 60.0 << "    for: 5s\n";
        QTest::newRow("quoted for:") << "    for: \"10m\"\n" << 60.0 << "    for: \"10s\"\n";
        QTest::newRow("range window") << "rate(x[5m])" << 60.0 << "rate(x[5s])";
        QTest::newRow("subquery: both parts")
            << "max_over_time(x[1h:5m])" << 60.0 << "max_over_time(x[1m:5s])";
        QTest::newRow("offset") << "x offset 1h" << 60.0 << "x offset 1m";
        QTest::newRow("never below one second") << "rate(x[30s])" << 60.0 << "rate(x[1s])";
        QTest::newRow("compound duration") << "rate(x[1h30m])" << 60.0 << "rate(x[1m30s])";
        QTest::newRow("factor 1 leaves the text alone")
            << "for: 5m\nrate(x[5m])" << 1.0 << "for: 5m\nrate(x[5m])";
        QTest::newRow("label values that look like durations stay")
            << "x{window=\"5m\"}" << 60.0 << "x{window=\"5m\"}";
        QTest::newRow("regex character class stays")
            << "x{status=~\"5..\"}[5m]" << 60.0 << "x{status=~\"5..\"}[5s]";
        QTest::newRow("several on one line")
            << "a[5m] / b[10m] offset 2h" << 60.0 << "a[5s] / b[10s] offset 2m";
    }

    void scalesDurations()
    {
        QFETCH(QString, input);
        QFETCH(double, factor);
        QFETCH(QString, expected);
        QCOMPARE(scaleRuleDurations(input, factor), expected);
    }

    void shippedRulesKeepEveryAlert()
    {
        const QString original = QString::fromUtf8(
            testutils::readFile(testutils::sourcePath(QStringLiteral("resources/rules/pivori-alerts.yml"))));
        QVERIFY(!original.isEmpty());
        const QString scaled = scaleRuleDurations(original, 60);
        QVERIFY(scaled != original);
        // Only durations change: the same alerts, the same number of lines, no minute-long `for` left.
        QCOMPARE(scaled.count(QStringLiteral("- alert:")), original.count(QStringLiteral("- alert:")));
        QCOMPARE(scaled.count(QLatin1Char('\n')), original.count(QLatin1Char('\n')));
        static const QRegularExpression minuteFor(QStringLiteral(R"(for:\s*\d+m\b)"));
        QVERIFY(!scaled.contains(minuteFor));
    }
};

QTEST_GUILESS_MAIN(TestRuleScaler)
#include "tst_rulescaler.moc"
