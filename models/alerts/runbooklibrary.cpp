// SPDX-License-Identifier: GPL-3.0-or-later
#include "runbooklibrary.h"

#include "builtintext.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>

namespace pivori {

namespace {

const QString kBuiltInDir = QStringLiteral(":/pivori/runbooks");

// The first `# heading` of a Markdown text, without the hashes.
QString firstHeading(const QString &markdown)
{
    static const QRegularExpression heading(
        QStringLiteral("^#{1,6}\\s+(.+?)\\s*#*\\s*$"), QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = heading.match(markdown);
    return match.hasMatch() ? match.captured(1) : QString();
}

struct FileText final
{
    QString text;
    QString problem;
};

FileText readText(const QString &path)
{
    QFile file(path);
    if (file.size() > RunbookLibrary::kMaxFileBytes)
        return { {},
            RunbookLibrary::tr("%1 is larger than %2 bytes").arg(path).arg(RunbookLibrary::kMaxFileBytes) };
    if (!file.open(QIODevice::ReadOnly))
        return { {}, RunbookLibrary::tr("cannot read %1: %2").arg(path, file.errorString()) };
    return { QString::fromUtf8(file.readAll()), {} };
}

bool isWebUrl(const QUrl &url)
{
    return url.isValid() && (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"))
        && !url.host().isEmpty();
}

} // namespace

RunbookLibrary::RunbookLibrary() = default;

RunbookLibrary::RunbookLibrary(const QList<Runbook> &configured)
{
    for (const Runbook &runbook : configured)
        m_configured.insert(runbook.alertname, runbook);
}

QString RunbookLibrary::builtInPath(const QString &alertname)
{
    return kBuiltInDir + u'/' + alertname + QStringLiteral(".md");
}

QStringList RunbookLibrary::builtInAlertnames()
{
    QStringList names;
    const QStringList files
        = QDir(kBuiltInDir).entryList({ QStringLiteral("*.md") }, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QString name = file.chopped(3);
        if (name != QLatin1String("procedures"))
            names.append(name);
    }
    return names;
}

QString RunbookLibrary::procedures()
{
    // Not translated: the checklist finds its procedures by the English words in their headings.
    return readText(kBuiltInDir + QStringLiteral("/procedures.md")).text;
}

std::optional<RunbookLibrary::Entry> RunbookLibrary::builtIn(const QString &alertname)
{
    // The name becomes part of a path: only plain alertnames may reach the resource system.
    static const QRegularExpression plainName(QStringLiteral("\\A[A-Za-z_][A-Za-z0-9_]*\\z"));
    if (!plainName.match(alertname).hasMatch() || alertname == QLatin1String("procedures"))
        return std::nullopt;
    const QString path = builtInPath(alertname);
    if (!QFile::exists(path))
        return std::nullopt;
    Entry entry;
    entry.alertname = alertname;
    entry.markdown = BuiltInText::translatedRunbook(readText(path).text);
    entry.title = firstHeading(entry.markdown);
    entry.source = path;
    entry.builtIn = true;
    return entry;
}

std::optional<RunbookLibrary::Entry> RunbookLibrary::lookup(const QString &alertname) const
{
    const auto configured = m_configured.constFind(alertname);
    if (configured == m_configured.cend())
        return builtIn(alertname);
    Entry entry;
    entry.alertname = alertname;
    if (configured->file.isEmpty()) {
        entry.markdown = configured->text;
        entry.source = QStringLiteral("<config>");
    } else {
        FileText read = readText(configured->file);
        if (!read.problem.isEmpty()) {
            auto fallback = builtIn(alertname);
            Entry out = fallback.value_or(Entry { alertname, {}, {}, {}, false, {} });
            out.problem = read.problem;
            return out;
        }
        entry.markdown = read.text;
        entry.source = configured->file;
    }
    entry.title = configured->title.isEmpty() || configured->title == alertname ? firstHeading(entry.markdown)
                                                                                : configured->title;
    if (entry.title.isEmpty())
        entry.title = alertname;
    return entry;
}

QStringList RunbookLibrary::alertnames() const
{
    QStringList names = builtInAlertnames();
    for (auto it = m_configured.cbegin(); it != m_configured.cend(); ++it) {
        if (!names.contains(it.key()))
            names.append(it.key());
    }
    std::sort(names.begin(), names.end());
    return names;
}

RunbookLibrary::Pane RunbookLibrary::pane(const InboxAlert &alert) const
{
    Pane pane;
    pane.alertname = alert.alertname();
    pane.summary = alert.summary();
    pane.description = alert.alert.annotations.value(QStringLiteral("description"));
    pane.labels = alert.alert.labels;
    pane.annotations = alert.alert.annotations;
    pane.runbook = lookup(pane.alertname);
    pane.dashboardId = alert.alert.annotations.value(QStringLiteral("dashboard"));

    const QUrl runbookUrl(alert.alert.annotations.value(QStringLiteral("runbook_url")), QUrl::StrictMode);
    if (isWebUrl(runbookUrl))
        pane.links.append({ tr("Runbook"), runbookUrl });
    for (auto it = alert.alert.annotations.cbegin(); it != alert.alert.annotations.cend(); ++it) {
        if (it.key() == QLatin1String("runbook_url"))
            continue;
        const QUrl url(it.value().trimmed(), QUrl::StrictMode);
        if (!it.value().contains(u' ') && isWebUrl(url))
            pane.links.append({ it.key(), url });
    }
    const QUrl source(alert.alert.generatorUrl, QUrl::StrictMode);
    if (isWebUrl(source))
        pane.links.append({ tr("Source in Prometheus"), source });
    return pane;
}

} // namespace pivori
