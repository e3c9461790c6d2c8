// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverstatuswidget.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

namespace pivori {

ServerStatusWidget::ServerStatusWidget(const QList<ServerStatus> &servers, QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (int i = 0; i < servers.size(); ++i) {
        auto *badge = new QLabel(this);
        badge->setTextFormat(Qt::PlainText); // server names and errors are not ours: never rich text
        layout->addWidget(badge);
        m_badges.append(badge);
        setStatus(i, servers[i]);
    }
}

void ServerStatusWidget::setStatus(int index, const ServerStatus &status)
{
    if (index < 0 || index >= m_badges.size())
        return;
    QLabel *badge = m_badges[index];
    const QString kind
        = status.kind == ServerStatus::Kind::Prometheus ? tr("Prometheus") : tr("Alertmanager");
    QString colour = QStringLiteral("#7f8c8d");
    QString text = tr("%1 %2: checking…").arg(kind, status.name);
    QString tip = status.url.toDisplayString();
    if (status.checked && status.reachable) {
        colour = QStringLiteral("#1e8449");
        text = tr("● %1 %2 %3 · %4 ms").arg(kind, status.name, status.version).arg(status.roundTripMs);
        tip += QLatin1Char('\n') + status.detail;
    } else if (status.checked) {
        colour = QStringLiteral("#c0392b");
        const QString since
            = QLocale().toString(status.unreachableSince.toLocalTime().time(), QLocale::ShortFormat);
        text = tr("● %1 %2 unreachable since %3").arg(kind, status.name, since);
        tip += QLatin1Char('\n') + status.detail;
    }
    badge->setText(text);
    badge->setToolTip(tip);
    badge->setStyleSheet(QStringLiteral("QLabel { color: %1; padding: 0 6px; }").arg(colour));
}

} // namespace pivori
