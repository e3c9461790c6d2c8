// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace pivori {

// Each subcommand takes argv without the program name and the command word, runs in an
// already constructed QCoreApplication (QApplication for the GUI ones) and returns the
// process exit code: 0 done, 1 failed, 2 the arguments were wrong.
int runValidateCommand(const QStringList &arguments);
int runQueryCommand(const QStringList &arguments);
int runStackCommand(const QStringList &arguments);
int runDemoCommand(const QStringList &arguments);
int runSnapshotCommand(const QStringList &arguments);
/// `check`: the health checks; exits as a Nagios plugin does (0 pass, 1 warn, 2 fail, 3 unknown).
int runCheckCommand(const QStringList &arguments);
/// `import-grafana`: a Grafana dashboard JSON file to the console's YAML, with the import report.
int runImportGrafanaCommand(const QStringList &arguments);
int runConsole(const QStringList &arguments);

} // namespace pivori
