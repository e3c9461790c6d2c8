// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The demo stack for benchmarks that measure against real servers: started on loopback,
// waited for (bounded), and stopped again, so every benchmark ends by itself.
#include "stacklauncher.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <memory>

namespace pivori::bench {

/// Lets the event loop run for @p ms (benchmarks wait for servers to gather history).
inline void spin(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

/// Starts simulator, Prometheus and two Alertmanagers; nullptr if not ready within 2 minutes.
inline std::unique_ptr<StackLauncher> startDemoStack(StackOptions options = {})
{
    options.simulatorPath = QStringLiteral(PIVORI_SIMULATOR_BIN);
    auto stack = std::make_unique<StackLauncher>(options);
    bool ready = false;
    QObject::connect(stack.get(), &StackLauncher::ready, [&ready] { ready = true; });
    stack->start();
    QElapsedTimer wait;
    wait.start();
    while (!ready && wait.elapsed() < 120000)
        spin(100);
    if (!ready) {
        std::fprintf(stderr, "the demo stack did not start\n");
        return nullptr;
    }
    return stack;
}

/// The stack the soaks run against: time runs 10x, and the latency-spike scenario makes
/// alerts fire and resolve during the run, as in the demo.
inline std::unique_ptr<StackLauncher> startSoakStack()
{
    StackOptions options;
    options.timeScale = 10;
    options.scenarios = { QStringLiteral("latency-spike") };
    return startDemoStack(options);
}

/// Stops every server of the stack, waiting at most 20 s.
inline void stopDemoStack(StackLauncher &stack)
{
    bool stopped = false;
    QObject::connect(&stack, &StackLauncher::stopped, [&stopped] { stopped = true; });
    stack.stop();
    QElapsedTimer wait;
    wait.start();
    while (!stopped && wait.elapsed() < 20000)
        spin(100);
}

} // namespace pivori::bench
