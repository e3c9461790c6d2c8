// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers shared by the tests: one copy of each, not one per test file.
#include "endpoint.h"

#include <QAbstractItemModel>
#include <QByteArray>
#include <QFile>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QTest>

#include <initializer_list>
#include <optional>
#include <utility>

namespace pivori::testutils {

/// A server at @p url that the test never really contacts (a recorded transport answers).
inline Endpoint endpointAt(const QUrl &url, int timeoutMs)
{
    Endpoint endpoint;
    endpoint.url = url;
    endpoint.timeoutMs = timeoutMs;
    return endpoint;
}

/// The path of a file under tests/data.
inline QString dataPath(const QString &relative)
{
    return QStringLiteral(PIVORI_TEST_DATA "/") + relative;
}

/// The path of a file of the source tree, e.g. "resources/rules/pivori-alerts.yml".
inline QString sourcePath(const QString &relative)
{
    return QStringLiteral(PIVORI_SOURCE_DIR "/") + relative;
}

/// The bytes of @p path; empty when it cannot be read (check: no file we read is empty).
inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// The bytes of a recorded answer under tests/data. A missing one stops the program: that
/// is a broken checkout, not a case that fails.
inline QByteArray readData(const QString &relative)
{
    QFile file(dataPath(relative));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(file.fileName()));
    return file.readAll();
}

/// A label set written inline: labels({ { "job", "api" }, { "le", "+Inf" } }).
inline QMap<QString, QString> labels(std::initializer_list<std::pair<const char *, const char *>> pairs)
{
    QMap<QString, QString> out;
    for (const auto &[name, value] : pairs)
        out.insert(QString::fromUtf8(name), QString::fromUtf8(value));
    return out;
}

/// Every row of a model, depth first, each as its columns' display texts joined by " | ",
/// prefixed by two spaces per level: a tree compared as one list of strings.
inline QStringList flattenModel(
    const QAbstractItemModel &model, const QModelIndex &parent = {}, int depth = 0)
{
    QStringList rows;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        QStringList cells;
        for (int column = 0; column < model.columnCount(parent); ++column)
            cells << model.index(row, column, parent).data(Qt::DisplayRole).toString();
        rows << QString(depth * 2, QLatin1Char(' ')) + cells.join(QStringLiteral(" | "));
        rows << flattenModel(model, model.index(row, 0, parent), depth + 1);
    }
    return rows;
}

/// The top-level rows of a table, each as the display texts of @p columns (in that order)
/// joined by @p separator: only the columns a test is about, so a new column breaks nothing.
inline QStringList flattenColumns(const QAbstractItemModel &model, const QList<int> &columns,
    const QString &separator = QStringLiteral(" | "))
{
    QStringList rows;
    for (int row = 0; row < model.rowCount(); ++row) {
        QStringList cells;
        for (int column : columns)
            cells << model.index(row, column).data(Qt::DisplayRole).toString();
        rows << cells.join(separator);
    }
    return rows;
}

/// @p role of every row one level down (the alerts under the group rows of an inbox), sorted.
inline QStringList childRowValues(const QAbstractItemModel &model, int role)
{
    QStringList values;
    for (int group = 0; group < model.rowCount(); ++group) {
        const QModelIndex parent = model.index(group, 0);
        for (int row = 0; row < model.rowCount(parent); ++row)
            values << model.index(row, 0, parent).data(role).toString();
    }
    values.sort();
    return values;
}

/// Runs the event loop until `condition` holds or `timeoutMs` passes; returns whether it held.
template <typename Condition> bool waitFor(Condition condition, int timeoutMs = 5000)
{
    return QTest::qWaitFor(condition, timeoutMs);
}

/// What an asynchronous callback delivered last, and how often it was called: proof that a
/// callback ran once, later, or never. `callback()` must not outlive the probe.
template <typename T> struct Received
{
    std::optional<T> value;
    int calls = 0;

    auto callback()
    {
        return [this](const T &delivered) {
            value = delivered;
            ++calls;
        };
    }
};

} // namespace pivori::testutils
