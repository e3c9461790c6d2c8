// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "configreader.h"
#include "consoleconfig.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QStringList>

#include <optional>

namespace pivori {

/// Reads the operational sections: `refresh:`, `runbooks:`, `health_checks:`, `noc:`, `labels:`
/// and `dead_mans_switch:`.
class OperationsConfigParser final
{
    Q_DECLARE_TR_FUNCTIONS(pivori::OperationsConfigParser)

public:
    explicit OperationsConfigParser(ConfigReader &reader)
        : m_reader(reader)
    {
    }

    RefreshIntervals refresh(const ConfigReader::Map &top);
    QList<Runbook> runbooks(const ConfigReader::Map &top);
    /// @p servers and @p clusters are the names a check may refer to.
    QList<HealthCheck> healthChecks(
        const ConfigReader::Map &top, const QStringList &servers, const QStringList &clusters);
    /// @p dashboardIds are the ids a playlist may name; with @p moreIdsLater (dashboard files not
    /// read yet) another id is kept, for resolveDashboardFiles to check.
    NocConfig noc(const ConfigReader::Map &top, const QSet<QString> &dashboardIds, bool moreIdsLater = false);
    LabelNames labels(const ConfigReader::Map &top);
    /// `dead_mans_switch:` the always-firing alert's name; "" switches it off; nullopt when not written.
    std::optional<QString> deadMansSwitch(const ConfigReader::Map &top);

    static QStringList healthCheckTypeNames();

private:
    std::optional<HealthCheck> healthCheck(
        const ConfigReader::Item &item, const QStringList &servers, const QStringList &clusters);
    /// Reports keys of @p map that the check type @p typeName does not use.
    bool rejectKeys(const ConfigReader::Map &map, const QStringList &keys, const QString &typeName);
    bool checkReference(const ConfigReader::Map &map, const QString &key, const QStringList &known,
        const QString &section, QString &target);
    std::optional<NocPlaylistItem> playlistItem(
        const ConfigReader::Item &item, const QSet<QString> &dashboardIds, bool moreIdsLater);

    ConfigReader &m_reader;
};

} // namespace pivori
