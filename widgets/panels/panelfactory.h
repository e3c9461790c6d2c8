// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "consoleconfig.h"

class QWidget;

namespace pivori {

class CrosshairSync;
class PanelContent;
class PanelFrame;

/// Builds the widget that draws a kind of panel, inside its frame.
class PanelFactory final
{
public:
    /// The content for the panel's type; `sync` links the time series of one dashboard.
    static PanelContent *createContent(const Panel &panel, CrosshairSync *sync, QWidget *parent = nullptr);
    /// The content inside a PanelFrame, starting in the loading state.
    static PanelFrame *create(const Panel &panel, CrosshairSync *sync, QWidget *parent = nullptr);
};

} // namespace pivori
