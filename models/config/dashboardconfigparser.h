// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "configreader.h"
#include "consoleconfig.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>

#include <optional>

namespace pivori {

/// Reads the `dashboards:` section: dashboards, their variables, panels, queries and thresholds.
class DashboardConfigParser final
{
    Q_DECLARE_TR_FUNCTIONS(pivori::DashboardConfigParser)

public:
    /// @p builtIns are the dashboards a `- builtin: ID` entry may name; nullptr while reading
    /// the built-in configuration itself (which defines them).
    explicit DashboardConfigParser(ConfigReader &reader, const QList<Dashboard> *builtIns = nullptr)
        : m_reader(reader)
        , m_builtIns(builtIns)
    {
    }

    /// The dashboards of the file, in its order: those it defines and the built-in ones it names
    /// (`- builtin: production`). A file without a `dashboards` key gets every built-in one; a
    /// file with one gets exactly what it lists (`dashboards: []` is none).
    QList<Dashboard> dashboards(const ConfigReader::Map &top);
    /// Every well-formed dashboard id written in the file, including those of dashboards
    /// dropped for other errors (so that references to them are not reported twice).
    const QSet<QString> &writtenIds() const { return m_writtenIds; }
    /// Reports panel links to dashboards that do not exist and link variables their target lacks.
    /// Call after dashboards(); @p extraIds are valid targets defined elsewhere.
    /// A built-in dashboard's link to a dashboard the file leaves out is dropped: the user chose
    /// which dashboards exist, and a click then says there is no drill-down.
    void checkLinks(QList<Dashboard> &dashboards);
    /// A note for a message about an unknown dashboard @p id: how to include it when it is a
    /// built-in one, else empty.
    static QString builtInHint(const QString &id);

    /// The names accepted by `type:`, `unit:` and `severity:`, in enum order.
    static QStringList panelTypeNames();
    static QStringList unitNames();
    static QStringList severityNames();

private:
    /// @p seen maps ids already used to their line, to report duplicates even of broken entries.
    std::optional<Dashboard> dashboard(const ConfigReader::Item &item, QHash<QString, int> &seen);
    /// A `- builtin: ID` entry: a copy of that built-in dashboard.
    std::optional<Dashboard> builtInReference(const ConfigReader::Item &item, QHash<QString, int> &seen);
    QList<DashboardVariable> variables(const ConfigReader::Map &dashboard);
    std::optional<Panel> panel(const ConfigReader::Item &item, const QSet<QString> &variableNames,
        const QString &dashboardId, QHash<QString, int> &seen);
    /// Records @p id as used at @p mark; returns the line of an earlier use, or 0.
    static int claimId(QHash<QString, int> &seen, const QString &id, const YAML::Mark &mark);
    QList<PanelQuery> queries(const ConfigReader::Map &panel, const QSet<QString> &variableNames, bool &ok);
    QList<Threshold> thresholds(const ConfigReader::Map &panel, bool &ok);
    DrillLink link(const ConfigReader::Map &panel, bool &ok);
    /// Reports each $name in @p expr that is not one of the dashboard's variables.
    bool checkVariables(
        const ConfigReader::Map &query, const QString &expr, const QSet<QString> &variableNames);

    /// A link read, checked once every dashboard is known.
    struct PendingLink final
    {
        QString target;
        YAML::Mark mark;
        QString path;
        QList<std::pair<QString, YAML::Mark>> variables;
    };

    ConfigReader &m_reader;
    const QList<Dashboard> *m_builtIns;
    QSet<QString> m_writtenIds;
    QSet<QString> m_referencedIds; ///< built-in dashboards included by reference
    QList<PendingLink> m_links;
};

} // namespace pivori
