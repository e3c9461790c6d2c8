// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inboxalert.h"
#include "matcher.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QMap>
#include <QSet>

#include <memory>
#include <utility>
#include <vector>

namespace pivori {

/// The alert inbox as a two-level tree: group rows (by alertname, severity, service, cluster
/// or receivers) whose children are the alerts of every configured cluster.
///
/// setAlerts() runs on every poll and changes the tree row by row, keyed by cluster +
/// fingerprint: rows are inserted and removed for alerts that come and go, and dataChanged
/// is emitted only for alerts whose content changed. A poll never resets the model, so the
/// views keep their selection, scroll position and expanded groups. Only a change of the
/// grouping resets it (the whole tree changes shape); views find their alerts again through
/// KeyRole. Rows are kept in a stable order: groups by key (severities by rank), alerts by
/// severity, alertname, source, cluster and fingerprint — fields that never change for a key.
class AlertInboxModel final : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column {
        SeverityColumn,
        AlertnameColumn,
        SourceColumn, ///< service / instance (pod, instance or node)
        SummaryColumn,
        SinceColumn,
        StateColumn,
        AckByColumn,
        AckUntilColumn,
        ReceiversColumn,
        ClusterColumn,
        ColumnCount
    };
    enum Role {
        SeverityRole = Qt::UserRole + 1, ///< QString severity label; a group: its worst one
        SeverityRankRole, ///< int, see InboxAlertText::severityRank()
        StateRole, ///< int InboxAlert::State
        AckRole, ///< QVariantMap {by, until, silenceId, comment}, or an invalid QVariant
        AckPendingRole, ///< bool: an acknowledgement waits in the outbox
        SortRole, ///< the column's raw value (rank, QDateTime, text) for sorting
        FingerprintRole,
        ClusterRole,
        KeyRole, ///< "cluster/fingerprint", unique
        IsGroupRole,
        GroupKeyRole,
        ChildCountRole, ///< alerts in a group
        LabelsRole, ///< QVariantMap
        AnnotationsRole, ///< QVariantMap
        InhibitorsRole, ///< QStringList
        StaleRole, ///< bool: from a cluster that did not answer the last poll
        SearchTextRole, ///< lower-case text the free-text filter searches
    };
    enum class GroupBy { Alertname, Severity, Service, Cluster, Receiver };
    Q_ENUM(GroupBy)

    explicit AlertInboxModel(QObject *parent = nullptr);
    ~AlertInboxModel() override;

    /// The alerts of all clusters as of this poll; changes the tree row by row.
    void setAlerts(const QList<InboxAlert> &alerts);
    QList<InboxAlert> alerts() const;
    /// The alerts in the tree; after a large setAlerts() it grows slice by slice to the full count.
    int alertCount() const { return int(m_groupOfAlert.size()); }
    /// Alerts given but not applied yet: a large poll compared with the tree on a pool thread,
    /// or new alerts being sorted there or queued in slices. 0 once the tree is up to date.
    int pendingCount() const
    {
        return int(m_pendingPoll.size() + m_sortingCount + m_insertQueue.size() - m_insertNext);
    }

    void setGroupBy(GroupBy groupBy);
    GroupBy groupBy() const { return m_groupBy; }
    /// The label that names a service (LabelNames::service); used for the source column and grouping.
    void setServiceLabel(const QString &label);

    /// The alert of an alert row, nullptr for a group row or an invalid index.
    const InboxAlert *alertAt(const QModelIndex &index) const;
    QModelIndex indexOf(const QString &key, int column = 0) const;
    QModelIndex groupIndex(const QString &groupKey) const;
    /// The groups in tree order, each with its alerts (the lists are shared, not copied: a few
    /// thousand reference counts), for work on a pool thread while the tree goes on changing.
    using GroupsSnapshot = std::vector<std::pair<QString, QList<InboxAlert>>>;
    GroupsSnapshot groupsSnapshot() const;
    /// How many current alerts of @p cluster the matchers select (the acknowledge preview).
    int countMatching(const QString &cluster, const QList<Matcher> &matchers) const;

    /// Alerts per severity label ("" for none), all of them, or only those still firing.
    QMap<QString, int> severityCounts() const { return m_counts; }
    QMap<QString, int> firingCounts() const { return m_firingCounts; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    /// severityCounts() or firingCounts() changed.
    void severityCountsChanged();

private:
    struct Group;

    QString groupKeyOf(const InboxAlert &alert) const
    {
        return groupKeyFor(alert, m_groupBy, m_serviceLabel);
    }
    bool groupLess(const QString &a, const QString &b) const { return groupLessFor(a, b, m_groupBy); }
    bool alertLess(const InboxAlert &a, const InboxAlert &b) const;
    /// By group, then as alertLess() orders them within a group.
    void sortForGroups(QList<InboxAlert> *alerts) const { sortAlerts(alerts, m_groupBy, m_serviceLabel); }
    // Static, with the grouping as arguments: they also run on a pool thread.
    static QString groupKeyFor(const InboxAlert &alert, GroupBy groupBy, const QString &serviceLabel);
    static bool groupLessFor(const QString &a, const QString &b, GroupBy groupBy);
    static void sortAlerts(QList<InboxAlert> *alerts, GroupBy groupBy, const QString &serviceLabel);
    /// One alert per key (the last one given), sorted for groups, and counted: the pool
    /// thread's part of a large load.
    struct Sorted
    {
        QList<InboxAlert> alerts;
        QMap<QString, int> counts;
        QMap<QString, int> firingCounts;
    };
    static Sorted uniqueSorted(QList<InboxAlert> alerts, GroupBy groupBy, const QString &serviceLabel);
    /// Alerts in pieces that share their data with where they came from (the groups' lists):
    /// taking them is a reference count per piece, not a copy per alert.
    using AlertParts = QList<QList<InboxAlert>>;
    static QList<InboxAlert> joined(const AlertParts &parts);
    /// Joins @p parts and sorts them on a pool thread, then inserts them slice by slice; a later
    /// setAlerts(), regroup or sort supersedes it (m_sortGeneration).
    void sortThenInsert(AlertParts parts);
    /// What a poll changes in the tree, worked out on a pool thread (alertinboxmodelupdate.cpp).
    struct Plan;
    using TreeSnapshot = GroupsSnapshot;
    static Plan planUpdate(const TreeSnapshot &tree, const QList<InboxAlert> &alerts, GroupBy groupBy,
        const QString &serviceLabel);
    /// Compares a large poll with the tree on a pool thread, then applies the plan.
    void compareOnPool(const QList<InboxAlert> &alerts);
    void applyPlan(Plan plan);
    /// The rows of @p group listed in @p gone leave, in contiguous runs from the bottom up.
    void removeRows(Group &group, const QList<int> &gone);
    QModelIndex groupIndexAt(int row) const;
    int rowInGroup(const Group &group, const QString &key) const;
    void renumberGroups(int from);
    void removeGroups(int first, int last);
    void insertIntoGroups(QList<InboxAlert> fresh, QSet<QString> *touched);
    /// Inserts the next slice of m_insertQueue and schedules the one after it.
    void insertQueuedSlice();
    /// Sends one dataChanged over the headers of the @p touched groups, and recounts.
    void finishUpdate(const QSet<QString> &touched, bool recount = true);
    void rebuild(const AlertParts &parts);
    /// The newest alerts given, for a rebuild: takes them out of the pending lists.
    AlertParts currentParts();
    void updateCounts();
    QVariant alertData(const InboxAlert &alert, int column, int role) const;
    QVariant groupData(const Group &group, int column, int role) const;

    std::vector<std::unique_ptr<Group>> m_groups;
    QHash<QString, Group *> m_groupByKey;
    QHash<QString, Group *> m_groupOfAlert;
    /// New alerts of the last setAlerts() still to insert, sorted for groups: a first load of
    /// tens of thousands goes in in slices, one per event-loop turn (AlertInboxModel::setAlerts).
    QList<InboxAlert> m_insertQueue;
    /// The next alert of m_insertQueue to insert. An index, not removals from the front: the
    /// queue shares its data with the pool thread's result, and the first removal copied all
    /// 99,000 alerts left, every later one moved them (0.16 s at once at 100,000).
    qsizetype m_insertNext = 0;
    bool m_sliceScheduled = false;
    qsizetype m_sliceSize = 1000; ///< alerts per slice, adapted to what the last one cost
    /// Alerts being sorted on a pool thread (AlertInboxModel::sortThenInsert), not in the tree yet.
    AlertParts m_sorting;
    qsizetype m_sortingCount = 0; ///< of m_sorting's alerts
    /// The newest poll while it is compared on a pool thread (AlertInboxModel::compareOnPool).
    QList<InboxAlert> m_pendingPoll;
    quint64 m_sortGeneration = 0;
    GroupBy m_groupBy = GroupBy::Alertname;
    QString m_serviceLabel = QStringLiteral("service");
    QMap<QString, int> m_counts;
    QMap<QString, int> m_firingCounts;
};

} // namespace pivori
