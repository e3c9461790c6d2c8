// SPDX-License-Identifier: GPL-3.0-or-later
#include "configeditor.h"

#include "configloader.h"
#include "savefile.h"
#include "yamllines.h"

#include <yaml-cpp/yaml.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <exception>
#include <functional>

namespace pivori {

namespace {

const QString kPrometheus = QStringLiteral("prometheus");
const QString kAlertmanagers = QStringLiteral("alertmanagers");

bool sameSecret(const SecretRef &a, const SecretRef &b)
{
    return a.env == b.env && a.file == b.file && a.keychain == b.keychain;
}

bool sameAuth(const Auth &a, const Auth &b)
{
    return a.type == b.type && a.username == b.username && sameSecret(a.password, b.password)
        && sameSecret(a.token, b.token);
}

/// The auth map's keys, every one the schema knows, so that switching type removes the others.
YamlLines::Pairs authPairs(const Auth &auth)
{
    const bool basic = auth.type == Auth::Type::Basic;
    const SecretRef &secret = basic ? auth.password : auth.token;
    const auto scalarOrEmpty = [&](const QString &value, bool wanted) {
        return wanted && !value.isEmpty() ? YamlLines::scalar(value) : QString();
    };
    const bool on = auth.type != Auth::Type::None;
    return {
        { QStringLiteral("type"),
            on ? (basic ? QStringLiteral("basic") : QStringLiteral("bearer")) : QString() },
        { QStringLiteral("username"), scalarOrEmpty(auth.username, on && basic) },
        { QStringLiteral("password_env"), scalarOrEmpty(secret.env, on && basic) },
        { QStringLiteral("password_file"), scalarOrEmpty(secret.file, on && basic) },
        { QStringLiteral("password_keychain"), scalarOrEmpty(secret.keychain, on && basic) },
        { QStringLiteral("token_env"), scalarOrEmpty(secret.env, on && !basic) },
        { QStringLiteral("token_file"), scalarOrEmpty(secret.file, on && !basic) },
        { QStringLiteral("token_keychain"), scalarOrEmpty(secret.keychain, on && !basic) },
    };
}

QStringList urlStrings(const QList<QUrl> &urls)
{
    QStringList out;
    for (const QUrl &url : urls)
        out << url.toString();
    return out;
}

/// Removes what the editor owns (or a section it created or removed) before comparing.
void stripOwned(YAML::Node &doc, bool dropPrometheus, bool dropAlertmanagers)
{
    if (!doc.IsMap())
        return;
    const YAML::Node &view = doc; // const access never inserts a missing key
    for (const auto &[section, drop, keys] :
        { std::tuple { kPrometheus, dropPrometheus,
              QStringList { QStringLiteral("url"), QStringLiteral("auth"), QStringLiteral("ca_file") } },
            std::tuple { kAlertmanagers, dropAlertmanagers,
                QStringList {
                    QStringLiteral("replicas"), QStringLiteral("auth"), QStringLiteral("ca_file") } } }) {
        const std::string name = section.toStdString();
        if (drop) {
            doc.remove(name);
            continue;
        }
        YAML::Node list = view[name];
        if (!list.IsDefined() || !list.IsSequence() || list.size() == 0)
            continue;
        YAML::Node first = list[0];
        if (!first.IsMap())
            continue;
        for (const QString &key : keys)
            first.remove(key.toStdString());
    }
}

} // namespace

ConnectionSettings ConnectionSettings::fromConfig(const ConsoleConfig &config)
{
    ConnectionSettings out;
    if (!config.prometheus.isEmpty()) {
        const Endpoint &e = config.prometheus.constFirst().endpoint;
        out.prometheusUrl = e.url;
        // The loader appends path_prefix to the URL; the file's url is the part before it.
        const QString prefix = e.backend.pathPrefix;
        if (!prefix.isEmpty() && out.prometheusUrl.path().endsWith(prefix))
            out.prometheusUrl.setPath(out.prometheusUrl.path().chopped(prefix.size()));
        out.prometheusAuth = e.auth;
        out.prometheusCaFile = e.caFile;
    }
    if (!config.alertmanagers.isEmpty() && !config.alertmanagers.constFirst().replicas.isEmpty()) {
        const AlertmanagerCluster &cluster = config.alertmanagers.constFirst();
        for (const Endpoint &replica : cluster.replicas)
            out.alertmanagerUrls << replica.url;
        out.alertmanagerAuth = cluster.replicas.constFirst().auth;
        out.alertmanagerCaFile = cluster.replicas.constFirst().caFile;
    }
    return out;
}

bool ConnectionSettings::operator==(const ConnectionSettings &other) const
{
    return prometheusUrl == other.prometheusUrl && sameAuth(prometheusAuth, other.prometheusAuth)
        && prometheusCaFile == other.prometheusCaFile && alertmanagerUrls == other.alertmanagerUrls
        && sameAuth(alertmanagerAuth, other.alertmanagerAuth)
        && alertmanagerCaFile == other.alertmanagerCaFile;
}

ConfigEditor::Outcome ConfigEditor::apply(const QByteArray &yaml, const ConnectionSettings &settings,
    const QString &displayName, const QString &baseDir)
{
    const auto fail = [&](const QString &why) {
        return Outcome { {}, tr("%1: nothing was changed: %2").arg(displayName, why) };
    };
    if (!settings.prometheusUrl.isValid() || settings.prometheusUrl.isEmpty())
        return fail(tr("a Prometheus URL is needed"));
    // What the file says now: only values that differ are written, so an unchanged field keeps
    // its spelling (a relative path, quotes) byte for byte.
    const ConnectionSettings before
        = ConnectionSettings::fromConfig(ConfigLoader::loadText(yaml, displayName, baseDir).config);
    YamlLines lines(yaml);
    QString error;
    // Each edit moves lines: the entry is found again before the next one.
    const auto edited
        = [&](const QString &key, const std::function<bool(const YamlLines::MapRange &)> &change) {
              const auto entry = lines.firstSequenceMap(lines.document(), key, &error);
              if (!entry && error.isEmpty())
                  error = tr("%1: no entry to edit").arg(key);
              return entry && change(*entry);
          };
    const auto scalarOrRemove
        = [](const QString &value) { return value.isEmpty() ? QString() : YamlLines::scalar(value); };

    const auto prometheus = lines.firstSequenceMap(lines.document(), kPrometheus, &error);
    if (!error.isEmpty())
        return fail(error);
    const bool createdPrometheus = !prometheus;
    if (createdPrometheus) {
        lines.appendSection({ kPrometheus + QLatin1Char(':'), QStringLiteral("  - name: main"),
            QStringLiteral("    url: ") + YamlLines::scalar(settings.prometheusUrl.toString()) });
    } else if (settings.prometheusUrl != before.prometheusUrl
        && !lines.setScalar(*prometheus, QStringLiteral("url"),
            YamlLines::scalar(settings.prometheusUrl.toString()), &error)) {
        return fail(error);
    }
    if (!sameAuth(settings.prometheusAuth, before.prometheusAuth)
        && !edited(kPrometheus, [&](const YamlLines::MapRange &entry) {
               return lines.setMap(entry, QStringLiteral("auth"), authPairs(settings.prometheusAuth), &error);
           }))
        return fail(error);
    if (settings.prometheusCaFile != before.prometheusCaFile
        && !edited(kPrometheus, [&](const YamlLines::MapRange &entry) {
               return lines.setScalar(
                   entry, QStringLiteral("ca_file"), scalarOrRemove(settings.prometheusCaFile), &error);
           }))
        return fail(error);

    const auto alertmanagers = lines.firstSequenceMap(lines.document(), kAlertmanagers, &error);
    if (!error.isEmpty())
        return fail(error);
    bool createdAlertmanagers = false;
    bool removedAlertmanagers = false;
    if (settings.alertmanagerUrls.isEmpty()) {
        if (alertmanagers) {
            if (lines.sequenceLength(lines.document(), kAlertmanagers) > 1)
                return fail(tr("alertmanagers: has several clusters; remove them by hand"));
            if (!lines.removeTopLevel(kAlertmanagers, &error))
                return fail(error);
            removedAlertmanagers = true;
        }
    } else {
        if (!alertmanagers) {
            createdAlertmanagers = true;
            QStringList block { kAlertmanagers + QLatin1Char(':'), QStringLiteral("  - name: main"),
                QStringLiteral("    replicas:") };
            for (const QString &url : urlStrings(settings.alertmanagerUrls))
                block << QStringLiteral("      - ") + YamlLines::scalar(url);
            lines.appendSection(block);
        } else if (settings.alertmanagerUrls != before.alertmanagerUrls
            && !lines.setSequence(
                *alertmanagers, QStringLiteral("replicas"), urlStrings(settings.alertmanagerUrls), &error)) {
            return fail(error);
        }
        if (!sameAuth(settings.alertmanagerAuth, before.alertmanagerAuth)
            && !edited(kAlertmanagers, [&](const YamlLines::MapRange &entry) {
                   return lines.setMap(
                       entry, QStringLiteral("auth"), authPairs(settings.alertmanagerAuth), &error);
               }))
            return fail(error);
        if (settings.alertmanagerCaFile != before.alertmanagerCaFile
            && !edited(kAlertmanagers, [&](const YamlLines::MapRange &entry) {
                   return lines.setScalar(
                       entry, QStringLiteral("ca_file"), scalarOrRemove(settings.alertmanagerCaFile), &error);
               }))
            return fail(error);
    }

    const QByteArray after = lines.text();
    const ConfigLoadResult check = ConfigLoader::loadText(after, displayName, baseDir);
    if (!check.ok()) {
        QStringList problems;
        for (const ConfigError &e : check.errors)
            problems << e.toString();
        return fail(tr("the edited file would not load:\n%1").arg(problems.join(QLatin1Char('\n'))));
    }
    // The edit must have landed where it was meant to, and nowhere else.
    if (!(ConnectionSettings::fromConfig(check.config) == settings))
        return fail(tr("the edited file does not read back as the settings given"));
    bool same = false;
    try {
        YAML::Node oldDoc = YAML::Load(yaml.toStdString());
        YAML::Node newDoc = YAML::Load(after.toStdString());
        stripOwned(oldDoc, createdPrometheus, removedAlertmanagers);
        stripOwned(newDoc, createdPrometheus, createdAlertmanagers);
        YAML::Emitter oldOut;
        YAML::Emitter newOut;
        oldOut << oldDoc;
        newOut << newDoc;
        same = std::string(oldOut.c_str()) == std::string(newOut.c_str());
    } catch (const std::exception &) {
        return fail(tr("the file could not be read back"));
    }
    if (!same)
        return fail(tr("the edit would change settings the dialog does not own"));
    return Outcome { after, {} };
}

QByteArray ConfigEditor::newFileText()
{
    static const QByteArray header = QByteArrayLiteral(
        "# Pivori Console configuration, written by its welcome page from the built-in one.\n"
        "# docs/configuration.md describes every key. Edit it freely: the Settings dialog changes only\n"
        "# the servers' URLs, auth and CA files and keeps comments and every other key as written.\n"
        "# Secrets are never written here: auth names an environment variable (*_env), a file\n"
        "# (*_file) or a desktop keychain entry (*_keychain) that holds them. Without a dashboards:\n"
        "# key, every built-in dashboard is shown.\n");
    // The built-in file's health checks, refresh, labels and wall playlist are a good start; its
    // dashboards are left out so that the built-in ones (translated, and updated with the
    // program) are used.
    QFile builtIn(ConfigLoader::builtInPath());
    if (!builtIn.open(QIODevice::ReadOnly))
        return header + "version: 1\n";
    QByteArray text = builtIn.readAll();
    while (text.startsWith('#')) // its own header speaks of being built in
        text = text.mid(text.indexOf('\n') + 1);
    YamlLines lines(header + text);
    QString ignored;
    lines.removeTopLevel(QStringLiteral("dashboards"), &ignored);
    return lines.text();
}

QString ConfigEditor::userConfigPath()
{
    QString configHome = qEnvironmentVariable("XDG_CONFIG_HOME");
    if (configHome.isEmpty() || QDir::isRelativePath(configHome))
        configHome = QDir::homePath() + QStringLiteral("/.config");
    return configHome + QStringLiteral("/pivori-console/console.yaml");
}

QString ConfigEditor::applyToFile(const QString &path, const ConnectionSettings &settings)
{
    const QFileInfo info(path);
    QByteArray text = newFileText();
    if (info.exists()) {
        QFile file(path);
        if (info.size() > ConfigLoader::maxFileSize || !file.open(QIODevice::ReadOnly))
            return tr("Cannot read %1: %2").arg(path, file.errorString());
        text = file.readAll();
    } else if (!QDir().mkpath(info.absolutePath())) {
        return tr("Cannot create the folder %1").arg(info.absolutePath());
    }
    const Outcome outcome = apply(text, settings, path, info.absolutePath());
    if (!outcome.ok())
        return outcome.error;
    if (info.exists() && outcome.text == text)
        return {};
    QString error;
    if (!saveFileAtomically(path, outcome.text, &error))
        return error;
    return {};
}

} // namespace pivori
