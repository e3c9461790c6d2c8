// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "promtypes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace pivori {

/// Reads the JSON of a /api/v1/query or /api/v1/query_range answer with JsonScanner,
/// straight into a QueryResult. Used by PrometheusParser, which classifies HTTP status
/// and non-JSON bodies first; this class only knows the JSON shape.
class PromQueryReader final
{
    Q_DECLARE_TR_FUNCTIONS(pivori::PromQueryReader)
public:
    /// The envelope fields, filled as far as the scan got (even when it failed).
    struct Envelope
    {
        QString status;
        QString errorType;
        QString error;
    };

    PromQueryReader() = delete;

    /// True when the body is well-formed JSON of the documented shape. When the envelope
    /// says "success", `result` holds the data; otherwise only `envelope` is meaningful.
    /// On false, `problem` names the place: `data.result[3].values[17]: value "abc" is not a number`.
    static bool read(const QByteArray &body, Envelope *envelope, QueryResult *result, QString *problem);
};

} // namespace pivori
