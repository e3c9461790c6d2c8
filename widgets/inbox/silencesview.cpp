// SPDX-License-Identifier: GPL-3.0-or-later
#include "silencesview.h"

#include "extenddialog.h"
#include "inboxalerttext.h"
#include "settingskeys.h"
#include "severitystyle.h"
#include "silenceeditdialog.h"
#include "silencetablemodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QSettings>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace pivori {

namespace {

// Marks the end of a silence about to run out: bold, in the warning colour, readable on the
// palette's base (darker on a light one, lighter on a dark one).
class EndingSoonDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.column() != SilenceTableModel::EndsColumn
            || !index.data(SilenceTableModel::EndingSoonRole).toBool())
            return;
        option->font.setBold(true);
        const QColor warning = SeverityStyle::color(QStringLiteral("warning"));
        const bool lightBase = option->palette.color(QPalette::Base).lightness() > 128;
        option->palette.setColor(QPalette::Text, lightBase ? warning.darker(170) : warning.lighter(120));
    }
};

// "15 min", "1 h", "1 day": a window, not an age, so whole units.
QString windowText(qint64 ms)
{
    constexpr qint64 minutesPerDay = qint64(24) * 60;
    const qint64 minutes = ms / 60'000;
    if (minutes % minutesPerDay == 0)
        return SilencesView::tr("%n day(s)", nullptr, int(minutes / minutesPerDay));
    if (minutes % 60 == 0)
        return SilencesView::tr("%n h", nullptr, int(minutes / 60));
    return SilencesView::tr("%n min", nullptr, int(minutes));
}

} // namespace

QList<qint64> SilencesView::endingSoonChoicesMs()
{
    constexpr qint64 minute = 60'000;
    constexpr qint64 hour = 60 * minute;
    return { 15 * minute, 30 * minute, hour, 2 * hour, 4 * hour, 12 * hour, 24 * hour };
}

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
    bar->addSpacing(12);
    auto *windowLabel = new QLabel(tr("Mark ending within"), this);
    bar->addWidget(windowLabel);
    m_endingSoon = new QComboBox(this);
    m_endingSoon->setObjectName(QStringLiteral("endingSoonWindow"));
    m_endingSoon->setToolTip(tr("Active silences and acknowledgements ending within this time are marked and "
                                "counted: their alerts notify again then."));
    for (const qint64 ms : endingSoonChoicesMs())
        m_endingSoon->addItem(windowText(ms), ms);
    windowLabel->setBuddy(m_endingSoon);
    bar->addWidget(m_endingSoon);
    bar->addStretch(1);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("silenceCount"));
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
    m_table->setItemDelegate(new EndingSoonDelegate(m_table));
    sizeColumns();
    layout->addWidget(m_table, 1);

    setShowExpired(QSettings().value(settingskeys::showExpiredSilences, false).toBool());
    setEndingSoonWindowMs(
        QSettings()
            .value(settingskeys::silencesEndingSoonMs, SilenceTableModel::kDefaultEndingSoonMs)
            .toLongLong());
    connect(m_endingSoon, &QComboBox::currentIndexChanged, this, [this] {
        const qint64 ms = m_endingSoon->currentData().toLongLong();
        setEndingSoonWindowMs(ms);
        QSettings().setValue(settingskeys::silencesEndingSoonMs, ms);
    });
    m_tick.setInterval(30'000);
    connect(&m_tick, &QTimer::timeout, this, [this] {
        updateActions();
        m_table->viewport()->update();
    });
    m_tick.start();
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

void SilencesView::sizeColumns()
{
    // Fixed columns as wide as what they hold; Matchers and Comment share the rest, so at
    // 1920 px both are readable and the end of every silence is there in full with its zone.
    QHeaderView *header = m_table->horizontalHeader();
    const QFontMetrics metrics(m_table->font());
    QFont bold = m_table->font();
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    const int em = metrics.horizontalAdvance(QLatin1Char('M'));
    const int pad = 2 * em;
    const QDateTime sample(QDate(2026, 12, 31), QTime(23, 59), Qt::UTC);
    const int time = metrics.horizontalAdvance(InboxAlertText::timeWithZone(sample)) + pad;
    const int ending
        = boldMetrics.horizontalAdvance(
              tr("%1 · ends in %2").arg(InboxAlertText::timeWithZone(sample), QStringLiteral("59m 59s")))
        + pad;
    header->setMinimumSectionSize(4 * em);
    for (int column = 0; column < SilenceTableModel::ColumnCount; ++column)
        header->setSectionResizeMode(column, QHeaderView::Interactive);
    header->resizeSection(SilenceTableModel::StateColumn, 6 * em);
    header->resizeSection(SilenceTableModel::KindColumn,
        std::max(metrics.horizontalAdvance(SilenceTableModel::tr("acknowledgement")) + pad, 8 * em));
    header->resizeSection(SilenceTableModel::ClusterColumn, 8 * em);
    header->resizeSection(SilenceTableModel::CreatedByColumn, 9 * em);
    header->resizeSection(SilenceTableModel::StartsColumn, time);
    header->resizeSection(SilenceTableModel::EndsColumn, ending);
    header->resizeSection(SilenceTableModel::IdColumn, 10 * em); // the full id is in the edit dialog
    fitTextColumns();
}

void SilencesView::fitTextColumns()
{
    // Matchers and Comment share what the other columns leave, but never shrink below a
    // readable width: in a small window the table scrolls sideways instead.
    QHeaderView *header = m_table->horizontalHeader();
    const int minimum = 16 * m_table->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    int others = 0;
    for (int column = 0; column < SilenceTableModel::ColumnCount; ++column) {
        if (column != SilenceTableModel::MatchersColumn && column != SilenceTableModel::CommentColumn)
            others += header->sectionSize(column);
    }
    const int room = m_table->viewport()->width() - others;
    const bool stretch = room >= 2 * minimum;
    for (const int column :
        { int(SilenceTableModel::MatchersColumn), int(SilenceTableModel::CommentColumn) }) {
        header->setSectionResizeMode(column, stretch ? QHeaderView::Stretch : QHeaderView::Interactive);
        if (!stretch)
            header->resizeSection(column, minimum);
    }
}

void SilencesView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitTextColumns();
}

void SilencesView::setEndingSoonWindowMs(qint64 ms)
{
    if (ms <= 0)
        ms = SilenceTableModel::kDefaultEndingSoonMs;
    int index = m_endingSoon->findData(ms);
    if (index < 0) { // set in the settings by hand: offered as it is
        m_endingSoon->addItem(windowText(ms), ms);
        index = m_endingSoon->count() - 1;
    }
    if (m_endingSoon->currentIndex() != index) {
        const QSignalBlocker block(m_endingSoon);
        m_endingSoon->setCurrentIndex(index);
    }
    m_model->setEndingSoonWindowMs(ms);
    updateActions();
}

qint64 SilencesView::endingSoonWindowMs() const
{
    return m_model->endingSoonWindowMs();
}

QString SilencesView::countText() const
{
    return m_count->text();
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
    QString text = tr("%n active or pending", nullptr, active) + QStringLiteral(" · ")
        + tr("%n expired", nullptr, expired);
    if (const int soon = m_model->endingSoonCount(QDateTime::currentDateTimeUtc()); soon > 0) {
        text += QStringLiteral(" · ")
            + tr("%n ending within %1", nullptr, soon).arg(windowText(m_model->endingSoonWindowMs()));
    }
    m_count->setText(text);
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
    auto *dialog = new ExtendDialog(tr("silence %1 in %2").arg(id, cluster), silence->endsAt, this);
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
