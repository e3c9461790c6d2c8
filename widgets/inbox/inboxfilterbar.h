// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alertinboxmodel.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QToolButton;

namespace pivori {

class AlertFilterProxy;

/// The inbox's filter controls: one line for Alertmanager matchers plus free text
/// (`{service="api"} timeout`), toggles for silenced, inhibited and acknowledged alerts, and
/// the grouping. A line that does not parse is marked red with the position and the reason
/// under the field, and the last valid filter stays in force. Toggles and grouping are
/// remembered in QSettings.
class InboxFilterBar final : public QWidget
{
    Q_OBJECT
public:
    explicit InboxFilterBar(AlertFilterProxy *proxy, QWidget *parent = nullptr);

    QLineEdit *lineEdit() const { return m_edit; }
    /// The inline error as shown; empty while the filter is valid.
    QString errorText() const;
    AlertInboxModel::GroupBy groupBy() const;
    void setGroupBy(AlertInboxModel::GroupBy groupBy);
    QToolButton *silencedToggle() const { return m_silenced; }
    QToolButton *inhibitedToggle() const { return m_inhibited; }
    QToolButton *acknowledgedToggle() const { return m_acknowledged; }

public slots:
    /// Focuses the filter line and selects its text, ready to type over.
    void focusFilter();

signals:
    void groupByChanged(pivori::AlertInboxModel::GroupBy groupBy);

private:
    void applyLine(const QString &line);
    void showError(const QString &message, int offset);
    QToolButton *addToggle(const QString &text, const QString &tip, bool checked);

    AlertFilterProxy *m_proxy = nullptr;
    QLineEdit *m_edit = nullptr;
    QLabel *m_error = nullptr;
    QToolButton *m_silenced = nullptr;
    QToolButton *m_inhibited = nullptr;
    QToolButton *m_acknowledged = nullptr;
    QComboBox *m_groupBy = nullptr;
};

} // namespace pivori
