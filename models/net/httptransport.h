#pragma once

#include "endpoint.h"
#include "result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>
#include <utility>

class QNetworkAccessManager;
class QNetworkReply;

namespace pivori {

using QueryParams = QList<std::pair<QString, QString>>;

struct HttpRequest final
{
    Endpoint endpoint;
    QByteArray method = "GET"; ///< GET, POST or DELETE
    QString path;              ///< API path below the endpoint's base URL, e.g. /api/v1/query
    QueryParams params;        ///< sent in the URL, or as the form body when formBody is set
    bool formBody = false;     ///< POST params as application/x-www-form-urlencoded
    QByteArray jsonBody;       ///< POST a JSON document instead
};

/// What came back. `transportError` is set when no HTTP answer arrived at all
/// (refused, timeout, TLS, cancelled, missing secret); otherwise status and body are
/// the server's, whatever the status, and the API layer interprets them.
struct HttpResponse final
{
    QUrl url;
    int status = 0;
    QByteArray contentType;
    QByteArray body;
    std::optional<Error> transportError;
    qint64 elapsedMs = 0;
};

/// Thin asynchronous HTTP layer shared by the Prometheus and Alertmanager clients:
/// auth headers, extra CA, per-request timeout, error classification, and correct
/// percent-encoding (a '+' in PromQL must reach Go as "%2B", not as a space).
class HttpTransport final : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const HttpResponse &)>;

    explicit HttpTransport(QNetworkAccessManager *nam, QObject *parent = nullptr);

    /// Starts the request. `done` runs exactly once, in the event loop, unless `context`
    /// is destroyed first. Aborting the returned reply makes `done` see Kind::Canceled.
    /// Returns nullptr when the request failed before it was sent (done is still called).
    QNetworkReply *send(const HttpRequest &request, QObject *context, Callback done);

    /// application/x-www-form-urlencoded with every reserved character escaped.
    static QByteArray encodeParams(const QueryParams &params);

    QNetworkAccessManager *networkAccessManager() const { return m_nam; }

private:
    QList<QSslCertificate> caCertificates(const QString &path, QString *problem);

    QNetworkAccessManager *m_nam;
    QHash<QString, QList<QSslCertificate>> m_caCache;
};

} // namespace pivori
