// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "panelcontent.h"
#include "textblocks.h"

class QScrollArea;

namespace pivori {

class TextBody;

/// Text written in the dashboard file: headings, paragraphs, lists and bold drawn by the
/// console itself from plain text (never Qt rich text, never anything fetched), scrolling
/// when it is longer than the panel.
class TextPanel final : public PanelContent
{
    Q_OBJECT
public:
    explicit TextPanel(const Panel &panel, QWidget *parent = nullptr);

    void setPanelData(const PanelData &data) override;

    const QList<TextBlock> &blocks() const;
    /// Everything shown, as plain text, one block a line (tests, accessibility).
    QString shownText() const;

    QSize sizeHint() const override { return { 300, 160 }; }
    QSize minimumSizeHint() const override { return { 80, 40 }; }

private:
    TextBody *m_body;
    QScrollArea *m_scroll;
};

} // namespace pivori
