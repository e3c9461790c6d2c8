// SPDX-License-Identifier: GPL-3.0-or-later
#include "repeats.h"

#include "dashboardrefresher.h"

#include <QRegularExpression>

#include <algorithm>
#include <memory>

namespace pivori {

namespace {

constexpr int kColumns = 12;

/// An id for the copy of @p id for @p value: "id--value" in id characters, never one in use.
QString copyId(const QString &id, const QString &value, QSet<QString> &used)
{
    static const QRegularExpression other(QStringLiteral("[^a-z0-9]+"));
    QString slug = value.toLower();
    slug.replace(other, QStringLiteral("-"));
    while (slug.startsWith(QLatin1Char('-')))
        slug.remove(0, 1);
    while (slug.endsWith(QLatin1Char('-')))
        slug.chop(1);
    const QString base = id + QStringLiteral("--") + (slug.isEmpty() ? QStringLiteral("copy") : slug);
    QString out = base;
    for (int n = 2; used.contains(out); ++n)
        out = base + QLatin1Char('-') + QString::number(n);
    used.insert(out);
    return out;
}

/// The copies of one panel repeated by its own `repeat:`, in order.
QList<Panel> panelCopies(const Panel &panel, const QStringList &values, QSet<QString> &used)
{
    QList<Panel> out;
    const int perLine = std::clamp(std::min(int(values.size()), panel.maxPerRow), 1, kColumns);
    for (qsizetype i = 0; i < values.size(); ++i) {
        Panel copy = panel;
        const QString &value = values.at(i);
        copy.id = i == 0 ? panel.id : copyId(panel.id, value, used);
        copy.title = repeatTitle(panel.title, panel.repeat, value);
        copy.repeatValues.insert(panel.repeat, value);
        if (panel.repeatDirection == RepeatDirection::Vertical) {
            copy.breakBefore = true;
        } else {
            // Grafana's rule: the copies share the line, but none narrower than 1/maxPerRow.
            copy.width = std::max(1, kColumns / perLine);
            copy.breakBefore = i == 0 || (i % perLine) == 0;
        }
        out.append(copy);
    }
    return out;
}

/// The panel as drawn: its copies, or itself when it does not repeat or has no values.
QList<Panel> expandPanel(const Panel &panel, const QMap<QString, QStringList> &values, QSet<QString> &used)
{
    const QStringList chosen = panel.repeat.isEmpty() ? QStringList() : values.value(panel.repeat);
    if (chosen.isEmpty())
        return { panel };
    return panelCopies(panel, chosen, used);
}

} // namespace

QString repeatTitle(const QString &title, const QString &variable, const QString &value, bool addWhenAbsent)
{
    const QRegularExpression reference(
        QStringLiteral("\\$\\{%1\\}|\\$%1(?![A-Za-z0-9_])").arg(QRegularExpression::escape(variable)));
    if (!title.contains(reference)) {
        if (!addWhenAbsent)
            return title;
        return title.isEmpty() ? value : QStringLiteral("%1 (%2)").arg(title, value);
    }
    QString out = title;
    out.replace(reference, value);
    return out;
}

QSet<QString> repeatVariables(const Dashboard &dashboard)
{
    QSet<QString> out;
    for (const Panel &panel : dashboard.panels) {
        if (!panel.repeat.isEmpty())
            out.insert(panel.repeat);
    }
    for (const DashboardRow &row : dashboard.rows) {
        if (!row.repeat.isEmpty())
            out.insert(row.repeat);
    }
    return out;
}

void lookUpRepeatValues(DashboardRefresher *refresher, const Dashboard &config,
    const std::function<void(const QMap<QString, QStringList> &)> &done)
{
    const QSet<QString> names = repeatVariables(config);
    auto values = std::make_shared<QMap<QString, QStringList>>();
    auto left = std::make_shared<qsizetype>(names.size());
    if (names.isEmpty()) {
        done(*values);
        return;
    }
    const auto oneDone = [values, left, done](const QString &name, const QStringList &list) {
        values->insert(name, list);
        if (--*left == 0)
            done(*values);
    };
    for (const QString &name : names) {
        const auto current = refresher->variables().constFind(name);
        if (current == refresher->variables().cend()) {
            oneDone(name, {}); // no value chosen yet: drawn as written, once
        } else if (!current->all) {
            oneDone(name, current->values);
        } else {
            refresher->variableValues(name, [oneDone, name](const Result<QStringList> &result) {
                oneDone(name, result.ok() ? result.value() : QStringList());
            });
        }
    }
}

Dashboard expandRepeats(const Dashboard &dashboard, const QMap<QString, QStringList> &values)
{
    if (repeatVariables(dashboard).isEmpty())
        return dashboard;
    QSet<QString> used;
    for (const Panel &panel : dashboard.panels)
        used.insert(panel.id);
    for (const DashboardRow &row : dashboard.rows)
        used.insert(row.id);

    Dashboard out = dashboard;
    out.panels.clear();
    out.rows.clear();
    for (const Panel &panel : dashboard.panels) {
        if (panel.row.isEmpty())
            out.panels += expandPanel(panel, values, used);
    }
    for (const DashboardRow &row : dashboard.rows) {
        const QStringList chosen = row.repeat.isEmpty() ? QStringList() : values.value(row.repeat);
        if (chosen.isEmpty()) {
            out.rows.append(row);
            for (const Panel &panel : dashboard.panels) {
                if (panel.row == row.id)
                    out.panels += expandPanel(panel, values, used);
            }
            continue;
        }
        for (qsizetype i = 0; i < chosen.size(); ++i) {
            const QString &value = chosen.at(i);
            DashboardRow copy = row;
            copy.id = i == 0 ? row.id : copyId(row.id, value, used);
            copy.title = repeatTitle(row.title, row.repeat, value);
            copy.repeatValues.insert(row.repeat, value);
            out.rows.append(copy);
            for (const Panel &panel : dashboard.panels) {
                if (panel.row != row.id)
                    continue;
                Panel p = panel;
                p.id = i == 0 ? panel.id : copyId(panel.id, value, used);
                p.row = copy.id;
                // Only a title naming the variable changes: the row's title already says which.
                p.title = repeatTitle(panel.title, row.repeat, value, false);
                p.repeatValues.insert(row.repeat, value);
                out.panels.append(p);
            }
        }
    }
    return out;
}

} // namespace pivori
