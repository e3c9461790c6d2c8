// SPDX-License-Identifier: GPL-3.0-or-later
// Applying a new list of alerts to the inbox model with as few and as wide row signals as the
// change allows: a first load or a regroup is one insertion, a poll that changes nothing sends
// nothing (see docs/alert-inbox.md, "Large inboxes").
#include "alertinboxgroup.h"
#include "alertinboxmodel.h"
#include "poolrelease.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace pivori {

QModelIndex AlertInboxModel::groupIndexAt(int row) const
{
    return createIndex(row, 0, nullptr);
}

int AlertInboxModel::rowInGroup(const Group &group, const QString &key) const
{
    if (group.rowsDirty) {
        group.rowOf.clear();
        group.rowOf.reserve(group.alerts.size());
        for (int r = 0; r < group.alerts.size(); ++r)
            group.rowOf.insert(group.alerts[r].key(), r);
        group.rowsDirty = false;
    }
    return group.rowOf.value(key, -1);
}

void AlertInboxModel::renumberGroups(int from)
{
    for (int r = from; r < int(m_groups.size()); ++r)
        m_groups[size_t(r)]->row = r;
}

void AlertInboxModel::removeGroups(int first, int last)
{
    beginRemoveRows({}, first, last);
    for (int row = first; row <= last; ++row) {
        const Group *group = m_groups[size_t(row)].get();
        for (const InboxAlert &alert : std::as_const(group->alerts))
            m_groupOfAlert.remove(alert.key());
        m_groupByKey.remove(group->key);
    }
    m_groups.erase(m_groups.begin() + first, m_groups.begin() + last + 1);
    renumberGroups(first);
    endRemoveRows();
}

namespace {

// How many new alerts go into the tree per event-loop turn: the filter proxy computes each
// one's search text and the view lays the rows out, about 40 ms per 1,000 on a loaded 2-core
// machine (measured with tst_inboxscale under perf).
constexpr qsizetype kInsertSlice = 1000;

// A slice's size then follows what the last one cost, aiming at this much of the GUI thread
// per turn: the cost per alert varies tenfold (a run into a group of 60,000 after a regroup by
// severity took 150 ms per 1,000, a first load by alert name 40 ms).
constexpr qint64 kSliceTargetNs = 20'000'000;
constexpr qsizetype kSmallestSlice = 100;
constexpr qsizetype kFirstSlice = 250;
constexpr qsizetype kLargestSlice = 2000;

// From how many alerts a poll is compared with the tree on a pool thread: 100,000 alerts took
// 0.44 s of the GUI thread at once (bench_inboxmodelscale). Fewer take a few milliseconds and
// are applied at once, so an acknowledgement shows in the same turn (as AlertPoller combines).
constexpr qsizetype kCompareOnPoolFrom = 5000;

// Alertmanager refreshes updatedAt and endsAt at every re-send of an alert (each evaluation
// of its rule), so on a large platform nearly every alert "changes" at every poll. No view
// shows those two times: they are stored without telling the views, and the changes that do
// show stay few.
bool sameForViews(const InboxAlert &a, const InboxAlert &b)
{
    const Alert &x = a.alert;
    const Alert &y = b.alert;
    return a.cluster == b.cluster && a.ack == b.ack && a.inhibitors == b.inhibitors
        && a.ackPending == b.ackPending && a.stale == b.stale && x.fingerprint == y.fingerprint
        && x.state == y.state && x.startsAt == y.startsAt && x.labels == y.labels
        && x.annotations == y.annotations && x.receivers == y.receivers && x.generatorUrl == y.generatorUrl
        && x.silencedBy == y.silencedBy && x.inhibitedBy == y.inhibitedBy && x.seenBy == y.seenBy;
}

} // namespace

void AlertInboxModel::setAlerts(const QList<InboxAlert> &alerts)
{
    // Alerts of the previous list not inserted yet are compared afresh, as any new alert; a
    // sort still running for them is superseded.
    m_insertQueue.clear();
    m_insertNext = 0;
    m_sorting.clear();
    m_sortingCount = 0;
    m_pendingPoll.clear();
    ++m_sortGeneration;
    if (m_groups.empty() && alerts.size() > kInsertSlice) {
        // A first load: nothing to compare with. Even the key hash of 100,000 alerts is tens
        // of milliseconds: all of it on the pool thread.
        sortThenInsert({ alerts });
        return;
    }
    if (alerts.size() >= kCompareOnPoolFrom) {
        compareOnPool(alerts);
        return;
    }
    QHash<QString, qsizetype> incoming;
    incoming.reserve(alerts.size());
    for (qsizetype i = 0; i < alerts.size(); ++i)
        incoming.insert(alerts[i].key(), i); // a duplicate key: the last one wins

    QSet<QString> touched; // group keys whose header (count, worst severity) may have changed

    // Alerts that left, or whose group changed (only possible for receivers), go first, so that
    // the row numbers used below are final. Every change goes to the views as a few ranges,
    // not row by row: 40,000 single-row signals cost minutes in the filter proxy and the view.
    int goneGroupsLast = -1; // a run of wholly gone groups, removed at once
    for (int g = int(m_groups.size()) - 1; g >= -1; --g) {
        QList<int> gone;
        if (g >= 0) {
            const Group &group = *m_groups[size_t(g)];
            for (int r = 0; r < group.alerts.size(); ++r) {
                const auto it = incoming.constFind(group.alerts[r].key());
                if (it == incoming.cend() || groupKeyOf(alerts[*it]) != group.key)
                    gone.append(r);
            }
            if (!gone.isEmpty() && gone.size() == group.alerts.size()) {
                if (goneGroupsLast < 0)
                    goneGroupsLast = g;
                continue;
            }
        }
        if (goneGroupsLast >= 0) {
            removeGroups(g + 1, goneGroupsLast);
            goneGroupsLast = -1;
        }
        if (gone.isEmpty())
            continue;
        Group &group = *m_groups[size_t(g)];
        touched.insert(group.key);
        removeRows(group, gone);
    }

    for (const auto &groupPtr : m_groups) {
        Group &group = *groupPtr;
        int firstChanged = -1;
        int lastChanged = -1;
        for (int r = 0; r < group.alerts.size(); ++r) {
            const InboxAlert &next = alerts[incoming.value(group.alerts[r].key())];
            // Stored whatever changed (a copy shares the data), told only when a view shows it:
            // one comparison per alert, not a full one and then the one for the views.
            const bool shown = !sameForViews(next, group.alerts[r]);
            group.alerts[r] = next;
            group.summary.reset(); // a severity may have changed; the keys and rows have not
            if (!shown)
                continue;
            if (firstChanged < 0)
                firstChanged = r;
            lastChanged = r;
        }
        if (firstChanged < 0)
            continue;
        const QModelIndex parent = groupIndexAt(group.row);
        emit dataChanged(index(firstChanged, 0, parent), index(lastChanged, ColumnCount - 1, parent));
        touched.insert(group.key);
    }

    QList<InboxAlert> fresh;
    for (qsizetype i = 0; i < alerts.size(); ++i) {
        const QString key = alerts[i].key();
        if (!m_groupOfAlert.contains(key) && incoming.value(key) == i)
            fresh.append(alerts[i]);
    }
    // Inserting tens of thousands of rows at once keeps the window busy for a second (the filter
    // proxy maps every row, the view expands every group), and sorting them for their groups
    // a quarter of that: they are sorted on a pool thread and go in one slice per event-loop
    // turn, so the window stays responsive as the inbox fills.
    if (fresh.size() > kInsertSlice)
        sortThenInsert({ std::exchange(fresh, {}) });
    insertIntoGroups(std::move(fresh), &touched);
    finishUpdate(touched);
}

void AlertInboxModel::removeRows(Group &group, const QList<int> &gone)
{
    // Contiguous runs from the bottom up, so earlier row numbers stay valid.
    for (qsizetype i = gone.size() - 1; i >= 0;) {
        const int last = gone[i];
        int first = last;
        while (i > 0 && gone[i - 1] == first - 1)
            first = gone[--i];
        --i;
        beginRemoveRows(groupIndexAt(group.row), first, last);
        for (int r = first; r <= last; ++r)
            m_groupOfAlert.remove(group.alerts[r].key());
        group.alerts.remove(first, last - first + 1);
        group.alertsChanged();
        endRemoveRows();
    }
}

struct AlertInboxModel::Plan final
{
    struct GroupChange final
    {
        QList<int> gone; ///< rows that leave, ascending
        QList<InboxAlert> kept; ///< the rows that stay, with their new values, in order
        int firstChanged = -1; ///< among kept: the span views are told about
        int lastChanged = -1;
        Group::Summary summary; ///< of `kept`: a paint after the poll need not scan them
    };
    std::vector<GroupChange> groups; ///< by group row when the tree was copied
    Sorted fresh; ///< new alerts, sorted for groups; counts are those of the whole poll
};

AlertInboxModel::Plan AlertInboxModel::planUpdate(
    const TreeSnapshot &tree, const QList<InboxAlert> &alerts, GroupBy groupBy, const QString &serviceLabel)
{
    QHash<QString, qsizetype> incoming;
    incoming.reserve(alerts.size());
    for (qsizetype i = 0; i < alerts.size(); ++i)
        incoming.insert(alerts[i].key(), i); // a duplicate key: the last one wins
    Plan plan;
    plan.groups.resize(tree.size());
    QSet<QString> kept;
    kept.reserve(alerts.size());
    for (size_t g = 0; g < tree.size(); ++g) {
        const auto &[groupKey, rows] = tree[g];
        Plan::GroupChange &change = plan.groups[g];
        for (int r = 0; r < rows.size(); ++r) {
            const QString key = rows[r].key();
            const auto it = incoming.constFind(key);
            if (it == incoming.cend() || groupKeyFor(alerts[*it], groupBy, serviceLabel) != groupKey) {
                change.gone.append(r);
                continue;
            }
            const InboxAlert &next = alerts[*it];
            if (!sameForViews(next, rows[r])) {
                if (change.firstChanged < 0)
                    change.firstChanged = int(change.kept.size());
                change.lastChanged = int(change.kept.size());
            }
            change.kept.append(next);
            kept.insert(key);
        }
        change.summary = Group::summarize(change.kept);
    }
    QList<InboxAlert> fresh;
    for (qsizetype i = 0; i < alerts.size(); ++i) {
        const QString key = alerts[i].key();
        if (!kept.contains(key) && incoming.value(key) == i)
            fresh.append(alerts[i]);
    }
    plan.fresh = uniqueSorted(std::move(fresh), groupBy, serviceLabel);
    // The counts of the whole poll, not only of the new alerts.
    plan.fresh.counts.clear();
    plan.fresh.firingCounts.clear();
    for (qsizetype i = 0; i < alerts.size(); ++i) {
        if (incoming.value(alerts[i].key()) != i)
            continue;
        ++plan.fresh.counts[alerts[i].severity()];
        if (alerts[i].state() == InboxAlert::State::Firing)
            ++plan.fresh.firingCounts[alerts[i].severity()];
    }
    return plan;
}

AlertInboxModel::GroupsSnapshot AlertInboxModel::groupsSnapshot() const
{
    // Copies of the groups' lists share their data: a few thousand reference counts.
    GroupsSnapshot tree;
    tree.reserve(m_groups.size());
    for (const auto &group : m_groups)
        tree.emplace_back(group->key, group->alerts);
    return tree;
}

void AlertInboxModel::compareOnPool(const QList<InboxAlert> &alerts)
{
    m_pendingPoll = alerts;
    const quint64 generation = ++m_sortGeneration;
    TreeSnapshot tree = groupsSnapshot();
    auto *watcher = new QFutureWatcher<Plan>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        // A newer poll or a regroup came meanwhile (the tree may have changed): this plan is stale.
        if (generation != m_sortGeneration)
            return;
        m_pendingPoll.clear();
        applyPlan(watcher->result());
    });
    watcher->setFuture(
        QtConcurrent::run(&AlertInboxModel::planUpdate, std::move(tree), alerts, m_groupBy, m_serviceLabel));
}

void AlertInboxModel::applyPlan(Plan plan)
{
    QSet<QString> touched;
    std::vector<QList<InboxAlert>> replaced;
    replaced.reserve(m_groups.size());
    // From the bottom up, so the rows of the groups above stay as the plan saw them; a run
    // of wholly gone groups leaves in one removal.
    int goneGroupsLast = -1;
    for (int g = int(m_groups.size()) - 1; g >= -1; --g) {
        if (g >= 0 && plan.groups[size_t(g)].kept.isEmpty()) {
            if (goneGroupsLast < 0)
                goneGroupsLast = g;
            continue;
        }
        if (goneGroupsLast >= 0) {
            removeGroups(g + 1, goneGroupsLast);
            goneGroupsLast = -1;
        }
        if (g < 0)
            break;
        Group &group = *m_groups[size_t(g)];
        Plan::GroupChange &change = plan.groups[size_t(g)];
        if (!change.gone.isEmpty()) {
            touched.insert(group.key);
            removeRows(group, change.gone);
        }
        // Stored whatever changed (updatedAt, endsAt), told only what a view shows. The alerts
        // of the previous poll are freed on a pool thread (poolrelease.h).
        replaced.push_back(std::exchange(group.alerts, std::move(change.kept)));
        group.alertsChanged();
        group.summary = std::move(change.summary); // new alerts for it, inserted below, join it
        if (change.firstChanged >= 0) {
            const QModelIndex parent = groupIndexAt(group.row);
            emit dataChanged(
                index(change.firstChanged, 0, parent), index(change.lastChanged, ColumnCount - 1, parent));
            touched.insert(group.key);
        }
    }
    QList<InboxAlert> fresh = std::move(plan.fresh.alerts);
    if (fresh.size() > kInsertSlice) {
        m_insertQueue = fresh;
        m_insertNext = kInsertSlice;
        fresh = m_insertQueue.first(kInsertSlice);
        if (!m_sliceScheduled) {
            m_sliceScheduled = true;
            QMetaObject::invokeMethod(this, &AlertInboxModel::insertQueuedSlice, Qt::QueuedConnection);
        }
    }
    insertIntoGroups(std::move(fresh), &touched);
    finishUpdate(touched, false);
    releaseOnPool(std::move(replaced));
    if (plan.fresh.counts != m_counts || plan.fresh.firingCounts != m_firingCounts) {
        m_counts = std::move(plan.fresh.counts);
        m_firingCounts = std::move(plan.fresh.firingCounts);
        emit severityCountsChanged();
    }
}

AlertInboxModel::Sorted AlertInboxModel::uniqueSorted(
    QList<InboxAlert> alerts, GroupBy groupBy, const QString &serviceLabel)
{
    QHash<QString, qsizetype> last;
    last.reserve(alerts.size());
    for (qsizetype i = 0; i < alerts.size(); ++i)
        last.insert(alerts[i].key(), i); // a duplicate key: the last one wins, as in setAlerts()
    if (last.size() != alerts.size()) {
        QList<InboxAlert> unique;
        unique.reserve(last.size());
        for (qsizetype i = 0; i < alerts.size(); ++i)
            if (last.value(alerts[i].key()) == i)
                unique.append(alerts[i]);
        alerts = std::move(unique);
    }
    sortAlerts(&alerts, groupBy, serviceLabel);
    Sorted sorted;
    for (const InboxAlert &alert : std::as_const(alerts)) {
        ++sorted.counts[alert.severity()];
        if (alert.state() == InboxAlert::State::Firing)
            ++sorted.firingCounts[alert.severity()];
    }
    sorted.alerts = std::move(alerts);
    return sorted;
}

void AlertInboxModel::sortThenInsert(AlertParts parts)
{
    m_sorting = parts; // shares the data: a regroup meanwhile still sees them
    m_sortingCount = 0;
    for (const QList<InboxAlert> &part : std::as_const(parts))
        m_sortingCount += part.size();
    const quint64 generation = ++m_sortGeneration;
    auto *watcher = new QFutureWatcher<Sorted>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        // A newer poll or a regroup came meanwhile: its alerts replace these.
        if (generation != m_sortGeneration)
            return;
        m_sorting.clear();
        m_sortingCount = 0;
        Sorted sorted = watcher->result();
        m_insertQueue = std::move(sorted.alerts);
        m_insertNext = 0;
        // Cautious at first: what a slice costs depends on the groups it goes into, and the
        // last queue's size may be far off (a regroup's first slice of 1,000 took 77 ms).
        m_sliceSize = kFirstSlice;
        // The counts tell what is arriving at once; recounting the tree at every slice made
        // filling 100,000 alerts quadratic. An empty tree (a first load, a regroup) has no
        // counts of its own: the ones it had are those of the alerts before the regroup.
        if (!m_groups.empty()) {
            for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it)
                sorted.counts[it.key()] += it.value();
            for (auto it = m_firingCounts.cbegin(); it != m_firingCounts.cend(); ++it)
                sorted.firingCounts[it.key()] += it.value();
        }
        if (sorted.counts != m_counts || sorted.firingCounts != m_firingCounts) {
            m_counts = std::move(sorted.counts);
            m_firingCounts = std::move(sorted.firingCounts);
            emit severityCountsChanged();
        }
        if (!m_sliceScheduled)
            insertQueuedSlice();
    });
    // By value: the pool thread touches nothing of the model, which may be gone when it ends.
    watcher->setFuture(
        QtConcurrent::run([parts = std::move(parts), groupBy = m_groupBy, serviceLabel = m_serviceLabel] {
            return uniqueSorted(joined(parts), groupBy, serviceLabel);
        }));
}

void AlertInboxModel::insertQueuedSlice()
{
    m_sliceScheduled = false;
    if (m_insertNext >= m_insertQueue.size())
        return;
    QElapsedTimer spent;
    spent.start();
    // A copy of the slice's alerts (reference counts), the rest of the queue left as it is.
    QList<InboxAlert> slice
        = m_insertQueue.mid(m_insertNext, std::min(m_sliceSize, m_insertQueue.size() - m_insertNext));
    m_insertNext += slice.size();
    if (m_insertNext >= m_insertQueue.size()) {
        releaseOnPool(std::exchange(m_insertQueue, {}));
        m_insertNext = 0;
    } else {
        m_sliceScheduled = true;
        QMetaObject::invokeMethod(this, &AlertInboxModel::insertQueuedSlice, Qt::QueuedConnection);
    }
    QSet<QString> touched;
    const qsizetype inserted = slice.size();
    insertIntoGroups(std::move(slice), &touched);
    finishUpdate(touched, false); // counted when the sort ended
    const qint64 ns = std::max<qint64>(1, spent.nsecsElapsed());
    m_sliceSize = std::clamp(
        qsizetype(double(inserted) * double(kSliceTargetNs) / double(ns)), kSmallestSlice, kLargestSlice);
}

void AlertInboxModel::finishUpdate(const QSet<QString> &touched, bool recount)
{
    // Group headers: one signal for the span of the touched ones.
    int firstGroup = -1;
    int lastGroup = -1;
    for (const QString &key : touched) {
        if (const Group *group = m_groupByKey.value(key)) {
            firstGroup = firstGroup < 0 ? group->row : std::min(firstGroup, group->row);
            lastGroup = std::max(lastGroup, group->row);
        }
    }
    if (firstGroup >= 0)
        emit dataChanged(groupIndexAt(firstGroup), index(lastGroup, ColumnCount - 1, {}));
    if (recount)
        updateCounts();
}

void AlertInboxModel::insertIntoGroups(QList<InboxAlert> fresh, QSet<QString> *touched)
{
    sortForGroups(&fresh);
    // New groups, in order, each with the row it goes before among the existing groups.
    std::vector<std::pair<int, std::unique_ptr<Group>>> created;
    for (qsizetype i = 0; i < fresh.size();) {
        const QString key = groupKeyOf(fresh[i]);
        qsizetype end = i + 1;
        while (end < fresh.size() && groupKeyOf(fresh[end]) == key)
            ++end;
        if (Group *group = m_groupByKey.value(key)) {
            // Into an existing group: a run of alerts that land between the same two rows
            // is one insertion.
            for (qsizetype k = i; k < end;) {
                const auto pos = std::lower_bound(group->alerts.cbegin(), group->alerts.cend(), fresh[k],
                    [this](const InboxAlert &a, const InboxAlert &b) { return alertLess(a, b); });
                const int row = int(pos - group->alerts.cbegin());
                qsizetype runEnd = k + 1;
                while (runEnd < end
                    && (row == group->alerts.size() || alertLess(fresh[runEnd], group->alerts[row])))
                    ++runEnd;
                beginInsertRows(groupIndexAt(group->row), row, row + int(runEnd - k) - 1);
                for (qsizetype n = k; n < runEnd; ++n) {
                    group->alerts.insert(row + int(n - k), fresh[n]);
                    m_groupOfAlert.insert(fresh[n].key(), group);
                }
                group->alertsAdded(fresh, k, runEnd);
                endInsertRows();
                k = runEnd;
            }
            touched->insert(key);
        } else {
            auto createdGroup = std::make_unique<Group>();
            createdGroup->key = key;
            createdGroup->alerts = fresh.mid(i, end - i);
            const auto pos = std::lower_bound(m_groups.cbegin(), m_groups.cend(), key,
                [this](const std::unique_ptr<Group> &g, const QString &k) { return groupLess(g->key, k); });
            created.emplace_back(int(pos - m_groups.cbegin()), std::move(createdGroup));
        }
        i = end;
    }
    // New groups that go before the same existing row arrive in one insertion (all of them on
    // a first load); from the last run to the first, so the rows computed above stay valid.
    for (auto end = qsizetype(created.size()); end > 0;) {
        const int at = created[size_t(end - 1)].first;
        qsizetype begin = end - 1;
        while (begin > 0 && created[size_t(begin - 1)].first == at)
            --begin;
        beginInsertRows({}, at, at + int(end - begin) - 1);
        for (qsizetype n = begin; n < end; ++n) {
            Group *raw = created[size_t(n)].second.get();
            m_groupByKey.insert(raw->key, raw);
            for (const InboxAlert &alert : std::as_const(raw->alerts))
                m_groupOfAlert.insert(alert.key(), raw);
        }
        std::vector<std::unique_ptr<Group>> run;
        run.reserve(size_t(end - begin));
        for (qsizetype n = begin; n < end; ++n)
            run.push_back(std::move(created[size_t(n)].second));
        m_groups.insert(
            m_groups.begin() + at, std::make_move_iterator(run.begin()), std::make_move_iterator(run.end()));
        renumberGroups(at);
        endInsertRows();
        end = begin;
    }
}

void AlertInboxModel::rebuild(const AlertParts &parts)
{
    beginResetModel();
    // Freeing 100,000 alerts' rows and keys took a tenth of a second of the GUI thread: the old
    // tree is freed on a pool thread (nothing else refers to it; its strings' shared data is
    // reference-counted atomically).
    releaseOnPool(std::make_pair(std::exchange(m_groups, {}), std::exchange(m_groupOfAlert, {})));
    m_groupByKey.clear();
    m_insertQueue.clear();
    m_insertNext = 0;
    m_sorting.clear();
    m_sortingCount = 0;
    ++m_sortGeneration;
    qsizetype total = 0;
    for (const QList<InboxAlert> &part : parts)
        total += part.size();
    if (total > kInsertSlice) {
        // A regroup of 20,000 alerts in one reset held the window for 0.4 s (the proxy and the
        // view take every row at once), and sorting 100,000 for their new groups takes longer
        // than the budget: empty now, joined and sorted on a pool thread and filled slice by
        // slice like a first load. Queued before the reset is told, so that the filter proxy
        // sees them pending and keeps its search texts for them (freeing 100,000 and building
        // them again cost 70 ms at the reset).
        sortThenInsert(parts);
        endResetModel();
        return;
    }
    QList<InboxAlert> sorted = joined(parts);
    sortForGroups(&sorted);
    for (const InboxAlert &alert : std::as_const(sorted)) {
        const QString key = groupKeyOf(alert);
        Group *group = m_groupByKey.value(key);
        if (!group) {
            auto created = std::make_unique<Group>();
            created->key = key;
            created->row = int(m_groups.size());
            group = created.get();
            m_groups.push_back(std::move(created));
            m_groupByKey.insert(key, group);
        }
        group->alerts.append(alert);
        group->alertsChanged();
        m_groupOfAlert.insert(alert.key(), group);
    }
    endResetModel();
}

} // namespace pivori
