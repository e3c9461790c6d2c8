// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboardrefresher.h"

#include "duration.h"
#include "prometheusclient.h"
#include "querystep.h"
#include "variablechain.h"
#include "variablevalues.h"

#include <QTimer>

#include <algorithm>
#include <atomic>
#include <limits>
#include <utility>

namespace pivori {

namespace {

/// host:port of @p server, as a panel names it.
QString serverName(const QUrl &server)
{
    return server.port() > 0 ? QStringLiteral("%1:%2").arg(server.host()).arg(server.port()) : server.host();
}

/// Fast enough that a 1 s refresh is seen stale within a second, cheap on a wall display.
qint64 staleCheckIntervalMs(qint64 refreshMs)
{
    return std::clamp<qint64>(refreshMs / 4, 100, 1000);
}

bool isSingleValue(PanelType type)
{
    return type == PanelType::Gauge || type == PanelType::Stat;
}

/// Panels that show the value now, not a history: one instant query each.
bool isInstant(PanelType type)
{
    return isSingleValue(type) || type == PanelType::BarGauge || type == PanelType::Table;
}

/// The first multiple of `step` at or after `startMs`, so that the evaluation times stay the
/// same from one refresh to the next and lines do not wobble; never past `endMs`.
qint64 alignedStart(qint64 startMs, qint64 endMs, qint64 step)
{
    const qint64 rem = ((startMs % step) + step) % step;
    const qint64 aligned = rem == 0 ? startMs : startMs + (step - rem);
    return aligned <= endMs ? aligned : startMs;
}

QDateTime utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

} // namespace

DashboardRefresher::DashboardRefresher(PrometheusClient *client, const Dashboard &dashboard, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_dashboard(dashboard)
    , m_range(TimeRange::relative(dashboard.timeRangeMs))
    , m_intervalMs(std::max<qint64>(dashboard.refreshMs, 0))
    , m_timer(new QTimer(this))
    , m_staleTimer(new QTimer(this))
{
    // Slots are global to the client: two windows showing the same dashboard through one
    // client must not supersede each other's requests.
    static std::atomic<quint64> instances { 0 };
    m_slotPrefix = QStringLiteral("refresher%1:%2/").arg(++instances).arg(dashboard.id);
    for (const DashboardVariable &variable : dashboard.variables) {
        const auto selection = defaultSelection(variable);
        if (selection)
            m_variables.insert(variable.name, *selection);
        // All of a label filtered by a regex stands for the values the regex let through, so
        // they are looked up before the first round, as a first value would be.
        if (!selection || (selection->all && allNeedsOffered(variable)))
            m_unresolved.insert(variable.name);
    }
    for (const Panel &panel : dashboard.panels)
        m_runs.insert(panel.id, PanelRun());
    connect(m_timer, &QTimer::timeout, this, [this] { startRound(true); });
    connect(m_staleTimer, &QTimer::timeout, this, &DashboardRefresher::checkStale);
}

DashboardRefresher::~DashboardRefresher() = default;

void DashboardRefresher::setVariables(const QMap<QString, VariableValue> &values)
{
    QSet<QString> changed;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        m_unresolved.remove(it.key());
        const auto old = m_variables.constFind(it.key());
        if (old == m_variables.constEnd() || *old != it.value()) {
            m_variables.insert(it.key(), it.value());
            changed.insert(it.key());
        }
    }
    // Chained variables: their values depend on what changed, so they are asked for again (the
    // round waits for them), and any lookup of theirs still out answers for the old selection.
    for (const QString &child : dependentVariables(m_dashboard.variables, changed)) {
        m_unresolved.insert(child);
        ++m_lookups[child];
        m_asking.remove(child);
    }
    if (!changed.isEmpty() && m_started)
        refreshNow();
}

void DashboardRefresher::setTimeRange(const TimeRange &range)
{
    if (range == m_range)
        return;
    m_range = range;
    if (m_started)
        refreshNow();
}

void DashboardRefresher::setPlotWidth(int pixels)
{
    pixels = std::max(pixels, 1);
    if (pixels == m_plotWidth)
        return;
    const qint64 before = stepMs();
    m_plotWidth = pixels;
    // A resize that keeps the step would fetch exactly the same points again.
    if (m_started && stepMs() != before)
        refreshNow();
}

void DashboardRefresher::setRefreshInterval(qint64 ms)
{
    m_intervalMs = std::max<qint64>(ms, 0);
    updateTimers();
    checkStale();
}

void DashboardRefresher::pause()
{
    if (m_paused)
        return;
    m_paused = true;
    m_pausedAt = QDateTime::currentDateTimeUtc();
    updateTimers();
    checkStale();
    emit pausedChanged(true);
}

void DashboardRefresher::resume()
{
    if (!m_paused)
        return;
    m_paused = false;
    m_pausedAt = QDateTime();
    emit pausedChanged(false);
    if (m_started)
        startRound(true);
    updateTimers();
}

void DashboardRefresher::refreshNow()
{
    m_started = true;
    updateTimers(); // the next tick comes a full interval after this refresh
    startRound(false);
}

void DashboardRefresher::updateTimers()
{
    const bool running = m_started && m_intervalMs > 0 && !m_paused;
    if (running) {
        m_timer->start(int(std::min<qint64>(m_intervalMs, std::numeric_limits<int>::max())));
        m_staleTimer->start(int(staleCheckIntervalMs(m_intervalMs)));
    } else {
        m_timer->stop();
        m_staleTimer->stop();
    }
}

qint64 DashboardRefresher::stepMs() const
{
    return chooseStepMs(m_range.durationMs(), m_plotWidth, kMinStepMs);
}

qint64 DashboardRefresher::panelStepMs(const Panel &panel, qint64 rangeMs) const
{
    const qint64 step = chooseStepMs(rangeMs, m_plotWidth, kMinStepMs);
    if (panel.type != PanelType::Bars || panel.bucketMs <= 0)
        return step;
    // One bar per bucket, unless that many bars would pass Prometheus's point limit.
    const qint64 forLimit = rangeMs / kMaxPointsPerSeries + 1;
    return std::max(panel.bucketMs, forLimit);
}

bool DashboardRefresher::resolveMissingVariables(bool skipInFlight)
{
    if (m_unresolved.isEmpty()) {
        m_queuedRound.reset();
        return false;
    }
    // An explicit refresh waiting behind the lookup must stay explicit.
    m_queuedRound = m_queuedRound ? (*m_queuedRound && skipInFlight) : skipInFlight;
    askReadyVariables();
    return true;
}

void DashboardRefresher::askReadyVariables()
{
    for (const DashboardVariable &variable : std::as_const(m_dashboard.variables)) {
        const QString name = variable.name;
        if (!m_unresolved.contains(name) || m_asking.contains(name))
            continue;
        // A chained variable's values are asked for with its parents' selection: they come first.
        const QStringList parents = variable.referencedVariables();
        if (std::any_of(parents.cbegin(), parents.cend(),
                [this](const QString &parent) { return m_unresolved.contains(parent); }))
            continue;
        m_asking.insert(name);
        const quint64 lookup = m_lookups.value(name);
        variableValues(name, [this, name, lookup](const Result<QStringList> &values) {
            if (m_lookups.value(name) != lookup)
                return; // asked again since, with another selection of its parents
            m_asking.remove(name);
            if (m_unresolved.remove(name))
                applyOffered(name, values);
            if (!m_unresolved.isEmpty()) {
                askReadyVariables();
                return;
            }
            if (const auto queued = std::exchange(m_queuedRound, std::nullopt))
                startRound(*queued);
        });
    }
}

void DashboardRefresher::applyOffered(const QString &name, const Result<QStringList> &values)
{
    const auto it = std::find_if(m_dashboard.variables.cbegin(), m_dashboard.variables.cend(),
        [&name](const DashboardVariable &v) { return v.name == name; });
    const auto current = m_variables.constFind(name);
    const std::optional<VariableValue> before
        = current == m_variables.cend() ? std::nullopt : std::optional<VariableValue>(*current);
    if (!values.ok() || it == m_dashboard.variables.cend()) {
        // Without a value the reference would stay in the query as "$name"; "All" at least
        // shows data, and the drop-down offers the real values once reachable.
        m_variables.insert(name, before.value_or(VariableValue::allValues()));
        return;
    }
    m_variables.insert(name, followOffered(*it, before, values.value()));
    emit variableChoicesChanged(name, values.value());
}

void DashboardRefresher::startRound(bool skipInFlight)
{
    if (resolveMissingVariables(skipInFlight))
        return;
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    m_roundNowMs = nowMs;
    m_roundRange = m_range.resolve(nowMs);
    m_roundStepMs = chooseStepMs(m_roundRange.durationMs(), m_plotWidth, kMinStepMs);
    ++m_round;
    m_waiting.clear();
    QStringList firstLoads;
    for (const Panel &panel : std::as_const(m_dashboard.panels)) {
        if (m_dashboard.isCollapsed(panel))
            continue; // not drawn, so not asked for
        m_waiting.insert(panel.id);
        if (skipInFlight && m_runs.value(panel.id).outstanding > 0)
            continue; // its answer, when it comes, serves this round too
        if (startPanel(panel))
            firstLoads << panel.id;
    }
    m_roundOpen = true;
    // Emitted once the round is set up: a slot may well start another one.
    const quint64 round = m_round;
    for (const QString &id : std::as_const(firstLoads)) {
        if (m_round != round)
            break;
        emit panelUpdated(id, m_data.value(id));
    }
    if (m_round == round && m_waiting.isEmpty()) {
        // A dashboard without panels still finishes, from the event loop like any other round.
        QTimer::singleShot(0, this, [this, round] {
            if (m_round == round && std::exchange(m_roundOpen, false))
                emit refreshFinished();
        });
    }
}

bool DashboardRefresher::startPanel(const Panel &panel)
{
    if (panel.queries.isEmpty()) {
        // A text panel: nothing to ask, its content is all there is to show, at once.
        PanelData &data = m_data[panel.id];
        const bool firstLoad = data.state == PanelData::State::Loading;
        data.state = PanelData::State::Ok;
        data.fetchedAt = QDateTime::currentDateTimeUtc();
        data.lastSuccess = data.fetchedAt;
        m_waiting.remove(panel.id);
        return firstLoad;
    }
    PanelRun &run = m_runs[panel.id];
    ++run.generation;
    run.outstanding = int(panel.queries.size());
    run.answers = QList<std::optional<Result<QueryResult>>>(panel.queries.size());
    run.stepMs = panelStepMs(panel, m_roundRange.durationMs());
    // The start and end actually sent, so PanelData (and the snapshot JSON) name the exact query.
    if (panel.type == PanelType::Bars) {
        // One point per bucket, at its end on the clock: the newest bucket is evaluated at its
        // future end and holds what has arrived so far (the panel marks it as still filling).
        const BucketSpan buckets = clockAlignedBuckets(m_roundRange.startMs, m_roundRange.endMs, run.stepMs);
        run.startMs = buckets.firstEndMs;
        run.endMs = buckets.lastEndMs;
    } else {
        run.startMs = alignedStart(m_roundRange.startMs, m_roundRange.endMs, run.stepMs);
        run.endMs = m_roundRange.endMs;
    }
    run.evaluatedAtMs = m_roundNowMs;
    run.expressions.clear();

    QMap<QString, VariableValue> variables = withAllPatterns(m_dashboard.variables, m_variables, m_offered);
    // Grafana's built-ins, so that dashboards written for it keep working.
    variables.insert(
        QStringLiteral("__range"), VariableValue::single(formatDuration(m_roundRange.durationMs())));
    variables.insert(QStringLiteral("__interval"), VariableValue::single(formatDuration(run.stepMs)));
    variables.insert(QStringLiteral("__interval_ms"), VariableValue::single(QString::number(run.stepMs)));
    variables.insert(QStringLiteral("__range_s"),
        VariableValue::single(QString::number(m_roundRange.durationMs() / 1000)));
    variables.insert(
        QStringLiteral("__range_ms"), VariableValue::single(QString::number(m_roundRange.durationMs())));
    // Grafana's definition: max(interval + scrape interval, 4 x scrape interval), with the
    // Prometheus data source's default scrape interval of 15s.
    constexpr qint64 kScrapeIntervalMs = 15'000;
    variables.insert(QStringLiteral("__rate_interval"),
        VariableValue::single(
            formatDuration(std::max(run.stepMs + kScrapeIntervalMs, 4 * kScrapeIntervalMs))));
    // A repeated panel's copy reads its own value of the variable it repeats by.
    for (auto it = panel.repeatValues.cbegin(); it != panel.repeatValues.cend(); ++it)
        variables.insert(it.key(), VariableValue::single(it.value()));
    for (const PanelQuery &query : panel.queries)
        run.expressions << expandVariables(query.expr, variables);

    PanelData &data = m_data[panel.id];
    const bool firstLoad = data.state == PanelData::State::Loading;
    if (firstLoad) {
        data.expressions = run.expressions;
        data.startMs = run.startMs;
        data.endMs = run.endMs;
        data.stepMs = run.stepMs;
        data.evaluatedAtMs = run.evaluatedAtMs;
    }

    const quint64 generation = run.generation;
    const QString panelId = panel.id;
    const QStringList expressions = run.expressions;
    const qint64 start = run.startMs;
    const qint64 end = run.endMs;
    const qint64 step = run.stepMs;
    for (int i = 0; i < expressions.size(); ++i) {
        const QString slot = m_slotPrefix + panelId + u'/' + QString::number(i);
        auto done = [this, panelId, generation, i](
                        const Result<QueryResult> &result) { onAnswer(panelId, generation, i, result); };
        if (isInstant(panel.type))
            m_client->query(expressions.at(i), utc(end), this, std::move(done), slot);
        else
            m_client->queryRange(expressions.at(i), utc(start), utc(end), step, this, std::move(done), slot);
    }
    return firstLoad;
}

void DashboardRefresher::onAnswer(
    const QString &panelId, quint64 generation, int queryIndex, const Result<QueryResult> &result)
{
    const auto runIt = m_runs.find(panelId);
    if (runIt == m_runs.end() || runIt->generation != generation || queryIndex >= runIt->answers.size()
        || runIt->answers.at(queryIndex))
        return; // superseded: the client drops those already, this is the second line
    runIt->answers[queryIndex] = result;
    if (--runIt->outstanding > 0)
        return;
    const Panel *panel = m_dashboard.panel(panelId);
    if (!panel)
        return;
    const PanelData data = assemble(*panel, *runIt);
    m_data.insert(panelId, data);

    m_waiting.remove(panelId);
    const bool roundDone = m_roundOpen && m_waiting.isEmpty();
    if (roundDone)
        m_roundOpen = false;
    const quint64 round = m_round;
    emit panelUpdated(panelId, data);
    checkStale();
    // A slot of panelUpdated may have started a new round; the old one then never finishes.
    if (roundDone && m_round == round)
        emit refreshFinished();
}

PanelData DashboardRefresher::assemble(const Panel &panel, const PanelRun &run) const
{
    PanelData out = m_data.value(panel.id);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    out.fetchedAt = now;
    out.expressions = run.expressions;
    out.warnings.clear();

    // A failure of the server (unreachable, slow, overloaded, a proxy's page, garbage) names
    // it; a query's own error (bad_data, execution) is about the expression the panel shows.
    const auto failure = [this](const Error &error) {
        const bool aboutTheQuery = error.kind == Error::Kind::Server
            && (error.type == QLatin1String("bad_data") || error.type == QLatin1String("execution"));
        if (aboutTheQuery || error.kind == Error::Kind::Canceled || error.kind == Error::Kind::Config)
            return error.message;
        return tr("Prometheus %1: %2").arg(serverName(m_client->endpoint().url), error.message);
    };
    QStringList messages;
    for (qsizetype i = 0; i < run.answers.size(); ++i) {
        const Result<QueryResult> &answer = *run.answers.at(i);
        QString message;
        if (!answer.ok())
            message = failure(answer.error());
        else if (answer.value().type == QueryResult::String)
            message = tr("the expression gives a string, which a panel cannot show");
        if (message.isEmpty())
            continue;
        messages << (run.answers.size() > 1 ? tr("query %1: %2").arg(i + 1).arg(message) : message);
    }
    if (!messages.isEmpty()) {
        out.state = PanelData::State::Error;
        // Every query failing the same way (server down) reads better said once.
        const QString firstMessage
            = run.answers.at(0)->ok() ? QString() : failure(run.answers.at(0)->error());
        const bool same = std::all_of(
            run.answers.cbegin(), run.answers.cend(), [&firstMessage, &failure](const auto &answer) {
                return !answer->ok() && failure(answer->error()) == firstMessage;
            });
        out.error = same ? firstMessage : messages.join(QStringLiteral("; "));
        return out;
    }

    out.error.clear();
    out.series.clear();
    out.value.reset();
    out.startMs = run.startMs;
    out.endMs = run.endMs;
    out.stepMs = run.stepMs;
    out.evaluatedAtMs = run.evaluatedAtMs;
    for (qsizetype i = 0; i < run.answers.size(); ++i) {
        const QueryResult &result = run.answers.at(i)->value();
        out.warnings += result.warnings;
        for (const Series &series : result.series) {
            PanelSeries s;
            s.name = expandLegend(panel.queries.at(i).legend, series.labels, run.expressions.at(i));
            s.labels = series.labels;
            s.queryIndex = int(i);
            s.points = series.points;
            out.series.append(s);
        }
    }
    if (isSingleValue(panel.type) && !out.series.isEmpty()) {
        const PanelSeries &first = out.series.first();
        if (!first.points.isEmpty())
            out.value = first.points.last().v;
        if (out.series.size() > 1)
            out.warnings << tr("the queries gave %1 series; the panel shows the first one (%2)")
                                .arg(out.series.size())
                                .arg(first.name);
    }
    out.state = out.series.isEmpty() ? PanelData::State::NoData : PanelData::State::Ok;
    out.lastSuccess = now;
    return out;
}

PanelData DashboardRefresher::panelData(const QString &panelId) const
{
    return m_data.value(panelId);
}

QMap<QString, PanelData> DashboardRefresher::allPanelData() const
{
    QMap<QString, PanelData> out;
    for (auto it = m_data.cbegin(); it != m_data.cend(); ++it)
        out.insert(it.key(), it.value());
    return out;
}

qint64 DashboardRefresher::staleAgeMs(const QString &panelId, const QDateTime &now) const
{
    const auto it = m_data.constFind(panelId);
    if (it == m_data.constEnd() || !it->lastSuccess.isValid())
        return -1;
    return std::max<qint64>(it->lastSuccess.msecsTo(now), 0);
}

bool DashboardRefresher::isStale(const QString &panelId, const QDateTime &now) const
{
    if (m_intervalMs <= 0 || m_paused)
        return false;
    // Content written in the file cannot go out of date, and a collapsed panel is not shown.
    if (const Panel *panel = m_dashboard.panel(panelId);
        panel && (panel->queries.isEmpty() || m_dashboard.isCollapsed(*panel)))
        return false;
    const qint64 age = staleAgeMs(panelId, now);
    return age >= 0 && age > 2 * m_intervalMs;
}

void DashboardRefresher::checkStale()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const Panel &panel : std::as_const(m_dashboard.panels)) {
        const bool stale = isStale(panel.id, now);
        PanelRun &run = m_runs[panel.id];
        if (run.staleReported == stale)
            continue;
        run.staleReported = stale;
        emit staleChanged(panel.id, stale);
    }
}

void DashboardRefresher::variableValues(const QString &name, ValuesCallback done)
{
    const auto it = std::find_if(m_dashboard.variables.cbegin(), m_dashboard.variables.cend(),
        [&name](const DashboardVariable &v) { return v.name == name; });
    if (it == m_dashboard.variables.cend()) {
        Error error;
        error.kind = Error::Kind::Config;
        error.message = tr("dashboard \"%1\" has no variable named \"%2\"").arg(m_dashboard.id, name);
        QTimer::singleShot(0, this, [done = std::move(done), error] {
            if (done)
                done(error);
        });
        return;
    }
    if (!it->values.isEmpty()) {
        QTimer::singleShot(
            0, this, [done = std::move(done), values = offeredVariableValues(*it, it->values)] {
                if (done)
                    done(values);
            });
        return;
    }
    // A chained variable's query holds its parents' selection; a parent without one yet
    // (its first value still being looked up) stands for every value meanwhile.
    QMap<QString, VariableValue> selection = m_variables;
    for (const QString &parent : it->referencedVariables())
        if (!selection.contains(parent))
            selection.insert(parent, VariableValue::allValues());
    const TimeRange::Resolved range = m_range.resolve(QDateTime::currentMSecsSinceEpoch());
    QMap<QString, VariableValue> expansion = withAllPatterns(m_dashboard.variables, selection, m_offered);
    if (it->queryResult) {
        // Grafana's query_result() is evaluated at the end of the range, its range built-ins
        // filled in (topk over $__range is the usual use).
        const qint64 rangeMs = range.endMs - range.startMs;
        expansion.insert(QStringLiteral("__range"), VariableValue::single(formatDuration(rangeMs)));
        expansion.insert(QStringLiteral("__range_s"), VariableValue::single(QString::number(rangeMs / 1000)));
        expansion.insert(QStringLiteral("__range_ms"), VariableValue::single(QString::number(rangeMs)));
        m_client->query(expandVariables(it->query, expansion).trimmed(), utc(range.endMs), this,
            [this, variable = *it, done = std::move(done)](const Result<QueryResult> &answer) {
                if (!answer.ok()) {
                    if (done)
                        done(answer.error());
                    return;
                }
                QStringList offered = offeredVariableValues(variable, queryResultLines(answer.value()));
                m_offered.insert(variable.name, offered);
                if (done)
                    done(offered);
            });
        return;
    }
    const QString query = expandVariables(it->query, expansion).trimmed();
    const QStringList match = query.isEmpty() ? QStringList() : QStringList { query };
    // No slot: a drop-down being opened must not cancel the lookup of a first value.
    m_client->labelValues(it->label, match, utc(range.startMs), utc(range.endMs), this,
        [this, variable = *it, done = std::move(done)](const Result<QStringList> &values) {
            if (!values.ok()) {
                if (done)
                    done(values);
                return;
            }
            QStringList offered = offeredVariableValues(variable, values.value());
            m_offered.insert(variable.name, offered);
            if (done)
                done(offered);
        });
}

} // namespace pivori
