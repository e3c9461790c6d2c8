// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "amtypes.h"

#include <QWidget>

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

signals:
    void expireRequested(const QString &cluster, const QString &silenceId);
    void extendRequested(const QString &cluster, const QString &silenceId, qint64 extraMs);
    void editRequested(const QString &cluster, const pivori::PostableSilence &silence);

private:
    void updateActions();
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
    QLabel *m_count = nullptr;
};

} // namespace pivori
