// SPDX-License-Identifier: GPL-3.0-or-later
#include "healthview.h"

#include "duration.h"
#include "healthcheckmodel.h"
#include "healthlink.h"
#include "healthstatusstyle.h"
#include "messagebar.h"
#include "settingskeys.h"
#include "severitystyle.h"
#include "thresholdcolors.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace pivori {

namespace {

// Sorting by status puts problems first (fail, unknown, warn, pass), not the words' alphabet.
class HealthSortProxy final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override
    {
        if (left.column() == HealthCheckModel::StatusColumn) {
            const int a = left.data(HealthCheckModel::UrgencyRole).toInt();
            const int b = right.data(HealthCheckModel::UrgencyRole).toInt();
            if (a != b)
                return a < b;
            return left.row() < right.row();
        }
        return QString::localeAwareCompare(left.data().toString(), right.data().toString()) < 0;
    }
};

QString timeText(const QDateTime &utc, const QDateTime &now)
{
    const QDateTime local = utc.toLocalTime();
    const QLocale locale;
    if (local.date() == now.toLocalTime().date())
        return locale.toString(local.time(), QStringLiteral("HH:mm:ss"));
    return locale.toString(local, QStringLiteral("d MMM HH:mm:ss"));
}

QString durationText(qint64 ms)
{
    const QLocale locale;
    if (ms < 1000)
        return HealthView::tr("%1 ms").arg(std::max<qint64>(0, ms));
    return HealthView::tr("%1 s").arg(locale.toString(double(ms) / 1000.0, 'f', 1));
}

} // namespace

HealthView::HealthView(QWidget *parent)
    : QWidget(parent)
    , m_model(new HealthCheckModel(this))
    , m_proxy(new HealthSortProxy(this))
    , m_verdict(new QLabel(this))
    , m_counts(new QLabel(this))
    , m_when(new QLabel(this))
    , m_onlyProblems(new QCheckBox(tr("Only &problems"), this))
    , m_runButton(new QPushButton(tr("&Run now"), this))
    , m_messages(new MessageBar(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_stack(new QStackedWidget(m_splitter))
    , m_tree(new QTreeView(m_stack))
    , m_empty(new QLabel(m_stack))
    , m_history(new QListWidget(this))
    , m_detail(new QLabel(this))
    , m_linkButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("healthView"));
    for (QLabel *label : { m_verdict, m_counts, m_when, m_empty, m_detail })
        label->setTextFormat(Qt::PlainText);
    m_verdict->setObjectName(QStringLiteral("healthVerdict"));
    QFont verdictFont = m_verdict->font();
    verdictFont.setBold(true);
    verdictFont.setPointSizeF(verdictFont.pointSizeF() * 1.4);
    m_verdict->setFont(verdictFont);
    m_counts->setObjectName(QStringLiteral("healthCounts"));
    m_when->setObjectName(QStringLiteral("healthWhen"));
    m_when->setForegroundRole(QPalette::PlaceholderText);
    m_counts->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_when->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    m_onlyProblems->setObjectName(QStringLiteral("healthOnlyProblems"));
    m_onlyProblems->setToolTip(tr("Hide the checks that pass"));
    m_runButton->setObjectName(QStringLiteral("healthRunNow"));
    m_runButton->setToolTip(tr("Run every health check now"));
    connect(m_runButton, &QPushButton::clicked, this, &HealthView::runRequested);

    auto *header = new QHBoxLayout;
    header->addWidget(m_verdict);
    header->addSpacing(12);
    auto *words = new QVBoxLayout;
    words->setSpacing(0);
    words->addWidget(m_counts);
    words->addWidget(m_when);
    header->addLayout(words, 1);
    header->addWidget(m_onlyProblems);
    header->addSpacing(8);
    header->addWidget(m_runButton);

    m_proxy->setSourceModel(m_model);
    m_tree->setObjectName(QStringLiteral("healthTree"));
    m_tree->setModel(m_proxy);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setWordWrap(false);
    m_tree->setTextElideMode(Qt::ElideRight);
    m_tree->header()->setSortIndicator(-1, Qt::AscendingOrder);
    m_tree->setSortingEnabled(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(HealthCheckModel::MessageColumn, QHeaderView::Stretch);
    // Enter or a double click on a row, or one click on its "where to look": the link.
    connect(m_tree, &QTreeView::activated, this, &HealthView::activateLink);
    connect(m_tree, &QTreeView::clicked, this, [this](const QModelIndex &index) {
        if (index.column() == HealthCheckModel::LinkColumn)
            activateLink(index);
    });
    connect(
        m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &HealthView::showSelected);
    connect(m_proxy, &QAbstractItemModel::modelReset, m_tree, &QTreeView::expandAll);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, m_tree, &QTreeView::expandAll);

    m_empty->setObjectName(QStringLiteral("healthEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setMargin(24);
    m_stack->addWidget(m_tree);
    m_stack->addWidget(m_empty);

    auto *historyBox = new QWidget(m_splitter);
    auto *historyLayout = new QVBoxLayout(historyBox);
    historyLayout->setContentsMargins(0, 0, 0, 0);
    auto *historyTitle = new QLabel(tr("Changes"), historyBox);
    QFont titleFont = historyTitle->font();
    titleFont.setBold(true);
    historyTitle->setFont(titleFont);
    historyTitle->setToolTip(tr("Which check changed its status, and when; kept across restarts"));
    m_history->setParent(historyBox);
    m_history->setObjectName(QStringLiteral("healthHistory"));
    m_history->setSelectionMode(QAbstractItemView::NoSelection);
    m_history->setUniformItemSizes(true);
    historyLayout->addWidget(historyTitle);
    historyLayout->addWidget(m_history, 1);
    m_splitter->addWidget(m_stack);
    m_splitter->addWidget(historyBox);
    m_splitter->setStretchFactor(0, 4);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);

    m_detail->setObjectName(QStringLiteral("healthDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_linkButton->setObjectName(QStringLiteral("healthOpenLink"));
    m_linkButton->hide();
    m_linkButton->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_detail->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    connect(m_linkButton, &QPushButton::clicked, this, [this] {
        if (!m_selectedLink.isEmpty())
            emit linkActivated(m_selectedLink);
    });
    auto *detail = new QHBoxLayout;
    detail->addWidget(m_detail, 1);
    detail->addWidget(m_linkButton, 0, Qt::AlignTop);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_messages);
    layout->addWidget(m_splitter, 1);
    layout->addLayout(detail);

    QSettings settings;
    m_onlyProblems->setChecked(settings.value(settingskeys::healthOnlyProblems, false).toBool());
    m_model->setOnlyProblems(m_onlyProblems->isChecked());
    connect(m_onlyProblems, &QCheckBox::toggled, this, [this](bool only) {
        m_model->setOnlyProblems(only);
        QSettings().setValue(settingskeys::healthOnlyProblems, only);
        updateEmptyState();
    });
    fitLayout();
    updateHeader();
    updateEmptyState();
    showSelected();
}

HealthView::~HealthView() = default;

void HealthView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitLayout();
}

void HealthView::fitLayout()
{
    // Wide: the flips beside the checks. Narrow: below them, so the message column keeps room.
    const bool wide = width() >= 1400;
    const Qt::Orientation orientation = wide ? Qt::Horizontal : Qt::Vertical;
    if (m_splitter->orientation() != orientation || !m_laidOut) {
        m_splitter->setOrientation(orientation);
        m_splitter->setSizes(wide ? QList<int> { width() - 380, 380 } : QList<int> { height() - 200, 160 });
        m_laidOut = true;
    }
    // The message gets what the other columns leave; they take a share of the width within
    // bounds, the status enough for "unknown, timed out".
    const int available = wide ? width() - 400 : width() - 20;
    const QFontMetrics metrics(m_tree->font());
    const auto share = [available](double fraction, int low, int high) {
        return std::clamp(int(available * fraction), low, high);
    };
    m_tree->setColumnWidth(HealthCheckModel::NameColumn, share(0.19, 200, 280));
    m_tree->setColumnWidth(HealthCheckModel::StatusColumn,
        metrics.horizontalAdvance(tr("%1, timed out").arg(HealthStatusStyle::word(CheckStatus::Unknown)))
            + 48);
    m_tree->setColumnWidth(HealthCheckModel::ValueColumn, share(0.07, 70, 110));
    m_tree->setColumnWidth(HealthCheckModel::ThresholdColumn, share(0.15, 110, 260));
    m_tree->setColumnWidth(HealthCheckModel::LinkColumn, share(0.14, 120, 300));
}

const CheckRun &HealthView::run() const
{
    return m_model->run();
}

void HealthView::setRun(const CheckRun &run)
{
    const QString selected = [this] {
        const CheckResult *check = m_model->check(m_proxy->mapToSource(m_tree->currentIndex()));
        return check ? check->name : QString();
    }();
    m_hasRun = true;
    m_model->setRun(run);
    // Keep the operator's place: the same check stays selected across runs.
    if (!selected.isEmpty()) {
        for (int c = 0; c < m_proxy->rowCount(); ++c) {
            const QModelIndex category = m_proxy->index(c, 0);
            for (int r = 0; r < m_proxy->rowCount(category); ++r) {
                const QModelIndex row = m_proxy->index(r, 0, category);
                if (const CheckResult *check = m_model->check(m_proxy->mapToSource(row));
                    check && check->name == selected)
                    m_tree->setCurrentIndex(row);
            }
        }
    }
    updateHeader();
    updateEmptyState();
    showSelected();
}

void HealthView::setRunning(bool running)
{
    m_running = running;
    m_runButton->setEnabled(!running);
    updateHeader();
}

void HealthView::setInterval(qint64 ms)
{
    m_intervalMs = ms;
    updateHeader();
}

void HealthView::setOnlyProblems(bool only)
{
    m_onlyProblems->setChecked(only);
}

bool HealthView::onlyProblems() const
{
    return m_onlyProblems->isChecked();
}

void HealthView::showProblem(const QString &text)
{
    m_messages->showMessage(MessageBar::Kind::Warning, text, QStringLiteral("health-problem"));
}

void HealthView::updateHeader()
{
    const CheckRun &run = m_model->run();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QColor color = HealthStatusStyle::color(CheckStatus::Unknown);
    if (!m_hasRun) {
        m_verdict->setText(tr("Not checked yet"));
        m_counts->setText(
            m_running ? tr("Running the health checks…") : tr("The health checks have not run yet."));
        m_when->clear();
    } else {
        const CheckStatus overall = run.overall();
        color = HealthStatusStyle::color(overall);
        m_verdict->setText(QStringLiteral("● ") + HealthStatusStyle::verdictText(run));
        m_counts->setText(run.results.isEmpty()
                ? tr("No checks ran: the health of the monitoring is unknown, which is not an all-clear.")
                : HealthStatusStyle::countsText(run));
        QString when = tr("Last run %1, took %2")
                           .arg(timeText(run.finishedAt.isValid() ? run.finishedAt : run.startedAt, now),
                               durationText(run.startedAt.msecsTo(run.finishedAt)));
        if (m_intervalMs > 0)
            when += tr("; runs every %1").arg(formatDuration(m_intervalMs));
        if (m_running)
            when += QStringLiteral(" · ") + tr("running now…");
        m_when->setText(when);
    }
    QPalette palette = m_verdict->palette();
    palette.setColor(
        QPalette::WindowText, ThresholdColors::readableOn(color, palette.color(QPalette::Window), 4.5));
    m_verdict->setPalette(palette);
}

void HealthView::updateEmptyState()
{
    const CheckRun &run = m_model->run();
    if (!m_hasRun) {
        m_empty->setText(tr("The health checks have not run yet."));
        m_stack->setCurrentWidget(m_empty);
    } else if (run.results.isEmpty()) {
        m_empty->setText(tr("No checks ran in the last run, so nothing is known about the health of the "
                            "monitoring stack. This is not an all-clear: check that health checks are "
                            "configured."));
        m_stack->setCurrentWidget(m_empty);
    } else if (m_model->rowCount() == 0) {
        m_empty->setText(tr("Every check passes. Clear \"Only problems\" to see them."));
        m_stack->setCurrentWidget(m_empty);
    } else {
        m_stack->setCurrentWidget(m_tree);
    }
}

void HealthView::showSelected()
{
    const CheckResult *check = m_model->check(m_proxy->mapToSource(m_tree->currentIndex()));
    if (!check) {
        m_detail->setText(m_hasRun && !m_model->run().results.isEmpty()
                ? tr("Select a check to read its whole message; a double click opens where to look.")
                : QString());
        m_selectedLink.clear();
        m_linkButton->hide();
        m_linkButton->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
        m_detail->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        return;
    }
    QString text = tr("%1 (%2): %3").arg(check->name, HealthStatusStyle::word(check->status), check->message);
    if (check->timedOut)
        text += QLatin1Char(' ') + tr("(timed out after %1 ms)").arg(check->elapsedMs);
    m_detail->setText(text);
    const HealthLink link = HealthLink::parse(check->link);
    m_selectedLink = link.isValid() ? check->link : QString();
    m_linkButton->setVisible(link.isValid());
    if (link.isValid()) {
        // '&' in a target must not become a mnemonic.
        QString label = tr("Open %1").arg(link.text());
        m_linkButton->setText(label.replace(QLatin1Char('&'), QStringLiteral("&&")));
    }
}

bool HealthView::activateLink(const QModelIndex &index)
{
    const QModelIndex source = index.model() == m_proxy ? m_proxy->mapToSource(index) : index;
    const CheckResult *check = m_model->check(source);
    if (!check || !HealthLink::parse(check->link).isValid())
        return false;
    emit linkActivated(check->link);
    return true;
}

QString HealthView::transitionText(const HealthTransition &transition, const QDateTime &now)
{
    const QDateTime local = transition.at.toLocalTime();
    const QLocale locale;
    const QString when = local.date() == now.toLocalTime().date()
        ? locale.toString(local.time(), QStringLiteral("HH:mm"))
        : locale.toString(local, QStringLiteral("d MMM HH:mm"));
    return tr("%1  %2  %3 → %4")
        .arg(when, transition.check, HealthStatusStyle::word(transition.from),
            HealthStatusStyle::word(transition.to));
}

void HealthView::setTransitions(const QList<HealthTransition> &transitions)
{
    m_history->clear();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qreal dpr = devicePixelRatioF();
    for (qsizetype i = transitions.size() - 1; i >= 0; --i) { // newest first
        const HealthTransition &t = transitions[i];
        auto *item = new QListWidgetItem(transitionText(t, now), m_history);
        item->setIcon(QIcon(SeverityStyle::dotPixmap(HealthStatusStyle::color(t.to), 10, dpr)));
        item->setToolTip(Qt::convertFromPlainText(
            tr("%1 / %2: %3 → %4 at %5")
                .arg(t.category, t.check, HealthStatusStyle::word(t.from), HealthStatusStyle::word(t.to),
                    QLocale().toString(t.at.toLocalTime(), QLocale::LongFormat))));
    }
    if (transitions.isEmpty()) {
        auto *item = new QListWidgetItem(tr("No check has changed its status yet."), m_history);
        item->setForeground(palette().color(QPalette::PlaceholderText));
        item->setFlags(Qt::NoItemFlags);
    }
}

QStringList HealthView::historyTexts() const
{
    QStringList out;
    for (int i = 0; i < m_history->count(); ++i)
        if (m_history->item(i)->flags() != Qt::NoItemFlags)
            out << m_history->item(i)->text();
    return out;
}

QString HealthView::summaryText() const
{
    return QStringList { m_verdict->text(), m_counts->text(), m_when->text() }.join(QStringLiteral(" — "));
}

} // namespace pivori
