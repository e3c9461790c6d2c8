// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportheader.h"

#include <cstdlib>

namespace pivori {

namespace {

const QString kDateTimeFormat = QStringLiteral("yyyy-MM-dd HH:mm:ss");

QString slug(const QString &text)
{
    QString out;
    bool dash = false;
    for (const QChar c : text) {
        if ((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')) {
            if (dash && !out.isEmpty())
                out += u'-';
            out += c.toLower();
            dash = false;
        } else {
            dash = true;
        }
    }
    return out;
}

} // namespace

ExportHeader ExportHeader::forDashboard(const Dashboard &dashboard, const QString &panelTitle, qint64 startMs,
    qint64 endMs, const PrometheusServer *server, const QMap<QString, VariableValue> &values, bool zoomed)
{
    ExportHeader header;
    header.dashboardTitle = dashboard.title;
    header.panelTitle = panelTitle;
    header.startMs = startMs;
    header.endMs = endMs;
    header.zoomed = zoomed;
    header.variables = variableTexts(dashboard, values);
    if (server) {
        header.serverName = server->name;
        header.serverUrl = server->endpoint.url;
    }
    header.exportedAt = QDateTime::currentDateTimeUtc();
    return header;
}

QList<std::pair<QString, QString>> ExportHeader::variableTexts(
    const Dashboard &dashboard, const QMap<QString, VariableValue> &values)
{
    QList<std::pair<QString, QString>> out;
    for (const DashboardVariable &variable : dashboard.variables) {
        const auto it = values.constFind(variable.name);
        QString text;
        if (it == values.constEnd() || (!it->all && it->values.isEmpty()))
            text = tr("none selected");
        else if (it->all)
            text = tr("All");
        else
            text = it->values.join(QStringLiteral(", "));
        out.append({ variable.name, text });
    }
    return out;
}

QString ExportHeader::title() const
{
    if (panelTitle.isEmpty())
        return dashboardTitle;
    return tr("%1 — %2").arg(dashboardTitle, panelTitle);
}

QStringList ExportHeader::lines() const
{
    QStringList out { title(), rangeText() };
    if (!variables.isEmpty())
        out << variablesText();
    out << tr("Prometheus %1 · exported %2")
               .arg(serverText(serverName, serverUrl), formatMoment(exportedAt, zone));
    return out;
}

QString ExportHeader::rangeText() const
{
    const QString range = formatRange(startMs, endMs, zone);
    return zoomed ? tr("%1 · zoomed in").arg(range) : range;
}

QString ExportHeader::variablesText() const
{
    QStringList parts;
    for (const auto &[name, value] : variables)
        parts << tr("%1 = %2").arg(name, value);
    return parts.join(QStringLiteral(" · "));
}

QString ExportHeader::formatRange(qint64 startMs, qint64 endMs, const QTimeZone &zone)
{
    const QDateTime start = QDateTime::fromMSecsSinceEpoch(startMs, zone);
    const QDateTime end = QDateTime::fromMSecsSinceEpoch(endMs, zone);
    const QString endText = start.date() == end.date() ? end.toString(QStringLiteral("HH:mm:ss"))
                                                       : end.toString(kDateTimeFormat);
    return tr("%1 – %2 %3").arg(start.toString(kDateTimeFormat), endText, zoneText(end, zone));
}

QString ExportHeader::formatMoment(const QDateTime &moment, const QTimeZone &zone)
{
    const QDateTime local = moment.toTimeZone(zone);
    return local.toString(kDateTimeFormat) + u' ' + zoneText(local, zone);
}

QString ExportHeader::zoneText(const QDateTime &moment, const QTimeZone &zone)
{
    // Computed rather than QTimeZone::displayName(), whose wording depends on the locale:
    // an incident report must read the same on every machine.
    const int offset = zone.offsetFromUtc(moment);
    const int minutes = std::abs(offset) / 60;
    const QString utc = QStringLiteral("UTC%1%2:%3")
                            .arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                            .arg(minutes / 60, 2, 10, QLatin1Char('0'))
                            .arg(minutes % 60, 2, 10, QLatin1Char('0'));
    const QString id = QString::fromUtf8(zone.id());
    return id.isEmpty() ? utc : QStringLiteral("%1 (%2)").arg(utc, id);
}

QString ExportHeader::serverText(const QString &name, const QUrl &url)
{
    const QString address = url.adjusted(QUrl::RemoveUserInfo).toDisplayString();
    if (name.isEmpty())
        return address;
    return QStringLiteral("%1 (%2)").arg(name, address);
}

QString exportFileName(const QString &dashboardId, const QString &panelId, const QDateTime &at,
    const QString &extension, const QTimeZone &zone)
{
    QStringList parts { slug(dashboardId) };
    if (!panelId.isEmpty())
        parts << slug(panelId);
    parts.removeAll(QString());
    parts << at.toTimeZone(zone).toString(QStringLiteral("yyyyMMdd-HHmm"));
    return parts.join(u'-') + u'.' + extension;
}

} // namespace pivori
