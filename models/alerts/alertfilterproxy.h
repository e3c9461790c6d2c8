// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "matcher.h"

#include <QHash>

#include <QSortFilterProxyModel>
#include <QStringList>

#include <functional>

namespace pivori {

struct InboxAlert;

/// Filters and sorts the alert inbox (an AlertInboxModel) without touching it.
///
/// Filters combine: Alertmanager matchers (several at once, all must hold), free text (every
/// word must occur in the alert's labels, annotations, cluster, state or ack), and toggles for
/// silenced, inhibited and acknowledged alerts. A group row is shown while any of its alerts
/// is. A filter that does not parse is refused: the last valid one stays in force and
/// filterError() says what is wrong and where, for an inline message under the filter field.
class AlertFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit AlertFilterProxy(QObject *parent = nullptr);
    void setSourceModel(QAbstractItemModel *model) override;

    /// One filter line: `{matchers} free text`, or matchers alone when the line starts with
    /// `name=`, `name!=`, `name=~` or `name!~`, or else free text alone.
    /// Returns false (and keeps the previous filter) when the matchers do not parse.
    bool setFilterLine(const QString &line);
    /// Matchers only, in Alertmanager syntax (with or without braces); empty clears them.
    bool setMatcherText(const QString &text);
    void setFreeText(const QString &text);

    QList<Matcher> matchers() const { return m_matchers.matchers(); }
    QString freeText() const { return m_words.join(u' '); }
    /// Empty when the last filter given was valid.
    QString filterError() const { return m_error; }
    /// Character offset of the problem in the text given, or -1.
    int filterErrorOffset() const { return m_errorOffset; }

    void setShowSilenced(bool show);
    void setShowInhibited(bool show);
    void setShowAcknowledged(bool show);
    bool showSilenced() const { return m_showSilenced; }
    bool showInhibited() const { return m_showInhibited; }
    bool showAcknowledged() const { return m_showAcknowledged; }

    /// Group rows show the number of their alerts that pass the filter.
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

signals:
    /// After every filter change: an empty message means the filter was accepted.
    void filterErrorChanged(const QString &message, int offset);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool apply(const QList<Matcher> &matchers, const QStringList &words, bool wordsGiven);
    void setError(const QString &message, int offset);
    const QString &searchText(const InboxAlert &alert) const;
    void rememberSearchText(const QModelIndex &parent, int first, int last);
    void forgetSearchText(const QModelIndex &parent, int first, int last);
    void visitAlerts(const QModelIndex &parent, int first, int last,
        const std::function<void(const InboxAlert &)> &visit) const;

    CompiledMatchers m_matchers;
    QStringList m_words; ///< lower case
    /// Each alert's lower-case search text by alert key, kept up to date as alerts come,
    /// change and go, so that a keystroke does not rebuild them.
    mutable QHash<QString, QString> m_searchText;
    QString m_error;
    int m_errorOffset = -1;
    // Like Alertmanager's own UI: what needs no attention is hidden until asked for.
    bool m_showSilenced = false;
    bool m_showInhibited = false;
    bool m_showAcknowledged = true;
};

} // namespace pivori
