// SPDX-License-Identifier: GPL-3.0-or-later
#include "runbookpane.h"

#include "ageformat.h"
#include "inboxalerttext.h"
#include "procedurechecklist.h"
#include "runbookbrowser.h"
#include "severitystyle.h"

#include <QDesktopServices>
#include <QFontDatabase>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTextTable>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace pivori {

namespace {

const QString kInternalScheme = QStringLiteral("pivori-console");

bool isWebLink(const QUrl &url)
{
    return url.isValid() && !url.host().isEmpty()
        && (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"));
}

bool isDashboardLink(const QUrl &url)
{
    return url.scheme() == kInternalScheme && url.path() == QLatin1String("dashboard");
}

// Builds the pane's document from plain pieces: every insertText() is literal text.
class Writer final
{
public:
    Writer(QTextCursor &cursor, const QPalette &palette)
        : m_cursor(cursor)
        , m_palette(palette)
    {
    }

    QTextCharFormat plain() const
    {
        QTextCharFormat format;
        format.setForeground(m_palette.color(QPalette::Text));
        return format;
    }
    QTextCharFormat muted() const
    {
        QTextCharFormat format = plain();
        format.setForeground(m_palette.color(QPalette::PlaceholderText));
        return format;
    }
    QTextCharFormat bold(qreal scale = 1.0) const
    {
        QTextCharFormat format = plain();
        format.setFontWeight(QFont::Bold);
        if (scale != 1.0)
            format.setProperty(QTextFormat::FontSizeAdjustment, scale > 1.3 ? 2 : 1);
        return format;
    }

    void paragraph(const QString &text, const QTextCharFormat &format, int topMargin = 0)
    {
        QTextBlockFormat block;
        block.setTopMargin(topMargin);
        block.setBottomMargin(2);
        if (m_first) {
            m_cursor.setBlockFormat(block);
            m_first = false;
        } else {
            m_cursor.insertBlock(block, format);
        }
        m_cursor.setCharFormat(format);
        m_cursor.insertText(text, format);
    }
    void heading(const QString &text) { paragraph(text, bold(1.1), 14); }
    void link(const QString &title, const QUrl &url)
    {
        QTextCharFormat format = plain();
        format.setAnchor(true);
        format.setAnchorHref(url.toString(QUrl::FullyEncoded));
        format.setForeground(m_palette.color(QPalette::Link));
        format.setFontUnderline(true);
        format.setToolTip(url.toDisplayString());
        paragraph(QStringLiteral("↗ "), plain());
        m_cursor.insertText(title, format);
    }
    void table(const QList<std::pair<QString, QString>> &rows)
    {
        if (rows.isEmpty())
            return;
        paragraph(QString(), plain());
        QTextTableFormat format;
        format.setBorder(0);
        format.setCellPadding(2);
        format.setCellSpacing(0);
        format.setColumnWidthConstraints({ QTextLength(QTextLength::PercentageLength, 32),
            QTextLength(QTextLength::PercentageLength, 68) });
        QTextTable *table = m_cursor.insertTable(int(rows.size()), 2, format);
        QTextCharFormat name = muted();
        name.setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        QTextCharFormat value = plain();
        value.setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        for (int r = 0; r < rows.size(); ++r) {
            table->cellAt(r, 0).firstCursorPosition().insertText(rows[r].first, name);
            table->cellAt(r, 1).firstCursorPosition().insertText(rows[r].second, value);
        }
        m_cursor.movePosition(QTextCursor::End);
    }

private:
    QTextCursor &m_cursor;
    const QPalette &m_palette;
    bool m_first = true;
};

} // namespace

RunbookPane::RunbookPane(RunbookLibrary library, QWidget *parent)
    : QWidget(parent)
    , m_library(std::move(library))
{
    setObjectName(QStringLiteral("runbookPane"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    m_browser = new RunbookBrowser(splitter);
    m_browser->setObjectName(QStringLiteral("runbookBrowser"));
    m_checklist = new ProcedureChecklist(RunbookLibrary::procedures(), splitter);
    m_checklist->setContentsMargins(8, 4, 8, 4);
    splitter->addWidget(m_browser);
    splitter->addWidget(m_checklist);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 640, 260 });
    layout->addWidget(splitter);
    connect(m_browser, &QTextBrowser::anchorClicked, this, &RunbookPane::activateLink);
    clear();
}

void RunbookPane::clear()
{
    m_alert.reset();
    m_browser->document()->clear();
    QTextCursor cursor(m_browser->document());
    Writer writer(cursor, palette());
    writer.paragraph(tr("Select an alert to see its summary, labels and runbook."), writer.muted(), 8);
    m_checklist->clear();
}

QString RunbookPane::currentKey() const
{
    return m_alert ? m_alert->key() : QString();
}

void RunbookPane::showAlert(const InboxAlert &alert)
{
    const bool same = m_alert && m_alert->key() == alert.key();
    if (same && *m_alert == alert)
        return;
    const int scroll = m_browser->verticalScrollBar()->value();
    m_alert = alert;
    render(alert);
    if (same)
        m_browser->verticalScrollBar()->setValue(scroll);
    else
        m_checklist->setAlert(alert.key(), alert.severity());
}

void RunbookPane::render(const InboxAlert &alert)
{
    const RunbookLibrary::Pane pane = m_library.pane(alert);
    QTextDocument *document = m_browser->document();
    document->clear();
    document->setDocumentMargin(10);
    QTextCursor cursor(document);
    Writer w(cursor, palette());

    // Alert text is shown with its invisible characters written out (InboxAlertText::visible).
    const auto visible = &InboxAlertText::visible;
    w.paragraph(pane.alertname.isEmpty() ? tr("(no alertname)") : visible(pane.alertname), w.bold(1.5));
    QTextCharFormat severity = w.bold();
    severity.setForeground(SeverityStyle::color(alert.severity()).darker(120));
    w.paragraph(QStringLiteral("● ") + visible(SeverityStyle::severityText(alert.severity())), severity);
    cursor.insertText(QStringLiteral("  ·  ") + InboxAlertText::state(alert) + QStringLiteral("  ·  ")
            + tr("cluster %1").arg(alert.cluster) + QStringLiteral("  ·  ")
            + tr("started %1 ago")
                  .arg(AgeFormat::compact(alert.alert.startsAt.msecsTo(QDateTime::currentDateTimeUtc()))),
        w.muted());

    const QString detail = InboxAlertText::stateDetail(alert);
    if (!detail.isEmpty()) {
        QTextCharFormat stateFormat = w.plain();
        stateFormat.setForeground(
            SeverityStyle::stateColor(alert.state(), alert.ackPending, palette().color(QPalette::Base)));
        w.paragraph(detail, stateFormat, 6);
    }
    if (alert.ackPending)
        w.paragraph(tr("An acknowledgement is waiting for Alertmanager to confirm it."), w.muted(), 6);
    if (alert.stale)
        w.paragraph(
            tr("Cluster %1 did not answer the last poll: this is its last known state.").arg(alert.cluster),
            w.muted(), 6);

    if (!pane.summary.isEmpty())
        w.paragraph(visible(pane.summary), w.bold(), 10);
    if (!pane.description.isEmpty())
        w.paragraph(InboxAlertText::visibleLines(pane.description), w.plain(), 4);

    if (!pane.links.isEmpty() || !pane.dashboardId.isEmpty()) {
        w.heading(tr("Links"));
        if (!pane.dashboardId.isEmpty())
            w.link(tr("Open related dashboard (%1)").arg(pane.dashboardId), dashboardUrl(pane.dashboardId));
        for (const RunbookLibrary::Link &link : pane.links)
            w.link(visible(link.title), link.url);
    }

    w.heading(tr("Labels"));
    QList<std::pair<QString, QString>> rows;
    for (auto it = pane.labels.cbegin(); it != pane.labels.cend(); ++it)
        rows.append({ visible(it.key()), visible(it.value()) });
    w.table(rows);
    rows.clear();
    static const QStringList shownAbove { QStringLiteral("summary"), QStringLiteral("description") };
    for (auto it = pane.annotations.cbegin(); it != pane.annotations.cend(); ++it) {
        if (!shownAbove.contains(it.key()))
            rows.append({ visible(it.key()), InboxAlertText::visibleLines(it.value()) });
    }
    if (!rows.isEmpty()) {
        w.heading(tr("Annotations"));
        w.table(rows);
    }

    if (pane.runbook && !pane.runbook->markdown.isEmpty()) {
        w.heading(tr("Runbook"));
        if (!pane.runbook->problem.isEmpty())
            w.paragraph(
                tr("The configured runbook could not be used: %1").arg(pane.runbook->problem), w.muted());
        w.paragraph(QString(), w.plain());
        insertRunbook(cursor, *pane.runbook);
    } else {
        w.heading(tr("Runbook"));
        if (pane.runbook && !pane.runbook->problem.isEmpty())
            w.paragraph(
                tr("The configured runbook could not be used: %1").arg(pane.runbook->problem), w.muted());
        w.paragraph(tr("No runbook for %1. Add one under \"runbooks:\" in the configuration.")
                        .arg(visible(pane.alertname)),
            w.muted());
    }
    m_browser->moveCursor(QTextCursor::Start);
}

void RunbookPane::insertRunbook(QTextCursor &cursor, const RunbookLibrary::Entry &entry)
{
    QTextDocument markdown;
    markdown.setMarkdown(entry.markdown,
        QTextDocument::MarkdownFeatures(
            QTextDocument::MarkdownDialectGitHub | QTextDocument::MarkdownNoHTML));
    sanitize(&markdown);
    cursor.insertFragment(QTextDocumentFragment(&markdown));
}

void RunbookPane::sanitize(QTextDocument *document)
{
    // A configured runbook is Markdown from a file: keep only links the pane can handle, and
    // turn images into their address, since nothing is fetched anyway.
    struct Range final
    {
        int start;
        int length;
        QTextCharFormat format;
        QString replacement;
    };
    QList<Range> ranges;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        // The pane has its own headings: the runbook's sit below them, not above.
        if (const int level = block.blockFormat().headingLevel(); level > 0) {
            QTextCursor heading(block);
            heading.select(QTextCursor::BlockUnderCursor);
            QTextCharFormat smaller;
            smaller.setProperty(QTextFormat::FontSizeAdjustment, level == 1 ? 1 : 0);
            smaller.setFontWeight(QFont::Bold);
            heading.mergeCharFormat(smaller);
        }
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            QTextCharFormat format = fragment.charFormat();
            if (format.isImageFormat()) {
                const QUrl source(format.toImageFormat().name());
                if (source.scheme() != QLatin1String("qrc")) {
                    QTextCharFormat text;
                    ranges.append({ fragment.position(), fragment.length(), text,
                        tr("[image: %1]").arg(source.toDisplayString()) });
                }
                continue;
            }
            if (format.isAnchor() && !isWebLink(QUrl(format.anchorHref()))) {
                format.setAnchor(false);
                format.clearProperty(QTextFormat::AnchorHref);
                format.setFontUnderline(false);
                format.clearForeground();
                ranges.append({ fragment.position(), fragment.length(), format, QString() });
            }
        }
    }
    // From the end, so earlier positions stay valid when a replacement changes the length.
    for (auto it = ranges.crbegin(); it != ranges.crend(); ++it) {
        QTextCursor cursor(document);
        cursor.setPosition(it->start);
        cursor.setPosition(it->start + it->length, QTextCursor::KeepAnchor);
        if (it->replacement.isEmpty())
            cursor.setCharFormat(it->format);
        else
            cursor.insertText(it->replacement, it->format);
    }
}

QString RunbookPane::plainText() const
{
    return m_browser->toPlainText();
}

QList<QUrl> RunbookPane::offeredLinks() const
{
    QList<QUrl> links;
    for (QTextBlock block = m_browser->document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (format.isAnchor() && !format.anchorHref().isEmpty()) {
                const QUrl url(format.anchorHref());
                if (!links.contains(url))
                    links.append(url);
            }
        }
    }
    return links;
}

QUrl RunbookPane::dashboardUrl(const QString &dashboardId)
{
    QUrl url;
    url.setScheme(kInternalScheme);
    url.setPath(QStringLiteral("dashboard"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("id"), dashboardId);
    url.setQuery(query);
    return url;
}

bool RunbookPane::activateLink(const QUrl &url)
{
    if (isDashboardLink(url)) {
        const QString id = QUrlQuery(url).queryItemValue(QStringLiteral("id"), QUrl::FullyDecoded);
        if (id.isEmpty() || !m_alert)
            return false;
        emit openDashboardRequested(id, m_alert->alert.startsAt.toMSecsSinceEpoch());
        return true;
    }
    if (!isWebLink(url))
        return false;
    QDesktopServices::openUrl(url);
    return true;
}

} // namespace pivori
