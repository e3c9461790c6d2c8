// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

namespace pivori {

class DurationPicker;

/// Asks how much time to add to an acknowledgement or silence; the silence keeps its id,
/// matchers and start (AckService::extend).
class ExtendDialog final : public QDialog
{
    Q_OBJECT
public:
    /// @p what names what is extended, as plain text ("the acknowledgement of HighErrorRate{…}").
    explicit ExtendDialog(const QString &what, QWidget *parent = nullptr);

    qint64 extraMs() const;
    void setExtraMs(qint64 ms);

private:
    DurationPicker *m_duration = nullptr;
};

} // namespace pivori
