// SPDX-License-Identifier: GPL-3.0-or-later
#include "legendtablemodel.h"

#include "unitformat.h"

#include <cmath>
#include <limits>

namespace pivori {

void LegendTableModel::setUnit(PanelUnit unit)
{
    if (m_unit == unit)
        return;
    m_unit = unit;
    if (!m_entries.isEmpty())
        emit dataChanged(index(0, Last), index(rowCount() - 1, Mean));
}

void LegendTableModel::setDevicePixelRatio(qreal ratio)
{
    if (qFuzzyCompare(m_dpr, ratio))
        return;
    m_dpr = ratio;
    m_swatches.clear();
    if (!m_entries.isEmpty())
        emit dataChanged(index(0, Name), index(rowCount() - 1, Name), { Qt::DecorationRole });
}

void LegendTableModel::setPalette(const QPalette &palette)
{
    m_fadedText = palette.color(QPalette::Text);
    m_fadedText.setAlphaF(0.4);
    m_highlight = palette.color(QPalette::Highlight);
    m_highlight.setAlphaF(0.22);
    if (!m_entries.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void LegendTableModel::setEntries(const QList<LegendEntry> &entries)
{
    bool sameNames = entries.size() == m_entries.size();
    for (qsizetype i = 0; sameNames && i < entries.size(); ++i)
        sameNames = entries[i].name == m_entries[i].name && entries[i].rightAxis == m_entries[i].rightAxis;
    if (!sameNames) {
        beginResetModel();
        m_entries = entries;
        m_highlighted = -1;
        endResetModel();
        return;
    }
    m_entries = entries;
    if (!m_entries.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void LegendTableModel::setEntryVisible(int row, bool visible)
{
    if (row < 0 || row >= m_entries.size() || m_entries[row].visible == visible)
        return;
    m_entries[row].visible = visible;
    restyle(row);
}

QIcon LegendTableModel::swatch(const LegendEntry &entry) const
{
    const quint64 key
        = (quint64(entry.color.rgba()) << 8) | (quint64(entry.pen.style()) << 1) | quint64(entry.visible);
    const auto it = m_swatches.constFind(key);
    if (it != m_swatches.constEnd())
        return *it;
    return *m_swatches.insert(key, legendSwatch(entry.color, entry.pen.style(), entry.visible, m_dpr));
}

void LegendTableModel::restyle(int row)
{
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void LegendTableModel::setHighlightedRow(int row)
{
    if (row >= m_entries.size())
        row = -1;
    const int previous = std::exchange(m_highlighted, row);
    if (previous == row)
        return;
    for (const int r : { previous, row }) {
        if (r >= 0)
            emit dataChanged(index(r, 0), index(r, ColumnCount - 1), { Qt::BackgroundRole });
    }
}

int LegendTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int LegendTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString LegendTableModel::displayName(const LegendEntry &entry)
{
    return entry.rightAxis ? tr("%1 (right axis)").arg(entry.name) : entry.name;
}

double LegendTableModel::figure(const LegendEntry &entry, int column) const
{
    switch (column) {
    case Last:
        return entry.stats.last;
    case Min:
        return entry.stats.min;
    case Max:
        return entry.stats.max;
    case Mean:
        return entry.stats.mean;
    default:
        return std::numeric_limits<double>::quiet_NaN();
    }
}

QVariant LegendTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const LegendEntry &e = m_entries.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        if (column == Name)
            return displayName(e);
        // A series with no finite point has no figures: a dash, not "nan".
        return std::isfinite(figure(e, column))
            ? formatValue(figure(e, column), e.unit.value_or(m_unit), e.decimals)
            : QStringLiteral("–");
    case SortRole:
        if (column == Name)
            return e.name.toCaseFolded();
        return std::isfinite(figure(e, column)) ? figure(e, column)
                                                : -std::numeric_limits<double>::infinity();
    case Qt::DecorationRole:
        return column == Name ? QVariant(swatch(e)) : QVariant();
    case Qt::TextAlignmentRole:
        return column == Name ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                              : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        return e.visible || !m_fadedText.isValid() ? QVariant() : QVariant(m_fadedText);
    case Qt::BackgroundRole:
        return index.row() == m_highlighted && m_highlight.isValid() ? QVariant(m_highlight) : QVariant();
    case Qt::ToolTipRole:
        return e.visible ? tr("%1 — click to hide").arg(displayName(e))
                         : tr("%1 — hidden, click to show").arg(displayName(e));
    default:
        return {};
    }
}

QVariant LegendTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return section == Name ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                               : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    // Figures sort largest first at the first click (the worst pod on top), names A to Z.
    if (role == Qt::InitialSortOrderRole)
        return section == Name ? Qt::AscendingOrder : Qt::DescendingOrder;
    if (role == Qt::ToolTipRole)
        return tr("Click to sort by this column; click again to reverse, a third time for the legend order");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Series");
    case Last:
        return tr("Last");
    case Min:
        return tr("Min");
    case Max:
        return tr("Max");
    case Mean:
        return tr("Mean");
    default:
        return {};
    }
}

} // namespace pivori
