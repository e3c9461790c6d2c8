// SPDX-License-Identifier: GPL-3.0-or-later
// The Health page's view and the wall's health board: every check grouped by category with a
// status word (never colour alone), links handed on, server text shown as text, the flips,
// and an empty run that says nothing is known instead of all clear.
#include "healthcheckmodel.h"
#include "healthlink.h"
#include "healthstatusstyle.h"
#include "healthview.h"
#include "messagebar.h"
#include "nochealthboard.h"
#include "settingskeys.h"
#include "syntheticcheckrun.h"
#include "testutils.h"

#include <QCheckBox>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTest>
#include <QTreeView>

using namespace pivori;
using namespace pivori::testutils;

namespace {

const QStringList kCategories { QStringLiteral("Prometheus"), QStringLiteral("Alertmanager"),
    QStringLiteral("End to end"), QStringLiteral("Performance"), QStringLiteral("Resources"),
    QStringLiteral("Kubernetes"), QStringLiteral("Connectivity"), QStringLiteral("Security"),
    QStringLiteral("Backups") };

/// The proxy row of the check named @p name in @p view's tree.
QModelIndex rowOf(const HealthView &view, const QString &name, int column = 0)
{
    const QAbstractItemModel *model = view.tree()->model();
    for (int c = 0; c < model->rowCount(); ++c) {
        const QModelIndex category = model->index(c, 0);
        for (int r = 0; r < model->rowCount(category); ++r)
            if (model->index(r, 0, category).data().toString() == name)
                return model->index(r, column, category);
    }
    return {};
}

} // namespace

class TestHealthView final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("pivori-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_healthview"));
    }

    void init() { QSettings().clear(); }

    void checksAreGroupedByCategoryInRunOrder()
    {
        HealthView view;
        view.setRun(syntheticCheckRun());
        const QAbstractItemModel *model = view.tree()->model();
        QStringList categories;
        int checks = 0;
        for (int c = 0; c < model->rowCount(); ++c) {
            categories << model->index(c, HealthCheckModel::NameColumn).data().toString();
            checks += model->rowCount(model->index(c, 0));
        }
        QCOMPARE(categories, kCategories);
        QCOMPARE(checks, 31);
        const QStringList prometheus = flattenModel(*model, model->index(0, 0));
        QCOMPARE(prometheus.size(), 7);
        QVERIFY2(prometheus[2].startsWith(
                     QStringLiteral("prometheus-targets | fail | 2 down | > 0 fail | 2 of 14")),
            qPrintable(prometheus[2]));
        QVERIFY2(prometheus[2].endsWith(QStringLiteral("| target http://10.0.3.7:8080/metrics")),
            qPrintable(prometheus[2]));
        // A category row carries the worst status of its checks, and how many have a problem.
        QCOMPARE(model->index(0, HealthCheckModel::StatusColumn).data().toString(), QStringLiteral("fail"));
        QCOMPARE(model->index(0, HealthCheckModel::MessageColumn).data().toString(),
            QStringLiteral("3 of 7 checks with a problem"));
        QCOMPARE(model->index(2, HealthCheckModel::StatusColumn).data().toString(), QStringLiteral("pass"));
        QCOMPARE(model->index(2, HealthCheckModel::MessageColumn).data().toString(),
            QStringLiteral("all 1 passing"));
        QCOMPARE(
            model->index(5, HealthCheckModel::StatusColumn).data().toString(), QStringLiteral("unknown"));
    }

    void everyStatusHasAWordNotOnlyAColour()
    {
        HealthView view;
        view.setRun(syntheticCheckRun());
        QCOMPARE(rowOf(view, QStringLiteral("watchdog"), HealthCheckModel::StatusColumn).data().toString(),
            QStringLiteral("pass"));
        QCOMPARE(rowOf(view, QStringLiteral("latency-p95"), HealthCheckModel::StatusColumn).data().toString(),
            QStringLiteral("warn"));
        QCOMPARE(rowOf(view, QStringLiteral("redis"), HealthCheckModel::StatusColumn).data().toString(),
            QStringLiteral("fail"));
        QCOMPARE(rowOf(view, QStringLiteral("nodes-ready"), HealthCheckModel::StatusColumn).data().toString(),
            QStringLiteral("unknown"));
        const QModelIndex timedOut
            = rowOf(view, QStringLiteral("velero-schedule"), HealthCheckModel::StatusColumn);
        QCOMPARE(timedOut.data().toString(), QStringLiteral("unknown, timed out"));
        QVERIFY(timedOut.data(HealthCheckModel::TimedOutRole).toBool());
        // The colours differ too, and unknown is not green.
        const auto color = [&view](const char *name) {
            return rowOf(view, QString::fromUtf8(name), HealthCheckModel::StatusColumn)
                .data(Qt::ForegroundRole)
                .value<QColor>();
        };
        QVERIFY(color("watchdog") != color("redis"));
        QVERIFY(color("watchdog") != color("nodes-ready"));
        QVERIFY(color("latency-p95") != color("redis"));
    }

    void theHeaderSaysWhenAndHowLong()
    {
        HealthView view;
        QVERIFY2(
            view.summaryText().contains(QStringLiteral("have not run yet")), qPrintable(view.summaryText()));
        const QDateTime started = QDateTime::currentDateTimeUtc();
        view.setInterval(60'000);
        view.setRun(syntheticCheckRun(started));
        const QString summary = view.summaryText();
        QVERIFY2(summary.contains(QStringLiteral("4 failing")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("4 failing, 5 warning, 4 unknown, 18 passing")),
            qPrintable(summary));
        const QString finished
            = QLocale().toString(started.addMSecs(1400).toLocalTime().time(), QStringLiteral("HH:mm:ss"));
        QVERIFY2(
            summary.contains(QStringLiteral("Last run %1, took 1.4 s").arg(finished)), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("runs every 1m")), qPrintable(summary));
    }

    void anEmptyRunIsNotAnAllClear()
    {
        HealthView view;
        CheckRun empty;
        empty.startedAt = empty.finishedAt = QDateTime::currentDateTimeUtc();
        view.setRun(empty);
        const QString summary = view.summaryText();
        QVERIFY2(summary.contains(QStringLiteral("no checks ran")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("not an all-clear")), qPrintable(summary));
        QVERIFY2(!summary.contains(QStringLiteral("pass")), qPrintable(summary));
        auto *empty_ = view.findChild<QLabel *>(QStringLiteral("healthEmpty"));
        QVERIFY(empty_);
        QVERIFY(empty_->isVisibleTo(&view));
        QVERIFY(empty_->text().contains(QStringLiteral("not an all-clear")));
        QCOMPARE(HealthStatusStyle::verdictText(empty), QStringLiteral("no checks ran"));
    }

    void aCheckLinkIsHandedOn()
    {
        HealthView view;
        view.resize(1600, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setRun(syntheticCheckRun());
        QSignalSpy links(&view, &HealthView::linkActivated);

        // Enter or a double click on the row.
        QVERIFY(view.activateLink(rowOf(view, QStringLiteral("prometheus-rules"))));
        QCOMPARE(links.takeFirst().at(0).toString(),
            QStringLiteral("rulegroup:/etc/prometheus/rules/pivori-alerts.yml/latency"));
        QVERIFY(!view.activateLink(rowOf(view, QStringLiteral("watchdog")))); // no link
        QVERIFY(!view.activateLink(view.tree()->model()->index(0, 0))); // a category
        QVERIFY(links.isEmpty());

        // One click on the "where to look" cell.
        const QModelIndex cell = rowOf(view, QStringLiteral("latency-p99"), HealthCheckModel::LinkColumn);
        QCOMPARE(cell.data().toString(), QStringLiteral("runbook CriticalP99Latency"));
        view.tree()->scrollTo(cell);
        QTest::mouseClick(
            view.tree()->viewport(), Qt::LeftButton, {}, view.tree()->visualRect(cell).center());
        QCOMPARE(links.size(), 1);
        QCOMPARE(links.takeFirst().at(0).toString(), QStringLiteral("runbook:CriticalP99Latency"));

        // The selected check's button says where it leads.
        view.tree()->setCurrentIndex(rowOf(view, QStringLiteral("prometheus-tsdb")));
        QVERIFY(view.linkButton()->isVisibleTo(&view));
        QCOMPARE(view.linkButton()->text(), QStringLiteral("Open dashboard production"));
        view.linkButton()->click();
        QCOMPARE(links.takeFirst().at(0).toString(), QStringLiteral("dashboard:production"));
        view.tree()->setCurrentIndex(rowOf(view, QStringLiteral("watchdog")));
        QVERIFY(!view.linkButton()->isVisibleTo(&view));
    }

    void serverTextIsPlainText()
    {
        HealthView view;
        CheckRun run = syntheticCheckRun();
        run.results[3].message = QStringLiteral("<img src=x><b>bold</b> & <a href='http://evil'>click</a>");
        view.setRun(run);
        const QModelIndex message
            = rowOf(view, QStringLiteral("prometheus-rules"), HealthCheckModel::MessageColumn);
        QCOMPARE(message.data().toString(), run.results[3].message);
        const QString tip = message.data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("&lt;b&gt;bold&lt;/b&gt;")), qPrintable(tip));
        QVERIFY2(!tip.contains(QStringLiteral("<b>")), qPrintable(tip));
        view.tree()->setCurrentIndex(rowOf(view, QStringLiteral("prometheus-rules")));
        auto *detail = view.findChild<QLabel *>(QStringLiteral("healthDetail"));
        QVERIFY(detail);
        QCOMPARE(detail->textFormat(), Qt::PlainText);
        QVERIFY2(detail->text().contains(run.results[3].message), qPrintable(detail->text()));
        for (QLabel *label : view.findChildren<QLabel *>())
            QVERIFY2(label->textFormat() == Qt::PlainText || label->text().isEmpty()
                    || !label->text().contains(u'<'),
                qPrintable(label->objectName()));
    }

    void onlyProblemsIsRememberedAndHidesPassingChecks()
    {
        {
            HealthView view;
            view.setRun(syntheticCheckRun());
            QVERIFY(!view.onlyProblems());
            view.onlyProblemsBox()->click();
            QVERIFY(view.onlyProblems());
            const QAbstractItemModel *model = view.tree()->model();
            // End to end has nothing wrong: it is gone.
            QCOMPARE(model->rowCount(), 8);
            int checks = 0;
            for (int c = 0; c < model->rowCount(); ++c)
                checks += model->rowCount(model->index(c, 0));
            QCOMPARE(checks, 13);
            QVERIFY(!rowOf(view, QStringLiteral("watchdog")).isValid());
            QVERIFY(rowOf(view, QStringLiteral("redis")).isValid());
        }
        QCOMPARE(QSettings().value(settingskeys::healthOnlyProblems).toBool(), true);
        HealthView again;
        QVERIFY(again.onlyProblems());
        // All passing with only problems shown: say so rather than show nothing.
        CheckRun fine = syntheticCheckRun();
        for (CheckResult &r : fine.results)
            r.status = CheckStatus::Pass;
        again.setRun(fine);
        auto *empty = again.findChild<QLabel *>(QStringLiteral("healthEmpty"));
        QVERIFY(empty->isVisibleTo(&again));
        QVERIFY(empty->text().contains(QStringLiteral("Every check passes")));
    }

    void sortingByStatusPutsProblemsFirst()
    {
        HealthView view;
        view.setRun(syntheticCheckRun());
        view.tree()->sortByColumn(HealthCheckModel::StatusColumn, Qt::AscendingOrder);
        const QAbstractItemModel *model = view.tree()->model();
        QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("Prometheus")); // a failing category
        const QModelIndex prometheus = model->index(0, 0);
        QStringList statuses;
        for (int r = 0; r < model->rowCount(prometheus); ++r)
            statuses << model->index(r, HealthCheckModel::StatusColumn, prometheus).data().toString();
        QCOMPARE(statuses,
            QStringList({ QStringLiteral("fail"), QStringLiteral("fail"), QStringLiteral("warn"),
                QStringLiteral("pass"), QStringLiteral("pass"), QStringLiteral("pass"),
                QStringLiteral("pass") }));
    }

    void runNowAsksAndWaits()
    {
        HealthView view;
        QSignalSpy asked(&view, &HealthView::runRequested);
        view.runButton()->click();
        QCOMPARE(asked.size(), 1);
        view.setRunning(true);
        QVERIFY(!view.runButton()->isEnabled());
        view.setRun(syntheticCheckRun());
        view.setRunning(false);
        QVERIFY(view.runButton()->isEnabled());
    }

    void theFlipsAreListedNewestFirst()
    {
        HealthView view;
        view.setTransitions({});
        QVERIFY(view.historyTexts().isEmpty());
        const QDateTime today = QDateTime::currentDateTime();
        const QDateTime at1320(today.date(), QTime(13, 20));
        const QDateTime at1345(today.date(), QTime(13, 45));
        const QDateTime lastWeek(today.date().addDays(-3), QTime(9, 5));
        view.setTransitions({
            { lastWeek.toUTC(), QStringLiteral("redis"), QStringLiteral("Connectivity"), CheckStatus::Pass,
                CheckStatus::Fail },
            { at1320.toUTC(), QStringLiteral("prometheus-rules"), QStringLiteral("Prometheus"),
                CheckStatus::Pass, CheckStatus::Fail },
            { at1345.toUTC(), QStringLiteral("prometheus-rules"), QStringLiteral("Prometheus"),
                CheckStatus::Fail, CheckStatus::Unknown },
        });
        const QStringList texts = view.historyTexts();
        QCOMPARE(texts.size(), 3);
        QCOMPARE(texts[0], QStringLiteral("13:45  prometheus-rules  fail → unknown"));
        QCOMPARE(texts[1], QStringLiteral("13:20  prometheus-rules  pass → fail"));
        QCOMPARE(texts[2],
            QLocale().toString(lastWeek, QStringLiteral("d MMM HH:mm"))
                + QStringLiteral("  redis  pass → fail"));
    }

    void problemsAreShownWhereTheOperatorLooks()
    {
        HealthView view;
        view.showProblem(
            QStringLiteral("The health history /x/health-history.json is damaged (not valid JSON)"));
        QCOMPARE(view.messageBar()->messages().size(), 1);
        QVERIFY(view.messageBar()->messages().constFirst().contains(QStringLiteral("damaged")));
    }

    void linksAreTakenApart()
    {
        QCOMPARE(HealthLink::parse(QStringLiteral("dashboard:production")).kind, HealthLink::Kind::Dashboard);
        QCOMPARE(
            HealthLink::parse(QStringLiteral("runbook:HighLatency")).target, QStringLiteral("HighLatency"));
        const HealthLink group
            = HealthLink::parse(QStringLiteral("rulegroup:/etc/prometheus/rules/a.yml/latency"));
        QCOMPARE(group.kind, HealthLink::Kind::RuleGroup);
        QCOMPARE(group.ruleFile(), QStringLiteral("/etc/prometheus/rules/a.yml"));
        QCOMPARE(group.ruleGroup(), QStringLiteral("latency"));
        QCOMPARE(group.text(), QStringLiteral("rule group latency (a.yml)"));
        QCOMPARE(HealthLink::parse(QStringLiteral("target:http://10.0.0.1:9100/metrics")).target,
            QStringLiteral("http://10.0.0.1:9100/metrics"));
        QCOMPARE(HealthLink::parse(QStringLiteral("https://grafana.example/d/x")).url(),
            QUrl(QStringLiteral("https://grafana.example/d/x")));
        // Nothing else is a link: a check cannot make the console open a file or run a program.
        for (const char *bad : { "", "dashboard:", "file:///etc/passwd", "javascript:alert(1)", "http://",
                 "mailto:a@b", "ftp://host/x" })
            QVERIFY2(!HealthLink::parse(QString::fromUtf8(bad)).isValid(), bad);
    }

    void theWallBoardPutsProblemsFirst()
    {
        NocHealthBoard board;
        board.resize(1920, 900);
        QVERIFY(!board.hasRun());
        QCOMPARE(board.emptyText(), QStringLiteral("Health checks have not run yet"));
        board.setRun(syntheticCheckRun());
        QCOMPARE(board.summaryText(), QStringLiteral("4 FAIL · 5 WARN · 4 UNKNOWN · 18 PASS"));
        const QStringList rows = board.rowTexts();
        QCOMPARE(rows.size(), 13); // the problems only; passing checks are named in a block
        QVERIFY2(rows[0].startsWith(QStringLiteral("FAIL Prometheus · prometheus-targets — 2 of 14 targets")),
            qPrintable(rows[0]));
        QVERIFY2(rows[3].startsWith(QStringLiteral("FAIL Connectivity · redis")), qPrintable(rows[3]));
        QVERIFY2(rows[4].startsWith(QStringLiteral("UNKNOWN ")), qPrintable(rows[4]));
        QVERIFY2(
            rows[7].startsWith(QStringLiteral("UNKNOWN Backups · velero-schedule")), qPrintable(rows[7]));
        QVERIFY2(rows[7].endsWith(QStringLiteral("TIMED OUT")), qPrintable(rows[7]));
        QVERIFY2(rows[8].startsWith(QStringLiteral("WARN ")), qPrintable(rows[8]));
        QVERIFY(board.visibleRowCount() > 0);
        QVERIFY(!board.grab().isNull());

        CheckRun empty;
        empty.startedAt = empty.finishedAt = QDateTime::currentDateTimeUtc();
        board.setRun(empty);
        QVERIFY(board.rowTexts().isEmpty());
        QVERIFY2(board.summaryText().contains(QStringLiteral("unknown")), qPrintable(board.summaryText()));
        QVERIFY(!board.summaryText().contains(QStringLiteral("PASS")));
    }
};

QTEST_MAIN(TestHealthView)
#include "tst_healthview.moc"
