// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertinboxmodel.h"

#include "inboxalerttext.h"

#include <algorithm>
#include <tuple>

namespace pivori {

struct AlertInboxModel::Group final
{
    QString key;
    QList<InboxAlert> alerts;
    int row = 0; ///< its position among the groups, kept current by renumberGroups()
    mutable QHash<QString, int> rowOf; ///< alert key -> row, rebuilt lazily
    mutable bool rowsDirty = true;
};

namespace {

QVariantMap toVariantMap(const QMap<QString, QString> &map)
{
    QVariantMap out;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        out.insert(it.key(), it.value());
    return out;
}

} // namespace

AlertInboxModel::AlertInboxModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

AlertInboxModel::~AlertInboxModel() = default;

QString AlertInboxModel::groupKeyOf(const InboxAlert &alert) const
{
    switch (m_groupBy) {
    case GroupBy::Alertname:
        return alert.alertname();
    case GroupBy::Severity:
        return alert.severity();
    case GroupBy::Service:
        return alert.label(m_serviceLabel);
    case GroupBy::Cluster:
        return alert.cluster;
    case GroupBy::Receiver: {
        // An alert routed to several receivers is one row: its group is the combination.
        QStringList receivers = alert.alert.receivers;
        receivers.sort();
        return receivers.join(QStringLiteral(", "));
    }
    }
    return {};
}

bool AlertInboxModel::groupLess(const QString &a, const QString &b) const
{
    if (m_groupBy == GroupBy::Severity && InboxAlertText::severityRank(a) != InboxAlertText::severityRank(b))
        return InboxAlertText::severityRank(a) < InboxAlertText::severityRank(b);
    if (a.isEmpty() != b.isEmpty())
        return b.isEmpty(); // "(none)" last
    const int folded = a.compare(b, Qt::CaseInsensitive);
    return folded != 0 ? folded < 0 : a < b;
}

bool AlertInboxModel::alertLess(const InboxAlert &a, const InboxAlert &b) const
{
    return std::make_tuple(InboxAlertText::severityRank(a.severity()), a.alertname(),
               InboxAlertText::source(a, m_serviceLabel), a.cluster, a.alert.fingerprint)
        < std::make_tuple(InboxAlertText::severityRank(b.severity()), b.alertname(),
            InboxAlertText::source(b, m_serviceLabel), b.cluster, b.alert.fingerprint);
}

void AlertInboxModel::sortForGroups(QList<InboxAlert> *alerts) const
{
    // Each alert's sort keys are computed once, not in every comparison: 20,000 alerts cost
    // 300,000 comparisons, and each used to build its group key and source text anew.
    struct Keys final
    {
        QString group;
        int rank;
        QString alertname;
        QString source;
        const InboxAlert *alert;
    };
    std::vector<Keys> keys;
    keys.reserve(size_t(alerts->size()));
    for (const InboxAlert &alert : std::as_const(*alerts))
        keys.push_back({ groupKeyOf(alert), InboxAlertText::severityRank(alert.severity()), alert.alertname(),
            InboxAlertText::source(alert, m_serviceLabel), &alert });
    std::sort(keys.begin(), keys.end(), [this](const Keys &a, const Keys &b) {
        if (a.group != b.group)
            return groupLess(a.group, b.group);
        return std::tie(a.rank, a.alertname, a.source, a.alert->cluster, a.alert->alert.fingerprint)
            < std::tie(b.rank, b.alertname, b.source, b.alert->cluster, b.alert->alert.fingerprint);
    });
    QList<InboxAlert> sorted;
    sorted.reserve(alerts->size());
    for (const Keys &k : keys)
        sorted.append(*k.alert);
    *alerts = std::move(sorted);
}

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
            group.rowsDirty = true;
            endRemoveRows();
        }
    }

    for (const auto &groupPtr : m_groups) {
        Group &group = *groupPtr;
        int firstChanged = -1;
        int lastChanged = -1;
        for (int r = 0; r < group.alerts.size(); ++r) {
            const InboxAlert &next = alerts[incoming.value(group.alerts[r].key())];
            if (next == group.alerts[r])
                continue;
            const bool shown = !sameForViews(next, group.alerts[r]);
            group.alerts[r] = next;
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
    insertIntoGroups(std::move(fresh), &touched);

    // Group headers: one signal for the span of the touched ones.
    int firstGroup = -1;
    int lastGroup = -1;
    for (const QString &key : std::as_const(touched)) {
        if (const Group *group = m_groupByKey.value(key)) {
            firstGroup = firstGroup < 0 ? group->row : std::min(firstGroup, group->row);
            lastGroup = std::max(lastGroup, group->row);
        }
    }
    if (firstGroup >= 0)
        emit dataChanged(groupIndexAt(firstGroup), index(lastGroup, ColumnCount - 1, {}));
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
                group->rowsDirty = true;
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

void AlertInboxModel::rebuild(const QList<InboxAlert> &alerts)
{
    beginResetModel();
    m_groups.clear();
    m_groupByKey.clear();
    m_groupOfAlert.clear();
    QList<InboxAlert> sorted = alerts;
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
        m_groupOfAlert.insert(alert.key(), group);
    }
    endResetModel();
}

void AlertInboxModel::setGroupBy(GroupBy groupBy)
{
    if (groupBy == m_groupBy)
        return;
    const QList<InboxAlert> all = alerts();
    m_groupBy = groupBy;
    rebuild(all);
}

void AlertInboxModel::setServiceLabel(const QString &label)
{
    if (label == m_serviceLabel || label.isEmpty())
        return;
    const QList<InboxAlert> all = alerts();
    m_serviceLabel = label;
    rebuild(all);
}

QList<InboxAlert> AlertInboxModel::alerts() const
{
    QList<InboxAlert> out;
    out.reserve(m_groupOfAlert.size());
    for (const auto &group : m_groups)
        out.append(group->alerts);
    return out;
}

void AlertInboxModel::updateCounts()
{
    QMap<QString, int> counts;
    QMap<QString, int> firing;
    for (const auto &group : m_groups) {
        for (const InboxAlert &alert : std::as_const(group->alerts)) {
            ++counts[alert.severity()];
            if (alert.state() == InboxAlert::State::Firing)
                ++firing[alert.severity()];
        }
    }
    if (counts == m_counts && firing == m_firingCounts)
        return;
    m_counts = std::move(counts);
    m_firingCounts = std::move(firing);
    emit severityCountsChanged();
}

const InboxAlert *AlertInboxModel::alertAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    const auto *group = static_cast<const Group *>(index.internalPointer());
    if (!group || index.row() >= group->alerts.size())
        return nullptr;
    return &group->alerts[index.row()];
}

QModelIndex AlertInboxModel::indexOf(const QString &key, int column) const
{
    const Group *group = m_groupOfAlert.value(key);
    if (!group)
        return {};
    const int row = rowInGroup(*group, key);
    return row < 0 ? QModelIndex() : createIndex(row, column, group);
}

QModelIndex AlertInboxModel::groupIndex(const QString &groupKey) const
{
    const Group *group = m_groupByKey.value(groupKey);
    return group ? groupIndexAt(group->row) : QModelIndex();
}

int AlertInboxModel::countMatching(const QString &cluster, const QList<Matcher> &matchers) const
{
    const CompiledMatchers compiled(matchers);
    int count = 0;
    for (const auto &group : m_groups) {
        for (const InboxAlert &alert : std::as_const(group->alerts))
            count += alert.cluster == cluster && compiled.matches(alert.alert.labels) ? 1 : 0;
    }
    return count;
}

QModelIndex AlertInboxModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, nullptr);
    return createIndex(row, column, m_groups[size_t(parent.row())].get());
}

QModelIndex AlertInboxModel::parent(const QModelIndex &child) const
{
    const auto *group = child.isValid() ? static_cast<const Group *>(child.internalPointer()) : nullptr;
    return group ? groupIndexAt(group->row) : QModelIndex();
}

int AlertInboxModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.column() != 0 || parent.internalPointer())
        return 0;
    return int(m_groups[size_t(parent.row())]->alerts.size());
}

int AlertInboxModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

Qt::ItemFlags AlertInboxModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    const Qt::ItemFlags base = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    return index.internalPointer() ? base | Qt::ItemNeverHasChildren : base;
}

QVariant AlertInboxModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (const InboxAlert *alert = alertAt(index))
        return alertData(*alert, index.column(), role);
    return groupData(*m_groups[size_t(index.row())], index.column(), role);
}

QVariant AlertInboxModel::groupData(const Group &group, int column, int role) const
{
    // Only the roles that need it look at every alert: a group of 10,000 is asked for its
    // data many times per paint, mostly for roles that do not.
    int worst = 4;
    QString worstSeverity;
    if (role == SeverityRole || role == SeverityRankRole || (role == SortRole && column == SeverityColumn)) {
        for (const InboxAlert &alert : group.alerts) {
            const QString severity = alert.severity();
            const int rank = InboxAlertText::severityRank(severity);
            if (rank < worst) {
                worst = rank;
                worstSeverity = severity;
            }
        }
    }
    switch (role) {
    case Qt::DisplayRole:
        if (column != 0)
            return {};
        return tr("%1 (%2)")
            .arg(group.key.isEmpty() ? tr("(none)") : InboxAlertText::visible(group.key))
            .arg(group.alerts.size());
    case SeverityRole:
        return worstSeverity;
    case SeverityRankRole:
        return worst;
    case SortRole:
        if (column == SeverityColumn)
            return worst;
        if (column == SinceColumn) {
            QDateTime earliest;
            for (const InboxAlert &alert : group.alerts) {
                if (!earliest.isValid() || alert.alert.startsAt < earliest)
                    earliest = alert.alert.startsAt;
            }
            return earliest;
        }
        return group.key;
    case IsGroupRole:
        return true;
    case GroupKeyRole:
        return group.key;
    case ChildCountRole:
        return int(group.alerts.size());
    default:
        return {};
    }
}

QVariant AlertInboxModel::alertData(const InboxAlert &alert, int column, int role) const
{
    const InboxAlert::State state = alert.state();
    switch (role) {
    case Qt::DisplayRole:
        // Everything from Alertmanager is shown with its invisible characters written out.
        switch (column) {
        case SeverityColumn:
            return InboxAlertText::visible(alert.severity());
        case AlertnameColumn:
            return InboxAlertText::visible(alert.alertname());
        case SourceColumn:
            return InboxAlertText::visible(InboxAlertText::source(alert, m_serviceLabel));
        case SummaryColumn:
            return InboxAlertText::visible(alert.summary());
        case SinceColumn:
            return InboxAlertText::time(alert.alert.startsAt);
        case StateColumn:
            return InboxAlertText::state(alert);
        case AckByColumn:
            return alert.ack ? InboxAlertText::visible(alert.ack->author) : QString();
        case AckUntilColumn:
            return alert.ack ? InboxAlertText::time(alert.ack->until) : QString();
        case ReceiversColumn:
            return InboxAlertText::visible(alert.alert.receivers.join(QStringLiteral(", ")));
        case ClusterColumn:
            return alert.cluster;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (column == SummaryColumn)
            return InboxAlertText::visibleLines(alert.alert.annotations.value(QStringLiteral("description")));
        if (column == StateColumn)
            return InboxAlertText::stateDetail(alert);
        return {};
    case SortRole:
        switch (column) {
        case SeverityColumn:
            return InboxAlertText::severityRank(alert.severity());
        case SinceColumn:
            return alert.alert.startsAt;
        case StateColumn:
            return int(state);
        case AckUntilColumn:
            return alert.ack ? alert.ack->until : QDateTime();
        default:
            return alertData(alert, column, Qt::DisplayRole);
        }
    case SeverityRole:
        return alert.severity();
    case SeverityRankRole:
        return InboxAlertText::severityRank(alert.severity());
    case StateRole:
        return int(state);
    case AckRole:
        if (!alert.ack)
            return {};
        return QVariantMap { { QStringLiteral("by"), alert.ack->author },
            { QStringLiteral("until"), alert.ack->until },
            { QStringLiteral("silenceId"), alert.ack->silenceId },
            { QStringLiteral("comment"), alert.ack->comment } };
    case AckPendingRole:
        return alert.ackPending;
    case FingerprintRole:
        return alert.alert.fingerprint;
    case ClusterRole:
        return alert.cluster;
    case KeyRole:
        return alert.key();
    case IsGroupRole:
        return false;
    case GroupKeyRole:
        return groupKeyOf(alert);
    case ChildCountRole:
        return 0;
    case LabelsRole:
        return toVariantMap(alert.alert.labels);
    case AnnotationsRole:
        return toVariantMap(alert.alert.annotations);
    case InhibitorsRole:
        return alert.inhibitors;
    case StaleRole:
        return alert.stale;
    case SearchTextRole:
        return InboxAlertText::searchText(alert);
    default:
        return {};
    }
}

QVariant AlertInboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case AlertnameColumn:
        return tr("Alert");
    case SourceColumn:
        return tr("Service / instance");
    case SummaryColumn:
        return tr("Summary");
    case SinceColumn:
        return tr("Since");
    case StateColumn:
        return tr("State");
    case AckByColumn:
        return tr("Acknowledged by");
    case AckUntilColumn:
        return tr("Until");
    case ReceiversColumn:
        return tr("Receivers");
    case ClusterColumn:
        return tr("Cluster");
    default:
        return {};
    }
}

QHash<int, QByteArray> AlertInboxModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert({ { SeverityRole, "severity" }, { StateRole, "state" }, { AckRole, "ack" },
        { AckPendingRole, "ackPending" }, { FingerprintRole, "fingerprint" }, { ClusterRole, "cluster" },
        { KeyRole, "key" }, { IsGroupRole, "isGroup" }, { LabelsRole, "labels" },
        { AnnotationsRole, "annotations" }, { InhibitorsRole, "inhibitors" }, { StaleRole, "stale" } });
    return names;
}

} // namespace pivori
