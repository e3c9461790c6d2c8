// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The built-in configuration pointed at a Prometheus that is never contacted, for window tests
// that answer from a RecordedTransport. Header only, for tests that link pivori_config.
#include "configloader.h"
#include "consoleconfig.h"
#include "testutils.h"

namespace pivori::testutils {

/// The built-in dashboards with one Prometheus ("nowhere", 127.0.0.1:19090, which the recorded
/// transport answers in its place) and no Alertmanager. Empty prometheus list when the built-in
/// file does not load, so the caller's QVERIFY on it fails.
inline ConsoleConfig builtInConfigWithoutServers()
{
    ConfigLoadResult loaded = ConfigLoader::loadFile(ConfigLoader::builtInPath());
    if (!loaded.ok())
        return {};
    ConsoleConfig config = loaded.config;
    config.prometheus = { PrometheusServer {
        QStringLiteral("nowhere"), endpointAt(QUrl(QStringLiteral("http://127.0.0.1:19090")), 2000) } };
    config.alertmanagers.clear();
    return config;
}

} // namespace pivori::testutils
