// SPDX-License-Identifier: GPL-3.0-or-later
#include "panelframe.h"

#include "ageformat.h"

#include "panelcontent.h"
#include "panelpicturelegend.h"
#include "picturelegend.h"
#include "thresholdcolors.h"

#include <QContextMenuEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPainter>
#include <QPainterPath>
#include <QStackedLayout>
#include <QToolButton>
#include <QVBoxLayout>

namespace pivori {

namespace {

constexpr int kMaxErrorChars = 600;

QPixmap infoIcon(const QColor &color, int size, qreal dpr)
{
    QPixmap pixmap(QSize(size, size) * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(color, 1.2));
    p.drawEllipse(QRectF(0.5, 0.5, size - 1, size - 1));
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    const qreal cx = size / 2.0;
    p.drawEllipse(QPointF(cx, size * 0.28), size * 0.07, size * 0.07);
    p.drawRoundedRect(QRectF(cx - size * 0.065, size * 0.42, size * 0.13, size * 0.36), 1, 1);
    return pixmap;
}

/// A small rounded tag in the title bar: @p text on a faint wash of @p hue. No font in it: a
/// style sheet's font property freezes the label's size at the one it had when first polished,
/// so a wall's larger type would never reach it (updateFonts() makes it bold instead).
QString badgeStyle(const QColor &hue, const QColor &text)
{
    QColor fill = hue;
    fill.setAlphaF(0.18);
    return QStringLiteral("QLabel { color: %1; background: rgba(%2, %3, %4, %5);"
                          " border-radius: 4px; padding: 1px 6px; }")
        .arg(text.name())
        .arg(fill.red())
        .arg(fill.green())
        .arg(fill.blue())
        .arg(fill.alphaF());
}

} // namespace

PanelFrame::PanelFrame(PanelContent *content, QWidget *parent)
    : QFrame(parent)
    , m_content(content)
{
    setObjectName(QStringLiteral("panel-") + content->panel().id);
    setFrameShape(QFrame::NoFrame);

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(10, 6, 6, 8);
    outer->setSpacing(4);

    auto *header = new QHBoxLayout;
    header->setSpacing(6);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("panel-title"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_title->setMinimumWidth(40);
    header->addWidget(m_title, 1);

    m_info = new QLabel(this);
    m_info->setVisible(!panel().description.isEmpty());
    m_info->setToolTip(panel().description);
    omitFromPictures(m_info); // a control (its tooltip holds the description), not data
    header->addWidget(m_info);
    header->addStretch(0);

    m_warning = new QLabel(QStringLiteral("⚠"), this);
    m_warning->setTextFormat(Qt::PlainText);
    m_warning->setVisible(false);
    header->addWidget(m_warning);

    m_failureBadge = new QLabel(tr("query failed"), this);
    m_failureBadge->setTextFormat(Qt::PlainText);
    m_failureBadge->setVisible(false);
    header->addWidget(m_failureBadge);

    m_staleBadge = new QLabel(this);
    m_staleBadge->setTextFormat(Qt::PlainText);
    m_staleBadge->setVisible(false);
    header->addWidget(m_staleBadge);

    m_menuButton = new QToolButton(this);
    m_menuButton->setText(QStringLiteral("⋮"));
    m_menuButton->setAutoRaise(true);
    m_menuButton->setToolTip(tr("Panel menu"));
    m_menuButton->setAccessibleName(tr("Panel menu"));
    connect(m_menuButton, &QToolButton::clicked, this, [this] {
        QMenu *menu = createContextMenu(this);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(m_menuButton->mapToGlobal(QPoint(0, m_menuButton->height())));
    });
    header->addWidget(m_menuButton);
    outer->addLayout(header);

    m_messagePage = new QWidget(this);
    auto *messageLayout = new QVBoxLayout(m_messagePage);
    messageLayout->addStretch(1);
    m_messageTitle = new QLabel(m_messagePage);
    m_messageTitle->setTextFormat(Qt::PlainText);
    m_messageTitle->setAlignment(Qt::AlignCenter);
    messageLayout->addWidget(m_messageTitle);
    m_messageDetail = new QLabel(m_messagePage);
    // Error text comes from the server (or echoes the user's expression): never rich text.
    m_messageDetail->setTextFormat(Qt::PlainText);
    m_messageDetail->setAlignment(Qt::AlignCenter);
    m_messageDetail->setWordWrap(true);
    m_messageDetail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    messageLayout->addWidget(m_messageDetail);
    messageLayout->addStretch(1);

    m_stack = new QStackedLayout;
    m_stack->addWidget(m_content);
    m_stack->addWidget(m_messagePage);
    outer->addLayout(m_stack, 1);

    m_content->setParent(this);
    attachPictureLegend(m_content);
    m_stack->setCurrentWidget(m_content);

    updateFonts();
    updateColors();
    updateTitle();
    PanelData loading;
    setPanelData(loading);
}

const pivori::Panel &PanelFrame::panel() const
{
    return m_content->panel();
}

QString PanelFrame::messageText() const
{
    if (m_stack->currentWidget() != m_messagePage)
        return {};
    if (m_messageDetail->isHidden() || m_messageDetail->text().isEmpty())
        return m_messageTitle->text();
    return m_messageTitle->text() + QLatin1Char('\n') + m_messageDetail->text();
}

QString PanelFrame::warningText() const
{
    return m_warnings;
}

QString PanelFrame::staleText() const
{
    return m_staleBadge->isHidden() ? QString() : m_staleBadge->text();
}

QString PanelFrame::failureText() const
{
    return m_failure;
}

void PanelFrame::setPanelData(const PanelData &panelData)
{
    m_state = panelData.state;
    m_expressions = panelData.expressions;
    m_warning->setVisible(!panelData.warnings.isEmpty());
    m_warnings = panelData.warnings.join(QLatin1Char('\n'));
    // Warnings quote label values and expressions: escaped, so QToolTip never takes them for markup.
    m_warning->setToolTip(
        QStringLiteral("<p style='white-space:pre-wrap'>%1</p>").arg(m_warnings.toHtmlEscaped()));
    const QColor muted = palette().color(QPalette::PlaceholderText);
    m_failure.clear();
    m_failureBadge->hide();
    switch (panelData.state) {
    case PanelData::State::Loading:
        showMessage(tr("Loading…"), QString(), muted);
        return;
    case PanelData::State::Error: {
        QString message = panelData.error.trimmed();
        if (message.isEmpty())
            message = tr("The server gave no reason.");
        if (message.size() > kMaxErrorChars)
            message = message.left(kMaxErrorChars) + QStringLiteral("…");
        QString tip = panelData.error;
        for (const QString &expr : panelData.expressions)
            tip += QLatin1Char('\n') + tr("Expression: %1").arg(expr);
        // A wall that goes blank at every hiccup of its server tells less than one that keeps
        // its last picture and says how old it is. Data of another query (a variable changed)
        // would mislead, so only the same queries keep their data.
        if (m_stack->currentWidget() == m_content && panelData.expressions == m_shownExpressions) {
            showFailureBadge(message, tip);
            return;
        }
        const QColor red = ThresholdColors::readableOn(
            ThresholdColors::severityColor(Severity::Critical), palette().color(QPalette::Base), 4.5);
        showMessage(tr("Query failed"), message, red);
        m_messageDetail->setToolTip(tip);
        return;
    }
    case PanelData::State::NoData:
        showMessage(tr("No data"), tr("The query returned no series for this time range."), muted);
        return;
    case PanelData::State::Ok:
        break;
    }
    if (!PanelContent::hasSomethingToShow(panel().type, panelData)) {
        showMessage(tr("No data"), tr("The query returned no points for this time range."), muted);
        return;
    }
    m_content->setPanelData(panelData);
    m_shownExpressions = panelData.expressions;
    m_stack->setCurrentWidget(m_content);
}

void PanelFrame::showFailureBadge(const QString &message, const QString &tooltip)
{
    m_failure = message;
    m_failureBadge->setToolTip(
        tr("The last refresh failed; the panel shows the data from before.\n%1").arg(tooltip));
    m_failureBadge->show();
}

void PanelFrame::showMessage(const QString &title, const QString &detail, const QColor &titleColor)
{
    m_messageTitle->setText(title);
    QPalette titlePalette = m_messageTitle->palette();
    titlePalette.setColor(QPalette::WindowText, titleColor);
    m_messageTitle->setPalette(titlePalette);
    m_messageDetail->setText(detail);
    m_messageDetail->setToolTip(QString());
    m_messageDetail->setVisible(!detail.isEmpty());
    m_stack->setCurrentWidget(m_messagePage);
}

void PanelFrame::setStale(qint64 ageMs)
{
    if (ageMs < 0) {
        m_staleBadge->hide();
        return;
    }
    const QString age = AgeFormat::compact(ageMs);
    m_staleBadge->setText(tr("stale · %1").arg(age));
    m_staleBadge->setToolTip(
        tr("No fresh answer for %1: the panel shows the last data that arrived.").arg(age));
    m_staleBadge->show();
}

QMenu *PanelFrame::createContextMenu(QWidget *parent)
{
    auto *menu = new QMenu(parent);
    const QString id = panel().id;
    const QList<PanelQuery> &queries = panel().queries;
    if (queries.size() <= 1) {
        QAction *open = menu->addAction(tr("Open in Prometheus"));
        connect(open, &QAction::triggered, this, [this, id] { emit openInPrometheusRequested(id, 0); });
    } else {
        QMenu *sub = menu->addMenu(tr("Open in Prometheus"));
        for (int i = 0; i < queries.size(); ++i) {
            QString label = queries[i].legend.isEmpty() ? queries[i].expr : queries[i].legend;
            // '&' in a legend or expression would otherwise turn into a keyboard mnemonic.
            label = fontMetrics()
                        .elidedText(label, Qt::ElideRight, 360)
                        .replace(QLatin1Char('&'), QStringLiteral("&&"));
            QAction *open = sub->addAction(label);
            open->setToolTip(queries[i].expr);
            connect(
                open, &QAction::triggered, this, [this, id, i] { emit openInPrometheusRequested(id, i); });
        }
    }
    menu->addSeparator();
    QMenu *exportMenu = menu->addMenu(tr("Export"));
    const std::pair<QString, ExportTarget> targets[] = {
        { tr("PNG…"), ExportTarget::Png },
        { tr("PNG at 2x…"), ExportTarget::Png2x },
        { tr("SVG…"), ExportTarget::Svg },
        { tr("PDF…"), ExportTarget::Pdf },
        { tr("Copy to clipboard"), ExportTarget::Clipboard },
    };
    for (const auto &[text, target] : targets) {
        if (target == ExportTarget::Clipboard)
            exportMenu->addSeparator();
        QAction *action = exportMenu->addAction(text);
        connect(action, &QAction::triggered, this, [this, id, t = target] { emit exportRequested(id, t); });
    }
    return menu;
}

void PanelFrame::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu *menu = createContextMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(event->globalPos());
    event->accept();
}

void PanelFrame::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF box = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    QPainterPath path;
    path.addRoundedRect(box, 6, 6);
    p.fillPath(path, palette().color(QPalette::Base));
    QColor border = palette().color(QPalette::Text);
    border.setAlphaF(0.14);
    p.setPen(QPen(border, 1));
    p.drawPath(path);
}

void PanelFrame::resizeEvent(QResizeEvent *event)
{
    QFrame::resizeEvent(event);
    updateTitle();
}

void PanelFrame::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        updateFonts();
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        updateColors();
}

void PanelFrame::updateFonts()
{
    // Derived from the frame's own font each time, so a wall display's larger type reaches
    // the title and the messages too.
    QFont titleFont = font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.1);
    m_title->setFont(titleFont);
    QFont messageFont = font();
    messageFont.setPointSizeF(messageFont.pointSizeF() * 1.3);
    m_messageTitle->setFont(messageFont);
    QFont badgeFont = font();
    badgeFont.setBold(true);
    m_staleBadge->setFont(badgeFont);
    m_failureBadge->setFont(badgeFont);
}

void PanelFrame::updateTitle()
{
    const pivori::Panel &p = panel();
    m_title->setText(
        m_title->fontMetrics().elidedText(p.title, Qt::ElideRight, std::max(0, m_title->width())));
    m_title->setToolTip(p.description.isEmpty() ? p.title : p.title + QLatin1Char('\n') + p.description);
}

void PanelFrame::updateColors()
{
    QColor muted = palette().color(QPalette::Text);
    muted.setAlphaF(0.55);
    const int iconSize = std::max(12, fontMetrics().height() - 3);
    m_info->setPixmap(infoIcon(muted, iconSize, devicePixelRatioF()));

    const QColor amber = ThresholdColors::severityColor(Severity::Warning);
    const QColor text = ThresholdColors::readableOn(amber, palette().color(QPalette::Base), 4.5);
    QPalette warningPalette = m_warning->palette();
    warningPalette.setColor(QPalette::WindowText, text);
    m_warning->setPalette(warningPalette);
    m_staleBadge->setStyleSheet(badgeStyle(amber, text));
    const QColor red = ThresholdColors::severityColor(Severity::Critical);
    m_failureBadge->setStyleSheet(
        badgeStyle(red, ThresholdColors::readableOn(red, palette().color(QPalette::Base), 4.5)));
}

} // namespace pivori
