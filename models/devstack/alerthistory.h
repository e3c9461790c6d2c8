// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonArray>
#include <QList>
#include <QMap>
#include <QString>

#include <string>

namespace pivori {

/// One alerting rule as Prometheus evaluates it: what its ALERTS series are made of.
struct AlertRuleSpec final
{
    QString name; ///< the `alert:` name
    QString expr;
    qint64 forSeconds = 0;
    QMap<QString, QString> labels; ///< the rule's own labels (static in the guide's rules)
};

/// The alerting rules of a Prometheus rule file (recording rules are left out). False with
/// the reason in @p problem when the text is not a rule file.
bool parseAlertRules(const QByteArray &yaml, QList<AlertRuleSpec> *rules, QString *problem);

/// Writes, as OpenMetrics samples for `promtool tsdb create-blocks-from openmetrics`, the
/// ALERTS and ALERTS_FOR_STATE series that Prometheus would have written had it evaluated
/// @p rule every @p stepSeconds from @p startSeconds to @p endSeconds: a series of the
/// expression's result (@p matrix, a query_range answer's `result`) turns pending where it
/// appears, firing once it has been there for the rule's `for`, and resolved where it is gone.
void appendAlertHistory(const AlertRuleSpec &rule, const QJsonArray &matrix, qint64 startSeconds,
    qint64 endSeconds, qint64 stepSeconds, std::string *out);

} // namespace pivori
