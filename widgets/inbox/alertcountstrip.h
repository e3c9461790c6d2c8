// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QMap>
#include <QWidget>

class QLabel;

namespace pivori {

/// The header strip of the alert page: how many alerts fire per severity (coloured chips),
/// how many more are acknowledged, silenced or inhibited, and when the inbox last heard
/// from Alertmanager. A zero is never shown while it cannot be believed (setDoubt).
class AlertCountStrip final : public QWidget
{
    Q_OBJECT
public:
    explicit AlertCountStrip(QWidget *parent = nullptr);

    /// @p firing: per severity label, alerts that need attention; @p total: all alerts.
    void setCounts(const QMap<QString, int> &firing, const QMap<QString, int> &total);
    void setLastUpdate(const QDateTime &when);
    /// Non-empty while a zero cannot be believed (the rules are not evaluated): zeros read "?"
    /// and the strip says why, e.g. "unknown since 13:20 — rules are not being evaluated".
    void setDoubt(const QString &text);
    /// The strip as one line of text, e.g. "2 critical · 3 warning · 0 info · 4 handled".
    QString summaryText() const;

private:
    QLabel *chip(const QString &severity) const;
    void render();

    QMap<QString, int> m_firing;
    QMap<QString, int> m_total;
    QString m_doubtText;
    QMap<QString, QLabel *> m_chips;
    QLabel *m_doubt = nullptr;
    QLabel *m_other = nullptr;
    QLabel *m_handled = nullptr;
    QLabel *m_updated = nullptr;
};

} // namespace pivori
