// SPDX-License-Identifier: GPL-3.0-or-later
// The `- file: PATH` and `- folder: PATH` entries under `dashboards:`. Only recorded here: the
// files are Grafana JSON or ConfigMaps, which this library cannot read without depending on the
// importer; resolveDashboardFiles (models/grafana) reads them once the configuration is loaded.
#include "dashboardconfigparser.h"

namespace pivori {

bool DashboardConfigParser::isFileEntry(const YAML::Node &node)
{
    return node.IsMap() && (node[std::string("file")].IsDefined() || node[std::string("folder")].IsDefined());
}

std::optional<DashboardFileEntry> DashboardConfigParser::fileEntry(
    const ConfigReader::Item &item, int position)
{
    const QString fileKey = QStringLiteral("file");
    const QString folderKey = QStringLiteral("folder");
    const auto map = m_reader.map(item, { fileKey, folderKey });
    if (!map)
        return std::nullopt;
    if (map->has(fileKey) == map->has(folderKey)) {
        m_reader.error(map->mark,
            tr("%1 must be either {file: PATH} (a Grafana dashboard JSON, a ConfigMap holding dashboards, "
               "or the console's own YAML) or {folder: PATH} (its .json files), not both")
                .arg(map->path));
        return std::nullopt;
    }
    DashboardFileEntry entry;
    entry.folder = map->has(folderKey);
    const QString key = entry.folder ? folderKey : fileKey;
    const auto path = m_reader.filePath(*map, key, ConfigReader::Need::Required);
    if (!path)
        return std::nullopt;
    entry.path = *path;
    entry.written = m_reader.text(*map, key, ConfigReader::Need::Required).value_or(*path);
    entry.position = position;
    entry.location = ConfigReader::location(ConfigReader::markOf(*map, key));
    return entry;
}

} // namespace pivori
