// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "serverstatus.h"

#include <QList>
#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace pivori {

/// A red banner per server that stops answering — "Prometheus unreachable since 14:02" —
/// with the last error under it. A banner goes away by itself when its server answers
/// again, so the wall shows a problem exactly as long as it lasts.
class UnreachableBanners final : public QWidget
{
    Q_OBJECT
public:
    explicit UnreachableBanners(const QList<ServerStatus> &servers, QWidget *parent = nullptr);

    /// The banners' headlines, in server order (empty when every server answers).
    QStringList texts() const;

    /// "Prometheus unreachable since 14:02" (the name added when several servers share a
    /// kind; the date added when the outage began on another day).
    static QString headline(const ServerStatus &status, bool nameIt, const QDateTime &now);

public slots:
    void setStatus(int index, const pivori::ServerStatus &status);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    /// The banners' type: this widget's font (a wall's larger one too), bold.
    QFont bannerFont() const;

    QList<ServerStatus> m_servers;
    QVBoxLayout *m_layout = nullptr;
    QList<QWidget *> m_banners;
    QStringList m_texts;
};

} // namespace pivori
