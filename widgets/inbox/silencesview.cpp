// SPDX-License-Identifier: GPL-3.0-or-later
#include "silencesview.h"

#include "extenddialog.h"
#include "settingskeys.h"
#include "silenceeditdialog.h"
#include "silencetablemodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace pivori {

SilencesView::SilencesView(SilenceTableModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    setObjectName(QStringLiteral("silencesView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);

    auto *bar = new QHBoxLayout;
    bar->setSpacing(4);
    auto button = [this](const QString &text, const QString &tip) {
        auto *b = new QToolButton(this);
        b->setText(text);
        b->setToolTip(tip);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        return b;
    };
    m_expire = button(tr("Expire"), tr("End the selected silence now"));
    m_extend = button(tr("Extend…"), tr("Add time to the selected silence"));
    m_edit = button(tr("Edit…"), tr("Change the comment or the end of the selected silence"));
    m_showExpired = button(tr("Show expired"), tr("Also list silences that have ended"));
    m_showExpired->setCheckable(true);
    bar->addWidget(m_expire);
    bar->addWidget(m_extend);
    bar->addWidget(m_edit);
    bar->addSpacing(12);
    bar->addWidget(m_showExpired);
    bar->addStretch(1);
    m_count = new QLabel(this);
    QPalette muted = m_count->palette();
    muted.setColor(QPalette::WindowText, palette().color(QPalette::PlaceholderText));
    m_count->setPalette(muted);
    bar->addWidget(m_count);
    layout->addLayout(bar);

    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(SilenceTableModel::SortRole);
    m_proxy->setFilterRole(SilenceTableModel::StateRole);
    m_proxy->setFilterKeyColumn(SilenceTableModel::StateColumn);
    m_proxy->setDynamicSortFilter(true);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("silencesTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(SilenceTableModel::StateColumn, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(
        SilenceTableModel::MatchersColumn, QHeaderView::Stretch);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    m_table->horizontalHeader()->resizeSection(SilenceTableModel::StateColumn, 6 * em);
    m_table->horizontalHeader()->resizeSection(SilenceTableModel::KindColumn, 11 * em);
    m_table->horizontalHeader()->resizeSection(SilenceTableModel::CommentColumn, 16 * em);
    m_table->horizontalHeader()->resizeSection(SilenceTableModel::StartsColumn, 12 * em);
    m_table->horizontalHeader()->resizeSection(SilenceTableModel::EndsColumn, 12 * em);
    layout->addWidget(m_table, 1);

    setShowExpired(QSettings().value(settingskeys::showExpiredSilences, false).toBool());
    connect(m_showExpired, &QToolButton::toggled, this, [this](bool on) {
        setShowExpired(on);
        QSettings().setValue(settingskeys::showExpiredSilences, on);
    });
    connect(m_expire, &QToolButton::clicked, this, &SilencesView::confirmExpire);
    connect(m_extend, &QToolButton::clicked, this, &SilencesView::askExtend);
    connect(m_edit, &QToolButton::clicked, this, &SilencesView::askEdit);
    connect(m_table, &QTableView::doubleClicked, this, &SilencesView::askEdit);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &SilencesView::updateActions);
    for (auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
        connect(m_proxy, signal, this, &SilencesView::updateActions);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &SilencesView::updateActions);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &SilencesView::updateActions);
    updateActions();
}

void SilencesView::setShowExpired(bool show)
{
    if (m_showExpired->isChecked() != show)
        m_showExpired->setChecked(show);
    // StateRole holds Silence::State as a number: 2 is Expired.
    m_proxy->setFilterRegularExpression(show
            ? QString()
            : QStringLiteral("^(%1|%2)$").arg(int(Silence::State::Active)).arg(int(Silence::State::Pending)));
    updateActions();
}

bool SilencesView::showExpired() const
{
    return m_showExpired->isChecked();
}

const Silence *SilencesView::selected(QString *cluster) const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    const int sourceRow = m_proxy->mapToSource(rows.first()).row();
    if (cluster)
        *cluster = m_model->clusterAt(sourceRow);
    return m_model->silenceAt(sourceRow);
}

std::pair<QString, QString> SilencesView::selectedSilence() const
{
    QString cluster;
    const Silence *silence = selected(&cluster);
    return silence ? std::pair { cluster, silence->id } : std::pair<QString, QString> {};
}

bool SilencesView::selectSilence(const QString &cluster, const QString &id)
{
    const int row = m_model->rowOf(cluster, id);
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row < 0 ? 0 : row, 0));
    if (row < 0 || !index.isValid())
        return false;
    m_table->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    return true;
}

void SilencesView::updateActions()
{
    int active = 0;
    int expired = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->silenceAt(row)->state == Silence::State::Expired)
            ++expired;
        else
            ++active;
    }
    m_count->setText(tr("%n active or pending", nullptr, active) + QStringLiteral(" · ")
        + tr("%n expired", nullptr, expired));
    const Silence *silence = selected(nullptr);
    const bool live = silence && silence->state != Silence::State::Expired;
    m_expire->setEnabled(live);
    m_extend->setEnabled(live);
    m_edit->setEnabled(live);
}

void SilencesView::confirmExpire()
{
    QString cluster;
    const Silence *silence = selected(&cluster);
    if (!silence)
        return;
    const QString id = silence->id;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Expire silence"),
        tr("Expire silence %1 in %2 now? The alerts it covers will notify again.").arg(id, cluster),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::accepted, this, [this, cluster, id] { emit expireRequested(cluster, id); });
    box->open();
}

void SilencesView::askExtend()
{
    QString cluster;
    const Silence *silence = selected(&cluster);
    if (!silence)
        return;
    const QString id = silence->id;
    auto *dialog = new ExtendDialog(tr("silence %1 in %2").arg(id, cluster), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
        [this, dialog, cluster, id] { emit extendRequested(cluster, id, dialog->extraMs()); });
    dialog->open();
}

void SilencesView::askEdit()
{
    QString cluster;
    const Silence *silence = selected(&cluster);
    if (!silence || silence->state == Silence::State::Expired)
        return;
    auto *dialog = new SilenceEditDialog(cluster, *silence, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
        [this, dialog] { emit editRequested(dialog->cluster(), dialog->result()); });
    dialog->open();
}

} // namespace pivori
