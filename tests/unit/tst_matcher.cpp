// SPDX-License-Identifier: GPL-3.0-or-later
#include "matcher.h"
#include "sanitizedbuild.h"

#include <QElapsedTimer>
#include <QTest>

using namespace pivori;

Q_DECLARE_METATYPE(pivori::Matcher)

namespace {

using Labels = QMap<QString, QString>;

Matcher m(const char *name, const char *op, const QString &value)
{
    const QLatin1String o(op);
    return Matcher { QLatin1String(name), value, o.endsWith(u'~'), !o.startsWith(u'!') };
}

} // namespace

class TestMatcher : public QObject
{
    Q_OBJECT

private slots:
    void parsesValid_data();
    void parsesValid();
    void rejectsInvalid_data();
    void rejectsInvalid();
    void toStringRoundTrips_data();
    void toStringRoundTrips();
    void matchesLabels_data();
    void matchesLabels();
    void compiledIsFastEnough();
};

void TestMatcher::parsesValid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<Matcher>>("expected");

    const QString v = QStringLiteral("critical");
    QTest::newRow("empty text is no matcher") << QString() << QList<Matcher> {};
    QTest::newRow("blank text is no matcher") << QStringLiteral("   ") << QList<Matcher> {};
    QTest::newRow("empty braces") << QStringLiteral("{ }") << QList<Matcher> {};
    QTest::newRow("equal, quoted") << QStringLiteral("severity=\"critical\"")
                                   << QList<Matcher> { m("severity", "=", v) };
    QTest::newRow("not equal") << QStringLiteral("severity!=\"critical\"")
                               << QList<Matcher> { m("severity", "!=", v) };
    QTest::newRow("regex") << QStringLiteral("service=~\"trad.*\"")
                           << QList<Matcher> { m("service", "=~", QStringLiteral("trad.*")) };
    QTest::newRow("negative regex") << QStringLiteral("service!~\"trad.*\"")
                                    << QList<Matcher> { m("service", "!~", QStringLiteral("trad.*")) };
    QTest::newRow("bare word") << QStringLiteral("severity=critical")
                               << QList<Matcher> { m("severity", "=", v) };
    QTest::newRow("bare regex") << QStringLiteral("service=~trad.*")
                                << QList<Matcher> { m("service", "=~", QStringLiteral("trad.*")) };
    QTest::newRow("empty quoted value")
        << QStringLiteral("team=\"\"") << QList<Matcher> { m("team", "=", QString()) };
    QTest::newRow("several, with spaces")
        << QStringLiteral(" a = \"x\" ,b!=y,  c=~\"z|w\" ")
        << QList<Matcher> { m("a", "=", QStringLiteral("x")), m("b", "!=", QStringLiteral("y")),
               m("c", "=~", QStringLiteral("z|w")) };
    QTest::newRow("braces, trailing comma")
        << QStringLiteral("{alertname=\"HighErrorRatio\",service=~\"order-.*\",}")
        << QList<Matcher> { m("alertname", "=", QStringLiteral("HighErrorRatio")),
               m("service", "=~", QStringLiteral("order-.*")) };
    QTest::newRow("escaped quote and backslash")
        << QStringLiteral(R"(summary="say \"hi\" \\ bye")")
        << QList<Matcher> { m("summary", "=", QStringLiteral(R"(say "hi" \ bye)")) };
    QTest::newRow("escaped newline") << QStringLiteral(R"(a="x\ny")")
                                     << QList<Matcher> { m("a", "=", QStringLiteral("x\ny")) };
    QTest::newRow("regex escapes stay literal") << QStringLiteral(
        R"(code=~"5\d\d")") << QList<Matcher> { m("code", "=~", QStringLiteral(R"(5\d\d)")) };
    QTest::newRow("comma and brace inside quotes")
        << QStringLiteral("a=\"x,}{y\"") << QList<Matcher> { m("a", "=", QStringLiteral("x,}{y")) };
    QTest::newRow("underscore and digits in name")
        << QStringLiteral("_k8s_pod2=p") << QList<Matcher> { m("_k8s_pod2", "=", QStringLiteral("p")) };
    QTest::newRow("unicode value") << QStringLiteral("team=\"données\"")
                                   << QList<Matcher> { m("team", "=", QStringLiteral("données")) };
}

void TestMatcher::parsesValid()
{
    QFETCH(QString, text);
    QFETCH(QList<Matcher>, expected);
    int offset = 0;
    const auto result = parseMatchers(text, &offset);
    QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
    QCOMPARE(offset, -1);
    QCOMPARE(result.value().size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i)
        QCOMPARE(result.value().at(i).toString(), expected.at(i).toString());
    QVERIFY(result.value() == expected);
}

void TestMatcher::rejectsInvalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("position");
    QTest::addColumn<QString>("expected");

    QTest::newRow("no value after =~")
        << QStringLiteral("service=~") << 9
        << QStringLiteral("position 9: expected a quoted value or a bare word after \"=~\"");
    QTest::newRow("no value before comma") << QStringLiteral(
        "a=,b=c") << 2 << QStringLiteral("position 2: expected a quoted value or a bare word after \"=\"");
    QTest::newRow("no operator")
        << QStringLiteral("severity") << 8
        << QStringLiteral(
               "position 8: expected \"=\", \"!=\", \"=~\" or \"!~\" after label name \"severity\"");
    QTest::newRow("bad operator") << QStringLiteral("a==b,c<d") << 6
                                  << QStringLiteral("after label name \"c\"");
    QTest::newRow("lone bang") << QStringLiteral("a!b") << 1 << QStringLiteral("position 1: expected \"=\"");
    QTest::newRow("name starts with a digit")
        << QStringLiteral("1a=b") << 0 << QStringLiteral("position 0: expected a label name");
    QTest::newRow("name with a dash")
        << QStringLiteral("a-b=c") << 1 << QStringLiteral("position 1: expected \"=\"");
    QTest::newRow("double comma") << QStringLiteral("a=b,,c=d") << 4
                                  << QStringLiteral("position 4: expected a label name");
    QTest::newRow("unterminated quote")
        << QStringLiteral("a=\"abc") << 6
        << QStringLiteral("position 6: expected a closing quote for the value opened at position 2");
    QTest::newRow("escaped final quote")
        << QStringLiteral(R"(a="abc\")") << 8 << QStringLiteral("closing quote");
    QTest::newRow("space inside bare word") << QStringLiteral(
        "a=b c") << 4 << QStringLiteral("position 4: expected \",\" or the end after the value of \"a\"");
    QTest::newRow("missing closing brace") << QStringLiteral(
        " {a=b") << 5 << QStringLiteral("position 5: expected \"}\" to close the \"{\" at position 1");
    QTest::newRow("junk after closing brace")
        << QStringLiteral("{a=b} x") << 6 << QStringLiteral("position 6: unexpected text after \"}\"");
    QTest::newRow("junk in braces") << QStringLiteral("{a=b c}") << 5
                                    << QStringLiteral("expected \",\" or \"}\" after the value of \"a\"");
    QTest::newRow("invalid regex") << QStringLiteral("a=b, svc=~\"(trad\"") << 10
                                   << QStringLiteral("position 10: invalid regular expression \"(trad\"");
    QTest::newRow("invalid negative regex, bare")
        << QStringLiteral("svc!~[z-a]") << 5 << QStringLiteral("invalid regular expression \"[z-a]\"");
    QTest::newRow("only a comma") << QStringLiteral(",") << 0 << QStringLiteral("expected a label name");
    QTest::newRow("quote where a name belongs")
        << QStringLiteral("\"a\"=b") << 0 << QStringLiteral("expected a label name");
}

void TestMatcher::rejectsInvalid()
{
    QFETCH(QString, text);
    QFETCH(int, position);
    QFETCH(QString, expected);
    int offset = -2;
    const auto result = parseMatchers(text, &offset);
    QVERIFY(!result);
    QCOMPARE(offset, position);
    QCOMPARE(result.error().kind, Error::Kind::Config);
    QVERIFY2(result.error().message.contains(expected), qPrintable(result.error().message));
    QVERIFY2(result.error().message.startsWith(QStringLiteral("position %1: ").arg(position)),
        qPrintable(result.error().message));
}

void TestMatcher::toStringRoundTrips_data()
{
    QTest::addColumn<Matcher>("matcher");
    QTest::addColumn<QString>("text");
    QTest::newRow("plain") << m("severity", "=", QStringLiteral("critical"))
                           << QStringLiteral("severity=\"critical\"");
    QTest::newRow("regex") << m("service", "=~", QStringLiteral("trad.*"))
                           << QStringLiteral("service=~\"trad.*\"");
    QTest::newRow("quote, backslash, newline")
        << m("a", "!=", QStringLiteral("x\"y\\z\nw")) << QStringLiteral(R"(a!="x\"y\\z\nw")");
    QTest::newRow("regex with backslash class")
        << m("code", "!~", QStringLiteral(R"(5\d+)")) << QStringLiteral(R"(code!~"5\\d+")");
}

void TestMatcher::toStringRoundTrips()
{
    QFETCH(Matcher, matcher);
    QFETCH(QString, text);
    QCOMPARE(matcher.toString(), text);
    const auto back = parseMatchers(text);
    QVERIFY(back);
    QCOMPARE(back.value().size(), 1);
    QVERIFY(back.value().first() == matcher);
}

void TestMatcher::matchesLabels_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<Labels>("labels");
    QTest::addColumn<bool>("expected");

    const Labels trading { { QStringLiteral("service"), QStringLiteral("trading-engine") },
        { QStringLiteral("severity"), QStringLiteral("critical") } };
    QTest::newRow("no matcher matches everything") << QString() << trading << true;
    QTest::newRow("equal hit") << QStringLiteral("severity=critical") << trading << true;
    QTest::newRow("equal miss") << QStringLiteral("severity=warning") << trading << false;
    QTest::newRow("not equal") << QStringLiteral("severity!=warning") << trading << true;
    QTest::newRow("all must hold") << QStringLiteral("severity=critical,service=x") << trading << false;
    QTest::newRow("regex is anchored at the end") << QStringLiteral("service=~trad") << trading << false;
    QTest::newRow("regex is anchored at the start") << QStringLiteral("service=~engine") << trading << false;
    QTest::newRow("regex whole value") << QStringLiteral("service=~\"trad.*\"") << trading << true;
    QTest::newRow("alternation stays inside the anchor")
        << QStringLiteral("service=~\"x|trading-engine\"") << trading << true;
    QTest::newRow("negative regex") << QStringLiteral("service!~\"trad.*\"") << trading << false;
    QTest::newRow("missing label equals empty") << QStringLiteral("team=\"\"") << trading << true;
    QTest::newRow("missing label is not a value") << QStringLiteral("team!=\"\"") << trading << false;
    QTest::newRow("missing label vs regex .*") << QStringLiteral("team=~\".*\"") << trading << true;
    QTest::newRow("missing label vs regex .+") << QStringLiteral("team=~\".+\"") << trading << false;
    QTest::newRow("$ does not match before a final newline")
        << QStringLiteral("a=~\"x\"") << Labels { { QStringLiteral("a"), QStringLiteral("x\n") } } << false;
    QTest::newRow("case matters") << QStringLiteral("severity=Critical") << trading << false;
}

void TestMatcher::matchesLabels()
{
    QFETCH(QString, filter);
    QFETCH(Labels, labels);
    QFETCH(bool, expected);
    const auto parsed = parseMatchers(filter);
    QVERIFY(parsed);
    QCOMPARE(matches(parsed.value(), labels), expected);
    const CompiledMatchers compiled(parsed.value());
    QCOMPARE(compiled.matches(labels), expected);
    QCOMPARE(compiled.matchers(), parsed.value());
}

void TestMatcher::compiledIsFastEnough()
{
    // The inbox filter bar re-filters every alert on each keystroke.
    QList<Labels> alerts;
    for (int i = 0; i < 10000; ++i) {
        alerts.append({ { QStringLiteral("alertname"), QStringLiteral("Alert%1").arg(i % 40) },
            { QStringLiteral("service"), QStringLiteral("svc-%1").arg(i % 15) },
            { QStringLiteral("severity"), i % 3 ? QStringLiteral("warning") : QStringLiteral("critical") } });
    }
    const auto parsed = parseMatchers(u"service=~\"svc-1.*\", severity!=warning, alertname!~\"Alert3.\"");
    QVERIFY(parsed);
    const CompiledMatchers compiled(parsed.value());
    QElapsedTimer clock;
    clock.start();
    int hits = 0;
    for (const Labels &labels : alerts)
        hits += compiled.matches(labels) ? 1 : 0;
    const qint64 elapsed = clock.elapsed();
    QVERIFY(hits > 0);
    QVERIFY(hits < alerts.size());
    if (!testutils::kSanitizedBuild)
        QVERIFY2(elapsed < 100, qPrintable(QStringLiteral("%1 ms for 10000 alerts").arg(elapsed)));
}

QTEST_GUILESS_MAIN(TestMatcher)
#include "tst_matcher.moc"
