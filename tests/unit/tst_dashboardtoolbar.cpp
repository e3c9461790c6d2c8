// SPDX-License-Identifier: GPL-3.0-or-later
// The dashboard's toolbar as a person uses it: each choice in the time range, refresh and
// variable pickers is reported once, with what was chosen; what the window shows back
// (showTimeRange() and friends) is never reported as a choice.
#include "dashboardtoolbar.h"
#include "multivaluepicker.h"
#include "testutils.h"
#include "widgettestutils.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QSignalSpy>
#include <QTest>

using namespace pivori;
using testutils::chooseItem;

namespace {

QComboBox *comboWithTip(const DashboardToolBar &bar, const QString &tip)
{
    for (QComboBox *combo : bar.findChildren<QComboBox *>()) {
        if (combo->toolTip() == tip)
            return combo;
    }
    return nullptr;
}

QComboBox *rangePicker(const DashboardToolBar &bar)
{
    return bar.findChild<QComboBox *>(QStringLiteral("rangePicker"));
}

QLabel *rangeSpan(const DashboardToolBar &bar)
{
    return bar.findChild<QLabel *>(QStringLiteral("rangeSpan"));
}

QComboBox *intervalPicker(const DashboardToolBar &bar)
{
    return comboWithTip(bar, QStringLiteral("Auto refresh"));
}

QComboBox *variablePicker(const DashboardToolBar &bar, const QString &label)
{
    return comboWithTip(bar, QStringLiteral("Values of the label \"%1\"").arg(label));
}

QStringList itemTexts(const QComboBox &combo)
{
    QStringList texts;
    for (int i = 0; i < combo.count(); ++i)
        texts << combo.itemText(i);
    return texts;
}

DashboardVariable serviceVariable()
{
    DashboardVariable variable;
    variable.name = QStringLiteral("service");
    variable.label = QStringLiteral("job_service");
    variable.includeAll = true;
    return variable;
}

} // namespace

class TestDashboardToolBar final : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_bar = std::make_unique<DashboardToolBar>();
        m_bar->resize(1200, 40);
        m_bar->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_bar.get()));
    }

    void cleanup() { m_bar.reset(); }

    void presetChoosesItsRange_data()
    {
        QTest::addColumn<int>("index");
        QTest::addColumn<qint64>("durationMs");
        const QList<TimeRange::Preset> presets = TimeRange::presets();
        for (int i = 0; i < presets.size(); ++i)
            QTest::newRow(qPrintable(presets.at(i).key)) << i << presets.at(i).durationMs;
    }

    void presetChoosesItsRange()
    {
        QFETCH(int, index);
        QFETCH(qint64, durationMs);
        QSignalSpy chosen(m_bar.get(), &DashboardToolBar::timeRangeChosen);
        QSignalSpy custom(m_bar.get(), &DashboardToolBar::customRangeRequested);
        QComboBox *range = rangePicker(*m_bar);
        QVERIFY(range);
        QVERIFY(chooseItem(range, index));
        QCOMPARE(chosen.size(), 1);
        const auto picked = chosen.first().first().value<TimeRange>();
        QVERIFY(picked.isRelative());
        QCOMPARE(picked.durationMs(), durationMs);
        QCOMPARE(custom.size(), 0);
    }

    void lastEntryAsksForACustomRange()
    {
        QSignalSpy chosen(m_bar.get(), &DashboardToolBar::timeRangeChosen);
        QSignalSpy custom(m_bar.get(), &DashboardToolBar::customRangeRequested);
        QComboBox *range = rangePicker(*m_bar);
        QCOMPARE(range->count(), TimeRange::presets().size() + 1);
        QVERIFY(chooseItem(range, range->count() - 1));
        QCOMPARE(custom.size(), 1);
        QCOMPARE(chosen.size(), 0);
    }

    void shownRangeIsNotAChoice()
    {
        QSignalSpy chosen(m_bar.get(), &DashboardToolBar::timeRangeChosen);
        QComboBox *range = rangePicker(*m_bar);
        const TimeRange sixHours = *TimeRange::fromText(QStringLiteral("6h"));
        m_bar->showTimeRange(sixHours);
        QCOMPARE(range->currentText(), sixHours.displayName());
        // A zoomed span names itself in the last entry, and gives it back for the next preset.
        const TimeRange zoomed = TimeRange::absolute(1'700'000'000'000, 1'700'000'600'000);
        m_bar->showTimeRange(zoomed);
        QCOMPARE(range->currentIndex(), range->count() - 1);
        QCOMPARE(range->currentText(), QStringLiteral("Fixed range"));
        m_bar->showTimeRange(sixHours);
        QCOMPARE(range->itemText(range->count() - 1), QStringLiteral("Custom range…"));
        QCOMPARE(chosen.size(), 0);
    }

    void fixedRangeIsSpelledOutWithItsZone()
    {
        // A zoom: the whole start and end, to the second, with the zone, in the label and the
        // tooltips (it read "2026-12-06 13:1" and "Time range").
        const qint64 start = QDateTime(QDate(2026, 12, 6), QTime(13, 10, 0)).toMSecsSinceEpoch();
        const TimeRange zoomed = TimeRange::absolute(start, start + qint64(15) * 60'000 + 30'000);
        m_bar->showTimeRange(zoomed);
        const QString zone = TimeRange::zoneText(start + qint64(15) * 60'000);
        const QString expected = QStringLiteral("2026-12-06 13:10:00 – 13:25:30 ") + zone;
        QCOMPARE(m_bar->spanText(), expected);
        QLabel *span = rangeSpan(*m_bar);
        QVERIFY(span && span->isVisible());
        QCOMPARE(span->text(), expected);
        QVERIFY2(
            rangePicker(*m_bar)->toolTip().contains(expected), qPrintable(rangePicker(*m_bar)->toolTip()));
        QVERIFY(span->toolTip().contains(expected));
        // Not clipped: the label gets the width its text needs (once the toolbar laid out again).
        QTRY_VERIFY2(span->width() >= span->sizeHint().width(),
            qPrintable(QStringLiteral("%1 < %2").arg(span->width()).arg(span->sizeHint().width())));
    }

    void relativeRangeShowsItsStartAndZone()
    {
        m_bar->showTimeRange(*TimeRange::fromText(QStringLiteral("1h")));
        const QString text = m_bar->spanText();
        const QString start
            = QDateTime::currentDateTime().addSecs(-3600).toString(QStringLiteral("yyyy-MM-dd"));
        QVERIFY2(text.startsWith(start) && text.contains(QStringLiteral("– now"))
                && text.endsWith(TimeRange::zoneText(QDateTime::currentMSecsSinceEpoch())),
            qPrintable(text));
    }

    void spanStaysInSightInASmallWindow()
    {
        // Variables are the toolbar's last widgets: they overflow before the span does.
        m_bar->showVariables({ serviceVariable() }, {});
        m_bar->showTimeRange(TimeRange::absolute(1'700'000'000'000, 1'700'000'600'000));
        m_bar->resize(800, 40);
        QTRY_VERIFY(rangeSpan(*m_bar)->isVisible());
        QLabel *span = rangeSpan(*m_bar);
        QTRY_VERIFY(span->width() >= span->sizeHint().width());
        QVERIFY(span->geometry().right() <= m_bar->width());
    }

    void refreshIntervalIsChosen()
    {
        QSignalSpy chosen(m_bar.get(), &DashboardToolBar::refreshIntervalChosen);
        QComboBox *interval = intervalPicker(*m_bar);
        QVERIFY(interval);
        QCOMPARE(interval->count(), DashboardToolBar::refreshIntervals().size());
        QCOMPARE(interval->itemText(0), QStringLiteral("Auto refresh off"));
        const int thirtySeconds = int(DashboardToolBar::refreshIntervals().indexOf(30'000));
        QVERIFY(chooseItem(interval, thirtySeconds));
        QVERIFY(chooseItem(interval, 0));
        QCOMPARE(chosen.size(), 2);
        QCOMPARE(chosen.at(0).first().toLongLong(), qint64(30'000));
        QCOMPARE(chosen.at(1).first().toLongLong(), qint64(0));

        // An interval from the configuration that is not offered is shown, not chosen.
        m_bar->showRefreshInterval(45'000);
        QCOMPARE(interval->currentData().toLongLong(), qint64(45'000));
        QCOMPARE(chosen.size(), 2);
    }

    void pauseIsReportedOnlyWhenThePersonPauses()
    {
        QSignalSpy paused(m_bar.get(), &DashboardToolBar::pauseToggled);
        m_bar->pauseAction()->trigger();
        m_bar->pauseAction()->trigger();
        QCOMPARE(paused.size(), 2);
        QCOMPARE(paused.at(0).first().toBool(), true);
        QCOMPARE(paused.at(1).first().toBool(), false);

        m_bar->showPaused(true); // e.g. paused by a zoom: shown, not echoed
        QVERIFY(m_bar->pauseAction()->isChecked());
        QCOMPARE(paused.size(), 2);
    }

    void variableChoiceCarriesTheValue()
    {
        QSignalSpy chosen(m_bar.get(), &DashboardToolBar::variableChosen);
        m_bar->showVariables(
            { serviceVariable() }, { { QStringLiteral("service"), VariableValue::allValues() } });
        QComboBox *service = variablePicker(*m_bar, QStringLiteral("job_service"));
        QVERIFY(service);
        QCOMPARE(itemTexts(*service), QStringList { QStringLiteral("All") }); // values come later
        m_bar->setVariableChoices(QStringLiteral("service"),
            { QStringLiteral("api"), QStringLiteral("auth") }, VariableValue::allValues());
        QCOMPARE(itemTexts(*service),
            (QStringList { QStringLiteral("All"), QStringLiteral("api"), QStringLiteral("auth") }));
        QCOMPARE(chosen.size(), 0);

        QVERIFY(chooseItem(service, 2));
        QVERIFY(chooseItem(service, 0));
        QCOMPARE(chosen.size(), 2);
        QCOMPARE(chosen.at(0).at(0).toString(), QStringLiteral("service"));
        QCOMPARE(chosen.at(0).at(1).value<VariableValue>(), VariableValue::single(QStringLiteral("auth")));
        QCOMPARE(chosen.at(1).at(1).value<VariableValue>(), VariableValue::allValues());
    }

    void drilledDownValueIsOfferedBeforeTheList()
    {
        m_bar->showVariables({ serviceVariable() },
            { { QStringLiteral("service"), VariableValue::single(QStringLiteral("trading")) } });
        QComboBox *service = variablePicker(*m_bar, QStringLiteral("job_service"));
        QVERIFY(service);
        QCOMPARE(service->currentText(), QStringLiteral("trading"));
        m_bar->setVariableChoices(QStringLiteral("service"), { QStringLiteral("api") },
            VariableValue::single(QStringLiteral("trading")));
        QCOMPARE(itemTexts(*service),
            (QStringList { QStringLiteral("All"), QStringLiteral("trading"), QStringLiteral("api") }));
        QCOMPARE(service->currentText(), QStringLiteral("trading"));

        m_bar->showVariables({}, {}); // the next dashboard has none
        QVERIFY(!variablePicker(*m_bar, QStringLiteral("job_service")));
    }

    void multiValuePickerChoosesSeveralWithTheKeyboard()
    {
        QSignalSpy chosen(m_bar.get(), &DashboardToolBar::variableChosen);
        DashboardVariable variable = serviceVariable();
        variable.multi = true;
        m_bar->showVariables({ variable }, { { QStringLiteral("service"), VariableValue::allValues() } });
        auto *picker = m_bar->findChild<MultiValuePicker *>(QStringLiteral("variable-service"));
        QVERIFY(picker);
        QVERIFY(picker->text().startsWith(QLatin1String("All")));
        m_bar->setVariableChoices(QStringLiteral("service"),
            { QStringLiteral("api"), QStringLiteral("auth"), QStringLiteral("web") },
            VariableValue::allValues());

        QTest::mouseClick(picker, Qt::LeftButton);
        QTRY_VERIFY(picker->isListOpen());
        QListWidget *list = picker->list();
        QCOMPARE(list->item(0)->text(), QStringLiteral("All"));
        QCOMPARE(list->item(0)->checkState(), Qt::Checked);
        // Down to api, tick it (All goes), down to auth, tick it; Escape closes and chooses.
        for (const auto key : { Qt::Key_Down, Qt::Key_Space, Qt::Key_Down, Qt::Key_Space })
            QTest::keyClick(list, key);
        QCOMPARE(list->item(0)->checkState(), Qt::Unchecked);
        QCOMPARE(chosen.size(), 0); // nothing asked while the list is open
        QTest::keyClick(list, Qt::Key_Escape);
        QTRY_VERIFY(!picker->isListOpen());
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(chosen.at(0).at(0).toString(), QStringLiteral("service"));
        QCOMPARE(chosen.at(0).at(1).value<VariableValue>(),
            VariableValue::multiple({ QStringLiteral("api"), QStringLiteral("auth") }));
        QVERIFY2(picker->text().startsWith(QLatin1String("api + auth")), qPrintable(picker->text()));

        picker->openList();
        QTest::keyClick(list, Qt::Key_End);
        QTest::keyClick(list, Qt::Key_Space);
        QTest::keyClick(list, Qt::Key_Return);
        QCOMPARE(chosen.size(), 2);
        QVERIFY2(picker->text().startsWith(QLatin1String("api + 2 more")), qPrintable(picker->text()));

        // Opened and closed unchanged: no choice. Ticking All is All.
        picker->openList();
        QTest::keyClick(list, Qt::Key_Escape);
        QCOMPARE(chosen.size(), 2);
        picker->openList();
        QTest::keyClick(list, Qt::Key_Home);
        QTest::keyClick(list, Qt::Key_Space);
        QTest::keyClick(list, Qt::Key_Escape);
        QCOMPARE(chosen.size(), 3);
        QCOMPARE(chosen.at(2).at(1).value<VariableValue>(), VariableValue::allValues());
    }

    void multiValueSelectionIsShownBeforeTheList()
    {
        DashboardVariable variable = serviceVariable();
        variable.multi = true;
        const auto two = VariableValue::multiple({ QStringLiteral("trading"), QStringLiteral("risk") });
        m_bar->showVariables({ variable }, { { QStringLiteral("service"), two } });
        auto *picker = m_bar->findChild<MultiValuePicker *>(QStringLiteral("variable-service"));
        QVERIFY(picker);
        QVERIFY2(picker->text().startsWith(QLatin1String("trading + risk")), qPrintable(picker->text()));
        QCOMPARE(picker->selection(), two);
        QCOMPARE(picker->list()->count(), 3); // All and the two remembered ones
        QCOMPARE(MultiValuePicker::summary(VariableValue::single(QStringLiteral("a"))), QStringLiteral("a"));
    }

    void backAndRefreshAsk()
    {
        QSignalSpy back(m_bar.get(), &DashboardToolBar::backRequested);
        QSignalSpy refresh(m_bar.get(), &DashboardToolBar::refreshRequested);
        m_bar->showCanGoBack(false);
        QVERIFY(!m_bar->backAction()->isEnabled());
        m_bar->showCanGoBack(true);
        QVERIFY(m_bar->backAction()->isEnabled());
        m_bar->backAction()->trigger();
        m_bar->refreshAction()->trigger();
        QCOMPARE(back.size(), 1);
        QCOMPARE(refresh.size(), 1);
    }

private:
    std::unique_ptr<DashboardToolBar> m_bar;
};

QTEST_MAIN(TestDashboardToolBar)
#include "tst_dashboardtoolbar.moc"
