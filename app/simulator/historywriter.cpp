// SPDX-License-Identifier: GPL-3.0-or-later
#include "historywriter.h"

#include "scenarioboard.h"
#include "simulation.h"

#include <QCoreApplication>
#include <QFile>

#include <cmath>
#include <string>

namespace pivori {

namespace {

// Simulation::advance() takes at most 10 s at once (a stalled event loop must not jump).
constexpr double kMaxAdvance = 10.0;

// Escaped as a label value: backslash, quote and newline.
std::string labelValue(const QString &text)
{
    std::string out;
    for (const char c : text.toStdString()) {
        if (c == '\\' || c == '"')
            out += '\\';
        if (c == '\n') {
            out += "\\n";
            continue;
        }
        out += c;
    }
    return out;
}

/// Appends the samples of one exposition, stamped @p timestamp, with job and instance added.
/// Comment lines are left out: the samples are untyped ("unknown") for the backfill, which
/// stores no metadata anyway.
void appendSamples(std::string &out, const std::string &exposition, const std::string &targetLabels,
    const std::string &timestamp)
{
    std::size_t start = 0;
    while (start < exposition.size()) {
        std::size_t end = exposition.find('\n', start);
        if (end == std::string::npos)
            end = exposition.size();
        if (end > start && exposition[start] != '#') {
            const std::string_view line(exposition.data() + start, end - start);
            const std::size_t brace = line.find('{');
            const std::size_t space = line.rfind(' ');
            if (brace != std::string_view::npos && brace < space) {
                out.append(line.substr(0, brace + 1));
                out.append(targetLabels);
                out += ',';
                out.append(line.substr(brace + 1));
            } else {
                out.append(line.substr(0, space));
                out += '{';
                out.append(targetLabels);
                out += '}';
                out.append(line.substr(space));
            }
            out += ' ';
            out.append(timestamp);
            out += '\n';
        }
        start = end + 1;
    }
}

/// Switches the request's episodes on and off on a board of the history's own as its clock
/// passes their windows. A scenario already on from the start (--scenario) is left alone.
class EpisodePlayer final
{
public:
    EpisodePlayer(ScenarioBoard &board, const std::vector<HistoryEpisode> &episodes, double endSeconds)
        : m_board(board)
    {
        for (const HistoryEpisode &episode : episodes) {
            State state;
            ScenarioBoard::splitSpec(episode.scenario, &state.name, &state.target);
            state.from = endSeconds - episode.fromSecondsAgo;
            state.to = endSeconds - episode.toSecondsAgo;
            m_states.push_back(state);
        }
    }

    /// Every episode's target, checked on a scratch board before anything is written.
    bool check(const ScenarioBoard &board, QString *error) const
    {
        for (const State &state : m_states) {
            ScenarioBoard scratch(board);
            ScenarioActivation activation;
            if (!scratch.activate(state.name, state.target, 0, &activation, error))
                return false;
        }
        return true;
    }

    void advanceTo(double t)
    {
        for (State &state : m_states) {
            const bool wanted = t >= state.from && t < state.to;
            if (wanted && !state.on && !state.alreadyOn) {
                const std::size_t before = m_board.active().size();
                ScenarioActivation activation;
                QString ignored;
                m_board.activate(state.name, state.target, static_cast<qint64>(t), &activation, &ignored);
                state.resolved = activation.target;
                state.on = m_board.active().size() > before;
                state.alreadyOn = !state.on;
            } else if (!wanted && state.on) {
                QStringList stopped;
                QString ignored;
                m_board.deactivate(state.name, state.resolved, &stopped, &ignored);
                state.on = false;
            }
        }
    }

private:
    struct State final
    {
        QString name;
        QString target;
        QString resolved; ///< the target as the board named it (a pod for a service's pod scenario)
        double from = 0.0;
        double to = 0.0;
        bool on = false;
        bool alreadyOn = false; ///< on for the whole history (--scenario): never switched off
    };

    ScenarioBoard &m_board;
    std::vector<State> m_states;
};

} // namespace

bool HistoryWriter::write(const Fleet &fleet, const ScenarioBoard &board, const HistoryRequest &request,
    double nowUnixSeconds, QString *error)
{
    const std::string targetLabels
        = "job=\"" + labelValue(request.job) + "\",instance=\"" + labelValue(request.instance) + '"';
    // A board of the history's own: its episodes come and go without touching the caller's.
    ScenarioBoard pastBoard(board);
    EpisodePlayer episodes(pastBoard, request.episodes, nowUnixSeconds);
    if (!episodes.check(board, error)) {
        *error = QCoreApplication::translate("pivori-simulator", "--history-episode: %1").arg(*error);
        return false;
    }
    QFile file(request.path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = QCoreApplication::translate("pivori-simulator", "cannot write %1: %2")
                     .arg(request.path, file.errorString());
        return false;
    }
    Simulation simulation(fleet, pastBoard, request.timeScale, request.seed);
    const double first = std::floor(nowUnixSeconds - request.seconds);
    episodes.advanceTo(first);
    simulation.advance(0.0, first);
    std::string chunk;
    for (double t = first; t < nowUnixSeconds; t += request.stepSeconds) {
        if (t > first) {
            episodes.advanceTo(t);
            for (double done = 0.0; done < request.stepSeconds; done += kMaxAdvance)
                simulation.advance(std::min(kMaxAdvance, request.stepSeconds - done), t);
        }
        chunk.clear();
        appendSamples(chunk, simulation.exposition(), targetLabels, std::to_string(static_cast<qint64>(t)));
        if (file.write(chunk.data(), static_cast<qint64>(chunk.size()))
            != static_cast<qint64>(chunk.size())) {
            *error = QCoreApplication::translate("pivori-simulator", "cannot write %1: %2")
                         .arg(request.path, file.errorString());
            return false;
        }
    }
    if (file.write("# EOF\n") < 0 || !file.flush()) {
        *error = QCoreApplication::translate("pivori-simulator", "cannot write %1: %2")
                     .arg(request.path, file.errorString());
        return false;
    }
    return true;
}

} // namespace pivori
