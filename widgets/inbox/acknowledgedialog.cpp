// SPDX-License-Identifier: GPL-3.0-or-later
#include "acknowledgedialog.h"

#include "acknowledgement.h"

#include "alertinboxmodel.h"
#include "durationpicker.h"
#include "inboxalerttext.h"
#include "settingskeys.h"
#include "silencelimits.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

#include <algorithm>

namespace pivori {

namespace {

QString matcherText(const QList<Matcher> &matchers)
{
    QStringList parts;
    for (const Matcher &matcher : matchers)
        parts.append(matcher.toString());
    return u'{' + parts.join(QStringLiteral(", ")) + u'}';
}

} // namespace

AcknowledgeDialog::AcknowledgeDialog(const QList<InboxAlert> &alerts, const IdentifyingLabels &identifying,
    const AlertInboxModel *model, QWidget *parent)
    : QDialog(parent)
    , m_alerts(alerts)
{
    setWindowTitle(tr("Acknowledge alerts"));
    setObjectName(QStringLiteral("acknowledgeDialog"));

    // The same grouping AckService::acknowledge applies: one silence per cluster and matcher set.
    for (const InboxAlert &alert : alerts) {
        const QList<Matcher> matchers = identifying.matchersFor(alert.alert.labels);
        const bool known = std::any_of(m_targets.cbegin(), m_targets.cend(),
            [&](const Target &t) { return t.cluster == alert.cluster && t.matchers == matchers; });
        if (!known)
            m_targets.append(
                { alert.cluster, matchers, model ? model->countMatching(alert.cluster, matchers) : 0 });
    }

    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(this);
    heading->setTextFormat(Qt::PlainText);
    heading->setWordWrap(true);
    QFont headingFont = heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.15);
    heading->setFont(headingFont);
    if (alerts.size() == 1)
        heading->setText(
            tr("Acknowledge %1")
                .arg(InboxAlertText::visible(InboxAlert::describeLabels(alerts.first().alert.labels))));
    else
        heading->setText(tr("Acknowledge %n alert(s)", nullptr, int(alerts.size())));
    layout->addWidget(heading);

    auto *form = new QFormLayout;
    m_duration = new DurationPicker(this);
    form->addRow(tr("Duration:"), m_duration);
    m_until = new QLabel(this);
    m_until->setTextFormat(Qt::PlainText);
    form->addRow(tr("Until:"), m_until);
    m_comment = new QPlainTextEdit(this);
    m_comment->setObjectName(QStringLiteral("comment"));
    m_comment->setPlaceholderText(tr("What are you doing about it? (required)"));
    m_comment->setTabChangesFocus(true);
    m_comment->setMaximumHeight(m_comment->fontMetrics().lineSpacing() * 5);
    form->addRow(tr("Comment:"), m_comment);
    m_author = new QLineEdit(defaultAuthor(), this);
    m_author->setObjectName(QStringLiteral("author"));
    form->addRow(tr("Author:"), m_author);
    layout->addLayout(form);

    auto *previewTitle = new QLabel(
        tr("Alertmanager will silence every alert these matchers select, until the time above:"), this);
    previewTitle->setWordWrap(true);
    layout->addWidget(previewTitle);
    m_preview = new QListWidget(this);
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setSelectionMode(QAbstractItemView::NoSelection);
    m_preview->setFocusPolicy(Qt::NoFocus);
    m_preview->setWordWrap(true);
    m_preview->setSpacing(3);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_preview->setFont(mono);
    // QListWidgetItem text is plain: label values cannot turn into markup here.
    for (const QString &line : previewLines()) {
        auto *item = new QListWidgetItem(line, m_preview);
        item->setToolTip(line);
    }
    // Matchers wrap onto a second line: room for about two lines per silence, up to ten.
    const int lines = std::clamp(int(m_targets.size()) * 2 + 1, 3, 10);
    m_preview->setMinimumHeight(m_preview->fontMetrics().lineSpacing() * lines + 12);
    layout->addWidget(m_preview, 1);

    m_hint = new QLabel(this);
    m_hint->setTextFormat(Qt::PlainText);
    m_hint->setWordWrap(true);
    QPalette hintPalette = m_hint->palette();
    hintPalette.setColor(QPalette::WindowText, palette().color(QPalette::PlaceholderText));
    m_hint->setPalette(hintPalette);
    layout->addWidget(m_hint);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Acknowledge"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AcknowledgeDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AcknowledgeDialog::reject);
    layout->addWidget(m_buttons);

    connect(m_comment, &QPlainTextEdit::textChanged, this, &AcknowledgeDialog::updateState);
    connect(m_author, &QLineEdit::textChanged, this, &AcknowledgeDialog::updateState);
    connect(m_duration, &DurationPicker::durationChanged, this, &AcknowledgeDialog::updateState);
    updateState();
    m_comment->setFocus();
    resize(std::max(sizeHint().width(), 640), sizeHint().height());
}

qint64 AcknowledgeDialog::durationMs() const
{
    return m_duration->durationMs();
}

void AcknowledgeDialog::setDurationMs(qint64 ms)
{
    m_duration->setDurationMs(ms);
}

QString AcknowledgeDialog::comment() const
{
    return m_comment->toPlainText().trimmed();
}

QString AcknowledgeDialog::author() const
{
    return m_author->text().trimmed();
}

QStringList AcknowledgeDialog::previewLines() const
{
    QStringList lines;
    for (const Target &target : m_targets) {
        lines.append(tr("%1: %2 — matches %n current alert(s)", nullptr, target.matching)
                         .arg(target.cluster, InboxAlertText::visible(matcherText(target.matchers))));
    }
    return lines;
}

bool AcknowledgeDialog::canAccept() const
{
    return !comment().isEmpty() && !author().isEmpty()
        && SilenceLimits::durationProblem(durationMs()).isEmpty() && !m_targets.isEmpty();
}

QString AcknowledgeDialog::defaultAuthor()
{
    const QString remembered = QSettings().value(settingskeys::ackAuthor).toString().trimmed();
    return remembered.isEmpty() ? Acknowledgement::defaultAuthor() : remembered;
}

void AcknowledgeDialog::accept()
{
    if (!canAccept())
        return;
    QSettings().setValue(settingskeys::ackAuthor, author());
    QDialog::accept();
}

void AcknowledgeDialog::updateState()
{
    const QDateTime until = QDateTime::currentDateTimeUtc().addMSecs(durationMs());
    m_until->setText(InboxAlertText::timeWithZone(until));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(canAccept());
    if (const QString problem = SilenceLimits::durationProblem(durationMs()); !problem.isEmpty())
        m_hint->setText(tr("This duration cannot be used: %1.").arg(problem));
    else if (comment().isEmpty())
        m_hint->setText(tr("A comment is required: the next person on call reads it."));
    else if (author().isEmpty())
        m_hint->setText(tr("An author is required."));
    else
        m_hint->setText(tr("The alerts show as acknowledged once Alertmanager has confirmed the silence."));
}

} // namespace pivori
