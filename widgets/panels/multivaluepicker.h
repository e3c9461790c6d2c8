// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "templating.h"

#include <QToolButton>

class QFrame;
class QListWidget;
class QListWidgetItem;
class QStyleOptionComboBox;

namespace pivori {

/// The picker of a multi-value dashboard variable: a button saying what is selected ("a + b",
/// "a + 2 more", "All") that opens a list of checkable values under "All". The list is used
/// with the mouse or the keyboard (arrows, Space ticks, Enter or Escape closes); the selection
/// is reported once, when the list closes, so ticking five values asks the server once.
class MultiValuePicker final : public QToolButton
{
    Q_OBJECT
public:
    explicit MultiValuePicker(QWidget *parent = nullptr);

    /// The values offered and the selection shown; never reported as a choice.
    void setChoices(const QStringList &values, const VariableValue &current);
    /// What is ticked now (All when "All" or nothing is).
    VariableValue selection() const;
    /// The button's text for @p value.
    static QString summary(const VariableValue &value);

    void openList();
    bool isListOpen() const;
    /// The list shown when open (read by tests and screenshots).
    QListWidget *list() const { return m_list; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    /// The person closed the list with another selection than before.
    void chosen(const pivori::VariableValue &value);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void toggle(QListWidgetItem *item);
    void onItemChanged(QListWidgetItem *item);
    void closed();
    void showSelection(const VariableValue &value);
    void initComboOption(QStyleOptionComboBox *option) const;

    QFrame *m_popup;
    QListWidget *m_list;
    VariableValue m_shown; ///< the selection before the list opened
    QString m_summary; ///< the button's text, elided
    bool m_updating = false; ///< ticks set by code are not the person's
};

} // namespace pivori
