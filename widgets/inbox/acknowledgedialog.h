// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "identifyinglabels.h"
#include "inboxalert.h"
#include "matcher.h"

#include <QDialog>
#include <QList>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace pivori {

class AlertInboxModel;
class DurationPicker;

/// Asks for what an acknowledgement needs before anything is sent: how long, a comment
/// (required: the next person on call reads it), and the author (the OS user by default,
/// then whoever acknowledged last on this machine). Shows the silences it will create — one
/// per cluster and set of identifying labels — and how many current alerts each one matches,
/// so an ack that would cover more than intended is visible before it is made.
class AcknowledgeDialog final : public QDialog
{
    Q_OBJECT
public:
    /// One silence the acknowledgement will create.
    struct Target final
    {
        QString cluster;
        QList<Matcher> matchers;
        int matching = 0; ///< current alerts of the cluster the matchers select
    };

    /// @p model (may be null) counts the alerts each silence would match.
    AcknowledgeDialog(const QList<InboxAlert> &alerts, const IdentifyingLabels &identifying,
        const AlertInboxModel *model, QWidget *parent = nullptr);

    const QList<InboxAlert> &alerts() const { return m_alerts; }
    const QList<Target> &targets() const { return m_targets; }
    qint64 durationMs() const;
    /// Trimmed.
    QString comment() const;
    QString author() const;
    void setDurationMs(qint64 ms);

    /// The preview as shown, one line per silence: `cluster: {matchers} — N alerts`.
    QStringList previewLines() const;
    bool canAccept() const;

    /// The author remembered in QSettings, else the OS user.
    static QString defaultAuthor();

public slots:
    /// Remembers the author, then closes with Accepted (only when canAccept()).
    void accept() override;

private:
    void updateState();

    QList<InboxAlert> m_alerts;
    QList<Target> m_targets;
    DurationPicker *m_duration = nullptr;
    QLabel *m_until = nullptr;
    QPlainTextEdit *m_comment = nullptr;
    QLineEdit *m_author = nullptr;
    QListWidget *m_preview = nullptr;
    QLabel *m_hint = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace pivori
