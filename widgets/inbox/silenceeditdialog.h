// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "amtypes.h"

#include <QDialog>

class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace pivori {

/// Changes the comment and the end of a silence; the result is POSTed again with the same
/// id, matchers and start, so Alertmanager updates it in place. For an acknowledgement only
/// the author's words are edited: the "ACK!" prefix and the console's token are kept. The end
/// is local time, its zone written beside it.
class SilenceEditDialog final : public QDialog
{
    Q_OBJECT
public:
    SilenceEditDialog(const QString &cluster, const Silence &silence, QWidget *parent = nullptr);

    QString cluster() const { return m_cluster; }
    /// The silence to POST: same id, matchers, start and author; the new comment and end.
    PostableSilence result() const;
    /// A comment, and an end in the future no more than SilenceLimits allows.
    bool canAccept() const;
    /// Why it cannot be saved, as the dialog says it; empty when it can.
    QString problem() const;

    void setCommentText(const QString &text);
    void setEndsAt(const QDateTime &endsAt);

private:
    void updateState();

    QString m_cluster;
    Silence m_silence;
    bool m_isAck = false;
    QPlainTextEdit *m_comment = nullptr;
    QDateTimeEdit *m_endsAt = nullptr;
    QLabel *m_zone = nullptr;
    QLabel *m_hint = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace pivori
