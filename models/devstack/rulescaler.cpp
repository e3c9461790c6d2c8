// SPDX-License-Identifier: GPL-3.0-or-later
#include "rulescaler.h"

#include "duration.h"

#include <QRegularExpression>

#include <cmath>

namespace pivori {

namespace {

QString scaled(const QString &duration, double factor)
{
    const auto ms = parseDurationMs(duration);
    if (!ms)
        return duration; // not ours to judge: promtool will
    const qint64 seconds = std::max<qint64>(1, std::llround(static_cast<double>(*ms) / factor / 1000.0));
    return formatDuration(seconds * 1000);
}

QString replaceEach(const QString &text, const QRegularExpression &pattern, double factor)
{
    QString out;
    qsizetype last = 0;
    auto it = pattern.globalMatch(text);
    while (it.hasNext()) {
        const auto match = it.next();
        out += QStringView(text).mid(last, match.capturedStart(1) - last);
        out += scaled(match.captured(1), factor);
        last = match.capturedEnd(1);
        if (match.lastCapturedIndex() >= 2 && match.capturedStart(2) >= 0) {
            out += QStringView(text).mid(last, match.capturedStart(2) - last);
            out += scaled(match.captured(2), factor);
            last = match.capturedEnd(2);
        }
    }
    out += QStringView(text).mid(last);
    return out;
}

} // namespace

QString scaleRuleDurations(const QString &rulesYaml, double factor)
{
    if (!(factor > 1.0))
        return rulesYaml;
    static const QRegularExpression forLine(
        QStringLiteral(R"(^\s*for:\s*["']?([0-9][0-9a-z]*)["']?\s*$)"), QRegularExpression::MultilineOption);
    static const QRegularExpression range(
        QStringLiteral(R"(\[\s*([0-9][0-9a-z]*)\s*(?::\s*([0-9][0-9a-z]*)\s*)?\])"));
    static const QRegularExpression offset(QStringLiteral(R"(\boffset\s+([0-9][0-9a-z]*))"));
    QString out = replaceEach(rulesYaml, forLine, factor);
    out = replaceEach(out, range, factor);
    return replaceEach(out, offset, factor);
}

} // namespace pivori
