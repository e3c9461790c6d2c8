// SPDX-License-Identifier: GPL-3.0-or-later
// A dashboard page with rows against the fixture's real Prometheus: a collapsed row's panels are
// neither created nor asked for; a click on its header creates them and their queries go out at
// once, and they paint Prometheus's answer; collapsing stops them again, and the state is
// remembered for the next time the dashboard opens. With PIVORI_ROWS_SCREENSHOTS=DIR the test
// also leaves pictures of the page at 1920x1080 and 1000x700 there.
#include "configloader.h"
#include "dashboardpage.h"
#include "dashboardrefresher.h"
#include "dashboardview.h"
#include "networktransport.h"
#include "nocrotation.h"
#include "nocwindow.h"
#include "panelframe.h"
#include "prometheusclient.h"
#include "rowheader.h"
#include "settingskeys.h"
#include "stackfixture.h"
#include "templating.h"

#include <QDir>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>

#include <algorithm>
#include <memory>

using namespace pivori;
using namespace pivori::testing;

namespace {

/// The network, with every query expression sent written down.
class RecordingTransport final : public HttpTransport
{
public:
    explicit RecordingTransport(QNetworkAccessManager *nam)
        : m_network(nam)
    {
    }

    HttpCall send(const HttpRequest &request, QObject *context, Callback done) override
    {
        for (const auto &[key, value] : request.params) {
            if (key == QLatin1String("query"))
                expressions << value;
        }
        return m_network.send(request, context, std::move(done));
    }

    int asked(const QString &part) const
    {
        return int(std::count_if(expressions.cbegin(), expressions.cend(),
            [&part](const QString &expr) { return expr.contains(part); }));
    }

    QStringList expressions;

private:
    NetworkTransport m_network;
};

const QByteArray kDashboard
    = "dashboards:\n"
      "  - id: rows-live\n"
      "    title: Rows live\n"
      "    refresh: 1h\n"
      "    variables:\n"
      "      - {name: job, label: job, query: up, include_all: true}\n"
      "    panels:\n"
      "      - {id: up, title: 'Up $job', type: stat, width: 4, repeat: job, max_per_row: 4,\n"
      "         queries: [{expr: 'up{job=\"$job\"}'}]}\n"
      "      - {id: targets, title: Targets up, type: stat, width: 4,\n"
      "         queries: [{expr: 'sum(up)'}]}\n"
      "      - {id: requests, title: Requests, type: timeseries, width: 8,\n"
      "         queries: [{expr: 'sum by (service) (rate(http_requests_total[1m]))',\n"
      "                    legend: '{{service}}'}]}\n"
      "      - id: internals\n"
      "        type: row\n"
      "        title: Prometheus internals\n"
      "        collapsed: true\n"
      "        panels:\n"
      "          - {id: head-series, title: Head series, type: timeseries, width: 6,\n"
      "             queries: [{expr: 'prometheus_tsdb_head_series'}]}\n"
      "          - {id: goroutines, title: Goroutines, type: stat, width: 6,\n"
      "             queries: [{expr: 'max(go_goroutines)'}]}\n"
      "      - id: fleet\n"
      "        type: row\n"
      "        title: Fleet\n"
      "        panels:\n"
      "          - {id: errors, title: Errors, type: timeseries, width: 12,\n"
      "             queries: [{expr: 'sum(rate(http_requests_total{status=~\"5..\"}[1m]))'}]}\n";

} // namespace

class TestDashboardRowsLive final : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_nam;
    std::unique_ptr<RecordingTransport> m_transport;
    std::unique_ptr<PrometheusClient> m_client;
    Dashboard m_dashboard;

    std::unique_ptr<DashboardPage> openPage()
    {
        auto page = std::make_unique<DashboardPage>(m_client.get(), m_dashboard);
        page->resize(1400, 900);
        page->show();
        if (!QTest::qWaitForWindowExposed(page.get()))
            qWarning("page not exposed");
        return page;
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<PanelData>();
        QStandardPaths::setTestModeEnabled(true); // the rows' states go to QSettings
        QCoreApplication::setOrganizationName(QStringLiteral("PivoriTest"));
        QSettings().remove(QStringLiteral("dashboards/rowCollapsed"));
        const StackState stack = fixtureStack();
        const QByteArray yaml
            = "prometheus:\n  - name: fixture\n    url: " + stack.prometheus.toEncoded() + "\n" + kDashboard;
        const ConfigLoadResult loaded = ConfigLoader::loadText(yaml, QStringLiteral("rows-live.yaml"));
        QVERIFY2(
            loaded.ok(), qPrintable(loaded.errors.isEmpty() ? QString() : loaded.errors.first().toString()));
        m_dashboard = *loaded.config.dashboard(QStringLiteral("rows-live"));
        // The repeated panel needs the jobs' `up` series: a fresh stack may not have scraped yet.
        const QUrl jobs(stack.prometheus.toString() + QStringLiteral("/api/v1/label/job/values?match[]=up"));
        QTRY_VERIFY_WITH_TIMEOUT(getJson(jobs).object()[QLatin1String("data")].toArray().size() >= 2, 60000);
        m_transport = std::make_unique<RecordingTransport>(&m_nam);
        m_client
            = std::make_unique<PrometheusClient>(m_transport.get(), endpointFor(stack.prometheus, 10000));
    }

    void repeatedPanelHasOneCopyPerValue()
    {
        const auto page = openPage();
        QSignalSpy finished(page->refresher(), &DashboardRefresher::refreshFinished);
        page->activate();
        // The first round, then the one the copies start once the job values are known.
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() >= 2, 30000);
        const QJsonArray jobs = getJson(QUrl(fixtureStack().prometheus.toString()
                                            + QStringLiteral("/api/v1/label/job/values?match[]=up")))
                                    .object()[QLatin1String("data")]
                                    .toArray();
        QVERIFY(jobs.size() >= 2);
        int copies = 0;
        for (const Panel &panel : page->dashboard().panels) {
            if (panel.id.startsWith(QLatin1String("up"))
                && panel.repeatValues.contains(QStringLiteral("job")))
                ++copies;
        }
        QCOMPARE(copies, int(jobs.size()));
        for (const auto &job : jobs) {
            const QString value = job.toString();
            const QString expr = QStringLiteral("up{job=\"%1\"}").arg(value);
            QVERIFY2(m_transport->asked(expr) >= 1, qPrintable(expr));
            bool titled = false;
            for (PanelFrame *frame : page->view()->panelWidgets())
                titled |= frame->panel().title == QStringLiteral("Up ") + value;
            QVERIFY2(titled, qPrintable(value));
        }
        // Another selection: one copy, for that value.
        page->setVariable(QStringLiteral("job"), VariableValue::single(jobs.first().toString()));
        QTRY_COMPARE_WITH_TIMEOUT(page->view()->panelWidget(QStringLiteral("up"))->panel().title,
            QStringLiteral("Up ") + jobs.first().toString(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(
            std::none_of(page->dashboard().panels.cbegin(), page->dashboard().panels.cend(),
                [](const Panel &p) { return p.id.startsWith(QLatin1String("up--")); }),
            20000);
    }

    void clickingACollapsedRowCreatesAndQueriesItsPanels()
    {
        const auto page = openPage();
        QSignalSpy finished(page->refresher(), &DashboardRefresher::refreshFinished);
        page->activate();
        // Settled: the first round, then the one the repeated panel's copies start.
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() >= 2, 30000);
        DashboardView *view = page->view();
        QVERIFY(!view->panelWidget(QStringLiteral("head-series")));
        QVERIFY(!view->panelWidget(QStringLiteral("goroutines")));
        QCOMPARE(m_transport->asked(QStringLiteral("prometheus_tsdb_head_series")), 0);
        QCOMPARE(m_transport->asked(QStringLiteral("go_goroutines")), 0);
        QVERIFY(m_transport->asked(QStringLiteral("sum(up)")) >= 1);
        // The open row's panel was asked (a fresh stack may have no 5xx rate yet: no data).
        const PanelData::State errors = page->refresher()->panelData(QStringLiteral("errors")).state;
        QVERIFY(errors == PanelData::State::Ok || errors == PanelData::State::NoData);

        RowHeader *internals = view->rowHeader(QStringLiteral("internals"));
        QVERIFY(internals && internals->isVisible());
        QCOMPARE(internals->countText(), QStringLiteral("2 panel(s) inside, collapsed"));
        QTest::mouseClick(internals, Qt::LeftButton);
        PanelFrame *head = view->panelWidget(QStringLiteral("head-series"));
        QVERIFY(head && head->isVisible());
        // Asked at once, not at the next refresh an hour away.
        QTRY_COMPARE_WITH_TIMEOUT(m_transport->asked(QStringLiteral("prometheus_tsdb_head_series")), 1, 2000);
        QTRY_COMPARE_WITH_TIMEOUT(m_transport->asked(QStringLiteral("go_goroutines")), 1, 2000);
        // Prometheus answered and the frames show it (a stack started a minute ago may not have a
        // point of its own series on the range's step grid yet: no data, not an error).
        const auto answered = [&page](const char *id) {
            const PanelData::State state = page->refresher()->panelData(QLatin1String(id)).state;
            return state == PanelData::State::Ok || state == PanelData::State::NoData;
        };
        QTRY_VERIFY_WITH_TIMEOUT(answered("head-series") && answered("goroutines"), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(head->state() != PanelData::State::Loading, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(
            view->panelWidget(QStringLiteral("goroutines"))->state() != PanelData::State::Loading, 5000);
        QCOMPARE(QSettings().value(settingskeys::rowCollapsed(m_dashboard.id, QStringLiteral("internals"))),
            QVariant(false));

        // Collapsed by keyboard: its panels go, and the next round leaves them out.
        internals->setFocus();
        QTest::keyClick(internals, Qt::Key_Space);
        QVERIFY(!view->panelWidget(QStringLiteral("head-series")));
        finished.clear();
        page->refresher()->refreshNow();
        QVERIFY(finished.wait(20000));
        QCOMPARE(m_transport->asked(QStringLiteral("prometheus_tsdb_head_series")), 1);
        QCOMPARE(QSettings().value(settingskeys::rowCollapsed(m_dashboard.id, QStringLiteral("internals"))),
            QVariant(true));
    }

    void theChosenStateIsRemembered()
    {
        QSettings().setValue(settingskeys::rowCollapsed(m_dashboard.id, QStringLiteral("internals")), false);
        QSettings().setValue(settingskeys::rowCollapsed(m_dashboard.id, QStringLiteral("fleet")), true);
        const auto page = openPage();
        QVERIFY(page->view()->panelWidget(QStringLiteral("head-series")));
        QVERIFY(!page->view()->panelWidget(QStringLiteral("errors")));
        QVERIFY(page->dashboard().isCollapsed(*page->dashboard().panel(QStringLiteral("errors"))));
        QSettings().remove(QStringLiteral("dashboards/rowCollapsed"));
    }

    void wallShowsEveryRowHeaderAndPagesAgain()
    {
        ConsoleConfig config;
        config.dashboards = { m_dashboard };
        config.noc.playlist = { { NocPlaylistItem::Kind::Dashboard, m_dashboard.id, {} } };
        NocWindow wall(config, m_client.get(), nullptr, nullptr);
        wall.showOnScreen(0);
        QVERIFY(QTest::qWaitForWindowExposed(&wall));
        wall.rotation()->setPaused(true);
        DashboardPage *page = wall.dashboardPage(0);
        QVERIFY(page);
        // Once the repeated panel's copies are there, every header is on one of the pages.
        QTRY_VERIFY_WITH_TIMEOUT(page->view()->panelWidget(QStringLiteral("up--prometheus")), 30000);
        const auto headersSeen = [&wall, page] {
            QSet<QString> seen;
            for (int i = 0; i < wall.rotation()->pageCount(); ++i) {
                wall.rotation()->show(i);
                for (const DashboardRow &row : page->dashboard().rows) {
                    const QWidget *header = page->view()->rowHeader(row.id);
                    if (header && header->isVisible()
                        && header->geometry().bottom() <= page->view()->viewport()->height())
                        seen.insert(row.id);
                }
            }
            return seen;
        };
        QCOMPARE(headersSeen(), QSet<QString>({ QStringLiteral("internals"), QStringLiteral("fleet") }));
        const int lines = int(page->view()->lines().size());
        // Opened on the wall: a line more, worked into the pages at once.
        page->view()->setRowCollapsed(QStringLiteral("internals"), false);
        QCOMPARE(int(page->view()->lines().size()), lines + 1);
        QCOMPARE(headersSeen(), QSet<QString>({ QStringLiteral("internals"), QStringLiteral("fleet") }));
        QVERIFY(wall.rotation()->pageCount() >= 1);
        const QString dir = qEnvironmentVariable("PIVORI_ROWS_SCREENSHOTS");
        if (!dir.isEmpty()) {
            for (int i = 0; i < wall.rotation()->pageCount(); ++i) {
                wall.rotation()->show(i);
                QCoreApplication::sendPostedEvents();
                QCoreApplication::processEvents();
                QVERIFY(wall.grab().save(QStringLiteral("%1/wall-%2.png").arg(dir).arg(i + 1)));
            }
        }
        QSettings().remove(QStringLiteral("dashboards/rowCollapsed"));
        wall.closeWithoutAsking();
    }

    void screenshots()
    {
        const QString dir = qEnvironmentVariable("PIVORI_ROWS_SCREENSHOTS");
        if (dir.isEmpty())
            QSKIP("PIVORI_ROWS_SCREENSHOTS not set");
        QVERIFY(QDir().mkpath(dir));
        const auto page = openPage();
        QSignalSpy finished(page->refresher(), &DashboardRefresher::refreshFinished);
        page->activate();
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() >= 2, 30000);
        for (const QSize size : { QSize(1920, 1080), QSize(1000, 700) }) {
            page->resize(size);
            // The panels replot on the event loop after a resize.
            QCoreApplication::sendPostedEvents();
            QCoreApplication::processEvents();
            const QString name
                = QStringLiteral("%1/rows-%2x%3.png").arg(dir).arg(size.width()).arg(size.height());
            QVERIFY(page->grab().save(name));
        }
    }
};

QTEST_MAIN(TestDashboardRowsLive)
#include "tst_dashboardrowslive.moc"
