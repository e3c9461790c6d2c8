#pragma once

// Helpers shared by the tests: one copy of each, not one per test file.
#include <QAbstractItemModel>
#include <QString>
#include <QStringList>
#include <QTest>

#include <optional>

namespace pivori::testutils {

/// The path of a file under tests/data.
inline QString dataPath(const QString &relative)
{
    return QStringLiteral(PIVORI_TEST_DATA "/") + relative;
}

/// Every row of a model, depth first, each as its columns' display texts joined by " | ",
/// prefixed by two spaces per level: a tree compared as one list of strings.
inline QStringList flattenModel(const QAbstractItemModel &model, const QModelIndex &parent = {}, int depth = 0)
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

/// Runs the event loop until `condition` holds or `timeoutMs` passes; returns whether it held.
template <typename Condition>
bool waitFor(Condition condition, int timeoutMs = 5000)
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
