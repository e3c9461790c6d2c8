// SPDX-License-Identifier: GPL-3.0-or-later
#include "importreport.h"

#include <QStringList>

#include <algorithm>

namespace pivori {

ImportNote::Level PanelImport::status() const
{
    ImportNote::Level worst = ImportNote::Level::Mapped;
    for (const ImportNote &n : notes)
        worst = std::max(worst, n.level);
    return worst;
}

QString ImportReport::levelName(ImportNote::Level level)
{
    switch (level) {
    case ImportNote::Level::Mapped:
        return tr("mapped");
    case ImportNote::Level::Approximated:
        return tr("approximated");
    case ImportNote::Level::Unsupported:
        return tr("unsupported");
    }
    return {};
}

int ImportReport::count(ImportNote::Level level) const
{
    return int(std::count_if(
        panels.cbegin(), panels.cend(), [level](const PanelImport &p) { return p.status() == level; }));
}

QString ImportReport::summary() const
{
    return tr("panels: %1 mapped, %2 approximated, %3 unsupported")
        .arg(count(ImportNote::Level::Mapped))
        .arg(count(ImportNote::Level::Approximated))
        .arg(count(ImportNote::Level::Unsupported));
}

QString ImportReport::text() const
{
    QStringList lines;
    lines << tr("Grafana import of %1: \"%2\" (schemaVersion %3)").arg(source, title).arg(schemaVersion);
    lines << summary();
    for (const ImportNote &n : dashboardNotes)
        lines << QStringLiteral("  [%1] %2").arg(levelName(n.level), n.text);
    for (const PanelImport &p : panels) {
        QString head = tr("panel \"%1\" (%2)").arg(p.title, p.grafanaType);
        if (!p.row.isEmpty())
            head += tr(" in row \"%1\"").arg(p.row);
        head += p.consoleId.isEmpty() ? tr(": no console panel") : tr(" -> %1").arg(p.consoleId);
        lines << QStringLiteral("%1: %2").arg(levelName(p.status()), head);
        for (const ImportNote &n : p.notes) {
            if (n.level != ImportNote::Level::Mapped)
                lines << QStringLiteral("    [%1] %2").arg(levelName(n.level), n.text);
        }
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString ImportReport::yamlComment() const
{
    QString out;
    const QStringList lines = text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        // A line break inside a title would end the comment and start YAML.
        QString safe = line;
        safe.replace(QLatin1Char('\r'), QLatin1Char(' '));
        out += QStringLiteral("# ") + safe + QLatin1Char('\n');
    }
    return out;
}

} // namespace pivori
