// SPDX-License-Identifier: GPL-3.0-or-later
// The runbook pane: alert text is shown literally, nothing remote is fetched, only http(s)
// links are offered, the runbook and the response procedure follow the selected alert.
#include "procedurechecklist.h"
#include "runbookbrowser.h"
#include "runbookpane.h"

#include <QDesktopServices>
#include <QSignalSpy>
#include <QTest>
#include <QTextDocument>

using namespace pivori;

namespace {

const QString kHostile = QStringLiteral("<img src=http://x/y.png><b>x</b>");

InboxAlert makeAlert(const QString &fingerprint, const QString &alertname, const QString &severity)
{
    InboxAlert a;
    a.cluster = QStringLiteral("prod");
    a.alert.fingerprint = fingerprint;
    a.alert.labels = { { QStringLiteral("alertname"), alertname }, { QStringLiteral("severity"), severity },
        { QStringLiteral("service"), QStringLiteral("api-gateway") } };
    a.alert.annotations = { { QStringLiteral("summary"), QStringLiteral("Error rate above 1 %") },
        { QStringLiteral("description"), QStringLiteral("api-gateway answers 2.3 % of requests with 5xx") },
        { QStringLiteral("runbook_url"), QStringLiteral("https://runbooks.pivori.app/alerts/") + alertname },
        { QStringLiteral("dashboard"), QStringLiteral("production") } };
    a.alert.generatorUrl = QStringLiteral("http://prometheus:9090/graph?g0.expr=up");
    a.alert.startsAt = QDateTime(QDate(2024, 5, 14), QTime(10, 0), Qt::UTC);
    a.alert.state = Alert::State::Active;
    return a;
}

bool anyJavascript(const QList<QUrl> &links)
{
    return std::any_of(links.cbegin(), links.cend(), [](const QUrl &url) {
        return url.toString().contains(QStringLiteral("javascript"), Qt::CaseInsensitive);
    });
}

} // namespace

class TestRunbookPane : public QObject
{
    Q_OBJECT

public slots:
    void handleUrl(const QUrl &url) { m_opened.append(url); }

private slots:
    void initTestCase()
    {
        QDesktopServices::setUrlHandler(QStringLiteral("http"), this, "handleUrl");
        QDesktopServices::setUrlHandler(QStringLiteral("https"), this, "handleUrl");
        QDesktopServices::setUrlHandler(QStringLiteral("javascript"), this, "handleUrl");
    }

    void cleanupTestCase()
    {
        for (const char *scheme : { "http", "https", "javascript" })
            QDesktopServices::unsetUrlHandler(QLatin1String(scheme));
    }

    void init() { m_opened.clear(); }

    void hostileTextIsLiteral_data()
    {
        QTest::addColumn<QString>("where");
        QTest::newRow("summary annotation") << QStringLiteral("summary");
        QTest::newRow("description annotation") << QStringLiteral("description");
        QTest::newRow("other annotation") << QStringLiteral("note");
        QTest::newRow("label value") << QStringLiteral("label");
        QTest::newRow("alertname") << QStringLiteral("alertname");
    }

    void hostileTextIsLiteral()
    {
        QFETCH(QString, where);
        InboxAlert alert
            = makeAlert(QStringLiteral("f1"), QStringLiteral("HighErrorRate"), QStringLiteral("warning"));
        if (where == QLatin1String("label"))
            alert.alert.labels.insert(QStringLiteral("pod"), kHostile);
        else if (where == QLatin1String("alertname"))
            alert.alert.labels.insert(QStringLiteral("alertname"), kHostile);
        else
            alert.alert.annotations.insert(where, kHostile);
        // Markdown would turn these into a link and emphasis if it were parsed.
        alert.alert.annotations.insert(
            QStringLiteral("extra"), QStringLiteral("[click](http://evil/) **loud**"));

        RunbookPane pane { RunbookLibrary() };
        pane.resize(600, 800);
        pane.show();
        pane.showAlert(alert);
        QVERIFY(QTest::qWaitForWindowExposed(&pane));

        const QString text = pane.plainText();
        QVERIFY2(text.contains(kHostile), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("[click](http://evil/) **loud**")));
        const QString html = pane.browser()->document()->toHtml();
        QVERIFY2(!html.contains(QStringLiteral("<img")), "no image element from alert text");
        QVERIFY(!html.contains(QStringLiteral("<b>x</b>")));
        QVERIFY(!pane.offeredLinks().contains(QUrl(QStringLiteral("http://evil/"))));
        QVERIFY2(pane.browser()->blockedResources().isEmpty(), "nothing was even asked for");
    }

    void invisibleCharactersAreWrittenOut()
    {
        InboxAlert alert
            = makeAlert(QStringLiteral("f1"), QStringLiteral("HighErrorRate"), QStringLiteral("warning"));
        alert.alert.labels.insert(QStringLiteral("pod"), QStringLiteral("evil\u202Eevil-rtl"));
        alert.alert.annotations.insert(QStringLiteral("summary"), QStringLiteral("ok\u200B"));
        alert.alert.annotations.insert(QStringLiteral("description"), QStringLiteral("one\ntwo\u2066"));
        RunbookPane pane { RunbookLibrary() };
        pane.showAlert(alert);
        const QString text = pane.plainText();
        QVERIFY2(text.contains(QStringLiteral("evil⟨U+202E⟩evil-rtl")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("ok⟨U+200B⟩")));
        QVERIFY(text.contains(QStringLiteral("two⟨U+2066⟩")));
        QVERIFY(!text.contains(QChar(0x202e)) && !text.contains(QChar(0x200b)));
    }

    void remoteResourcesAreNotLoaded_data()
    {
        QTest::addColumn<QUrl>("url");
        QTest::addColumn<bool>("loads");
        QTest::newRow("http image") << QUrl(QStringLiteral("http://x/y.png")) << false;
        QTest::newRow("https image") << QUrl(QStringLiteral("https://x/y.png")) << false;
        QTest::newRow("local file") << QUrl::fromLocalFile(QStringLiteral("/etc/passwd")) << false;
        QTest::newRow("relative path") << QUrl(QStringLiteral("y.png")) << false;
        QTest::newRow("own qrc resource")
            << QUrl(QStringLiteral("qrc:/pivori/runbooks/HighErrorRate.md")) << true;
    }

    void remoteResourcesAreNotLoaded()
    {
        QFETCH(QUrl, url);
        QFETCH(bool, loads);
        RunbookBrowser browser;
        const QVariant loaded = browser.loadResource(QTextDocument::ImageResource, url);
        QCOMPARE(loaded.isValid() && !loaded.isNull(), loads);
        QCOMPARE(browser.blockedResources().contains(url), !loads);
    }

    void configuredRunbookCannotFetchOrScript()
    {
        Runbook configured;
        configured.alertname = QStringLiteral("HighErrorRate");
        configured.text
            = QStringLiteral("# Ours\n\n![graph](http://x/y.png)\n\n<img src=\"http://x/z.png\">\n\n"
                             "[run me](javascript:alert(1)) and [docs](https://docs.pivori.app/errors)\n");
        RunbookPane pane { RunbookLibrary({ configured }) };
        pane.resize(600, 800);
        pane.show();
        pane.showAlert(
            makeAlert(QStringLiteral("f1"), QStringLiteral("HighErrorRate"), QStringLiteral("warning")));
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        pane.browser()->viewport()->repaint();

        const QList<QUrl> links = pane.offeredLinks();
        QVERIFY2(!anyJavascript(links), qPrintable(QVariant::fromValue(links).toString()));
        QVERIFY(links.contains(QUrl(QStringLiteral("https://docs.pivori.app/errors"))));
        QVERIFY2(pane.plainText().contains(QStringLiteral("[image: http://x/y.png]")),
            qPrintable(pane.plainText()));
        for (const QUrl &blocked : pane.browser()->blockedResources())
            QVERIFY2(blocked.scheme() != QLatin1String("http"), qPrintable(blocked.toString()));
    }

    void javascriptLinksAreNotOffered_data()
    {
        QTest::addColumn<QString>("annotation");
        QTest::addColumn<QString>("value");
        QTest::newRow("runbook_url") << QStringLiteral("runbook_url")
                                     << QStringLiteral("javascript:alert(1)");
        QTest::newRow("upper-case scheme")
            << QStringLiteral("runbook_url") << QStringLiteral("JavaScript:alert(1)");
        QTest::newRow("other annotation")
            << QStringLiteral("link") << QStringLiteral("javascript:alert(document.cookie)");
        QTest::newRow("data url") << QStringLiteral("link")
                                  << QStringLiteral("data:text/html,<script>x</script>");
    }

    void javascriptLinksAreNotOffered()
    {
        QFETCH(QString, annotation);
        QFETCH(QString, value);
        InboxAlert alert
            = makeAlert(QStringLiteral("f1"), QStringLiteral("HighErrorRate"), QStringLiteral("warning"));
        alert.alert.annotations.insert(annotation, value);
        alert.alert.generatorUrl = QStringLiteral("javascript:alert(2)");
        RunbookPane pane { RunbookLibrary() };
        pane.showAlert(alert);
        const QList<QUrl> links = pane.offeredLinks();
        QVERIFY2(!anyJavascript(links), qPrintable(QVariant::fromValue(links).toString()));
        for (const QUrl &link : links)
            QVERIFY2(link.scheme() == QLatin1String("https") || link.scheme() == QLatin1String("http")
                    || link.scheme() == QLatin1String("pivori-console"),
                qPrintable(link.toString()));
        QVERIFY(!pane.activateLink(QUrl(value)));
        QVERIFY(m_opened.isEmpty());
    }

    void linksOpenOrAskForTheDashboard()
    {
        RunbookPane pane { RunbookLibrary() };
        const InboxAlert alert
            = makeAlert(QStringLiteral("f1"), QStringLiteral("HighErrorRate"), QStringLiteral("warning"));
        pane.showAlert(alert);
        const QList<QUrl> links = pane.offeredLinks();
        QVERIFY(links.contains(QUrl(QStringLiteral("https://runbooks.pivori.app/alerts/HighErrorRate"))));
        QVERIFY(links.contains(QUrl(QStringLiteral("http://prometheus:9090/graph?g0.expr=up"))));
        QVERIFY(links.contains(RunbookPane::dashboardUrl(QStringLiteral("production"))));

        QVERIFY(pane.activateLink(QUrl(QStringLiteral("https://runbooks.pivori.app/alerts/HighErrorRate"))));
        QCOMPARE(m_opened,
            QList<QUrl> { QUrl(QStringLiteral("https://runbooks.pivori.app/alerts/HighErrorRate")) });

        QSignalSpy dashboard(&pane, &RunbookPane::openDashboardRequested);
        emit pane.browser()->anchorClicked(RunbookPane::dashboardUrl(QStringLiteral("production")));
        QCOMPARE(dashboard.size(), 1);
        QCOMPARE(dashboard.first().at(0).toString(), QStringLiteral("production"));
        QCOMPARE(dashboard.first().at(1).toLongLong(), alert.alert.startsAt.toMSecsSinceEpoch());
        QCOMPARE(m_opened.size(), 1);
    }

    void showsTheRunbookOfItsAlertname_data()
    {
        QTest::addColumn<QString>("alertname");
        QTest::addColumn<QString>("expected");
        QTest::newRow("built-in HighErrorRate")
            << QStringLiteral("HighErrorRate") << QStringLiteral("more than 1 % server errors");
        QTest::newRow("built-in ServiceDown")
            << QStringLiteral("ServiceDown") << QStringLiteral("ServiceDown");
        QTest::newRow("no runbook") << QStringLiteral("SomethingElse")
                                    << QStringLiteral("No runbook for SomethingElse");
    }

    void showsTheRunbookOfItsAlertname()
    {
        QFETCH(QString, alertname);
        QFETCH(QString, expected);
        RunbookPane pane { RunbookLibrary() };
        pane.showAlert(makeAlert(QStringLiteral("f1"), alertname, QStringLiteral("warning")));
        const QString text = pane.plainText();
        QVERIFY2(text.contains(expected), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("api-gateway answers 2.3 % of requests with 5xx")));
        QVERIFY(text.contains(QStringLiteral("Labels")));
        QCOMPARE(pane.currentKey(), QStringLiteral("prod/f1"));
    }

    void checklistFollowsSeverityAndRemembersTicks()
    {
        RunbookPane pane { RunbookLibrary() };
        const InboxAlert critical = makeAlert(
            QStringLiteral("c1"), QStringLiteral("CriticalErrorRate"), QStringLiteral("critical"));
        const InboxAlert warning
            = makeAlert(QStringLiteral("w1"), QStringLiteral("HighErrorRate"), QStringLiteral("warning"));
        ProcedureChecklist *checklist = pane.checklist();

        pane.showAlert(critical);
        QVERIFY2(checklist->title().contains(QStringLiteral("Critical")), qPrintable(checklist->title()));
        QVERIFY(checklist->steps().size() >= 5);
        QVERIFY2(checklist->steps().first().startsWith(QStringLiteral("Acknowledge")),
            qPrintable(checklist->steps().first()));
        QVERIFY2(!checklist->steps().first().contains(QStringLiteral("**")), "Markdown emphasis removed");
        checklist->setChecked(0, true);
        checklist->setChecked(2, true);

        pane.showAlert(warning);
        QVERIFY2(checklist->title().contains(QStringLiteral("Warning")), qPrintable(checklist->title()));
        const QList<bool> ticks = checklist->checked();
        QVERIFY(!ticks.isEmpty());
        QVERIFY(std::none_of(ticks.cbegin(), ticks.cend(), [](bool b) { return b; }));

        pane.showAlert(critical);
        QCOMPARE(checklist->checked().mid(0, 3), (QList<bool> { true, false, true }));

        // A poll that changes the alert keeps the ticks.
        InboxAlert changed = critical;
        changed.alert.annotations[QStringLiteral("summary")] = QStringLiteral("worse");
        pane.showAlert(changed);
        QCOMPARE(checklist->checked().mid(0, 3), (QList<bool> { true, false, true }));
    }

    void proceduresParse()
    {
        const auto procedures = ProcedureChecklist::parse(
            QStringLiteral("# T\n\n## Critical alert\nLead one.\nLead two.\n\n- [ ] **Do** this\n- [x] "
                           "that\n\n## Escalation\nCall X.\n"));
        QCOMPARE(procedures.size(), 2);
        QCOMPARE(procedures[0].title, QStringLiteral("Critical alert"));
        QCOMPARE(procedures[0].lead, QStringLiteral("Lead one. Lead two."));
        QCOMPARE(procedures[0].steps, (QStringList { QStringLiteral("Do this"), QStringLiteral("that") }));
        QCOMPARE(procedures[1].steps, QStringList());
        QCOMPARE(ProcedureChecklist::parse(QString()).size(), 0);
        QCOMPARE(ProcedureChecklist::parse(QStringLiteral("- [ ] orphan step\n")).size(), 0);
    }

private:
    QList<QUrl> m_opened;
};

QTEST_MAIN(TestRunbookPane)
#include "tst_runbookpane.moc"
