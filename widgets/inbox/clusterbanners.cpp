// SPDX-License-Identifier: GPL-3.0-or-later
#include "clusterbanners.h"

#include "thresholdcolors.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace pivori {

ClusterBanners::ClusterBanners(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("clusterBanners"));
    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(4);
    setVisible(false);
}

void ClusterBanners::setStates(const QList<AlertPoller::ClusterState> &states)
{
    qDeleteAll(m_banners);
    m_banners.clear();
    m_texts.clear();
    for (const AlertPoller::ClusterState &state : states) {
        if (!state.polled || state.message.isEmpty())
            continue;
        const bool down = !state.reachable;
        const QColor accent = ThresholdColors::severityColor(down ? Severity::Critical : Severity::Warning);
        auto *banner = new QFrame(this);
        banner->setObjectName(QStringLiteral("clusterBanner"));
        QColor fill = accent;
        fill.setAlphaF(0.14);
        banner->setStyleSheet(QStringLiteral("QFrame#clusterBanner { background: rgba(%1,%2,%3,%4);"
                                             " border-left: 4px solid %5; border-radius: 3px; }")
                                  .arg(fill.red())
                                  .arg(fill.green())
                                  .arg(fill.blue())
                                  .arg(fill.alphaF())
                                  .arg(accent.name()));
        auto *row = new QHBoxLayout(banner);
        row->setContentsMargins(10, 6, 10, 6);
        auto *title = new QLabel(down ? tr("Cluster %1 unreachable").arg(state.cluster)
                                      : tr("Cluster %1 degraded").arg(state.cluster),
            banner);
        title->setTextFormat(Qt::PlainText);
        QFont bold = title->font();
        bold.setBold(true);
        title->setFont(bold);
        row->addWidget(title);
        // Server answers and URLs: plain text.
        auto *message = new QLabel(state.message, banner);
        message->setTextFormat(Qt::PlainText);
        message->setWordWrap(true);
        message->setTextInteractionFlags(Qt::TextSelectableByMouse);
        row->addWidget(message, 1);
        QStringList tip;
        for (const auto &failure : state.failures)
            tip.append(failure.replicaUrl + QStringLiteral(": ") + failure.error.message);
        if (!tip.isEmpty()) {
            // QToolTip guesses rich text; server messages must never be taken for markup.
            banner->setToolTip(QStringLiteral("<p style='white-space:pre-wrap'>%1</p>")
                                   .arg(tip.join(u'\n').toHtmlEscaped()));
        }
        m_layout->addWidget(banner);
        m_banners.append(banner);
        m_texts.append(title->text() + QStringLiteral(": ") + state.message);
    }
    setVisible(!m_banners.isEmpty());
}

QStringList ClusterBanners::texts() const
{
    return m_texts;
}

} // namespace pivori
