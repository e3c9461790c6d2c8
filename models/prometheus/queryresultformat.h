// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "promtypes.h"

#include <QByteArray>
#include <QString>

namespace pivori {

/// `{"resultType": ..., "result": [...]}` in Prometheus's own shape, but with sample
/// values as JSON numbers. JSON has no NaN or infinity: NaN becomes null, and ±Inf the
/// strings "+Inf"/"-Inf" (so the sign survives and no one mistakes it for a number).
QByteArray queryResultToJson(const QueryResult &result);

/// A plain-text table for a terminal: one row per series (vector) or per point (matrix),
/// labels in Prometheus's `{a="b"}` notation, values as Prometheus spells them.
QString queryResultToTable(const QueryResult &result);

/// A value the way Prometheus writes it: "NaN", "+Inf", "-Inf", or the shortest decimal.
QString formatSampleValue(double value);

/// `name{a="b", c="d"}` with label values escaped as in PromQL.
QString formatLabelSet(const LabelSet &labels);

} // namespace pivori
