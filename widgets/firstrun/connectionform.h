// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "configeditor.h"
#include "connectionprobe.h"

#include <QList>
#include <QUrl>
#include <QWidget>

#include <optional>

class QFormLayout;
class QLabel;
class QLineEdit;
class QTimer;
class QToolButton;
class QVBoxLayout;

namespace pivori {

class AuthFields;

/// The fields both the welcome page and the Settings dialog edit: the Prometheus URL, the
/// Alertmanager replicas, auth and CA file of each. Every server is tried as it is typed
/// (after a short pause), and the verdict is shown under its field; nothing here waits.
class ConnectionForm final : public QWidget
{
    Q_OBJECT
public:
    /// @p probe tries the servers; nullptr = no live checks. It must outlive the form.
    explicit ConnectionForm(ConnectionProbe *probe, QWidget *parent = nullptr);
    /// Disconnects the fields first: a focused line edit says editingFinished while QWidget's
    /// destructor deletes it, when this form's members are gone already.
    ~ConnectionForm() override;

    ConnectionSettings settings() const;
    void setSettings(const ConnectionSettings &settings);
    /// The first field that is missing or malformed, as a sentence naming it; empty when none.
    QString problem() const;
    /// Tries every server now.
    void checkAll();

    /// How long typing must pause before a server is tried.
    static constexpr int kCheckDelayMs = 600;
    /// How long a live check may take: long enough for a remote server, short for a person.
    static constexpr int kCheckTimeoutMs = 5000;

signals:
    void changed();

private:
    struct Replica
    {
        QWidget *row = nullptr;
        QLineEdit *url = nullptr;
        QLabel *status = nullptr;
        QToolButton *remove = nullptr;
    };

    QWidget *buildPrometheusBox();
    QWidget *buildAlertmanagerBox();
    Replica &addReplica(const QString &url);
    void removeReplica(QWidget *row);
    void renumberReplicas();
    void checkPrometheus();
    void checkAlertmanagers();
    void showVerdict(const QString &key, bool ok, const QString &text);
    QLabel *statusLabel(const QString &key) const;
    static void setStatus(QLabel *label, int state, const QString &text);
    /// A URL as typed, when it is one the console can talk to.
    static std::optional<QUrl> serverUrl(const QString &typed);
    Endpoint endpointFor(const QUrl &url, bool prometheus) const;

    ConnectionProbe *m_probe;
    QLineEdit *m_prometheusUrl = nullptr;
    QLabel *m_prometheusStatus = nullptr;
    AuthFields *m_prometheusAuth = nullptr;
    QLineEdit *m_prometheusCa = nullptr;
    QVBoxLayout *m_replicaLayout = nullptr;
    QList<Replica> m_replicas;
    AuthFields *m_alertmanagerAuth = nullptr;
    QLineEdit *m_alertmanagerCa = nullptr;
    QTimer *m_prometheusDelay = nullptr;
    QTimer *m_alertmanagerDelay = nullptr;
};

} // namespace pivori
