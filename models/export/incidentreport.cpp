// SPDX-License-Identifier: GPL-3.0-or-later
#include "incidentreport.h"

#include "inboxalerttext.h"

#include <QUrl>

namespace pivori {

namespace {

/// Markdown renderers pass raw HTML through and act on punctuation: a hostile annotation
/// must stay text. '<' and '>' become entities (no tag can open); the characters that make
/// emphasis, code, links, tables and strike-through are backslash-escaped. Newlines would end a list item, so
/// they become spaces.
QString mdText(QString text)
{
    text.replace(u'\r', u' ').replace(u'\n', u' ');
    // Then every other control character (ESC, BEL, ...) written out, whichever field it came
    // in: a `cat report.md` must not run terminal escapes.
    text = InboxAlertText::visible(text);
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : std::as_const(text)) {
        if (c == u'<')
            out += QStringLiteral("&lt;");
        else if (c == u'>')
            out += QStringLiteral("&gt;");
        else if (QStringLiteral("\\`*_[]|~").contains(c))
            out += u'\\' + QString(c);
        else
            out += c;
    }
    return out;
}

QString esc(const QString &text)
{
    return InboxAlertText::visible(text).toHtmlEscaped();
}

/// A relative file name as it goes into a link: percent-encoded, so a space or a '#' in a
/// panel id cannot break the link.
QString fileLink(const QString &file)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(file, "-._~"));
}

QString labelsText(const InboxAlert &alert)
{
    QStringList parts;
    for (auto it = alert.alert.labels.cbegin(); it != alert.alert.labels.cend(); ++it) {
        if (it.key() != QLatin1String("alertname"))
            parts << QStringLiteral("%1=\"%2\"").arg(it.key(), it.value());
    }
    return InboxAlertText::visible(parts.join(QStringLiteral(", ")));
}

} // namespace

QString IncidentReport::panelFileName(const QString &panelId)
{
    return QStringLiteral("panel-%1.png").arg(panelId);
}

QString IncidentReport::ackText(const InboxAlert &alert) const
{
    if (alert.ack) {
        const AckInfo &ack = *alert.ack;
        QString text = tr("by %1 at %2, until %3")
                           .arg(InboxAlertText::visible(ack.author),
                               ExportHeader::formatMoment(ack.startsAt, header.zone),
                               ExportHeader::formatMoment(ack.until, header.zone));
        if (!ack.comment.isEmpty())
            text = tr("%1: %2").arg(text, InboxAlertText::visible(ack.comment));
        return text;
    }
    if (alert.ackPending)
        return tr("pending (waiting for Alertmanager to confirm)");
    return {};
}

QString IncidentReport::markdown() const
{
    QString md;
    md += QStringLiteral("# ") + mdText(tr("Incident report: %1").arg(header.dashboardTitle))
        + QStringLiteral("\n\n");
    md += QStringLiteral("- ")
        + tr("**Dashboard:** %1 (`%2`)").arg(mdText(header.dashboardTitle), dashboardId) + u'\n';
    md += QStringLiteral("- ") + tr("**Time range:** %1").arg(header.rangeText()) + u'\n';
    // Variable values are label values from Prometheus: escaped like alert text.
    if (!header.variables.isEmpty())
        md += QStringLiteral("- ") + tr("**Variables:** %1").arg(mdText(header.variablesText())) + u'\n';
    md += QStringLiteral("- ")
        + tr("**Prometheus:** %1").arg(mdText(ExportHeader::serverText(header.serverName, header.serverUrl)))
        + u'\n';
    md += QStringLiteral("- ")
        + tr("**Exported:** %1").arg(ExportHeader::formatMoment(header.exportedAt, header.zone)) + u'\n';
    md += QStringLiteral("- ") + tr("**Data:** [%1](%2)").arg(mdText(dataFile), fileLink(dataFile))
        + QStringLiteral("\n\n");

    if (!alerts) {
        md += QStringLiteral("## ") + tr("Active alerts") + QStringLiteral("\n\n")
            + tr("No Alertmanager is configured.") + QStringLiteral("\n\n");
    } else {
        md += QStringLiteral("## ") + tr("Active alerts (%1)").arg(alerts->size()) + QStringLiteral("\n\n");
        if (!alertsProblem.isEmpty())
            md += QStringLiteral("> ") + mdText(alertsProblem) + QStringLiteral("\n\n");
        // With a cluster silent, an empty list is not "none".
        if (alerts->isEmpty())
            md += (alertsProblem.isEmpty() ? tr("None.") : tr("Unknown.")) + QStringLiteral("\n\n");
        for (const InboxAlert &alert : *alerts) {
            md += QStringLiteral("- **%1** — %2 — %3 — %4\n")
                      .arg(mdText(InboxAlertText::visible(alert.alertname())),
                          mdText(InboxAlertText::visible(alert.severity())),
                          InboxAlert::stateText(alert.state()), tr("cluster %1").arg(mdText(alert.cluster)));
            md += QStringLiteral("  - ") + tr("Labels: %1").arg(mdText(labelsText(alert))) + u'\n';
            md += QStringLiteral("  - ")
                + tr("Since: %1").arg(ExportHeader::formatMoment(alert.alert.startsAt, header.zone)) + u'\n';
            if (!alert.summary().isEmpty())
                md += QStringLiteral("  - ")
                    + tr("Summary: %1").arg(mdText(InboxAlertText::visible(alert.summary()))) + u'\n';
            const QString ack = ackText(alert);
            md += QStringLiteral("  - ") + tr("Acknowledged: %1").arg(ack.isEmpty() ? tr("no") : mdText(ack))
                + u'\n';
        }
        md += u'\n';
    }

    md += QStringLiteral("## ") + tr("Dashboard") + QStringLiteral("\n\n");
    md += QStringLiteral("![%1](%2)\n\n")
              .arg(mdText(dashboardPicture.title), fileLink(dashboardPicture.file));
    md += QStringLiteral("## ") + tr("Panels") + QStringLiteral("\n\n");
    for (const Picture &picture : panelPictures) {
        md += QStringLiteral("### ") + mdText(picture.title) + QStringLiteral("\n\n");
        md += QStringLiteral("![%1](%2)\n\n").arg(mdText(picture.title), fileLink(picture.file));
    }
    return md;
}

QString IncidentReport::html() const
{
    const QString title = tr("Incident report: %1").arg(header.dashboardTitle);
    QString out;
    // No script may run in a report that quotes alert text: the policy forbids it outright.
    out += QStringLiteral("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n"
                          "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                          "img-src 'self'; style-src 'unsafe-inline'\">\n");
    out += QStringLiteral("<title>%1</title>\n").arg(esc(title));
    out += QStringLiteral("<style>body{font-family:sans-serif;margin:2em;max-width:1400px}"
                          "img{max-width:100%;border:1px solid #ccc}th,td{text-align:left;padding:4px 8px;"
                          "vertical-align:top;border-bottom:1px solid #ddd}table{border-collapse:collapse}"
                          "dt{font-weight:bold;float:left;clear:left;width:9em}dd{margin-left:10em}</style>\n"
                          "</head>\n<body>\n");
    out += QStringLiteral("<h1>%1</h1>\n<dl>\n").arg(esc(title));
    const auto row = [&out](const QString &term, const QString &escapedValue) {
        out += QStringLiteral("<dt>%1</dt><dd>%2</dd>\n").arg(esc(term), escapedValue);
    };
    row(tr("Dashboard"),
        QStringLiteral("%1 (<code>%2</code>)").arg(esc(header.dashboardTitle), esc(dashboardId)));
    row(tr("Time range"), esc(header.rangeText()));
    if (!header.variables.isEmpty())
        row(tr("Variables"), esc(header.variablesText()));
    row(tr("Prometheus"), esc(ExportHeader::serverText(header.serverName, header.serverUrl)));
    row(tr("Exported"), esc(ExportHeader::formatMoment(header.exportedAt, header.zone)));
    row(tr("Data"), QStringLiteral("<a href=\"%1\">%2</a>").arg(esc(fileLink(dataFile)), esc(dataFile)));
    out += QStringLiteral("</dl>\n");

    if (!alerts) {
        out += QStringLiteral("<h2>%1</h2>\n<p>%2</p>\n")
                   .arg(esc(tr("Active alerts")), esc(tr("No Alertmanager is configured.")));
    } else {
        out += QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("Active alerts (%1)").arg(alerts->size())));
        if (!alertsProblem.isEmpty())
            out += QStringLiteral("<p><strong>%1</strong></p>\n").arg(esc(alertsProblem));
        if (alerts->isEmpty()) {
            out += QStringLiteral("<p>%1</p>\n")
                       .arg(esc(alertsProblem.isEmpty() ? tr("None.") : tr("Unknown.")));
        } else {
            out += QStringLiteral("<table>\n<tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</"
                                  "th><th>%6</th><th>%7</th><th>%8</th></tr>\n")
                       .arg(esc(tr("Alert")), esc(tr("Severity")), esc(tr("State")), esc(tr("Cluster")),
                           esc(tr("Labels")), esc(tr("Since")), esc(tr("Summary")), esc(tr("Acknowledged")));
            for (const InboxAlert &alert : *alerts) {
                const QString ack = ackText(alert);
                out += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</"
                                      "td><td>%7</td><td>%8</td></tr>\n")
                           .arg(esc(InboxAlertText::visible(alert.alertname())),
                               esc(InboxAlertText::visible(alert.severity())),
                               esc(InboxAlert::stateText(alert.state())), esc(alert.cluster),
                               esc(labelsText(alert)),
                               esc(ExportHeader::formatMoment(alert.alert.startsAt, header.zone)),
                               esc(InboxAlertText::visible(alert.summary())),
                               esc(ack.isEmpty() ? tr("no") : ack));
            }
            out += QStringLiteral("</table>\n");
        }
    }

    const auto figure = [&out](const Picture &picture) {
        out += QStringLiteral("<figure><img src=\"%1\" alt=\"%2\"><figcaption>%2</figcaption></figure>\n")
                   .arg(esc(fileLink(picture.file)), esc(picture.title));
    };
    out += QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("Dashboard")));
    figure(dashboardPicture);
    out += QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("Panels")));
    for (const Picture &picture : panelPictures)
        figure(picture);
    out += QStringLiteral("</body>\n</html>\n");
    return out;
}

} // namespace pivori
