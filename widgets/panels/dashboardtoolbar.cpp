// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboardtoolbar.h"

#include "duration.h"
#include "multivaluepicker.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QLabel>
#include <QStyle>
#include <QTimer>

namespace pivori {

namespace {

const QString kAllValue = QStringLiteral("\u0001all"); // item data for "All": no label value looks like it

} // namespace

QList<qint64> DashboardToolBar::refreshIntervals()
{
    return { 0, 5'000, 10'000, 30'000, 60'000, 300'000 };
}

DashboardToolBar::DashboardToolBar(QWidget *parent)
    : QToolBar(tr("Dashboard"), parent)
    , m_range(new QComboBox(this))
    , m_interval(new QComboBox(this))
    , m_span(new QLabel(this))
    , m_spanTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("dashboardToolBar"));
    m_back = addAction(
        style()->standardIcon(QStyle::SP_ArrowBack), tr("Back"), this, &DashboardToolBar::backRequested);
    m_back->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    m_back->setToolTip(tr("Undo the last zoom (Alt+Left)"));

    for (const TimeRange::Preset &preset : TimeRange::presets())
        m_range->addItem(preset.name, preset.key);
    m_range->addItem(tr("Custom range…"), QString());
    m_range->setObjectName(QStringLiteral("rangePicker"));
    m_range->setToolTip(tr("Time range"));
    // Wide enough for the longest preset; a fixed span is spelled out beside it, never elided here.
    m_range->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    addWidget(m_range);
    connect(m_range, &QComboBox::activated, this, [this](int index) {
        const QString key = m_range->itemData(index).toString();
        if (key.isEmpty()) {
            emit customRangeRequested();
            return;
        }
        if (auto range = TimeRange::fromText(key))
            emit timeRangeChosen(*range);
    });
    // Right after the picker: a toolbar too narrow for everything moves its last widgets (the
    // variables) into its overflow menu first, so the span stays in sight in a small window.
    m_span->setObjectName(QStringLiteral("rangeSpan"));
    m_span->setTextFormat(Qt::PlainText);
    m_span->setContentsMargins(6, 0, 6, 0);
    m_span->setTextInteractionFlags(Qt::TextSelectableByMouse);
    addWidget(m_span);
    // A relative range's start moves with the clock; minutes are all it shows of it.
    m_spanTimer->setInterval(5000);
    connect(m_spanTimer, &QTimer::timeout, this, &DashboardToolBar::updateSpan);

    addSeparator();
    for (qint64 ms : refreshIntervals())
        m_interval->addItem(ms == 0 ? tr("Auto refresh off") : tr("Every %1").arg(formatDuration(ms)), ms);
    m_interval->setToolTip(tr("Auto refresh"));
    addWidget(m_interval);
    connect(m_interval, &QComboBox::activated, this,
        [this](int index) { emit refreshIntervalChosen(m_interval->itemData(index).toLongLong()); });
    m_pause = addAction(style()->standardIcon(QStyle::SP_MediaPause), tr("Pause"));
    m_pause->setCheckable(true);
    m_pause->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    m_pause->setToolTip(tr("Pause auto refresh (Ctrl+P)"));
    connect(m_pause, &QAction::toggled, this, [this](bool paused) {
        if (!m_updating)
            emit pauseToggled(paused);
    });
    m_refresh = addAction(style()->standardIcon(QStyle::SP_BrowserReload), tr("Refresh now"), this,
        &DashboardToolBar::refreshRequested);
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setToolTip(tr("Refresh now (F5)"));
    addSeparator();
}

void DashboardToolBar::showVariables(
    const QList<DashboardVariable> &variables, const QMap<QString, VariableValue> &current)
{
    for (QAction *action : std::as_const(m_variableActions)) {
        removeAction(action);
        delete action;
    }
    m_variableActions.clear();
    m_variableBoxes.clear();
    m_multiPickers.clear();
    for (const DashboardVariable &variable : variables) {
        auto *label = new QLabel(QStringLiteral("%1:").arg(variable.name), this);
        label->setTextFormat(Qt::PlainText);
        label->setContentsMargins(6, 0, 4, 0);
        const QString name = variable.name;
        const QString tip = variable.label.isEmpty() ? tr("Values of $%1").arg(variable.name)
                                                     : tr("Values of the label \"%1\"").arg(variable.label);
        if (variable.multi) {
            auto *picker = new MultiValuePicker(this);
            picker->setObjectName(QStringLiteral("variable-%1").arg(name));
            picker->setAccessibleName(tip);
            m_variableActions << addWidget(label) << addWidget(picker);
            m_multiPickers.insert(name, picker);
            connect(picker, &MultiValuePicker::chosen, this,
                [this, name](const VariableValue &value) { emit variableChosen(name, value); });
        } else {
            auto *box = new QComboBox(this);
            box->setObjectName(QStringLiteral("variable-%1").arg(name));
            box->setMinimumContentsLength(14);
            box->setToolTip(tip);
            m_variableActions << addWidget(label) << addWidget(box);
            m_variableBoxes.insert(name, box);
            connect(box, &QComboBox::activated, this, [this, box, name](int index) {
                const QString value = box->itemData(index).toString();
                emit variableChosen(
                    name, value == kAllValue ? VariableValue::allValues() : VariableValue::single(value));
            });
        }
        setVariableChoices(variable.name, variable.values, current.value(variable.name));
    }
}

void DashboardToolBar::setVariableChoices(
    const QString &name, const QStringList &values, const VariableValue &current)
{
    if (MultiValuePicker *picker = m_multiPickers.value(name)) {
        picker->setChoices(values, current);
        return;
    }
    QComboBox *box = m_variableBoxes.value(name);
    if (!box)
        return;
    box->clear();
    box->addItem(tr("All"), kAllValue);
    QStringList all = values;
    // A value chosen elsewhere (drill-down) is offered even before the list arrives.
    for (const QString &value : current.values)
        if (!all.contains(value))
            all.prepend(value);
    for (const QString &value : std::as_const(all))
        box->addItem(value, value);
    box->setCurrentIndex(
        current.all || current.values.isEmpty() ? 0 : std::max(0, box->findData(current.values.first())));
}

void DashboardToolBar::showTimeRange(const TimeRange &range)
{
    const int index = range.isRelative() ? m_range->findData(range.key()) : -1;
    if (index >= 0) {
        m_range->setItemText(m_range->count() - 1, tr("Custom range…"));
        m_range->setCurrentIndex(index);
    } else {
        // A zoomed or custom span: the picker says so briefly, the label beside it says what.
        m_range->setItemText(m_range->count() - 1, tr("Fixed range"));
        m_range->setCurrentIndex(m_range->count() - 1);
    }
    m_shownRange = range;
    if (range.isRelative())
        m_spanTimer->start();
    else
        m_spanTimer->stop();
    updateSpan();
}

void DashboardToolBar::updateSpan()
{
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    const TimeRange::Resolved span = m_shownRange.resolve(nowMs);
    QString text;
    if (m_shownRange.isRelative()) {
        const QString start
            = QDateTime::fromMSecsSinceEpoch(span.startMs).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        text = tr("%1 – now %2").arg(start, TimeRange::zoneText(nowMs));
    } else {
        text = TimeRange::spanText(span);
    }
    m_span->setText(text);
    const QString tip
        = tr("Time range: %1\nTimes are shown in %2.")
              .arg(m_shownRange.isRelative() ? m_shownRange.displayName() : text, TimeRange::zoneText(nowMs));
    m_span->setToolTip(tip);
    m_range->setToolTip(tip);
}

QString DashboardToolBar::spanText() const
{
    return m_span->text();
}

void DashboardToolBar::showRefreshInterval(qint64 ms)
{
    int index = m_interval->findData(ms);
    if (index < 0) {
        m_interval->addItem(tr("Every %1").arg(formatDuration(ms)), ms);
        index = m_interval->count() - 1;
    }
    m_interval->setCurrentIndex(index);
}

void DashboardToolBar::showPaused(bool paused)
{
    m_updating = true;
    m_pause->setChecked(paused);
    m_updating = false;
}

void DashboardToolBar::showCanGoBack(bool canGoBack)
{
    m_back->setEnabled(canGoBack);
}

} // namespace pivori
