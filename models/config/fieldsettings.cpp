// SPDX-License-Identifier: GPL-3.0-or-later
#include "fieldsettings.h"

#include "unitformat.h"

#include <QHash>
#include <QRegularExpression>

#include <cmath>

namespace pivori {

QString SeriesField::format(double value) const
{
    return formatValue(value, unit, decimals.value_or(-1));
}

Panel SeriesField::applied(Panel panel) const
{
    panel.unit = unit;
    panel.decimals = decimals;
    panel.min = min;
    panel.max = max;
    panel.thresholds = thresholds;
    return panel;
}

namespace {

/// A mapping's regex, compiled once per thread: mapValue() runs for every cell of a table at
/// every refresh, and building a QRegularExpression per call compiled the pattern each time.
const QRegularExpression &compiledMappingRegex(const QString &pattern)
{
    thread_local QHash<QString, QRegularExpression> compiled;
    auto it = compiled.find(pattern);
    if (it == compiled.end())
        it = compiled.insert(pattern, QRegularExpression(pattern));
    return *it;
}

} // namespace

std::optional<MappedValue> mapValue(const QList<ValueMapping> &mappings, double value)
{
    for (const ValueMapping &m : mappings) {
        bool hit = false;
        switch (m.kind) {
        case ValueMapping::Kind::Value:
            hit = value == m.value;
            break;
        case ValueMapping::Kind::Range:
            hit = !std::isnan(value) && (!m.from || value >= *m.from) && (!m.to || value <= *m.to);
            break;
        case ValueMapping::Kind::Regex:
            // As Grafana matches the value's text: the number written plainly, "0.5" or "200".
            hit = compiledMappingRegex(m.pattern).match(QString::number(value, 'g', 15)).hasMatch();
            break;
        case ValueMapping::Kind::Special:
            switch (m.special) {
            case ValueMapping::Special::Null:
            case ValueMapping::Special::NaN:
                hit = std::isnan(value);
                break;
            case ValueMapping::Special::True:
                hit = std::isfinite(value) && value != 0;
                break;
            case ValueMapping::Special::False:
                hit = value == 0;
                break;
            }
            break;
        }
        if (hit)
            return MappedValue { m.text, ConsoleConfig::colorHex(m.color) };
    }
    return std::nullopt;
}

FieldResolver::FieldResolver(const Panel &panel)
    : m_overrides(panel.overrides)
{
    m_defaults.unit = panel.unit;
    m_defaults.decimals = panel.decimals;
    m_defaults.min = panel.min;
    m_defaults.max = panel.max;
    m_defaults.thresholds = panel.thresholds;
    for (const FieldOverride &o : std::as_const(m_overrides))
        m_regexes.append(
            o.match == FieldOverride::Match::Regex ? QRegularExpression(o.pattern) : QRegularExpression());
    for (const PanelQuery &q : panel.queries)
        m_refIds.append(q.refId);
}

bool FieldResolver::matches(qsizetype override, const QString &name, int queryIndex) const
{
    const FieldOverride &o = m_overrides.at(override);
    switch (o.match) {
    case FieldOverride::Match::Name:
        return name == o.pattern;
    case FieldOverride::Match::Regex:
        return m_regexes.at(override).match(name).hasMatch();
    case FieldOverride::Match::Query:
        if (queryIndex >= 0 && queryIndex < m_refIds.size() && !m_refIds.at(queryIndex).isEmpty()
            && m_refIds.at(queryIndex) == o.pattern)
            return true;
        return o.pattern == QString::number(queryIndex);
    }
    return false;
}

SeriesField FieldResolver::field(const QString &name, int queryIndex) const
{
    SeriesField f = m_defaults;
    for (qsizetype i = 0; i < m_overrides.size(); ++i) {
        if (!matches(i, name, queryIndex))
            continue;
        const FieldOverride &o = m_overrides.at(i);
        f.unit = o.unit.value_or(f.unit);
        if (o.decimals)
            f.decimals = o.decimals;
        if (o.min)
            f.min = o.min;
        if (o.max)
            f.max = o.max;
        if (o.thresholds)
            f.thresholds = *o.thresholds;
        if (!o.color.isEmpty())
            f.color = ConsoleConfig::colorHex(o.color);
        if (!o.displayName.isEmpty())
            f.displayName = o.displayName;
        if (o.axis)
            f.axis = o.axis;
    }
    return f;
}

} // namespace pivori
