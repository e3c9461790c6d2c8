// SPDX-License-Identifier: GPL-3.0-or-later
// Dashboard variables expand into PromQL that still means what the selection means, and
// legend templates turn label sets into the names people read.
#include "templating.h"
#include "testutils.h"

#include <QTest>

using namespace pivori;

using Variables = QMap<QString, VariableValue>;
Q_DECLARE_METATYPE(Variables)

namespace {

Variables one(const QString &name, const VariableValue &value)
{
    return { { name, value } };
}

using testutils::labels;

} // namespace

class TestTemplating final : public QObject
{
    Q_OBJECT

private slots:
    // Plain literals, not raw strings: moc lexes R"(...)" as ordinary strings, and an
    // unbalanced brace in one makes it lose this class.
    void expandVariables_data()
    {
        QTest::addColumn<QString>("expr");
        QTest::addColumn<Variables>("variables");
        QTest::addColumn<QString>("expected");
        const QString service = QStringLiteral("service");
        const auto all = VariableValue::allValues();
        const auto checkout = VariableValue::single(QStringLiteral("checkout"));
        auto row = [](const char *name, const char *expr, const Variables &vars, const char *expected) {
            QTest::newRow(name) << QString::fromUtf8(expr) << vars << QString::fromUtf8(expected);
        };
        row("All in a regex matcher is .*", "up{service=~\"$service\"}", one(service, all),
            "up{service=~\".*\"}");
        row("one value in a regex matcher", "up{service=~\"$service\"}", one(service, checkout),
            "up{service=~\"checkout\"}");
        row("several values are alternatives", "up{service=~\"$service\"}",
            one(service, VariableValue::multiple({ QStringLiteral("checkout"), QStringLiteral("trading") })),
            "up{service=~\"checkout|trading\"}");
        row("metacharacters escaped, backslashes doubled for the string", "up{service=~\"$service\"}",
            one(service, VariableValue::single(QStringLiteral("a.b+c*"))),
            "up{service=~\"a\\\\.b\\\\+c\\\\*\"}");
        row("metacharacters in several values", "up{service=~\"$service\"}",
            one(service, VariableValue::multiple({ QStringLiteral("a|b"), QStringLiteral("(x)[y]{2}^$") })),
            "up{service=~\"a\\\\|b|\\\\(x\\\\)\\\\[y\\\\]\\\\{2\\\\}\\\\^\\\\$\"}");
        row("quote and backslash in a value stay inside the string", "up{service=~\"$service\"}",
            one(service, VariableValue::single(QStringLiteral("say \"hi\" \\"))),
            "up{service=~\"say \\\"hi\\\" \\\\\\\\\"}");
        row("negative regex matcher", "up{service!~\"$service\"}", one(service, checkout),
            "up{service!~\"checkout\"}");
        row("spaces around the operator", "up{service =~ \"$service\"}", one(service, all),
            "up{service =~ \".*\"}");
        row("${name} form", "rate(x{service=~\"${service}\"}[5m])", one(service, checkout),
            "rate(x{service=~\"checkout\"}[5m])");
        row("${name} glued to text", "up{job=~\"${service}-api\"}", one(service, checkout),
            "up{job=~\"checkout-api\"}");
        row("$name ends at the first non-name character", "up{job=~\"$service-api\"}", one(service, checkout),
            "up{job=~\"checkout-api\"}");
        row("a longer name is another variable", "up{job=~\"$service_name\"}", one(service, checkout),
            "up{job=~\"$service_name\"}");
        row("unknown variable left as written", "up{job=~\"$nope\", x=\"${nope}\"}", one(service, checkout),
            "up{job=~\"$nope\", x=\"${nope}\"}");
        row("unterminated ${ left as written", "up{job=~\"${service\"}", one(service, checkout),
            "up{job=~\"${service\"}");
        row("equality matcher gets the plain value", "up{service=\"$service\"}",
            one(service, VariableValue::single(QStringLiteral("a.b"))), "up{service=\"a.b\"}");
        row("equality matcher still escapes for the string", "up{service=\"$service\"}",
            one(service, VariableValue::single(QStringLiteral("a\"b"))), "up{service=\"a\\\"b\"}");
        row("outside strings the value is verbatim", "topk($n, up)",
            one(QStringLiteral("n"), VariableValue::single(QStringLiteral("5"))), "topk(5, up)");
        row("single-quoted string escapes its own quote", "up{service=~'$service'}",
            one(service, VariableValue::single(QStringLiteral("it's.x"))), "up{service=~'it\\'s\\\\.x'}");
        row("backtick string is raw", "up{service=~`$service`}",
            one(service, VariableValue::single(QStringLiteral("a.b"))), "up{service=~`a\\.b`}");
        row("an escaped quote does not end the string", "up{a=\"x\\\"$service\", service=~\"$service\"}",
            one(service, VariableValue::single(QStringLiteral("a.b"))),
            "up{a=\"x\\\"a.b\", service=~\"a\\\\.b\"}");
        row("label_replace's $1 is not a variable", "label_replace(up, \"svc\", \"$1\", \"job\", \"(.*)\")",
            one(service, checkout), "label_replace(up, \"svc\", \"$1\", \"job\", \"(.*)\")");
        row("comment left alone", "up # $service \"", one(service, checkout), "up # $service \"");
        row("nothing selected gives an empty regex", "up{service=~\"$service\"}",
            one(service, VariableValue::multiple({})), "up{service=~\"\"}");
        row("several variables and references",
            "sum(rate(x{service=~\"$service\", pod=~\"${pod}\"}[$__interval])) / $service",
            Variables { { service, checkout },
                { QStringLiteral("pod"),
                    VariableValue::multiple({ QStringLiteral("p-1"), QStringLiteral("p.2") }) },
                { QStringLiteral("__interval"), VariableValue::single(QStringLiteral("15s")) } },
            "sum(rate(x{service=~\"checkout\", pod=~\"p-1|p\\\\.2\"}[15s])) / checkout");
        row("no variables: unchanged", "up{service=~\"$service\"}", Variables(), "up{service=~\"$service\"}");
        row("unicode value kept", "up{city=~\"$city\"}",
            one(QStringLiteral("city"), VariableValue::single(QString::fromUtf8("Z\u00fcrich"))),
            "up{city=~\"Z\u00fcrich\"}");
    }

    void expandVariables()
    {
        QFETCH(QString, expr);
        QFETCH(Variables, variables);
        QFETCH(QString, expected);
        QCOMPARE(pivori::expandVariables(expr, variables), expected);
    }

    void regexEscapeMatchesEveryMetacharacter()
    {
        QCOMPARE(regexEscape(QStringLiteral("\\.+*?()|[]{}^$")),
            QStringLiteral("\\\\\\.\\+\\*\\?\\(\\)\\|\\[\\]\\{\\}\\^\\$"));
        QCOMPARE(regexEscape(QStringLiteral("plain-text_1/2:3")), QStringLiteral("plain-text_1/2:3"));
    }

    void variableValueEquality()
    {
        QCOMPARE(VariableValue::allValues(), (VariableValue { true, { QStringLiteral("ignored") } }));
        QVERIFY(VariableValue::single(QStringLiteral("a")) != VariableValue::allValues());
        QVERIFY(
            VariableValue::single(QStringLiteral("a")) == VariableValue::multiple({ QStringLiteral("a") }));
    }

    void expandLegend_data()
    {
        QTest::addColumn<QString>("legend");
        QTest::addColumn<LabelSet>("labels");
        QTest::addColumn<QString>("expr");
        QTest::addColumn<QString>("expected");
        const LabelSet trading = labels({ { "service", "trading" }, { "pod", "trading-7f9c" } });
        QTest::newRow("label and text") << "{{service}} P95" << trading << "x"
                                        << "trading P95";
        QTest::newRow("spaces inside the braces") << "{{ service }}" << trading << "x"
                                                  << "trading";
        QTest::newRow("two labels") << "{{service}}/{{pod}}" << trading << "x"
                                    << "trading/trading-7f9c";
        QTest::newRow("missing label is empty") << "{{node}} P95" << trading << "x"
                                                << " P95";
        QTest::newRow("plain text") << "Uptime" << trading << "x"
                                    << "Uptime";
        QTest::newRow("not a label name stays literal") << "{{ 1x }} {{}}" << trading << "x"
                                                        << "{{ 1x }} {{}}";
        QTest::newRow("unterminated stays literal") << "{{service} P95" << trading << "x"
                                                    << "{{service} P95";
        QTest::newRow("template text is not re-expanded")
            << "{{service}}" << labels({ { "service", "{{pod}}" }, { "pod", "no" } }) << "x"
            << "{{pod}}";
        QTest::newRow("no template: Prometheus notation")
            << "" << labels({ { "service", "trading" }, { "status", "500" } }) << "x"
            << "{service=\"trading\", status=\"500\"}";
        QTest::newRow("no template: metric name in front")
            << "" << labels({ { "__name__", "up" }, { "job", "a\"b" } }) << "x"
            << "up{job=\"a\\\"b\"}";
        QTest::newRow("no template, no labels: the expression") << "" << LabelSet() << "sum(rate(x[5m]))"
                                                                << "sum(rate(x[5m]))";
    }

    void expandLegend()
    {
        QFETCH(QString, legend);
        QFETCH(LabelSet, labels);
        QFETCH(QString, expr);
        QFETCH(QString, expected);
        QCOMPARE(pivori::expandLegend(legend, labels, expr), expected);
    }
};

QTEST_GUILESS_MAIN(TestTemplating)
#include "tst_templating.moc"
