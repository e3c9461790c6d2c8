// SPDX-License-Identifier: GPL-3.0-or-later
// `pivori-console snapshot --dashboard ID --out FILE.{png,svg,pdf} [--data FILE.json]
// [--report DIR] ...`: renders a dashboard without a display, for scripts, CI and incident
// tooling. Every picture carries the export header (dashboard, range, server, time).
#include "alertpoller.h"
#include "alertsbackend.h"
#include "cliutil.h"
#include "commandline.h"
#include "commands.h"
#include "dashboardfile.h"
#include "dashboardrefresher.h"
#include "dashboardview.h"
#include "duration.h"
#include "exportedalerts.h"
#include "exportheader.h"
#include "httptransport.h"
#include "incidentreportjob.h"
#include "networktransport.h"
#include "panelexporter.h"
#include "prometheusclient.h"
#include "repeats.h"
#include "savefile.h"
#include "snapshotdata.h"
#include "timepoint.h"
#include "variablechain.h"

#include <QApplication>
#include <QNetworkAccessManager>
#include <QTimer>

#include <memory>

namespace pivori {

namespace {

// Free functions have no tr(): this class is the context their messages are filed and looked up under.
class SnapshotCommand final
{
    Q_DECLARE_TR_FUNCTIONS(pivori::SnapshotCommand)
};

struct SnapshotRequest
{
    QString dashboardId;
    QString dashboardFile; ///< --dashboard-file: Grafana JSON, a ConfigMap of it, or the console's YAML
    QMap<QString, VariableValue> variables;
    qint64 rangeMs = 3'600'000;
    QDateTime end;
    QSize size { 1920, 1080 };
    QString out;
    ExportFormat format = ExportFormat::Png;
    QString data;
    QString report;
    qint64 timeoutMs = 60'000;
};

/// Reads and checks the options; on a problem prints it and returns the exit code.
std::optional<SnapshotRequest> readRequest(const QCommandLineParser &parser, int *exitCode)
{
    *exitCode = 2;
    SnapshotRequest request;
    request.dashboardId = parser.value(QStringLiteral("dashboard"));
    request.dashboardFile = parser.value(QStringLiteral("dashboard-file"));
    request.out = parser.value(QStringLiteral("out"));
    request.data = parser.value(QStringLiteral("data"));
    request.report = parser.value(QStringLiteral("report"));
    if ((request.dashboardId.isEmpty() && request.dashboardFile.isEmpty())
        || (request.out.isEmpty() && request.report.isEmpty())) {
        cli::printError(SnapshotCommand::tr(
            "snapshot: --dashboard (or --dashboard-file) and --out (or --report) are required"));
        return std::nullopt;
    }
    if (!request.out.isEmpty()) {
        const auto format = exportFormatForPath(request.out);
        if (!format) {
            cli::printError(
                SnapshotCommand::tr("snapshot: --out must name a .png, .svg or .pdf file, got \"%1\"")
                    .arg(request.out));
            return std::nullopt;
        }
        request.format = *format;
    }
    QString problem;
    const auto variables = parseVariableAssignments(parser.values(QStringLiteral("var")), &problem);
    if (!variables) {
        cli::printError(SnapshotCommand::tr("snapshot: %1").arg(problem));
        return std::nullopt;
    }
    request.variables = *variables;
    if (parser.isSet(QStringLiteral("range"))) {
        const auto range = parseDurationMs(parser.value(QStringLiteral("range")));
        if (!range || *range <= 0) {
            cli::printError(SnapshotCommand::tr("snapshot: --range must be a duration like 1h"));
            return std::nullopt;
        }
        request.rangeMs = *range;
    }
    const auto end = parseTimePoint(parser.value(QStringLiteral("end")), QDateTime::currentDateTimeUtc());
    if (!end) {
        cli::printError(
            SnapshotCommand::tr("snapshot: --end is not a time (now, now-5m, unix seconds or RFC 3339)"));
        return std::nullopt;
    }
    request.end = *end;
    const QStringList size = parser.value(QStringLiteral("size")).split(QLatin1Char('x'));
    bool okWidth = false;
    bool okHeight = false;
    if (size.size() == 2)
        request.size = QSize(size[0].toInt(&okWidth), size[1].toInt(&okHeight));
    if (!okWidth || !okHeight || request.size.width() < 200 || request.size.height() < 150
        || request.size.width() > 16384 || request.size.height() > 16384) {
        cli::printError(
            SnapshotCommand::tr("snapshot: --size must be WIDTHxHEIGHT between 200x150 and 16384x16384"));
        return std::nullopt;
    }
    const auto timeout = parseDurationMs(parser.value(QStringLiteral("timeout")));
    if (!timeout || *timeout <= 0) {
        cli::printError(SnapshotCommand::tr("snapshot: --timeout must be a duration like 60s"));
        return std::nullopt;
    }
    request.timeoutMs = *timeout;
    *exitCode = 0;
    return request;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QString error;
    if (saveFileAtomically(path, bytes, &error))
        return true;
    cli::printError(SnapshotCommand::tr("snapshot: %1").arg(error));
    return false;
}

/// The alerts of every configured Alertmanager cluster, read once, as `alerts --json` does.
class AlertSnapshot final
{
    Q_DECLARE_TR_FUNCTIONS(pivori::AlertSnapshot)
public:
    AlertSnapshot(const ConsoleConfig &config, HttpTransport *transport)
        : m_backend(config, transport)
    {
    }
    AlertPoller *poller() { return m_backend.poller(); }
    bool configured() const { return m_backend.hasClusters(); }
    /// What the export carries, as the window's report would.
    ExportedAlerts exported() const { return ExportedAlerts::from(&m_backend); }

    /// Prints each cluster that did not answer, and replicas that failed; false when a cluster did not
    /// answer.
    bool reportProblems() const
    {
        for (const AlertPoller::ClusterState &state : m_backend.poller()->clusterStates()) {
            if (state.reachable && !state.message.isEmpty())
                cli::printError(tr("snapshot: %1").arg(state.message));
        }
        const QStringList problems = exported().problems;
        for (const QString &problem : problems)
            cli::printError(tr("snapshot: %1").arg(problem));
        return problems.isEmpty();
    }

private:
    AlertsBackend m_backend; ///< read-only: a snapshot acknowledges nothing
};

} // namespace

int runSnapshotCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(SnapshotCommand::tr(
        "Renders a dashboard to a PNG, SVG or PDF without a display, and optionally writes "
        "the data behind every panel and the active alerts as JSON, or a whole incident "
        "report folder. Exits 1 when a panel could not get its data or Alertmanager did "
        "not answer."));
    CommandLine::addGlobalOptions(parser);
    parser.addOption({ QStringLiteral("dashboard"), SnapshotCommand::tr("Dashboard id, e.g. production."),
        SnapshotCommand::tr("id") });
    parser.addOption({ QStringLiteral("dashboard-file"),
        SnapshotCommand::tr("Render a dashboard from this file instead of the configuration: Grafana "
                            "dashboard JSON, a Kubernetes ConfigMap holding such JSON, or the console's "
                            "YAML (--dashboard picks one when it holds several; default the first)."),
        SnapshotCommand::tr("file") });
    parser.addOption({ QStringLiteral("var"),
        SnapshotCommand::tr(
            "Set a dashboard variable, e.g. service=trading (repeatable: a multi-value variable "
            "named again selects each value; All for every value)."),
        SnapshotCommand::tr("name=value") });
    parser.addOption(
        { QStringLiteral("range"), SnapshotCommand::tr("Time range ending at --end (default 1h)."),
            SnapshotCommand::tr("duration"), QStringLiteral("1h") });
    parser.addOption({ QStringLiteral("end"),
        SnapshotCommand::tr("End of the range: now, now-5m, unix seconds or RFC 3339 (default now)."),
        SnapshotCommand::tr("time"), QStringLiteral("now") });
    parser.addOption({ QStringLiteral("size"), SnapshotCommand::tr("Picture size (default 1920x1080)."),
        SnapshotCommand::tr("WxH"), QStringLiteral("1920x1080") });
    parser.addOption({ QStringLiteral("out"),
        SnapshotCommand::tr("The picture to write: .png, .svg or .pdf."), SnapshotCommand::tr("file") });
    parser.addOption({ QStringLiteral("data"),
        SnapshotCommand::tr("Also write the data behind every panel, and the active alerts, as JSON."),
        SnapshotCommand::tr("file") });
    parser.addOption({ QStringLiteral("report"),
        SnapshotCommand::tr(
            "Also write an incident report folder: pictures of the dashboard and of every panel, "
            "data.json, report.md and report.html."),
        SnapshotCommand::tr("dir") });
    parser.addOption({ QStringLiteral("timeout"),
        SnapshotCommand::tr("Give up waiting for data after this long (default 60s)."),
        SnapshotCommand::tr("duration"), QStringLiteral("60s") });
    if (const int code = cli::parseOrExit(parser, QStringLiteral("snapshot"), arguments); code >= 0)
        return code;
    int exitCode = 0;
    auto request = readRequest(parser, &exitCode);
    if (!request)
        return exitCode;

    QString problem;
    // A Grafana file's conversion fixes some variables (textbox, interval) to a value:
    // --var chooses it, for a --dashboard-file and for the configuration's files alike.
    GrafanaImportOptions importOptions;
    for (auto it = request->variables.cbegin(); it != request->variables.cend(); ++it) {
        if (!it->all && it->values.size() == 1)
            importOptions.values.insert(it.key(), it->values.constFirst());
    }
    // The configuration's dashboard files are read only when one of its dashboards is drawn.
    const GlobalOptions global = CommandLine::globalOptions(parser);
    auto config = request->dashboardFile.isEmpty()
        ? CommandLine::loadConfigWithDashboards(global, &problem, nullptr, importOptions)
        : CommandLine::loadConfig(global, &problem);
    if (!config) {
        cli::printError(problem);
        return 1;
    }
    if (!request->dashboardFile.isEmpty()) {
        const DashboardFile file = loadDashboardFile(request->dashboardFile, importOptions);
        if (!file.ok()) {
            for (const QString &error : file.errors)
                cli::printError(SnapshotCommand::tr("snapshot: %1").arg(error));
            return 1;
        }
        config->dashboards = file.dashboards;
        if (request->dashboardId.isEmpty())
            request->dashboardId = file.dashboards.constFirst().id;
    }
    const Dashboard *dashboard = config->dashboard(request->dashboardId);
    if (!dashboard) {
        QStringList ids;
        for (const Dashboard &d : config->dashboards)
            ids << d.id;
        cli::printError(SnapshotCommand::tr("snapshot: no dashboard \"%1\" (have: %2)")
                            .arg(request->dashboardId, ids.join(QStringLiteral(", "))));
        return 1;
    }
    if (const QString misfit = checkSelectionFits(dashboard->variables, request->variables);
        !misfit.isEmpty()) {
        cli::printError(SnapshotCommand::tr("snapshot: %1").arg(misfit));
        return 2;
    }
    if (config->prometheus.isEmpty()) {
        cli::printError(SnapshotCommand::tr("snapshot: no Prometheus configured; pass --prometheus URL"));
        return 1;
    }

    QNetworkAccessManager nam;
    NetworkTransport transport(&nam);
    const PrometheusServer &server = config->prometheus.constFirst();
    PrometheusClient client(&transport, server.endpoint);
    const qint64 endMs = request->end.toMSecsSinceEpoch();
    const TimeRange range = TimeRange::absolute(endMs - request->rangeMs, endMs);
    // The variables as asked; the refresher may still look up a default's first value, so the
    // header takes them again from it when the picture is taken.
    ExportHeader header = ExportHeader::forDashboard(
        *dashboard, QString(), range.startMs(), range.endMs(), &server, request->variables, false);

    DashboardView view(*dashboard);
    view.setAttribute(Qt::WA_DontShowOnScreen);
    // The picture is --size with the header on top; the panels get what is left.
    const QSize contentSize(request->size.width(),
        std::max(100,
            request->size.height()
                - PanelExporter::headerHeight(header.lines(), view.font(), request->size.width())));
    view.resize(contentSize);
    view.setRowsPerScreen(view.totalRows()); // the whole dashboard in one picture
    view.setDrawnOnlyInPictures(true);
    view.show();
    DashboardRefresher refresher(&client, *dashboard);
    refresher.setRefreshInterval(0);
    refresher.setPlotWidth(std::max(200, request->size.width() / 2));
    refresher.setVariables(request->variables);
    refresher.setTimeRange(range);
    QObject::connect(&refresher, &DashboardRefresher::panelUpdated, &view, &DashboardView::setPanelData);

    // Alerts only when something will hold them; they are read while Prometheus answers.
    const bool wantAlerts = !request->data.isEmpty() || !request->report.isEmpty();
    AlertSnapshot alerts(wantAlerts ? *config : ConsoleConfig(), &transport);
    if (wantAlerts && !alerts.configured())
        cli::printError(SnapshotCommand::tr("snapshot: no Alertmanager configured: \"alerts\" is null"));
    int answersDue = alerts.configured() ? 2 : 1;

    bool timedOut = false;
    bool finishing = false;
    std::unique_ptr<IncidentReportJob> reportJob;
    auto finish = [&] {
        if (std::exchange(finishing, true))
            return;
        // Let the panels' coalesced replots run before the picture is taken.
        QTimer::singleShot(0, &view, [&] {
            int code = 0;
            const Dashboard &shown = refresher.dashboard(); // with the copies of repeated panels
            for (const Panel &panel : shown.panels) {
                if (shown.isCollapsed(panel))
                    continue; // drawn as its row's header only, never queried
                const PanelData data = refresher.panelData(panel.id);
                if (data.state == PanelData::State::Error || data.state == PanelData::State::Loading) {
                    // The panel's message is Prometheus's own words: say which Prometheus.
                    cli::printError(SnapshotCommand::tr("panel \"%1\": Prometheus %2 (%3): %4")
                                        .arg(panel.title, server.name,
                                            server.endpoint.url.toDisplayString(QUrl::RemoveUserInfo),
                                            data.state == PanelData::State::Error
                                                ? data.error
                                                : SnapshotCommand::tr("no answer in time")));
                    code = 1;
                }
            }
            if (alerts.configured() && !alerts.reportProblems())
                code = 1;
            header.exportedAt = QDateTime::currentDateTimeUtc();
            header.variables = ExportHeader::variableTexts(*dashboard, refresher.variables());
            if (!request->out.isEmpty()) {
                const PanelExporter exporter(view.widget(), header.lines(), contentSize);
                if (!writeFile(request->out, exporter.render(request->format)))
                    code = 1;
            }
            const TimeRange::Resolved resolved = refresher.lastRange();
            const ExportedAlerts exportedAlerts = alerts.exported();
            // The data behind the picture, for --data and the report only: a sixth of a
            // dashboard snapshot's CPU went into building it for nobody (docs/benchmarks.md).
            const bool wantJson = !request->data.isEmpty() || !request->report.isEmpty();
            const QByteArray json = wantJson
                ? snapshotJson(shown, refresher.allPanelData(), resolved.startMs, resolved.endMs,
                    refresher.stepMs(), exportedAlerts.json(), refresher.variables())
                : QByteArray();
            if (!request->data.isEmpty() && !writeFile(request->data, json))
                code = 1;
            if (timedOut)
                cli::printError(SnapshotCommand::tr("snapshot: gave up waiting for data after %1")
                                    .arg(formatDuration(request->timeoutMs)));
            if (request->report.isEmpty()) {
                QCoreApplication::exit(code);
                return;
            }
            IncidentReportJob::Input input;
            input.directory = request->report;
            input.view = &view;
            input.header = header;
            input.report.dashboardId = dashboard->id;
            input.report.alerts = exportedAlerts.reportAlerts();
            input.report.alertsProblem = exportedAlerts.problemText();
            input.dataJson = json;
            input.dashboardContentSize = contentSize;
            reportJob = std::make_unique<IncidentReportJob>(std::move(input));
            QObject::connect(reportJob.get(), &IncidentReportJob::finished, &view,
                [code](bool ok, const QString &message) {
                    if (!ok)
                        cli::printError(SnapshotCommand::tr("snapshot: report: %1").arg(message));
                    QCoreApplication::exit(ok ? code : 1);
                });
            reportJob->start();
        });
    };
    auto answered = [&] {
        if (--answersDue == 0)
            finish();
    };
    QObject::connect(
        &refresher, &DashboardRefresher::refreshFinished, &view, answered, Qt::SingleShotConnection);
    if (alerts.configured())
        QObject::connect(
            alerts.poller(), &AlertPoller::roundFinished, &view, answered, Qt::SingleShotConnection);
    QTimer::singleShot(std::chrono::milliseconds(request->timeoutMs), &view, [&] {
        timedOut = true;
        finish();
    });
    const auto start = [&] {
        refresher.refreshNow();
        if (alerts.configured())
            alerts.poller()->pollNow();
    };
    if (repeatVariables(*dashboard).isEmpty()) {
        start();
    } else {
        // Repeated panels and rows: one copy per value, so the values come first.
        lookUpRepeatValues(&refresher, *dashboard, [&](const QMap<QString, QStringList> &values) {
            const Dashboard expanded = expandRepeats(*dashboard, values);
            view.setDashboard(expanded);
            view.setRowsPerScreen(view.totalRows());
            refresher.setDashboard(expanded);
            start();
        });
    }
    return QApplication::exec();
}

} // namespace pivori
