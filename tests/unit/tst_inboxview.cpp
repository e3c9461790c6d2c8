// SPDX-License-Identifier: GPL-3.0-or-later
// The inbox panel as an operator uses it: selection, cursor and collapsed groups survive
// polls and regrouping; vim keys; the filter line with its inline error; the toggles.
#include "alertfilterproxy.h"
#include "alertinboxdelegate.h"
#include "alertinboxmodel.h"
#include "alertinboxpanel.h"
#include "alertinboxview.h"
#include "inboxfilterbar.h"
#include "testutils.h"

#include <QApplication>
#include <QComboBox>
#include <QHelpEvent>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>
#include <QToolTip>

#include <memory>

using namespace pivori;

namespace {

InboxAlert makeAlert(const QString &fingerprint, const QString &alertname, const QString &severity,
    const QString &service, const QString &summary = QString())
{
    InboxAlert a;
    a.cluster = QStringLiteral("prod");
    a.alert.fingerprint = fingerprint;
    a.alert.labels = { { QStringLiteral("alertname"), alertname }, { QStringLiteral("severity"), severity },
        { QStringLiteral("service"), service } };
    a.alert.annotations = { { QStringLiteral("summary"),
        summary.isEmpty() ? alertname + QStringLiteral(" on ") + service : summary } };
    a.alert.receivers = { QStringLiteral("slack") };
    a.alert.startsAt = QDateTime::currentDateTimeUtc().addSecs(-600);
    a.alert.state = Alert::State::Active;
    return a;
}

InboxAlert acked(InboxAlert a)
{
    a.ack = AckInfo { QStringLiteral("s-ack"), QStringLiteral("alice"), a.alert.startsAt,
        QDateTime::currentDateTimeUtc().addSecs(3600), QStringLiteral("looking"), QStringLiteral("t1") };
    a.alert.silencedBy = { QStringLiteral("s-ack") };
    a.alert.state = Alert::State::Suppressed;
    return a;
}

InboxAlert silenced(InboxAlert a)
{
    a.alert.silencedBy = { QStringLiteral("s-maint") };
    a.alert.state = Alert::State::Suppressed;
    return a;
}

InboxAlert inhibited(InboxAlert a)
{
    a.alert.inhibitedBy = { QStringLiteral("fp-down") };
    a.inhibitors = { QStringLiteral("ServiceDown{service=\"api\"}") };
    a.alert.state = Alert::State::Suppressed;
    return a;
}

QList<InboxAlert> baseline()
{
    return { makeAlert(QStringLiteral("e1"), QStringLiteral("HighErrorRate"), QStringLiteral("warning"),
                 QStringLiteral("api")),
        makeAlert(QStringLiteral("e2"), QStringLiteral("HighErrorRate"), QStringLiteral("warning"),
            QStringLiteral("auth")),
        makeAlert(QStringLiteral("e3"), QStringLiteral("HighErrorRate"), QStringLiteral("warning"),
            QStringLiteral("billing")),
        makeAlert(QStringLiteral("l1"), QStringLiteral("CriticalP99Latency"), QStringLiteral("critical"),
            QStringLiteral("api")),
        makeAlert(QStringLiteral("l2"), QStringLiteral("CriticalP99Latency"), QStringLiteral("critical"),
            QStringLiteral("trading")),
        makeAlert(QStringLiteral("m1"), QStringLiteral("HighMemoryUsage"), QStringLiteral("warning"),
            QStringLiteral("search")) };
}

QStringList shownKeys(const QAbstractItemModel &model)
{
    return testutils::childRowValues(model, AlertInboxModel::KeyRole);
}

} // namespace

class TestInboxView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("PivoriTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_inboxview"));
    }

    void init()
    {
        QSettings().clear();
        m_model = std::make_unique<AlertInboxModel>();
        m_proxy = std::make_unique<AlertFilterProxy>();
        m_proxy->setSourceModel(m_model.get());
        m_model->setAlerts(baseline());
        m_panel = std::make_unique<AlertInboxPanel>(m_model.get(), m_proxy.get());
        m_panel->resize(1100, 500);
    }

    void cleanup()
    {
        m_panel.reset();
        m_proxy.reset();
        m_model.reset();
    }

    void stateSurvivesUpdate_data()
    {
        QTest::addColumn<QList<InboxAlert>>("update");
        QList<InboxAlert> added = baseline();
        added.append(makeAlert(QStringLiteral("n1"), QStringLiteral("NodeNotReady"),
            QStringLiteral("critical"), QStringLiteral("node-7")));
        QTest::newRow("an alert of a new group arrives") << added;
        QList<InboxAlert> sameGroup = baseline();
        sameGroup.append(makeAlert(QStringLiteral("e0"), QStringLiteral("HighErrorRate"),
            QStringLiteral("warning"), QStringLiteral("aaa-first")));
        QTest::newRow("an alert is inserted above it in its group") << sameGroup;
        QList<InboxAlert> removed = baseline();
        removed.removeAt(0); // e1, above the selected one
        QTest::newRow("an alert above it resolves") << removed;
        QList<InboxAlert> changed = baseline();
        changed[3] = acked(changed[3]);
        changed[2].alert.annotations[QStringLiteral("summary")] = QStringLiteral("now worse");
        QTest::newRow("other alerts change state and text") << changed;
        QList<InboxAlert> groupGone = baseline();
        groupGone.removeLast(); // the whole HighMemoryUsage group resolves
        QTest::newRow("another group disappears") << groupGone;
    }

    void stateSurvivesUpdate()
    {
        QFETCH(QList<InboxAlert>, update);
        AlertInboxView *view = m_panel->view();
        m_panel->show();
        QVERIFY(view->selectAlert(QStringLiteral("prod/e2")));
        const QModelIndex latency = findGroup(QStringLiteral("CriticalP99Latency"));
        QVERIFY(latency.isValid());
        view->collapse(latency);
        m_panel->resize(1100, 150); // small enough to scroll
        QTRY_VERIFY(view->verticalScrollBar()->maximum() > 0);
        view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum());
        const int scrolled = view->verticalScrollBar()->value();
        QCOMPARE(view->collapsedGroupKeys(), QStringList { QStringLiteral("CriticalP99Latency") });

        m_model->setAlerts(update);

        QCOMPARE(view->currentAlertKey(), QStringLiteral("prod/e2"));
        QCOMPARE(view->selectedAlertKeys(), QStringList { QStringLiteral("prod/e2") });
        QVERIFY2(
            view->verticalScrollBar()->value() >= std::min(scrolled, view->verticalScrollBar()->maximum()) - 1
                && view->verticalScrollBar()->value() > 0,
            "the view is not scrolled back to the top");
        QVERIFY(!view->isExpanded(findGroup(QStringLiteral("CriticalP99Latency"))));
        QVERIFY(view->isExpanded(findGroup(QStringLiteral("HighErrorRate"))));
        for (int g = 0; g < m_proxy->rowCount(); ++g) {
            const QModelIndex group = m_proxy->index(g, 0);
            if (group.data(AlertInboxModel::GroupKeyRole).toString() != QLatin1String("CriticalP99Latency"))
                QVERIFY2(view->isExpanded(group), qPrintable(group.data().toString()));
        }
    }

    void regroupKeepsSelectionAndCollapsedGroups()
    {
        AlertInboxView *view = m_panel->view();
        m_panel->show();
        QVERIFY(view->selectAlert(QStringLiteral("prod/l2")));
        view->collapse(findGroup(QStringLiteral("HighErrorRate")));

        auto *combo = m_panel->filterBar()->findChild<QComboBox *>(QStringLiteral("groupBy"));
        QVERIFY(combo);
        combo->setCurrentIndex(combo->findData(int(AlertInboxModel::GroupBy::Severity)));
        QCOMPARE(m_model->groupBy(), AlertInboxModel::GroupBy::Severity);
        QCOMPARE(view->currentAlertKey(), QStringLiteral("prod/l2"));
        QCOMPARE(view->selectedAlertKeys(), QStringList { QStringLiteral("prod/l2") });
        QVERIFY(view->isExpanded(findGroup(QStringLiteral("critical"))));
        QVERIFY(view->isExpanded(findGroup(QStringLiteral("warning"))));

        combo->setCurrentIndex(combo->findData(int(AlertInboxModel::GroupBy::Alertname)));
        QVERIFY2(
            !view->isExpanded(findGroup(QStringLiteral("HighErrorRate"))), "collapsed by key, remembered");
        QCOMPARE(view->currentAlertKey(), QStringLiteral("prod/l2"));
        QCOMPARE(QSettings().value(QStringLiteral("alerts/groupBy")).toInt(),
            int(AlertInboxModel::GroupBy::Alertname));
    }

    void largeInboxStartsCollapsedAndKeepsChoices()
    {
        // Above AlertInboxView::kExpandAllUpTo alerts the groups start collapsed, headers with
        // their count and worst severity; what the operator opens stays open across polls,
        // filters and regrouping, and a small inbox again opens every group.
        AlertInboxView *view = m_panel->view();
        m_panel->show();
        const int count = AlertInboxView::kExpandAllUpTo + 100;
        auto rule = [](int i) { return QStringLiteral("Rule%1").arg(i / 100, 3, 10, QChar(u'0')); };
        QList<InboxAlert> large;
        for (int i = 0; i < count; ++i)
            large.append(makeAlert(QStringLiteral("x%1").arg(i), rule(i),
                i % 100 == 0 ? QStringLiteral("critical") : QStringLiteral("warning"),
                QStringLiteral("svc-%1").arg(i % 7)));
        m_model->setAlerts(large);
        QTRY_COMPARE(m_model->alertCount(), count);
        QTRY_COMPARE(m_model->pendingCount(), 0);
        QVERIFY(view->startsCollapsed());
        QCOMPARE(m_proxy->rowCount(), 51);
        for (int g = 0; g < m_proxy->rowCount(); ++g)
            QVERIFY2(
                !view->isExpanded(m_proxy->index(g, 0)), qPrintable(m_proxy->index(g, 0).data().toString()));
        const QModelIndex first = m_proxy->index(0, 0);
        QCOMPARE(first.data().toString(), QStringLiteral("Rule000 (100)"));
        QCOMPARE(first.data(AlertInboxModel::SeverityRole).toString(), QStringLiteral("critical"));
        QTRY_VERIFY(m_panel->shownText().contains(QString::number(count)));

        view->expand(findGroup(QStringLiteral("Rule007")));
        QCOMPARE(view->expandedGroupKeys(), QStringList { QStringLiteral("Rule007") });

        // A poll: an alert of the open group resolves, a new group arrives.
        QList<InboxAlert> next = large;
        next.removeAt(701);
        for (int i = 0; i < 5; ++i)
            next.append(makeAlert(QStringLiteral("y%1").arg(i), QStringLiteral("Rule999"),
                QStringLiteral("warning"), QStringLiteral("svc-1")));
        m_model->setAlerts(next);
        QTRY_COMPARE(m_model->pendingCount(), 0);
        QCOMPARE(m_model->alertCount(), count + 4);
        QVERIFY(view->isExpanded(findGroup(QStringLiteral("Rule007"))));
        QVERIFY(!view->isExpanded(findGroup(QStringLiteral("Rule008"))));
        QVERIFY(!view->isExpanded(findGroup(QStringLiteral("Rule999"))));

        // A filter hides the open group, then shows it again (filtered on a pool thread here).
        QVERIFY(m_proxy->setFilterLine(QStringLiteral("rule008")));
        QTRY_VERIFY(!m_proxy->isFilterPending());
        QCOMPARE(m_proxy->rowCount(), 1);
        QVERIFY(m_proxy->setFilterLine(QString()));
        QTRY_VERIFY(!m_proxy->isFilterPending());
        QCOMPARE(m_proxy->rowCount(), 52);
        QVERIFY(view->isExpanded(findGroup(QStringLiteral("Rule007"))));
        QVERIFY(!view->isExpanded(findGroup(QStringLiteral("Rule008"))));

        // Regrouped by severity and back.
        m_model->setGroupBy(AlertInboxModel::GroupBy::Severity);
        QTRY_COMPARE(m_model->pendingCount(), 0);
        QVERIFY(!view->isExpanded(findGroup(QStringLiteral("warning"))));
        m_model->setGroupBy(AlertInboxModel::GroupBy::Alertname);
        QTRY_COMPARE(m_model->pendingCount(), 0);
        QCOMPARE(m_proxy->rowCount(), 52);
        QVERIFY(view->isExpanded(findGroup(QStringLiteral("Rule007"))));
        QVERIFY(!view->isExpanded(findGroup(QStringLiteral("Rule000"))));

        // Back under the threshold: every group opens, but one the operator closed.
        view->expand(findGroup(QStringLiteral("Rule001")));
        view->collapse(findGroup(QStringLiteral("Rule001")));
        QCOMPARE(view->collapsedGroupKeys(), QStringList { QStringLiteral("Rule001") });
        m_model->setAlerts(large.mid(0, 300));
        QTRY_COMPARE(m_model->alertCount(), 300);
        QTRY_VERIFY(!view->startsCollapsed());
        QVERIFY(view->isExpanded(findGroup(QStringLiteral("Rule000"))));
        QVERIFY(!view->isExpanded(findGroup(QStringLiteral("Rule001"))));
        QVERIFY(view->isExpanded(findGroup(QStringLiteral("Rule002"))));
    }

    void regroupLeavesNoSelectionOutOfSight()
    {
        AlertInboxView *view = m_panel->view();
        auto *combo = m_panel->filterBar()->findChild<QComboBox *>(QStringLiteral("groupBy"));
        m_panel->show();

        // A selected group means its alerts; by service they would be spread over three groups.
        view->setCurrentIndex(findGroup(QStringLiteral("HighErrorRate")));
        QCOMPARE(view->selectedAlertKeys().size(), 3);
        combo->setCurrentIndex(combo->findData(int(AlertInboxModel::GroupBy::Service)));
        QCOMPARE(view->selectedAlertKeys(), QStringList());

        // Several alerts: only the one under the cursor stays, in view, its group opened.
        combo->setCurrentIndex(combo->findData(int(AlertInboxModel::GroupBy::Severity)));
        view->collapse(findGroup(QStringLiteral("warning")));
        combo->setCurrentIndex(combo->findData(int(AlertInboxModel::GroupBy::Alertname)));
        QVERIFY(view->selectAlert(QStringLiteral("prod/l2")));
        for (const QString &key : { QStringLiteral("prod/m1"), QStringLiteral("prod/e3") }) {
            view->selectionModel()->setCurrentIndex(
                view->indexOfKey(key), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
        QCOMPARE(view->selectedAlertKeys().size(), 3);

        combo->setCurrentIndex(combo->findData(int(AlertInboxModel::GroupBy::Severity)));
        QCOMPARE(view->selectedAlertKeys(), QStringList { QStringLiteral("prod/e3") });
        QCOMPARE(view->currentAlertKey(), QStringLiteral("prod/e3"));
        const QModelIndex current = view->currentIndex();
        QVERIFY2(view->isExpanded(current.parent()), "its group (warning, collapsed before) is open");
        QVERIFY(view->viewport()->rect().intersects(view->visualRect(current)));
    }

    void vimKeysMove()
    {
        AlertInboxView *view = m_panel->view();
        m_panel->show();
        QVERIFY(view->selectAlert(QStringLiteral("prod/l1")));
        const QModelIndex start = view->currentIndex();
        QTest::keyClick(view, Qt::Key_J);
        QCOMPARE(view->currentIndex(), view->indexBelow(start));
        QCOMPARE(view->currentAlertKey(), QStringLiteral("prod/l2"));
        QTest::keyClick(view, Qt::Key_K);
        QCOMPARE(view->currentAlertKey(), QStringLiteral("prod/l1"));
        QTest::keyClick(view, Qt::Key_Down);
        QCOMPARE(view->currentAlertKey(), QStringLiteral("prod/l2"));
    }

    void actionKeysAsk_data()
    {
        // Which signal a key emits, with the key of the alert: on e2, already acknowledged, and
        // on e3, still open. Empty: the key does nothing there.
        QTest::addColumn<int>("key");
        QTest::addColumn<QString>("onAcknowledged");
        QTest::addColumn<QString>("onOpen");
        QTest::newRow("a: nothing to do on an acknowledged alert, acknowledges an open one")
            << int(Qt::Key_A) << QString() << QStringLiteral("ack");
        QTest::newRow("e: expires the acknowledgement, nothing on an open alert")
            << int(Qt::Key_E) << QStringLiteral("expire") << QString();
        QTest::newRow("Enter: shows the runbook of either")
            << int(Qt::Key_Return) << QStringLiteral("runbook") << QStringLiteral("runbook");
    }

    void actionKeysAsk()
    {
        QFETCH(int, key);
        QFETCH(QString, onAcknowledged);
        QFETCH(QString, onOpen);
        QList<InboxAlert> alerts = baseline();
        alerts[1] = acked(alerts[1]); // e2 acknowledged: something for `e` to expire
        m_model->setAlerts(alerts);
        QSignalSpy ack(m_panel.get(), &AlertInboxPanel::acknowledgeRequested);
        QSignalSpy expire(m_panel.get(), &AlertInboxPanel::expireRequested);
        QSignalSpy runbook(m_panel.get(), &AlertInboxPanel::runbookRequested);
        // What each spy caught, as "signal key" lines: the keys are a list for ack and expire.
        const auto emitted = [&] {
            QStringList out;
            for (const QList<QVariant> &args : std::as_const(ack))
                out << QStringLiteral("ack ") + args.first().toStringList().join(u',');
            for (const QList<QVariant> &args : std::as_const(expire))
                out << QStringLiteral("expire ") + args.first().toStringList().join(u',');
            for (const QList<QVariant> &args : std::as_const(runbook))
                out << QStringLiteral("runbook ") + args.first().toString();
            return out;
        };
        m_panel->show();

        QVERIFY(m_panel->view()->selectAlert(QStringLiteral("prod/e2")));
        QTest::keyClick(m_panel->view(), Qt::Key(key));
        const QStringList onE2 = onAcknowledged.isEmpty()
            ? QStringList()
            : QStringList { onAcknowledged + QStringLiteral(" prod/e2") };
        QCOMPARE(emitted(), onE2);

        QVERIFY(m_panel->view()->selectAlert(QStringLiteral("prod/e3")));
        QTest::keyClick(m_panel->view(), Qt::Key(key));
        QStringList both = onE2;
        if (!onOpen.isEmpty())
            both << onOpen + QStringLiteral(" prod/e3");
        QCOMPARE(emitted(), both);
    }

    void groupSelectionMeansItsAlerts()
    {
        m_panel->show();
        AlertInboxView *view = m_panel->view();
        view->setCurrentIndex(findGroup(QStringLiteral("HighErrorRate")));
        QCOMPARE(view->currentAlertKey(), QString());
        QStringList keys = view->selectedAlertKeys();
        keys.sort();
        QCOMPARE(keys,
            (QStringList {
                QStringLiteral("prod/e1"), QStringLiteral("prod/e2"), QStringLiteral("prod/e3") }));
    }

    void slashFocusesFilter()
    {
        m_panel->show();
        QApplication::setActiveWindow(m_panel.get());
        QVERIFY(QTest::qWaitForWindowActive(m_panel.get()));
        m_panel->view()->setFocus();
        QTRY_VERIFY(m_panel->view()->hasFocus());
        QTest::keyClick(m_panel->view(), Qt::Key_Slash);
        QTRY_VERIFY(m_panel->filterBar()->lineEdit()->hasFocus());
        // Typing '/' in the filter line itself is text, not a shortcut.
        QTest::keyClicks(m_panel->filterBar()->lineEdit(), QStringLiteral("a/b"));
        QCOMPARE(m_panel->filterBar()->lineEdit()->text(), QStringLiteral("a/b"));
    }

    void invalidFilterShowsErrorAndKeepsRows_data()
    {
        QTest::addColumn<QString>("invalid");
        QTest::addColumn<QString>("position");
        QTest::newRow("unclosed brace") << QStringLiteral("{service=\"api\"") << QStringLiteral("15");
        QTest::newRow("bad regex") << QStringLiteral("{service=~\"(\"}") << QStringLiteral("11");
        QTest::newRow("operator without value") << QStringLiteral("service=") << QStringLiteral("9");
    }

    void invalidFilterShowsErrorAndKeepsRows()
    {
        QFETCH(QString, invalid);
        QFETCH(QString, position);
        m_panel->show();
        QLineEdit *edit = m_panel->filterBar()->lineEdit();
        edit->setText(QStringLiteral("{service=\"api\"}"));
        QCOMPARE(shownKeys(*m_proxy), (QStringList { QStringLiteral("prod/e1"), QStringLiteral("prod/l1") }));
        QCOMPARE(m_panel->filterBar()->errorText(), QString());

        edit->setText(invalid);
        const QString error = m_panel->filterBar()->errorText();
        QVERIFY2(error.contains(QStringLiteral("character %1").arg(position)), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("last valid")), qPrintable(error));
        QVERIFY(m_panel->filterBar()->findChild<QLabel *>(QStringLiteral("filterError"))->isVisible());
        QCOMPARE(shownKeys(*m_proxy), (QStringList { QStringLiteral("prod/e1"), QStringLiteral("prod/l1") }));

        edit->setText(QStringLiteral("trading"));
        QCOMPARE(m_panel->filterBar()->errorText(), QString());
        QCOMPARE(shownKeys(*m_proxy), QStringList { QStringLiteral("prod/l2") });
    }

    void togglesFilter_data()
    {
        QTest::addColumn<QString>("toggle");
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("shownByDefault");
        QTest::newRow("silenced hidden until asked for")
            << QStringLiteral("silenced") << QStringLiteral("prod/s1") << false;
        QTest::newRow("inhibited hidden until asked for")
            << QStringLiteral("inhibited") << QStringLiteral("prod/i1") << false;
        QTest::newRow("acknowledged shown until hidden")
            << QStringLiteral("acknowledged") << QStringLiteral("prod/a1") << true;
    }

    void togglesFilter()
    {
        QFETCH(QString, toggle);
        QFETCH(QString, key);
        QFETCH(bool, shownByDefault);
        QList<InboxAlert> alerts = baseline();
        alerts.append(silenced(makeAlert(QStringLiteral("s1"), QStringLiteral("HighCPUUsage"),
            QStringLiteral("warning"), QStringLiteral("api"))));
        alerts.append(inhibited(makeAlert(QStringLiteral("i1"), QStringLiteral("HighP95Latency"),
            QStringLiteral("warning"), QStringLiteral("api"))));
        alerts.append(acked(makeAlert(QStringLiteral("a1"), QStringLiteral("PodCrashLooping"),
            QStringLiteral("critical"), QStringLiteral("api"))));
        m_model->setAlerts(alerts);
        InboxFilterBar *bar = m_panel->filterBar();
        QToolButton *button = toggle == QLatin1String("silenced") ? bar->silencedToggle()
            : toggle == QLatin1String("inhibited")                ? bar->inhibitedToggle()
                                                                  : bar->acknowledgedToggle();
        QCOMPARE(button->isChecked(), shownByDefault);
        QCOMPARE(shownKeys(*m_proxy).contains(key), shownByDefault);
        const qsizetype before = shownKeys(*m_proxy).size();
        button->click();
        QCOMPARE(shownKeys(*m_proxy).contains(key), !shownByDefault);
        QCOMPARE(shownKeys(*m_proxy).size(), before + (shownByDefault ? -1 : 1));
        QCOMPARE(QSettings()
                     .value(QStringLiteral("alerts/show") + toggle.left(1).toUpper() + toggle.mid(1))
                     .toBool(),
            !shownByDefault);
        QVERIFY2(
            m_panel->shownText().contains(QString::number(alerts.size())), qPrintable(m_panel->shownText()));
    }

    void ageTicksFromStart_data()
    {
        QTest::addColumn<qint64>("ageMs");
        QTest::addColumn<QString>("text");
        QTest::newRow("seconds") << qint64(42'000) << QStringLiteral("42s");
        QTest::newRow("minutes and seconds") << qint64(12 * 60'000 + 5'000) << QStringLiteral("12m 5s");
        QTest::newRow("days") << qint64(26 * 3'600'000) << QStringLiteral("1d 2h");
    }

    void ageTicksFromStart()
    {
        QFETCH(qint64, ageMs);
        QFETCH(QString, text);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QCOMPARE(AlertInboxDelegate::ageText(now.addMSecs(-ageMs), now), text);
        QCOMPARE(AlertInboxDelegate::ageText(QDateTime(), now), QString());
    }

    void tooltipsAreEscaped()
    {
        QList<InboxAlert> alerts { inhibited(
            makeAlert(QStringLiteral("h1"), QStringLiteral("HighErrorRate"), QStringLiteral("warning"),
                QStringLiteral("api"), QStringLiteral("<b>bold</b><img src=http://x/y.png>"))) };
        m_model->setAlerts(alerts);
        m_proxy->setShowInhibited(true);
        m_panel->show();
        AlertInboxView *view = m_panel->view();
        QVERIFY(view->selectAlert(QStringLiteral("prod/h1")));
        const QModelIndex row = view->currentIndex();

        const QModelIndex state = row.siblingAtColumn(AlertInboxModel::StateColumn);
        QVERIFY2(
            AlertInboxDelegate::toolTipText(state).contains(QStringLiteral("ServiceDown{service=\"api\"}")),
            qPrintable(AlertInboxDelegate::toolTipText(state)));

        const QModelIndex summary = row.siblingAtColumn(AlertInboxModel::SummaryColumn);
        const QRect rect = view->visualRect(summary);
        QHelpEvent help(QEvent::ToolTip, rect.center(), view->viewport()->mapToGlobal(rect.center()));
        QStyleOptionViewItem option;
        option.rect = rect;
        QVERIFY(view->itemDelegate()->helpEvent(&help, view, option, summary));
        QTRY_VERIFY(QToolTip::isVisible());
        QVERIFY2(QToolTip::text().contains(QStringLiteral("&lt;b&gt;bold&lt;/b&gt;")),
            qPrintable(QToolTip::text()));
        QVERIFY(!QToolTip::text().contains(QStringLiteral("<img")));
        QToolTip::hideText();
    }

private:
    QModelIndex findGroup(const QString &key) const
    {
        for (int g = 0; g < m_proxy->rowCount(); ++g) {
            const QModelIndex group = m_proxy->index(g, 0);
            if (group.data(AlertInboxModel::GroupKeyRole).toString() == key)
                return group;
        }
        return {};
    }

    std::unique_ptr<AlertInboxModel> m_model;
    std::unique_ptr<AlertFilterProxy> m_proxy;
    std::unique_ptr<AlertInboxPanel> m_panel;
};

QTEST_MAIN(TestInboxView)
#include "tst_inboxview.moc"
