// SPDX-License-Identifier: GPL-3.0-or-later
#include "welcomepage.h"

#include "connectionform.h"

#include <QDir>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace pivori {

WelcomePage::WelcomePage(ConnectionProbe *probe, const QString &configPath, QWidget *parent)
    : QWidget(parent)
    , m_form(new ConnectionForm(probe, this))
    , m_error(new QLabel(this))
    , m_connect(new QPushButton(tr("Save and connect"), this))
{
    auto *title = new QLabel(tr("Connect to your stack"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    title->setFont(big);
    auto *intro = new QLabel(tr("Pivori Console shows the dashboards and alerts of a Prometheus and its "
                                "Alertmanagers. Tell it where they are: each server is tried as you type. "
                                "Passwords and tokens are read from an environment variable or a file, "
                                "never stored."),
        this);
    intro->setWordWrap(true);
    auto *where = new QLabel(tr("Saves to %1").arg(QDir::toNativeSeparators(configPath)), this);
    where->setTextFormat(Qt::PlainText);
    where->setWordWrap(true);
    where->setForegroundRole(QPalette::PlaceholderText);

    m_error->setObjectName(QStringLiteral("welcomeError"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e"));
    m_error->hide();

    m_connect->setObjectName(QStringLiteral("saveAndConnect"));
    m_connect->setDefault(true);
    auto *demo = new QPushButton(tr("Try the demo stack"), this);
    demo->setObjectName(QStringLiteral("tryDemo"));
    demo->setToolTip(tr("Starts a synthetic fleet, a Prometheus and two Alertmanagers on this machine and "
                        "opens the console on them"));
    auto *demoHint
        = new QLabel(tr("No stack yet? The demo runs one on this machine, with an hour of history."), this);
    demoHint->setWordWrap(true);

    // The column stays readable on a wide screen and scrolls on a small one.
    auto *column = new QWidget;
    column->setMaximumWidth(760);
    auto *layout = new QVBoxLayout(column);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addSpacing(8);
    layout->addWidget(m_form);
    layout->addWidget(where);
    layout->addWidget(m_error);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_connect);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    auto *separator = new QFrame;
    separator->setFrameShape(QFrame::HLine);
    layout->addSpacing(12);
    layout->addWidget(separator);
    auto *demoRow = new QHBoxLayout;
    demoRow->addWidget(demoHint, 1);
    demoRow->addWidget(demo);
    layout->addLayout(demoRow);
    layout->addStretch(1);

    auto *centring = new QWidget;
    auto *centre = new QHBoxLayout(centring);
    centre->addStretch(1);
    centre->addWidget(column, 100);
    centre->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(centring);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(m_connect, &QPushButton::clicked, this, [this] {
        if (const QString problem = m_form->problem(); !problem.isEmpty()) {
            showError(problem);
            return;
        }
        m_error->hide();
        emit connectRequested(m_form->settings());
    });
    connect(demo, &QPushButton::clicked, this, &WelcomePage::demoRequested);
    connect(m_form, &ConnectionForm::changed, m_error, &QWidget::hide);
}

void WelcomePage::showError(const QString &text)
{
    m_error->setText(text);
    m_error->show();
}

} // namespace pivori
