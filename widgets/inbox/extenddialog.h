// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QDialog>

class QDialogButtonBox;
class QLabel;

namespace pivori {

class DurationPicker;

/// Asks how much time to add to an acknowledgement or silence; the silence keeps its id,
/// matchers and start (AckService::extend). Shows the new end with its zone, and refuses one
/// further away than SilenceLimits allows.
class ExtendDialog final : public QDialog
{
    Q_OBJECT
public:
    /// @p what names what is extended, as plain text ("the acknowledgement of HighErrorRate{…}").
    /// @p currentEnd: when it ends now (the latest, for several); invalid when unknown.
    explicit ExtendDialog(const QString &what, QDateTime currentEnd = {}, QWidget *parent = nullptr);

    qint64 extraMs() const;
    void setExtraMs(qint64 ms);
    /// Why the chosen time cannot be added; empty when it can.
    QString problem() const;

private:
    void updateState();

    DurationPicker *m_duration = nullptr;
    QDateTime m_currentEnd;
    QLabel *m_newEnd = nullptr;
    QLabel *m_hint = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace pivori
