// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inboxfilter.h"
#include "matcher.h"

#include <QHash>
#include <QSet>

#include <QSortFilterProxyModel>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

namespace pivori {

struct InboxAlert;
class AlertInboxModel;

/// Filters and sorts the alert inbox (an AlertInboxModel) without touching it.
///
/// Filters combine: Alertmanager matchers (several at once, all must hold), free text (every
/// word must occur in the alert's labels, annotations, cluster, state or ack), and toggles for
/// silenced, inhibited and acknowledged alerts. A group row is shown while any of its alerts
/// is. A filter that does not parse is refused: the last valid one stays in force and
/// filterError() says what is wrong and where, for an inline message under the filter field.
///
/// In a large inbox (filterOnPoolFrom() alerts or more) a new filter is evaluated on a pool
/// thread: the rows keep showing the filter in force until the result is in, a newer filter
/// cancels an older evaluation, and a result applies only if its filter is still the one asked
/// for. Smaller inboxes are filtered at once.
class AlertFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit AlertFilterProxy(QObject *parent = nullptr);
    ~AlertFilterProxy() override;
    void setSourceModel(QAbstractItemModel *model) override;

    /// One filter line: `{matchers} free text`, or matchers alone when the line starts with
    /// `name=`, `name!=`, `name=~` or `name!~`, or else free text alone.
    /// Returns false (and keeps the previous filter) when the matchers do not parse.
    bool setFilterLine(const QString &line);
    /// Matchers only, in Alertmanager syntax (with or without braces); empty clears them.
    bool setMatcherText(const QString &text);
    void setFreeText(const QString &text);

    /// The filter asked for last (it may still be evaluated on a pool thread).
    QList<Matcher> matchers() const { return m_wanted.matchers.matchers(); }
    QString freeText() const { return m_wanted.words.join(u' '); }
    /// Empty when the last filter given was valid.
    QString filterError() const { return m_error; }
    /// Character offset of the problem in the text given, or -1.
    int filterErrorOffset() const { return m_errorOffset; }

    void setShowSilenced(bool show);
    void setShowInhibited(bool show);
    void setShowAcknowledged(bool show);
    bool showSilenced() const { return m_wanted.showSilenced; }
    bool showInhibited() const { return m_wanted.showInhibited; }
    bool showAcknowledged() const { return m_wanted.showAcknowledged; }

    /// True while a filter asked for is evaluated on a pool thread (the rows show the previous one).
    bool isFilterPending() const { return m_pending; }
    /// From how many alerts in the source a new filter is evaluated on a pool thread.
    void setFilterOnPoolFrom(int alerts) { m_filterOnPoolFrom = alerts; }
    int filterOnPoolFrom() const { return m_filterOnPoolFrom; }
    /// Alerts the rows show, counted per group without mapping the groups' rows.
    int shownAlertCount() const;

    /// Group rows show the number of their alerts that pass the filter.
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    /// A group row shown has alerts shown: answered without mapping its rows, which a view
    /// asks of every collapsed group it lays out.
    bool hasChildren(const QModelIndex &parent = {}) const override;

signals:
    /// After every filter change: an empty message means the filter was accepted.
    void filterErrorChanged(const QString &message, int offset);
    /// The rows now show the filter asked for last (at once, or when a pool evaluation ends).
    void filterApplied();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    const AlertInboxModel *inbox() const;
    bool apply(const QList<Matcher> &matchers, const QStringList &words, bool wordsGiven);
    /// Brings the rows to m_wanted: at once, or through a pool evaluation.
    void requestFilter();
    void applyFilter(const InboxFilter &filter, QHash<QString, int> shownInGroups, bool large);
    void setError(const QString &message, int offset);
    bool acceptsAlert(const InboxAlert &alert) const;
    /// Alerts of the source group at @p sourceGroup that m_applied lets through (cached by key).
    int shownInGroup(const QModelIndex &sourceGroup) const;
    /// A group's alerts changed: its count is computed again when next asked.
    void forgetGroup(const QModelIndex &sourceGroup);
    const QString &searchText(const InboxAlert &alert) const;
    void rememberSearchText(const QModelIndex &parent, int first, int last);
    void forgetSearchText(const QModelIndex &parent, int first, int last);
    void visitAlerts(const QModelIndex &parent, int first, int last,
        const std::function<void(const InboxAlert &)> &visit) const;

    InboxFilter m_wanted; ///< asked for last
    InboxFilter m_applied; ///< what the rows show
    /// Each alert's lower-case search text by alert key, kept up to date as alerts come,
    /// change and go, so that a keystroke does not rebuild them.
    mutable QHash<QString, QString> m_searchText;
    /// Group key -> how many of its alerts m_applied lets through. A group row is accepted
    /// from it alone: a keystroke at 100,000 alerts looks at the groups, not at every alert.
    mutable QHash<QString, int> m_shownInGroup;
    QString m_error;
    int m_errorOffset = -1;
    int m_filterOnPoolFrom = 5000;
    bool m_pending = false;
    quint64 m_generation = 0; ///< of the evaluation in flight; a newer request bumps it
    std::shared_ptr<std::atomic<bool>> m_cancel; ///< tells the evaluation in flight to give up
    QSet<QString> m_changedSinceSnapshot; ///< groups changed while an evaluation runs
    bool m_resetSinceSnapshot = false;
};

} // namespace pivori
