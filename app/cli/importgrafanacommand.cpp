// SPDX-License-Identifier: GPL-3.0-or-later
// `pivori-console import-grafana FILE.json [--out FILE.yaml] [--var name=value]`: converts a
// Grafana dashboard into the console's YAML dashboard format, with the import report (what was
// mapped, approximated, unsupported, per panel) on stdout and as comments atop the YAML.
#include "cliutil.h"
#include "commandline.h"
#include "commands.h"
#include "grafanaimporter.h"
#include "savefile.h"

#include <QCoreApplication>
#include <QFile>

namespace pivori {

namespace {

class ImportGrafanaCommand final
{
    Q_DECLARE_TR_FUNCTIONS(pivori::ImportGrafanaCommand)
};

// Grafana dashboards reach a few megabytes (Node Exporter Full is about half of one).
constexpr qint64 kMaxJsonSize = qint64(32) * 1024 * 1024;

} // namespace

int runImportGrafanaCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(ImportGrafanaCommand::tr(
        "Converts a Grafana dashboard JSON file into the console's YAML dashboard format. Without "
        "--out the YAML goes to stdout (the import report is its leading comment); with --out the "
        "report goes to stdout. Exits 1 when the file cannot be converted, 2 for wrong arguments."));
    CommandLine::addGlobalOptions(parser);
    parser.addPositionalArgument(
        QStringLiteral("file"), ImportGrafanaCommand::tr("The Grafana dashboard JSON file."));
    parser.addOption({ QStringLiteral("out"), ImportGrafanaCommand::tr("Write the YAML to this file."),
        ImportGrafanaCommand::tr("file") });
    parser.addOption({ QStringLiteral("var"),
        ImportGrafanaCommand::tr(
            "A variable's value, e.g. job=node (repeatable): the default of a "
            "drop-down, or the value a custom, interval or textbox variable is fixed to."),
        ImportGrafanaCommand::tr("name=value") });
    if (const int code = cli::parseOrExit(parser, QStringLiteral("import-grafana"), arguments); code >= 0)
        return code;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        cli::printError(ImportGrafanaCommand::tr("import-grafana: give exactly one Grafana JSON file"));
        return 2;
    }
    GrafanaImportOptions options;
    for (const QString &assignment : parser.values(QStringLiteral("var"))) {
        const qsizetype equals = assignment.indexOf(QLatin1Char('='));
        if (equals <= 0) {
            cli::printError(ImportGrafanaCommand::tr("import-grafana: --var takes NAME=VALUE, got \"%1\"")
                                .arg(assignment));
            return 2;
        }
        options.values.insert(assignment.left(equals), assignment.mid(equals + 1));
    }
    const QString &path = positional.constFirst();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        cli::printError(ImportGrafanaCommand::tr("import-grafana: %1: %2").arg(path, file.errorString()));
        return 1;
    }
    if (file.size() > kMaxJsonSize) {
        cli::printError(
            ImportGrafanaCommand::tr("import-grafana: %1: larger than %2 bytes").arg(path).arg(kMaxJsonSize));
        return 1;
    }
    const GrafanaImport imported = importGrafanaDashboard(file.readAll(), path, options);
    if (!imported.ok) {
        cli::printError(ImportGrafanaCommand::tr("import-grafana: %1").arg(imported.error));
        return 1;
    }
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty()) {
        cli::printOut(imported.yaml);
        return 0;
    }
    QString error;
    if (!saveFileAtomically(out, imported.yaml.toUtf8(), &error)) {
        cli::printError(ImportGrafanaCommand::tr("import-grafana: %1").arg(error));
        return 1;
    }
    cli::printOut(imported.report.text());
    return 0;
}

} // namespace pivori
