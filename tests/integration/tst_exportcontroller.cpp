// SPDX-License-Identifier: GPL-3.0-or-later
// Export from the window, as an operator does it, against the fixture's stack: the file
// dialogs are the real ones (answered by the test), the pictures and the incident report
// folder are read back from disk.
#include "dashboardpage.h"
#include "dashboardrefresher.h"
#include "dashboardview.h"
#include "exportcontroller.h"
#include "mainwindow.h"
#include "networktransport.h"
#include "stackfixture.h"

#include <QApplication>
#include <QFileDialog>
#include <QImageReader>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace pivori;
using namespace pivori::testing;

namespace {

/// Answers the next file dialog that opens with @p path (the dialogs run their own loop),
/// doing @p meanwhile first, while the dialog is open.
void answerNextFileDialog(const QString &path, const std::function<void()> &meanwhile = {})
{
    // The next try holds the function alive; the function itself only holds it weakly, so that
    // nothing is left over once the dialog is answered (LeakSanitizer counts a cycle as a leak).
    auto attempt = std::make_shared<std::function<void()>>();
    *attempt = [path, weak = std::weak_ptr<std::function<void()>>(attempt), meanwhile] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            if (const auto self = weak.lock())
                QTimer::singleShot(50, [self] { (*self)(); });
            return;
        }
        // Typed into the name field, as a person would: selectFile() keeps the proposed name.
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
        if (!name) {
            QFAIL("the file dialog has no name field");
            return;
        }
        if (meanwhile)
            meanwhile();
        name->setText(path);
        QMetaObject::invokeMethod(dialog, "accept"); // a protected slot, as the Save button calls it
    };
    QTimer::singleShot(50, [attempt] { (*attempt)(); });
}

} // namespace

class TestExportController final : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_nam;
    std::unique_ptr<HttpTransport> m_transport;
    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_out;

    ExportController *controller() const { return m_window->findChild<ExportController *>(); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_out.isValid());
        const ConsoleConfig config = stackConfig(fixtureStack());
        m_transport = std::make_unique<NetworkTransport>(&m_nam);
        m_window = std::make_unique<MainWindow>(config, m_transport.get());
        m_window->resize(1400, 900);
        m_window->show();
        m_window->showDashboard(QStringLiteral("production"));
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(controller());
        // Every panel answered once, so the pictures hold data.
        DashboardPage *page = m_window->dashboardPage(QStringLiteral("production"));
        QTRY_VERIFY_WITH_TIMEOUT(page->refresher()->lastRange().endMs > 0, 30000);
        QSignalSpy finished(page->refresher(), &DashboardRefresher::refreshFinished);
        page->refresher()->refreshNow();
        QVERIFY(finished.wait(30000));
    }

    void panelPngAtOneAndTwoTimes()
    {
        DashboardPage *page = m_window->dashboardPage(QStringLiteral("production"));
        const QString one = m_out.filePath(QStringLiteral("latency.png"));
        const QString two = m_out.filePath(QStringLiteral("latency-2x.png"));
        QSignalSpy messages(controller(), &ExportController::message);
        answerNextFileDialog(one);
        controller()->exportPanel(page, QStringLiteral("latency"), ExportTarget::Png);
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(one), 10000);
        answerNextFileDialog(two);
        controller()->exportPanel(page, QStringLiteral("latency"), ExportTarget::Png2x);
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(two), 10000);
        const QSize size1 = QImageReader(one).size();
        const QSize size2 = QImageReader(two).size();
        QVERIFY(size1.isValid());
        QCOMPARE(size2, size1 * 2);
        QTRY_VERIFY(!messages.isEmpty()
            && messages.last().at(0).toString().startsWith(QStringLiteral("Exported to")));
    }

    void incidentReportFolder()
    {
        const QString folder = m_out.filePath(QStringLiteral("incident"));
        QVERIFY(QDir().mkpath(folder));
        QSignalSpy messages(controller(), &ExportController::message);
        answerNextFileDialog(folder);
        controller()->writeIncidentReport();
        QTRY_VERIFY_WITH_TIMEOUT(!messages.isEmpty()
                && messages.last().at(0).toString().startsWith(QStringLiteral("Report written")),
            30000);
        const Dashboard *dashboard = &m_window->dashboardPage(QStringLiteral("production"))->dashboard();
        QStringList expected { QStringLiteral("dashboard.png"), QStringLiteral("data.json"),
            QStringLiteral("report.md"), QStringLiteral("report.html") };
        for (const Panel &panel : dashboard->panels)
            expected << QStringLiteral("panel-%1.png").arg(panel.id);
        for (const QString &name : expected)
            QVERIFY2(QFileInfo(QDir(folder).filePath(name)).size() > 0, qPrintable(name));

        QFile data(QDir(folder).filePath(QStringLiteral("data.json")));
        QVERIFY(data.open(QIODevice::ReadOnly));
        const QJsonObject json = QJsonDocument::fromJson(data.readAll()).object();
        QCOMPARE(json[QStringLiteral("panels")].toArray().size(), dashboard->panels.size());
        QVERIFY(json[QStringLiteral("alerts")].isArray()); // the inbox's alerts, written by the worker
        QFile html(QDir(folder).filePath(QStringLiteral("report.html")));
        QVERIFY(html.open(QIODevice::ReadOnly));
        const QByteArray page = html.readAll();
        QVERIFY(page.contains(dashboard->title.toHtmlEscaped().toUtf8()));
        QVERIFY(page.contains("panel-latency.png"));
    }

    void reportCoversTheDashboardOnScreenWhenAsked()
    {
        // The operator asks on production; while the folder dialog is open the screen moves
        // on (another tab here, the rotation on a wall). The report is production's.
        m_window->showDashboard(QStringLiteral("production"));
        const QString folder = m_out.filePath(QStringLiteral("asked-on-production"));
        QVERIFY(QDir().mkpath(folder));
        QSignalSpy messages(controller(), &ExportController::message);
        answerNextFileDialog(folder, [this] { m_window->showDashboard(QStringLiteral("microservices")); });
        controller()->writeIncidentReport();
        QTRY_VERIFY_WITH_TIMEOUT(!messages.isEmpty()
                && messages.last().at(0).toString().startsWith(QStringLiteral("Report written")),
            30000);
        QCOMPARE(m_window->currentPage(), m_window->dashboardPage(QStringLiteral("microservices")));
        QFile data(QDir(folder).filePath(QStringLiteral("data.json")));
        QVERIFY(data.open(QIODevice::ReadOnly));
        const QJsonObject json = QJsonDocument::fromJson(data.readAll()).object();
        QCOMPARE(
            json[QStringLiteral("dashboard")][QStringLiteral("id")].toString(), QStringLiteral("production"));
        QVERIFY(QFileInfo::exists(QDir(folder).filePath(QStringLiteral("panel-latency.png"))));
        m_window->showDashboard(QStringLiteral("production"));
    }
};

QTEST_MAIN(TestExportController)
#include "tst_exportcontroller.moc"
