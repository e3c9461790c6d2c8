// SPDX-License-Identifier: GPL-3.0-or-later
#include "picturesession.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLayout>
#include <QWidget>

#include <algorithm>

namespace pivori {

namespace {

constexpr int kLegendGap = 4; ///< between the plot and the picture's legend

/// Lets every pending layout request run now: a panel that just got its data or its picture
/// size lays out on the next event loop turn otherwise (Qt Charts' axes among them), and the
/// picture is taken before that.
void settleLayouts()
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
}

/// The widget and everything under it, parents first.
void collect(QWidget *widget, QList<QWidget *> *out)
{
    out->append(widget);
    for (QObject *child : widget->children()) {
        if (auto *w = qobject_cast<QWidget *>(child); w && !w->isWindow())
            collect(w, out);
    }
}

} // namespace

PictureSession::PictureSession(QWidget *root, QSize contentSize)
    : m_root(root)
    , m_contentSize(contentSize.isValid() ? contentSize : root->size())
{
    // Nothing is cut: a dashboard whose rows (200 px at least) overflow the size asked for
    // makes a taller picture, as do the legends below.
    m_contentSize.setHeight(std::max(m_contentSize.height(), root->height()));
    for (PictureLegendSource *source : root->findChildren<PictureLegendSource *>())
        source->prepareForPicture();
    settleLayouts();
    QHash<QWidget *, int> grow; // per block: the root, or one of its children
    struct Pending
    {
        QWidget *host;
        QWidget *screen;
        int need;
        PictureLegendLayout layout;
    };
    QList<Pending> pending;
    const QList<PictureLegendSource *> sources = root->findChildren<PictureLegendSource *>();
    for (PictureLegendSource *source : sources) {
        QWidget *host = source->host();
        if (!host || (host != root && !host->isVisibleTo(root)))
            continue;
        QList<PictureLegendEntry> entries = source->entries();
        QWidget *screen = source->screenLegend();
        if (screen && !screen->isVisibleTo(root))
            screen = nullptr;
        // A single series is named by the panel's title, unless the screen names it too.
        if (entries.isEmpty() || (entries.size() < 2 && !screen))
            continue;
        PictureLegendLayout layout(std::move(entries), host->font(), host->width());
        const int need = layout.height() + kLegendGap;
        // The screen legend sits at the bottom of its host: its room down to the bottom is reused.
        const int have = screen ? host->height() - screen->y() : 0;
        const int reserve = std::max(0, need - have);
        Change change { host, host->size(), QMargins(), false, nullptr };
        if (!screen) {
            source->setPlotLegendShown(false);
            change.plotLegend = source;
        }
        if (reserve > 0 && host->layout()) {
            change.margins = host->layout()->contentsMargins();
            change.marginsChanged = true;
            host->layout()->setContentsMargins(change.margins + QMargins(0, 0, 0, reserve));
        }
        m_changes.append(change);
        grow[blockOf(host)] += reserve;
        if (screen) {
            m_screenLegends.append(screen);
            m_frozenHeights.append({ screen, screen->minimumHeight(), screen->maximumHeight() });
            screen->setFixedHeight(screen->height());
            // A legend that fits itself to its panel's height (SeriesLegend) reads this and
            // holds still; the export library cannot see the panels' classes.
            screen->setProperty("pivoriHeldForPicture", true);
        }
        pending.append({ host, screen, need, std::move(layout) });
    }

    // The root's children move down by what grew above them; the panels of a row grow alike,
    // so the rows stay level.
    QList<QWidget *> children;
    for (QObject *object : root->layout() ? QObjectList() : root->children()) {
        if (auto *w = qobject_cast<QWidget *>(object); w && !w->isWindow() && w->isVisibleTo(root))
            children.append(w);
    }
    std::sort(children.begin(), children.end(), [](QWidget *a, QWidget *b) { return a->y() < b->y(); });
    QHash<QWidget *, int> rowGrow;
    for (QWidget *c : std::as_const(children)) {
        int most = grow.value(c);
        for (QWidget *other : std::as_const(children)) {
            if (other->y() == c->y() && other->height() == c->height())
                most = std::max(most, grow.value(other));
        }
        rowGrow[c] = most;
    }
    int oldBottom = 0;
    int newBottom = 0;
    for (QWidget *c : std::as_const(children)) {
        int shift = 0;
        for (QWidget *above : std::as_const(children)) {
            if (above->y() + above->height() <= c->y())
                shift = std::max(shift, m_shifts.value(above) + rowGrow.value(above));
        }
        m_shifts.insert(c, shift);
        oldBottom = std::max(oldBottom, c->y() + c->height());
        newBottom = std::max(newBottom, c->y() + c->height() + shift + rowGrow.value(c));
    }
    int growth = std::max(0, newBottom - oldBottom) + grow.value(root);

    QList<QWidget *> touched;
    const auto resize = [&](QWidget *block, int extra) {
        if (extra <= 0)
            return;
        m_changes.append({ block, block->size(), QMargins(), false, nullptr });
        block->resize(block->width(), block->height() + extra);
        touched.append(block);
    };
    for (QWidget *c : std::as_const(children))
        resize(c, rowGrow.value(c));
    resize(root, grow.value(root));
    for (const Pending &p : std::as_const(pending)) {
        if (!touched.contains(p.host))
            touched.append(p.host);
    }
    relayout(touched);
    m_contentSize.rheight() += growth;

    for (Pending &p : pending) {
        // Below the plot: over the screen legend, else in the room kept at the bottom.
        const int top = p.screen ? p.screen->y() : p.host->height() - p.need + kLegendGap;
        m_legends.append({ p.host, QPoint(0, top), std::move(p.layout) });
    }
}

PictureSession::~PictureSession()
{
    QList<QWidget *> touched;
    for (const FrozenHeight &frozen : std::as_const(m_frozenHeights)) {
        if (frozen.widget) {
            frozen.widget->setProperty("pivoriHeldForPicture", QVariant());
            frozen.widget->setMinimumHeight(frozen.minimum);
            frozen.widget->setMaximumHeight(frozen.maximum);
        }
    }
    // Margins first, sizes after: a window's layout would not let it shrink below a margin
    // still reserved for the legend.
    for (const Change &change : std::as_const(m_changes)) {
        if (!change.widget)
            continue;
        if (change.marginsChanged && change.widget->layout())
            change.widget->layout()->setContentsMargins(change.margins);
        if (change.plotLegend)
            change.plotLegend->setPlotLegendShown(true);
        if (!touched.contains(change.widget.data()))
            touched.append(change.widget.data());
    }
    relayout(touched);
    // Any order: the layouts run afterwards place each host in its block again.
    for (const Change &change : std::as_const(m_changes)) {
        if (change.widget && change.widget->size() != change.size)
            change.widget->resize(change.size);
    }
    relayout(touched);
}

QWidget *PictureSession::blockOf(QWidget *widget) const
{
    // Up through the layouts: the first widget whose parent places it by hand (the dashboard's
    // canvas places its panels), or the root.
    while (widget != m_root && widget->parentWidget() && widget->parentWidget()->layout())
        widget = widget->parentWidget();
    return widget;
}

void PictureSession::relayout(const QList<QWidget *> &widgets)
{
    // Parents first, so each layout works with its widget's final size.
    for (QWidget *widget : widgets) {
        QList<QWidget *> tree;
        collect(widget, &tree);
        for (QWidget *w : std::as_const(tree)) {
            if (w->layout())
                w->layout()->activate();
        }
    }
    settleLayouts();
}

QPoint PictureSession::position(const QWidget *widget) const
{
    QPoint at(0, 0);
    const QWidget *w = widget;
    while (w && w != m_root) {
        at += w->pos();
        if (w->parentWidget() == m_root)
            at.ry() += m_shifts.value(w);
        w = w->parentWidget();
    }
    return at;
}

bool PictureSession::omits(const QWidget *widget) const
{
    if (isOmittedFromPictures(widget))
        return true;
    return std::any_of(m_screenLegends.cbegin(), m_screenLegends.cend(),
        [widget](const QPointer<QWidget> &legend) { return legend.data() == widget; });
}

const PictureSession::Legend *PictureSession::legendOf(const QWidget *host) const
{
    for (const Legend &legend : m_legends) {
        if (legend.host.data() == host)
            return &legend;
    }
    return nullptr;
}

} // namespace pivori
