// SPDX-License-Identifier: GPL-3.0-or-later
#include "silencetablemodel.h"

#include "acknowledgement.h"
#include "ageformat.h"
#include "inboxalerttext.h"

#include <QHash>
#include <QSet>

namespace pivori {

namespace {

QString matcherText(const QList<Matcher> &matchers)
{
    QStringList parts;
    parts.reserve(matchers.size());
    for (const Matcher &matcher : matchers)
        parts.append(matcher.toString());
    return parts.join(QStringLiteral(", "));
}

// Active first: those are the ones an operator acts on.
int stateRank(Silence::State state)
{
    switch (state) {
    case Silence::State::Active:
        return 0;
    case Silence::State::Pending:
        return 1;
    case Silence::State::Expired:
        return 2;
    }
    return 3;
}

} // namespace

SilenceTableModel::SilenceTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void SilenceTableModel::setSilences(const QString &cluster, const QList<Silence> &silences)
{
    QHash<QString, const Silence *> incoming;
    incoming.reserve(silences.size());
    for (const Silence &silence : silences)
        incoming.insert(silence.id, &silence);

    // Backwards, so the rows still to visit keep their numbers.
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (m_rows[row].cluster == cluster && !incoming.contains(m_rows[row].silence.id))
            removeRowAt(row);
    }

    QSet<QString> present;
    for (int row = 0; row < m_rows.size(); ++row) {
        Row &existing = m_rows[row];
        if (existing.cluster != cluster)
            continue;
        const Silence *fresh = incoming.value(existing.silence.id);
        present.insert(existing.silence.id);
        if (fresh && !(*fresh == existing.silence)) {
            existing.silence = *fresh;
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }

    QList<Row> added;
    QSet<QString> addedIds; // a duplicate id in one answer is one row
    for (const Silence &silence : silences) {
        if (!present.contains(silence.id) && !addedIds.contains(silence.id)) {
            addedIds.insert(silence.id);
            added.append({ cluster, silence });
        }
    }
    if (added.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(added.size()) - 1);
    m_rows.append(added);
    endInsertRows();
}

void SilenceTableModel::retainClusters(const QStringList &clusters)
{
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (!clusters.contains(m_rows[row].cluster))
            removeRowAt(row);
    }
}

void SilenceTableModel::removeRowAt(int row)
{
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

void SilenceTableModel::setEndingSoonWindowMs(qint64 ms)
{
    if (ms == m_endingSoonMs || ms < 0)
        return;
    m_endingSoonMs = ms;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, EndsColumn), index(int(m_rows.size()) - 1, EndsColumn));
}

bool SilenceTableModel::endsSoon(int row, const QDateTime &now) const
{
    const Silence *silence = silenceAt(row);
    if (!silence || silence->state != Silence::State::Active || !silence->endsAt.isValid())
        return false;
    const qint64 left = now.msecsTo(silence->endsAt);
    return left >= 0 && left <= m_endingSoonMs;
}

int SilenceTableModel::endingSoonCount(const QDateTime &now) const
{
    int count = 0;
    for (int row = 0; row < m_rows.size(); ++row)
        count += endsSoon(row, now) ? 1 : 0;
    return count;
}

const Silence *SilenceTableModel::silenceAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row].silence : nullptr;
}

QString SilenceTableModel::clusterAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].cluster : QString();
}

int SilenceTableModel::rowOf(const QString &cluster, const QString &id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].cluster == cluster && m_rows[row].silence.id == id)
            return row;
    }
    return -1;
}

int SilenceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SilenceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SilenceTableModel::stateText(Silence::State state)
{
    switch (state) {
    case Silence::State::Active:
        return tr("active");
    case Silence::State::Pending:
        return tr("pending");
    case Silence::State::Expired:
        return tr("expired");
    }
    return {};
}

QVariant SilenceTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[index.row()];
    const Silence &silence = row.silence;
    const bool ack = Acknowledgement::isAck(silence);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case StateColumn:
            return stateText(silence.state);
        case KindColumn:
            return ack ? tr("acknowledgement") : tr("silence");
        case ClusterColumn:
            return row.cluster;
        case MatchersColumn:
            return InboxAlertText::visible(matcherText(silence.matchers));
        case CreatedByColumn:
            return InboxAlertText::visible(silence.createdBy);
        case CommentColumn:
            return InboxAlertText::visible(ack ? Acknowledgement::textOf(silence.comment) : silence.comment);
        case StartsColumn:
            return InboxAlertText::timeWithZone(silence.startsAt);
        case EndsColumn: {
            const QString end = InboxAlertText::timeWithZone(silence.endsAt);
            const QDateTime now = QDateTime::currentDateTimeUtc();
            if (!endsSoon(index.row(), now))
                return end;
            return tr("%1 · ends in %2").arg(end, AgeFormat::compact(now.msecsTo(silence.endsAt)));
        }
        case IdColumn:
            return silence.id;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == CommentColumn)
            return InboxAlertText::visibleLines(
                ack ? Acknowledgement::textOf(silence.comment) : silence.comment);
        if (index.column() == MatchersColumn)
            return data(index, Qt::DisplayRole);
        if (index.column() == EndsColumn && endsSoon(index.row(), QDateTime::currentDateTimeUtc())) {
            return tr("Ends soon: its alerts notify again then, unless it is extended.");
        }
        return {};
    case SortRole:
        switch (index.column()) {
        case StateColumn:
            return stateRank(silence.state);
        case StartsColumn:
            return silence.startsAt;
        case EndsColumn:
            return silence.endsAt;
        default:
            return data(index, Qt::DisplayRole);
        }
    case ClusterRole:
        return row.cluster;
    case IdRole:
        return silence.id;
    case StateRole:
        return int(silence.state);
    case IsAckRole:
        return ack;
    case KeyRole:
        return QString(row.cluster + u'/' + silence.id);
    case EndingSoonRole:
        return endsSoon(index.row(), QDateTime::currentDateTimeUtc());
    default:
        return {};
    }
}

QVariant SilenceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StateColumn:
        return tr("State");
    case KindColumn:
        return tr("Kind");
    case ClusterColumn:
        return tr("Cluster");
    case MatchersColumn:
        return tr("Matchers");
    case CreatedByColumn:
        return tr("Created by");
    case CommentColumn:
        return tr("Comment");
    case StartsColumn:
        return tr("Starts");
    case EndsColumn:
        return tr("Ends");
    case IdColumn:
        return tr("ID");
    default:
        return {};
    }
}

} // namespace pivori
