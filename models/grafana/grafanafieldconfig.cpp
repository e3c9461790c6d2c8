// SPDX-License-Identifier: GPL-3.0-or-later
#include "grafanafieldconfig.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

namespace pivori {

namespace {

class GrafanaFieldReader final
{
    Q_DECLARE_TR_FUNCTIONS(pivori::GrafanaFieldReader)
};

using Level = ImportNote::Level;

struct UnitMapping
{
    const char *grafana;
    PanelUnit unit;
    double scale;
    bool exact; ///< false: the console's unit only approximates Grafana's
};

// Grafana's unit ids as real dashboards use them, to the console's unit and a factor.
constexpr UnitMapping kUnits[] = {
    { "s", PanelUnit::Seconds, 1, true },
    { "dtdurations", PanelUnit::Seconds, 1, true },
    { "m", PanelUnit::Seconds, 60, true },
    { "h", PanelUnit::Seconds, 3600, true },
    { "d", PanelUnit::Seconds, 86400, true },
    { "ms", PanelUnit::Milliseconds, 1, true },
    { "dtdurationms", PanelUnit::Milliseconds, 1, true },
    { "µs", PanelUnit::Milliseconds, 0.001, true },
    { "us", PanelUnit::Milliseconds, 0.001, true },
    { "ns", PanelUnit::Milliseconds, 0.000001, true },
    { "bytes", PanelUnit::Bytes, 1, true },
    { "decbytes", PanelUnit::Bytes, 1, true },
    { "bits", PanelUnit::Bytes, 0.125, true },
    { "decbits", PanelUnit::Bytes, 0.125, true },
    { "kbytes", PanelUnit::Bytes, 1024, true },
    { "deckbytes", PanelUnit::Bytes, 1000, true },
    { "mbytes", PanelUnit::Bytes, 1048576, true },
    { "decmbytes", PanelUnit::Bytes, 1e6, true },
    { "gbytes", PanelUnit::Bytes, 1073741824, true },
    { "decgbytes", PanelUnit::Bytes, 1e9, true },
    { "Bps", PanelUnit::BytesPerSecond, 1, true },
    { "decBps", PanelUnit::BytesPerSecond, 1, true },
    { "KBs", PanelUnit::BytesPerSecond, 1000, true },
    { "MBs", PanelUnit::BytesPerSecond, 1e6, true },
    { "GBs", PanelUnit::BytesPerSecond, 1e9, true },
    { "binBps", PanelUnit::BytesPerSecond, 1, false }, // shown with decimal prefixes
    { "bps", PanelUnit::BitsPerSecond, 1, true },
    { "decbps", PanelUnit::BitsPerSecond, 1, true },
    { "Kbits", PanelUnit::BitsPerSecond, 1000, true },
    { "Mbits", PanelUnit::BitsPerSecond, 1e6, true },
    { "Gbits", PanelUnit::BitsPerSecond, 1e9, true },
    { "binbps", PanelUnit::BitsPerSecond, 1, false },
    { "percent", PanelUnit::Percent, 1, true },
    { "percentunit", PanelUnit::Percent, 100, true },
    { "reqps", PanelUnit::RequestsPerSecond, 1, true },
    { "rps", PanelUnit::RequestsPerSecond, 1, true },
    { "ops", PanelUnit::RequestsPerSecond, 1, false },
    { "iops", PanelUnit::RequestsPerSecond, 1, false },
    { "wps", PanelUnit::RequestsPerSecond, 1, false },
    { "cps", PanelUnit::RequestsPerSecond, 1, false },
    { "short", PanelUnit::Count, 1, true },
    { "none", PanelUnit::None, 1, true },
};

void readUnit(const QString &unit, GrafanaFieldSettings &out, PanelImport &report)
{
    if (unit.isEmpty())
        return;
    for (const UnitMapping &m : kUnits) {
        if (unit != QLatin1String(m.grafana))
            continue;
        out.unit = m.unit;
        out.scale = m.scale;
        if (!m.exact)
            report.note(Level::Approximated,
                GrafanaFieldReader::tr("unit %1 shown in the console's nearest unit").arg(unit));
        else if (m.scale != 1)
            report.note(Level::Mapped,
                GrafanaFieldReader::tr("unit %1: values multiplied by %2").arg(unit).arg(m.scale));
        return;
    }
    report.note(
        Level::Approximated, GrafanaFieldReader::tr("unit %1 is not known: values shown plain").arg(unit));
}

std::optional<double> number(const QJsonValue &value)
{
    if (value.isDouble())
        return value.toDouble();
    bool ok = false;
    const double parsed = value.toString().toDouble(&ok);
    return value.isString() && ok ? std::optional<double>(parsed) : std::nullopt;
}

/// Severity by colour where it says one (green, yellow/orange, red), else by position.
Severity severityOf(const QString &color, qsizetype index, qsizetype count)
{
    const QString c = color.toLower();
    if (c.contains(QLatin1String("red")))
        return Severity::Critical;
    if (c.contains(QLatin1String("yellow")) || c.contains(QLatin1String("orange")))
        return Severity::Warning;
    if (c.contains(QLatin1String("green")))
        return Severity::Ok;
    if (index == 0)
        return Severity::Ok;
    return index == count - 1 ? Severity::Critical : Severity::Warning;
}

void addThreshold(GrafanaFieldSettings &out, double value, const QString &color, Severity severity)
{
    Threshold t;
    t.value = value;
    t.severity = severity;
    t.color = grafanaColorHex(color);
    if (t.color.isEmpty())
        t.color = ConsoleConfig::colorHex(severity == Severity::Ok
                ? QStringLiteral("green")
                : (severity == Severity::Warning ? QStringLiteral("yellow") : QStringLiteral("red")));
    out.thresholds.append(t);
}

void readStepThresholds(const QJsonObject &thresholds, GrafanaFieldSettings &out, PanelImport &report)
{
    const QJsonArray steps = thresholds.value(QLatin1String("steps")).toArray();
    const bool percentage = thresholds.value(QLatin1String("mode")).toString() == QLatin1String("percentage");
    const double low = out.min.value_or(0);
    const double high = out.max.value_or(100);
    if (percentage && (!out.min || !out.max))
        report.note(Level::Approximated,
            GrafanaFieldReader::tr("percentage thresholds read against %1..%2 (Grafana uses the data's range "
                                   "when min or max is not set)")
                .arg(low)
                .arg(high));
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const QJsonObject step = steps[i].toObject();
        const QString color = step.value(QLatin1String("color")).toString();
        const Severity severity = severityOf(color, i, steps.size());
        const auto value = number(step.value(QLatin1String("value")));
        if (!value) {
            // The base step (value null) colours everything below the first limit.
            addThreshold(out, out.min.value_or(0), color, severity);
            continue;
        }
        const double v = percentage ? low + (high - low) * *value / 100 : *value * out.scale;
        addThreshold(out, v, color, severity);
    }
}

void readLegacy(const QJsonObject &panel, GrafanaFieldSettings &out, PanelImport &report)
{
    const QString type = panel.value(QLatin1String("type")).toString();
    if (type == QLatin1String("graph")) {
        const QJsonObject left = panel.value(QLatin1String("yaxes")).toArray().at(0).toObject();
        readUnit(left.value(QLatin1String("format")).toString(), out, report);
        out.min = number(left.value(QLatin1String("min")));
        out.max = number(left.value(QLatin1String("max")));
        out.stacked = panel.value(QLatin1String("stack")).toBool();
        for (const auto &v : panel.value(QLatin1String("thresholds")).toArray()) {
            const QJsonObject t = v.toObject();
            const QString mode = t.value(QLatin1String("colorMode")).toString();
            const Severity severity = mode == QLatin1String("critical")
                ? Severity::Critical
                : (mode == QLatin1String("warning") ? Severity::Warning : Severity::Ok);
            const QString color = mode == QLatin1String("custom")
                ? t.value(QLatin1String("lineColor")).toString()
                : QString();
            if (const auto value = number(t.value(QLatin1String("value"))))
                addThreshold(out, *value * out.scale, color, severity);
        }
        return;
    }
    // singlestat
    readUnit(panel.value(QLatin1String("format")).toString(), out, report);
    const QJsonObject gauge = panel.value(QLatin1String("gauge")).toObject();
    if (gauge.value(QLatin1String("show")).toBool()) {
        out.min = number(gauge.value(QLatin1String("minValue")));
        out.max = number(gauge.value(QLatin1String("maxValue")));
    }
    const QStringList limits
        = panel.value(QLatin1String("thresholds")).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    const QJsonArray colors = panel.value(QLatin1String("colors")).toArray();
    if (limits.isEmpty())
        return;
    addThreshold(out, out.min.value_or(0), colors.at(0).toString(), Severity::Ok);
    for (qsizetype i = 0; i < limits.size(); ++i) {
        bool ok = false;
        const double value = limits[i].trimmed().toDouble(&ok);
        if (ok)
            addThreshold(out, value * out.scale, colors.at(i + 1).toString(),
                i == limits.size() - 1 ? Severity::Critical : Severity::Warning);
    }
}

} // namespace

QString grafanaColorHex(const QString &color)
{
    static const QRegularExpression rgba(
        QStringLiteral("^rgba?\\(\\s*(\\d+)\\s*,\\s*(\\d+)\\s*,\\s*(\\d+)\\s*(?:,[^)]*)?\\)$"));
    QString c = color.trimmed().toLower();
    const auto hex = [](int r, int g, int b) {
        return QStringLiteral("#%1%2%3")
            .arg(std::clamp(r, 0, 255), 2, 16, QLatin1Char('0'))
            .arg(std::clamp(g, 0, 255), 2, 16, QLatin1Char('0'))
            .arg(std::clamp(b, 0, 255), 2, 16, QLatin1Char('0'));
    };
    if (const auto m = rgba.match(c); m.hasMatch())
        return hex(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    static const QRegularExpression longHex(QStringLiteral("^#[0-9a-f]{6}$"));
    static const QRegularExpression shortHex(QStringLiteral("^#[0-9a-f]{3}$"));
    if (longHex.match(c).hasMatch())
        return c;
    if (shortHex.match(c).hasMatch())
        return QStringLiteral("#") + c[1] + c[1] + c[2] + c[2] + c[3] + c[3];
    if (c.startsWith(QLatin1Char('#')))
        return {};
    // Grafana's named palette: "dark-red", "semi-dark-green", "super-light-blue" are shades of
    // a base name; the console's named colour of that base stands for all of them.
    static const QRegularExpression shade(QStringLiteral("^(?:super-light-|light-|semi-dark-|dark-)"));
    QString base = c;
    base.remove(shade);
    if (base == QLatin1String("purple"))
        return QStringLiteral("#8f3bb8");
    if (base == QLatin1String("text") || base == QLatin1String("transparent"))
        return ConsoleConfig::colorHex(QStringLiteral("grey"));
    return ConsoleConfig::colorHex(base);
}

void readGrafanaUnit(const QString &unit, GrafanaFieldSettings &out, PanelImport &report)
{
    readUnit(unit, out, report);
}

void readGrafanaThresholds(const QJsonObject &thresholds, GrafanaFieldSettings &out, PanelImport &report)
{
    readStepThresholds(thresholds, out, report);
    std::stable_sort(out.thresholds.begin(), out.thresholds.end(),
        [](const Threshold &a, const Threshold &b) { return a.value < b.value; });
}

GrafanaFieldSettings readGrafanaFieldSettings(const QJsonObject &panel, PanelImport &report)
{
    GrafanaFieldSettings out;
    const QString type = panel.value(QLatin1String("type")).toString();
    const QJsonObject fieldConfig = panel.value(QLatin1String("fieldConfig")).toObject();
    if ((type == QLatin1String("graph") || type == QLatin1String("singlestat")) && fieldConfig.isEmpty()) {
        readLegacy(panel, out, report);
    } else {
        const QJsonObject defaults = fieldConfig.value(QLatin1String("defaults")).toObject();
        readUnit(defaults.value(QLatin1String("unit")).toString(), out, report);
        if (const auto min = number(defaults.value(QLatin1String("min"))))
            out.min = *min * out.scale;
        if (const auto max = number(defaults.value(QLatin1String("max"))))
            out.max = *max * out.scale;
        readStepThresholds(defaults.value(QLatin1String("thresholds")).toObject(), out, report);
        const QString stacking = defaults.value(QLatin1String("custom"))
                                     .toObject()
                                     .value(QLatin1String("stacking"))
                                     .toObject()
                                     .value(QLatin1String("mode"))
                                     .toString();
        out.stacked = stacking == QLatin1String("normal") || stacking == QLatin1String("percent");
        if (stacking == QLatin1String("percent"))
            report.note(
                Level::Approximated, GrafanaFieldReader::tr("100% stacking drawn as normal stacking"));
        if (defaults.value(QLatin1String("decimals")).isDouble())
            out.decimals = std::clamp(defaults.value(QLatin1String("decimals")).toInt(), 0, 10);
        out.mappings = readGrafanaValueMappings(
            defaults.value(QLatin1String("mappings")).toArray(), QJsonObject(), report);
        out.overrides
            = readGrafanaOverrides(fieldConfig.value(QLatin1String("overrides")).toArray(), out, report);
    }
    if (out.min && out.max && *out.min >= *out.max) {
        report.note(Level::Approximated,
            GrafanaFieldReader::tr("min %1 is not below max %2: both left out").arg(*out.min).arg(*out.max));
        out.min.reset();
        out.max.reset();
    }
    // Old graph and singlestat panels keep decimals on the panel itself.
    if (panel.value(QLatin1String("decimals")).isDouble() && !out.decimals)
        out.decimals = std::clamp(panel.value(QLatin1String("decimals")).toInt(), 0, 10);
    if (type == QLatin1String("singlestat") && fieldConfig.isEmpty())
        out.mappings = readGrafanaValueMappings({}, panel, report);
    std::stable_sort(out.thresholds.begin(), out.thresholds.end(),
        [](const Threshold &a, const Threshold &b) { return a.value < b.value; });
    return out;
}

} // namespace pivori
