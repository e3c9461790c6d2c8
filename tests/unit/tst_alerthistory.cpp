// SPDX-License-Identifier: GPL-3.0-or-later
// The alerts of a backfilled past are the ones Prometheus would have written: pending where
// the expression first holds, firing once it held for the rule's `for`, gone where it stops.
#include "alerthistory.h"

#include <QJsonDocument>
#include <QTest>

using namespace pivori;

class TestAlertHistory final : public QObject
{
    Q_OBJECT

private slots:
    void readsTheAlertingRulesOnly()
    {
        QList<AlertRuleSpec> rules;
        QString problem;
        QVERIFY(parseAlertRules(R"(groups:
  - name: g
    rules:
      - record: job:up:sum
        expr: sum(up)
      - alert: Slow
        expr: latency > 1
        for: 30s
        labels:
          severity: critical
)",
            &rules, &problem));
        QCOMPARE(rules.size(), 1);
        QCOMPARE(rules[0].name, QStringLiteral("Slow"));
        QCOMPARE(rules[0].forSeconds, qint64(30));
        QCOMPARE(rules[0].labels.value(QStringLiteral("severity")), QStringLiteral("critical"));
        QVERIFY(!parseAlertRules("groups: [", &rules, &problem));
        QVERIFY(!problem.isEmpty());
    }

    void pendingThenFiringThenResolved()
    {
        // Present at 100..160 (every 15 s), absent at 175, present again at 190.
        const QByteArray matrix = R"([{"metric": {"__name__": "latency", "service": "trading"},
            "values": [[100, "2"], [115, "2"], [130, "2"], [145, "2"], [160, "2"], [190, "2"]]}])";
        const AlertRuleSpec rule { QStringLiteral("Slow"), QStringLiteral("latency > 1"), 30,
            { { QStringLiteral("severity"), QStringLiteral("critical") } } };
        std::string out;
        appendAlertHistory(rule, QJsonDocument::fromJson(matrix).array(), 100, 190, 15, &out);
        const QString text = QString::fromStdString(out);
        const QString labels
            = QStringLiteral("alertname=\"Slow\",%1service=\"trading\",severity=\"critical\"");
        const QString pending
            = QStringLiteral("ALERTS{") + labels.arg(QStringLiteral("alertstate=\"pending\",")) + u'}';
        const QString firing
            = QStringLiteral("ALERTS{") + labels.arg(QStringLiteral("alertstate=\"firing\",")) + u'}';
        const QString forState = QStringLiteral("ALERTS_FOR_STATE{") + labels.arg(QString()) + u'}';
        QVERIFY2(text.contains(pending + QStringLiteral(" 1 100\n")), qPrintable(text));
        QVERIFY(text.contains(pending + QStringLiteral(" 1 115\n")));
        QVERIFY(text.contains(firing + QStringLiteral(" 1 130\n")));
        QVERIFY(text.contains(firing + QStringLiteral(" 1 160\n")));
        QVERIFY(!text.contains(QStringLiteral(" 175\n")));
        // Active again after the gap: pending from scratch, since 190.
        QVERIFY(text.contains(pending + QStringLiteral(" 1 190\n")));
        QVERIFY(text.contains(forState + QStringLiteral(" 100 145\n")));
        QVERIFY(text.contains(forState + QStringLiteral(" 190 190\n")));
        QVERIFY(!text.contains(QStringLiteral("__name__")));
    }
};

QTEST_GUILESS_MAIN(TestAlertHistory)
#include "tst_alerthistory.moc"
