// SPDX-License-Identifier: GPL-3.0-or-later
#include "historywriter.h"

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

} // namespace

bool HistoryWriter::write(const Fleet &fleet, const ScenarioBoard &board, const HistoryRequest &request,
    double nowUnixSeconds, QString *error)
{
    QFile file(request.path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = QCoreApplication::translate("pivori-simulator", "cannot write %1: %2")
                     .arg(request.path, file.errorString());
        return false;
    }
    const std::string targetLabels
        = "job=\"" + labelValue(request.job) + "\",instance=\"" + labelValue(request.instance) + '"';
    Simulation simulation(fleet, board, request.timeScale, request.seed);
    const double first = std::floor(nowUnixSeconds - request.seconds);
    simulation.advance(0.0, first);
    std::string chunk;
    for (double t = first; t < nowUnixSeconds; t += request.stepSeconds) {
        if (t > first) {
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
