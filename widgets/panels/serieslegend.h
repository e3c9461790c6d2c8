// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "consoleconfig.h"
#include "legendentry.h"

#include <QList>
#include <QString>
#include <QWidget>

#include <optional>

class QListWidget;
class QListWidgetItem;
class QSortFilterProxyModel;
class QTableView;
class QToolButton;

namespace pivori {

class LegendTableModel;

/// The legend under a plot, either a wrapping row of names (list) or a table of every series
/// with its last, min, max and mean, sortable by a click on a column's header. Clicking a
/// series (or Space/Enter on it) hides or shows it; hovering one tells the plot to highlight it.
/// Without a choice of the user's, a few series make a list and many a table; the choice is
/// remembered per panel (settingskeys::legendMode).
class SeriesLegend final : public QWidget
{
    Q_OBJECT
public:
    using Entry = LegendEntry;
    enum class Mode { List, Table };
    /// Up to this many series the legend is a list unless the user asked for a table.
    static constexpr int kAutoTableAbove = 8;

    explicit SeriesLegend(QWidget *parent = nullptr);
    ~SeriesLegend() override;

    /// Replaces the entries; keeps the scroll position and the sort when the names did not change.
    void setEntries(const QList<Entry> &entries);
    void setEntryVisible(int row, bool visible);
    bool isEntryVisible(int row) const;
    int count() const { return int(m_entries.size()); }
    void setUnit(PanelUnit unit);

    /// The list shows at least this many lines before it scrolls (more on a tall panel).
    void setMaximumLines(int lines);
    /// The panel's height: a legend takes up to about a third of it (a table a little more).
    void setAvailableHeight(int pixels);

    Mode mode() const { return m_mode; }
    /// The user's choice; remembered under the settings key, when one is set.
    void setMode(Mode mode);
    /// The dashboard's choice (`legend_mode:`), used until the user chooses; none = a list up to
    /// kAutoTableAbove series and a table above.
    void setDefaultMode(std::optional<Mode> mode);
    /// Where the choice is remembered; reads a choice made before, if any.
    void setSettingsKey(const QString &key);

    /// The row under the mouse in the plot, marked in the legend too (-1 for none).
    void setHighlightedRow(int row);
    int highlightedRow() const { return m_highlighted; }

    // The parts, for tests: rows are the entries' order, the table shows them sorted.
    QListWidget *listView() const { return m_list; }
    QTableView *tableView() const { return m_table; }
    QToolButton *modeButton() const { return m_modeButton; }
    /// The entry rows in the order the table shows them.
    QList<int> tableOrder() const;

signals:
    void entryToggled(int row, bool visible);
    /// The mouse is over an entry (-1 when it left them).
    void entryHovered(int row);
    void modeChanged(pivori::SeriesLegend::Mode mode);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void toggle(int row);
    void restyleListItem(int row);
    /// Makes the list's items, once per set of names, when the list is what is shown.
    void fillList();
    void applyMode();
    int listHeight(int width) const;
    int tableHeight() const;
    void fitRowHeight();
    void fitHeight();

    QList<Entry> m_entries;
    QListWidget *m_list = nullptr;
    QTableView *m_table = nullptr;
    LegendTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QToolButton *m_modeButton = nullptr;
    QString m_settingsKey;
    bool m_userChoice = false;
    bool m_listFilled = false;
    Mode m_mode = Mode::List;
    std::optional<Mode> m_defaultMode;
    int m_maximumLines = 3;
    int m_availableHeight = 0;
    int m_highlighted = -1;
};

} // namespace pivori
