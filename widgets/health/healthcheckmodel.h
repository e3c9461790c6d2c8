// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checkresult.h"

#include <QAbstractItemModel>
#include <QList>

namespace pivori {

/// The checks of one run as a two-level tree: a row per category (in the order the run
/// reports them), under it a row per check. A category row carries the worst status of its
/// checks and how many have a problem.
///
/// Every text is display text only: messages may carry a server's error words, and views show
/// them as plain text (tool tips escaped).
class HealthCheckModel final : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        StatusColumn,
        ValueColumn,
        ThresholdColumn,
        MessageColumn,
        LinkColumn,
        ColumnCount
    };
    enum Role {
        StatusRole = Qt::UserRole + 1, ///< int(CheckStatus)
        UrgencyRole, ///< HealthStatusStyle::urgency(), for sorting problems first
        LinkRole, ///< CheckResult::link of a check row; empty on category rows
        IsCategoryRole,
        TimedOutRole,
    };

    explicit HealthCheckModel(QObject *parent = nullptr);

    void setRun(const CheckRun &run);
    const CheckRun &run() const { return m_run; }
    /// Only checks that do not pass (and their categories).
    void setOnlyProblems(bool only);
    bool onlyProblems() const { return m_onlyProblems; }

    /// The check of a check row, or nullptr for a category row.
    const CheckResult *check(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Category final
    {
        QString name;
        CheckStatus worst = CheckStatus::Pass;
        int total = 0;
        int problems = 0;
        QList<int> checks; ///< indexes into m_run.results, shown in this order
    };
    void rebuild();
    QVariant categoryData(const Category &category, int column, int role) const;
    QVariant checkData(const CheckResult &check, int column, int role) const;

    CheckRun m_run;
    QList<Category> m_categories;
    bool m_onlyProblems = false;
};

} // namespace pivori
