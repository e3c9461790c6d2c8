// SPDX-License-Identifier: GPL-3.0-or-later
// RecordedTransport keeps NetworkTransport's promises, or the unit tests built on it would
// prove nothing: `done` once and never from inside send(), not at all once the context is
// gone, Canceled before abort() returns, a silent server ended by the endpoint's timeout;
// and it answers the latest matching recording, with a 404 for what nobody recorded.
#include "recordedtransport.h"
#include "testutils.h"

#include <QTest>

#include <memory>

using namespace pivori;
using testutils::Received;

namespace {

HttpRequest request(const QString &path, int timeoutMs = 2000)
{
    HttpRequest out;
    out.endpoint.url = QUrl(QStringLiteral("http://127.0.0.1:19090/prefix/"));
    out.endpoint.timeoutMs = timeoutMs;
    out.path = path;
    out.params = { { QStringLiteral("query"), QStringLiteral("a + b") } };
    return out;
}

} // namespace

class TestRecordedTransport final : public QObject
{
    Q_OBJECT

private slots:
    void answersLaterAndOnce()
    {
        RecordedTransport transport;
        transport.answer(
            RecordedRoute("GET", "/api/v1/query"), RecordedAnswer::file("prometheus/vector.json", 200));
        Received<HttpResponse> response;
        const HttpCall call
            = transport.send(request(QStringLiteral("/api/v1/query")), this, response.callback());
        QVERIFY(!call.isNull());
        QCOMPARE(response.calls, 0);
        QCOMPARE(transport.inFlight(), 1);
        QTRY_COMPARE(response.calls, 1);
        QCOMPARE(response.value->status, 200);
        QCOMPARE(response.value->contentType, QByteArray("application/json"));
        QVERIFY(response.value->body.startsWith("{\"status\":\"success\""));
        QVERIFY(!response.value->transportError);
        // The URL as the network transport builds it: below the base path, '+' escaped.
        QCOMPARE(response.value->url.toString(QUrl::FullyEncoded),
            QStringLiteral("http://127.0.0.1:19090/prefix/api/v1/query?query=a%20%2B%20b"));
        QCOMPARE(transport.inFlight(), 0);
        QTRY_VERIFY(call.isNull()); // finished: nothing left to abort
        call.abort();
        QCOMPARE(response.calls, 1);
    }

    void latestMatchingRecordingWins()
    {
        RecordedTransport transport;
        transport.answer(RecordedRoute("GET", "/api/v1/query"), RecordedAnswer::bytes("first"));
        transport.answer(RecordedRoute("GET", "/api/v1/query").withParam("query", "other"),
            RecordedAnswer::bytes("not this one"));
        transport.answer(RecordedRoute("GET", "/api/v1/query").withParamContaining("query", "+"),
            RecordedAnswer::bytes("latest"));
        Received<HttpResponse> response;
        transport.send(request(QStringLiteral("/api/v1/query")), this, response.callback());
        QTRY_COMPARE(response.calls, 1);
        QCOMPARE(response.value->body, QByteArray("latest"));
        QCOMPARE(transport.requestCount(RecordedRoute("GET", "/api/v1/query")), 1);
        QCOMPARE(transport.requestCount(RecordedRoute("POST", "/api/v1/query")), 0);
    }

    void unrecordedRequestIsA404AndListed()
    {
        RecordedTransport transport;
        Received<HttpResponse> response;
        transport.send(request(QStringLiteral("/api/v1/nothing")), this, response.callback());
        QTRY_COMPARE(response.calls, 1);
        QCOMPARE(response.value->status, 404);
        QCOMPARE(transport.unmatched().size(), 1);
        QVERIFY2(transport.unmatched().first().startsWith(
                     QLatin1String("GET http://127.0.0.1:19090/prefix/api/v1/nothing")),
            qPrintable(transport.unmatched().first()));
    }

    void abortReportsCanceledBeforeReturning()
    {
        RecordedTransport transport;
        transport.answer(RecordedRoute("GET", "/api/v1/query"), RecordedAnswer::bytes("late").delayedBy(50));
        Received<HttpResponse> response;
        const HttpCall call
            = transport.send(request(QStringLiteral("/api/v1/query")), this, response.callback());
        call.abort();
        QCOMPARE(response.calls, 1);
        QVERIFY(response.value->transportError);
        QCOMPARE(response.value->transportError->kind, Error::Kind::Canceled);
        QCOMPARE(transport.inFlight(), 0);
        // A witness answered after the aborted one would have been: it never answers again.
        Received<HttpResponse> witness;
        transport.send(request(QStringLiteral("/api/v1/query")), this, witness.callback());
        QTRY_COMPARE(witness.calls, 1);
        QCOMPARE(response.calls, 1);
    }

    void goneContextIsNeverCalled()
    {
        RecordedTransport transport;
        transport.answer(RecordedRoute("GET", "/api/v1/query"), RecordedAnswer::bytes("{}"));
        Received<HttpResponse> response;
        auto context = std::make_unique<QObject>();
        transport.send(request(QStringLiteral("/api/v1/query")), context.get(), response.callback());
        context.reset();
        QCOMPARE(transport.inFlight(), 0);
        Received<HttpResponse> witness;
        transport.send(request(QStringLiteral("/api/v1/query")), this, witness.callback());
        QTRY_COMPARE(witness.calls, 1);
        QCOMPARE(response.calls, 0);
    }

    void failuresAndSilence_data()
    {
        QTest::addColumn<RecordedAnswer>("recorded");
        QTest::addColumn<Error::Kind>("kind");
        QTest::addColumn<QString>("message");
        QTest::newRow("refused") << RecordedAnswer::transportFailure(Error::Kind::Network)
                                 << Error::Kind::Network << "connection refused";
        QTest::newRow("own words") << RecordedAnswer::transportFailure(
            Error::Kind::Network, QStringLiteral("host not found"))
                                   << Error::Kind::Network << "host not found";
        QTest::newRow("silent") << RecordedAnswer::noAnswer() << Error::Kind::Timeout
                                << "no answer within the timeout";
        QTest::newRow("too slow") << RecordedAnswer::bytes("{}").delayedBy(400) << Error::Kind::Timeout
                                  << "no answer within the timeout";
    }

    void failuresAndSilence()
    {
        QFETCH(RecordedAnswer, recorded);
        QFETCH(Error::Kind, kind);
        QFETCH(QString, message);
        RecordedTransport transport;
        transport.answer(RecordedRoute("GET", "/api/v1/query"), recorded);
        Received<HttpResponse> response;
        transport.send(request(QStringLiteral("/api/v1/query"), 200), this, response.callback());
        QCOMPARE(response.calls, 0);
        QTRY_COMPARE(response.calls, 1);
        QVERIFY(response.value->transportError);
        QCOMPARE(response.value->status, 0);
        QCOMPARE(response.value->transportError->kind, kind);
        QCOMPARE(response.value->transportError->message, message);
        QCOMPARE(response.value->transportError->url,
            QStringLiteral("http://127.0.0.1:19090/prefix/api/v1/query"));
        if (kind == Error::Kind::Timeout)
            QVERIFY2(
                response.value->elapsedMs >= 190, qPrintable(QString::number(response.value->elapsedMs)));
    }
};

QTEST_GUILESS_MAIN(TestRecordedTransport)
#include "tst_recordedtransport.moc"
