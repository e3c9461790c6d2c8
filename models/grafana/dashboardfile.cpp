// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboardfile.h"

#include "configloader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <yaml-cpp/yaml.h>

namespace pivori {

namespace {

class DashboardFileReader final
{
    Q_DECLARE_TR_FUNCTIONS(pivori::DashboardFileReader)
};

// Grafana dashboards reach a few megabytes (Node Exporter Full is about half of one).
constexpr qint64 kMaxFileSize = qint64(32) * 1024 * 1024;

QString scalar(const YAML::Node &node, const char *key)
{
    const YAML::Node value = node[key];
    return value && value.IsScalar() ? QString::fromStdString(value.Scalar()) : QString();
}

void addImport(DashboardFile &out, const GrafanaImport &imported)
{
    if (!imported.ok) {
        out.errors << imported.error;
        return;
    }
    out.dashboards << imported.dashboard;
    out.reports << imported.report;
}

/// One ConfigMap: every `data` entry whose key ends in .json is a dashboard.
void readConfigMap(
    const YAML::Node &map, const QString &path, const GrafanaImportOptions &options, DashboardFile &out)
{
    const QString name = scalar(map["metadata"], "name");
    const YAML::Node data = map["data"];
    if (!data || !data.IsMap())
        return;
    for (auto it = data.begin(); it != data.end(); ++it) {
        const QString key = QString::fromStdString(it->first.Scalar());
        if (!key.endsWith(QLatin1String(".json")) || !it->second.IsScalar())
            continue;
        const QString source = QStringLiteral("%1[%2/%3]").arg(path, name, key);
        addImport(
            out, importGrafanaDashboard(QByteArray::fromStdString(it->second.Scalar()), source, options));
    }
}

void readYaml(
    const QByteArray &bytes, const QString &path, const GrafanaImportOptions &options, DashboardFile &out)
{
    std::vector<YAML::Node> documents;
    try {
        documents = YAML::LoadAll(bytes.toStdString());
    } catch (const YAML::Exception &e) {
        out.errors << DashboardFileReader::tr("%1:%2:%3: YAML syntax error: %4")
                          .arg(path)
                          .arg(e.mark.line + 1)
                          .arg(e.mark.column + 1)
                          .arg(QString::fromStdString(e.msg));
        return;
    }
    bool configMaps = false;
    for (const YAML::Node &doc : documents) {
        if (!doc.IsMap())
            continue;
        const QString kind = scalar(doc, "kind");
        if (kind == QLatin1String("ConfigMap")) {
            configMaps = true;
            readConfigMap(doc, path, options, out);
        } else if (kind == QLatin1String("List") || kind == QLatin1String("ConfigMapList")) {
            configMaps = true;
            for (const YAML::Node &item : doc["items"]) {
                if (item.IsMap() && scalar(item, "kind") == QLatin1String("ConfigMap"))
                    readConfigMap(item, path, options, out);
            }
        }
    }
    if (configMaps) {
        if (out.dashboards.isEmpty() && out.errors.isEmpty())
            out.errors << DashboardFileReader::tr("%1: no ConfigMap in it holds a .json dashboard").arg(path);
        return;
    }
    // The console's own YAML: a whole console.yaml, or just its dashboards. The server list the
    // loader requires is appended when missing, after the text so that its line numbers hold.
    QByteArray text = bytes;
    if (documents.size() == 1 && documents.front().IsMap() && !documents.front()["prometheus"])
        text += "\nprometheus:\n  - name: dashboard-file\n    url: http://127.0.0.1:9090\n";
    const ConfigLoadResult loaded = ConfigLoader::loadText(text, path, QFileInfo(path).absolutePath());
    for (const ConfigError &e : loaded.errors)
        out.errors << e.toString();
    if (!loaded.ok())
        return;
    out.dashboards = loaded.config.dashboards;
    // Followed from a configuration's `- file:` entry, a file naming files could name itself.
    for (const DashboardFileEntry &entry : loaded.config.dashboardFiles) {
        out.errors << DashboardFileReader::tr(
            "%1:%2:%3: %4 names another dashboard file; only a configuration's own entries are read")
                          .arg(path)
                          .arg(entry.location.line)
                          .arg(entry.location.column)
                          .arg(entry.written);
    }
}

} // namespace

DashboardFile loadDashboardFile(const QString &path, const GrafanaImportOptions &options)
{
    DashboardFile out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        out.errors << DashboardFileReader::tr("%1: cannot read: %2").arg(path, file.errorString());
        return out;
    }
    if (file.size() > kMaxFileSize) {
        out.errors << DashboardFileReader::tr("%1: larger than %2 bytes").arg(path).arg(kMaxFileSize);
        return out;
    }
    const QByteArray bytes = file.readAll();
    if (bytes.trimmed().startsWith('{')) {
        addImport(out, importGrafanaDashboard(bytes, path, options));
        return out;
    }
    readYaml(bytes, path, options, out);
    if (out.dashboards.isEmpty() && out.errors.isEmpty())
        out.errors << DashboardFileReader::tr("%1: no dashboard in it").arg(path);
    return out;
}

} // namespace pivori
