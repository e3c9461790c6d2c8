// `pivori-console snapshot --dashboard ID --out FILE.png [--data FILE.json] ...`: renders a
// dashboard without a display, for scripts, CI and incident tooling.
#include "cliutil.h"
#include "commandline.h"
#include "commands.h"
#include "dashboardrefresher.h"
#include "dashboardview.h"
#include "duration.h"
#include "httptransport.h"
#include "prometheusclient.h"
#include "snapshotdata.h"
#include "timepoint.h"

#include <QApplication>
#include <QFile>
#include <QImage>
#include <QNetworkAccessManager>
#include <QSaveFile>
#include <QTimer>

namespace pivori {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("pivori::snapshot", text); }

struct SnapshotRequest
{
    QString dashboardId;
    QMap<QString, VariableValue> variables;
    qint64 rangeMs = 3'600'000;
    QDateTime end;
    QSize size{1920, 1080};
    QString out;
    QString data;
    qint64 timeoutMs = 60'000;
};

/// Reads and checks the options; on a problem prints it and returns the exit code.
std::optional<SnapshotRequest> readRequest(const QCommandLineParser &parser, int *exitCode)
{
    *exitCode = 2;
    SnapshotRequest request;
    request.dashboardId = parser.value(QStringLiteral("dashboard"));
    request.out = parser.value(QStringLiteral("out"));
    request.data = parser.value(QStringLiteral("data"));
    if (request.dashboardId.isEmpty() || request.out.isEmpty()) {
        cli::printError(tr("snapshot: --dashboard and --out are required"));
        return std::nullopt;
    }
    if (!request.out.endsWith(QLatin1String(".png"), Qt::CaseInsensitive)) {
        cli::printError(tr("snapshot: --out must name a .png file"));
        return std::nullopt;
    }
    for (const QString &assignment : parser.values(QStringLiteral("var"))) {
        const qsizetype equals = assignment.indexOf(QLatin1Char('='));
        if (equals <= 0) {
            cli::printError(tr("snapshot: --var takes NAME=VALUE, got \"%1\"").arg(assignment));
            return std::nullopt;
        }
        const QString value = assignment.mid(equals + 1);
        request.variables.insert(assignment.left(equals),
                                 value == QLatin1String("All") ? VariableValue::allValues() : VariableValue::single(value));
    }
    if (parser.isSet(QStringLiteral("range"))) {
        const auto range = parseDurationMs(parser.value(QStringLiteral("range")));
        if (!range || *range <= 0) {
            cli::printError(tr("snapshot: --range must be a duration like 1h"));
            return std::nullopt;
        }
        request.rangeMs = *range;
    }
    const auto end = parseTimePoint(parser.value(QStringLiteral("end")), QDateTime::currentDateTimeUtc());
    if (!end) {
        cli::printError(tr("snapshot: --end is not a time (now, now-5m, unix seconds or RFC 3339)"));
        return std::nullopt;
    }
    request.end = *end;
    const QStringList size = parser.value(QStringLiteral("size")).split(QLatin1Char('x'));
    bool okWidth = false;
    bool okHeight = false;
    if (size.size() == 2)
        request.size = QSize(size[0].toInt(&okWidth), size[1].toInt(&okHeight));
    if (!okWidth || !okHeight || request.size.width() < 200 || request.size.height() < 150 || request.size.width() > 16384
        || request.size.height() > 16384) {
        cli::printError(tr("snapshot: --size must be WIDTHxHEIGHT between 200x150 and 16384x16384"));
        return std::nullopt;
    }
    const auto timeout = parseDurationMs(parser.value(QStringLiteral("timeout")));
    if (!timeout || *timeout <= 0) {
        cli::printError(tr("snapshot: --timeout must be a duration like 60s"));
        return std::nullopt;
    }
    request.timeoutMs = *timeout;
    *exitCode = 0;
    return request;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        return true;
    cli::printError(tr("snapshot: cannot write %1: %2").arg(path, file.errorString()));
    return false;
}

} // namespace

int runSnapshotCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Renders a dashboard to a PNG without a display, and optionally writes the data behind "
                                        "every panel as JSON. Exits 1 when a panel could not get its data."));
    CommandLine::addGlobalOptions(parser);
    parser.addOption({QStringLiteral("dashboard"), tr("Dashboard id, e.g. production."), tr("id")});
    parser.addOption({QStringLiteral("var"), tr("Set a dashboard variable, e.g. service=trading (repeatable; All for every value)."), tr("name=value")});
    parser.addOption({QStringLiteral("range"), tr("Time range ending at --end (default 1h)."), tr("duration"), QStringLiteral("1h")});
    parser.addOption({QStringLiteral("end"), tr("End of the range: now, now-5m, unix seconds or RFC 3339 (default now)."), tr("time"), QStringLiteral("now")});
    parser.addOption({QStringLiteral("size"), tr("Picture size (default 1920x1080)."), tr("WxH"), QStringLiteral("1920x1080")});
    parser.addOption({QStringLiteral("out"), tr("The PNG to write."), tr("file")});
    parser.addOption({QStringLiteral("data"), tr("Also write the data behind every panel as JSON."), tr("file")});
    parser.addOption({QStringLiteral("timeout"), tr("Give up waiting for data after this long (default 60s)."), tr("duration"), QStringLiteral("60s")});
    if (const int code = cli::parseOrExit(parser, QStringLiteral("snapshot"), arguments); code >= 0)
        return code;
    int exitCode = 0;
    const auto request = readRequest(parser, &exitCode);
    if (!request)
        return exitCode;

    QString problem;
    auto config = CommandLine::loadConfig(CommandLine::globalOptions(parser), &problem);
    if (!config) {
        cli::printError(problem);
        return 1;
    }
    const Dashboard *dashboard = config->dashboard(request->dashboardId);
    if (!dashboard) {
        QStringList ids;
        for (const Dashboard &d : config->dashboards)
            ids << d.id;
        cli::printError(tr("snapshot: no dashboard \"%1\" (have: %2)").arg(request->dashboardId, ids.join(QStringLiteral(", "))));
        return 1;
    }
    if (config->prometheus.isEmpty()) {
        cli::printError(tr("snapshot: no Prometheus configured; pass --prometheus URL"));
        return 1;
    }

    QNetworkAccessManager nam;
    HttpTransport transport(&nam);
    PrometheusClient client(&transport, config->prometheus.constFirst().endpoint);
    DashboardView view(*dashboard);
    view.setAttribute(Qt::WA_DontShowOnScreen);
    view.resize(request->size);
    view.setRowsPerScreen(view.totalRows()); // the whole dashboard in one picture
    view.show();
    DashboardRefresher refresher(&client, *dashboard);
    refresher.setRefreshInterval(0);
    refresher.setPlotWidth(std::max(200, request->size.width() / 2));
    refresher.setVariables(request->variables);
    const qint64 endMs = request->end.toMSecsSinceEpoch();
    refresher.setTimeRange(TimeRange::absolute(endMs - request->rangeMs, endMs));
    QObject::connect(&refresher, &DashboardRefresher::panelUpdated, &view, &DashboardView::setPanelData);

    bool timedOut = false;
    bool finishing = false;
    auto finish = [&] {
        if (std::exchange(finishing, true))
            return;
        // Let the panels' coalesced replots run before the picture is taken.
        QTimer::singleShot(0, &view, [&] {
            int code = 0;
            for (const Panel &panel : dashboard->panels) {
                const PanelData data = refresher.panelData(panel.id);
                if (data.state == PanelData::State::Error || data.state == PanelData::State::Loading) {
                    cli::printError(tr("panel \"%1\": %2").arg(panel.title, data.state == PanelData::State::Error ? data.error : tr("no answer in time")));
                    code = 1;
                }
            }
            const QImage image = view.grab().toImage();
            if (!image.save(request->out, "PNG")) {
                cli::printError(tr("snapshot: cannot write %1").arg(request->out));
                code = 1;
            }
            if (!request->data.isEmpty()) {
                const TimeRange::Resolved range = refresher.lastRange();
                if (!writeFile(request->data, snapshotJson(*dashboard, refresher.allPanelData(), range.startMs, range.endMs,
                                                           refresher.stepMs())))
                    code = 1;
            }
            if (timedOut)
                cli::printError(tr("snapshot: gave up waiting for data after %1").arg(formatDuration(request->timeoutMs)));
            QCoreApplication::exit(code);
        });
    };
    QObject::connect(&refresher, &DashboardRefresher::refreshFinished, &view, finish, Qt::SingleShotConnection);
    QTimer::singleShot(std::chrono::milliseconds(request->timeoutMs), &view, [&] {
        timedOut = true;
        finish();
    });
    refresher.refreshNow();
    return QApplication::exec();
}

} // namespace pivori
