// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace pivori {

/// Where a health check says to look (CheckResult::link), taken apart: "dashboard:<id>",
/// "runbook:<alertname>", "target:<scrape url>", "rulegroup:<file>/<group>" or an http(s) URL.
/// Anything else is Kind::None: a link from a check is never opened blindly.
struct HealthLink final
{
    Q_DECLARE_TR_FUNCTIONS(pivori::HealthLink)
public:
    enum class Kind { None, Dashboard, Runbook, Target, RuleGroup, Web };

    Kind kind = Kind::None;
    QString target; ///< the dashboard id, alertname, scrape URL, "<file>/<group>" or the URL

    static HealthLink parse(const QString &link);
    bool isValid() const { return kind != Kind::None; }
    /// For a person: "dashboard production", "runbook HighLatency", "target http://…",
    /// "rule group latency (rules.yml)", or the URL.
    QString text() const;
    /// For a rule group: the file and the group (the group is what follows the last '/').
    QString ruleFile() const;
    QString ruleGroup() const;
    /// The web URL, valid for Kind::Web only (http or https with a host).
    QUrl url() const;
};

} // namespace pivori
