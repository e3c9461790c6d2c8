// SPDX-License-Identifier: GPL-3.0-or-later
#include "unreachablebanners.h"

#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace pivori {

UnreachableBanners::UnreachableBanners(const QList<ServerStatus> &servers, QWidget *parent)
    : QWidget(parent)
    , m_servers(servers)
    , m_layout(new QVBoxLayout(this))
{
    setObjectName(QStringLiteral("unreachableBanners"));
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(2);
    rebuild();
}

QStringList UnreachableBanners::texts() const
{
    return m_texts;
}

QString UnreachableBanners::headline(const ServerStatus &status, bool nameIt, const QDateTime &now)
{
    QString server = status.kind == ServerStatus::Kind::Prometheus ? tr("Prometheus") : tr("Alertmanager");
    if (nameIt)
        server += QLatin1Char(' ') + status.name;
    const QDateTime since = status.unreachableSince.toLocalTime();
    if (!since.isValid())
        return tr("%1 unreachable").arg(server);
    const QLocale locale;
    const QString when = since.date() == now.toLocalTime().date()
        ? locale.toString(since.time(), QStringLiteral("HH:mm"))
        : locale.toString(since, QStringLiteral("yyyy-MM-dd HH:mm"));
    return tr("%1 unreachable since %2").arg(server, when);
}

void UnreachableBanners::setStatus(int index, const ServerStatus &status)
{
    if (index < 0 || index >= m_servers.size())
        return;
    // Every poll brings a new round trip time; only what a banner shows rebuilds them.
    const ServerStatus &shown = m_servers[index];
    const bool same = shown.checked == status.checked && shown.reachable == status.reachable
        && shown.unreachableSince == status.unreachableSince && shown.detail == status.detail;
    if (same)
        return;
    m_servers[index] = status;
    rebuild();
}

QFont UnreachableBanners::bannerFont() const
{
    QFont bold = font();
    bold.setBold(true);
    return bold;
}

void UnreachableBanners::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        for (QWidget *banner : std::as_const(m_banners))
            banner->setFont(bannerFont());
}

void UnreachableBanners::rebuild()
{
    qDeleteAll(m_banners);
    m_banners.clear();
    m_texts.clear();
    int prometheusCount = 0;
    for (const ServerStatus &status : std::as_const(m_servers))
        prometheusCount += status.kind == ServerStatus::Kind::Prometheus;
    const int alertmanagerCount = int(m_servers.size()) - prometheusCount;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const ServerStatus &status : std::as_const(m_servers)) {
        // Not yet checked is not unreachable: the first poll decides.
        if (!status.checked || status.reachable)
            continue;
        const bool nameIt
            = (status.kind == ServerStatus::Kind::Prometheus ? prometheusCount : alertmanagerCount) > 1
            || status.kind == ServerStatus::Kind::Alertmanager;
        const QString text = headline(status, nameIt, now);
        m_texts << text;
        auto *banner = new QLabel(this);
        banner->setTextFormat(Qt::PlainText);
        banner->setWordWrap(true);
        banner->setText(status.detail.isEmpty() ? text : text + QLatin1Char('\n') + status.detail);
        // No font in the style sheet: that would freeze the banner at the size it had when
        // polished, and a wall that sets its larger type afterwards would show it small.
        banner->setStyleSheet(
            QStringLiteral("QLabel { background: #b00020; color: #ffffff; padding: 6px 14px; }"));
        banner->setFont(bannerFont());
        m_layout->addWidget(banner);
        m_banners << banner;
    }
    setVisible(!m_banners.isEmpty());
}

} // namespace pivori
