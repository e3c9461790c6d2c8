// SPDX-License-Identifier: GPL-3.0-or-later
#include "alerthistory.h"

#include "duration.h"

#include <QJsonObject>

#include <yaml-cpp/yaml.h>

#include <set>

namespace pivori {

namespace {

class AlertHistory final
{
    Q_DECLARE_TR_FUNCTIONS(pivori::AlertHistory)
};

// Escaped as an OpenMetrics label value: backslash, quote and newline.
void appendLabelValue(std::string *out, const QString &text)
{
    for (const char c : text.toStdString()) {
        if (c == '\\' || c == '"')
            *out += '\\';
        if (c == '\n') {
            *out += "\\n";
            continue;
        }
        *out += c;
    }
}

std::string seriesText(const char *metric, const QMap<QString, QString> &labels)
{
    std::string out = metric;
    out += '{';
    bool first = true;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
        if (!first)
            out += ',';
        first = false;
        out += it.key().toStdString();
        out += "=\"";
        appendLabelValue(&out, it.value());
        out += '"';
    }
    out += '}';
    return out;
}

} // namespace

bool parseAlertRules(const QByteArray &yaml, QList<AlertRuleSpec> *rules, QString *problem)
{
    try {
        const YAML::Node root = YAML::Load(yaml.toStdString());
        for (const YAML::Node &group : root["groups"]) {
            for (const YAML::Node &rule : group["rules"]) {
                if (!rule["alert"])
                    continue;
                AlertRuleSpec spec;
                spec.name = QString::fromStdString(rule["alert"].as<std::string>());
                spec.expr = QString::fromStdString(rule["expr"].as<std::string>()).trimmed();
                if (rule["for"]) {
                    const auto ms = parseDurationMs(QString::fromStdString(rule["for"].as<std::string>()));
                    if (!ms) {
                        *problem = AlertHistory::tr("the rule %1 has an unreadable 'for'").arg(spec.name);
                        return false;
                    }
                    spec.forSeconds = *ms / 1000;
                }
                for (const auto &label : rule["labels"])
                    spec.labels.insert(QString::fromStdString(label.first.as<std::string>()),
                        QString::fromStdString(label.second.as<std::string>()));
                rules->append(spec);
            }
        }
    } catch (const YAML::Exception &error) {
        *problem = AlertHistory::tr("cannot read the alert rules: %1").arg(QString::fromUtf8(error.what()));
        return false;
    }
    return true;
}

void appendAlertHistory(const AlertRuleSpec &rule, const QJsonArray &matrix, qint64 startSeconds,
    qint64 endSeconds, qint64 stepSeconds, std::string *out)
{
    for (const QJsonValue seriesValue : matrix) {
        const QJsonObject series = seriesValue.toObject();
        // The alert's labels, as Prometheus makes them: the result's without its metric name,
        // then the rule's, then the alert's name.
        QMap<QString, QString> labels;
        const QJsonObject metric = series.value(QLatin1String("metric")).toObject();
        for (auto it = metric.begin(); it != metric.end(); ++it)
            if (it.key() != QLatin1String("__name__"))
                labels.insert(it.key(), it.value().toString());
        for (auto it = rule.labels.cbegin(); it != rule.labels.cend(); ++it)
            labels.insert(it.key(), it.value());
        labels.insert(QStringLiteral("alertname"), rule.name);
        const std::string forState = seriesText("ALERTS_FOR_STATE", labels);
        labels.insert(QStringLiteral("alertstate"), QStringLiteral("pending"));
        const std::string pending = seriesText("ALERTS", labels);
        labels.insert(QStringLiteral("alertstate"), QStringLiteral("firing"));
        const std::string firing = seriesText("ALERTS", labels);

        std::set<qint64> present;
        const QJsonArray values = series.value(QLatin1String("values")).toArray();
        for (const QJsonValue point : values)
            present.insert(qint64(point.toArray().at(0).toDouble()));
        // One series after the other, each in time order, as promtool wants them.
        std::string forStateSamples;
        std::string pendingSamples;
        std::string firingSamples;
        qint64 activeSince = -1;
        for (qint64 t = startSeconds; t <= endSeconds; t += stepSeconds) {
            if (!present.count(t)) {
                activeSince = -1; // resolved: its series end here
                continue;
            }
            if (activeSince < 0)
                activeSince = t;
            const std::string at = ' ' + std::to_string(t) + '\n';
            forStateSamples += forState;
            forStateSamples += ' ';
            forStateSamples += std::to_string(activeSince);
            forStateSamples += at;
            const bool isFiring = t - activeSince >= rule.forSeconds;
            std::string &samples = isFiring ? firingSamples : pendingSamples;
            samples += isFiring ? firing : pending;
            samples += " 1";
            samples += at;
        }
        *out += forStateSamples;
        *out += pendingSamples;
        *out += firingSamples;
    }
}

} // namespace pivori
