// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the configuration loader tests share: their fixture folder and the smallest
// valid configuration that error cases extend.

#include "configloader.h"
#include "testutils.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace configtest {

using pivori::ConfigError;

inline const QString kData = pivori::testutils::dataPath(QStringLiteral("config"));
inline const QString kShown = QStringLiteral("console.yaml");

// Three lines: the smallest valid configuration, which error rows extend.
inline const QByteArray kServers = "prometheus:\n"
                                   "  - name: main\n"
                                   "    url: http://localhost:9090\n";

inline QString dump(const QList<ConfigError> &errors)
{
    QStringList lines;
    for (const ConfigError &e : errors)
        lines.append(e.toString());
    return lines.join(QLatin1Char('\n'));
}

} // namespace configtest
