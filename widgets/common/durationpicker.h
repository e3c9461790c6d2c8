// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QButtonGroup;
class QComboBox;
class QSpinBox;

namespace pivori {

/// A duration chosen from presets (15 m, 1 h, 4 h, 24 h) or typed in as a custom amount of
/// minutes, hours or days. Used by the acknowledge, extend and silence dialogs.
class DurationPicker final : public QWidget
{
    Q_OBJECT
public:
    explicit DurationPicker(QWidget *parent = nullptr);

    qint64 durationMs() const;
    /// Selects the matching preset, or "Custom" with the largest unit that divides @p ms.
    void setDurationMs(qint64 ms);
    bool isCustom() const;

    /// The presets, in the order they are offered.
    static QList<qint64> presetsMs();

signals:
    void durationChanged(qint64 ms);

private:
    void updateCustomEnabled();

    QButtonGroup *m_group = nullptr;
    QSpinBox *m_amount = nullptr;
    QComboBox *m_unit = nullptr;
    int m_customId = 0;
};

} // namespace pivori
