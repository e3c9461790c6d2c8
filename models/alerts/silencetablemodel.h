// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "amtypes.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace pivori {

/// The silences of every Alertmanager cluster (active, pending and expired), one row each.
///
/// Fed one cluster at a time after every poll and diffed by cluster + silence id: rows that
/// disappear are removed, changed rows emit dataChanged, new ones are appended. So a view
/// keeps its selection while the operator picks a silence to expire or extend.
/// Acknowledgements (silences whose comment starts with "ACK!") are marked and show the
/// author's words without the prefix and the token. Times carry their zone; text from the
/// servers is shown with its invisible characters written out (InboxAlertText::visible).
class SilenceTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        StateColumn,
        KindColumn, ///< acknowledgement or silence
        ClusterColumn,
        MatchersColumn,
        CreatedByColumn,
        CommentColumn,
        StartsColumn,
        EndsColumn,
        IdColumn,
        ColumnCount
    };
    enum Role {
        ClusterRole = Qt::UserRole + 1,
        IdRole,
        StateRole, ///< int Silence::State
        IsAckRole, ///< bool
        SortRole, ///< raw value: state rank, QDateTime, text
        KeyRole, ///< "cluster/id"
        EndingSoonRole, ///< bool: active and ending within endingSoonWindowMs()
    };

    explicit SilenceTableModel(QObject *parent = nullptr);

    /// Replaces the silences of @p cluster, row by row.
    void setSilences(const QString &cluster, const QList<Silence> &silences);
    /// Drops the rows of clusters not in @p clusters.
    void retainClusters(const QStringList &clusters);

    /// Active silences ending within this window are marked (EndingSoonRole, "in 12m" after
    /// their end) and counted: an acknowledgement about to run out means the alert comes back.
    void setEndingSoonWindowMs(qint64 ms);
    qint64 endingSoonWindowMs() const { return m_endingSoonMs; }
    static constexpr qint64 kDefaultEndingSoonMs = qint64(3600) * 1000;
    /// Whether the silence in @p row is active and ends within the window after @p now.
    bool endsSoon(int row, const QDateTime &now) const;
    int endingSoonCount(const QDateTime &now) const;

    const Silence *silenceAt(int row) const;
    QString clusterAt(int row) const;
    /// The row of a silence, or -1.
    int rowOf(const QString &cluster, const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString stateText(Silence::State state);

private:
    struct Row final
    {
        QString cluster;
        Silence silence;
    };

    void removeRowAt(int row);

    QList<Row> m_rows;
    qint64 m_endingSoonMs = kDefaultEndingSoonMs;
};

} // namespace pivori
