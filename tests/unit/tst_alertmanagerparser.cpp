// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertmanagerparser.h"
#include "testutils.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace pivori;

namespace {

QByteArray fixture(const QString &name)
{
    return testutils::readData(QStringLiteral("alertmanager/") + name);
}

const QByteArray kJson = QByteArrayLiteral("application/json");

struct Outcome
{
    bool ok = false;
    qsizetype count = -1;
    Error error;
};

template <typename T> Outcome outcomeOf(const Result<T> &result, qsizetype count)
{
    Outcome out;
    out.ok = result.ok();
    if (result.ok())
        out.count = count;
    else
        out.error = result.error();
    return out;
}

Outcome parseAs(const QString &endpoint, int status, const QByteArray &body)
{
    if (endpoint == QLatin1String("alerts")) {
        const auto r = AlertmanagerParser::parseAlerts(status, kJson, body);
        return outcomeOf(r, r ? r.value().size() : -1);
    }
    if (endpoint == QLatin1String("silences")) {
        const auto r = AlertmanagerParser::parseSilences(status, kJson, body);
        return outcomeOf(r, r ? r.value().size() : -1);
    }
    if (endpoint == QLatin1String("silence")) {
        const auto r = AlertmanagerParser::parseSilence(status, kJson, body);
        return outcomeOf(r, 1);
    }
    if (endpoint == QLatin1String("status")) {
        const auto r = AlertmanagerParser::parseStatus(status, kJson, body);
        return outcomeOf(r, r ? r.value().peers.size() : -1);
    }
    if (endpoint == QLatin1String("groups")) {
        const auto r = AlertmanagerParser::parseAlertGroups(status, kJson, body);
        return outcomeOf(r, r ? r.value().size() : -1);
    }
    if (endpoint == QLatin1String("silenceId")) {
        const auto r = AlertmanagerParser::parseSilenceId(status, kJson, body);
        return outcomeOf(r, 1);
    }
    const auto r = AlertmanagerParser::parseExpireAnswer(status, QByteArray(), body);
    return outcomeOf(r, 0);
}

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QLatin1String(iso), Qt::ISODateWithMs);
}

} // namespace

class TestAlertmanagerParser : public QObject
{
    Q_OBJECT

private slots:
    void fixtures_data();
    void fixtures();
    void alertFields();
    void timestampForms_data();
    void timestampForms();
    void silenceFields();
    void statusFields();
    void groupFields();
    void silenceIdAndExpire();
    void postableSilenceJson();
    void hostileBodies_data();
    void hostileBodies();
    void excerptIsSanitised();
    void manyAlertsParse();
};

void TestAlertmanagerParser::fixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("count"); // alerts/silences/groups, or peers for status
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("messagePart");

    const int none = -1;
    const auto parse = int(Error::Kind::Parse);
    const auto server = int(Error::Kind::Server);
    const auto http = int(Error::Kind::Http);

    // Answers a real 0.25 replica gives.
    QTest::newRow("alerts: active, silenced, inhibited, unprocessed")
        << "alerts-mixed-states.json"
        << "alerts" << 200 << true << 4 << none << QString();
    QTest::newRow("alerts: empty list") << "alerts-empty.json"
                                        << "alerts" << 200 << true << 0 << none << QString();
    QTest::newRow("silences: active, pending, expired")
        << "silences-all-states.json"
        << "silences" << 200 << true << 3 << none << QString();
    QTest::newRow("silences: isEqual may be omitted") << "silences-isequal-omitted.json"
                                                      << "silences" << 200 << true << 1 << none << QString();
    QTest::newRow("silence: single object") << "silence-single.json"
                                            << "silence" << 200 << true << 1 << none << QString();
    QTest::newRow("status: ready pair") << "status-ready.json"
                                        << "status" << 200 << true << 2 << none << QString();
    QTest::newRow("status: settling") << "status-settling.json"
                                      << "status" << 200 << true << 1 << none << QString();
    QTest::newRow("status: HA disabled, no name, no peers")
        << "status-disabled.json"
        << "status" << 200 << true << 0 << none << QString();
    QTest::newRow("groups: three groups") << "groups.json"
                                          << "groups" << 200 << true << 3 << none << QString();
    QTest::newRow("silence id answer") << "silence-id.json"
                                       << "silenceId" << 200 << true << 1 << none << QString();

    // Error bodies, each keeping the server's own words.
    QTest::newRow("handler string: silence not found (GET)")
        << "error-silence-not-found.json"
        << "silence" << 404 << false << none << server << "silence not found";
    QTest::newRow("handler string: silence not found (DELETE 500)")
        << "error-silence-not-found.json"
        << "expire" << 500 << false << none << server << "silence not found";
    QTest::newRow("handler string: end time in the past")
        << "error-end-time-in-past.json"
        << "silenceId" << 400 << false << none << server
        << "Failed to create silence: end time can't be in the past";
    QTest::newRow("handler string: invalid regex") << "error-invalid-regex.json"
                                                   << "silenceId" << 400 << false << none << server
                                                   << "invalid label matcher 0: invalid regular expression";
    QTest::newRow("go-swagger 602: required field")
        << "error-swagger-required.json"
        << "silenceId" << 422 << false << none << server << "endsAt in body is required";
    QTest::newRow("go-swagger 601: not a uuid")
        << "error-swagger-uuid.json"
        << "silence" << 422 << false << none << server << "silenceID in path must be of type uuid";
    QTest::newRow("go-swagger 400: malformed body")
        << "error-bad-body.json"
        << "silenceId" << 400 << false << none << server << "parsing silence body";
    QTest::newRow("empty 404 is not found") << "empty.txt"
                                            << "silence" << 404 << false << none << http << "not found";
    QTest::newRow("empty 503 names the status") << "empty.txt"
                                                << "alerts" << 503 << false << none << http << "503";
    QTest::newRow("proxy HTML page on 502")
        << "error-proxy-502.html"
        << "alerts" << 502 << false << none << http << "502 Bad Gateway nginx/1.22.1";
    QTest::newRow("proxy HTML page on 200") << "error-proxy-502.html"
                                            << "alerts" << 200 << false << none << http << "not JSON";

    // Shape deviations name the field.
    QTest::newRow("truncated body") << "alerts-truncated.json"
                                    << "alerts" << 200 << false << none << http
                                    << "ends in the middle of its JSON";
    QTest::newRow("label value is a number")
        << "alerts-label-not-string.json"
        << "alerts" << 200 << false << none << parse << "alerts[1].labels.severity: expected a string";
    QTest::newRow("unknown alert state")
        << "alerts-unknown-state.json"
        << "alerts" << 200 << false << none << parse
        << "alerts[2].status.state: expected one of unprocessed, active, suppressed, got \"firing\"";
    QTest::newRow("timestamp not RFC 3339")
        << "alerts-bad-timestamp.json"
        << "alerts" << 200 << false << none << parse
        << "alerts[0].startsAt: expected an RFC 3339 timestamp, got \"yesterday\"";
    QTest::newRow("timestamp without offset")
        << "alerts-timestamp-without-offset.json"
        << "alerts" << 200 << false << none << parse << "alerts[0].updatedAt";
    QTest::newRow("missing fingerprint")
        << "alerts-missing-fingerprint.json"
        << "alerts" << 200 << false << none << parse << "alerts[1].fingerprint: missing";
    QTest::newRow("silencedBy not an array")
        << "alerts-silencedby-not-array.json"
        << "alerts" << 200 << false << none << parse << "alerts[0].status.silencedBy: expected an array";
    QTest::newRow("receiver name null")
        << "alerts-receiver-name-null.json"
        << "alerts" << 200 << false << none << parse << "alerts[0].receivers[0].name: expected a string";
    QTest::newRow("API v1 envelope instead of a list")
        << "alerts-object-instead-of-array.json"
        << "alerts" << 200 << false << none << parse << "alerts: expected an array";
    QTest::newRow("isRegex is a string") << "silences-isregex-not-bool.json"
                                         << "silences" << 200 << false << none << parse
                                         << "silences[1].matchers[0].isRegex: expected true or false";
    QTest::newRow("unknown silence state")
        << "silences-unknown-state.json"
        << "silences" << 200 << false << none << parse << "silences[2].status.state";
    QTest::newRow("status without cluster")
        << "status-missing-cluster.json"
        << "status" << 200 << false << none << parse << "status.cluster: missing";
    QTest::newRow("peer without address")
        << "status-peer-without-address.json"
        << "status" << 200 << false << none << parse << "status.cluster.peers[0].address: missing";
    QTest::newRow("group receiver not an object")
        << "groups-receiver-not-object.json"
        << "groups" << 200 << false << none << parse << "groups[1].receiver: expected an object";
    QTest::newRow("alert inside a group: endsAt a number")
        << "groups-alert-endsat-number.json"
        << "groups" << 200 << false << none << parse << "groups[2].alerts[0].endsAt: expected a string";
    QTest::newRow("silence id answer without silenceID")
        << "silence-id-missing.json"
        << "silenceId" << 200 << false << none << parse << "answer.silenceID: missing";
    QTest::newRow("silences body given to the alerts parser")
        << "silences-all-states.json"
        << "alerts" << 200 << false << none << parse << "alerts[0].fingerprint: missing";
}

void TestAlertmanagerParser::fixtures()
{
    QFETCH(QString, file);
    QFETCH(QString, endpoint);
    QFETCH(int, status);
    QFETCH(bool, ok);
    QFETCH(int, count);
    QFETCH(int, kind);
    QFETCH(QString, messagePart);

    const Outcome outcome = parseAs(endpoint, status, fixture(file));
    QVERIFY2(outcome.ok == ok, qPrintable(outcome.error.message));
    if (ok) {
        QCOMPARE(outcome.count, qsizetype(count));
        return;
    }
    QCOMPARE(int(outcome.error.kind), kind);
    QCOMPARE(outcome.error.httpStatus, status);
    QVERIFY2(outcome.error.message.contains(messagePart), qPrintable(outcome.error.message));
}

void TestAlertmanagerParser::alertFields()
{
    const auto result
        = AlertmanagerParser::parseAlerts(200, kJson, fixture(QStringLiteral("alerts-mixed-states.json")));
    QVERIFY(result);
    const QList<Alert> &alerts = result.value();
    QCOMPARE(alerts.size(), 4);

    const Alert &inhibited = alerts.at(0);
    QCOMPARE(inhibited.state, Alert::State::Suppressed);
    QCOMPARE(inhibited.inhibitedBy, QStringList { QStringLiteral("985b9f91b1182444") });
    QVERIFY(inhibited.silencedBy.isEmpty());
    QVERIFY(inhibited.generatorUrl.isEmpty());

    const Alert &active = alerts.at(1);
    QCOMPARE(active.fingerprint, QStringLiteral("985b9f91b1182444"));
    QCOMPARE(active.state, Alert::State::Active);
    QCOMPARE(active.labels.value(QStringLiteral("severity")), QStringLiteral("critical"));
    QCOMPARE(active.annotations.value(QStringLiteral("runbook_url")),
        QStringLiteral("https://runbooks.example/high-error"));
    QCOMPARE(active.receivers, (QStringList { QStringLiteral("critical"), QStringLiteral("null-receiver") }));
    QCOMPARE(active.generatorUrl, QStringLiteral("http://127.0.0.1:9090/graph?g0.expr=up"));
    // Offsets other than Z are honoured and normalised to UTC.
    QCOMPARE(active.startsAt, utc("2024-05-14T10:00:00.000Z"));
    QCOMPARE(active.startsAt.timeSpec(), Qt::UTC);
    QCOMPARE(active.endsAt, utc("2024-05-14T12:00:00.000Z"));
    QCOMPARE(active.updatedAt, utc("2024-05-14T10:00:05.661Z"));

    const Alert &silenced = alerts.at(2);
    QCOMPARE(silenced.state, Alert::State::Suppressed);
    QCOMPARE(silenced.silencedBy, QStringList { QStringLiteral("38a95654-c82a-4a50-b549-1a258b204a0f") });
    QVERIFY(silenced.annotations.isEmpty());

    QCOMPARE(alerts.at(3).state, Alert::State::Unprocessed);
    QVERIFY(alerts.at(3).seenBy.isEmpty()); // only the merger fills it
}

void TestAlertmanagerParser::timestampForms_data()
{
    QTest::addColumn<QString>("startsAt");
    QTest::addColumn<QString>("expectedUtc"); // empty when the parse must fail

    QTest::newRow("Z without a fraction") << "2024-05-14T10:00:00Z"
                                          << "2024-05-14T10:00:00.000Z";
    QTest::newRow("milliseconds, as Alertmanager writes") << "2024-05-14T10:00:00.661Z"
                                                          << "2024-05-14T10:00:00.661Z";
    QTest::newRow("nanoseconds are rounded to ms") << "2024-05-14T10:00:00.123456789Z"
                                                   << "2024-05-14T10:00:00.123Z";
    QTest::newRow("quarter-hour offset") << "2024-05-14T10:00:00.5+05:45"
                                         << "2024-05-14T04:15:00.500Z";
    QTest::newRow("negative offset crossing midnight") << "2024-05-14T22:30:00.000-04:00"
                                                       << "2024-05-15T02:30:00.000Z";
    QTest::newRow("Go zero time") << "0001-01-01T00:00:00Z"
                                  << "0001-01-01T00:00:00.000Z";
    QTest::newRow("no offset is refused") << "2024-05-14T10:00:00.000" << QString();
    QTest::newRow("date only is refused") << "2024-05-14" << QString();
    QTest::newRow("30 February is refused") << "2024-02-30T10:00:00Z" << QString();
    QTest::newRow("unix seconds as a string") << "1715680800" << QString();
    QTest::newRow("empty string") << "" << QString();
}

void TestAlertmanagerParser::timestampForms()
{
    QFETCH(QString, startsAt);
    QFETCH(QString, expectedUtc);
    QJsonObject alert = QJsonDocument::fromJson(fixture(QStringLiteral("alerts-mixed-states.json")))
                            .array()
                            .first()
                            .toObject();
    alert.insert(QStringLiteral("startsAt"), startsAt);
    const auto result
        = AlertmanagerParser::parseAlerts(200, kJson, QJsonDocument(QJsonArray { alert }).toJson());
    if (expectedUtc.isEmpty()) {
        QVERIFY(!result);
        QCOMPARE(result.error().kind, Error::Kind::Parse);
        QVERIFY2(result.error().message.contains(
                     QStringLiteral("alerts[0].startsAt: expected an RFC 3339 timestamp")),
            qPrintable(result.error().message));
        return;
    }
    QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
    QCOMPARE(result.value().first().startsAt.toString(Qt::ISODateWithMs), expectedUtc);
}

void TestAlertmanagerParser::silenceFields()
{
    const auto result
        = AlertmanagerParser::parseSilences(200, kJson, fixture(QStringLiteral("silences-all-states.json")));
    QVERIFY(result);
    const QList<Silence> &silences = result.value();
    QCOMPARE(silences.size(), 3);
    QCOMPARE(silences.at(0).state, Silence::State::Active);
    QCOMPARE(silences.at(1).state, Silence::State::Pending);
    QCOMPARE(silences.at(2).state, Silence::State::Expired);
    QCOMPARE(silences.at(0).createdBy, QStringLiteral("oncall"));
    QCOMPARE(silences.at(0).comment, QStringLiteral("known leak, fix deploying"));
    QCOMPARE(silences.at(0).matchers.size(), 2);
    QCOMPARE(silences.at(0).matchers.at(1).toString(), QStringLiteral("service=~\"order-.*\""));
    QCOMPARE(silences.at(2).matchers.at(0).toString(), QStringLiteral("env!=\"staging\""));
    QCOMPARE(silences.at(2).matchers.at(1).toString(), QStringLiteral("team!~\"qa|perf\""));
    QCOMPARE(silences.at(1).startsAt, utc("2024-05-14T10:00:00.000Z"));

    const auto omitted = AlertmanagerParser::parseSilences(
        200, kJson, fixture(QStringLiteral("silences-isequal-omitted.json")));
    QVERIFY(omitted);
    QVERIFY(omitted.value().at(0).matchers.at(0).isEqual);

    const auto single
        = AlertmanagerParser::parseSilence(200, kJson, fixture(QStringLiteral("silence-single.json")));
    QVERIFY(single);
    QCOMPARE(single.value(), silences.at(0));
}

void TestAlertmanagerParser::statusFields()
{
    const auto ready
        = AlertmanagerParser::parseStatus(200, kJson, fixture(QStringLiteral("status-ready.json")));
    QVERIFY(ready);
    QCOMPARE(ready.value().status, QStringLiteral("ready"));
    QCOMPARE(ready.value().name, QStringLiteral("01M88ADYNQTWVFDZABXJX8QR32"));
    QCOMPARE(ready.value().peers.at(1).address, QStringLiteral("127.0.0.1:39339"));
    QCOMPARE(ready.value().version, QStringLiteral("0.25.0"));
    QCOMPARE(ready.value().uptime, QStringLiteral("2024-05-14T09:58:48.345Z"));
    QVERIFY(ready.value().configOriginal.contains(QStringLiteral("receiver: null-receiver")));

    const auto settling
        = AlertmanagerParser::parseStatus(200, kJson, fixture(QStringLiteral("status-settling.json")));
    QVERIFY(settling);
    QCOMPARE(settling.value().status, QStringLiteral("settling"));

    const auto disabled
        = AlertmanagerParser::parseStatus(200, kJson, fixture(QStringLiteral("status-disabled.json")));
    QVERIFY(disabled);
    QCOMPARE(disabled.value().status, QStringLiteral("disabled"));
    QVERIFY(disabled.value().name.isEmpty());
    QVERIFY(disabled.value().peers.isEmpty());
}

void TestAlertmanagerParser::groupFields()
{
    const auto result
        = AlertmanagerParser::parseAlertGroups(200, kJson, fixture(QStringLiteral("groups.json")));
    QVERIFY(result);
    const QList<AlertGroup> &groups = result.value();
    QCOMPARE(groups.at(0).receiver, QStringLiteral("critical"));
    QCOMPARE(groups.at(0).labels.value(QStringLiteral("alertname")), QStringLiteral("HighErrorRatio"));
    QCOMPARE(groups.at(1).alerts.size(), 2);
    QCOMPARE(groups.at(1).alerts.at(1).fingerprint, QStringLiteral("0a1b2c3d4e5f6071"));
    QVERIFY(groups.at(2).labels.isEmpty());
}

void TestAlertmanagerParser::silenceIdAndExpire()
{
    const auto id
        = AlertmanagerParser::parseSilenceId(200, kJson, fixture(QStringLiteral("silence-id.json")));
    QVERIFY(id);
    QCOMPARE(id.value(), QStringLiteral("38a95654-c82a-4a50-b549-1a258b204a0f"));

    const auto emptyId
        = AlertmanagerParser::parseSilenceId(200, kJson, QByteArrayLiteral("{\"silenceID\":\"\"}"));
    QVERIFY(!emptyId);
    QVERIFY(emptyId.error().message.contains(QStringLiteral("silenceID")));

    // 0.25 answers a DELETE with 200 and no body at all.
    QVERIFY(AlertmanagerParser::parseExpireAnswer(200, QByteArray(), QByteArray()));
}

void TestAlertmanagerParser::postableSilenceJson()
{
    PostableSilence silence;
    silence.matchers = { Matcher { QStringLiteral("alertname"), QStringLiteral("MemoryLeak"), false, true },
        Matcher { QStringLiteral("service"), QStringLiteral("order-.*"), true, false } };
    silence.startsAt
        = QDateTime::fromString(QStringLiteral("2024-05-14T12:00:00.5+02:00"), Qt::ISODateWithMs);
    silence.endsAt = QDateTime(QDate(2024, 5, 14), QTime(12, 0), Qt::UTC);
    silence.createdBy = QStringLiteral("oncall");
    silence.comment = QStringLiteral("deploy \"fix\"");

    const QJsonObject obj = QJsonDocument::fromJson(silence.toJson()).object();
    QVERIFY(!obj.contains(QLatin1String("id")));
    QCOMPARE(obj.value(QLatin1String("startsAt")).toString(), QStringLiteral("2024-05-14T10:00:00.500Z"));
    QCOMPARE(obj.value(QLatin1String("endsAt")).toString(), QStringLiteral("2024-05-14T12:00:00.000Z"));
    QCOMPARE(obj.value(QLatin1String("comment")).toString(), QStringLiteral("deploy \"fix\""));
    const QJsonArray matchers = obj.value(QLatin1String("matchers")).toArray();
    QCOMPARE(matchers.size(), 2);
    QCOMPARE(matchers.at(1).toObject().value(QLatin1String("isRegex")).toBool(), true);
    QCOMPARE(matchers.at(1).toObject().value(QLatin1String("isEqual")).toBool(), false);
    QCOMPARE(
        matchers.at(0).toObject().value(QLatin1String("value")).toString(), QStringLiteral("MemoryLeak"));

    silence.id = QStringLiteral("38a95654-c82a-4a50-b549-1a258b204a0f");
    QCOMPARE(
        QJsonDocument::fromJson(silence.toJson()).object().value(QLatin1String("id")).toString(), silence.id);
}

void TestAlertmanagerParser::hostileBodies_data()
{
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("kind");

    const auto parse = int(Error::Kind::Parse);
    const auto http = int(Error::Kind::Http);
    QTest::newRow("100k nested arrays")
        << "alerts" << (QByteArray(100000, '[') + QByteArray(100000, ']')) << http;
    QByteArray objects;
    for (int i = 0; i < 20000; ++i)
        objects += "{\"a\":";
    objects += "1" + QByteArray(20000, '}');
    QTest::newRow("20k nested objects") << "status" << objects << http;
    QByteArray garbage = "[";
    for (int i = 0; i < 200000; ++i)
        garbage += "1,";
    garbage += "1]";
    QTest::newRow("200k numbers instead of alerts") << "alerts" << garbage << parse;
    QByteArray strings = "[";
    for (int i = 0; i < 50000; ++i)
        strings += "{\"id\":\"x\"},";
    strings += "null]";
    QTest::newRow("50k half silences") << "silences" << strings << parse;
    QByteArray random(1 << 20, Qt::Uninitialized);
    QRandomGenerator generator(42);
    for (char &c : random)
        c = char(generator.bounded(256));
    QTest::newRow("1 MiB of random bytes") << "groups" << random << http;
    QTest::newRow("NUL bytes") << "alerts" << QByteArray("[\0\0]", 4) << http;
    QTest::newRow("two values smuggled as one")
        << "silenceId" << QByteArray("{\"silenceID\":\"a\"},{}") << http;
    QTest::newRow("closing bracket smuggling") << "alerts" << QByteArray("],[") << http;
    QTest::newRow("JSON null") << "alerts" << QByteArray("null") << parse;
    QTest::newRow("a string where a list belongs") << "alerts" << QByteArray("\"ok\"") << parse;
    QTest::newRow("labels is an array")
        << "alerts" << QByteArray("[{\"fingerprint\":\"f\",\"labels\":[\"a\"]}]") << parse;
    QTest::newRow("status is a number")
        << "alerts"
        << QByteArray("[{\"fingerprint\":\"f\",\"labels\":{},\"startsAt\":\"2024-05-14T10:00:00Z\","
                      "\"updatedAt\":\"2024-05-14T10:00:00Z\",\"endsAt\":\"2024-05-14T10:00:00Z\","
                      "\"status\":7}]")
        << parse;
    QTest::newRow("invalid UTF-8 is not JSON")
        << "alerts" << QByteArray("[{\"fingerprint\":\"\xff\xfe\",\"labels\":{}}]") << http;
}

void TestAlertmanagerParser::hostileBodies()
{
    QFETCH(QString, endpoint);
    QFETCH(QByteArray, body);
    QFETCH(int, kind);

    const Outcome outcome = parseAs(endpoint, 200, body);
    QVERIFY(!outcome.ok);
    QCOMPARE(int(outcome.error.kind), kind);
    QVERIFY(!outcome.error.message.isEmpty());
    QVERIFY2(outcome.error.message.size() < 400, qPrintable(outcome.error.message.left(500)));
}

void TestAlertmanagerParser::excerptIsSanitised()
{
    const QString bidi
        = AlertmanagerParser::excerpt(QStringLiteral("evil\u202Etxt.exe\x01\x02\nnext   line").toUtf8());
    QCOMPARE(bidi, QStringLiteral("evil txt.exe next line"));

    const QString longText = AlertmanagerParser::excerpt(QByteArray(100000, 'x'));
    QVERIFY(longText.size() <= 161);
    QVERIFY(longText.endsWith(QChar(0x2026)));

    QCOMPARE(AlertmanagerParser::excerpt(QByteArrayLiteral("<html><body></body></html>")),
        AlertmanagerParser::tr("(no readable text)"));

    const Error error = AlertmanagerParser::errorFromAnswer(
        502, "text/html", fixture(QStringLiteral("error-proxy-502.html")));
    QVERIFY2(!error.message.contains(u'<'), qPrintable(error.message));
    QVERIFY2(!error.message.contains(u'\r'), qPrintable(error.message));
}

void TestAlertmanagerParser::manyAlertsParse()
{
    const QJsonArray one
        = QJsonDocument::fromJson(fixture(QStringLiteral("alerts-mixed-states.json"))).array();
    QJsonArray many;
    for (int i = 0; i < 5000; ++i) {
        QJsonObject alert = one.at(i % one.size()).toObject();
        alert.insert(QStringLiteral("fingerprint"), QString::number(i, 16).rightJustified(16, u'0'));
        many.append(alert);
    }
    const auto result
        = AlertmanagerParser::parseAlerts(200, kJson, QJsonDocument(many).toJson(QJsonDocument::Compact));
    QVERIFY(result);
    QCOMPARE(result.value().size(), 5000);
    QCOMPARE(result.value().last().fingerprint, QStringLiteral("0000000000001387"));
}

QTEST_GUILESS_MAIN(TestAlertmanagerParser)
#include "tst_alertmanagerparser.moc"
