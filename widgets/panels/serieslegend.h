// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QList>
#include <QListWidget>
#include <QString>

namespace pivori {

/// The legend under a plot: a wrapping row of series names with their colour; clicking one
/// (or Space/Enter on it) hides or shows that series. Long legends scroll instead of
/// squeezing the plot.
class SeriesLegend final : public QListWidget
{
    Q_OBJECT
public:
    struct Entry
    {
        QString name;
        QColor color;
        bool visible = true;
    };

    explicit SeriesLegend(QWidget *parent = nullptr);

    /// Replaces the entries; keeps the scroll position when the names did not change.
    void setEntries(const QList<Entry> &entries);
    void setEntryVisible(int row, bool visible);
    bool isEntryVisible(int row) const;
    /// At most this many lines are shown before the legend scrolls.
    void setMaximumLines(int lines);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void entryToggled(int row, bool visible);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void toggle(QListWidgetItem *item);
    void restyle(QListWidgetItem *item);
    int neededHeight(int width) const;
    void fitHeight();

    int m_maximumLines = 3;
};

} // namespace pivori
