// SPDX-License-Identifier: GPL-3.0-or-later
#include "textpanel.h"

#include <QFontDatabase>
#include <QPainter>
#include <QScrollArea>
#include <QTextLayout>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <utility>

namespace pivori {

/// Lays out and paints the blocks with QTextLayout: plain strings with format ranges, so no
/// part of the content is ever taken for markup.
class TextBody final : public QWidget
{
public:
    explicit TextBody(QList<TextBlock> blocks, QWidget *parent)
        : QWidget(parent)
        , m_blocks(std::move(blocks))
    {
        QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
        policy.setHeightForWidth(true);
        setSizePolicy(policy);
    }

    const QList<TextBlock> &blocks() const { return m_blocks; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return int(std::ceil(layOut(width, nullptr))); }
    QSize sizeHint() const override { return { 200, heightForWidth(200) }; }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.setPen(palette().color(QPalette::WindowText));
        layOut(width(), &p);
    }

private:
    QFont fontFor(const TextBlock &block) const
    {
        QFont f = font();
        if (block.kind == TextBlock::Kind::Code) {
            f.setFamilies(QFontDatabase::systemFont(QFontDatabase::FixedFont).families());
            f.setStyleHint(QFont::Monospace);
        }
        if (block.kind == TextBlock::Kind::Heading) {
            static constexpr double kScale[] = { 1.6, 1.35, 1.2, 1.1, 1.0, 1.0 };
            const double scale = kScale[std::clamp(block.level, 1, 6) - 1];
            // The wall sets its fonts in pixels: scale whichever size the font has.
            if (font().pixelSize() > 0)
                f.setPixelSize(int(std::lround(font().pixelSize() * scale)));
            else
                f.setPointSizeF(font().pointSizeF() * scale);
            f.setBold(true);
        }
        return f;
    }

    /// The height the blocks take at @p width; paints them too when @p painter is given.
    double layOut(int width, QPainter *painter) const
    {
        constexpr double kMargin = 6;
        double y = kMargin / 2;
        TextBlock::Kind previous = TextBlock::Kind::Paragraph;
        for (qsizetype i = 0; i < m_blocks.size(); ++i) {
            const TextBlock &block = m_blocks.at(i);
            const QFont f = fontFor(block);
            const QFontMetricsF metrics(f);
            // Space between paragraphs and around headings; lines of code and items stay close.
            const bool close = (block.kind == previous && block.kind != TextBlock::Kind::Paragraph
                                   && block.kind != TextBlock::Kind::Heading)
                || i == 0;
            if (!close)
                y += metrics.height() * 0.45;
            previous = block.kind;
            double indent = kMargin;
            if (block.kind == TextBlock::Kind::ListItem) {
                const double markerWidth = metrics.horizontalAdvance(block.marker + QStringLiteral(" "));
                if (painter) {
                    painter->setFont(f);
                    painter->drawText(QPointF(kMargin + 8, y + metrics.ascent()), block.marker);
                }
                indent
                    = kMargin + 8 + std::max(markerWidth, metrics.horizontalAdvance(QStringLiteral("00. ")));
            }
            QTextLayout layout(block.text, f);
            QTextOption option;
            option.setWrapMode(block.kind == TextBlock::Kind::Code
                    ? QTextOption::WrapAnywhere
                    : QTextOption::WrapAtWordBoundaryOrAnywhere);
            layout.setTextOption(option);
            QList<QTextLayout::FormatRange> formats;
            for (const auto &[start, length] : block.bold) {
                QTextLayout::FormatRange range;
                range.start = start;
                range.length = length;
                range.format.setFontWeight(QFont::Bold);
                formats.append(range);
            }
            layout.setFormats(formats);
            layout.beginLayout();
            double height = 0;
            const double lineWidth = std::max(10.0, width - indent - kMargin);
            for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
                line.setLineWidth(lineWidth);
                line.setPosition(QPointF(0, height));
                height += line.height();
            }
            layout.endLayout();
            if (block.text.isEmpty())
                height = metrics.height();
            if (painter)
                layout.draw(painter, QPointF(indent, y));
            y += height;
        }
        return y + kMargin / 2;
    }

    QList<TextBlock> m_blocks;
};

TextPanel::TextPanel(const Panel &panel, QWidget *parent)
    : PanelContent(panel, parent)
    , m_body(new TextBody(textBlocks(panel.content, panel.textFormat), this))
    , m_scroll(new QScrollArea(this))
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidgetResizable(true);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setWidget(m_body);
    m_scroll->viewport()->setAutoFillBackground(false);
    m_body->setAutoFillBackground(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scroll);
}

void TextPanel::setPanelData(const PanelData &)
{
    // The content is the file's; refreshes bring nothing new.
}

const QList<TextBlock> &TextPanel::blocks() const
{
    return m_body->blocks();
}

QString TextPanel::shownText() const
{
    QStringList lines;
    for (const TextBlock &block : m_body->blocks())
        lines << (block.marker.isEmpty() ? block.text : block.marker + QLatin1Char(' ') + block.text);
    return lines.join(u'\n');
}

} // namespace pivori
