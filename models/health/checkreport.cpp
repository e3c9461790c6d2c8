// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkreport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace pivori {

namespace {

const char *colourOf(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pass:
        return "\x1b[32m";
    case CheckStatus::Warn:
        return "\x1b[33m";
    case CheckStatus::Fail:
        return "\x1b[1;31m";
    case CheckStatus::Unknown:
        break;
    }
    return "\x1b[35m";
}

/// Nagios performance data numbers: plain, dot decimal, no exponent for ordinary sizes.
QString perfNumber(double v)
{
    QString text = QString::number(v, 'f', std::abs(v) >= 1000 ? 0 : 6);
    if (text.contains(QLatin1Char('.'))) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(QLatin1Char('.')))
            text.chop(1);
    }
    return text;
}

/// A Nagios label: single-quoted, a quote inside doubled, '=' not allowed.
QString perfLabel(const QString &name)
{
    QString label = name;
    label.replace(QLatin1Char('\''), QStringLiteral("''")).replace(QLatin1Char('='), QLatin1Char('_'));
    return QLatin1Char('\'') + label + QLatin1Char('\'');
}

QString pad(const QString &text, qsizetype width)
{
    return text + QString(std::max<qsizetype>(0, width - text.size()), QLatin1Char(' '));
}

/// One line per field: a newline in a message (untrusted text from a server) would break the table.
/// One line of inert text: line breaks become spaces, every other control character (ESC, BEL,
/// from a server's message or a label value) its visible picture (U+241B for ESC), so neither the
/// terminal nor `cat` of the report file runs an escape sequence it carried.
QString oneLine(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u'\n' || u == u'\r')
            out += u' ';
        else if (u < 0x20)
            out += QChar(char16_t(0x2400 + u));
        else if (u == 0x7f)
            out += QChar(char16_t(0x2421));
        else if (u >= 0x80 && u < 0xa0)
            out += QStringLiteral("\\x%1").arg(int(u), 2, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

QString stamp(const CheckRun &run)
{
    const QDateTime t = run.startedAt.isValid() ? run.startedAt : QDateTime::currentDateTimeUtc();
    return t.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss"));
}

} // namespace

int CheckReport::exitCode(const CheckRun &run)
{
    if (run.results.isEmpty())
        return 3;
    if (run.count(CheckStatus::Fail) > 0)
        return 2;
    if (run.count(CheckStatus::Unknown) > 0)
        return 3;
    if (run.count(CheckStatus::Warn) > 0)
        return 1;
    return 0;
}

QString CheckReport::statusKey(CheckStatus status)
{
    return checkStatusKey(status);
}

QString CheckReport::statusWord(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pass:
        return tr("PASS");
    case CheckStatus::Warn:
        return tr("WARN");
    case CheckStatus::Fail:
        return tr("FAIL");
    case CheckStatus::Unknown:
        break;
    }
    return tr("UNKNOWN");
}

QByteArray CheckReport::toJson(const CheckRun &run)
{
    QJsonArray checks;
    for (const CheckResult &r : run.results) {
        QJsonObject o { { QStringLiteral("category"), r.category }, { QStringLiteral("name"), r.name },
            { QStringLiteral("status"), statusKey(r.status) }, { QStringLiteral("message"), r.message },
            { QStringLiteral("value"), r.value }, { QStringLiteral("threshold"), r.threshold },
            { QStringLiteral("timedOut"), r.timedOut }, { QStringLiteral("elapsedMs"), r.elapsedMs } };
        if (r.numericValue && std::isfinite(*r.numericValue))
            o.insert(QStringLiteral("numericValue"), *r.numericValue);
        if (r.warnAt)
            o.insert(QStringLiteral("warnAt"), *r.warnAt);
        if (r.failAt)
            o.insert(QStringLiteral("failAt"), *r.failAt);
        if (!r.link.isEmpty())
            o.insert(QStringLiteral("link"), r.link);
        checks.append(o);
    }
    const QJsonObject summary { { QStringLiteral("status"), statusKey(run.overall()) },
        { QStringLiteral("exitCode"), exitCode(run) }, { QStringLiteral("total"), int(run.results.size()) },
        { QStringLiteral("pass"), run.count(CheckStatus::Pass) },
        { QStringLiteral("warn"), run.count(CheckStatus::Warn) },
        { QStringLiteral("fail"), run.count(CheckStatus::Fail) },
        { QStringLiteral("unknown"), run.count(CheckStatus::Unknown) } };
    const QJsonObject top { { QStringLiteral("checks"), checks }, { QStringLiteral("summary"), summary },
        { QStringLiteral("time"), run.startedAt.toUTC().toString(Qt::ISODateWithMs) },
        { QStringLiteral("durationMs"), run.startedAt.msecsTo(run.finishedAt) } };
    return QJsonDocument(top).toJson(QJsonDocument::Indented);
}

QString CheckReport::toTable(const CheckRun &run, bool colour)
{
    QStringList categories;
    for (const CheckResult &r : run.results) {
        if (!categories.contains(r.category))
            categories << r.category;
    }
    qsizetype nameWidth = 4;
    qsizetype valueWidth = 5;
    qsizetype statusWidth = 4;
    for (const CheckResult &r : run.results) {
        nameWidth = std::max(nameWidth, r.name.size());
        valueWidth = std::max(valueWidth, oneLine(r.value).size());
        statusWidth = std::max(statusWidth, statusWord(r.status).size());
    }
    nameWidth = std::min<qsizetype>(nameWidth, 44);
    valueWidth = std::min<qsizetype>(valueWidth, 24);
    QString out;
    for (const QString &category : categories) {
        out += (colour ? QStringLiteral("\x1b[1m%1\x1b[0m\n") : QStringLiteral("%1\n")).arg(category);
        for (const CheckResult &r : run.results) {
            if (r.category != category)
                continue;
            const QString word = pad(statusWord(r.status), statusWidth);
            const QString status
                = colour ? QString::fromLatin1(colourOf(r.status)) + word + QStringLiteral("\x1b[0m") : word;
            QString line = QStringLiteral("  %1  %2  %3  %4")
                               .arg(status, pad(oneLine(r.name), nameWidth),
                                   pad(oneLine(r.value), valueWidth), oneLine(r.message));
            if (!r.threshold.isEmpty() && r.status != CheckStatus::Pass)
                line += QStringLiteral(" [%1]").arg(oneLine(r.threshold));
            out += line + QLatin1Char('\n');
        }
    }
    out += tr("total %1: %2 passed, %3 warning, %4 failed, %5 unknown")
               .arg(run.results.size())
               .arg(run.count(CheckStatus::Pass))
               .arg(run.count(CheckStatus::Warn))
               .arg(run.count(CheckStatus::Fail))
               .arg(run.count(CheckStatus::Unknown))
        + QLatin1Char('\n');
    return out;
}

QString CheckReport::toNagios(const CheckRun &run)
{
    static const char *const states[] = { "OK", "WARNING", "CRITICAL", "UNKNOWN" };
    const int code = exitCode(run);
    QStringList problems;
    for (const CheckResult &r : run.results) {
        if (r.status != CheckStatus::Pass)
            problems << QStringLiteral("%1: %2").arg(
                r.name, oneLine(r.message).replace(QLatin1Char('|'), QLatin1Char('/')));
    }
    QString text = tr("%1 passed, %2 warning, %3 failed, %4 unknown")
                       .arg(run.count(CheckStatus::Pass))
                       .arg(run.count(CheckStatus::Warn))
                       .arg(run.count(CheckStatus::Fail))
                       .arg(run.count(CheckStatus::Unknown));
    if (!problems.isEmpty())
        text += QStringLiteral(" - ") + problems.join(QStringLiteral("; "));
    QStringList perf;
    for (const CheckResult &r : run.results) {
        if (!r.numericValue || !std::isfinite(*r.numericValue))
            continue;
        const auto limit = [&r](const std::optional<double> &v) -> QString {
            if (!v)
                return QString();
            // A lower limit is the range "v:" (alert below v), as Nagios writes ranges.
            return perfNumber(*v) + (r.limitsAreLower ? QStringLiteral(":") : QString());
        };
        QString item = perfLabel(r.name) + QLatin1Char('=') + perfNumber(*r.numericValue) + r.perfUnit;
        const QString warn = limit(r.warnAt);
        const QString crit = limit(r.failAt);
        if (!warn.isEmpty() || !crit.isEmpty())
            item += QLatin1Char(';') + warn + QLatin1Char(';') + crit;
        perf << item;
    }
    QString line = QStringLiteral("HEALTH %1 - %2").arg(QLatin1String(states[code]), text);
    if (!perf.isEmpty())
        line += QStringLiteral(" | ") + perf.join(QLatin1Char(' '));
    return line + QLatin1Char('\n');
}

QString CheckReport::reportText(const CheckRun &run)
{
    QString out = tr("Pivori Console health report\nRun at %1 (UTC), took %2 ms\nOverall: %3\n\n")
                      .arg(run.startedAt.toUTC().toString(Qt::ISODate))
                      .arg(run.startedAt.msecsTo(run.finishedAt))
                      .arg(statusWord(run.overall()));
    out += toTable(run, false);
    QStringList links;
    for (const CheckResult &r : run.results) {
        if (r.status != CheckStatus::Pass && !r.link.isEmpty())
            links << QStringLiteral("  %1: %2").arg(oneLine(r.name), oneLine(r.link));
    }
    if (!links.isEmpty())
        out += QLatin1Char('\n') + tr("Where to look:") + QLatin1Char('\n') + links.join(QLatin1Char('\n'))
            + QLatin1Char('\n');
    return out;
}

QString CheckReport::reportFileName(const CheckRun &run)
{
    return QStringLiteral("health-report-%1.txt").arg(stamp(run));
}

QString CheckReport::snapshotFileName(const CheckRun &run)
{
    return QStringLiteral("metrics-%1.json").arg(stamp(run));
}

} // namespace pivori
