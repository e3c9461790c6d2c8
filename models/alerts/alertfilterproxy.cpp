// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertfilterproxy.h"

#include <functional>

#include "alertinboxmodel.h"
#include "inboxalerttext.h"

#include <QRegularExpression>

#include <algorithm>

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
    setRecursiveFilteringEnabled(true);
    setSortRole(AlertInboxModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void AlertFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    if (model == sourceModel())
        return;
    if (sourceModel())
        sourceModel()->disconnect(this);
    m_searchText.clear();
    // Connected before the base class, so the texts are fresh when it re-filters new rows.
    if (model) {
        connect(model, &QAbstractItemModel::rowsInserted, this, &AlertFilterProxy::rememberSearchText);
        connect(model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                // A changed group row (its count) changes none of its alerts: only alert rows count.
                const auto *inbox = qobject_cast<const AlertInboxModel *>(sourceModel());
                for (int row = topLeft.row(); inbox && row <= bottomRight.row(); ++row)
                    if (const InboxAlert *alert = inbox->alertAt(inbox->index(row, 0, topLeft.parent())))
                        m_searchText.insert(alert->key(), InboxAlertText::searchText(*alert));
            });
        connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this, &AlertFilterProxy::forgetSearchText);
        // A reset is a regroup: the same alerts in other groups, so the texts (by alert key)
        // stay valid. Rebuilding 20,000 of them cost a quarter of a second of the GUI thread.
        // Texts of alerts that left are dropped; new ones are built when first searched.
        connect(model, &QAbstractItemModel::modelReset, this, [this] {
            const auto *inbox = qobject_cast<const AlertInboxModel *>(sourceModel());
            // A large regroup empties the tree and refills it from a pool thread's sort: the
            // texts are kept for the alerts coming back (rebuilding or even freeing 100,000
            // of them is a tenth of a second); those that left go at the next small reset.
            if (inbox && inbox->pendingCount() > 0)
                return;
            if (!inbox || inbox->alertCount() == 0) {
                m_searchText.clear();
                return;
            }
            if (m_searchText.size() > inbox->alertCount())
                m_searchText.removeIf(
                    [inbox](const auto &it) { return !inbox->indexOf(it.key()).isValid(); });
        });
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
    const auto *inbox = qobject_cast<const AlertInboxModel *>(sourceModel());
    if (!inbox)
        return;
    for (int row = first; row <= last; ++row) {
        const QModelIndex index = inbox->index(row, 0, parent);
        if (const InboxAlert *alert = inbox->alertAt(index))
            visit(*alert);
        else // a group: its alerts
            visitAlerts(index, 0, inbox->rowCount(index) - 1, visit);
    }
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
    return apply(parsed.value(), m_words, false);
}

void AlertFilterProxy::setFreeText(const QString &text)
{
    apply(m_matchers.matchers(), wordsOf(text), true);
}

bool AlertFilterProxy::apply(const QList<Matcher> &matchers, const QStringList &words, bool wordsGiven)
{
    if (matchers != m_matchers.matchers() || (wordsGiven && words != m_words)) {
        m_matchers = CompiledMatchers(matchers);
        if (wordsGiven)
            m_words = words;
        invalidateFilter();
    }
    return true;
}

void AlertFilterProxy::setError(const QString &message, int offset)
{
    m_error = message;
    m_errorOffset = offset;
    emit filterErrorChanged(message, offset);
}

void AlertFilterProxy::setShowSilenced(bool show)
{
    if (show == m_showSilenced)
        return;
    m_showSilenced = show;
    invalidateFilter();
}

void AlertFilterProxy::setShowInhibited(bool show)
{
    if (show == m_showInhibited)
        return;
    m_showInhibited = show;
    invalidateFilter();
}

void AlertFilterProxy::setShowAcknowledged(bool show)
{
    if (show == m_showAcknowledged)
        return;
    m_showAcknowledged = show;
    invalidateFilter();
}

bool AlertFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const auto *inbox = qobject_cast<const AlertInboxModel *>(sourceModel());
    if (!inbox)
        return true;
    // Group rows are never accepted for themselves: recursive filtering shows them while one
    // of their alerts passes, so no empty group is left standing.
    const InboxAlert *alert = inbox->alertAt(inbox->index(sourceRow, 0, sourceParent));
    if (!alert)
        return false;
    switch (alert->state()) {
    case InboxAlert::State::Silenced:
        if (!m_showSilenced)
            return false;
        break;
    case InboxAlert::State::Inhibited:
        if (!m_showInhibited)
            return false;
        break;
    case InboxAlert::State::Acknowledged:
        if (!m_showAcknowledged)
            return false;
        break;
    case InboxAlert::State::Firing:
        break;
    }
    if (!m_matchers.isEmpty() && !m_matchers.matches(alert->alert.labels))
        return false;
    if (m_words.isEmpty())
        return true;
    const QString &text = searchText(*alert);
    return std::all_of(
        m_words.cbegin(), m_words.cend(), [&](const QString &word) { return text.contains(word); });
}

QVariant AlertFilterProxy::data(const QModelIndex &index, int role) const
{
    if (role == Qt::DisplayRole && index.column() == 0 && index.data(AlertInboxModel::IsGroupRole).toBool()) {
        const QString key = index.data(AlertInboxModel::GroupKeyRole).toString();
        return AlertInboxModel::tr("%1 (%2)")
            .arg(key.isEmpty() ? AlertInboxModel::tr("(none)") : InboxAlertText::visible(key))
            .arg(rowCount(index));
    }
    return QSortFilterProxyModel::data(index, role);
}

} // namespace pivori
