// SPDX-License-Identifier: GPL-3.0-or-later
#include "nochealthboard.h"

#include "ageformat.h"
#include "healthstatusstyle.h"
#include "thresholdcolors.h"

#include <QDateTime>
#include <QLocale>
#include <QPainter>
#include <QTextLayout>
#include <QTimer>

#include <algorithm>

namespace pivori {

namespace {

constexpr int kMargin = 16;

} // namespace

NocHealthBoard::NocHealthBoard(QWidget *parent)
    : QWidget(parent)
    , m_ages(new QTimer(this))
{
    setObjectName(QStringLiteral("nocHealthBoard"));
    setAutoFillBackground(true);
    // "checked 2m ago" counts up on screen.
    m_ages->setInterval(1000);
    connect(m_ages, &QTimer::timeout, this, qOverload<>(&QWidget::update));
    m_ages->start();
}

void NocHealthBoard::setRun(const CheckRun &run)
{
    m_run = run;
    m_hasRun = true;
    update();
}

QFont NocHealthBoard::headlineFont() const
{
    QFont f = font();
    f.setBold(true);
    f.setPointSizeF(font().pointSizeF() * 1.15);
    return f;
}

QString NocHealthBoard::summaryText() const
{
    if (!m_hasRun || m_run.results.isEmpty())
        return emptyText();
    QStringList parts;
    for (CheckStatus status :
        { CheckStatus::Fail, CheckStatus::Warn, CheckStatus::Unknown, CheckStatus::Pass }) {
        if (const int n = m_run.count(status))
            parts << QString::number(n) + QLatin1Char(' ') + HealthStatusStyle::word(status).toUpper();
    }
    return parts.join(QStringLiteral(" · "));
}

QString NocHealthBoard::emptyText() const
{
    if (!m_hasRun)
        return tr("Health checks have not run yet");
    if (m_run.results.isEmpty())
        return tr("No health checks ran: the monitoring's health is unknown");
    return {};
}

QList<NocHealthBoard::Row> NocHealthBoard::problemRows() const
{
    QList<const CheckResult *> problems;
    for (const CheckResult &r : m_run.results)
        if (r.status != CheckStatus::Pass)
            problems.append(&r);
    std::stable_sort(problems.begin(), problems.end(), [](const CheckResult *a, const CheckResult *b) {
        return HealthStatusStyle::urgency(a->status) < HealthStatusStyle::urgency(b->status);
    });
    QList<Row> out;
    for (const CheckResult *r : std::as_const(problems)) {
        Row row;
        row.color = HealthStatusStyle::color(r->status);
        row.headline = HealthStatusStyle::word(r->status).toUpper() + QLatin1Char(' ') + r->category
            + QStringLiteral(" · ") + r->name;
        row.detail = r->message;
        row.trailing = r->value;
        if (r->timedOut)
            row.trailing = row.trailing.isEmpty() ? tr("TIMED OUT") : tr("TIMED OUT · %1").arg(row.trailing);
        out.append(row);
    }
    return out;
}

QStringList NocHealthBoard::passingNames() const
{
    QStringList out;
    for (const CheckResult &r : m_run.results)
        if (r.status == CheckStatus::Pass)
            out << r.name;
    return out;
}

QStringList NocHealthBoard::rowTexts() const
{
    QStringList out;
    for (const Row &row : problemRows()) {
        QString text
            = row.detail.isEmpty() ? row.headline : row.headline + QStringLiteral(" — ") + row.detail;
        if (!row.trailing.isEmpty())
            text += QStringLiteral(" · ") + row.trailing;
        out << text;
    }
    return out;
}

int NocHealthBoard::rowHeight() const
{
    return QFontMetrics(headlineFont()).height() + QFontMetrics(font()).height() + 20;
}

int NocHealthBoard::summaryHeight() const
{
    return QFontMetrics(headlineFont()).height() * 2 + 16;
}

int NocHealthBoard::visibleRowCount() const
{
    // Leave room for the summary, the passing block (two lines) and a "+N more" line.
    const int fm = QFontMetrics(font()).height();
    const int available
        = height() - kMargin - summaryHeight() - fm * 3 - QFontMetrics(headlineFont()).height();
    return std::max(0, available / rowHeight());
}

void NocHealthBoard::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QColor text = palette().color(QPalette::WindowText);
    const QColor background = palette().color(QPalette::Window);
    QColor muted = text;
    muted.setAlphaF(0.7);
    const QFont headline = headlineFont();
    QFont big = headline;
    big.setPointSizeF(headline.pointSizeF() * 1.5);

    if (!m_hasRun || m_run.results.isEmpty()) {
        // Not an all-clear: the colour of unknown, and words that say nothing is known.
        p.setFont(big);
        p.setPen(
            ThresholdColors::readableOn(HealthStatusStyle::color(CheckStatus::Unknown), background, 4.5));
        const QRect box = rect().adjusted(kMargin, kMargin, -kMargin, -kMargin);
        const QRect words
            = QFontMetrics(big).boundingRect(box, Qt::AlignCenter | Qt::TextWordWrap, emptyText());
        p.drawText(box, Qt::AlignCenter | Qt::TextWordWrap, emptyText());
        if (m_hasRun) {
            p.setFont(font());
            p.setPen(muted);
            const QString when = tr("Last run %1")
                                     .arg(QLocale().toString(
                                         m_run.finishedAt.toLocalTime().time(), QStringLiteral("HH:mm:ss")));
            p.drawText(QRect(box.left(), words.bottom() + 16, box.width(), QFontMetrics(font()).height()),
                Qt::AlignHCenter | Qt::AlignTop, when);
        }
        return;
    }

    // The summary: each count in its status's colour, with its word; then when it ran. On a
    // narrow wall the time goes first (the header has it too), then the counts get smaller:
    // they never run into each other.
    QList<std::pair<CheckStatus, QString>> parts;
    for (CheckStatus status :
        { CheckStatus::Fail, CheckStatus::Warn, CheckStatus::Unknown, CheckStatus::Pass }) {
        if (const int n = m_run.count(status))
            parts.append({ status,
                QString::number(n) + QLatin1Char(' ') + HealthStatusStyle::word(status).toUpper() });
    }
    const auto summaryWidth = [&parts](const QFont &f) {
        const QFontMetrics m(f);
        int total = 0;
        for (const auto &part : parts)
            total += m.ascent() * 2 / 3 + 10 + m.horizontalAdvance(part.second) + 40;
        return total - 40;
    };
    const QDateTime finished = m_run.finishedAt.isValid() ? m_run.finishedAt : m_run.startedAt;
    const qint64 ageMs = finished.msecsTo(QDateTime::currentDateTimeUtc());
    const QString when
        = tr("checked %1 (%2 ago)")
              .arg(QLocale().toString(finished.toLocalTime().time(), QStringLiteral("HH:mm:ss")),
                  AgeFormat::compact(ageMs));
    const int whenWidth = QFontMetrics(headline).horizontalAdvance(when) + 40;
    const int full = width() - 2 * kMargin;
    const bool showWhen = summaryWidth(big) <= full - whenWidth;
    // Type does not scale exactly with its size (hinting): a few steps, each a little under.
    for (int step = 0; step < 8 && summaryWidth(big) > full && big.pointSizeF() > font().pointSizeF(); ++step)
        big.setPointSizeF(std::max(font().pointSizeF(), big.pointSizeF() * 0.97 * full / summaryWidth(big)));
    int x = kMargin;
    const int summaryTop = kMargin;
    p.setFont(big);
    const QFontMetrics bigMetrics(big);
    for (const auto &[status, part] : parts) {
        const QColor color = ThresholdColors::readableOn(HealthStatusStyle::color(status), background, 4.5);
        const int dot = bigMetrics.ascent() * 2 / 3;
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        p.setBrush(color);
        p.drawEllipse(QRect(x, summaryTop + (bigMetrics.height() - dot) / 2, dot, dot));
        x += dot + 10;
        p.setPen(color);
        p.drawText(
            QRect(x, summaryTop, width(), bigMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter, part);
        x += bigMetrics.horizontalAdvance(part) + 40;
    }
    if (showWhen) {
        p.setFont(headline);
        p.setPen(muted);
        p.drawText(
            QRect(kMargin, summaryTop, full, bigMetrics.height()), Qt::AlignRight | Qt::AlignVCenter, when);
    }

    const QList<Row> rows = problemRows();
    const int height = rowHeight();
    int top = summaryTop + summaryHeight();
    const int shown = std::min<int>(int(rows.size()), visibleRowCount());
    const QFontMetrics headlineMetrics(headline);
    for (int i = 0; i < shown; ++i) {
        const Row &row = rows[i];
        const QRect box(kMargin, top, width() - 2 * kMargin, height - 8);
        p.fillRect(QRect(box.left(), box.top(), 12, box.height()), row.color);
        const QRect textBox = box.adjusted(28, 4, -12, -4);
        p.setFont(headline);
        p.setPen(text);
        const int trailingWidth = headlineMetrics.horizontalAdvance(row.trailing);
        p.drawText(textBox, Qt::AlignRight | Qt::AlignTop, row.trailing);
        const QRect headlineBox = textBox.adjusted(0, 0, -trailingWidth - 24, 0);
        p.drawText(headlineBox, Qt::AlignLeft | Qt::AlignTop,
            headlineMetrics.elidedText(row.headline, Qt::ElideRight, headlineBox.width()));
        p.setFont(font());
        p.setPen(muted);
        p.drawText(textBox, Qt::AlignLeft | Qt::AlignBottom,
            QFontMetrics(font()).elidedText(row.detail, Qt::ElideRight, textBox.width()));
        top += height;
    }
    if (shown < rows.size()) {
        p.setFont(headline);
        p.setPen(muted);
        p.drawText(QRect(kMargin, top, width() - 2 * kMargin, headlineMetrics.height()),
            Qt::AlignLeft | Qt::AlignVCenter,
            tr("+%n more with a problem", nullptr, int(rows.size()) - shown));
        top += headlineMetrics.height() + 8;
    }

    // What passes, named in one block: the room sees it is checked, not just counted.
    const QStringList passing = passingNames();
    if (passing.isEmpty())
        return;
    top += 12;
    const QRect passBox(kMargin, top, width() - 2 * kMargin, this->height() - top - kMargin);
    if (passBox.height() < QFontMetrics(font()).height())
        return;
    const QColor green
        = ThresholdColors::readableOn(HealthStatusStyle::color(CheckStatus::Pass), background, 4.5);
    p.setFont(headline);
    p.setPen(green);
    const QString label = rows.isEmpty() ? tr("ALL %n PASSING:", nullptr, int(passing.size()))
                                         : tr("%n PASSING:", nullptr, int(passing.size()));
    p.drawText(passBox, Qt::AlignLeft | Qt::AlignTop, label);
    const int labelWidth = headlineMetrics.horizontalAdvance(label) + 16;
    p.setFont(font());
    p.setPen(muted);
    const QRect namesBox
        = passBox.adjusted(labelWidth, (headlineMetrics.height() - QFontMetrics(font()).height()) / 2, 0, 0);
    const QString names = passing.join(QStringLiteral(" · "));
    // Wrapped into the space left; what does not fit ends in an ellipsis rather than overflowing.
    const QFontMetrics fm(font());
    const int lines = std::max(1, namesBox.height() / fm.height());
    QString fitted = names;
    if (fm.boundingRect(namesBox, Qt::TextWordWrap, names).height() > namesBox.height()) {
        fitted = fm.elidedText(
            names, Qt::ElideRight, namesBox.width() * lines - fm.averageCharWidth() * 8 * lines);
    }
    p.drawText(namesBox, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, fitted);
}

} // namespace pivori
