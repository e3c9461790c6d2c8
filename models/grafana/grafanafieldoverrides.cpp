// SPDX-License-Identifier: GPL-3.0-or-later
// Grafana's value mappings and field overrides, read into the console's `value_mappings:` and
// `overrides:`.
#include "dashboardconfigparser.h"
#include "grafanafieldconfig.h"

#include <QHash>

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

namespace pivori {

namespace {

class GrafanaOverrideReader final
{
    Q_DECLARE_TR_FUNCTIONS(pivori::GrafanaOverrideReader)
};

using Level = ImportNote::Level;

std::optional<double> number(const QJsonValue &value)
{
    if (value.isDouble())
        return value.toDouble();
    bool ok = false;
    const double parsed = value.toString().trimmed().toDouble(&ok);
    return value.isString() && ok ? std::optional<double>(parsed) : std::nullopt;
}

/// A mapping's result ({text, color, index}) into @p m; the index orders the mappings.
int readResult(const QJsonObject &result, ValueMapping &m)
{
    m.text = result.value(QLatin1String("text")).toString();
    m.color = grafanaColorHex(result.value(QLatin1String("color")).toString());
    return result.value(QLatin1String("index")).toInt(0);
}

/// One mapping that matched nothing the console can show (no text, no colour) is left out.
bool showsSomething(const ValueMapping &m)
{
    return !m.text.isEmpty() || !m.color.isEmpty();
}

void readModernMapping(
    const QJsonObject &mapping, QList<std::pair<int, ValueMapping>> &out, PanelImport &report)
{
    const QString type = mapping.value(QLatin1String("type")).toString();
    const QJsonObject options = mapping.value(QLatin1String("options")).toObject();
    if (type == QLatin1String("value")) {
        for (auto it = options.begin(); it != options.end(); ++it) {
            ValueMapping m;
            const int index = readResult(it.value().toObject(), m);
            const auto value = number(QJsonValue(it.key()));
            if (!value) {
                report.note(Level::Approximated,
                    GrafanaOverrideReader::tr("value mapping of \"%1\": Prometheus readings are numbers")
                        .arg(it.key()));
                continue;
            }
            m.kind = ValueMapping::Kind::Value;
            m.value = *value;
            out.append({ index, m });
        }
        return;
    }
    ValueMapping m;
    const int index = readResult(options.value(QLatin1String("result")).toObject(), m);
    if (type == QLatin1String("range")) {
        m.kind = ValueMapping::Kind::Range;
        m.from = number(options.value(QLatin1String("from")));
        m.to = number(options.value(QLatin1String("to")));
        if (!m.from && !m.to)
            return;
        if (m.from && m.to && *m.from > *m.to)
            std::swap(m.from, m.to);
    } else if (type == QLatin1String("regex")) {
        m.kind = ValueMapping::Kind::Regex;
        m.pattern = options.value(QLatin1String("pattern")).toString();
        if (!QRegularExpression(m.pattern).isValid()) {
            report.note(Level::Approximated,
                GrafanaOverrideReader::tr("value mapping regex %1 is not valid here: left out")
                    .arg(m.pattern));
            return;
        }
    } else if (type == QLatin1String("special")) {
        m.kind = ValueMapping::Kind::Special;
        const QString match = options.value(QLatin1String("match")).toString();
        static const QStringList specials { QStringLiteral("null"), QStringLiteral("nan"),
            QStringLiteral("true"), QStringLiteral("false") };
        if (match == QLatin1String("null+nan")) {
            m.special = ValueMapping::Special::NaN; // both are NaN in the console
        } else if (specials.contains(match)) {
            m.special = ValueMapping::Special(specials.indexOf(match));
        } else {
            report.note(Level::Approximated,
                GrafanaOverrideReader::tr("value mapping of special value %1 not kept").arg(match));
            return;
        }
    } else {
        report.note(
            Level::Approximated, GrafanaOverrideReader::tr("value mapping of type %1 not kept").arg(type));
        return;
    }
    out.append({ index, m });
}

/// Grafana 7 (`type` 1 value, 2 range, with `text` on the mapping) and singlestat's maps.
void readLegacyMapping(
    const QJsonObject &mapping, bool range, QList<std::pair<int, ValueMapping>> &out, PanelImport &report)
{
    ValueMapping m;
    m.text = mapping.value(QLatin1String("text")).toString();
    const int index = int(out.size());
    if (range) {
        m.kind = ValueMapping::Kind::Range;
        m.from = number(mapping.value(QLatin1String("from")));
        m.to = number(mapping.value(QLatin1String("to")));
        if (m.from || m.to)
            out.append({ index, m });
        return;
    }
    const QString value = mapping.value(QLatin1String("value")).toString();
    if (value == QLatin1String("null")) {
        m.kind = ValueMapping::Kind::Special;
        m.special = ValueMapping::Special::Null;
    } else if (const auto v = number(mapping.value(QLatin1String("value")))) {
        m.value = *v;
    } else {
        report.note(Level::Approximated,
            GrafanaOverrideReader::tr("value mapping of \"%1\": Prometheus readings are numbers").arg(value));
        return;
    }
    out.append({ index, m });
}

} // namespace

QList<ValueMapping> readGrafanaValueMappings(
    const QJsonArray &mappings, const QJsonObject &legacyPanel, PanelImport &report)
{
    QList<std::pair<int, ValueMapping>> indexed;
    for (const auto &value : mappings) {
        const QJsonObject mapping = value.toObject();
        const QJsonValue type = mapping.value(QLatin1String("type"));
        if (type.isDouble())
            readLegacyMapping(mapping, type.toInt() == 2, indexed, report);
        else
            readModernMapping(mapping, indexed, report);
    }
    // A singlestat says which of its two lists it uses.
    const bool ranges = legacyPanel.value(QLatin1String("mappingType")).toInt(1) == 2;
    const QJsonArray legacy
        = legacyPanel.value(ranges ? QLatin1String("rangeMaps") : QLatin1String("valueMaps")).toArray();
    for (const auto &value : legacy)
        readLegacyMapping(value.toObject(), ranges, indexed, report);
    std::stable_sort(
        indexed.begin(), indexed.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<ValueMapping> out;
    for (const auto &[index, m] : std::as_const(indexed)) {
        if (showsSomething(m))
            out.append(m);
    }
    if (!out.isEmpty())
        report.note(
            Level::Mapped, GrafanaOverrideReader::tr("%n value mapping(s)", nullptr, int(out.size())));
    return out;
}

QList<FieldOverride> readGrafanaOverrides(
    const QJsonArray &overrides, GrafanaFieldSettings &defaults, PanelImport &report)
{
    QList<FieldOverride> out;
    for (const auto &value : overrides) {
        const QJsonObject json = value.toObject();
        const QJsonObject matcher = json.value(QLatin1String("matcher")).toObject();
        const QString id = matcher.value(QLatin1String("id")).toString();
        const QJsonValue options = matcher.value(QLatin1String("options"));
        FieldOverride o;
        QString what; // for the report
        if (id == QLatin1String("byName")) {
            o.match = FieldOverride::Match::Name;
            o.pattern = options.toString();
        } else if (id == QLatin1String("byNames")) {
            // Several names picked at once: one expression matching exactly each of them.
            QStringList names;
            for (const auto &n : options.toObject().value(QLatin1String("names")).toArray())
                names << QRegularExpression::escape(n.toString());
            o.match = FieldOverride::Match::Regex;
            o.pattern = QStringLiteral("^(?:%1)$").arg(names.join(QLatin1Char('|')));
        } else if (id == QLatin1String("byRegexp")) {
            o.match = FieldOverride::Match::Regex;
            o.pattern = options.toString();
        } else if (id == QLatin1String("byFrameRefID")) {
            o.match = FieldOverride::Match::Query;
            o.pattern = options.toString();
        } else {
            report.note(Level::Approximated,
                GrafanaOverrideReader::tr("override %1 %2 not applied")
                    .arg(id.isEmpty() ? QStringLiteral("?") : id, options.toString()));
            continue;
        }
        what = QStringLiteral("%1 %2").arg(id, o.pattern);
        if (o.pattern.isEmpty()
            || (o.match == FieldOverride::Match::Regex && !QRegularExpression(o.pattern).isValid())) {
            report.note(Level::Approximated,
                GrafanaOverrideReader::tr("override %1: not a usable matcher, left out").arg(what));
            continue;
        }
        // Values are in the console's unit once the expression is scaled: limits follow them.
        GrafanaFieldSettings own;
        own.scale = defaults.scale;
        own.min = defaults.min;
        own.max = defaults.max;
        const QJsonArray properties = json.value(QLatin1String("properties")).toArray();
        for (const auto &p : properties) {
            if (p.toObject().value(QLatin1String("id")).toString() != QLatin1String("unit"))
                continue;
            readGrafanaUnit(p.toObject().value(QLatin1String("value")).toString(), own, report);
            o.unit = own.unit;
            if (own.scale == defaults.scale)
                continue;
            if (o.match == FieldOverride::Match::Query) {
                defaults.refIdScales.insert(o.pattern, own.scale);
            } else {
                report.note(Level::Approximated,
                    GrafanaOverrideReader::tr(
                        "override %1: unit %2 shown without multiplying the values by %3")
                        .arg(what, p.toObject().value(QLatin1String("value")).toString())
                        .arg(own.scale / defaults.scale));
                own.scale = defaults.scale;
            }
        }
        QStringList skipped;
        QString placement; // custom.axisPlacement: left, right, auto (as absent)
        for (const auto &p : properties) {
            const QJsonObject property = p.toObject();
            const QString name = property.value(QLatin1String("id")).toString();
            const QJsonValue v = property.value(QLatin1String("value"));
            if (name == QLatin1String("unit")) {
                continue;
            } else if (name == QLatin1String("decimals") && v.isDouble()) {
                o.decimals = std::clamp(v.toInt(), 0, 10);
            } else if (name == QLatin1String("min") && number(v)) {
                o.min = *number(v) * own.scale;
                own.min = o.min;
            } else if (name == QLatin1String("max") && number(v)) {
                o.max = *number(v) * own.scale;
                own.max = o.max;
            } else if (name == QLatin1String("color")
                && v.toObject().value(QLatin1String("mode")).toString() == QLatin1String("fixed")
                && !grafanaColorHex(v.toObject().value(QLatin1String("fixedColor")).toString()).isEmpty()) {
                o.color = grafanaColorHex(v.toObject().value(QLatin1String("fixedColor")).toString());
            } else if (name == QLatin1String("displayName") && !v.toString().contains(QLatin1String("${"))) {
                o.displayName = v.toString();
            } else if (name == QLatin1String("custom.axisPlacement")
                && (v.toString() == QLatin1String("left") || v.toString() == QLatin1String("right")
                    || v.toString() == QLatin1String("auto"))) {
                placement = v.toString();
            } else if (name != QLatin1String("thresholds")) {
                skipped << name;
            }
        }
        for (const auto &p : properties) {
            const QJsonObject property = p.toObject();
            if (property.value(QLatin1String("id")).toString() != QLatin1String("thresholds"))
                continue;
            readGrafanaThresholds(property.value(QLatin1String("value")).toObject(), own, report);
            o.thresholds = own.thresholds;
        }
        // Grafana gives each unit an axis of its own and, on "auto", puts every axis after the
        // first (the panel's unit) on the right.
        if (placement == QLatin1String("right")
            || (placement != QLatin1String("left") && o.unit && *o.unit != defaults.unit)) {
            o.axis = YAxis::Right;
        } else if (placement == QLatin1String("left")) {
            o.axis = YAxis::Left;
        }
        if (o.min && o.max && *o.min >= *o.max) {
            o.min.reset();
            o.max.reset();
            skipped << QStringLiteral("min/max");
        }
        if (!skipped.isEmpty())
            report.note(Level::Approximated,
                GrafanaOverrideReader::tr("override %1: %2 not applied")
                    .arg(what, skipped.join(QStringLiteral(", "))));
        const bool setsSomething = o.unit || o.decimals || o.min || o.max || o.thresholds
            || !o.color.isEmpty() || !o.displayName.isEmpty() || o.axis;
        if (!setsSomething) {
            if (skipped.isEmpty())
                report.note(Level::Approximated,
                    GrafanaOverrideReader::tr("override %1: no property to apply").arg(what));
            continue;
        }
        report.note(Level::Mapped, GrafanaOverrideReader::tr("override %1").arg(what));
        out.append(o);
    }
    return out;
}

namespace {

/// A calculateField operand: a field name or a number, written as text, as
/// {"fixed": ...} or as {"matcher": {"id": "byName", "options": ...}} (Grafana 10 and later).
QString calculateOperand(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble());
    const QJsonObject o = value.toObject();
    if (o.contains(QLatin1String("fixed")))
        return calculateOperand(o.value(QLatin1String("fixed")));
    return o.value(QLatin1String("matcher")).toObject().value(QLatin1String("options")).toString();
}

/// Grafana's calculateField as a `calculate:` column; nullopt when its mode or reducer has no
/// counterpart (the caller reports it).
std::optional<CalculatedColumn> calculatedColumn(const QJsonObject &options, QString *why)
{
    static const QHash<QString, QString> reducerAliases { { QStringLiteral("sum"), QStringLiteral("Total") },
        { QStringLiteral("mean"), QStringLiteral("Mean") }, { QStringLiteral("min"), QStringLiteral("Min") },
        { QStringLiteral("max"), QStringLiteral("Max") },
        { QStringLiteral("count"), QStringLiteral("Count") } };
    const QString mode = options.value(QLatin1String("mode")).toString(QStringLiteral("reduceRow"));
    CalculatedColumn c;
    QString alias = options.value(QLatin1String("alias")).toString();
    if (mode == QLatin1String("binary")) {
        const QJsonObject binary = options.value(QLatin1String("binary")).toObject();
        c.left = calculateOperand(binary.value(QLatin1String("left")));
        c.right = calculateOperand(binary.value(QLatin1String("right")));
        const QString op = binary.value(QLatin1String("operator")).toString(QStringLiteral("*"));
        if (c.left.isEmpty() || c.right.isEmpty() || op.size() != 1
            || !QStringLiteral("+-*/%").contains(op)) {
            *why = GrafanaOverrideReader::tr("calculateField: binary %1 %2 %3 cannot be read")
                       .arg(c.left, op, c.right);
            return std::nullopt;
        }
        c.op = op.at(0);
        if (alias.isEmpty())
            alias = QStringLiteral("%1 %2 %3").arg(c.left, op, c.right);
    } else if (mode == QLatin1String("reduceRow")) {
        const QJsonObject reduce = options.value(QLatin1String("reduce")).toObject();
        const QString reducer = reduce.value(QLatin1String("reducer")).toString(QStringLiteral("sum"));
        // Grafana's reducer ids and the console's names are the same words.
        const qsizetype index = DashboardConfigParser::reducerNames().indexOf(reducer);
        if (index < 0) {
            *why = GrafanaOverrideReader::tr(
                "calculateField: reducer \"%1\" is not supported (sum, mean, min, "
                "max, count are)")
                       .arg(reducer);
            return std::nullopt;
        }
        c.mode = CalculatedColumn::Mode::Reduce;
        c.reducer = static_cast<CalculatedColumn::Reducer>(index);
        for (const auto &field : reduce.value(QLatin1String("include")).toArray())
            c.over << field.toString();
        if (alias.isEmpty())
            alias = reducerAliases.value(reducer);
    } else {
        *why = GrafanaOverrideReader::tr(
            "calculateField: mode \"%1\" is not supported (binary, reduceRow are)")
                   .arg(mode);
        return std::nullopt;
    }
    c.name = alias;
    return c;
}

} // namespace

void readGrafanaTransformations(const QJsonObject &panel, Panel &p, PanelImport &report)
{
    const QJsonArray transformations = panel.value(QLatin1String("transformations")).toArray();
    // A merge or join first: then each query keeps its own reading column ("Value #A"), which
    // the later transformations name.
    for (const auto &value : transformations) {
        const QJsonObject t = value.toObject();
        const QString id = t.value(QLatin1String("id")).toString();
        if (p.type == PanelType::Table && !t.value(QLatin1String("disabled")).toBool()
            && (id == QLatin1String("merge") || id == QLatin1String("joinByField")))
            p.join.enabled = true;
    }
    // Grafana names the reading "Value", or "Value #A" when several queries fill the table.
    const auto column = [&p](const QString &field) {
        return !p.join.enabled && field.startsWith(QLatin1String("Value #")) ? QStringLiteral("Value")
                                                                             : field;
    };
    QStringList notApplied;
    static const QStringList known { QStringLiteral("organize"), QStringLiteral("sortBy"),
        QStringLiteral("merge"), QStringLiteral("joinByField"), QStringLiteral("labelsToFields"),
        QStringLiteral("calculateField") };
    for (const auto &value : transformations) {
        const QJsonObject t = value.toObject();
        const QString id = t.value(QLatin1String("id")).toString();
        const QJsonObject options = t.value(QLatin1String("options")).toObject();
        if (t.value(QLatin1String("disabled")).toBool())
            continue;
        if (p.type != PanelType::Table || !known.contains(id)) {
            notApplied << id;
            continue;
        }
        if (id == QLatin1String("merge")) {
            report.note(
                Level::Mapped, GrafanaOverrideReader::tr("merge: one row per label set, a column per query"));
            continue;
        }
        if (id == QLatin1String("joinByField")) {
            const QString by = options.value(QLatin1String("byField")).toString();
            const QString mode = options.value(QLatin1String("mode")).toString();
            if (mode == QLatin1String("inner")) {
                p.join.inner = true;
                report.note(Level::Mapped,
                    GrafanaOverrideReader::tr("joinByField inner: only rows every query has a reading for"));
            } else if (!mode.isEmpty() && mode != QLatin1String("outer")) {
                report.note(Level::Approximated,
                    GrafanaOverrideReader::tr("joinByField mode %1 joined as outer").arg(mode));
            }
            static const QRegularExpression label(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
            if (!by.isEmpty() && by != QLatin1String("Time") && label.match(by).hasMatch()) {
                p.join.byLabel = by;
                report.note(Level::Mapped, GrafanaOverrideReader::tr("joinByField: one row per %1").arg(by));
            } else {
                report.note(Level::Approximated,
                    GrafanaOverrideReader::tr(
                        "joinByField on \"%1\": rows joined on all their labels instead")
                        .arg(by.isEmpty() ? QStringLiteral("Time") : by));
            }
            continue;
        }
        if (id == QLatin1String("labelsToFields")) {
            const bool rows = options.value(QLatin1String("mode")).toString() == QLatin1String("rows");
            report.note(rows ? Level::Approximated : Level::Mapped,
                rows ? GrafanaOverrideReader::tr(
                    "labelsToFields as rows: shown as columns, the table's labels")
                     : GrafanaOverrideReader::tr(
                         "labelsToFields: the table's labels are its columns already"));
            continue;
        }
        if (id == QLatin1String("calculateField")) {
            QString why;
            const auto calculated = calculatedColumn(options, &why);
            if (!calculated) {
                report.note(Level::Unsupported, why);
                continue;
            }
            p.calculated.append(*calculated);
            if (options.value(QLatin1String("replaceFields")).toBool()) {
                // Only the new column: the query readings go.
                for (int q = 0; q < p.queries.size(); ++q)
                    p.columns.hidden << (p.join.enabled ? joinedReadingName(p, q) : QStringLiteral("Value"));
                p.columns.hidden.removeDuplicates();
            }
            report.note(Level::Mapped,
                GrafanaOverrideReader::tr("calculateField: column \"%1\"").arg(calculated->name));
            continue;
        }
        if (id == QLatin1String("sortBy")) {
            const QJsonObject first = options.value(QLatin1String("sort")).toArray().at(0).toObject();
            const QString field = first.value(QLatin1String("field")).toString();
            if (!field.isEmpty())
                p.sortBy = TableSort { column(field), first.value(QLatin1String("desc")).toBool() };
            report.note(Level::Mapped, GrafanaOverrideReader::tr("sortBy %1").arg(field));
            continue;
        }
        // organize: the console's table has no Time column; the rest map one to one.
        const QJsonObject exclude = options.value(QLatin1String("excludeByName")).toObject();
        for (auto it = exclude.begin(); it != exclude.end(); ++it) {
            if (it.value().toBool() && it.key() != QLatin1String("Time"))
                p.columns.hidden << column(it.key());
        }
        const QJsonObject index = options.value(QLatin1String("indexByName")).toObject();
        QList<std::pair<int, QString>> order;
        for (auto it = index.begin(); it != index.end(); ++it) {
            if (it.key() != QLatin1String("Time"))
                order.append({ it.value().toInt(), column(it.key()) });
        }
        std::stable_sort(
            order.begin(), order.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
        for (const auto &[at, name] : std::as_const(order))
            p.columns.order << name;
        const QJsonObject rename = options.value(QLatin1String("renameByName")).toObject();
        for (auto it = rename.begin(); it != rename.end(); ++it) {
            if (!it.value().toString().isEmpty() && it.key() != QLatin1String("Time"))
                p.columns.rename.insert(column(it.key()), it.value().toString());
        }
        report.note(
            Level::Mapped, GrafanaOverrideReader::tr("organize: columns hidden, ordered and renamed"));
    }
    if (!notApplied.isEmpty())
        report.note(Level::Approximated,
            GrafanaOverrideReader::tr("transformations not applied: %1")
                .arg(notApplied.join(QStringLiteral(", "))));
}

} // namespace pivori
