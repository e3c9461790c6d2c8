// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "amtypes.h"

#include <QDialog>

class QDateTimeEdit;
class QDialogButtonBox;
class QPlainTextEdit;

namespace pivori {

/// Changes the comment and the end of a silence; the result is POSTed again with the same
/// id, matchers and start, so Alertmanager updates it in place. For an acknowledgement only
/// the author's words are edited: the "ACK!" prefix and the console's token are kept.
class SilenceEditDialog final : public QDialog
{
    Q_OBJECT
public:
    SilenceEditDialog(const QString &cluster, const Silence &silence, QWidget *parent = nullptr);

    QString cluster() const { return m_cluster; }
    /// The silence to POST: same id, matchers, start and author; the new comment and end.
    PostableSilence result() const;
    bool canAccept() const;

    void setCommentText(const QString &text);
    void setEndsAt(const QDateTime &endsAt);

private:
    void updateState();

    QString m_cluster;
    Silence m_silence;
    bool m_isAck = false;
    QPlainTextEdit *m_comment = nullptr;
    QDateTimeEdit *m_endsAt = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace pivori
