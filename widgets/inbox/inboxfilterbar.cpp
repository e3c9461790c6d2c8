// SPDX-License-Identifier: GPL-3.0-or-later
#include "inboxfilterbar.h"

#include "alertfilterproxy.h"
#include "settingskeys.h"
#include "thresholdcolors.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QToolButton>
#include <QVBoxLayout>

namespace pivori {

InboxFilterBar::InboxFilterBar(AlertFilterProxy *proxy, QWidget *parent)
    : QWidget(parent)
    , m_proxy(proxy)
{
    setObjectName(QStringLiteral("inboxFilterBar"));
    QSettings settings;
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(2);
    auto *row = new QHBoxLayout;
    row->setSpacing(6);

    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("filterLine"));
    m_edit->setClearButtonEnabled(true);
    m_edit->setPlaceholderText(
        tr("Filter: {service=\"api-gateway\", severity=~\"crit.*\"} and/or words   ( / )"));
    m_edit->setToolTip(
        tr("Alertmanager matchers in braces (=, !=, =~, !~), then free text that every word of "
           "must occur in the alert. Press / to get here from the list."));
    m_edit->setAccessibleName(tr("Alert filter"));
    row->addWidget(m_edit, 1);

    m_silenced
        = addToggle(tr("Silenced"), tr("Show alerts covered by a silence that is not an acknowledgement"),
            settings.value(settingskeys::showSilenced, proxy->showSilenced()).toBool());
    m_inhibited = addToggle(tr("Inhibited"), tr("Show alerts inhibited by another alert"),
        settings.value(settingskeys::showInhibited, proxy->showInhibited()).toBool());
    m_acknowledged = addToggle(tr("Acknowledged"), tr("Show acknowledged alerts"),
        settings.value(settingskeys::showAcknowledged, proxy->showAcknowledged()).toBool());
    row->addWidget(m_silenced);
    row->addWidget(m_inhibited);
    row->addWidget(m_acknowledged);

    auto *groupLabel = new QLabel(tr("Group by"), this);
    row->addSpacing(8);
    row->addWidget(groupLabel);
    m_groupBy = new QComboBox(this);
    m_groupBy->setObjectName(QStringLiteral("groupBy"));
    m_groupBy->addItem(tr("Alert name"), int(AlertInboxModel::GroupBy::Alertname));
    m_groupBy->addItem(tr("Severity"), int(AlertInboxModel::GroupBy::Severity));
    m_groupBy->addItem(tr("Service"), int(AlertInboxModel::GroupBy::Service));
    m_groupBy->addItem(tr("Cluster"), int(AlertInboxModel::GroupBy::Cluster));
    m_groupBy->addItem(tr("Receiver"), int(AlertInboxModel::GroupBy::Receiver));
    groupLabel->setBuddy(m_groupBy);
    const int savedGroup = m_groupBy->findData(settings.value(settingskeys::groupBy, 0).toInt());
    m_groupBy->setCurrentIndex(std::max(0, savedGroup));
    row->addWidget(m_groupBy);
    outer->addLayout(row);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("filterError"));
    m_error->setTextFormat(Qt::PlainText); // echoes what was typed
    m_error->setWordWrap(true);
    m_error->setVisible(false);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText,
        ThresholdColors::readableOn(
            ThresholdColors::severityColor(Severity::Critical), palette().color(QPalette::Window), 4.5));
    m_error->setPalette(errorPalette);
    outer->addWidget(m_error);

    proxy->setShowSilenced(m_silenced->isChecked());
    proxy->setShowInhibited(m_inhibited->isChecked());
    proxy->setShowAcknowledged(m_acknowledged->isChecked());
    connect(m_silenced, &QToolButton::toggled, this, [this](bool on) {
        m_proxy->setShowSilenced(on);
        QSettings().setValue(settingskeys::showSilenced, on);
    });
    connect(m_inhibited, &QToolButton::toggled, this, [this](bool on) {
        m_proxy->setShowInhibited(on);
        QSettings().setValue(settingskeys::showInhibited, on);
    });
    connect(m_acknowledged, &QToolButton::toggled, this, [this](bool on) {
        m_proxy->setShowAcknowledged(on);
        QSettings().setValue(settingskeys::showAcknowledged, on);
    });
    connect(m_groupBy, &QComboBox::currentIndexChanged, this, [this] {
        QSettings().setValue(settingskeys::groupBy, m_groupBy->currentData().toInt());
        emit groupByChanged(groupBy());
    });
    connect(m_edit, &QLineEdit::textChanged, this, &InboxFilterBar::applyLine);
    connect(proxy, &AlertFilterProxy::filterErrorChanged, this, &InboxFilterBar::showError);
}

QToolButton *InboxFilterBar::addToggle(const QString &text, const QString &tip, bool checked)
{
    auto *button = new QToolButton(this);
    button->setText(text);
    button->setToolTip(tip);
    button->setCheckable(true);
    button->setChecked(checked);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return button;
}

QString InboxFilterBar::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

AlertInboxModel::GroupBy InboxFilterBar::groupBy() const
{
    return AlertInboxModel::GroupBy(m_groupBy->currentData().toInt());
}

void InboxFilterBar::setGroupBy(AlertInboxModel::GroupBy groupBy)
{
    const int index = m_groupBy->findData(int(groupBy));
    if (index >= 0)
        m_groupBy->setCurrentIndex(index);
}

void InboxFilterBar::focusFilter()
{
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
}

void InboxFilterBar::applyLine(const QString &line)
{
    m_proxy->setFilterLine(line);
    showError(m_proxy->filterError(), m_proxy->filterErrorOffset());
}

void InboxFilterBar::showError(const QString &message, int offset)
{
    if (message.isEmpty()) {
        m_error->clear();
        m_error->hide();
        m_edit->setStyleSheet(QString());
        return;
    }
    const QString where = offset >= 0 ? tr("Invalid filter at character %1: %2").arg(offset + 1).arg(message)
                                      : tr("Invalid filter: %1").arg(message);
    m_error->setText(where + QStringLiteral(" — ") + tr("still showing the last valid filter"));
    m_error->show();
    m_edit->setStyleSheet(
        QStringLiteral("QLineEdit { border: 1px solid %1; border-radius: 3px; padding: 1px; }")
            .arg(m_error->palette().color(QPalette::WindowText).name()));
}

} // namespace pivori
