// SPDX-License-Identifier: GPL-3.0-or-later
// Filtering the inbox: matchers, free text, state toggles; a bad filter keeps the last good one.
#include "alertfilterproxy.h"
#include "alertinboxmodel.h"
#include "testutils.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>

#include <memory>

using namespace pivori;

namespace {

InboxAlert makeAlert(const QString &fingerprint, const QString &alertname, const QString &severity,
    const QString &service, const QString &summary)
{
    InboxAlert a;
    a.cluster = QStringLiteral("prod");
    a.alert.fingerprint = fingerprint;
    a.alert.labels = { { QStringLiteral("alertname"), alertname }, { QStringLiteral("severity"), severity } };
    if (!service.isEmpty())
        a.alert.labels.insert(QStringLiteral("service"), service);
    a.alert.annotations = { { QStringLiteral("summary"), summary } };
    a.alert.receivers = { QStringLiteral("slack-warnings") };
    a.alert.startsAt = QDateTime(QDate(2024, 5, 14), QTime(10, 0), Qt::UTC);
    return a;
}

QList<InboxAlert> inbox()
{
    QList<InboxAlert> alerts {
        makeAlert(QStringLiteral("a"), QStringLiteral("HighP95Latency"), QStringLiteral("warning"),
            QStringLiteral("trading"), QStringLiteral("P95 latency of trading is 700ms")),
        makeAlert(QStringLiteral("b"), QStringLiteral("HighP95Latency"), QStringLiteral("warning"),
            QStringLiteral("auth"), QStringLiteral("P95 latency of auth is 650ms")),
        makeAlert(QStringLiteral("c"), QStringLiteral("CriticalErrorRate"), QStringLiteral("critical"),
            QStringLiteral("trading"), QStringLiteral("trading fails 7% of its requests")),
        makeAlert(QStringLiteral("d"), QStringLiteral("NodeNotReady"), QStringLiteral("critical"), QString(),
            QStringLiteral("Node worker-3 is not Ready")),
        makeAlert(QStringLiteral("e"), QStringLiteral("HighErrorRate"), QStringLiteral("warning"),
            QStringLiteral("trading"), QStringLiteral("trading fails 7% of its requests")),
        makeAlert(QStringLiteral("f"), QStringLiteral("HighMemoryUsage"), QStringLiteral("warning"),
            QStringLiteral("reports"), QStringLiteral("Pod reports-1 uses 1.9GB")),
    };
    alerts[4].alert.inhibitedBy = { QStringLiteral("c") }; // HighErrorRate under CriticalErrorRate
    alerts[4].inhibitors = { QStringLiteral("CriticalErrorRate{service=\"trading\"}") };
    alerts[5].alert.silencedBy = { QStringLiteral("s-plain") };
    return alerts;
}

QStringList names(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *name : list)
        out.append(QString::fromUtf8(name));
    return out;
}

// The fingerprints the proxy shows, in order, with the group header before them.
QStringList visible(const QAbstractItemModel &model)
{
    QStringList out;
    for (int g = 0; g < model.rowCount(); ++g) {
        const QModelIndex group = model.index(g, 0);
        out.append(group.data().toString());
        for (int r = 0; r < model.rowCount(group); ++r)
            out.append(model.index(r, 0, group).data(AlertInboxModel::FingerprintRole).toString());
    }
    return out;
}

QStringList fingerprints(const QAbstractItemModel &model)
{
    return testutils::childRowValues(model, AlertInboxModel::FingerprintRole);
}

} // namespace

class TestAlertFilterProxy final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<AlertInboxModel> m_source;
    std::unique_ptr<AlertFilterProxy> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

private slots:
    void init()
    {
        m_source = std::make_unique<AlertInboxModel>();
        m_proxy = std::make_unique<AlertFilterProxy>();
        m_proxy->setSourceModel(m_source.get());
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_source->setAlerts(inbox());
    }

    void cleanup()
    {
        m_tester.reset();
        m_proxy.reset();
        m_source.reset();
    }

    void validFilters_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QStringList>("shown");
        QTest::newRow("empty: firing and acknowledged only") << QString() << names({ "a", "b", "c", "d" });
        QTest::newRow("one matcher, bare value") << QStringLiteral("service=trading") << names({ "a", "c" });
        QTest::newRow("several matchers, all must hold")
            << QStringLiteral("severity=\"warning\", service=~\"tr.*\"") << names({ "a" });
        QTest::newRow("regex is anchored like Alertmanager's")
            << QStringLiteral("service=~\"trad\"") << QStringList();
        QTest::newRow("negative matcher") << QStringLiteral("service!=\"trading\"") << names({ "b", "d" });
        QTest::newRow("empty value matches a missing label")
            << QStringLiteral("service=\"\"") << names({ "d" });
        QTest::newRow("braces then free text")
            << QStringLiteral("{severity=\"critical\"} worker-3") << names({ "d" });
        QTest::newRow("free text: every word, any field") << QStringLiteral("latency auth") << names({ "b" });
        QTest::newRow("free text ignores case") << QStringLiteral("TRADING") << names({ "a", "c" });
        QTest::newRow("free text searches annotations") << QStringLiteral("7%") << names({ "c" });
        QTest::newRow("a brace inside a quoted value")
            << QStringLiteral("{summary=~\".*}.*\"}") << QStringList();
    }

    void validFilters()
    {
        QFETCH(QString, line);
        QFETCH(QStringList, shown);
        QSignalSpy errors(m_proxy.get(), &AlertFilterProxy::filterErrorChanged);
        QVERIFY(m_proxy->setFilterLine(line));
        QCOMPARE(m_proxy->filterError(), QString());
        QCOMPARE(m_proxy->filterErrorOffset(), -1);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().at(0).toString(), QString());
        QCOMPARE(fingerprints(*m_proxy), shown);
    }

    void invalidFilterKeepsTheLastValid_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("mentions");
        QTest::addColumn<int>("offset");
        QTest::newRow("unclosed quote")
            << QStringLiteral("service=\"trading") << QStringLiteral("closing quote") << 16;
        QTest::newRow("bad regex") << QStringLiteral("service=~\"(\"") << QStringLiteral("regular expression")
                                   << 9;
        QTest::newRow("unclosed brace") << QStringLiteral("{service=\"x\"") << QStringLiteral("\"}\"") << 12;
        QTest::newRow("missing value") << QStringLiteral("service=") << QStringLiteral("value") << 8;
        QTest::newRow("doubled operator")
            << QStringLiteral("service==\"x\"") << QStringLiteral("service") << 9;
        QTest::newRow("bad label name inside braces")
            << QStringLiteral("{1abc=\"x\"} text") << QStringLiteral("label name") << 1;
        QTest::newRow("hostile control characters")
            << QStringLiteral("a=\"\x01\x02\" \x1b[2J") << QStringLiteral("position") << 7;
    }

    void invalidFilterKeepsTheLastValid()
    {
        QFETCH(QString, line);
        QFETCH(QString, mentions);
        QFETCH(int, offset);
        QVERIFY(m_proxy->setFilterLine(QStringLiteral("service=trading")));
        const QStringList before = visible(*m_proxy);
        QSignalSpy errors(m_proxy.get(), &AlertFilterProxy::filterErrorChanged);

        QVERIFY(!m_proxy->setFilterLine(line));
        QVERIFY2(m_proxy->filterError().contains(mentions), qPrintable(m_proxy->filterError()));
        QVERIFY2(m_proxy->filterError().contains(QStringLiteral("position %1").arg(offset)),
            qPrintable(m_proxy->filterError()));
        QCOMPARE(m_proxy->filterErrorOffset(), offset);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().at(1).toInt(), offset);
        QCOMPARE(visible(*m_proxy), before);
        QCOMPARE(m_proxy->matchers().size(), 1);

        // Fixing it clears the message.
        QVERIFY(m_proxy->setFilterLine(QStringLiteral("service=auth")));
        QCOMPARE(m_proxy->filterError(), QString());
        QCOMPARE(fingerprints(*m_proxy), QStringList { QStringLiteral("b") });
    }

    void separateMatcherAndTextFields()
    {
        QVERIFY(m_proxy->setMatcherText(QStringLiteral("severity=warning")));
        m_proxy->setFreeText(QStringLiteral("auth"));
        QCOMPARE(fingerprints(*m_proxy), QStringList { QStringLiteral("b") });
        QVERIFY(!m_proxy->setMatcherText(QStringLiteral("severity=~\"[\"")));
        m_proxy->setFreeText(QString()); // the text field does not clear the matcher field's error
        QVERIFY(!m_proxy->filterError().isEmpty());
        QCOMPARE(fingerprints(*m_proxy), names({ "a", "b" }));
    }

    void toggles_data()
    {
        QTest::addColumn<bool>("silenced");
        QTest::addColumn<bool>("inhibited");
        QTest::addColumn<bool>("acknowledged");
        QTest::addColumn<QStringList>("shown");
        QTest::newRow("defaults hide silenced and inhibited")
            << false << false << true << names({ "a", "b", "c", "d" });
        QTest::newRow("silenced shown") << true << false << true << names({ "a", "b", "c", "d", "f" });
        QTest::newRow("inhibited shown") << false << true << true << names({ "a", "b", "c", "d", "e" });
        QTest::newRow("acknowledged hidden") << false << false << false << names({ "b", "c", "d" });
    }

    void toggles()
    {
        QFETCH(bool, silenced);
        QFETCH(bool, inhibited);
        QFETCH(bool, acknowledged);
        QFETCH(QStringList, shown);
        QList<InboxAlert> alerts = inbox();
        alerts[0].ack = AckInfo { QStringLiteral("s1"), QStringLiteral("bob"), {}, {}, {}, {} };
        alerts[0].alert.silencedBy = { QStringLiteral("s1") };
        m_source->setAlerts(alerts);
        m_proxy->setShowSilenced(silenced);
        m_proxy->setShowInhibited(inhibited);
        m_proxy->setShowAcknowledged(acknowledged);
        QCOMPARE(fingerprints(*m_proxy), shown);
    }

    void groupsShowTheirVisibleCount()
    {
        QVERIFY(m_proxy->setFilterLine(QStringLiteral("auth")));
        QCOMPARE(visible(*m_proxy), names({ "HighP95Latency (1)", "b" }));
        QVERIFY(m_proxy->setFilterLine(QString()));
        QCOMPARE(visible(*m_proxy),
            names({ "CriticalErrorRate (1)", "c", "HighP95Latency (2)", "b", "a", "NodeNotReady (1)", "d" }));
    }

    void pollThatSilencesAnAlertHidesIt()
    {
        QList<InboxAlert> alerts = inbox();
        alerts[1].alert.silencedBy = { QStringLiteral("s2") };
        m_source->setAlerts(alerts);
        QCOMPARE(fingerprints(*m_proxy), names({ "a", "c", "d" }));
    }

    void freeTextFollowsChangedAlerts()
    {
        // The search texts are kept between keystrokes: a poll that changes, adds or removes
        // alerts must change what the same words find.
        QVERIFY(m_proxy->setFilterLine(QStringLiteral("freshly-deployed")));
        QCOMPARE(fingerprints(*m_proxy), QStringList {});
        QList<InboxAlert> alerts = inbox();
        alerts[0].alert.annotations[QStringLiteral("summary")]
            = QStringLiteral("after the freshly-deployed build");
        m_source->setAlerts(alerts);
        QCOMPARE(fingerprints(*m_proxy), names({ "a" }));
        alerts.append(makeAlert(QStringLiteral("z"), QStringLiteral("New"), QStringLiteral("warning"),
            QStringLiteral("trading"), QStringLiteral("Freshly-Deployed too")));
        m_source->setAlerts(alerts);
        QCOMPARE(fingerprints(*m_proxy), names({ "a", "z" }));
        alerts.removeFirst();
        m_source->setAlerts(alerts);
        QCOMPARE(fingerprints(*m_proxy), names({ "z" }));
        m_source->setGroupBy(AlertInboxModel::GroupBy::Service); // a reset: texts rebuilt
        QCOMPARE(fingerprints(*m_proxy), names({ "z" }));
    }

    void largeInboxFiltersFromAPoolResult()
    {
        // As at 100,000 alerts: the rows keep the filter in force until the pool thread's
        // counts are in, then show the new one.
        m_proxy->setFilterOnPoolFrom(1);
        QSignalSpy applied(m_proxy.get(), &AlertFilterProxy::filterApplied);
        QVERIFY(m_proxy->setFilterLine(QStringLiteral("trading")));
        QVERIFY(m_proxy->isFilterPending());
        QCOMPARE(m_proxy->freeText(), QStringLiteral("trading")); // what was asked for
        QCOMPARE(fingerprints(*m_proxy), names({ "a", "b", "c", "d" })); // still unfiltered
        QVERIFY(applied.wait(10000));
        QVERIFY(!m_proxy->isFilterPending());
        QCOMPARE(visible(*m_proxy), names({ "CriticalErrorRate (1)", "c", "HighP95Latency (1)", "a" }));
        QCOMPARE(m_proxy->shownAlertCount(), 2);
    }

    void newerFilterDropsTheOlderResult()
    {
        m_proxy->setFilterOnPoolFrom(1);
        QSignalSpy applied(m_proxy.get(), &AlertFilterProxy::filterApplied);
        QVERIFY(m_proxy->setFilterLine(QStringLiteral("trading")));
        QVERIFY(m_proxy->setFilterLine(QStringLiteral("auth")));
        QVERIFY(applied.wait(10000));
        // Every evaluation started has ended and its result has had its turn: only the
        // newest filter was applied, once.
        QThreadPool::globalInstance()->waitForDone();
        QCoreApplication::processEvents();
        QCOMPARE(applied.size(), 1);
        QCOMPARE(visible(*m_proxy), names({ "HighP95Latency (1)", "b" }));
        // Typed back to the filter in force while an evaluation runs: nothing left to apply.
        QVERIFY(m_proxy->setFilterLine(QStringLiteral("auth x")));
        QVERIFY(m_proxy->setFilterLine(QStringLiteral("auth")));
        QVERIFY(!m_proxy->isFilterPending());
        QThreadPool::globalInstance()->waitForDone();
        QCoreApplication::processEvents();
        QCOMPARE(visible(*m_proxy), names({ "HighP95Latency (1)", "b" }));
    }

    void pollDuringAPoolFilterIsCounted()
    {
        // Groups that change while the pool thread counts are counted again when the result
        // applies: its count of them is of alerts that are gone or changed.
        m_proxy->setFilterOnPoolFrom(1);
        QSignalSpy applied(m_proxy.get(), &AlertFilterProxy::filterApplied);
        QVERIFY(m_proxy->setFilterLine(QStringLiteral("trading")));
        QList<InboxAlert> alerts = inbox();
        alerts.append(makeAlert(QStringLiteral("g"), QStringLiteral("HighP95Latency"),
            QStringLiteral("warning"), QStringLiteral("trading"), QStringLiteral("P95 of trading again")));
        alerts.removeAt(2); // c: CriticalErrorRate is gone
        m_source->setAlerts(alerts);
        QVERIFY(applied.wait(10000));
        QCOMPARE(visible(*m_proxy), names({ "HighP95Latency (2)", "a", "g" }));
        QCOMPARE(m_proxy->shownAlertCount(), 2);
    }

    void sortsBySeverityRank()
    {
        m_source->setGroupBy(AlertInboxModel::GroupBy::Service);
        m_proxy->sort(AlertInboxModel::SeverityColumn, Qt::AscendingOrder);
        // Groups sort by their worst alert: the two with a critical one come first.
        QCOMPARE(m_proxy->index(2, 0).data(AlertInboxModel::GroupKeyRole).toString(), QStringLiteral("auth"));
        QModelIndex trading;
        for (int g = 0; g < m_proxy->rowCount(); ++g) {
            if (m_proxy->index(g, 0).data(AlertInboxModel::GroupKeyRole).toString()
                == QLatin1String("trading"))
                trading = m_proxy->index(g, 0);
        }
        QVERIFY(trading.row() < 2);
        QCOMPARE(trading.data(AlertInboxModel::GroupKeyRole).toString(), QStringLiteral("trading"));
        QCOMPARE(m_proxy->index(0, 0, trading).data(AlertInboxModel::FingerprintRole).toString(),
            QStringLiteral("c"));
        QCOMPARE(m_proxy->index(1, 0, trading).data(AlertInboxModel::FingerprintRole).toString(),
            QStringLiteral("a"));
    }
};

QTEST_GUILESS_MAIN(TestAlertFilterProxy)
#include "tst_alertfilterproxy.moc"
