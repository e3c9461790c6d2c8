// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Servers a test starts itself stop with it: a test that aborts (a failed sanitizer check, a
// crash, a kill by CTest's timeout) skips its cleanup, and the kernel then ends them instead.
#include <QProcess>

#include <csignal>
#include <sys/prctl.h>

namespace pivori::testutils {

/// Asks the kernel to send @p process SIGTERM when the thread that starts it ends. Call before
/// QProcess::start(), from the thread that lives as long as the test (the main thread).
inline void stopWithTest(QProcess &process)
{
    process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
}

} // namespace pivori::testutils
