// SPDX-License-Identifier: GPL-3.0-or-later
#include "queryconsolewidget.h"

#include "queryresultmodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace pivori {

QueryConsoleWidget::QueryConsoleWidget(QueryResultModel *model, QWidget *parent)
    : QWidget(parent)
    , m_expression(new QLineEdit(this))
    , m_range(new QComboBox(this))
    , m_run(new QPushButton(tr("&Run"), this))
    , m_status(new QLabel(this))
    , m_table(new QTableView(this))
{
    m_expression->setPlaceholderText(
        tr("PromQL expression, e.g. sum by (service) (rate(http_requests_total[5m]))"));
    m_expression->setClearButtonEnabled(true);
    m_range->addItem(tr("Instant"), qint64(0));
    m_range->addItem(tr("Last 5 minutes"), qint64(5 * 60'000));
    m_range->addItem(tr("Last hour"), qint64(3'600'000));
    m_range->addItem(tr("Last 24 hours"), qint64(24 * 3'600'000));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(model);
    proxy->setSortRole(QueryResultModel::SortRole);
    m_table->setModel(proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(QueryResultModel::SeriesColumn, Qt::AscendingOrder);
    m_table->horizontalHeader()->setSectionResizeMode(QueryResultModel::SeriesColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);

    auto *prompt = new QHBoxLayout;
    prompt->addWidget(m_expression, 1);
    prompt->addWidget(m_range);
    prompt->addWidget(m_run);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(prompt);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);

    connect(m_run, &QPushButton::clicked, this, &QueryConsoleWidget::request);
    connect(m_expression, &QLineEdit::returnPressed, this, &QueryConsoleWidget::request);
    setFocusProxy(m_expression);
}

QString QueryConsoleWidget::expression() const
{
    return m_expression->text().trimmed();
}

qint64 QueryConsoleWidget::rangeMs() const
{
    return m_range->currentData().toLongLong();
}

void QueryConsoleWidget::request()
{
    if (expression().isEmpty()) {
        showError(tr("Type an expression first."));
        return;
    }
    emit queryRequested(expression(), rangeMs());
}

void QueryConsoleWidget::showBusy()
{
    m_status->setStyleSheet({});
    m_status->setText(tr("Querying…"));
}

void QueryConsoleWidget::showError(const QString &message)
{
    m_status->setStyleSheet(QStringLiteral("QLabel { color: #c0392b; }"));
    m_status->setText(message);
}

void QueryConsoleWidget::showDone(int seriesCount, qint64 elapsedMs, const QStringList &warnings)
{
    m_status->setStyleSheet({});
    QString text = tr("%n series in %1 ms", nullptr, seriesCount).arg(elapsedMs);
    if (!warnings.isEmpty())
        text += QLatin1Char('\n') + tr("Prometheus warns: %1").arg(warnings.join(QStringLiteral("; ")));
    m_status->setText(text);
}

} // namespace pivori
