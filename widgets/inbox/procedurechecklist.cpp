// SPDX-License-Identifier: GPL-3.0-or-later
#include "procedurechecklist.h"

#include <QLabel>
#include <QListWidget>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace pivori {

namespace {

QString withoutEmphasis(QString text)
{
    static const QRegularExpression emphasis(QStringLiteral("(\\*\\*|__|`)"));
    return text.remove(emphasis).trimmed();
}

} // namespace

QList<ProcedureChecklist::Procedure> ProcedureChecklist::parse(const QString &markdown)
{
    static const QRegularExpression heading(QStringLiteral("^##\\s+(.+?)\\s*$"));
    static const QRegularExpression step(QStringLiteral("^\\s*[-*]\\s+\\[[ xX]\\]\\s+(.+?)\\s*$"));
    QList<Procedure> out;
    const QStringList lines = markdown.split(u'\n');
    for (const QString &line : lines) {
        if (const auto match = heading.match(line); match.hasMatch()) {
            out.append({ withoutEmphasis(match.captured(1)), {}, {} });
            continue;
        }
        if (out.isEmpty())
            continue;
        if (const auto match = step.match(line); match.hasMatch()) {
            out.last().steps.append(withoutEmphasis(match.captured(1)));
        } else if (!line.trimmed().isEmpty() && out.last().steps.isEmpty()) {
            Procedure &current = out.last();
            current.lead
                += (current.lead.isEmpty() ? QString() : QStringLiteral(" ")) + withoutEmphasis(line);
        }
    }
    return out;
}

ProcedureChecklist::ProcedureChecklist(const QString &markdown, QWidget *parent)
    : QWidget(parent)
    , m_procedures(parse(markdown))
{
    setObjectName(QStringLiteral("procedureChecklist"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    m_title = new QLabel(this);
    m_title->setTextFormat(Qt::PlainText);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    layout->addWidget(m_title);
    m_lead = new QLabel(this);
    m_lead->setTextFormat(Qt::PlainText);
    m_lead->setWordWrap(true);
    layout->addWidget(m_lead);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("procedureSteps"));
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setWordWrap(true);
    m_list->setFrameShape(QFrame::NoFrame);
    layout->addWidget(m_list, 1);
    m_escalation = new QLabel(this);
    m_escalation->setTextFormat(Qt::PlainText);
    m_escalation->setWordWrap(true);
    QPalette muted = m_escalation->palette();
    muted.setColor(QPalette::WindowText, palette().color(QPalette::PlaceholderText));
    m_escalation->setPalette(muted);
    m_lead->setPalette(muted);
    layout->addWidget(m_escalation);
    for (const Procedure &procedure : std::as_const(m_procedures)) {
        if (procedure.steps.isEmpty() && !procedure.lead.isEmpty())
            m_escalation->setText(procedure.title + QStringLiteral(": ") + procedure.lead);
    }

    connect(m_list, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        if (m_filling || m_key.isEmpty())
            return;
        const int step = m_list->row(item);
        if (item->checkState() == Qt::Checked)
            m_ticks[m_key].insert(step);
        else
            m_ticks[m_key].remove(step);
    });
    clear();
}

const ProcedureChecklist::Procedure *ProcedureChecklist::procedureFor(const QString &severity) const
{
    const QString wanted
        = severity == QLatin1String("critical") ? QStringLiteral("critical") : QStringLiteral("warning");
    for (const Procedure &procedure : m_procedures) {
        if (!procedure.steps.isEmpty() && procedure.title.contains(wanted, Qt::CaseInsensitive))
            return &procedure;
    }
    return nullptr;
}

void ProcedureChecklist::setAlert(const QString &alertKey, const QString &severity)
{
    const Procedure *procedure = procedureFor(severity);
    m_key = alertKey;
    m_filling = true;
    m_list->clear();
    if (procedure) {
        m_title->setText(
            procedure->title.isEmpty() ? tr("Response procedure") : tr("Response: %1").arg(procedure->title));
        m_lead->setText(procedure->lead);
        const QSet<int> ticks = m_ticks.value(alertKey);
        for (int i = 0; i < procedure->steps.size(); ++i) {
            auto *item = new QListWidgetItem(procedure->steps[i], m_list);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(ticks.contains(i) ? Qt::Checked : Qt::Unchecked);
        }
    } else {
        m_title->setText(tr("Response procedure"));
        m_lead->setText(tr("No response procedure is available."));
    }
    m_filling = false;
    setEnabled(true);
}

void ProcedureChecklist::clear()
{
    m_key.clear();
    m_filling = true;
    m_list->clear();
    m_filling = false;
    m_title->setText(tr("Response procedure"));
    m_lead->setText(tr("Select an alert to follow its response procedure."));
}

QString ProcedureChecklist::title() const
{
    return m_title->text();
}

QStringList ProcedureChecklist::steps() const
{
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i)
        out.append(m_list->item(i)->text());
    return out;
}

QList<bool> ProcedureChecklist::checked() const
{
    QList<bool> out;
    for (int i = 0; i < m_list->count(); ++i)
        out.append(m_list->item(i)->checkState() == Qt::Checked);
    return out;
}

void ProcedureChecklist::setChecked(int step, bool on)
{
    if (QListWidgetItem *item = m_list->item(step))
        item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
}

} // namespace pivori
