// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace pivori {

// The alert-inbox subcommands; conventions as in commands.h (exit 0 done, 1 failed, 2 bad
// arguments). All take the global --alertmanager URL (repeatable: one HA cluster).
//
// `alerts [--filter MATCHERS]... [--cluster NAME] [--json]`   the merged alerts of every cluster
// `ack --matcher M... --duration DUR --comment TEXT [--author NAME] [--cluster NAME]`
//      creates an ack silence and prints its id. Unlike the console, the command line keeps no
//      outbox: when no replica takes the silence it exits 1 saying nothing was acknowledged.
// `expire [--cluster NAME] ID`                                 expires a silence (ack or not)
// `silences [--expired] [--cluster NAME] [--json]`            lists silences
int runAlertsCommand(const QStringList &arguments);
int runAckCommand(const QStringList &arguments);
int runExpireCommand(const QStringList &arguments);
int runSilencesCommand(const QStringList &arguments);

} // namespace pivori
