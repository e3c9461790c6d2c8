// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace pivori {

class PanelContent;

/// Gives @p content what a picture needs to name its series (a PictureLegendSource child),
/// when it is a kind of panel that has series: time series and bars. Gauges and stats have
/// none. Reads the panels only through their public read-back API.
void attachPictureLegend(PanelContent *content);

} // namespace pivori
