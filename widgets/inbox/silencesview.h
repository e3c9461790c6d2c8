// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "amtypes.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QTableView;
class QToolButton;

namespace pivori {

class SilenceTableModel;

/// The silences of every cluster — acknowledgements and other silences, active, pending
/// and (on request) expired — with Expire, Extend… and Edit… for the selected one. It asks,
/// the page does: expireRequested(), extendRequested() and editRequested() carry everything
/// needed to act.
///
/// Times carry their zone. Active silences ending within a window the operator picks (default
/// one hour, remembered in QSettings) are marked in the Ends column and counted beside the
/// buttons ("3 ending within 1h"): an acknowledgement about to run out means its alerts are
/// back soon. Matchers and Comment share the width the fixed columns leave.
class SilencesView final : public QWidget
{
    Q_OBJECT
public:
    /// @p model is not owned.
    explicit SilencesView(SilenceTableModel *model, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    /// The selected silence as cluster and id; empty strings when none.
    std::pair<QString, QString> selectedSilence() const;
    bool selectSilence(const QString &cluster, const QString &id);
    void setShowExpired(bool show);
    bool showExpired() const;
    void setEndingSoonWindowMs(qint64 ms);
    qint64 endingSoonWindowMs() const;
    /// The count line beside the buttons, as shown.
    QString countText() const;
    /// The windows offered for "ending soon", in the order offered.
    static QList<qint64> endingSoonChoicesMs();

signals:
    void expireRequested(const QString &cluster, const QString &silenceId);
    void extendRequested(const QString &cluster, const QString &silenceId, qint64 extraMs);
    void editRequested(const QString &cluster, const pivori::PostableSilence &silence);

private:
    void updateActions();
    void sizeColumns();
    void fitTextColumns();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void confirmExpire();
    void askExtend();
    void askEdit();
    const Silence *selected(QString *cluster) const;

    SilenceTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    QToolButton *m_expire = nullptr;
    QToolButton *m_extend = nullptr;
    QToolButton *m_edit = nullptr;
    QToolButton *m_showExpired = nullptr;
    QComboBox *m_endingSoon = nullptr;
    QLabel *m_count = nullptr;
    QTimer m_tick; ///< "ending soon" moves with the clock
};

} // namespace pivori
