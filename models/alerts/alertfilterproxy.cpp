// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertfilterproxy.h"

#include "alertinboxmodel.h"
#include "inboxalerttext.h"

#include <QFutureWatcher>
#include <QRegularExpression>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <functional>
#include <utility>

namespace pivori {

namespace {

// Where the `{…}` that opens @p line closes, skipping quoted values; -1 when it does not.
qsizetype closingBrace(const QString &line, qsizetype open)
{
    bool quoted = false;
    for (qsizetype i = open + 1; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted && c == u'\\') {
            ++i;
        } else if (c == u'"') {
            quoted = !quoted;
        } else if (!quoted && c == u'}') {
            return i;
        }
    }
    return -1;
}

bool startsLikeMatcher(const QString &line)
{
    static const QRegularExpression pattern(QStringLiteral("\\A\\s*[A-Za-z_][A-Za-z0-9_]*\\s*(=~|!~|!=|=)"));
    return pattern.match(line).hasMatch();
}

QStringList wordsOf(const QString &text)
{
    return text.toLower().split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
}

} // namespace

AlertFilterProxy::AlertFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    // No recursive filtering: a group row is accepted from the count of its alerts that pass
    // (m_shownInGroup), which a pool thread computes for a large inbox. Recursive filtering
    // would look at the alerts of every hidden group again, on the GUI thread. The model tells
    // a group's header whenever its alerts change, which re-filters the group row.
    setSortRole(AlertInboxModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

AlertFilterProxy::~AlertFilterProxy()
{
    if (m_cancel)
        m_cancel->store(true);
}

const AlertInboxModel *AlertFilterProxy::inbox() const
{
    return qobject_cast<const AlertInboxModel *>(sourceModel());
}

void AlertFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    if (model == sourceModel())
        return;
    if (sourceModel())
        sourceModel()->disconnect(this);
    m_searchText.clear();
    m_shownInGroup.clear();
    ++m_generation; // an evaluation of the old model's alerts must not apply
    if (std::exchange(m_pending, false)) {
        m_cancel->store(true);
        m_applied = m_wanted;
    }
    // Connected before the base class, so the texts and counts are fresh when it re-filters.
    if (model) {
        connect(model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &parent, int first, int last) {
                rememberSearchText(parent, first, last);
                if (parent.isValid()) {
                    forgetGroup(parent);
                    return;
                }
                for (int row = first; row <= last; ++row) // new groups: any count kept is of another
                    forgetGroup(sourceModel()->index(row, 0));
            });
        connect(model, &QAbstractItemModel::rowsRemoved, this, [this](const QModelIndex &parent) {
            if (parent.isValid())
                forgetGroup(parent);
        });
        connect(model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                // A changed group row (its count) changes none of its alerts: only alert rows count.
                const AlertInboxModel *source = inbox();
                if (!source || !topLeft.parent().isValid())
                    return;
                forgetGroup(topLeft.parent());
                for (int row = topLeft.row(); row <= bottomRight.row(); ++row)
                    if (const InboxAlert *alert = source->alertAt(source->index(row, 0, topLeft.parent())))
                        m_searchText.insert(alert->key(), InboxAlertText::searchText(*alert));
            });
        connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this, &AlertFilterProxy::forgetSearchText);
        // A reset is a regroup: the same alerts in other groups, so the texts (by alert key)
        // stay valid. Rebuilding 20,000 of them cost a quarter of a second of the GUI thread.
        // Texts of alerts that left are dropped; new ones are built when first searched.
        connect(model, &QAbstractItemModel::modelReset, this, [this] {
            m_shownInGroup.clear(); // other groups now
            m_resetSinceSnapshot = true;
            const AlertInboxModel *source = inbox();
            // A large regroup empties the tree and refills it from a pool thread's sort: the
            // texts are kept for the alerts coming back (rebuilding or even freeing 100,000
            // of them is a tenth of a second); those that left go at the next small reset.
            if (source && source->pendingCount() > 0)
                return;
            if (!source || source->alertCount() == 0) {
                m_searchText.clear();
                return;
            }
            if (m_searchText.size() > source->alertCount())
                m_searchText.removeIf(
                    [source](const auto &it) { return !source->indexOf(it.key()).isValid(); });
        });
        connect(model, &QAbstractItemModel::layoutChanged, this, [this] { m_shownInGroup.clear(); });
    }
    QSortFilterProxyModel::setSourceModel(model);
    if (model)
        rememberSearchText({}, 0, model->rowCount() - 1);
}

const QString &AlertFilterProxy::searchText(const InboxAlert &alert) const
{
    auto it = m_searchText.find(alert.key());
    if (it == m_searchText.end())
        it = m_searchText.insert(alert.key(), InboxAlertText::searchText(alert));
    return *it;
}

void AlertFilterProxy::rememberSearchText(const QModelIndex &parent, int first, int last)
{
    // Built when alerts arrive or change (a poll touches few), so that a keystroke only
    // compares strings: free text over 10,000 alerts must not rebuild 10,000 texts.
    visitAlerts(parent, first, last, [this](const InboxAlert &alert) {
        m_searchText.insert(alert.key(), InboxAlertText::searchText(alert));
    });
}

void AlertFilterProxy::forgetSearchText(const QModelIndex &parent, int first, int last)
{
    visitAlerts(parent, first, last, [this](const InboxAlert &alert) { m_searchText.remove(alert.key()); });
}

void AlertFilterProxy::visitAlerts(const QModelIndex &parent, int first, int last,
    const std::function<void(const InboxAlert &)> &visit) const
{
    const AlertInboxModel *source = inbox();
    if (!source)
        return;
    for (int row = first; row <= last; ++row) {
        const QModelIndex index = source->index(row, 0, parent);
        if (const InboxAlert *alert = source->alertAt(index))
            visit(*alert);
        else // a group: its alerts
            visitAlerts(index, 0, source->rowCount(index) - 1, visit);
    }
}

void AlertFilterProxy::forgetGroup(const QModelIndex &sourceGroup)
{
    const QString key = sourceGroup.data(AlertInboxModel::GroupKeyRole).toString();
    m_shownInGroup.remove(key);
    if (m_pending)
        m_changedSinceSnapshot.insert(key);
}

bool AlertFilterProxy::setFilterLine(const QString &line)
{
    const qsizetype start = line.indexOf(QRegularExpression(QStringLiteral("\\S")));
    if (start >= 0 && line.at(start) == u'{') {
        const qsizetype close = closingBrace(line, start);
        const QString matcherText = close < 0 ? line : line.left(close + 1);
        int offset = -1;
        auto parsed = parseMatchers(matcherText, &offset);
        if (!parsed) {
            setError(parsed.error().message, offset);
            return false;
        }
        setError({}, -1);
        return apply(parsed.value(), wordsOf(line.mid(close + 1)), true);
    }
    if (startsLikeMatcher(line)) {
        int offset = -1;
        auto parsed = parseMatchers(line, &offset);
        if (!parsed) {
            setError(parsed.error().message, offset);
            return false;
        }
        setError({}, -1);
        return apply(parsed.value(), {}, true);
    }
    setError({}, -1);
    return apply({}, wordsOf(line), true);
}

bool AlertFilterProxy::setMatcherText(const QString &text)
{
    int offset = -1;
    auto parsed = parseMatchers(text, &offset);
    if (!parsed) {
        setError(parsed.error().message, offset);
        return false;
    }
    setError({}, -1);
    return apply(parsed.value(), m_wanted.words, false);
}

void AlertFilterProxy::setFreeText(const QString &text)
{
    apply(m_wanted.matchers.matchers(), wordsOf(text), true);
}

bool AlertFilterProxy::apply(const QList<Matcher> &matchers, const QStringList &words, bool wordsGiven)
{
    if (matchers != m_wanted.matchers.matchers() || (wordsGiven && words != m_wanted.words)) {
        m_wanted.matchers = CompiledMatchers(matchers);
        if (wordsGiven)
            m_wanted.words = words;
        requestFilter();
    }
    return true;
}

void AlertFilterProxy::requestFilter()
{
    // Whatever is in flight is for an older filter: it stops and its result is dropped.
    ++m_generation;
    if (std::exchange(m_pending, false))
        m_cancel->store(true);
    const quint64 generation = m_generation;
    const AlertInboxModel *source = inbox();
    if (m_wanted.sameAs(m_applied)) { // typed back to what the rows show
        emit filterApplied();
        return;
    }
    if (!source || source->alertCount() < m_filterOnPoolFrom) {
        applyFilter(m_wanted, {}, false);
        return;
    }
    // At 100,000 alerts the counts take a tenth of a second and more: on a pool thread, over
    // the groups as they are now. Groups that change meanwhile are counted again when asked.
    m_pending = true;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_changedSinceSnapshot.clear();
    m_resetSinceSnapshot = false;
    const InboxFilter filter = m_wanted;
    auto *watcher = new QFutureWatcher<QHash<QString, int>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, filter] {
        watcher->deleteLater();
        if (generation != m_generation || !m_pending)
            return; // a newer filter was asked for: this one is no longer what the user typed
        m_pending = false;
        QHash<QString, int> counts = watcher->result();
        if (m_resetSinceSnapshot)
            counts.clear();
        for (const QString &key : std::as_const(m_changedSinceSnapshot))
            counts.remove(key);
        m_changedSinceSnapshot.clear();
        applyFilter(filter, std::move(counts), true);
    });
    // The texts are shared with the pool thread, not copied (a poll landing meanwhile detaches
    // them once).
    watcher->setFuture(QtConcurrent::run(
        [groups = source->groupsSnapshot(), texts = m_searchText, filter, cancel = m_cancel] {
            return countShownByGroup(groups, texts, filter, *cancel);
        }));
}

void AlertFilterProxy::applyFilter(const InboxFilter &filter, QHash<QString, int> shownInGroups, bool large)
{
    m_applied = filter;
    m_shownInGroup = std::move(shownInGroups);
    // invalidateFilter() filters again the rows of every group the proxy has mapped, and over
    // polls it maps most groups shown (rows inserted or changed in one map it): at 100,000
    // alerts, 0.1 s. A large inbox drops the mappings instead (one layout change); the groups
    // are filtered from their counts and only those a view opens are mapped again.
    if (large)
        invalidate();
    else
        invalidateFilter();
    emit filterApplied();
}

void AlertFilterProxy::setError(const QString &message, int offset)
{
    m_error = message;
    m_errorOffset = offset;
    emit filterErrorChanged(message, offset);
}

void AlertFilterProxy::setShowSilenced(bool show)
{
    if (show == m_wanted.showSilenced)
        return;
    m_wanted.showSilenced = show;
    requestFilter();
}

void AlertFilterProxy::setShowInhibited(bool show)
{
    if (show == m_wanted.showInhibited)
        return;
    m_wanted.showInhibited = show;
    requestFilter();
}

void AlertFilterProxy::setShowAcknowledged(bool show)
{
    if (show == m_wanted.showAcknowledged)
        return;
    m_wanted.showAcknowledged = show;
    requestFilter();
}

bool AlertFilterProxy::acceptsAlert(const InboxAlert &alert) const
{
    static const QString none;
    return m_applied.accepts(alert, m_applied.words.isEmpty() ? none : searchText(alert));
}

int AlertFilterProxy::shownInGroup(const QModelIndex &sourceGroup) const
{
    const AlertInboxModel *source = inbox();
    if (!source)
        return 0;
    const QString key = sourceGroup.data(AlertInboxModel::GroupKeyRole).toString();
    const auto cached = m_shownInGroup.constFind(key);
    if (cached != m_shownInGroup.cend())
        return *cached;
    int count = 0;
    const int rows = source->rowCount(sourceGroup);
    for (int row = 0; row < rows; ++row) {
        if (const InboxAlert *alert = source->alertAt(source->index(row, 0, sourceGroup)))
            count += acceptsAlert(*alert) ? 1 : 0;
    }
    m_shownInGroup.insert(key, count);
    return count;
}

int AlertFilterProxy::shownAlertCount() const
{
    int shown = 0;
    for (int row = 0; row < rowCount(); ++row)
        shown += shownInGroup(mapToSource(index(row, 0)));
    return shown;
}

bool AlertFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const AlertInboxModel *source = inbox();
    if (!source)
        return true;
    const QModelIndex index = source->index(sourceRow, 0, sourceParent);
    if (const InboxAlert *alert = source->alertAt(index))
        return acceptsAlert(*alert);
    // A group row while one of its alerts passes, so no empty group is left standing.
    return shownInGroup(index) > 0;
}

bool AlertFilterProxy::hasChildren(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() == 0 && !parent.parent().isValid())
        return true; // a group is shown only while some of its alerts are
    return QSortFilterProxyModel::hasChildren(parent);
}

QVariant AlertFilterProxy::data(const QModelIndex &index, int role) const
{
    if (role == Qt::DisplayRole && index.column() == 0 && index.data(AlertInboxModel::IsGroupRole).toBool()) {
        const QString key = index.data(AlertInboxModel::GroupKeyRole).toString();
        // The count of the group's alerts the filter lets through, without mapping the group's
        // rows (rowCount() would, for every collapsed group painted).
        return AlertInboxModel::tr("%1 (%2)")
            .arg(key.isEmpty() ? AlertInboxModel::tr("(none)") : InboxAlertText::visible(key))
            .arg(shownInGroup(mapToSource(index)));
    }
    return QSortFilterProxyModel::data(index, role);
}

} // namespace pivori
