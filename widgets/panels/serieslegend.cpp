// SPDX-License-Identifier: GPL-3.0-or-later
#include "serieslegend.h"

#include "legendtablemodel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QListWidget>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolButton>

#include <algorithm>

namespace pivori {

namespace {

const QString kListValue = QStringLiteral("list");
const QString kTableValue = QStringLiteral("table");

// A legend may take this share of its panel's height before it scrolls; a table (whose rows
// carry the figures an operator compares) a little more than a list.
constexpr double kListShare = 0.3;
constexpr double kTableShare = 0.4;
constexpr int kMinimumTableRows = 3;

bool isToggleKey(const QKeyEvent *event)
{
    return event->key() == Qt::Key_Space || event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
}

} // namespace

SeriesLegend::SeriesLegend(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);

    m_list = new QListWidget(this);
    m_list->setFlow(QListView::LeftToRight);
    m_list->setWrapping(true);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setSpacing(1);
    m_list->setIconSize(QSize(22, 10));
    m_list->setMouseTracking(true);
    m_list->setFocusPolicy(Qt::TabFocus);
    m_list->setToolTip(tr("Click a series to hide or show it"));
    m_list->viewport()->setAutoFillBackground(false);
    connect(m_list, &QListWidget::itemClicked, this,
        [this](QListWidgetItem *item) { toggle(m_list->row(item)); });
    connect(m_list, &QListWidget::itemEntered, this,
        [this](QListWidgetItem *item) { emit entryHovered(m_list->row(item)); });
    layout->addWidget(m_list, 1);

    m_model = new LegendTableModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(LegendTableModel::SortRole);
    m_table = new QTableView(this);
    m_table->setModel(m_proxy);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setFrameShape(QFrame::NoFrame);
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle); // pod names differ at their ends
    m_table->setIconSize(QSize(22, 10));
    m_table->setMouseTracking(true);
    m_table->setFocusPolicy(Qt::TabFocus);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Fitting a column reads this many rows (Qt's default 1,000 formats 5,000 figures per
    // fit); the visible rows and a sample of the rest are enough for figures of one unit.
    header->setResizeContentsPrecision(100);
    header->setSectionResizeMode(LegendTableModel::Name, QHeaderView::Stretch);
    // Unsorted (the legend's own order) until a header is clicked; a third click returns to it.
    header->setSortIndicatorClearable(true);
    header->setSortIndicator(-1, Qt::DescendingOrder);
    m_table->setSortingEnabled(true);
    connect(m_table, &QTableView::clicked, this,
        [this](const QModelIndex &index) { toggle(m_proxy->mapToSource(index).row()); });
    connect(m_table, &QTableView::entered, this,
        [this](const QModelIndex &index) { emit entryHovered(m_proxy->mapToSource(index).row()); });
    layout->addWidget(m_table, 1);

    m_modeButton = new QToolButton(this);
    m_modeButton->setAutoRaise(true);
    m_modeButton->setFocusPolicy(Qt::TabFocus);
    connect(m_modeButton, &QToolButton::clicked, this,
        [this] { setMode(m_mode == Mode::List ? Mode::Table : Mode::List); });
    layout->addWidget(m_modeButton, 0, Qt::AlignTop);

    for (QAbstractItemView *view :
        { static_cast<QAbstractItemView *>(m_list), static_cast<QAbstractItemView *>(m_table) }) {
        view->installEventFilter(this);
        view->viewport()->installEventFilter(this);
        view->viewport()->setMouseTracking(true); // for entered(): the hovered entry is highlighted
    }
    m_model->setPalette(palette());
    fitRowHeight();
    applyMode();
}

void SeriesLegend::fitRowHeight()
{
    // Compact rows, a line of text each: a legend is read down a column of figures.
    const int rowHeight = std::max(fontMetrics().height(), m_table->iconSize().height()) + 4;
    m_table->verticalHeader()->setMinimumSectionSize(rowHeight);
    m_table->verticalHeader()->setDefaultSectionSize(rowHeight);
}

SeriesLegend::~SeriesLegend() = default;

void SeriesLegend::setEntries(const QList<Entry> &entries)
{
    bool sameNames = entries.size() == m_entries.size();
    for (qsizetype i = 0; sameNames && i < entries.size(); ++i)
        sameNames = entries[i].name == m_entries[i].name && entries[i].rightAxis == m_entries[i].rightAxis;
    const QList<Entry> previous = std::exchange(m_entries, entries);
    m_model->setDevicePixelRatio(devicePixelRatioF());
    m_model->setEntries(entries);
    if (!sameNames) {
        // The list's items are made when the list is shown: a table of 10,000 series must not
        // also build (and measure) 10,000 list items it does not show.
        m_list->clear();
        m_listFilled = false;
        m_highlighted = -1;
    } else if (m_listFilled) {
        for (int i = 0; i < entries.size(); ++i) {
            // Data arrives every refresh with the same legend: a new icon each time would fill
            // Qt's pixmap cache with copies (seen in a NOC soak), so only changes are restyled.
            if (previous[i].color == entries[i].color && previous[i].visible == entries[i].visible
                && previous[i].pen.style() == entries[i].pen.style())
                continue;
            restyleListItem(i);
        }
    }
    if (!m_userChoice)
        applyMode();
    else
        fillList();
    fitHeight();
}

void SeriesLegend::fillList()
{
    if (m_listFilled || m_mode != Mode::List)
        return;
    m_listFilled = true;
    for (int i = 0; i < m_entries.size(); ++i) {
        const QString name = LegendTableModel::displayName(m_entries[i]);
        auto *it = new QListWidgetItem(name, m_list);
        it->setData(Qt::AccessibleTextRole, name);
        restyleListItem(i);
    }
}

void SeriesLegend::setEntryVisible(int row, bool visible)
{
    if (row < 0 || row >= m_entries.size() || m_entries[row].visible == visible)
        return;
    m_entries[row].visible = visible;
    m_model->setEntryVisible(row, visible);
    restyleListItem(row);
}

bool SeriesLegend::isEntryVisible(int row) const
{
    return row >= 0 && row < m_entries.size() && m_entries[row].visible;
}

void SeriesLegend::setUnit(PanelUnit unit)
{
    m_model->setUnit(unit);
}

void SeriesLegend::setMaximumLines(int lines)
{
    m_maximumLines = std::max(1, lines);
    fitHeight();
}

void SeriesLegend::setAvailableHeight(int pixels)
{
    if (m_availableHeight == pixels)
        return;
    m_availableHeight = pixels;
    fitHeight();
}

void SeriesLegend::setMode(Mode mode)
{
    m_userChoice = true;
    if (!m_settingsKey.isEmpty())
        QSettings().setValue(m_settingsKey, mode == Mode::Table ? kTableValue : kListValue);
    if (mode == m_mode)
        return;
    m_mode = mode;
    applyMode();
}

void SeriesLegend::setDefaultMode(std::optional<Mode> mode)
{
    m_defaultMode = mode;
    applyMode();
}

void SeriesLegend::setSettingsKey(const QString &key)
{
    m_settingsKey = key;
    const QString stored = QSettings().value(key).toString();
    if (stored != kListValue && stored != kTableValue)
        return;
    m_userChoice = true;
    m_mode = stored == kTableValue ? Mode::Table : Mode::List;
    applyMode();
}

void SeriesLegend::applyMode()
{
    Mode wanted = m_mode;
    if (!m_userChoice)
        wanted = m_defaultMode.value_or(m_entries.size() > kAutoTableAbove ? Mode::Table : Mode::List);
    const bool changed = wanted != m_mode;
    m_mode = wanted;
    const bool table = m_mode == Mode::Table;
    fillList();
    m_list->setVisible(!table);
    m_table->setVisible(table);
    m_modeButton->setText(table ? tr("List") : tr("Table"));
    m_modeButton->setToolTip(table
            ? tr("Show the legend as a list of names")
            : tr("Show the legend as a table with each series' last, min, max and mean"));
    fitHeight();
    if (changed)
        emit modeChanged(m_mode);
}

void SeriesLegend::setHighlightedRow(int row)
{
    if (row < 0 || row >= m_entries.size())
        row = -1;
    const int previous = std::exchange(m_highlighted, row);
    if (previous == row)
        return;
    m_model->setHighlightedRow(row);
    if (previous >= 0)
        restyleListItem(previous);
    if (row >= 0) {
        restyleListItem(row);
        // With 45 pods the hovered one may be scrolled away: bring its row into view.
        if (m_mode == Mode::Table)
            m_table->scrollTo(m_proxy->mapFromSource(m_model->index(row, 0)));
        else if (QListWidgetItem *item = m_list->item(row))
            m_list->scrollToItem(item);
    }
}

QList<int> SeriesLegend::tableOrder() const
{
    QList<int> rows;
    for (int r = 0; r < m_proxy->rowCount(); ++r)
        rows.append(m_proxy->mapToSource(m_proxy->index(r, 0)).row());
    return rows;
}

void SeriesLegend::toggle(int row)
{
    if (row < 0 || row >= m_entries.size())
        return;
    const bool visible = !m_entries[row].visible;
    setEntryVisible(row, visible);
    emit entryToggled(row, visible);
}

void SeriesLegend::restyleListItem(int row)
{
    QListWidgetItem *it = m_list->item(row);
    if (!it)
        return;
    const Entry &entry = m_entries[row];
    QColor color = entry.color;
    QColor text = palette().color(QPalette::Text);
    if (!entry.visible) {
        text.setAlphaF(0.4);
        color.setAlphaF(0.5);
    }
    it->setIcon(legendSwatch(color, entry.pen.style(), entry.visible, devicePixelRatioF()));
    it->setForeground(text);
    QColor highlight = palette().color(QPalette::Highlight);
    highlight.setAlphaF(0.22);
    it->setBackground(row == m_highlighted ? QBrush(highlight) : QBrush());
    const QString name = LegendTableModel::displayName(entry);
    it->setToolTip(
        entry.visible ? tr("%1 — click to hide").arg(name) : tr("%1 — hidden, click to show").arg(name));
}

void SeriesLegend::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // The entries' text takes the palette's colour when styled: restyle them all with it.
    if (event->type() == QEvent::PaletteChange) {
        m_model->setPalette(palette());
        for (int i = 0; i < m_entries.size(); ++i)
            restyleListItem(i);
    } else if (event->type() == QEvent::FontChange) {
        fitRowHeight();
        fitHeight();
    }
}

bool SeriesLegend::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Leave && (watched == m_list->viewport() || watched == m_table->viewport())) {
        emit entryHovered(-1);
    } else if (event->type() == QEvent::KeyPress && isToggleKey(static_cast<QKeyEvent *>(event))) {
        if (watched == m_list) {
            toggle(m_list->currentRow());
            return true;
        }
        if (watched == m_table) {
            toggle(m_proxy->mapToSource(m_table->currentIndex()).row());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

int SeriesLegend::listHeight(int width) const
{
    if (m_list->count() == 0)
        return 0;
    // Simulates the list's left-to-right flow, which it only computes after being shown.
    const int gap = 2 * m_list->spacing();
    int lines = 1;
    int x = 0;
    int lineHeight = 0;
    for (int i = 0; i < m_list->count(); ++i) {
        const QSize hint = m_list->sizeHintForIndex(m_list->model()->index(i, 0));
        lineHeight = std::max(lineHeight, hint.height() + gap);
        if (x > 0 && x + hint.width() + gap > width) {
            ++lines;
            x = 0;
        }
        x += hint.width() + gap;
    }
    const int roomLines = lineHeight > 0 ? int(m_availableHeight * kListShare) / lineHeight : 0;
    const int maximum = std::max(m_maximumLines, roomLines);
    return std::min(lines, maximum) * lineHeight + 2 * m_list->frameWidth() + 2;
}

int SeriesLegend::tableHeight() const
{
    const int rows = int(m_entries.size());
    if (rows == 0)
        return 0;
    const int rowHeight = m_table->verticalHeader()->defaultSectionSize();
    const int header = m_table->horizontalHeader()->sizeHint().height();
    const int roomRows = rowHeight > 0 ? (int(m_availableHeight * kTableShare) - header) / rowHeight : 0;
    const int shown = std::min(rows, std::max(kMinimumTableRows, roomRows));
    return header + shown * rowHeight + 2 * m_table->frameWidth();
}

void SeriesLegend::fitHeight()
{
    // While a picture is made the panel grows to hold the picture's own legend; this one keeps
    // its height so the plot keeps its size (PictureSession sets the property).
    if (property("pivoriHeldForPicture").toBool())
        return;
    const int listWidth = std::max(100, m_list->viewport()->width());
    const int height = m_entries.isEmpty() ? 0
        : m_mode == Mode::List ? std::max(listHeight(listWidth), m_modeButton->sizeHint().height())
                               : tableHeight();
    if (height != maximumHeight() || height != minimumHeight())
        setFixedHeight(height);
}

void SeriesLegend::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitHeight();
}

} // namespace pivori
