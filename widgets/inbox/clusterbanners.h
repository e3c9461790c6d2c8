// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alertpoller.h"

#include <QList>
#include <QWidget>

class QVBoxLayout;

namespace pivori {

/// One banner per Alertmanager cluster that did not fully answer the last poll: red when
/// the cluster is unreachable (its alerts are the last known ones), amber when some of its
/// replicas failed. Clusters that answered show nothing, so a problem is never hidden by an
/// empty inbox and a healthy page stays quiet.
class ClusterBanners final : public QWidget
{
    Q_OBJECT
public:
    explicit ClusterBanners(QWidget *parent = nullptr);

    void setStates(const QList<pivori::AlertPoller::ClusterState> &states);
    /// The banners' texts, in cluster order.
    QStringList texts() const;

private:
    QVBoxLayout *m_layout = nullptr;
    QList<QWidget *> m_banners;
    QStringList m_texts;
};

} // namespace pivori
