// SPDX-License-Identifier: GPL-3.0-or-later
// report.md and report.html of an incident report folder, from alerts built here: what they
// say about each alert and its acknowledgement, and that alert text never becomes markup.
#include "incidentreport.h"

#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

using namespace pivori;

namespace {

const QTimeZone kParis("Europe/Paris");

QDateTime utc(int hour, int minute)
{
    return QDateTime(QDate(2026, 11, 25), QTime(hour, minute), QTimeZone::utc());
}

InboxAlert alert(const QString &name, const QString &fingerprint, const QString &summary)
{
    InboxAlert a;
    a.cluster = QStringLiteral("prod-eu");
    a.alert.fingerprint = fingerprint;
    a.alert.labels
        = { { QStringLiteral("alertname"), name }, { QStringLiteral("severity"), QStringLiteral("critical") },
              { QStringLiteral("service"), QStringLiteral("trading") } };
    a.alert.annotations = { { QStringLiteral("summary"), summary } };
    a.alert.startsAt = utc(12, 40);
    return a;
}

IncidentReport fixtureReport()
{
    IncidentReport report;
    report.dashboardId = QStringLiteral("production");
    report.header.dashboardTitle = QStringLiteral("Production <Perf & Reliability>");
    report.header.startMs = utc(12, 0).toMSecsSinceEpoch();
    report.header.endMs = utc(13, 0).toMSecsSinceEpoch();
    report.header.serverName = QStringLiteral("main");
    report.header.serverUrl = QUrl(QStringLiteral("http://127.0.0.1:9090"));
    report.header.exportedAt = utc(13, 2);
    report.header.zone = kParis;
    report.dashboardPicture = { QStringLiteral("Production"), IncidentReport::dashboardFileName() };
    report.panelPictures = { { QStringLiteral("Request Rate"),
        IncidentReport::panelFileName(QStringLiteral("request-rate")) } };
    report.dataFile = IncidentReport::dataFileName();

    InboxAlert acked = alert(QStringLiteral("HighErrorRate"), QStringLiteral("a1"),
        QStringLiteral("<script>alert('x')</script> errors"));
    acked.ack = AckInfo { QStringLiteral("s1"), QStringLiteral("alice"), utc(12, 45), utc(14, 45),
        QStringLiteral("rolling back *now*"), {} };
    InboxAlert pending
        = alert(QStringLiteral("CriticalP99Latency"), QStringLiteral("b2"), QStringLiteral("p99 over 1 s"));
    pending.ackPending = true;
    InboxAlert firing = alert(
        QStringLiteral("PodCrashLooping"), QStringLiteral("c3"), QStringLiteral("[click](http://evil) | x"));
    report.alerts = QList<InboxAlert> { acked, pending, firing };
    return report;
}

} // namespace

class TestIncidentReport final : public QObject
{
    Q_OBJECT

private slots:
    void markdownListsContextAlertsAndPictures()
    {
        const QString md = fixtureReport().markdown();
        QVERIFY2(md.contains(QStringLiteral("2026-11-25 13:00:00 – 14:00:00 UTC+01:00 (Europe/Paris)")),
            qPrintable(md));
        QVERIFY(md.contains(QStringLiteral("main (http://127.0.0.1:9090)")));
        QVERIFY(md.contains(QStringLiteral("2026-11-25 14:02:00 UTC+01:00 (Europe/Paris)")));
        QVERIFY(md.contains(QStringLiteral("Active alerts (3)")));
        // Who, when, until when and why, in the console's time zone.
        QVERIFY2(md.contains(QStringLiteral(
                     "Acknowledged: by alice at 2026-11-25 13:45:00 UTC+01:00 (Europe/Paris), "
                     "until 2026-11-25 15:45:00 UTC+01:00 (Europe/Paris): rolling back \\*now\\*")),
            qPrintable(md));
        QVERIFY(md.contains(QStringLiteral("Acknowledged: pending")));
        QVERIFY(md.contains(QStringLiteral("**PodCrashLooping**")));
        QVERIFY(md.contains(QStringLiteral("![Request Rate](panel-request-rate.png)")));
        QVERIFY(md.contains(QStringLiteral("![Production](dashboard.png)")));
        QVERIFY(md.contains(QStringLiteral("[data.json](data.json)")));
        // Alert text cannot open a tag or a link in a Markdown renderer.
        QVERIFY(!md.contains(QStringLiteral("<script>")));
        QVERIFY(md.contains(QStringLiteral("&lt;script&gt;")));
        QVERIFY(!md.contains(QStringLiteral("[click](http://evil)")));
        QVERIFY(md.contains(QStringLiteral("\\[click\\](http://evil) \\| x")));
    }

    void htmlEscapesEverythingFromServers()
    {
        const QString html = fixtureReport().html();
        QVERIFY(!html.contains(QStringLiteral("<script")));
        QVERIFY(html.contains(QStringLiteral("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; errors"))
            || html.contains(QStringLiteral("&lt;script&gt;alert('x')&lt;/script&gt; errors")));
        QVERIFY(html.contains(QStringLiteral("Production &lt;Perf &amp; Reliability&gt;")));
        QVERIFY(html.contains(QStringLiteral("by alice at 2026-11-25 13:45:00 UTC+01:00 (Europe/Paris)")));
        QVERIFY(html.contains(QStringLiteral("pending (waiting for Alertmanager to confirm)")));
        QVERIFY(html.contains(QStringLiteral("<img src=\"panel-request-rate.png\"")));
        QVERIFY(html.contains(QStringLiteral("<img src=\"dashboard.png\"")));
        QVERIFY(html.contains(QStringLiteral("default-src 'none'")));
        // Well formed enough for an XML reader once the doctype is gone: every tag closed.
        QString xml = html;
        xml.remove(QStringLiteral("<!DOCTYPE html>"));
        xml.replace(QRegularExpression(QStringLiteral("<(meta|img)([^>]*)>")), QStringLiteral("<\\1\\2/>"));
        QXmlStreamReader reader(xml);
        int rows = 0;
        while (!reader.atEnd())
            if (reader.readNext() == QXmlStreamReader::StartElement && reader.name() == QLatin1String("tr"))
                ++rows;
        QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
        QCOMPARE(rows, 4); // header + three alerts
    }

    void invisibleCharactersAreWrittenOut()
    {
        IncidentReport report = fixtureReport();
        InboxAlert spoofed = alert(
            QStringLiteral("Spoof\u200B"), QStringLiteral("d4"), QStringLiteral("evil\u202Eevil-rtl"));
        spoofed.alert.labels.insert(QStringLiteral("pod"), QStringLiteral("pod\u2066-1"));
        report.alerts = QList<InboxAlert> { spoofed };
        for (const QString &text : { report.markdown(), report.html() }) {
            QVERIFY2(text.contains(QStringLiteral("evil⟨U+202E⟩evil-rtl")), qPrintable(text));
            QVERIFY(text.contains(QStringLiteral("Spoof⟨U+200B⟩")));
            QVERIFY(text.contains(QStringLiteral("pod⟨U+2066⟩-1")));
            QVERIFY(!text.contains(QChar(0x202e)) && !text.contains(QChar(0x200b))
                && !text.contains(QChar(0x2066)));
        }
    }

    /// A `cat report.md` must not run the terminal escapes an alert, a label value or a server's
    /// message carried: ESC, BEL and the other controls are written out, in every field.
    void controlCharactersAreWrittenOut()
    {
        IncidentReport report = fixtureReport();
        InboxAlert hostile = alert(QStringLiteral("Bell\a"), QStringLiteral("e5"),
            QStringLiteral("\x1b]0;owned\a\x1b[31mred\x1b[0m \u009b2J"));
        hostile.alert.labels.insert(QStringLiteral("pod"), QStringLiteral("pod\x1b[2J"));
        report.alerts = QList<InboxAlert> { hostile };
        report.alertsProblem = QStringLiteral("replica b: \x1b[5mbad\x07");
        report.header.variables = { { QStringLiteral("service"), QStringLiteral("svc\x1b[1m") } };
        report.header.dashboardTitle = QStringLiteral("Title\x1b[8m");
        for (const QString &text : { report.markdown(), report.html() }) {
            for (const QChar c : text)
                QVERIFY2(c.unicode() >= 0x20 || c == u'\n' || c == u'\t',
                    qPrintable(QStringLiteral("control U+%1 in the report")
                                   .arg(int(c.unicode()), 4, 16, QLatin1Char('0'))));
            QVERIFY(!text.contains(QChar(0x9b)));
            QVERIFY2(text.contains(QStringLiteral("U+001B")), qPrintable(text));
            QVERIFY(text.contains(QStringLiteral("owned")));
        }
    }

    void reportNamesTheVariablesAndTheZoom()
    {
        IncidentReport report = fixtureReport();
        Dashboard dashboard;
        dashboard.variables
            = { { QStringLiteral("service"), QStringLiteral("service"), {}, {}, true, {}, false, {} },
                  { QStringLiteral("pod"), QStringLiteral("pod"), {}, {}, true, {}, false, {} } };
        report.header.variables = ExportHeader::variableTexts(dashboard,
            { { QStringLiteral("service"), VariableValue::single(QStringLiteral("market-data")) },
                { QStringLiteral("pod"), VariableValue::allValues() } });
        const QString range = QStringLiteral("2026-11-25 13:00:00 – 14:00:00 UTC+01:00 (Europe/Paris)");
        QVERIFY(report.markdown().contains(QStringLiteral("**Time range:** %1\n").arg(range)));
        QVERIFY(
            report.markdown().contains(QStringLiteral("**Variables:** service = market-data · pod = All\n")));
        QVERIFY(report.html().contains(QStringLiteral("<dd>service = market-data · pod = All</dd>")));
        report.header.zoomed = true;
        QVERIFY(report.markdown().contains(QStringLiteral("**Time range:** %1 · zoomed in\n").arg(range)));
        QVERIFY(report.html().contains(QStringLiteral("<dd>%1 · zoomed in</dd>").arg(range)));
        // A value is a label value from Prometheus: never markup.
        report.header.variables = { { QStringLiteral("service"), QStringLiteral("<img src=x>*a*") } };
        QVERIFY(report.markdown().contains(QStringLiteral("service = &lt;img src=x&gt;\\*a\\*")));
        QVERIFY(report.html().contains(QStringLiteral("service = &lt;img src=x&gt;*a*")));
        QVERIFY(!report.html().contains(QStringLiteral("<img src=x>")));
    }

    void withoutAlertmanagerTheReportSaysSo()
    {
        IncidentReport report = fixtureReport();
        report.alerts.reset();
        QVERIFY(report.markdown().contains(QStringLiteral("No Alertmanager is configured.")));
        QVERIFY(report.html().contains(QStringLiteral("No Alertmanager is configured.")));
        report.alerts = QList<InboxAlert>();
        report.alertsProblem
            = QStringLiteral("Alertmanager cluster \"prod-eu\" did not answer: connection refused");
        QVERIFY(report.markdown().contains(QStringLiteral("Active alerts (0)")));
        QVERIFY(report.html().contains(QStringLiteral("did not answer: connection refused")));
        // With a cluster silent, no alert known is not "none".
        QVERIFY(report.markdown().contains(QStringLiteral("Unknown.")));
        QVERIFY(!report.markdown().contains(QStringLiteral("None.")));
        QVERIFY(!report.html().contains(QStringLiteral("None.")));
        report.alertsProblem.clear();
        QVERIFY(report.markdown().contains(QStringLiteral("None.")));
    }
};

QTEST_MAIN(TestIncidentReport)
#include "tst_incidentreport.moc"
