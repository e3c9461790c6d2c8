// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace pivori {

/// The header of a dashboard row: an arrow showing whether the row is open (▾) or collapsed
/// (▸), its title and how many panels it holds. A click, Space or Enter asks to toggle it;
/// Left collapses and Right expands, as in a tree. It is painted, not a button, so that a
/// picture of the dashboard keeps it (export leaves buttons out). The title is drawn as plain
/// text: it comes from a dashboard file and is never read as markup.
class RowHeader final : public QWidget
{
    Q_OBJECT
public:
    RowHeader(QString rowId, QString title, int panelCount, QWidget *parent = nullptr);

    QString rowId() const { return m_rowId; }
    QString title() const { return m_title; }
    bool isCollapsed() const { return m_collapsed; }
    /// Shows the state only; the view decides what a toggle does (collapseRequested).
    void setCollapsed(bool collapsed);
    /// What follows the title: "3 panels", or for a collapsed row "3 panels inside, collapsed"
    /// (a picture of the dashboard then still says what is there).
    QString countText() const;

    QSize sizeHint() const override;

signals:
    void collapseRequested(const QString &rowId, bool collapsed);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void updateAccessibleText();

    QString m_rowId;
    QString m_title;
    int m_panelCount = 0;
    bool m_collapsed = false;
    bool m_pressed = false;
};

} // namespace pivori
