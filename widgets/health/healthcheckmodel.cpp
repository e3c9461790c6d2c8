// SPDX-License-Identifier: GPL-3.0-or-later
#include "healthcheckmodel.h"

#include "healthlink.h"
#include "healthstatusstyle.h"
#include "severitystyle.h"
#include "thresholdcolors.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>
#include <QTextDocument>

namespace pivori {

namespace {

// Category rows have internal id 0; a check row the number of its category plus one.
constexpr quintptr kCategoryRow = 0;

QString escapedToolTip(const QString &text)
{
    // Tool tips guess rich text from the content: a server's "<b>" must stay two characters.
    return text.isEmpty() ? QString() : Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal);
}

QColor readable(const QColor &color)
{
    return ThresholdColors::readableOn(color, QGuiApplication::palette().color(QPalette::Base), 4.5);
}

} // namespace

HealthCheckModel::HealthCheckModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void HealthCheckModel::setRun(const CheckRun &run)
{
    beginResetModel();
    m_run = run;
    rebuild();
    endResetModel();
}

void HealthCheckModel::setOnlyProblems(bool only)
{
    if (only == m_onlyProblems)
        return;
    beginResetModel();
    m_onlyProblems = only;
    rebuild();
    endResetModel();
}

void HealthCheckModel::rebuild()
{
    m_categories.clear();
    for (int i = 0; i < m_run.results.size(); ++i) {
        const CheckResult &result = m_run.results[i];
        auto it = std::find_if(m_categories.begin(), m_categories.end(),
            [&result](const Category &c) { return c.name == result.category; });
        if (it == m_categories.end()) {
            m_categories.append(Category { result.category, CheckStatus::Pass, 0, 0, {} });
            it = m_categories.end() - 1;
        }
        ++it->total;
        if (HealthStatusStyle::urgency(result.status) < HealthStatusStyle::urgency(it->worst))
            it->worst = result.status;
        if (result.status != CheckStatus::Pass)
            ++it->problems;
        if (!m_onlyProblems || result.status != CheckStatus::Pass)
            it->checks.append(i);
    }
    if (m_onlyProblems)
        m_categories.removeIf([](const Category &c) { return c.checks.isEmpty(); });
}

const CheckResult *HealthCheckModel::check(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == kCategoryRow)
        return nullptr;
    const Category &category = m_categories.at(qsizetype(index.internalId() - 1));
    return &m_run.results.at(category.checks.at(index.row()));
}

QModelIndex HealthCheckModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kCategoryRow);
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex HealthCheckModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kCategoryRow)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kCategoryRow);
}

int HealthCheckModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_categories.size());
    if (parent.internalId() != kCategoryRow || parent.column() != 0)
        return 0;
    return int(m_categories.at(parent.row()).checks.size());
}

int HealthCheckModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant HealthCheckModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Check");
    case StatusColumn:
        return tr("Status");
    case ValueColumn:
        return tr("Value");
    case ThresholdColumn:
        return tr("Threshold");
    case MessageColumn:
        return tr("Message");
    case LinkColumn:
        return tr("Where to look");
    default:
        return {};
    }
}

QVariant HealthCheckModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == kCategoryRow)
        return categoryData(m_categories.at(index.row()), index.column(), role);
    if (const CheckResult *result = check(index))
        return checkData(*result, index.column(), role);
    return {};
}

QVariant HealthCheckModel::categoryData(const Category &category, int column, int role) const
{
    switch (role) {
    case StatusRole:
        return int(category.worst);
    case UrgencyRole:
        return HealthStatusStyle::urgency(category.worst);
    case IsCategoryRole:
        return true;
    case TimedOutRole:
        return false;
    case Qt::FontRole: {
        QFont font;
        font.setBold(true);
        return font;
    }
    default:
        break;
    }
    if (column == NameColumn && role == Qt::DisplayRole)
        return category.name.isEmpty() ? tr("(no category)") : category.name;
    if (column == StatusColumn) {
        if (role == Qt::DisplayRole)
            return HealthStatusStyle::word(category.worst);
        if (role == Qt::ForegroundRole)
            return readable(HealthStatusStyle::color(category.worst));
        if (role == Qt::DecorationRole)
            return SeverityStyle::dotPixmap(
                HealthStatusStyle::color(category.worst), 10, qApp->devicePixelRatio());
    }
    if (column == MessageColumn && role == Qt::DisplayRole) {
        if (category.problems == 0)
            return tr("all %n passing", nullptr, category.total);
        return tr("%1 of %n checks with a problem", nullptr, category.total).arg(category.problems);
    }
    return {};
}

QVariant HealthCheckModel::checkData(const CheckResult &check, int column, int role) const
{
    switch (role) {
    case StatusRole:
        return int(check.status);
    case UrgencyRole:
        return HealthStatusStyle::urgency(check.status);
    case LinkRole:
        return check.link;
    case IsCategoryRole:
        return false;
    case TimedOutRole:
        return check.timedOut;
    default:
        break;
    }
    const HealthLink link = HealthLink::parse(check.link);
    switch (column) {
    case NameColumn:
        if (role == Qt::DisplayRole)
            return check.name;
        if (role == Qt::ToolTipRole)
            return escapedToolTip(check.name);
        break;
    case StatusColumn:
        if (role == Qt::DisplayRole)
            return check.timedOut ? tr("%1, timed out").arg(HealthStatusStyle::word(check.status))
                                  : HealthStatusStyle::word(check.status);
        if (role == Qt::ForegroundRole)
            return readable(HealthStatusStyle::color(check.status));
        if (role == Qt::DecorationRole)
            return SeverityStyle::dotPixmap(
                HealthStatusStyle::color(check.status), 10, qApp->devicePixelRatio());
        if (role == Qt::FontRole && check.status != CheckStatus::Pass) {
            QFont font;
            font.setBold(true);
            return font;
        }
        if (role == Qt::ToolTipRole && check.timedOut)
            return tr("The check did not finish within its timeout after %1 ms.").arg(check.elapsedMs);
        break;
    case ValueColumn:
        if (role == Qt::DisplayRole)
            return check.value;
        break;
    case ThresholdColumn:
        if (role == Qt::DisplayRole)
            return check.threshold;
        break;
    case MessageColumn:
        if (role == Qt::DisplayRole)
            return check.message;
        if (role == Qt::ToolTipRole)
            return escapedToolTip(check.message);
        break;
    case LinkColumn:
        if (!link.isValid())
            break;
        if (role == Qt::DisplayRole)
            return link.text();
        if (role == Qt::ToolTipRole)
            return escapedToolTip(tr("Open %1").arg(link.text()));
        if (role == Qt::ForegroundRole)
            return QGuiApplication::palette().color(QPalette::Link);
        if (role == Qt::FontRole) {
            QFont font;
            font.setUnderline(true);
            return font;
        }
        break;
    default:
        break;
    }
    return {};
}

} // namespace pivori
