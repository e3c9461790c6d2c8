// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "consoleconfig.h"

#include <QList>
#include <QString>

namespace pivori {

/// One paragraph-like piece of a text panel, as the console draws it: plain text and where it
/// is bold. Nothing in it is markup; a link or an image is its text and its address, as text.
struct TextBlock final
{
    enum class Kind { Heading, Paragraph, ListItem, Code };
    Kind kind = Kind::Paragraph;
    int level = 0; ///< headings: 1 (#) to 6
    QString marker; ///< list items: "•" or the number written ("3.")
    QString text;
    /// Character ranges of `text` drawn bold (start, length).
    QList<std::pair<int, int>> bold;

    bool operator==(const TextBlock &) const = default;
};

/// Reads a text panel's content into blocks. Markdown: `#` headings, `-`/`*`/`+`/`1.` list
/// items, blank-line paragraphs, ``` fenced code, **bold**; `[text](url)` and `![alt](url)`
/// become "text (url)"; backticks are dropped; anything else (HTML, *italics*) stays literal
/// text. Plain: one block per line, as written.
QList<TextBlock> textBlocks(const QString &content, TextFormat format);

} // namespace pivori
