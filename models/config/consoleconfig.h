// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "endpoint.h"
#include "panelunit.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>
#include <utility>

namespace pivori {

/// Where something was written in its YAML file (1-based; 0 when it did not come from a file).
struct SourceLocation final
{
    int line = 0;
    int column = 0;
};

/// One Prometheus server, addressed by its configured name.
struct PrometheusServer final
{
    QString name;
    Endpoint endpoint;
};

/// An Alertmanager HA cluster: the replicas gossip, so any one of them can answer.
struct AlertmanagerCluster final
{
    QString name;
    QList<Endpoint> replicas; ///< never empty after a successful load; share auth, CA and timeout
};

/// How often each kind of data is polled.
struct RefreshIntervals final
{
    qint64 dashboardsMs = 10'000;
    qint64 alertsMs = 10'000;
    qint64 healthMs = 60'000;
};

/// The order a variable's drop-down offers its values in (Grafana's variable `sort`, 1-8).
/// Each descending order is its ascending one reversed.
enum class VariableSort {
    None, ///< as they come: a label's values come sorted by Prometheus, fixed ones as written
    Alphabetical,
    AlphabeticalDesc,
    Numerical, ///< by the first number in the value; a value without one first
    NumericalDesc,
    CaseInsensitive, ///< alphabetical, ignoring case
    CaseInsensitiveDesc,
    Natural, ///< runs of digits compared as numbers: pod-2 before pod-10
    NaturalDesc,
};

/// A dashboard variable: a drop-down whose values are the values of one Prometheus label, or
/// a fixed list written in the file.
struct DashboardVariable final
{
    QString name; ///< referenced as $name in expressions
    QString label; ///< the label whose values are offered; empty when `values` are
    /// Series selector restricting where values come from; empty = all series. It may reference
    /// other variables ($job): their selection is expanded into it, and the values are asked for
    /// again when it changes (a chained variable).
    QString query;
    /// Empty = "All" when includeAll, else the first value; several only when `multi`.
    QStringList defaultValues;
    bool includeAll = false;
    QStringList values; ///< a fixed list offered instead of a label's values (Grafana's custom)
    bool multi = false; ///< several values may be selected at once
    /// The regex "All" stands for (Grafana's allValue); empty = every value of `values`, or
    /// `.*` for a label's values.
    QString allValue;
    /// Keeps only the values it matches (Grafana's variable regex): `/pattern/flags` is searched
    /// for in the value, anything else must match the whole value. Its first capture group, or
    /// a group named `value` (else `text`), becomes the value offered. Empty = every value.
    QString regex {};
    VariableSort sort = VariableSort::None;
    /// `query_result:` the values are the lines of an instant query's answer, one per series
    /// (Grafana's query_result()): `name{label="value",...} value timestamp-ms`, usually cut down
    /// by `regex`. `query` then holds that expression (it may reference other variables and the
    /// range built-ins); `label` is empty.
    bool queryResult = false;

    /// The variables its `query` references ($job, ${job}), each once, in order of appearance;
    /// built-ins ($__range) are not variables.
    QStringList referencedVariables() const;
};

/// Which y-axis of a time series panel a query's series and a threshold are read against.
/// Series whose limits differ by orders of magnitude (5xx under 0.1 %, 4xx under 10 %) each get
/// an axis scaled to them, so neither sits flat on zero under the other's limit.
enum class YAxis { Left, Right };

struct PanelQuery final
{
    QString expr;
    QString legend; ///< may hold {{label}} placeholders; empty = the series' labels
    QString color; ///< "#rrggbb" or a colour name (see ConsoleConfig::colorNames); empty = automatic
    YAxis axis = YAxis::Left; ///< time series panels only
    /// `ref_id:` the name an override's `match: {query: ...}` gives the query (Grafana's refId);
    /// empty = matched by its index only.
    QString refId {};
};

/// How the copies of a repeated panel are laid out: side by side, sharing the line's width
/// (`max_per_row` at most per line), or one under the other at the panel's width.
enum class RepeatDirection { Horizontal, Vertical };

/// The order is that of DashboardConfigParser::panelTypeNames(); new kinds go at the end.
enum class PanelType { Gauge, TimeSeries, Bars, Stat, Text, BarGauge, Table };
/// How a text panel's content is read: light Markdown (headings, lists, bold) or as written.
enum class TextFormat { Markdown, Plain };
/// `legend_mode:` of a time series panel: a list of names, a table of every series with its
/// last, min, max and mean, none, or (Auto) a list up to a few series and a table above.
enum class LegendMode { Auto, List, Table, Hidden };
enum class Severity { Ok, Warning, Critical };

/// A reading takes the colour and severity of the highest threshold at or below it.
struct Threshold final
{
    double value = 0;
    QString color; ///< "#rrggbb" (lower case) or a colour name
    Severity severity = Severity::Ok;
    QString label; ///< optional caption for a threshold line
    YAxis axis = YAxis::Left; ///< the axis (and so the series) a threshold line is drawn against
};

/// `value_mappings:` a reading shown as a text, optionally in a colour of its own (Grafana's
/// value mappings): 1 -> "UP" in green. The first mapping that matches applies.
struct ValueMapping final
{
    enum class Kind { Value, Range, Regex, Special };
    /// Prometheus sends numbers, never null or booleans: null and nan both match NaN ("no
    /// traffic"), true any other finite reading than 0, false 0.
    enum class Special { Null, NaN, True, False };
    Kind kind = Kind::Value;
    double value = 0; ///< Value: the reading, exactly
    std::optional<double> from {}; ///< Range: inclusive ends; absent = open
    std::optional<double> to {};
    QString pattern {}; ///< Regex: matched anywhere in the reading written plainly ("0.5", "200")
    Special special = Special::Null;
    QString text {}; ///< shown instead of the number (plain text); empty = the number
    QString color {}; ///< "#rrggbb" or a colour name; empty = the threshold's colour
    SourceLocation location {};
};

/// `overrides:` field settings for some of a panel's series (Grafana's field overrides).
/// Later overrides win over earlier ones, and every override over the panel's own settings.
struct FieldOverride final
{
    /// What picks the series: its display name exactly, a regular expression matched in it
    /// (anywhere, as Grafana's byRegexp), or the query that made it (ref_id, or index from 0).
    enum class Match { Name, Regex, Query };
    Match match = Match::Name;
    QString pattern {};
    std::optional<PanelUnit> unit {};
    std::optional<int> decimals {};
    std::optional<double> min {};
    std::optional<double> max {};
    std::optional<QList<Threshold>> thresholds {}; ///< sorted by value
    QString color {}; ///< fixed colour of the series; empty = unchanged
    QString displayName {}; ///< shown instead of the legend name; empty = unchanged
    /// `axis:` the y-axis its series are read against on a time series panel (Grafana's
    /// custom.axisPlacement); absent = their query's. The right axis shows the unit of its
    /// series, so a second unit gets a scale of its own.
    std::optional<YAxis> axis {};
    SourceLocation location {};
};

/// `columns:` of a table panel (Grafana's `organize` transformation). Columns are named by
/// label, and "Value" for the reading.
struct TableColumns final
{
    QStringList order {}; ///< these first, in this order; the others after them, as before
    QStringList hidden {}; ///< not shown
    QMap<QString, QString> rename {}; ///< column -> the header shown
};

/// `sort_by:` the order a table's rows start in (Grafana's `sortBy` transformation); a click
/// on a header still sorts by another column.
struct TableSort final
{
    QString column {}; ///< a label, or "Value"
    bool descending = false;
};

/// `join:` of a table panel (Grafana's merge and joinByField transformations): one row per
/// label set, or per value of one label, with a reading column per query, named "Value #A" by
/// the query's ref_id (its letter in the list when it has none).
struct TableJoin final
{
    bool enabled = false;
    QString byLabel {}; ///< empty = rows whose labels (__name__ aside) are all equal are one row
    /// `mode: inner`: only the rows every query has a reading for (Grafana's inner join); else
    /// every row, with empty cells where a query has none (outer, Grafana's default).
    bool inner = false;
};

/// `calculate:` a reading column worked out of others, per row (Grafana's calculateField).
struct CalculatedColumn final
{
    enum class Mode {
        Binary, ///< left op right, each a column or a number
        Reduce, ///< a reducer over the row's query readings (or the columns listed)
    };
    enum class Reducer { Sum, Mean, Min, Max, Count };
    QString name {}; ///< its header, and its name for `columns:` and `sort_by:`
    Mode mode = Mode::Binary;
    QString left {}; ///< Binary: a column name ("Value #A") or a number
    QChar op = u'+'; ///< Binary: + - * / %
    QString right {};
    Reducer reducer = Reducer::Sum;
    QStringList over {}; ///< Reduce: the columns; empty = every query reading
};

/// Where a click on one of a panel's series leads: another dashboard (or this one), with its
/// variables set from the clicked series' labels.
struct DrillLink final
{
    QString dashboard; ///< target dashboard id; empty = the panel has no link
    /// Target variable <- series label, in the order written. A series without the label keeps
    /// the source dashboard's single value of the variable of that name, or selects all.
    QList<std::pair<QString, QString>> variables;

    bool isSet() const { return !dashboard.isEmpty(); }
};

struct Panel final
{
    QString id;
    QString title;
    QString description;
    PanelType type = PanelType::TimeSeries;
    QList<PanelQuery> queries; ///< at least one, except for text panels (none)
    PanelUnit unit = PanelUnit::None;
    QList<Threshold> thresholds; ///< sorted by value, ascending
    std::optional<double> min;
    std::optional<double> max;
    bool stacked = false;
    qint64 bucketMs = 0; ///< bars only; 0 = the dashboard's step
    int width = 6; ///< grid columns, 1-12
    int height = 1; ///< grid rows
    DrillLink link; ///< what a click on a series opens
    QString content; ///< text panels: what they show (never markup); they have no queries
    TextFormat textFormat = TextFormat::Markdown;
    QString row; ///< the id of the DashboardRow holding it; empty = above every row
    /// `repeat:` the variable whose current values each get a copy of the panel; empty = none.
    QString repeat;
    RepeatDirection repeatDirection = RepeatDirection::Horizontal;
    int maxPerRow = 4; ///< horizontal copies side by side at most (Grafana's default)
    /// On a copy made for a repeat: variable -> the one value this copy shows; its queries
    /// read the variable as that value whatever the drop-down says.
    QMap<QString, QString> repeatValues;
    bool breakBefore = false; ///< starts a new line of the grid (vertical copies stack)
    SourceLocation location;
    /// `decimals:` every reading written with exactly this many decimals (0-10); absent = as
    /// many as make three significant digits. Axis ticks keep their own.
    std::optional<int> decimals {};
    QList<ValueMapping> valueMappings {}; ///< stat, bar gauge and table panels
    QList<FieldOverride> overrides {}; ///< in the order written
    TableColumns columns {}; ///< table panels only
    std::optional<TableSort> sortBy {}; ///< table panels only
    TableJoin join {}; ///< table panels only
    QList<CalculatedColumn> calculated {}; ///< table panels only, after the query readings
    LegendMode legendMode = LegendMode::Auto; ///< time series panels only; the user's choice wins
};

/// The name of query @p queryIndex's reading in a joined table: "Value #" and its ref_id, or its
/// letter in the panel's list (A for the first) when it has none, as Grafana names them.
QString joinedReadingName(const Panel &panel, int queryIndex);

/// A titled group of a dashboard's panels (`type: row`, as Grafana's rows). The window draws
/// it as a header that collapses and expands; a collapsed row's panels are neither created nor
/// queried, so a dashboard can keep rarely needed panels at no cost.
struct DashboardRow final
{
    QString id; ///< shares the dashboard's panel ids: no panel and no row has the same one
    QString title;
    bool collapsed = false; ///< as configured; the window remembers what the user chose
    QString repeat; ///< the variable whose current values each get a copy of the row; empty = none
    QMap<QString, QString> repeatValues; ///< on a copy: variable -> the value it shows
    SourceLocation location;
};

struct Dashboard final
{
    QString id;
    QString title;
    QString description;
    qint64 timeRangeMs = 3'600'000;
    qint64 refreshMs = 10'000;
    QList<DashboardVariable> variables;
    /// Every panel, rows' panels included, in reading order: the panels above every row, then
    /// each row's panels right after those of the row before it.
    QList<Panel> panels;
    QList<DashboardRow> rows; ///< in order, below the panels that belong to none
    SourceLocation location;

    const Panel *panel(const QString &panelId) const;
    const DashboardRow *row(const QString &rowId) const;
    /// Whether the panel sits in a collapsed row (so it is neither drawn nor queried).
    bool isCollapsed(const Panel &panel) const;
    /// How many panels the row holds.
    int panelCount(const QString &rowId) const;
    /// Sets a row's collapsed state; false when there is no such row.
    bool setRowCollapsed(const QString &rowId, bool collapsed);
};

/// A `- file: PATH` or `- folder: PATH` entry under `dashboards:`: dashboards kept in other
/// files (Grafana JSON, a Kubernetes ConfigMap holding it, the console's own YAML). The config
/// library only records the entry: reading and converting the files is the Grafana importer's
/// (resolveDashboardFiles, pivori_grafana), done after loading by the commands that show
/// dashboards, so that this library needs no importer and `alerts` or `check` read no dashboards.
struct DashboardFileEntry final
{
    QString path; ///< absolute, resolved against the configuration's folder
    QString written; ///< as written in the configuration, for messages
    bool folder = false; ///< every *.json file of the folder, in name order
    /// Where in ConsoleConfig::dashboards its dashboards go: the number of dashboards written
    /// before the entry.
    int position = 0;
    SourceLocation location;
};

/// Markdown shown next to an alert of the given name. Exactly one of file/text is set.
struct Runbook final
{
    QString alertname;
    QString title;
    QString file; ///< absolute path (or a :/ resource path for the built-in configuration)
    QString text;
    SourceLocation location;
};

/// One configured health check (`health_checks:`). Which fields a check uses depends on its type;
/// the parser rejects the keys a type does not use.
struct HealthCheck final
{
    /// The order is the order of OperationsConfigParser::healthCheckTypeNames().
    enum class Type {
        PrometheusQuery, ///< a PromQL value against warn/crit limits; no data is Unknown
        Http, ///< a URL answers 2xx; latency against warn_above/crit_above (seconds)
        Targets, ///< every scrape target up, else the down ones with their lastError
        AlertmanagerCluster, ///< every replica's cluster "ready" with as many peers as replicas
        PrometheusHealth, ///< /-/healthy and /-/ready
        PrometheusConfig, ///< the last configuration reload succeeded (runtimeinfo)
        PrometheusRules, ///< no rule group with lastError, missed iterations or overrunning its interval
        PrometheusAlertmanagers, ///< connected to every configured replica, no notification errors
        PrometheusTsdb, ///< head series, failing compactions
        AlertmanagerReplicas, ///< every replica ready (/-/ready)
        AlertmanagerConfigHash, ///< the same configuration on every replica
        Watchdog, ///< the dead man's switch present and fresh on every replica
        Tcp, ///< a TCP (optionally TLS) connection to host:port opens
        TlsExpiry, ///< the certificate an https endpoint presents in the handshake
    };
    QString name;
    QString category; ///< as written; empty in the file means the type's default category
    Type type = Type::PrometheusQuery;
    QString expr; ///< prometheus_query
    QUrl url; ///< http, tls_expiry
    QString server; ///< Prometheus checks: Prometheus server name; empty = the first one
    QString cluster; ///< Alertmanager checks: cluster name; empty = every cluster
    QString host; ///< tcp
    int port = 0; ///< tcp
    bool tls = false; ///< tcp: a TLS handshake after the connection
    QString alertname; ///< watchdog: empty = ConsoleConfig::deadMansSwitch
    qint64 maxAgeMs = 300'000; ///< watchdog: how old the newest copy may be
    QString link; ///< where to look when it fails (CheckResult::link); empty = the check's own
    PanelUnit unit = PanelUnit::None;
    std::optional<double> warnAbove;
    std::optional<double> critAbove;
    std::optional<double> warnBelow;
    std::optional<double> critBelow;
    qint64 timeoutMs = 10'000;
    SourceLocation location;

    /// The category written, or the type's default ("Prometheus", "Connectivity", ...).
    QString effectiveCategory() const;
    /// The category a check of @p type gets when none is written.
    static QString defaultCategory(Type type);
};

struct NocPlaylistItem final
{
    enum class Kind { Dashboard, Alerts, Health };
    Kind kind = Kind::Dashboard;
    QString id; ///< dashboard id, or the alert or health view ("board")
    SourceLocation location;
};

struct NocConfig final
{
    QList<NocPlaylistItem> playlist; ///< empty = not configured
    qint64 rotateEveryMs = 30'000;
    int screen = 0;
};

/// The label names the console relies on; stock client libraries call some of them differently.
struct LabelNames final
{
    QString service = QStringLiteral("service");
    QString status = QStringLiteral("status");
    QString endpoint = QStringLiteral("endpoint");
    QString pod = QStringLiteral("pod");
    QString node = QStringLiteral("node");
};

/// Everything the console reads from console.yaml. Plain data, filled by ConfigLoader.
struct ConsoleConfig final
{
    QString sourceName; ///< the file it came from, as shown in messages
    QList<PrometheusServer> prometheus;
    QList<AlertmanagerCluster> alertmanagers;
    RefreshIntervals refresh;
    QList<Dashboard> dashboards;
    /// Entries naming dashboard files, not read yet: their dashboards are not in `dashboards`
    /// until resolveDashboardFiles() reads them. Panel links and NOC playlist items naming a
    /// dashboard the configuration does not define are then checked by it, not by the loader.
    QList<DashboardFileEntry> dashboardFiles;
    QList<Runbook> runbooks;
    QList<HealthCheck> healthChecks;
    NocConfig noc;
    LabelNames labels;
    /// The always-firing alert whose absence is the problem (`dead_mans_switch:`). It never
    /// counts as an alert in the inbox, the band or the tray; empty = none.
    QString deadMansSwitch = QStringLiteral("Watchdog");

    const Dashboard *dashboard(const QString &id) const;
    const Runbook *runbook(const QString &alertname) const;

    /// The named colours a threshold or query may use.
    static QStringList colorNames();
    /// "#rrggbb" for a colour as stored in the config (a name or already "#rrggbb"); empty if unknown.
    static QString colorHex(const QString &color);
};

} // namespace pivori
