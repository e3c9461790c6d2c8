// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionform.h"

#include "authfields.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace pivori {

namespace {

const QString kPrometheusKey = QStringLiteral("prometheus");
const QString kReplicaKey = QStringLiteral("alertmanager/");

enum State { Checking, Good, Bad, Idle };

QTimer *delayTimer(QObject *parent)
{
    auto *timer = new QTimer(parent);
    timer->setSingleShot(true);
    timer->setInterval(ConnectionForm::kCheckDelayMs);
    return timer;
}

QLabel *newStatusLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText); // the server's own words may be in it
    label->setWordWrap(true);
    return label;
}

} // namespace

ConnectionForm::ConnectionForm(ConnectionProbe *probe, QWidget *parent)
    : QWidget(parent)
    , m_probe(probe)
    , m_prometheusDelay(delayTimer(this))
    , m_alertmanagerDelay(delayTimer(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(buildPrometheusBox());
    layout->addWidget(buildAlertmanagerBox());
    connect(m_prometheusDelay, &QTimer::timeout, this, &ConnectionForm::checkPrometheus);
    connect(m_alertmanagerDelay, &QTimer::timeout, this, &ConnectionForm::checkAlertmanagers);
    if (m_probe)
        connect(m_probe, &ConnectionProbe::finished, this, &ConnectionForm::showVerdict);
}

ConnectionForm::~ConnectionForm()
{
    for (QObject *child : findChildren<QObject *>())
        child->disconnect(this);
}

QWidget *ConnectionForm::buildPrometheusBox()
{
    auto *box = new QGroupBox(tr("Prometheus"), this);
    auto *form = new QFormLayout(box);
    m_prometheusUrl = new QLineEdit(box);
    m_prometheusUrl->setObjectName(QStringLiteral("prometheusUrl"));
    m_prometheusUrl->setPlaceholderText(QStringLiteral("http://prometheus.example:9090"));
    m_prometheusStatus = newStatusLabel(box);
    m_prometheusStatus->setObjectName(QStringLiteral("prometheusStatus"));
    m_prometheusAuth = new AuthFields(QStringLiteral("prometheus"), box);
    m_prometheusCa = new QLineEdit(box);
    m_prometheusCa->setObjectName(QStringLiteral("prometheusCa"));
    m_prometheusCa->setPlaceholderText(tr("optional: a PEM file of the CA that signed its certificate"));
    form->addRow(tr("URL:"), m_prometheusUrl);
    form->addRow(QString(), m_prometheusStatus);
    form->addRow(m_prometheusAuth);
    form->addRow(tr("CA file:"), m_prometheusCa);

    const auto later = [this] {
        // The verdict shown was about what was typed before: say it is being looked at again.
        if (!m_prometheusUrl->text().trimmed().isEmpty())
            setStatus(m_prometheusStatus, Checking, tr("checking…"));
        m_prometheusDelay->start();
        emit changed();
    };
    connect(m_prometheusUrl, &QLineEdit::textChanged, this, later);
    connect(m_prometheusUrl, &QLineEdit::editingFinished, this, [this] {
        if (m_prometheusDelay->isActive()) {
            m_prometheusDelay->stop();
            checkPrometheus();
        }
    });
    connect(m_prometheusAuth, &AuthFields::changed, this, later);
    connect(m_prometheusCa, &QLineEdit::textChanged, this, later);
    return box;
}

QWidget *ConnectionForm::buildAlertmanagerBox()
{
    auto *box = new QGroupBox(tr("Alertmanager"), this);
    auto *form = new QFormLayout(box);
    auto *hint = new QLabel(tr("One URL per replica of the HA cluster; leave empty if you have none."), box);
    hint->setWordWrap(true);
    form->addRow(hint);
    auto *replicas = new QWidget(box);
    m_replicaLayout = new QVBoxLayout(replicas);
    m_replicaLayout->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Replicas:"), replicas);
    auto *add = new QPushButton(tr("Add replica"), box);
    add->setObjectName(QStringLiteral("addReplica"));
    connect(add, &QPushButton::clicked, this, [this] {
        Replica &replica = addReplica(QString());
        replica.url->setFocus();
    });
    form->addRow(QString(), add);
    m_alertmanagerAuth = new AuthFields(QStringLiteral("alertmanager"), box);
    m_alertmanagerCa = new QLineEdit(box);
    m_alertmanagerCa->setObjectName(QStringLiteral("alertmanagerCa"));
    m_alertmanagerCa->setPlaceholderText(tr("optional: a PEM file of the CA that signed its certificate"));
    form->addRow(m_alertmanagerAuth);
    form->addRow(tr("CA file:"), m_alertmanagerCa);
    const auto later = [this] {
        m_alertmanagerDelay->start();
        emit changed();
    };
    connect(m_alertmanagerAuth, &AuthFields::changed, this, later);
    connect(m_alertmanagerCa, &QLineEdit::textChanged, this, later);
    addReplica(QString());
    return box;
}

ConnectionForm::Replica &ConnectionForm::addReplica(const QString &url)
{
    Replica replica;
    replica.row = new QWidget(this);
    auto *grid = new QVBoxLayout(replica.row);
    grid->setContentsMargins(0, 0, 0, 0);
    auto *line = new QHBoxLayout;
    replica.url = new QLineEdit(url, replica.row);
    replica.url->setPlaceholderText(QStringLiteral("http://alertmanager.example:9093"));
    replica.remove = new QToolButton(replica.row);
    replica.remove->setText(tr("Remove"));
    replica.remove->setToolTip(tr("Remove this replica"));
    line->addWidget(replica.url, 1);
    line->addWidget(replica.remove);
    replica.status = newStatusLabel(replica.row);
    grid->addLayout(line);
    grid->addWidget(replica.status);
    m_replicaLayout->addWidget(replica.row);
    QWidget *row = replica.row;
    connect(replica.remove, &QToolButton::clicked, this, [this, row] { removeReplica(row); });
    connect(replica.url, &QLineEdit::textChanged, this, [this] {
        m_alertmanagerDelay->start();
        emit changed();
    });
    connect(replica.url, &QLineEdit::editingFinished, this, [this] {
        if (m_alertmanagerDelay->isActive()) {
            m_alertmanagerDelay->stop();
            checkAlertmanagers();
        }
    });
    m_replicas.append(replica);
    renumberReplicas();
    return m_replicas.last();
}

void ConnectionForm::removeReplica(QWidget *row)
{
    for (qsizetype i = 0; i < m_replicas.size(); ++i) {
        if (m_replicas[i].row != row)
            continue;
        if (m_probe)
            m_probe->cancel(kReplicaKey + QString::number(i));
        m_replicas.removeAt(i);
        row->deleteLater();
        break;
    }
    if (m_replicas.isEmpty())
        addReplica(QString());
    renumberReplicas();
    m_alertmanagerDelay->start();
    emit changed();
}

void ConnectionForm::renumberReplicas()
{
    // Names the tests (and screen readers) find the fields by; they follow the order shown.
    for (qsizetype i = 0; i < m_replicas.size(); ++i) {
        m_replicas[i].url->setObjectName(QStringLiteral("alertmanagerUrl%1").arg(i));
        m_replicas[i].status->setObjectName(QStringLiteral("alertmanagerStatus%1").arg(i));
        m_replicas[i].remove->setEnabled(m_replicas.size() > 1 || !m_replicas[i].url->text().isEmpty());
    }
}

std::optional<QUrl> ConnectionForm::serverUrl(const QString &typed)
{
    const QUrl url = QUrl::fromUserInput(typed.trimmed());
    if (typed.trimmed().isEmpty() || !url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        return std::nullopt;
    return url;
}

Endpoint ConnectionForm::endpointFor(const QUrl &url, bool prometheus) const
{
    Endpoint endpoint;
    endpoint.url = url;
    endpoint.auth = prometheus ? m_prometheusAuth->auth() : m_alertmanagerAuth->auth();
    endpoint.caFile = (prometheus ? m_prometheusCa : m_alertmanagerCa)->text().trimmed();
    endpoint.timeoutMs = kCheckTimeoutMs;
    return endpoint;
}

void ConnectionForm::setStatus(QLabel *label, int state, const QString &text)
{
    static const QString marks[]
        = { QStringLiteral("… "), QStringLiteral("✔ "), QStringLiteral("✖ "), QString() };
    static const QString colours[] = { QStringLiteral("palette(mid)"), QStringLiteral("#1b7f2a"),
        QStringLiteral("#b3261e"), QStringLiteral("palette(text)") };
    label->setText(text.isEmpty() ? QString() : marks[state] + text);
    label->setStyleSheet(QStringLiteral("color: %1").arg(colours[state]));
    label->setProperty("verdict",
        state == Good      ? QStringLiteral("ok")
            : state == Bad ? QStringLiteral("problem")
                           : QString());
}

void ConnectionForm::checkPrometheus()
{
    const QString typed = m_prometheusUrl->text();
    const auto url = serverUrl(typed);
    if (!url) {
        if (m_probe)
            m_probe->cancel(kPrometheusKey);
        setStatus(m_prometheusStatus, typed.trimmed().isEmpty() ? Idle : Bad,
            typed.trimmed().isEmpty() ? QString() : tr("not a http:// or https:// URL"));
        return;
    }
    if (const QString problem = m_prometheusAuth->problem(); !problem.isEmpty()) {
        setStatus(m_prometheusStatus, Bad, problem);
        return;
    }
    if (!m_probe)
        return;
    setStatus(m_prometheusStatus, Checking, tr("checking…"));
    m_probe->probe(kPrometheusKey, ConnectionProbe::Kind::Prometheus, endpointFor(*url, true));
}

void ConnectionForm::checkAlertmanagers()
{
    renumberReplicas();
    const QString authProblem = m_alertmanagerAuth->problem();
    for (qsizetype i = 0; i < m_replicas.size(); ++i) {
        const QString key = kReplicaKey + QString::number(i);
        const QString typed = m_replicas[i].url->text();
        const auto url = serverUrl(typed);
        if (!url) {
            if (m_probe)
                m_probe->cancel(key);
            setStatus(m_replicas[i].status, typed.trimmed().isEmpty() ? Idle : Bad,
                typed.trimmed().isEmpty() ? QString() : tr("not a http:// or https:// URL"));
        } else if (!authProblem.isEmpty()) {
            setStatus(m_replicas[i].status, Bad, authProblem);
        } else if (m_probe) {
            setStatus(m_replicas[i].status, Checking, tr("checking…"));
            m_probe->probe(key, ConnectionProbe::Kind::Alertmanager, endpointFor(*url, false));
        }
    }
}

void ConnectionForm::checkAll()
{
    m_prometheusDelay->stop();
    m_alertmanagerDelay->stop();
    checkPrometheus();
    checkAlertmanagers();
}

QLabel *ConnectionForm::statusLabel(const QString &key) const
{
    if (key == kPrometheusKey)
        return m_prometheusStatus;
    bool ok = false;
    const int index = key.mid(kReplicaKey.size()).toInt(&ok);
    if (!key.startsWith(kReplicaKey) || !ok || index < 0 || index >= m_replicas.size())
        return nullptr;
    return m_replicas[index].status;
}

void ConnectionForm::showVerdict(const QString &key, bool ok, const QString &text)
{
    if (QLabel *label = statusLabel(key))
        setStatus(label, ok ? Good : Bad, text);
}

ConnectionSettings ConnectionForm::settings() const
{
    ConnectionSettings out;
    out.prometheusUrl = serverUrl(m_prometheusUrl->text()).value_or(QUrl());
    out.prometheusAuth = m_prometheusAuth->auth();
    out.prometheusCaFile = m_prometheusCa->text().trimmed();
    for (const Replica &replica : m_replicas) {
        if (const auto url = serverUrl(replica.url->text()))
            out.alertmanagerUrls << *url;
    }
    if (!out.alertmanagerUrls.isEmpty()) {
        out.alertmanagerAuth = m_alertmanagerAuth->auth();
        out.alertmanagerCaFile = m_alertmanagerCa->text().trimmed();
    }
    return out;
}

void ConnectionForm::setSettings(const ConnectionSettings &settings)
{
    m_prometheusUrl->setText(settings.prometheusUrl.toString());
    m_prometheusAuth->setAuth(settings.prometheusAuth);
    m_prometheusCa->setText(settings.prometheusCaFile);
    while (!m_replicas.isEmpty())
        delete m_replicas.takeLast().row;
    for (const QUrl &url : settings.alertmanagerUrls)
        addReplica(url.toString());
    if (m_replicas.isEmpty())
        addReplica(QString());
    m_alertmanagerAuth->setAuth(settings.alertmanagerAuth);
    m_alertmanagerCa->setText(settings.alertmanagerCaFile);
    checkAll();
}

QString ConnectionForm::problem() const
{
    if (m_prometheusUrl->text().trimmed().isEmpty())
        return tr("Prometheus: the URL is missing");
    if (!serverUrl(m_prometheusUrl->text()))
        return tr("Prometheus: \"%1\" is not a http:// or https:// URL").arg(m_prometheusUrl->text());
    if (const QString p = m_prometheusAuth->problem(); !p.isEmpty())
        return tr("Prometheus: %1").arg(p);
    bool anyReplica = false;
    for (const Replica &replica : m_replicas) {
        const QString typed = replica.url->text().trimmed();
        if (typed.isEmpty())
            continue;
        anyReplica = true;
        if (!serverUrl(typed))
            return tr("Alertmanager: \"%1\" is not a http:// or https:// URL").arg(typed);
    }
    if (anyReplica) {
        if (const QString p = m_alertmanagerAuth->problem(); !p.isEmpty())
            return tr("Alertmanager: %1").arg(p);
    }
    return {};
}

} // namespace pivori
