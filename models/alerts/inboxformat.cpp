// SPDX-License-Identifier: GPL-3.0-or-later
#include "inboxformat.h"

#include "acknowledgement.h"
#include "inboxalerttext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace pivori {

namespace {

// Free functions have no tr(): this class is the context their messages are filed and looked up under.
class InboxFormat final
{
    Q_DECLARE_TR_FUNCTIONS(pivori::InboxFormat)
};

QString jsonTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QString tableTime(const QDateTime &time)
{
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

QJsonObject toJson(const QMap<QString, QString> &map)
{
    QJsonObject out;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        out.insert(it.key(), it.value());
    return out;
}

QString silenceStateName(Silence::State state)
{
    switch (state) {
    case Silence::State::Active:
        return QStringLiteral("active");
    case Silence::State::Pending:
        return QStringLiteral("pending");
    case Silence::State::Expired:
        return QStringLiteral("expired");
    }
    return {};
}

QString matcherText(const QList<Matcher> &matchers)
{
    QStringList parts;
    for (const Matcher &matcher : matchers)
        parts.append(matcher.toString());
    return u'{' + parts.join(QStringLiteral(", ")) + u'}';
}

// Columns padded to their widest cell; the last column is not padded (it may be long).
QString layoutTable(const QStringList &header, const QList<QStringList> &rows)
{
    QList<qsizetype> widths(header.size(), 0);
    auto measure = [&](const QStringList &row) {
        for (qsizetype c = 0; c < row.size(); ++c)
            widths[c] = std::max(widths[c], row[c].size());
    };
    measure(header);
    for (const QStringList &row : rows)
        measure(row);
    QString out;
    auto emitRow = [&](const QStringList &row) {
        QString line;
        for (qsizetype c = 0; c < row.size(); ++c)
            line += c + 1 < row.size() ? row[c].leftJustified(widths[c] + 2) : row[c];
        out += line.trimmed() + u'\n';
    };
    emitRow(header);
    for (const QStringList &row : rows)
        emitRow(row);
    return out;
}

} // namespace

QString terminalSafe(const QString &text)
{
    return InboxAlertText::visible(text);
}

QByteArray inboxAlertsToJson(const QList<InboxAlert> &alerts)
{
    QJsonArray list;
    for (const InboxAlert &row : alerts) {
        const Alert &alert = row.alert;
        QJsonValue acknowledged = QJsonValue::Null;
        if (row.ack) {
            acknowledged = QJsonObject { { QStringLiteral("by"), row.ack->author },
                { QStringLiteral("until"), jsonTime(row.ack->until) },
                { QStringLiteral("silenceId"), row.ack->silenceId },
                { QStringLiteral("comment"), row.ack->comment } };
        }
        list.append(QJsonObject {
            { QStringLiteral("cluster"), row.cluster },
            { QStringLiteral("fingerprint"), alert.fingerprint },
            { QStringLiteral("labels"), toJson(alert.labels) },
            { QStringLiteral("annotations"), toJson(alert.annotations) },
            { QStringLiteral("state"), InboxAlert::stateName(row.state()) },
            { QStringLiteral("silencedBy"), QJsonArray::fromStringList(alert.silencedBy) },
            { QStringLiteral("inhibitedBy"), QJsonArray::fromStringList(alert.inhibitedBy) },
            { QStringLiteral("inhibitors"), QJsonArray::fromStringList(row.inhibitors) },
            { QStringLiteral("acknowledged"), acknowledged },
            { QStringLiteral("startsAt"), jsonTime(alert.startsAt) },
            { QStringLiteral("receivers"), QJsonArray::fromStringList(alert.receivers) },
            { QStringLiteral("generatorURL"), alert.generatorUrl },
        });
    }
    return QJsonDocument(list).toJson(QJsonDocument::Indented);
}

QString inboxAlertsToTable(const QList<InboxAlert> &alerts, const QString &serviceLabel)
{
    if (alerts.isEmpty())
        return InboxFormat::tr("no alerts") + u'\n';
    QList<InboxAlert> sorted = alerts;
    std::stable_sort(sorted.begin(), sorted.end(), [](const InboxAlert &a, const InboxAlert &b) {
        return InboxAlertText::severityRank(a.severity()) < InboxAlertText::severityRank(b.severity());
    });
    QList<QStringList> rows;
    for (const InboxAlert &alert : std::as_const(sorted)) {
        QString handled;
        if (alert.ack)
            handled = InboxFormat::tr("%1 until %2").arg(alert.ack->author, tableTime(alert.ack->until));
        else if (alert.state() == InboxAlert::State::Inhibited)
            handled = InboxFormat::tr("by %1").arg(alert.inhibitors.join(QStringLiteral(", ")));
        rows.append({ terminalSafe(alert.severity()), terminalSafe(alert.alertname()),
            terminalSafe(InboxAlertText::source(alert, serviceLabel)), InboxAlert::stateName(alert.state()),
            tableTime(alert.alert.startsAt), terminalSafe(handled), terminalSafe(alert.cluster),
            terminalSafe(alert.summary()) });
    }
    return layoutTable(
        { InboxFormat::tr("SEVERITY"), InboxFormat::tr("ALERT"), InboxFormat::tr("SOURCE"),
            InboxFormat::tr("STATE"), InboxFormat::tr("SINCE"), InboxFormat::tr("ACK / INHIBITOR"),
            InboxFormat::tr("CLUSTER"), InboxFormat::tr("SUMMARY") },
        rows);
}

QByteArray silencesToJson(const QList<ClusterSilence> &silences)
{
    QJsonArray list;
    for (const ClusterSilence &entry : silences) {
        const Silence &silence = entry.silence;
        QJsonArray matchers;
        for (const Matcher &matcher : silence.matchers)
            matchers.append(QJsonObject { { QStringLiteral("name"), matcher.name },
                { QStringLiteral("value"), matcher.value }, { QStringLiteral("isRegex"), matcher.isRegex },
                { QStringLiteral("isEqual"), matcher.isEqual } });
        list.append(QJsonObject {
            { QStringLiteral("cluster"), entry.cluster },
            { QStringLiteral("id"), silence.id },
            { QStringLiteral("state"), silenceStateName(silence.state) },
            { QStringLiteral("matchers"), matchers },
            { QStringLiteral("matcherText"), matcherText(silence.matchers) },
            { QStringLiteral("startsAt"), jsonTime(silence.startsAt) },
            { QStringLiteral("endsAt"), jsonTime(silence.endsAt) },
            { QStringLiteral("updatedAt"), jsonTime(silence.updatedAt) },
            { QStringLiteral("createdBy"), silence.createdBy },
            { QStringLiteral("comment"), silence.comment },
            { QStringLiteral("acknowledgement"), Acknowledgement::isAck(silence) },
        });
    }
    return QJsonDocument(list).toJson(QJsonDocument::Indented);
}

QString silencesToTable(const QList<ClusterSilence> &silences)
{
    if (silences.isEmpty())
        return InboxFormat::tr("no silences") + u'\n';
    QList<QStringList> rows;
    for (const ClusterSilence &entry : silences) {
        const Silence &silence = entry.silence;
        rows.append({ silence.id, silenceStateName(silence.state), tableTime(silence.endsAt),
            terminalSafe(silence.createdBy), terminalSafe(entry.cluster),
            terminalSafe(matcherText(silence.matchers)), terminalSafe(silence.comment) });
    }
    return layoutTable({ InboxFormat::tr("ID"), InboxFormat::tr("STATE"), InboxFormat::tr("ENDS"),
                           InboxFormat::tr("CREATED BY"), InboxFormat::tr("CLUSTER"),
                           InboxFormat::tr("MATCHERS"), InboxFormat::tr("COMMENT") },
        rows);
}

} // namespace pivori
