// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Drives the synthetic exporter as a black box for the simulator tests: starts it on a free
// port, scrapes and parses its exposition, calls its scenario API, and stops it.

#include "serverprocess.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <initializer_list>
#include <utility>

namespace simulatortest {

inline QString str(const char *text)
{
    return QString::fromUtf8(text);
}

inline QStringList args(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *item : list)
        out << str(item);
    return out;
}

using Labels = std::initializer_list<std::pair<const char *, const char *>>;

/// One sample of a scrape: its labels and value.
struct Sample
{
    QHash<QString, QString> labels;
    double value = 0.0;
};
using Scrape = QHash<QString, QList<Sample>>; ///< keyed by metric name

inline Scrape parseExposition(const QByteArray &text)
{
    static const QRegularExpression labelPattern(str("(\\w+)=\"((?:[^\"\\\\]|\\\\.)*)\""));
    Scrape scrape;
    for (const QByteArray &raw : text.split('\n')) {
        const QString line = QString::fromUtf8(raw);
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const qsizetype space = line.lastIndexOf(QLatin1Char(' '));
        const QString series = line.left(space);
        const qsizetype brace = series.indexOf(QLatin1Char('{'));
        Sample sample;
        sample.value = line.mid(space + 1).toDouble();
        for (auto it = labelPattern.globalMatch(series.mid(brace < 0 ? series.size() : brace));
             it.hasNext();) {
            const auto match = it.next();
            sample.labels.insert(match.captured(1), match.captured(2));
        }
        scrape[brace < 0 ? series : series.left(brace)].append(sample);
    }
    return scrape;
}

inline bool matches(const Sample &sample, Labels where)
{
    for (const auto &[key, value] : where) {
        if (sample.labels.value(str(key)) != str(value))
            return false;
    }
    return true;
}

/// Sum of a metric's samples whose labels include every pair of `where`.
inline double total(const Scrape &scrape, const char *name, Labels where = {})
{
    double sum = 0.0;
    for (const Sample &sample : scrape.value(str(name))) {
        if (matches(sample, where))
            sum += sample.value;
    }
    return sum;
}

/// Increase of a metric between two scrapes.
inline double delta(const Scrape &after, const Scrape &before, const char *name, Labels where = {})
{
    return total(after, name, where) - total(before, name, where);
}

/// Share of a service's requests in the given statuses between two scrapes.
double statusShare(
    const Scrape &after, const Scrape &before, const QString &service, const QStringList &statuses)
{
    const QByteArray name = service.toUtf8();
    double matching = 0.0;
    for (const QString &status : statuses) {
        const QByteArray code = status.toUtf8();
        matching += delta(after, before, "http_requests_total",
            { { "service", name.constData() }, { "status", code.constData() } });
    }
    return matching / delta(after, before, "http_requests_total", { { "service", name.constData() } });
}

/// histogram_quantile() over the increase between two scrapes.
inline double quantile(double q, const Scrape &after, const Scrape &before, const QString &service)
{
    QMap<double, double> buckets;
    for (const Scrape *scrape : { &after, &before }) {
        for (const Sample &sample : scrape->value(str("http_request_duration_seconds_bucket"))) {
            if (sample.labels.value(str("service")) != service)
                continue;
            const QString le = sample.labels.value(str("le"));
            buckets[le == QLatin1String("+Inf") ? qInf() : le.toDouble()]
                += (scrape == &after ? 1 : -1) * sample.value;
        }
    }
    const double rank = q * buckets.value(qInf());
    double lowerBound = 0.0;
    double lowerCount = 0.0;
    for (auto it = buckets.begin(); it != buckets.end(); ++it) {
        if (it.value() >= rank)
            return qIsInf(it.key())
                ? lowerBound
                : lowerBound + (it.key() - lowerBound) * (rank - lowerCount) / (it.value() - lowerCount);
        lowerBound = it.key();
        lowerCount = it.value();
    }
    return qQNaN();
}

struct Reply
{
    int status = 0;
    QByteArray contentType;
    QByteArray body;
};

/// A simulator process for the duration of one test, on a free loopback port.
class Simulator final
{
public:
    explicit Simulator(const QStringList &arguments)
    {
        pivori::testutils::stopWithTest(m_process);
        m_process.start(str(PIVORI_SIMULATOR_BIN), args({ "--listen", "127.0.0.1:0" }) + arguments);
    }
    ~Simulator()
    {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    Simulator(const Simulator &) = delete;
    Simulator &operator=(const Simulator &) = delete;

    /// Reads the "listening on" line; false if the process died or printed something else.
    bool waitListening()
    {
        QElapsedTimer clock;
        clock.start();
        while (
            !m_process.canReadLine() && m_process.state() != QProcess::NotRunning && clock.elapsed() < 10000)
            m_process.waitForReadyRead(200);
        m_line = QString::fromUtf8(m_process.readLine()).trimmed();
        static const QRegularExpression pattern(
            str("^pivori-simulator listening on (http://127\\.0\\.0\\.1:\\d+)$"));
        const auto match = pattern.match(m_line);
        m_base = match.captured(1);
        return match.hasMatch();
    }

    const QString &line() const { return m_line; }
    quint16 port() const { return static_cast<quint16>(QUrl(m_base).port()); }
    bool running() const { return m_process.state() == QProcess::Running; }

    Reply request(const QByteArray &verb, const QString &path)
    {
        QNetworkReply *reply = m_network.sendCustomRequest(QNetworkRequest(QUrl(m_base + path)), verb);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!finished.wait(10000))
            qWarning("no answer to %s %s", verb.constData(), qPrintable(path));
        Reply out { reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
            reply->header(QNetworkRequest::ContentTypeHeader).toByteArray(), reply->readAll() };
        reply->deleteLater();
        return out;
    }
    int status(const QByteArray &verb, const char *path) { return request(verb, str(path)).status; }
    Scrape scrape() { return parseExposition(request("GET", str("/metrics")).body); }
    QJsonObject scenarios()
    {
        return QJsonDocument::fromJson(request("GET", str("/scenarios")).body).object();
    }

    QString defaultTarget(const char *scenario)
    {
        for (const auto &value : scenarios().value(QLatin1String("available")).toArray()) {
            if (value.toObject().value(QLatin1String("name")).toString() == str(scenario))
                return value.toObject().value(QLatin1String("defaultTarget")).toString();
        }
        return {};
    }

private:
    QProcess m_process;
    QNetworkAccessManager m_network;
    QString m_line;
    QString m_base;
};

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

/// Runs the simulator to completion (command-line errors, --help).
inline Run runSimulator(const QStringList &arguments)
{
    QProcess process;
    process.start(str(PIVORI_SIMULATOR_BIN), arguments);
    if (!process.waitForFinished(10000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return { process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError() };
}

} // namespace simulatortest
