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
    /// The `- file:` and `- folder:` entries, in order; read after loading by the Grafana importer.
    const QList<DashboardFileEntry> &files() const { return m_files; }
    /// Every well-formed dashboard id written in the file, including those of dashboards
    /// dropped for other errors (so that references to them are not reported twice).
    const QSet<QString> &writtenIds() const { return m_writtenIds; }
    /// Reports panel links to dashboards that do not exist and link variables their target lacks.
    /// Call after dashboards(). With dashboard files (files()), a link to an id the file does not
    /// define may be to one of theirs: resolveDashboardFiles checks it once they are read.
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
    /// The names accepted by `format:` of text panels, in TextFormat order.
    static QStringList textFormatNames();
    /// The names accepted by `axis:` (queries and thresholds of time series panels).
    static QStringList axisNames();
    /// The names accepted by `repeat_direction:`, in RepeatDirection order.
    static QStringList repeatDirectionNames();
    /// The names accepted by a value mapping's `special:`, in ValueMapping::Special order.
    static QStringList specialValueNames();
    /// `calculate:`'s `reduce:` names, in CalculatedColumn::Reducer order.
    static QStringList reducerNames();
    /// `legend_mode:` names, in LegendMode order.
    static QStringList legendModeNames();
    /// `join:`'s `mode:` names: outer (the default) and inner.
    static QStringList joinModeNames();

private:
    /// @p seen maps ids already used to their line, to report duplicates even of broken entries.
    std::optional<Dashboard> dashboard(const ConfigReader::Item &item, QHash<QString, int> &seen);
    /// A `- builtin: ID` entry: a copy of that built-in dashboard.
    std::optional<Dashboard> builtInReference(const ConfigReader::Item &item, QHash<QString, int> &seen);
    /// A `- file: PATH` or `- folder: PATH` entry (dashboardconfigfiles.cpp); @p position is the
    /// number of dashboards before it.
    std::optional<DashboardFileEntry> fileEntry(const ConfigReader::Item &item, int position);
    static bool isFileEntry(const YAML::Node &node);
    /// The `variables:` of a dashboard (dashboardconfigvariables.cpp), their references to
    /// each other checked.
    QList<DashboardVariable> variables(const ConfigReader::Map &dashboard);
    /// A variable as read, with where its name and query were written (for later checks).
    struct ReadVariable final
    {
        DashboardVariable variable;
        YAML::Mark nameMark;
        YAML::Mark queryMark;
        QString queryPath;
    };
    /// One variable, or nullopt (reported).
    std::optional<ReadVariable> variable(const ConfigReader::Item &item);
    /// A variable's `default:`: one value, or a list of them when it is multi.
    QStringList defaultValues(const ConfigReader::Map &map, const DashboardVariable &v, bool &ok);
    /// A variable's `values:` list (a fixed list instead of a label's values).
    QStringList fixedValues(const ConfigReader::Map &map, bool &ok);
    /// Reports queries referencing an unknown variable, their own, or a cycle of variables.
    /// Returns false when any was reported.
    bool checkVariableChains(const QList<ReadVariable> &variables);
    /// Whether a `panels:` entry is a row (`type: row`) rather than a panel.
    static bool isRowItem(const YAML::Node &node);
    /// A `type: row` entry; its nested `panels:` are appended to @p panels. The row's id is
    /// empty when it could not be read (reported).
    DashboardRow row(const ConfigReader::Item &item, const QSet<QString> &variableNames,
        const QString &dashboardId, QHash<QString, int> &seen, QList<Panel> &panels);
    /// Reports a repeated panel in a repeated row.
    void repeatInRepeatedRow(const ConfigReader::Item &item, const Panel &panel, const DashboardRow &row);
    /// An optional `repeat:`: a variable of the dashboard; empty when absent or wrong (reported).
    QString repeatVariable(const ConfigReader::Map &map, const QSet<QString> &variableNames, bool &ok);
    std::optional<Panel> panel(const ConfigReader::Item &item, const QSet<QString> &variableNames,
        const QString &dashboardId, QHash<QString, int> &seen);
    /// Records @p id as used at @p mark; returns the line of an earlier use, or 0.
    static int claimId(QHash<QString, int> &seen, const QString &id, const YAML::Mark &mark);
    /// Where the `axis:` keys of one panel's queries and thresholds were written, checked
    /// against the panel's type and each other once the whole panel is read.
    struct AxisKeys final
    {
        struct Use
        {
            YAML::Mark mark;
            QString path;
        };
        std::optional<Use> first; ///< the first `axis:` written, whatever its value
        bool rightQuery = false;
        QList<Use> rightThresholds;
    };
    QList<PanelQuery> queries(
        const ConfigReader::Map &panel, const QSet<QString> &variableNames, AxisKeys &axes, bool &ok);
    QList<Threshold> thresholds(const ConfigReader::Map &panel, AxisKeys &axes, bool &ok);
    /// Reads an optional `axis:` of a query or threshold and records where it was written.
    YAxis axis(const ConfigReader::Map &map, AxisKeys &axes, bool isThreshold, bool &ok);
    void checkAxes(PanelType type, const AxisKeys &axes, bool &ok);
    DrillLink link(const ConfigReader::Map &panel, bool &ok);
    /// A text panel's `content:` and `format:` (and the error of `queries:` on it).
    void textContent(const ConfigReader::Map &panel, Panel &p, bool &ok);
    /// A panel's `decimals:`, `value_mappings:` and `overrides:` (dashboardconfigfields.cpp);
    /// read after its type and queries.
    void fieldOptions(const ConfigReader::Map &panel, Panel &p, bool &ok);
    QList<ValueMapping> valueMappings(const ConfigReader::Map &panel, bool &ok);
    std::optional<ValueMapping> valueMapping(const ConfigReader::Item &item);
    QList<FieldOverride> overrides(const ConfigReader::Map &panel, const Panel &p, bool &ok);
    std::optional<FieldOverride> fieldOverride(const ConfigReader::Item &item, const Panel &p);
    /// A table panel's `columns:` and `sort_by:` (Grafana's organize and sortBy).
    void tableOptions(const ConfigReader::Map &panel, Panel &p, bool &ok);
    /// A table panel's `join:` and `calculate:` (Grafana's merge, joinByField and calculateField;
    /// dashboardconfigtables.cpp).
    void tableTransforms(const ConfigReader::Map &panel, Panel &p, bool &ok);
    std::optional<CalculatedColumn> calculatedColumn(const ConfigReader::Item &item);
    /// A list of column names under @p key; reports entries that are not plain text.
    QStringList columnNames(const ConfigReader::Map &map, const QString &key, bool &ok);
    /// An override's `match:`; false when wrong (reported).
    bool overrideMatch(const ConfigReader::Map &override, const Panel &p, FieldOverride &out);
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
    QList<DashboardFileEntry> m_files;
    QList<PendingLink> m_links;
};

} // namespace pivori
