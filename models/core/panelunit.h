// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace pivori {

/// The unit a panel's values are in; it picks how values and axis ticks are written.
/// In the order of DashboardConfigParser::unitNames(), which the YAML and the snapshot data use.
enum class PanelUnit {
    Seconds,
    Milliseconds,
    Bytes,
    Percent,
    RequestsPerSecond,
    Count,
    None,
    BytesPerSecond,
    BitsPerSecond
};

} // namespace pivori
