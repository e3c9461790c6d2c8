// SPDX-License-Identifier: GPL-3.0-or-later
// The custom range dialog names the zone its times are in once, readably: run with TZ=UTC,
// where it used to say "UTC (UTCUTC)".
#include "customrangedialog.h"

#include <QLabel>
#include <QTest>

using namespace pivori;

class TestCustomRangeDialog final : public QObject
{
    Q_OBJECT

private slots:
    void zoneIsNamedOnce()
    {
        const TimeRange::Resolved span { 1'700'000'000'000, 1'700'000'900'000 };
        CustomRangeDialog dialog(span);
        const auto *note = dialog.findChild<QLabel *>(QStringLiteral("zoneNote"));
        QVERIFY(note);
        QCOMPARE(note->text(), QStringLiteral("Times are in %1.").arg(TimeRange::zoneText(span.endMs)));
        QVERIFY2(!note->text().contains(QLatin1String("UTCUTC")), qPrintable(note->text()));
        if (qEnvironmentVariable("TZ") == QLatin1String("UTC"))
            QCOMPARE(note->text(), QStringLiteral("Times are in UTC."));
    }

    void rangeIsWhatWasShown()
    {
        const TimeRange::Resolved span { 1'700'000'000'000, 1'700'000'900'000 };
        CustomRangeDialog dialog(span);
        QCOMPARE(dialog.range().resolve(0), span);
    }
};

QTEST_MAIN(TestCustomRangeDialog)
#include "tst_customrangedialog.moc"
