// SPDX-License-Identifier: GPL-3.0-or-later
// The ad-hoc query prompt: typing an expression and pressing Enter asks for it over the
// chosen range; the answer is read from the model it is given, sortable by value.
#include "queryconsolewidget.h"
#include "queryresultmodel.h"
#include "testutils.h"
#include "widgettestutils.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace pivori;
using testutils::flattenModel;
using testutils::labels;

namespace {

QueryResult threeServices()
{
    QueryResult result;
    result.type = QueryResult::Vector;
    result.series = { Series { labels({ { "service", "search" } }), { { 1'700'000'000, 7.5 } } },
        Series { labels({ { "service", "api" } }), { { 1'700'000'000, 120 } } },
        Series { labels({ { "service", "auth" } }), { { 1'700'000'000, 15 } } } };
    return result;
}

} // namespace

class TestQueryConsoleWidget final : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_model = std::make_unique<QueryResultModel>();
        m_console = std::make_unique<QueryConsoleWidget>(m_model.get());
        m_console->resize(900, 500);
        m_console->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_console.get()));
    }

    void cleanup()
    {
        m_console.reset();
        m_model.reset();
    }

    void enterAsksForTheTypedExpression()
    {
        QSignalSpy requested(m_console.get(), &QueryConsoleWidget::queryRequested);
        QLineEdit *prompt = m_console->findChild<QLineEdit *>();
        QVERIFY(prompt);
        QTest::keyClicks(prompt, QStringLiteral("  sum by (service) (up) "));
        QTest::keyClick(prompt, Qt::Key_Return);
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.first().at(0).toString(), QStringLiteral("sum by (service) (up)"));
        QCOMPARE(requested.first().at(1).toLongLong(), qint64(0)); // instant by default
    }

    void rangeGoesWithTheQuery()
    {
        QSignalSpy requested(m_console.get(), &QueryConsoleWidget::queryRequested);
        QComboBox *range = m_console->findChild<QComboBox *>();
        QVERIFY(range);
        QVERIFY(testutils::chooseItem(range, range->findText(QStringLiteral("Last hour"))));
        QCOMPARE(m_console->rangeMs(), qint64(3'600'000));
        QLineEdit *prompt = m_console->findChild<QLineEdit *>();
        QTest::keyClicks(prompt, QStringLiteral("rate(http_requests_total[5m])"));
        QTest::keyClick(prompt, Qt::Key_Enter);
        // The Run button asks the same.
        m_console->findChild<QPushButton *>()->click();
        QCOMPARE(requested.size(), 2);
        for (const QList<QVariant> &args : std::as_const(requested)) {
            QCOMPARE(args.at(0).toString(), QStringLiteral("rate(http_requests_total[5m])"));
            QCOMPARE(args.at(1).toLongLong(), qint64(3'600'000));
        }
    }

    void emptyPromptAsksForNothing()
    {
        QSignalSpy requested(m_console.get(), &QueryConsoleWidget::queryRequested);
        QLineEdit *prompt = m_console->findChild<QLineEdit *>();
        QTest::keyClicks(prompt, QStringLiteral("   "));
        QTest::keyClick(prompt, Qt::Key_Return);
        QCOMPARE(requested.size(), 0);
        QCOMPARE(statusText(), QStringLiteral("Type an expression first."));
    }

    void showsTheModelsAnswer()
    {
        QTableView *table = m_console->findChild<QTableView *>();
        QVERIFY(table);
        QCOMPARE(table->model()->rowCount(), 0);
        m_model->setResult(threeServices());
        // By series name first, as a person scans a list of names.
        QCOMPARE(flattenModel(*table->model()),
            (QStringList { QStringLiteral(R"({service="api"} | 120 | 1)"),
                QStringLiteral(R"({service="auth"} | 15 | 1)"),
                QStringLiteral(R"({service="search"} | 7.5 | 1)") }));
        // By value: numbers, not text (as text "7.5" would come last).
        table->sortByColumn(QueryResultModel::ValueColumn, Qt::AscendingOrder);
        QCOMPARE(flattenModel(*table->model()),
            (QStringList { QStringLiteral(R"({service="search"} | 7.5 | 1)"),
                QStringLiteral(R"({service="auth"} | 15 | 1)"),
                QStringLiteral(R"({service="api"} | 120 | 1)") }));

        m_model->setResult({}); // the next answer is empty
        QCOMPARE(table->model()->rowCount(), 0);
    }

    void statusSaysWhatHappened()
    {
        m_console->showBusy();
        QCOMPARE(statusText(), QStringLiteral("Querying…"));
        m_console->showDone(3, 42, {});
        QCOMPARE(statusText(), QStringLiteral("3 series in 42 ms"));
        m_console->showDone(1, 7, { QStringLiteral("first"), QStringLiteral("second") });
        QCOMPARE(statusText(), QStringLiteral("1 series in 7 ms\nPrometheus warns: first; second"));
        // Prometheus's error text is the server's: never rendered as markup.
        m_console->showError(QStringLiteral("parse error: <b>unexpected</b>"));
        QCOMPARE(statusText(), QStringLiteral("parse error: <b>unexpected</b>"));
        QCOMPARE(statusLabel()->textFormat(), Qt::PlainText);
    }

private:
    QLabel *statusLabel() const { return m_console->findChild<QLabel *>(); }
    QString statusText() const { return statusLabel()->text(); }

    std::unique_ptr<QueryResultModel> m_model;
    std::unique_ptr<QueryConsoleWidget> m_console;
};

QTEST_MAIN(TestQueryConsoleWidget)
#include "tst_queryconsolewidget.moc"
