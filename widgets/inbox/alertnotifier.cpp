// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertnotifier.h"

#include "desktopnotifications.h"
#include "inboxalerttext.h"
#include "settingskeys.h"
#include "severitystyle.h"
#include "thresholdcolors.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QPainter>
#include <QSettings>
#include <QSystemTrayIcon>

namespace pivori {

namespace {

bool announced(const InboxAlert &alert)
{
    const QString severity = alert.severity();
    return !alert.stale && alert.state() == InboxAlert::State::Firing
        && (severity == QLatin1String("critical") || severity == QLatin1String("warning"));
}

/// One line of a notification: alert text from Alertmanager, its invisible characters written out.
QString notificationLine(const InboxAlert &alert)
{
    return InboxAlertText::visible(alert.summary().isEmpty()
            ? InboxAlert::describeLabels(alert.alert.labels)
            : alert.alertname() + QStringLiteral(": ") + alert.summary());
}

/// For the tray's own balloon, whose label may take text for rich text: angle brackets become
/// look-alikes, so the text reads the same and cannot be markup whichever way it is taken.
QString balloonSafe(const QString &text)
{
    QString out = text;
    out.replace(u'<', QChar(0x2039)).replace(u'>', QChar(0x203a));
    return out;
}

} // namespace

AlertNotifier::AlertNotifier(QObject *parent)
    : QObject(parent)
    , m_menu(std::make_unique<QMenu>())
{
    m_menu->setTitle(tr("Notifications"));
    m_dnd = addSwitch(tr("Do not disturb"), settingskeys::doNotDisturb, false);
    m_menu->addSeparator();
    m_notifyCritical = addSwitch(tr("Notify on new critical alerts"), settingskeys::notifyCritical, true);
    m_notifyWarning = addSwitch(tr("Notify on new warning alerts"), settingskeys::notifyWarning, true);
    m_menu->addSeparator();
    m_beepCritical = addSwitch(tr("Sound for critical alerts"), settingskeys::soundCritical, true);
    m_beepWarning = addSwitch(tr("Sound for warning alerts"), settingskeys::soundWarning, false);

    m_unavailableNote = new QAction(m_menu.get());
    m_unavailableNote->setEnabled(false);
    m_unavailableNote->setVisible(false);
    m_menu->insertAction(m_dnd, m_unavailableNote);
    m_menu->insertSeparator(m_dnd);

    m_desktop = new DesktopNotifications(this);
    connect(m_desktop, &DesktopNotifications::stateChanged, this, &AlertNotifier::updateAvailability);
    connect(m_desktop, &DesktopNotifications::activated, this, &AlertNotifier::activated);

    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(this);
        m_tray->setContextMenu(m_menu.get());
        connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
            if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                emit activated();
        });
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, &AlertNotifier::activated);
    }
    updateIcon();
    if (m_tray)
        m_tray->show();
    updateAvailability();
}

AlertNotifier::~AlertNotifier() = default;

QAction *AlertNotifier::addSwitch(const QString &text, const QString &key, bool defaultOn)
{
    QAction *action = m_menu->addAction(text);
    action->setCheckable(true);
    action->setChecked(QSettings().value(key, defaultOn).toBool());
    connect(action, &QAction::toggled, this, [key](bool on) { QSettings().setValue(key, on); });
    return action;
}

bool AlertNotifier::doNotDisturb() const
{
    return m_dnd->isChecked();
}

void AlertNotifier::setDoNotDisturb(bool on)
{
    m_dnd->setChecked(on);
}

bool AlertNotifier::notifies(const QString &severity) const
{
    if (severity == QLatin1String("critical"))
        return m_notifyCritical->isChecked();
    if (severity == QLatin1String("warning"))
        return m_notifyWarning->isChecked();
    return false;
}

void AlertNotifier::setNotifies(const QString &severity, bool on)
{
    if (severity == QLatin1String("critical"))
        m_notifyCritical->setChecked(on);
    else if (severity == QLatin1String("warning"))
        m_notifyWarning->setChecked(on);
}

bool AlertNotifier::beeps(const QString &severity) const
{
    if (severity == QLatin1String("critical"))
        return m_beepCritical->isChecked();
    if (severity == QLatin1String("warning"))
        return m_beepWarning->isChecked();
    return false;
}

void AlertNotifier::setBeeps(const QString &severity, bool on)
{
    if (severity == QLatin1String("critical"))
        m_beepCritical->setChecked(on);
    else if (severity == QLatin1String("warning"))
        m_beepWarning->setChecked(on);
}

void AlertNotifier::addBaseline(const QList<InboxAlert> &alerts)
{
    for (const InboxAlert &alert : alerts)
        m_known.insert(alert.key());
}

void AlertNotifier::setAlerts(const QList<InboxAlert> &alerts)
{
    QMap<QString, QStringList> fresh; // severity -> descriptions, critical first by key order
    int firing = 0;
    int worstRank = 99;
    m_worst.clear();
    for (const InboxAlert &alert : alerts) {
        if (alert.state() == InboxAlert::State::Firing) {
            ++firing;
            const int rank = InboxAlertText::severityRank(alert.severity());
            if (rank < worstRank) {
                worstRank = rank;
                m_worst = alert.severity();
            }
        }
        // Stale alerts are the last known state of an unreachable cluster: not news either way.
        if (alert.stale || m_known.contains(alert.key()))
            continue;
        m_known.insert(alert.key());
        if (m_baselined && announced(alert))
            fresh[alert.severity()].append(notificationLine(alert));
    }
    const bool first = !m_baselined;
    m_baselined = true;
    m_firing = firing;
    updateIcon();

    if (doNotDisturb())
        return;
    if (first) {
        summariseBacklog(alerts);
        return;
    }
    bool beep = false;
    for (const QString &severity : { QStringLiteral("critical"), QStringLiteral("warning") }) {
        const QStringList items = fresh.value(severity);
        if (items.isEmpty() || !notifies(severity))
            continue;
        const QString title = severity == QLatin1String("critical")
            ? tr("%n new critical alert(s)", nullptr, int(items.size()))
            : tr("%n new warning alert(s)", nullptr, int(items.size()));
        QStringList shown = items.mid(0, 5);
        if (items.size() > shown.size())
            shown.append(tr("… and %n more", nullptr, int(items.size() - shown.size())));
        deliver(severity, title, shown.join(u'\n'));
        beep = beep || beeps(severity);
    }
    if (beep)
        QApplication::beep();
}

void AlertNotifier::summariseBacklog(const QList<InboxAlert> &alerts)
{
    // What was firing before the console looked: one notification, so the operator who starts
    // the console to a known outage knows it is there, without a ring per alert.
    QMap<int, QStringList> lines; // severity rank -> lines, critical first
    QMap<int, QString> severities;
    int total = 0;
    for (const InboxAlert &alert : alerts) {
        if (!announced(alert) || !notifies(alert.severity()))
            continue;
        const int rank = InboxAlertText::severityRank(alert.severity());
        lines[rank].append(notificationLine(alert));
        severities[rank] = alert.severity();
        ++total;
    }
    if (total == 0)
        return;
    QStringList counts;
    QStringList shown;
    for (auto it = lines.cbegin(); it != lines.cend(); ++it) {
        counts.append(severities[it.key()] == QLatin1String("critical")
                ? tr("%n critical", nullptr, int(it->size()))
                : tr("%n warning", nullptr, int(it->size())));
        for (const QString &line : *it) {
            if (shown.size() < 5)
                shown.append(line);
        }
    }
    if (total > shown.size())
        shown.append(tr("… and %n more", nullptr, int(total - shown.size())));
    const QString title
        = tr("%n alert(s) already firing: %1", nullptr, total).arg(counts.join(QStringLiteral(", ")));
    deliver(severities.first(), title, shown.join(u'\n'));
}

void AlertNotifier::deliver(const QString &severity, const QString &title, const QString &message)
{
    const bool critical = severity == QLatin1String("critical");
    if (m_desktop->state() != DesktopNotifications::State::Unavailable) {
        m_desktop->notify(title, message,
            critical ? DesktopNotifications::Urgency::Critical : DesktopNotifications::Urgency::Normal);
    } else if (m_tray) {
        m_tray->showMessage(
            title, balloonSafe(message), critical ? QSystemTrayIcon::Critical : QSystemTrayIcon::Warning);
    }
    emit notified(severity, title, message);
}

QString AlertNotifier::unavailableReason() const
{
    if (m_tray || m_desktop->state() != DesktopNotifications::State::Unavailable)
        return {};
    return tr("Desktop notifications cannot be shown: %1, and there is no system tray.")
        .arg(m_desktop->problem());
}

void AlertNotifier::updateAvailability()
{
    const QString reason = unavailableReason();
    m_unavailableNote->setText(reason);
    m_unavailableNote->setVisible(!reason.isEmpty());
    // The sounds still work without a notification service; the notifications do not.
    for (QAction *action : { m_notifyCritical, m_notifyWarning })
        action->setEnabled(reason.isEmpty());
    if (!reason.isEmpty() && !m_toldUnavailable) {
        m_toldUnavailable = true;
        emit notificationsUnavailable(reason);
    }
}

QIcon AlertNotifier::paintIcon(int count, const QColor &color)
{
    return paintIcon(count <= 0 ? QString()
            : count > 99        ? QStringLiteral("99+")
                                : QString::number(count),
        color);
}

QIcon AlertNotifier::paintIcon(const QString &text, const QColor &color)
{
    QIcon icon;
    for (int size : { 16, 22, 32, 64 }) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(QPen(color.darker(140), std::max(1.0, size / 16.0)));
        p.setBrush(color);
        p.drawEllipse(QRectF(0.5, 0.5, size - 1, size - 1));
        if (!text.isEmpty()) {
            QFont font = QApplication::font();
            font.setBold(true);
            font.setPixelSize(int(size * (text.size() > 2 ? 0.38 : text.size() > 1 ? 0.5 : 0.62)));
            p.setFont(font);
            p.setPen(ThresholdColors::contrastRatio(Qt::white, color) >= 2.5 ? QColor(Qt::white)
                                                                             : QColor(Qt::black));
            p.drawText(QRectF(0, 0, size, size), Qt::AlignCenter, text);
        }
        p.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

void AlertNotifier::setDoubt(const QString &text)
{
    if (text == m_doubt)
        return;
    m_doubt = text;
    updateIcon();
}

void AlertNotifier::updateIcon()
{
    if (m_firing > 0) {
        m_icon = paintIcon(m_firing, SeverityStyle::color(m_worst));
        m_toolTip = tr("Pivori Console: %n alert(s) firing, worst: %1", nullptr, m_firing)
                        .arg(SeverityStyle::severityText(m_worst));
        if (!m_doubt.isEmpty())
            m_toolTip += u'\n' + tr("Others may be missing: %1").arg(m_doubt);
    } else if (!m_doubt.isEmpty()) {
        // Not the green all-clear: nobody knows whether anything fires.
        m_icon = paintIcon(QStringLiteral("?"), SeverityStyle::color(QStringLiteral("warning")));
        m_toolTip = tr("Pivori Console: alerts %1").arg(m_doubt);
    } else {
        m_icon = paintIcon(0, ThresholdColors::severityColor(Severity::Ok));
        m_toolTip = tr("Pivori Console: no alert firing");
    }
    if (!m_tray)
        return;
    m_tray->setIcon(m_icon);
    m_tray->setToolTip(m_toolTip);
}

} // namespace pivori
