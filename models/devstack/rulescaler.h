// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace pivori {

/// Returns a Prometheus rule file with every `for:` duration, range-vector window
/// (`[5m]`, and both parts of a subquery `[1h:5m]`) and `offset` divided by `factor`,
/// never below one second. The expressions are otherwise untouched, so tests exercise
/// the shipped rules with alerts that fire in seconds instead of minutes.
/// A factor of 1 (or less) returns the text unchanged.
QString scaleRuleDurations(const QString &rulesYaml, double factor);

} // namespace pivori
