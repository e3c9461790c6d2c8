// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "serverstatus.h"

#include <QList>
#include <QWidget>

class QLabel;

namespace pivori {

/// A row of small badges, one per server: green when it answers (with its version and
/// round trip in the tooltip), red with the reason and the time since when it does not.
class ServerStatusWidget final : public QWidget
{
    Q_OBJECT
public:
    explicit ServerStatusWidget(const QList<ServerStatus> &servers, QWidget *parent = nullptr);

public slots:
    void setStatus(int index, const pivori::ServerStatus &status);

private:
    QList<QLabel *> m_badges;
};

} // namespace pivori
