// SPDX-License-Identifier: GPL-3.0-or-later
#include "textblocks.h"

#include <QRegularExpression>

namespace pivori {

namespace {

/// Inline Markdown of one block: links and images become "text (url)", backticks go, and
/// **bold** / __bold__ become ranges. Whatever is not recognised stays as written.
TextBlock inlineText(TextBlock block, const QString &raw)
{
    static const QRegularExpression link(QStringLiteral("!?\\[([^\\]]*)\\]\\(([^)\\s]*)[^)]*\\)"));
    QString text = raw;
    text.replace(link, QStringLiteral("\\1 (\\2)"));
    text.remove(QLatin1Char('`'));
    static const QRegularExpression bold(QStringLiteral("\\*\\*(.+?)\\*\\*|__(.+?)__"));
    QString out;
    qsizetype from = 0;
    for (auto it = bold.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += text.mid(from, m.capturedStart() - from);
        const QString inner = m.captured(1).isEmpty() ? m.captured(2) : m.captured(1);
        block.bold.append({ int(out.size()), int(inner.size()) });
        out += inner;
        from = m.capturedEnd();
    }
    out += text.mid(from);
    block.text = out;
    return block;
}

} // namespace

QList<TextBlock> textBlocks(const QString &content, TextFormat format)
{
    QList<TextBlock> out;
    const QStringList lines
        = QString(content).replace(QStringLiteral("\r\n"), QStringLiteral("\n")).split(u'\n');
    if (format == TextFormat::Plain) {
        for (const QString &line : lines)
            out.append(TextBlock { TextBlock::Kind::Paragraph, 0, QString(), line, {} });
        while (!out.isEmpty() && out.last().text.trimmed().isEmpty())
            out.removeLast();
        return out;
    }
    static const QRegularExpression heading(QStringLiteral("^(#{1,6})\\s+(.*?)\\s*#*\\s*$"));
    static const QRegularExpression item(QStringLiteral("^\\s*([-*+]|\\d{1,9}[.)])\\s+(.*)$"));
    QString paragraph;
    const auto flush = [&] {
        if (!paragraph.isEmpty())
            out.append(inlineText(TextBlock {}, paragraph));
        paragraph.clear();
    };
    bool inCode = false;
    for (const QString &line : lines) {
        if (line.trimmed().startsWith(QLatin1String("```"))) {
            flush();
            inCode = !inCode;
            continue;
        }
        if (inCode) {
            out.append(TextBlock { TextBlock::Kind::Code, 0, QString(), line, {} });
            continue;
        }
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty()) {
            flush();
            continue;
        }
        if (const auto m = heading.match(trimmed); m.hasMatch()) {
            flush();
            TextBlock block;
            block.kind = TextBlock::Kind::Heading;
            block.level = int(m.captured(1).size());
            out.append(inlineText(block, m.captured(2)));
            continue;
        }
        if (const auto m = item.match(line); m.hasMatch()) {
            flush();
            TextBlock block;
            block.kind = TextBlock::Kind::ListItem;
            const QString mark = m.captured(1);
            block.marker = mark.front().isDigit() ? mark : QStringLiteral("•");
            out.append(inlineText(block, m.captured(2).trimmed()));
            continue;
        }
        // A line of a paragraph: Markdown joins it to the one before.
        paragraph += paragraph.isEmpty() ? trimmed : QLatin1Char(' ') + trimmed;
    }
    flush();
    return out;
}

} // namespace pivori
