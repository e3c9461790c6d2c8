// SPDX-License-Identifier: GPL-3.0-or-later
#include "bargaugepanel.h"

#include "thresholdcolors.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollArea>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace pivori {

namespace {

/// A row is its text's height and a little air; a few series get up to twice that, not slabs.
/// The text is the panel's font, so the wall's type floor holds for names and readings too.
int minRowPixels(const QFont &font)
{
    return std::max(22, QFontMetrics(font).height() + 6);
}

} // namespace

/// Paints the rows; tall enough for all of them at their smallest height, so that the scroll
/// area around it scrolls when the panel is too short.
class BarGaugeBody final : public QWidget
{
public:
    explicit BarGaugeBody(BarGaugePanel *panel)
        : QWidget(panel)
        , m_panel(panel)
    {
        setMouseTracking(true);
    }

    int rowHeight() const
    {
        const int n = std::max<int>(1, int(m_panel->rows().size()));
        const int least = minRowPixels(font());
        const int fit = parentWidget() ? parentWidget()->height() / n : least;
        return std::clamp(fit, least, least * 2);
    }
    void relayout()
    {
        setMinimumHeight(rowHeight() * int(m_panel->rows().size()));
        update();
    }
    int rowAt(const QPoint &pos) const
    {
        const int i = pos.y() / rowHeight();
        return i >= 0 && i < m_panel->rows().size() ? i : -1;
    }

protected:
    bool event(QEvent *e) override
    {
        if (e->type() == QEvent::ToolTip) {
            auto *help = static_cast<QHelpEvent *>(e);
            const int i = rowAt(help->pos());
            if (i < 0) {
                QToolTip::hideText();
            } else {
                const BarGaugePanel::Row &row = m_panel->rows().at(i);
                // Plain text: names are label values, escaped so QToolTip never takes them for markup.
                QToolTip::showText(help->globalPos(),
                    QStringLiteral("<p style='white-space:pre'>%1</p>")
                        .arg(QStringLiteral("%1: %2").arg(row.name, m_panel->valueText(row)).toHtmlEscaped()),
                    this);
            }
            return true;
        }
        return QWidget::event(e);
    }
    void mouseReleaseEvent(QMouseEvent *e) override
    {
        const int i = rowAt(e->position().toPoint());
        if (e->button() == Qt::LeftButton && i >= 0)
            emit m_panel->seriesActivated(m_panel->panel().id, m_panel->rows().at(i).labels);
    }
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        const QList<BarGaugePanel::Row> &rows = m_panel->rows();
        const int h = rowHeight();
        const QFontMetrics metrics(font());
        int nameWidth = 0;
        int valueWidth = 0;
        for (const BarGaugePanel::Row &row : rows) {
            nameWidth = std::max(nameWidth, metrics.horizontalAdvance(row.name));
            valueWidth = std::max(valueWidth, metrics.horizontalAdvance(m_panel->valueText(row)));
        }
        constexpr int kPad = 6;
        nameWidth = std::min(nameWidth, int(width() * 0.4));
        const int barLeft = kPad + nameWidth + kPad;
        const int barRight = width() - kPad - valueWidth - kPad;
        const QColor text = palette().color(QPalette::WindowText);
        QColor track = text;
        track.setAlphaF(0.08);
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const BarGaugePanel::Row &row = rows.at(i);
            const int top = int(i) * h;
            p.setPen(text);
            p.drawText(QRect(kPad, top, nameWidth, h), Qt::AlignVCenter | Qt::AlignLeft,
                metrics.elidedText(row.name, Qt::ElideMiddle, nameWidth));
            const QColor color = m_panel->rowColor(row);
            if (barRight > barLeft) {
                const QRectF bar(barLeft, top + h * 0.2, barRight - barLeft, h * 0.6);
                p.fillRect(bar, track);
                const double frac = std::isnan(row.value) ? 0 : m_panel->fraction(row);
                p.fillRect(QRectF(bar.left(), bar.top(), bar.width() * frac, bar.height()), color);
            }
            p.setPen(ThresholdColors::readableOn(color, palette().color(QPalette::Base), 3.0));
            p.drawText(QRect(width() - kPad - valueWidth, top, valueWidth, h),
                Qt::AlignVCenter | Qt::AlignRight, m_panel->valueText(row));
        }
    }
    void changeEvent(QEvent *e) override
    {
        if (e->type() == QEvent::FontChange)
            relayout();
        QWidget::changeEvent(e);
    }

private:
    BarGaugePanel *m_panel;
};

BarGaugePanel::BarGaugePanel(const Panel &panel, QWidget *parent)
    : PanelContent(panel, parent)
    , m_body(new BarGaugeBody(this))
    , m_scroll(new QScrollArea(this))
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidgetResizable(true);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setWidget(m_body);
    // setWidget turns the body's background on: the rows sit on the panel's own background.
    m_body->setAutoFillBackground(false);
    m_scroll->viewport()->setAutoFillBackground(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scroll);
    m_scroll->viewport()->installEventFilter(this);
}

void BarGaugePanel::setPanelData(const PanelData &panelData)
{
    m_rows.clear();
    const FieldResolver fields(panel());
    for (const PanelSeries &s : panelData.series) {
        if (s.points.isEmpty())
            continue;
        Row row { s.name, s.labels, s.points.last().v, fields.field(s.name, s.queryIndex), std::nullopt };
        if (!row.field.displayName.isEmpty())
            row.name = row.field.displayName;
        row.mapped = mapValue(panel().valueMappings, row.value);
        m_rows.append(row);
    }
    m_body->relayout();
}

bool BarGaugePanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_scroll->viewport() && event->type() == QEvent::Resize)
        m_body->relayout();
    return PanelContent::eventFilter(watched, event);
}

QString BarGaugePanel::valueText(const Row &row) const
{
    if (row.mapped && !row.mapped->text.isEmpty())
        return row.mapped->text;
    return std::isnan(row.value) ? tr("No traffic") : row.field.format(row.value);
}

QColor BarGaugePanel::rowColor(const Row &row) const
{
    if (row.mapped && !row.mapped->color.isEmpty())
        return QColor(row.mapped->color);
    if (std::isnan(row.value))
        return ThresholdColors::noTrafficColor();
    if (!row.field.color.isEmpty())
        return QColor(row.field.color);
    return ThresholdColors::colorFor(row.field.thresholds, row.value, ThresholdColors::neutralColor());
}

double BarGaugePanel::scaleMin() const
{
    if (panel().min)
        return *panel().min;
    double lowest = 0;
    for (const Row &row : m_rows) {
        if (std::isfinite(row.value))
            lowest = std::min(lowest, row.value);
    }
    return lowest;
}

double BarGaugePanel::scaleMax() const
{
    if (panel().max)
        return *panel().max;
    if (panel().unit == PanelUnit::Percent)
        return 100;
    // The largest reading fills the panel: bars compare the series with each other.
    double highest = scaleMin();
    for (const Row &row : m_rows) {
        if (std::isfinite(row.value))
            highest = std::max(highest, row.value);
    }
    return highest > scaleMin() ? highest : scaleMin() + 1;
}

double BarGaugePanel::fraction(double value) const
{
    const double lo = scaleMin();
    const double hi = scaleMax();
    if (!(hi > lo) || !std::isfinite(value))
        return value > lo ? 1 : 0;
    return std::clamp((value - lo) / (hi - lo), 0.0, 1.0);
}

double BarGaugePanel::fraction(const Row &row) const
{
    if (!row.field.min && !row.field.max)
        return fraction(row.value);
    const double lo = row.field.min.value_or(scaleMin());
    const double hi = row.field.max.value_or(scaleMax());
    if (!(hi > lo) || !std::isfinite(row.value))
        return row.value > lo ? 1 : 0;
    return std::clamp((row.value - lo) / (hi - lo), 0.0, 1.0);
}

} // namespace pivori
