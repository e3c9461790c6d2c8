// SPDX-License-Identifier: GPL-3.0-or-later
// Dashboard variables expand into PromQL that still means what the selection means, and
// legend templates turn label sets into the names people read.
#include "templating.h"
#include "testutils.h"
#include "variablechain.h"

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

DashboardVariable variable(const QString &name, const QString &query = {})
{
    DashboardVariable v;
    v.name = name;
    v.label = name;
    v.query = query;
    return v;
}

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
        VariableValue allAsPlus = all;
        allAsPlus.allPattern = QStringLiteral(".+");
        row("All stands for its all_value", "up{service=~\"$service\"}", one(service, allAsPlus),
            "up{service=~\".+\"}");
        VariableValue allOfList = all;
        allOfList.allPattern = QStringLiteral("a\\.b|c");
        row("All of a fixed list, its backslashes doubled for the string", "up{service=~\"$service\"}",
            one(service, allOfList), R"(up{service=~"a\\.b|c"})");
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
        QCOMPARE(VariableValue::allValues(),
            (VariableValue { true, { QStringLiteral("ignored") }, QStringLiteral(".+") }));
        QVERIFY(VariableValue::single(QStringLiteral("a")) != VariableValue::allValues());
        QVERIFY(
            VariableValue::single(QStringLiteral("a")) == VariableValue::multiple({ QStringLiteral("a") }));
    }

    void allPatternsComeFromTheVariables()
    {
        DashboardVariable labelled = variable(QStringLiteral("job"));
        labelled.includeAll = true;
        DashboardVariable custom = labelled;
        custom.name = QStringLiteral("env");
        custom.values = { QStringLiteral("prod.eu"), QStringLiteral("staging") };
        DashboardVariable withAllValue = labelled;
        withAllValue.name = QStringLiteral("pod");
        withAllValue.allValue = QStringLiteral("pod-.+");
        const Variables selected = withAllPatterns({ labelled, custom, withAllValue },
            { { QStringLiteral("job"), VariableValue::allValues() },
                { QStringLiteral("env"), VariableValue::allValues() },
                { QStringLiteral("pod"), VariableValue::allValues() } });
        QCOMPARE(
            pivori::expandVariables(QStringLiteral("up{job=~`$job`, env=~`$env`, pod=~`$pod`}"), selected),
            QStringLiteral("up{job=~`.*`, env=~`prod\\.eu|staging`, pod=~`pod-.+`}"));
    }

    void childFollowsWhatIsStillOffered()
    {
        DashboardVariable v = variable(QStringLiteral("instance"));
        v.multi = true;
        const QStringList offered { QStringLiteral("b1"), QStringLiteral("b2"), QStringLiteral("b3") };
        const auto several
            = VariableValue::multiple({ QStringLiteral("a1"), QStringLiteral("b2"), QStringLiteral("b3") });
        // What is still offered stays selected; the rest goes.
        QCOMPARE(followOffered(v, several, offered),
            VariableValue::multiple({ QStringLiteral("b2"), QStringLiteral("b3") }));
        QCOMPARE(followOffered(v, VariableValue::allValues(), offered), VariableValue::allValues());
        // Nothing left: the default where offered, else the first value, else All.
        const auto gone = VariableValue::single(QStringLiteral("a1"));
        QCOMPARE(followOffered(v, gone, offered), VariableValue::single(QStringLiteral("b1")));
        v.defaultValues = { QStringLiteral("x"), QStringLiteral("b3") };
        QCOMPARE(followOffered(v, gone, offered), VariableValue::single(QStringLiteral("b3")));
        QCOMPARE(followOffered(v, std::nullopt, {}), VariableValue::allValues());
        v.defaultValues.clear();
        v.includeAll = true;
        QCOMPARE(followOffered(v, gone, offered), VariableValue::allValues());
    }

    void dependentsFollowTheChain()
    {
        const DashboardVariable job = variable(QStringLiteral("job"));
        const DashboardVariable instance
            = variable(QStringLiteral("instance"), QStringLiteral("up{job=~\"$job\"}"));
        const DashboardVariable device = variable(QStringLiteral("device"),
            QStringLiteral("node_disk_io_time_seconds_total{instance=~\"${instance}\"}"));
        const DashboardVariable other = variable(QStringLiteral("other"), QStringLiteral("up"));
        const QList<DashboardVariable> all { device, job, instance, other };
        QCOMPARE(dependentVariables(all, { QStringLiteral("job") }),
            (QStringList { QStringLiteral("device"), QStringLiteral("instance") }));
        QCOMPARE(dependentVariables(all, { QStringLiteral("instance") }),
            QStringList { QStringLiteral("device") });
        QVERIFY(dependentVariables(all, { QStringLiteral("other") }).isEmpty());
        // One set explicitly is not re-asked, even when a parent changed too.
        QCOMPARE(dependentVariables(all, { QStringLiteral("job"), QStringLiteral("instance") }),
            QStringList { QStringLiteral("device") });
    }

    void repeatedAssignmentsSelectSeveral()
    {
        QString error;
        const auto parsed = parseVariableAssignments(
            { QStringLiteral("job=api"), QStringLiteral("env=prod"), QStringLiteral("job=web"),
                QStringLiteral("job=api"), QStringLiteral("pod=All"), QStringLiteral("q=a=b") },
            &error);
        QVERIFY2(parsed, qPrintable(error));
        QCOMPARE(parsed->value(QStringLiteral("job")),
            VariableValue::multiple({ QStringLiteral("api"), QStringLiteral("web") }));
        QCOMPARE(parsed->value(QStringLiteral("env")), VariableValue::single(QStringLiteral("prod")));
        QCOMPARE(parsed->value(QStringLiteral("pod")), VariableValue::allValues());
        QCOMPARE(parsed->value(QStringLiteral("q")), VariableValue::single(QStringLiteral("a=b")));
        QVERIFY(!parseVariableAssignments({ QStringLiteral("=x") }, &error));
        QVERIFY2(error.contains(QLatin1String("NAME=VALUE")), qPrintable(error));

        DashboardVariable job = variable(QStringLiteral("job"));
        const DashboardVariable env = variable(QStringLiteral("env"));
        const QString misfit = checkSelectionFits({ job, env }, *parsed);
        QVERIFY2(misfit.contains(QLatin1String("$job selects one value, but 2 were given (api, web)")),
            qPrintable(misfit));
        job.multi = true;
        QVERIFY(checkSelectionFits({ job, env }, *parsed).isEmpty());
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
