// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "configloader.h"
#include "consoleconfig.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <yaml-cpp/yaml.h>

#include <limits>
#include <optional>

namespace pivori {

/// Typed, schema-checked access to yaml-cpp nodes for the configuration parsers. Every
/// problem becomes a positioned ConfigError; nothing here throws or stops at the first error.
/// Private to models/ (yaml-cpp is not part of the library's public interface).
class ConfigReader final
{
    Q_DECLARE_TR_FUNCTIONS(pivori::ConfigReader)

public:
    enum class Need { Optional, Required };

    /// A YAML map whose keys were checked against the schema (unknown and duplicate keys reported).
    struct Map
    {
        struct Entry
        {
            YAML::Node key;
            YAML::Node value;
        };
        YAML::Node node;
        YAML::Mark mark; ///< where to report problems of the map as a whole
        QString path; ///< e.g. "dashboards[0].panels[2]"; empty for the top level
        QHash<QString, Entry> entries;

        /// True when the key is written, even with an empty value.
        bool has(const QString &key) const;
        YAML::Node value(const QString &key) const;
    };

    /// One element of a YAML list, with a usable position even when the element is empty.
    struct Item
    {
        YAML::Node node;
        YAML::Mark mark;
        QString path;
    };

    ConfigReader(QString fileName, QString baseDir);

    const QList<ConfigError> &errors() const { return m_errors; }
    /// True when errors were dropped because there were too many.
    bool gaveUp() const { return m_gaveUp; }
    void error(const YAML::Mark &mark, const QString &message);
    static SourceLocation location(const YAML::Mark &mark);
    /// @p text with control characters written as \xNN, fit for a one-line message.
    static QString printable(const QString &text);

    /// The map at @p node, or nullopt (reported) when it is not one.
    std::optional<Map> map(
        const YAML::Node &node, const YAML::Mark &mark, const QString &path, const QStringList &allowed);
    std::optional<Map> map(const Item &item, const QStringList &allowed);
    /// The map under @p key of @p parent; nullopt when absent (reported when required) or not a map.
    std::optional<Map> map(const Map &parent, const QString &key, Need need, const QStringList &allowed);
    /// The elements of the list under @p key; reports a non-list, or fewer than @p minItems.
    QList<Item> list(const Map &parent, const QString &key, Need need, int minItems = 0);

    std::optional<QString> text(const Map &m, const QString &key, Need need);
    /// Text that must match @p pattern (a full match); @p expected describes the form for the message.
    std::optional<QString> name(
        const Map &m, const QString &key, Need need, const QString &pattern, const QString &expected);
    std::optional<bool> boolean(const Map &m, const QString &key, Need need);
    std::optional<double> number(const Map &m, const QString &key, Need need);
    std::optional<int> integer(const Map &m, const QString &key, Need need, int min, int max);
    std::optional<qint64> duration(const Map &m, const QString &key, Need need, qint64 minMs,
        qint64 maxMs = std::numeric_limits<qint64>::max());
    std::optional<QUrl> url(const Map &m, const QString &key, Need need);
    /// A size in bytes: a whole number, or one with a unit like 64MiB, 500MB, 512KiB or 1GiB.
    std::optional<qint64> byteSize(const Map &m, const QString &key, Need need, qint64 min, qint64 max);
    /// The index of the value in @p choices.
    std::optional<int> choice(const Map &m, const QString &key, Need need, const QStringList &choices);
    /// "#rrggbb" (lower-cased) or one of ConsoleConfig::colorNames().
    std::optional<QString> color(const Map &m, const QString &key, Need need);
    /// A file path, made absolute against the configuration's folder.
    std::optional<QString> filePath(const Map &m, const QString &key, Need need);

    /// Where to report a problem with the value of @p key (the key itself when the value is empty).
    static YAML::Mark markOf(const Map &m, const QString &key);
    static QString keyPath(const QString &path, const QString &key);
    /// "a, b or c".
    static QString listing(const QStringList &words);
    /// The element of @p candidates closest to @p word, when it is close enough to be a typo.
    static QString nearMiss(const QString &word, const QStringList &candidates);

private:
    /// The scalar text of a present key, or nullopt (reported when required or not a scalar).
    std::optional<QString> scalar(const Map &m, const QString &key, Need need, const QString &expected);
    void missing(const Map &m, const QString &key);
    static QString describe(const YAML::Node &node);

    QString m_fileName;
    QString m_baseDir;
    QList<ConfigError> m_errors;
    bool m_gaveUp = false;
};

} // namespace pivori
