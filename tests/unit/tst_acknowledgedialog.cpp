// SPDX-License-Identifier: GPL-3.0-or-later
// The acknowledge dialog: nothing is sent without a comment and an author; the preview
// shows the silences it will create and how many current alerts each one covers; the
// author defaults to the OS user and is remembered.
#include "acknowledgedialog.h"
#include "alertinboxmodel.h"
#include "identifyinglabels.h"
#include "inboxalerttext.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace pivori;

namespace {

InboxAlert makeAlert(const QString &fingerprint, const QString &service, const QString &pod,
    const QString &cluster = QStringLiteral("prod"),
    const QString &alertname = QStringLiteral("HighErrorRate"))
{
    InboxAlert a;
    a.cluster = cluster;
    a.alert.fingerprint = fingerprint;
    a.alert.labels = { { QStringLiteral("alertname"), alertname },
        { QStringLiteral("severity"), QStringLiteral("warning") }, { QStringLiteral("service"), service },
        { QStringLiteral("pod"), pod } };
    a.alert.startsAt = QDateTime::currentDateTimeUtc().addSecs(-60);
    a.alert.state = Alert::State::Active;
    return a;
}

QPushButton *okButton(AcknowledgeDialog &dialog)
{
    return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

} // namespace

class TestAcknowledgeDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("PivoriTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_acknowledgedialog"));
        qputenv("USER", "os-user");
    }

    void init() { QSettings().clear(); }

    void okNeedsCommentAndAuthor_data()
    {
        QTest::addColumn<QString>("comment");
        QTest::addColumn<QString>("author");
        QTest::addColumn<bool>("enabled");
        QTest::newRow("no comment") << QString() << QStringLiteral("alice") << false;
        QTest::newRow("blank comment") << QStringLiteral("   \n\t") << QStringLiteral("alice") << false;
        QTest::newRow("no author") << QStringLiteral("on it") << QStringLiteral("  ") << false;
        QTest::newRow("comment and author")
            << QStringLiteral("rolling back") << QStringLiteral("alice") << true;
    }

    void okNeedsCommentAndAuthor()
    {
        QFETCH(QString, comment);
        QFETCH(QString, author);
        QFETCH(bool, enabled);
        AcknowledgeDialog dialog({ makeAlert(QStringLiteral("f1"), QStringLiteral("api"),
                                     QStringLiteral("api-7d9f8b6c5d-x2x9k")) },
            IdentifyingLabels(), nullptr);
        QVERIFY(!okButton(dialog)->isEnabled());
        dialog.findChild<QPlainTextEdit *>(QStringLiteral("comment"))->setPlainText(comment);
        dialog.findChild<QLineEdit *>(QStringLiteral("author"))->setText(author);
        QCOMPARE(okButton(dialog)->isEnabled(), enabled);
        QCOMPARE(dialog.canAccept(), enabled);
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        dialog.accept(); // also refused directly, not only through the button
        QCOMPARE(accepted.size(), enabled ? 1 : 0);
        if (enabled)
            QCOMPARE(dialog.comment(), comment.trimmed());
    }

    void previewListsMatchersAndCounts()
    {
        AlertInboxModel model;
        // Two pods of api (one silence covers both), auth, and an api alert of another cluster.
        const QList<InboxAlert> all { makeAlert(QStringLiteral("f1"), QStringLiteral("api"),
                                          QStringLiteral("api-7d9f8b6c5d-x2x9k")),
            makeAlert(QStringLiteral("f2"), QStringLiteral("api"), QStringLiteral("api-7d9f8b6c5d-b8m2q")),
            makeAlert(QStringLiteral("f3"), QStringLiteral("auth"), QStringLiteral("auth-5c6d7e8f9a-k2l3m")),
            makeAlert(QStringLiteral("f4"), QStringLiteral("api"), QStringLiteral("api-1"),
                QStringLiteral("staging")) };
        model.setAlerts(all);

        AcknowledgeDialog dialog({ all[0], all[1], all[2] }, IdentifyingLabels(), &model);
        const QStringList lines = dialog.previewLines();
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines[0].startsWith(QStringLiteral("prod: {alertname=\"HighErrorRate\", service=\"api\"}")),
            qPrintable(lines[0]));
        QVERIFY2(lines[0].contains(QStringLiteral("matches 2 current alert")), qPrintable(lines[0]));
        QVERIFY2(!lines[0].contains(QStringLiteral("pod=")), "pods are replaced: not part of an ack");
        QVERIFY2(!lines[0].contains(QStringLiteral("severity=")), "an escalation must page again");
        QVERIFY2(lines[1].contains(QStringLiteral("service=\"auth\"}"))
                && lines[1].contains(QStringLiteral("matches 1 current alert")),
            qPrintable(lines[1]));
        QCOMPARE(dialog.targets().size(), 2);
        QCOMPARE(dialog.targets().first().matching, 2);

        // What is shown is what the list widget holds.
        auto *preview = dialog.findChild<QListWidget *>(QStringLiteral("preview"));
        QVERIFY(preview);
        QCOMPARE(preview->count(), 2);
        QCOMPARE(preview->item(0)->text(), lines[0]);
    }

    void durationPresetsAndCustom_data()
    {
        QTest::addColumn<qint64>("ms");
        QTest::newRow("15 m preset") << qint64(15 * 60'000);
        QTest::newRow("24 h preset") << qint64(24 * 3'600'000);
        QTest::newRow("custom 90 minutes") << qint64(90 * 60'000);
        QTest::newRow("custom 3 days") << qint64(3 * 24 * 3'600'000);
    }

    void durationPresetsAndCustom()
    {
        QFETCH(qint64, ms);
        AcknowledgeDialog dialog(
            { makeAlert(QStringLiteral("f1"), QStringLiteral("api"), QStringLiteral("p")) },
            IdentifyingLabels(), nullptr);
        QCOMPARE(dialog.durationMs(), qint64(3'600'000)); // 1 h unless chosen
        dialog.setDurationMs(ms);
        QCOMPARE(dialog.durationMs(), ms);
    }

    void authorDefaultsToUserThenRemembered()
    {
        {
            AcknowledgeDialog dialog(
                { makeAlert(QStringLiteral("f1"), QStringLiteral("api"), QStringLiteral("p")) },
                IdentifyingLabels(), nullptr);
            QCOMPARE(dialog.author(), QStringLiteral("os-user"));
            dialog.findChild<QLineEdit *>(QStringLiteral("author"))->setText(QStringLiteral("  carol  "));
            dialog.findChild<QPlainTextEdit *>(QStringLiteral("comment"))
                ->setPlainText(QStringLiteral("db failover"));
            okButton(dialog)->click();
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
            QCOMPARE(dialog.author(), QStringLiteral("carol"));
        }
        QCOMPARE(QSettings().value(QStringLiteral("alerts/ackAuthor")).toString(), QStringLiteral("carol"));
        AcknowledgeDialog again(
            { makeAlert(QStringLiteral("f1"), QStringLiteral("api"), QStringLiteral("p")) },
            IdentifyingLabels(), nullptr);
        QCOMPARE(again.author(), QStringLiteral("carol"));

        // A cancelled dialog does not change what is remembered.
        again.findChild<QLineEdit *>(QStringLiteral("author"))->setText(QStringLiteral("mallory"));
        again.reject();
        QCOMPARE(AcknowledgeDialog::defaultAuthor(), QStringLiteral("carol"));
    }

    void hostileLabelsStayText()
    {
        InboxAlert hostile
            = makeAlert(QStringLiteral("f1"), QStringLiteral("<b>api</b>"), QStringLiteral("p"));
        AcknowledgeDialog dialog({ hostile }, IdentifyingLabels(), nullptr);
        QVERIFY2(dialog.previewLines().first().contains(QStringLiteral("service=\"<b>api</b>\"")),
            qPrintable(dialog.previewLines().first()));
        for (QLabel *label : dialog.findChildren<QLabel *>())
            QVERIFY2(label->textFormat() == Qt::PlainText || !label->text().contains(QStringLiteral("<b>")),
                qPrintable(label->text()));
    }

    void invisibleCharactersAreWrittenOut()
    {
        const InboxAlert spoofed
            = makeAlert(QStringLiteral("f1"), QStringLiteral("evil\u202Eevil-rtl"), QStringLiteral("p"));
        AcknowledgeDialog dialog({ spoofed }, IdentifyingLabels(), nullptr);
        QVERIFY2(dialog.previewLines().first().contains(QStringLiteral("evil⟨U+202E⟩evil-rtl")),
            qPrintable(dialog.previewLines().first()));
        bool headingShown = false;
        for (const QLabel *label : dialog.findChildren<QLabel *>()) {
            QVERIFY2(!label->text().contains(QChar(0x202e)), qPrintable(label->text()));
            headingShown = headingShown || label->text().contains(QStringLiteral("evil⟨U+202E⟩evil-rtl"));
        }
        QVERIFY(headingShown);
    }

    void untilCarriesItsZone()
    {
        AcknowledgeDialog dialog(
            { makeAlert(QStringLiteral("f1"), QStringLiteral("api"), QStringLiteral("p")) },
            IdentifyingLabels(), nullptr);
        dialog.setDurationMs(qint64(2) * 3'600'000);
        const QDateTime until = QDateTime::currentDateTimeUtc().addSecs(7200);
        bool found = false;
        for (const QLabel *label : dialog.findChildren<QLabel *>())
            found = found || label->text() == InboxAlertText::timeWithZone(until)
                || label->text() == InboxAlertText::timeWithZone(until.addSecs(60));
        QVERIFY2(found, "the Until line names the time and its zone");
    }

    void durationIsBounded_data()
    {
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<bool>("allowed");
        constexpr qint64 day = qint64(24) * 3'600'000;
        QTest::newRow("90 days") << qint64(90 * day) << true;
        QTest::newRow("91 days") << qint64(91 * day) << false;
        QTest::newRow("999 days, the most the picker takes") << qint64(999 * day) << false;
    }

    void durationIsBounded()
    {
        QFETCH(qint64, ms);
        QFETCH(bool, allowed);
        AcknowledgeDialog dialog(
            { makeAlert(QStringLiteral("f1"), QStringLiteral("api"), QStringLiteral("p")) },
            IdentifyingLabels(), nullptr);
        dialog.findChild<QPlainTextEdit *>(QStringLiteral("comment"))->setPlainText(QStringLiteral("on it"));
        dialog.setDurationMs(ms);
        QCOMPARE(dialog.durationMs(), ms);
        QCOMPARE(okButton(dialog)->isEnabled(), allowed);
        QCOMPARE(dialog.canAccept(), allowed);
        bool said = false;
        for (const QLabel *label : dialog.findChildren<QLabel *>())
            said = said || label->text().contains(QStringLiteral("at most 90 day"));
        QCOMPARE(said, !allowed); // and it says why
    }
};

QTEST_MAIN(TestAcknowledgeDialog)
#include "tst_acknowledgedialog.moc"
