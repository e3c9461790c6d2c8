// SPDX-License-Identifier: GPL-3.0-or-later
#include "durationpicker.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QHBoxLayout>
#include <QSpinBox>
#include <QToolButton>

#include <algorithm>

namespace pivori {

namespace {

constexpr qint64 kMinute = 60'000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;

} // namespace

QList<qint64> DurationPicker::presetsMs()
{
    return { 15 * kMinute, kHour, 4 * kHour, 24 * kHour };
}

DurationPicker::DurationPicker(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    m_group = new QButtonGroup(this);
    m_group->setExclusive(true);

    const QStringList labels { tr("15 m"), tr("1 h"), tr("4 h"), tr("24 h") };
    const QList<qint64> presets = presetsMs();
    for (int i = 0; i < presets.size(); ++i) {
        auto *button = new QToolButton(this);
        button->setText(labels[i]);
        button->setCheckable(true);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setMinimumWidth(44);
        m_group->addButton(button, i);
        layout->addWidget(button);
    }
    auto *custom = new QToolButton(this);
    custom->setText(tr("Custom"));
    custom->setCheckable(true);
    m_customId = int(presets.size());
    m_group->addButton(custom, m_customId);
    layout->addWidget(custom);

    m_amount = new QSpinBox(this);
    m_amount->setRange(1, 999);
    m_amount->setValue(2);
    m_amount->setAccessibleName(tr("Custom duration"));
    layout->addWidget(m_amount);
    m_unit = new QComboBox(this);
    m_unit->addItem(tr("minutes"), kMinute);
    m_unit->addItem(tr("hours"), kHour);
    m_unit->addItem(tr("days"), kDay);
    m_unit->setCurrentIndex(1);
    layout->addWidget(m_unit);
    layout->addStretch(1);

    m_group->button(1)->setChecked(true);
    updateCustomEnabled();

    auto changed = [this] {
        updateCustomEnabled();
        emit durationChanged(durationMs());
    };
    connect(m_group, &QButtonGroup::idToggled, this, [changed](int, bool checked) {
        if (checked)
            changed();
    });
    connect(m_amount, &QSpinBox::valueChanged, this, changed);
    connect(m_unit, &QComboBox::currentIndexChanged, this, changed);
}

bool DurationPicker::isCustom() const
{
    return m_group->checkedId() == m_customId;
}

qint64 DurationPicker::durationMs() const
{
    const int id = m_group->checkedId();
    if (id >= 0 && id < m_customId)
        return presetsMs().at(id);
    return m_amount->value() * m_unit->currentData().toLongLong();
}

void DurationPicker::setDurationMs(qint64 ms)
{
    const int preset = int(presetsMs().indexOf(ms));
    if (preset >= 0) {
        m_group->button(preset)->setChecked(true);
        return;
    }
    int unitIndex = 0;
    for (int i = m_unit->count() - 1; i >= 0; --i) {
        const qint64 unit = m_unit->itemData(i).toLongLong();
        if (ms % unit == 0 && ms / unit <= m_amount->maximum()) {
            unitIndex = i;
            break;
        }
    }
    const qint64 unit = m_unit->itemData(unitIndex).toLongLong();
    const QSignalBlocker blockAmount(m_amount);
    const QSignalBlocker blockUnit(m_unit);
    m_unit->setCurrentIndex(unitIndex);
    m_amount->setValue(int(std::clamp<qint64>(ms / unit, 1, m_amount->maximum())));
    m_group->button(m_customId)->setChecked(true);
    emit durationChanged(durationMs());
}

void DurationPicker::updateCustomEnabled()
{
    m_amount->setEnabled(isCustom());
    m_unit->setEnabled(isCustom());
}

} // namespace pivori
