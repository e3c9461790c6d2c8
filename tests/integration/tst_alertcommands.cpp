// SPDX-License-Identifier: GPL-3.0-or-later
// The alert commands against the real HA pair: what scripts rely on (JSON shapes, exit codes,
// one line on stderr) and the ack round trip alerts -> ack -> alerts -> expire.
#include "freeport.h"
#include "stackfixture.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUuid>

using namespace pivori;
using namespace pivori::testing;

namespace {

} // namespace

class TestAlertCommands final : public QObject
{
    Q_OBJECT

private:
    StackState m_stack;
    QString m_marker;
    QString m_silenceId;

    /// The HA pair, and the Prometheus that evaluates the rules (without it `alerts` exits 3).
    QStringList cluster() const
    {
        return { QStringLiteral("--alertmanager"), m_stack.alertmanagers[0].toString(),
            QStringLiteral("--alertmanager"), m_stack.alertmanagers[1].toString(),
            QStringLiteral("--prometheus"), m_stack.prometheus.toString() };
    }

    QString markerFilter() const { return QStringLiteral("test_run=\"%1\"").arg(m_marker); }

    QJsonArray alertsJson()
    {
        const CommandRun run = runConsole(QStringList { QStringLiteral("alerts"), QStringLiteral("--json"),
                                              QStringLiteral("--filter"), markerFilter() }
            + cluster());
        if (run.exitCode != 0)
            qWarning("alerts failed: %s", run.err.constData());
        return QJsonDocument::fromJson(run.out).array();
    }

    QJsonObject silenceJson(const QString &id, bool withExpired)
    {
        QStringList arguments { QStringLiteral("silences"), QStringLiteral("--json") };
        if (withExpired)
            arguments.append(QStringLiteral("--expired"));
        const CommandRun run = runConsole(arguments + cluster());
        for (const QJsonValue &value : QJsonDocument::fromJson(run.out).array()) {
            if (value.toObject().value(QStringLiteral("id")).toString() == id)
                return value.toObject();
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        m_stack = fixtureStack();
        m_marker = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QUrl url = m_stack.alertmanagers[1];
        url.setPath(QStringLiteral("/api/v2/alerts"));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QJsonArray alerts { QJsonObject {
            { QStringLiteral("labels"),
                QJsonObject { { QStringLiteral("alertname"), QStringLiteral("PivoriCliTest") },
                    { QStringLiteral("severity"), QStringLiteral("warning") },
                    { QStringLiteral("service"), QStringLiteral("cli-test") },
                    { QStringLiteral("test_run"), m_marker } } },
            { QStringLiteral("annotations"),
                QJsonObject { { QStringLiteral("summary"), QStringLiteral("from the CLI test") } } },
            { QStringLiteral("startsAt"), now.toString(Qt::ISODateWithMs) },
            { QStringLiteral("endsAt"), now.addSecs(600).toString(Qt::ISODateWithMs) } } };
        const RawReply reply = httpRequest("POST", url, QJsonDocument(alerts).toJson());
        QVERIFY2(reply.status == 200, reply.body.constData());
    }

    void alertsListsTheMergedAlert()
    {
        QJsonArray list;
        QTRY_COMPARE_WITH_TIMEOUT((list = alertsJson()).size(), 1, 15000);
        const QJsonObject alert = list.first().toObject();
        QCOMPARE(alert.value(QStringLiteral("cluster")).toString(), QStringLiteral("alertmanager"));
        QVERIFY(alert.value(QStringLiteral("acknowledged")).isNull());
        QCOMPARE(alert.value(QStringLiteral("state")).toString(), QStringLiteral("firing"));
        QCOMPARE(alert.value(QStringLiteral("fingerprint")).toString().size(), 16);
        QCOMPARE(
            alert.value(QStringLiteral("labels")).toObject().value(QStringLiteral("alertname")).toString(),
            QStringLiteral("PivoriCliTest"));
        QCOMPARE(
            alert.value(QStringLiteral("annotations")).toObject().value(QStringLiteral("summary")).toString(),
            QStringLiteral("from the CLI test"));
        QCOMPARE(alert.value(QStringLiteral("receivers")).toArray(),
            QJsonArray { QStringLiteral("slack-warnings") });
        QVERIFY(alert.value(QStringLiteral("silencedBy")).isArray());
        QVERIFY(alert.value(QStringLiteral("inhibitedBy")).isArray());
        QVERIFY(QDateTime::fromString(alert.value(QStringLiteral("startsAt")).toString(), Qt::ISODateWithMs)
                    .isValid());

        // And for people: a table with a header and the alert on one line.
        const CommandRun table = runConsole(
            QStringList { QStringLiteral("alerts"), QStringLiteral("--filter"), markerFilter() } + cluster());
        QCOMPARE(table.exitCode, 0);
        QVERIFY2(table.out.startsWith("SEVERITY"), table.out.constData());
        QVERIFY2(table.out.contains("PivoriCliTest") && table.out.contains("cli-test")
                && table.out.contains("firing"),
            table.out.constData());
    }

    void ackPrintsTheIdAndTheAlertShowsIt()
    {
        const CommandRun run = runConsole(
            QStringList { QStringLiteral("ack"), QStringLiteral("--matcher"), markerFilter(),
                QStringLiteral("--matcher"), QStringLiteral("alertname=PivoriCliTest"),
                QStringLiteral("--duration"), QStringLiteral("1h"), QStringLiteral("--comment"),
                QStringLiteral("cli test"), QStringLiteral("--author"), QStringLiteral("ci-bot") }
            + cluster());
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QString id = QString::fromUtf8(run.out).trimmed();
        QVERIFY2(QRegularExpression(QStringLiteral("\\A[0-9a-f-]{36}\\z")).match(id).hasMatch(),
            run.out.constData());
        QCOMPARE(run.out.count('\n'), 1);
        m_silenceId = id;

        QJsonObject ack;
        QTRY_VERIFY_WITH_TIMEOUT(
            !(ack = alertsJson().at(0).toObject().value(QStringLiteral("acknowledged")).toObject()).isEmpty(),
            15000);
        QCOMPARE(ack.value(QStringLiteral("by")).toString(), QStringLiteral("ci-bot"));
        QCOMPARE(ack.value(QStringLiteral("silenceId")).toString(), id);
        const QDateTime until
            = QDateTime::fromString(ack.value(QStringLiteral("until")).toString(), Qt::ISODateWithMs);
        QVERIFY(std::abs(QDateTime::currentDateTimeUtc().addSecs(3600).secsTo(until)) < 120);
        QCOMPARE(alertsJson().at(0).toObject().value(QStringLiteral("state")).toString(),
            QStringLiteral("acknowledged"));
    }

    void silencesListsTheAck()
    {
        QVERIFY(!m_silenceId.isEmpty());
        const QJsonObject silence = silenceJson(m_silenceId, false);
        QVERIFY(!silence.isEmpty());
        QVERIFY(silence.value(QStringLiteral("acknowledgement")).toBool());
        QVERIFY2(silence.value(QStringLiteral("comment"))
                     .toString()
                     .startsWith(QStringLiteral("ACK! cli test [ack:")),
            qPrintable(silence.value(QStringLiteral("comment")).toString()));
        QCOMPARE(silence.value(QStringLiteral("createdBy")).toString(), QStringLiteral("ci-bot"));
        QCOMPARE(silence.value(QStringLiteral("state")).toString(), QStringLiteral("active"));
        QCOMPARE(silence.value(QStringLiteral("matchers")).toArray().size(), 2);
        const CommandRun table = runConsole(QStringList { QStringLiteral("silences") } + cluster());
        QCOMPARE(table.exitCode, 0);
        QVERIFY(table.out.contains(m_silenceId.toUtf8()));
    }

    void expireEndsTheAck()
    {
        QVERIFY(!m_silenceId.isEmpty());
        const CommandRun run = runConsole(QStringList { QStringLiteral("expire"), m_silenceId } + cluster());
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(QString::fromUtf8(run.out).trimmed(), m_silenceId);
        QVERIFY(silenceJson(m_silenceId, false).isEmpty()); // expired ones only with --expired
        QCOMPARE(silenceJson(m_silenceId, true).value(QStringLiteral("state")).toString(),
            QStringLiteral("expired"));
        QTRY_VERIFY_WITH_TIMEOUT(
            alertsJson().at(0).toObject().value(QStringLiteral("acknowledged")).isNull(), 15000);
    }

    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("mentions");
        QTest::newRow("bad filter names the position") << QStringList { QStringLiteral("alerts"),
            QStringLiteral("--filter"), QStringLiteral("service=~\"(\"") }
                                                       << QByteArray("position 9");
        QTest::newRow("bad ack matcher names the position") << QStringList { QStringLiteral("ack"),
            QStringLiteral("--matcher"), QStringLiteral("service="), QStringLiteral("--duration"),
            QStringLiteral("1h"), QStringLiteral("--comment"), QStringLiteral("x") }
                                                            << QByteArray("position 8");
        QTest::newRow("ack without matcher") << QStringList { QStringLiteral("ack"),
            QStringLiteral("--duration"), QStringLiteral("1h"), QStringLiteral("--comment"),
            QStringLiteral("x") } << QByteArray("--matcher");
        QTest::newRow("ack without duration") << QStringList { QStringLiteral("ack"),
            QStringLiteral("--matcher"), QStringLiteral("a=b"), QStringLiteral("--comment"),
            QStringLiteral("x") } << QByteArray("--duration");
        QTest::newRow("ack with a bad duration") << QStringList { QStringLiteral("ack"),
            QStringLiteral("--matcher"), QStringLiteral("a=b"), QStringLiteral("--duration"),
            QStringLiteral("soon"), QStringLiteral("--comment"), QStringLiteral("x") }
                                                 << QByteArray("--duration");
        QTest::newRow("ack without comment") << QStringList { QStringLiteral("ack"),
            QStringLiteral("--matcher"), QStringLiteral("a=b"), QStringLiteral("--duration"),
            QStringLiteral("1h") } << QByteArray("--comment");
        QTest::newRow("ack for a millennium") << QStringList { QStringLiteral("ack"),
            QStringLiteral("--matcher"), QStringLiteral("a=b"), QStringLiteral("--duration"),
            QStringLiteral("1000y"), QStringLiteral("--comment"), QStringLiteral("x") }
                                              << QByteArray("at most 90 days");
        QTest::newRow("ack for 91 days") << QStringList { QStringLiteral("ack"), QStringLiteral("--matcher"),
            QStringLiteral("a=b"), QStringLiteral("--duration"), QStringLiteral("91d"),
            QStringLiteral("--comment"), QStringLiteral("x") }
                                         << QByteArray("--duration 91d refused");
        QTest::newRow("expire a non-id") << QStringList { QStringLiteral("expire"),
            QStringLiteral("../../etc") } << QByteArray("not a silence id");
        QTest::newRow("expire without id")
            << QStringList { QStringLiteral("expire") } << QByteArray("silence id");
        QTest::newRow("unknown cluster")
            << QStringList { QStringLiteral("silences"), QStringLiteral("--cluster"), QStringLiteral("mars") }
            << QByteArray("mars");
    }

    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, mentions);
        const CommandRun run = runConsole(arguments + cluster());
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(mentions), run.err.constData());
        QCOMPARE(run.err.count('\n'), 1);
        QVERIFY(run.out.isEmpty());
    }

    void alertsAreUnknownWhileNothingEvaluatesTheRules()
    {
        // Alertmanager answers, the Prometheus that would evaluate the rules does not: the list
        // is shown, but a script must not take it for the all-clear.
        const QUrl prometheus = deadUrl();
        const CommandRun run = runConsole(QStringList { QStringLiteral("alerts"), QStringLiteral("--filter"),
            markerFilter(), QStringLiteral("--alertmanager"), m_stack.alertmanagers[0].toString(),
            QStringLiteral("--alertmanager"), m_stack.alertmanagers[1].toString(),
            QStringLiteral("--prometheus"), prometheus.toString() });
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains("rules are not being evaluated"), run.err.constData());
        QVERIFY2(run.out.startsWith("SEVERITY"), run.out.constData());
    }

    void unreachableClusterFailsInOneLine_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("mentions");
        QTest::newRow("ack: nothing acknowledged") << QStringList { QStringLiteral("ack"),
            QStringLiteral("--matcher"), QStringLiteral("a=b"), QStringLiteral("--duration"),
            QStringLiteral("1h"), QStringLiteral("--comment"), QStringLiteral("x") }
                                                   << QByteArray("nothing was acknowledged");
        QTest::newRow("alerts") << QStringList { QStringLiteral("alerts") } << QByteArray("unreachable");
        QTest::newRow("silences") << QStringList { QStringLiteral("silences") } << QByteArray("failed");
        QTest::newRow("expire") << QStringList { QStringLiteral("expire"),
            QStringLiteral("0a1b2c3d-0000-4000-8000-000000000000") }
                                << QByteArray("failed");
    }

    void unreachableClusterFailsInOneLine()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, mentions);
        const QUrl a = deadUrl();
        const QUrl b = deadUrl();
        const CommandRun run = runConsole(arguments
            + QStringList { QStringLiteral("--alertmanager"), a.toString(), QStringLiteral("--alertmanager"),
                b.toString() });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(mentions), run.err.constData());
        QVERIFY2(run.err.contains(a.authority().toUtf8()) && run.err.contains(b.authority().toUtf8()),
            run.err.constData());
        QCOMPARE(run.err.count('\n'), 1);
        QVERIFY(run.out.isEmpty());
    }

    void oneUnreachableReplicaIsNamed_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("alerts") << QStringList { QStringLiteral("alerts") };
        QTest::newRow("silences") << QStringList { QStringLiteral("silences") };
        QTest::newRow("ack") << QStringList { QStringLiteral("ack"), QStringLiteral("--matcher"),
            QStringLiteral("a=b"), QStringLiteral("--duration"), QStringLiteral("1h"),
            QStringLiteral("--comment"), QStringLiteral("x") };
        QTest::newRow("expire") << QStringList { QStringLiteral("expire"),
            QStringLiteral("0a1b2c3d-0000-4000-8000-000000000000") };
    }

    void oneUnreachableReplicaIsNamed()
    {
        // One replica, so the cluster is called "alertmanager": the message must say where.
        QFETCH(QStringList, arguments);
        const QUrl dead = deadUrl();
        const CommandRun run
            = runConsole(arguments + QStringList { QStringLiteral("--alertmanager"), dead.toString() });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(dead.authority().toUtf8()), run.err.constData());
        QCOMPARE(run.err.count('\n'), 1);
    }
};

QTEST_GUILESS_MAIN(TestAlertCommands)
#include "tst_alertcommands.moc"
