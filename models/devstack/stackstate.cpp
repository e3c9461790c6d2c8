// SPDX-License-Identifier: GPL-3.0-or-later
#include "stackstate.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace pivori {

QByteArray StackState::toJson() const
{
    QJsonObject root;
    root[QLatin1String("simulator")] = simulator.toString();
    root[QLatin1String("prometheus")] = prometheus.toString();
    QJsonArray ams;
    for (const QUrl &url : alertmanagers)
        ams.append(url.toString());
    root[QLatin1String("alertmanagers")] = ams;
    root[QLatin1String("workDir")] = workDir;
    root[QLatin1String("launcherPid")] = launcherPid;
    QJsonArray pids;
    for (qint64 pid : serverPids)
        pids.append(pid);
    root[QLatin1String("serverPids")] = pids;
    root[QLatin1String("timeScale")] = timeScale;
    return QJsonDocument(root).toJson();
}

Result<StackState> StackState::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject())
        return Error { Error::Kind::Parse, 0, {},
            tr("stack state is not a JSON object: %1").arg(parseError.errorString()), {} };
    const QJsonObject root = doc.object();
    StackState state;
    state.simulator = QUrl(root.value(QLatin1String("simulator")).toString());
    state.prometheus = QUrl(root.value(QLatin1String("prometheus")).toString());
    for (const auto &value : root.value(QLatin1String("alertmanagers")).toArray())
        state.alertmanagers.append(QUrl(value.toString()));
    state.workDir = root.value(QLatin1String("workDir")).toString();
    state.launcherPid = root.value(QLatin1String("launcherPid")).toInteger();
    for (const auto &value : root.value(QLatin1String("serverPids")).toArray())
        state.serverPids.append(value.toInteger());
    state.timeScale = root.value(QLatin1String("timeScale")).toDouble(1.0);
    if (!state.prometheus.isValid() || state.alertmanagers.isEmpty() || state.launcherPid <= 0)
        return Error { Error::Kind::Parse, 0, {},
            tr("stack state lacks prometheus, alertmanagers or launcherPid"), {} };
    return state;
}

Result<StackState> StackState::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error { Error::Kind::Config, 0, {}, tr("cannot read %1: %2").arg(path, file.errorString()),
            {} };
    return fromJson(file.readAll());
}

bool StackState::writeFile(const QString &path, QString *problem) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toJson()) < 0 || !file.commit()) {
        *problem = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace pivori
