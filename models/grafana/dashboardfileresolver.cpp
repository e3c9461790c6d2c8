// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboardfileresolver.h"

#include "dashboardfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <utility>

namespace pivori {

Q_LOGGING_CATEGORY(grafanaImportLog, "pivori.grafana.import", QtWarningMsg)

namespace {

class DashboardFileResolver final
{
    Q_DECLARE_TR_FUNCTIONS(pivori::DashboardFileResolver)

public:
    DashboardFileResolver(ConsoleConfig &config, ResolvedDashboardFiles &out, GrafanaImportOptions options)
        : m_config(config)
        , m_out(out)
        , m_options(std::move(options))
    {
        for (const Dashboard &d : std::as_const(config.dashboards))
            m_ids.insert(d.id);
    }

    /// The dashboards of one entry, in file order (a folder's files in name order).
    QList<Dashboard> read(const DashboardFileEntry &entry)
    {
        QList<Dashboard> dashboards;
        QStringList files;
        if (!entry.folder) {
            files << entry.path;
        } else if (!QFileInfo(entry.path).isDir()) {
            problem(entry, tr("dashboard folder %1 does not exist or is not a folder").arg(entry.path));
        } else {
            const QDir dir(entry.path);
            const QStringList names = dir.entryList(
                { QStringLiteral("*.json"), QStringLiteral("*.yaml"), QStringLiteral("*.yml") }, QDir::Files,
                QDir::Name);
            for (const QString &name : names) {
                if (name.endsWith(QLatin1String(".json")) || isConfigMapFile(dir.filePath(name)))
                    files << dir.filePath(name);
            }
            if (files.isEmpty())
                problem(entry,
                    tr("dashboard folder %1 has no .json file and no ConfigMap .yaml file").arg(entry.path));
        }
        for (const QString &path : std::as_const(files))
            dashboards += readFile(entry, path);
        return dashboards;
    }

    /// Panel links and playlist items the loader kept because they might name a dashboard of a
    /// file: those that still name nothing are left out.
    void checkReferences()
    {
        QStringList known(m_ids.cbegin(), m_ids.cend());
        std::sort(known.begin(), known.end());
        const QString knownText = known.isEmpty() ? tr("none") : known.join(QStringLiteral(", "));
        QList<NocPlaylistItem> &playlist = m_config.noc.playlist;
        for (auto it = playlist.begin(); it != playlist.end();) {
            if (it->kind != NocPlaylistItem::Kind::Dashboard || m_ids.contains(it->id)) {
                ++it;
                continue;
            }
            problem(it->location,
                tr("noc.playlist names dashboard \"%1\", which neither the configuration nor its dashboard "
                   "files define (known: %2); left out of the playlist")
                    .arg(it->id, knownText));
            it = playlist.erase(it);
        }
        for (Dashboard &d : m_config.dashboards) {
            for (Panel &panel : d.panels) {
                if (!panel.link.isSet() || m_ids.contains(panel.link.dashboard))
                    continue;
                problem(panel.location,
                    tr("panel \"%1\" of dashboard \"%2\" links to dashboard \"%3\", which neither the "
                       "configuration nor its dashboard files define (known: %4); the link is left out")
                        .arg(panel.id, d.id, panel.link.dashboard, knownText));
                panel.link = DrillLink();
            }
        }
    }

private:
    /// A folder's YAML file counts only when it holds Kubernetes ConfigMaps, as kube-prometheus
    /// ships dashboards (its List has the ConfigMaps' `kind:` indented under `items`): a folder
    /// of dashboards often sits beside other manifests and the console's own configuration.
    static bool isConfigMapFile(const QString &path)
    {
        // Dashboard manifests run to a few MiB; anything far larger is no dashboard file.
        constexpr qint64 kMaxPeek = 64LL * 1024 * 1024;
        QFile file(path);
        if (!QFileInfo(path).isFile() || QFileInfo(path).size() > kMaxPeek || !file.open(QIODevice::ReadOnly))
            return false;
        static const QRegularExpression kind(QStringLiteral("^\\s*-?\\s*kind:\\s*[\"']?ConfigMap[\"']?\\s*$"),
            QRegularExpression::MultilineOption);
        return kind.match(QString::fromUtf8(file.readAll())).hasMatch();
    }

    QList<Dashboard> readFile(const DashboardFileEntry &entry, const QString &path)
    {
        const DashboardFile file = loadDashboardFile(path, m_options);
        for (const QString &error : file.errors)
            problem(entry, tr("dashboard file left out: %1").arg(error));
        // A Grafana file gives one report per dashboard, in order; console YAML gives none.
        const bool reported = file.reports.size() == file.dashboards.size();
        QList<Dashboard> kept;
        for (qsizetype i = 0; i < file.dashboards.size(); ++i) {
            const Dashboard &d = file.dashboards.at(i);
            if (m_ids.contains(d.id)) {
                problem(entry,
                    tr("%1: dashboard \"%2\" left out: another dashboard already has that id")
                        .arg(path, d.id));
                continue;
            }
            m_ids.insert(d.id);
            kept << d;
            if (reported)
                m_out.imports << ImportedDashboard { path, d.id, file.reports.at(i) };
        }
        return kept;
    }

    void problem(const DashboardFileEntry &entry, const QString &message)
    {
        problem(entry.location, message);
    }

    void problem(const SourceLocation &at, const QString &message)
    {
        m_out.problems << ConfigError { m_config.sourceName, at.line, at.column, message };
    }

    ConsoleConfig &m_config;
    ResolvedDashboardFiles &m_out;
    const GrafanaImportOptions m_options;
    QSet<QString> m_ids;
};

} // namespace

ResolvedDashboardFiles resolveDashboardFiles(ConsoleConfig &config, const GrafanaImportOptions &options)
{
    ResolvedDashboardFiles out;
    if (config.dashboardFiles.isEmpty())
        return out;
    DashboardFileResolver resolver(config, out, options);
    const QList<DashboardFileEntry> entries = std::exchange(config.dashboardFiles, {});
    // Each entry's dashboards go where it stands among the dashboards written around it.
    QList<Dashboard> merged;
    qsizetype next = 0;
    for (qsizetype i = 0; i <= config.dashboards.size(); ++i) {
        while (next < entries.size() && entries.at(next).position <= i)
            merged += resolver.read(entries.at(next++));
        if (i < config.dashboards.size())
            merged << config.dashboards.at(i);
    }
    config.dashboards = merged;
    resolver.checkReferences();
    return out;
}

} // namespace pivori
