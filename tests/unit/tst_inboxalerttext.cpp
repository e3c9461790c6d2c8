// SPDX-License-Identifier: GPL-3.0-or-later
// Invisible and direction-changing characters in alert text are written out ("⟨U+202E⟩")
// wherever the text is shown: the helper itself, the inbox model's rows, tooltips and groups,
// the silences list, the command line's tables. A label "evil\u202Eevil-rtl" must never read
// as "ltr-live". Times that are ends and deadlines carry their zone.
#include "alertinboxmodel.h"
#include "inboxalerttext.h"
#include "inboxformat.h"
#include "silencetablemodel.h"

#include <QTest>

using namespace pivori;

namespace {

const QString kSpoofed = QStringLiteral("evil\u202Eevil-rtl");

InboxAlert spoofedAlert()
{
    InboxAlert a;
    a.cluster = QStringLiteral("prod");
    a.alert.fingerprint = QStringLiteral("f1");
    a.alert.labels = { { QStringLiteral("alertname"), QStringLiteral("Spoof\u200BAlert") },
        { QStringLiteral("severity"), QStringLiteral("critical") }, { QStringLiteral("service"), kSpoofed } };
    a.alert.annotations = { { QStringLiteral("summary"), QStringLiteral("latency \u2066high\u2069") },
        { QStringLiteral("description"), QStringLiteral("line one\nline\u202Etwo") } };
    a.alert.receivers = { QStringLiteral("pager\u00AD") };
    a.alert.startsAt = QDateTime::currentDateTimeUtc().addSecs(-60);
    return a;
}

} // namespace

class TestInboxAlertText final : public QObject
{
    Q_OBJECT

private slots:
    void visibleWritesOut_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("shown");
        QTest::newRow("right-to-left override") << kSpoofed << QStringLiteral("evil⟨U+202E⟩evil-rtl");
        QTest::newRow("embeddings and pop") << QStringLiteral("a\u202Ab\u202Bc\u202Cd\u202De")
                                            << QStringLiteral("a⟨U+202A⟩b⟨U+202B⟩c⟨U+202C⟩d⟨U+202D⟩e");
        QTest::newRow("isolates") << QStringLiteral("\u2066x\u2067y\u2068z\u2069")
                                  << QStringLiteral("⟨U+2066⟩x⟨U+2067⟩y⟨U+2068⟩z⟨U+2069⟩");
        QTest::newRow("zero width and marks")
            << QStringLiteral("a\u200Bb\u200Cc\u200Dd\u200Ee\u200Ff")
            << QStringLiteral("a⟨U+200B⟩b⟨U+200C⟩c⟨U+200D⟩d⟨U+200E⟩e⟨U+200F⟩f");
        QTest::newRow("byte order mark") << QStringLiteral("\uFEFFapi") << QStringLiteral("⟨U+FEFF⟩api");
        QTest::newRow("C0, DEL and C1 controls") << QStringLiteral("a\x1b[2Jb\x7f\u0085\n")
                                                 << QStringLiteral("a⟨U+001B⟩[2Jb⟨U+007F⟩⟨U+0085⟩⟨U+000A⟩");
        QTest::newRow("tag characters (outside the BMP)")
            << (QStringLiteral("ok") + QString::fromUcs4(U"\U000E0041\U000E0042"))
            << QStringLiteral("ok⟨U+E0041⟩⟨U+E0042⟩");
        QTest::newRow("ordinary text, accents, CJK, emoji")
            << QStringLiteral("ünïcode 東京 🚀 a-b_c=d") << QStringLiteral("ünïcode 東京 🚀 a-b_c=d");
        QTest::newRow("right-to-left script itself is fine")
            << QStringLiteral("שלום مرحبا") << QStringLiteral("שלום مرحبا");
    }

    void visibleWritesOut()
    {
        QFETCH(QString, text);
        QFETCH(QString, shown);
        QCOMPARE(InboxAlertText::visible(text), shown);
        QCOMPARE(InboxAlertText::hasInvisible(text), text != shown);
    }

    void visibleLinesKeepsLineBreaks()
    {
        QCOMPARE(InboxAlertText::visibleLines(QStringLiteral("one\r\ntwo\n\tthree\u202E\r")),
            QStringLiteral("one\ntwo\n\tthree⟨U+202E⟩⟨U+000D⟩"));
        const QString plain = QStringLiteral("nothing to do");
        QCOMPARE(InboxAlertText::visibleLines(plain), plain);
    }

    void inboxRowsTooltipsAndGroupsShowThem()
    {
        AlertInboxModel model;
        model.setAlerts({ spoofedAlert() });
        const QModelIndex row = model.indexOf(QStringLiteral("prod/f1"));
        QVERIFY(row.isValid());
        const auto shown = [&](int column, int role = Qt::DisplayRole) {
            return model.data(row.siblingAtColumn(column), role).toString();
        };
        QCOMPARE(shown(AlertInboxModel::AlertnameColumn), QStringLiteral("Spoof⟨U+200B⟩Alert"));
        QVERIFY2(shown(AlertInboxModel::SourceColumn).contains(QStringLiteral("evil⟨U+202E⟩evil-rtl")),
            qPrintable(shown(AlertInboxModel::SourceColumn)));
        QCOMPARE(shown(AlertInboxModel::SummaryColumn), QStringLiteral("latency ⟨U+2066⟩high⟨U+2069⟩"));
        QCOMPARE(shown(AlertInboxModel::ReceiversColumn), QStringLiteral("pager⟨U+00AD⟩"));
        QCOMPARE(shown(AlertInboxModel::SummaryColumn, Qt::ToolTipRole),
            QStringLiteral("line one\nline⟨U+202E⟩two"));
        // The group row of GroupBy::Service is named by the spoofed label.
        model.setGroupBy(AlertInboxModel::GroupBy::Service);
        QCOMPARE(model.data(model.index(0, 0)).toString(), QStringLiteral("evil⟨U+202E⟩evil-rtl (1)"));
        // Keys stay what they are: filters and acknowledgements match the real label.
        QCOMPARE(model.data(model.index(0, 0), AlertInboxModel::GroupKeyRole).toString(), kSpoofed);
        // And the free-text filter finds it by what the row shows.
        QVERIFY(InboxAlertText::searchText(spoofedAlert()).contains(QStringLiteral("⟨u+202e⟩")));
    }

    void silencesShowThem()
    {
        SilenceTableModel model;
        Silence silence;
        silence.id = QStringLiteral("s1");
        silence.state = Silence::State::Active;
        silence.matchers = { Matcher { QStringLiteral("service"), kSpoofed, false, true } };
        silence.createdBy = QStringLiteral("mallory\u202E");
        silence.comment = QStringLiteral("maintenance\u200B");
        silence.startsAt = QDateTime::currentDateTimeUtc();
        silence.endsAt = silence.startsAt.addSecs(7200);
        model.setSilences(QStringLiteral("prod"), { silence });
        QVERIFY(model.index(0, SilenceTableModel::MatchersColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("evil⟨U+202E⟩evil-rtl")));
        QCOMPARE(model.index(0, SilenceTableModel::CreatedByColumn).data().toString(),
            QStringLiteral("mallory⟨U+202E⟩"));
        QCOMPARE(model.index(0, SilenceTableModel::CommentColumn).data().toString(),
            QStringLiteral("maintenance⟨U+200B⟩"));
    }

    void commandLineTablesShowThem()
    {
        const QString table = inboxAlertsToTable({ spoofedAlert() }, QStringLiteral("service"));
        QVERIFY2(table.contains(QStringLiteral("evil⟨U+202E⟩evil-rtl")), qPrintable(table));
        QVERIFY(!table.contains(QChar(0x202e)));
        QVERIFY(!table.contains(QChar(0x200b)));
    }

    void timesCarryTheirZone()
    {
        const QDateTime when = QDateTime::currentDateTimeUtc();
        const QString zone = InboxAlertText::zoneText(when);
        QVERIFY(!zone.isEmpty());
        QVERIFY2(InboxAlertText::timeWithZone(when).endsWith(u' ' + zone),
            qPrintable(InboxAlertText::timeWithZone(when)));
        QCOMPARE(InboxAlertText::timeWithZone(when), InboxAlertText::time(when) + u' ' + zone);
        QCOMPARE(InboxAlertText::timeWithZone(QDateTime()), QString());
    }
};

QTEST_GUILESS_MAIN(TestInboxAlertText)
#include "tst_inboxalerttext.moc"
