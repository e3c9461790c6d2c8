// SPDX-License-Identifier: GPL-3.0-or-later
// The Silences tab as an operator uses it: the live silences of every cluster, the expired
// ones on request, and Expire / Extend… / Edit… asking for the selected silence with its
// cluster and id. The edit dialog: what it refuses, and the silence it gives back to POST.
#include "acknowledgement.h"
#include "extenddialog.h"
#include "inboxalerttext.h"
#include "silenceeditdialog.h"
#include "silencefixtures.h"
#include "silencesview.h"
#include "silencetablemodel.h"
#include "testutils.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace pivori;
using testutils::makeSilence;

Q_DECLARE_METATYPE(pivori::PostableSilence)

namespace {

const QString kToken = QStringLiteral("0123456789ab");

QToolButton *button(const QWidget &parent, const QString &text)
{
    for (QToolButton *candidate : parent.findChildren<QToolButton *>()) {
        if (candidate->text() == text)
            return candidate;
    }
    return nullptr;
}

/// The rows the table shows, in its order, as "cluster|id|state|kind".
QStringList shownRows(const SilencesView &view)
{
    return testutils::flattenColumns(*view.table()->model(),
        { SilenceTableModel::ClusterColumn, SilenceTableModel::IdColumn, SilenceTableModel::StateColumn,
            SilenceTableModel::KindColumn },
        QStringLiteral("|"));
}

QString countText(const SilencesView &view)
{
    for (QLabel *label : view.findChildren<QLabel *>()) {
        if (label->text().contains(QLatin1String("expired")))
            return label->text();
    }
    return {};
}

/// A silence that ends in two hours from now, so the edit dialog accepts it as it is.
Silence liveSilence(const QString &id, const QString &comment)
{
    Silence s = makeSilence(id, comment);
    s.startsAt = QDateTime::currentDateTimeUtc().addSecs(-600);
    s.endsAt = QDateTime::currentDateTimeUtc().addSecs(7200);
    return s;
}

} // namespace

class TestSilencesView final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("PivoriTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_silencesview"));
        qRegisterMetaType<PostableSilence>();
    }

    void init()
    {
        QSettings().clear();
        m_model = std::make_unique<SilenceTableModel>();
        m_model->setSilences(QStringLiteral("prod"),
            { makeSilence(QStringLiteral("s1"), QStringLiteral("ACK! rolling back [ack:%1]").arg(kToken)),
                makeSilence(QStringLiteral("s2"), QStringLiteral("maintenance"), Silence::State::Pending),
                makeSilence(QStringLiteral("s3"), QStringLiteral("old"), Silence::State::Expired) });
        m_model->setSilences(QStringLiteral("dr"),
            { makeSilence(QStringLiteral("s1"), QStringLiteral("same id, other cluster")) });
        m_view = std::make_unique<SilencesView>(m_model.get());
        m_view->resize(1000, 400);
        m_view->show();
    }

    void cleanup()
    {
        m_view.reset();
        m_model.reset();
    }

    void showsLiveSilencesActiveFirst()
    {
        QCOMPARE(shownRows(*m_view),
            (QStringList { QStringLiteral("prod|s1|active|acknowledgement"),
                QStringLiteral("dr|s1|active|silence"), QStringLiteral("prod|s2|pending|silence") }));
        QCOMPARE(countText(*m_view), QStringLiteral("3 active or pending · 1 expired"));
        QVERIFY(!m_view->showExpired());

        // A poll that expires one: it leaves the list at once.
        m_model->setSilences(QStringLiteral("dr"),
            { makeSilence(
                QStringLiteral("s1"), QStringLiteral("same id, other cluster"), Silence::State::Expired) });
        QCOMPARE(shownRows(*m_view),
            (QStringList { QStringLiteral("prod|s1|active|acknowledgement"),
                QStringLiteral("prod|s2|pending|silence") }));
        QCOMPARE(countText(*m_view), QStringLiteral("2 active or pending · 2 expired"));
    }

    void expiredShownOnRequestAndRemembered()
    {
        QToolButton *toggle = button(*m_view, QStringLiteral("Show expired"));
        QVERIFY(toggle);
        toggle->click();
        QVERIFY(m_view->showExpired());
        QVERIFY(shownRows(*m_view).contains(QStringLiteral("prod|s3|expired|silence")));
        QCOMPARE(shownRows(*m_view).size(), 4);
        QVERIFY(QSettings().value(QStringLiteral("alerts/showExpiredSilences")).toBool());

        SilencesView next(m_model.get()); // the next start shows them too
        QVERIFY(next.showExpired());
        QCOMPARE(shownRows(next).size(), 4);

        m_view->setShowExpired(false);
        QVERIFY(!toggle->isChecked());
        QVERIFY(!shownRows(*m_view).contains(QStringLiteral("prod|s3|expired|silence")));
    }

    void actionsFollowTheSelection()
    {
        QToolButton *expire = button(*m_view, QStringLiteral("Expire"));
        QToolButton *extend = button(*m_view, QStringLiteral("Extend…"));
        QToolButton *edit = button(*m_view, QStringLiteral("Edit…"));
        QVERIFY(expire && extend && edit);
        const auto enabled = [&] {
            return QList<bool> { expire->isEnabled(), extend->isEnabled(), edit->isEnabled() };
        };
        QCOMPARE(m_view->selectedSilence(), (std::pair<QString, QString> {}));
        QCOMPARE(enabled(), (QList<bool> { false, false, false }));

        QVERIFY(m_view->selectSilence(QStringLiteral("dr"), QStringLiteral("s1")));
        QCOMPARE(m_view->selectedSilence(), (std::pair { QStringLiteral("dr"), QStringLiteral("s1") }));
        QCOMPARE(enabled(), (QList<bool> { true, true, true }));

        // An expired silence can only be looked at.
        m_view->setShowExpired(true);
        QVERIFY(m_view->selectSilence(QStringLiteral("prod"), QStringLiteral("s3")));
        QCOMPARE(enabled(), (QList<bool> { false, false, false }));
        QVERIFY(!m_view->selectSilence(QStringLiteral("prod"), QStringLiteral("nope")));
    }

    void expireAsksFirstThenNamesTheSilence()
    {
        QSignalSpy expired(m_view.get(), &SilencesView::expireRequested);
        QVERIFY(m_view->selectSilence(QStringLiteral("dr"), QStringLiteral("s1")));

        button(*m_view, QStringLiteral("Expire"))->click();
        auto *box = m_view->findChild<QMessageBox *>();
        QVERIFY(box);
        QVERIFY2(box->text().contains(QLatin1String("s1")) && box->text().contains(QLatin1String("dr")),
            qPrintable(box->text()));
        box->button(QMessageBox::Cancel)->click();
        QCOMPARE(expired.size(), 0); // cancelled: nothing asked
        QTRY_VERIFY(!m_view->findChild<QMessageBox *>());

        button(*m_view, QStringLiteral("Expire"))->click();
        box = m_view->findChild<QMessageBox *>();
        QVERIFY(box);
        box->button(QMessageBox::Yes)->click();
        QCOMPARE(expired.size(), 1);
        QCOMPARE(expired.first().at(0).toString(), QStringLiteral("dr"));
        QCOMPARE(expired.first().at(1).toString(), QStringLiteral("s1"));
    }

    void extendAsksHowLong()
    {
        QSignalSpy extended(m_view.get(), &SilencesView::extendRequested);
        QVERIFY(m_view->selectSilence(QStringLiteral("prod"), QStringLiteral("s2")));
        button(*m_view, QStringLiteral("Extend…"))->click();
        auto *dialog = m_view->findChild<ExtendDialog *>();
        QVERIFY(dialog);
        dialog->setExtraMs(4 * 3'600'000);
        dialog->accept();
        QCOMPARE(extended.size(), 1);
        QCOMPARE(extended.first().at(0).toString(), QStringLiteral("prod"));
        QCOMPARE(extended.first().at(1).toString(), QStringLiteral("s2"));
        QCOMPARE(extended.first().at(2).toLongLong(), qint64(4 * 3'600'000));
    }

    void endingSoonIsMarkedAndCounted()
    {
        Silence soon = liveSilence(QStringLiteral("soon"), QStringLiteral("ACK! on it [ack:%1]").arg(kToken));
        soon.endsAt = QDateTime::currentDateTimeUtc().addSecs(qint64(20) * 60);
        Silence later = liveSilence(QStringLiteral("later"), QStringLiteral("maintenance"));
        later.endsAt = QDateTime::currentDateTimeUtc().addSecs(qint64(3) * 3600);
        Silence pending = liveSilence(QStringLiteral("pending"), QStringLiteral("tonight"));
        pending.state = Silence::State::Pending;
        pending.endsAt
            = QDateTime::currentDateTimeUtc().addSecs(qint64(10) * 60); // not running: nothing ends
        m_model->setSilences(QStringLiteral("prod"), { soon, later, pending });
        m_model->setSilences(QStringLiteral("dr"), {});
        QCOMPARE(m_view->endingSoonWindowMs(), qint64(3'600'000)); // one hour unless chosen
        QVERIFY2(countText(*m_view).endsWith(QStringLiteral(" · 1 ending within 1 h")),
            qPrintable(countText(*m_view)));
        const int row = m_model->rowOf(QStringLiteral("prod"), QStringLiteral("soon"));
        const QModelIndex ends = m_model->index(row, SilenceTableModel::EndsColumn);
        QVERIFY(ends.data(SilenceTableModel::EndingSoonRole).toBool());
        // Read once: the text counts down, so two reads can straddle a second. Under a loaded
        // machine the model may be a little behind the clock, hence 18 to 20 minutes.
        const QString endsText = ends.data().toString();
        QVERIFY2(endsText.contains(QRegularExpression(QStringLiteral(" · ends in (18|19|20)m"))),
            qPrintable(endsText));
        QVERIFY(!m_model->index(m_model->rowOf(QStringLiteral("prod"), QStringLiteral("later")), 0)
                     .data(SilenceTableModel::EndingSoonRole)
                     .toBool());

        auto *window = m_view->findChild<QComboBox *>(QStringLiteral("endingSoonWindow"));
        QVERIFY(window);
        window->setCurrentIndex(window->findData(qint64(4 * 3'600'000)));
        QVERIFY2(countText(*m_view).endsWith(QStringLiteral(" · 2 ending within 4 h")),
            qPrintable(countText(*m_view)));
        // Remembered for the next start.
        m_view.reset();
        SilencesView again(m_model.get());
        QCOMPARE(again.endingSoonWindowMs(), qint64(4 * 3'600'000));
    }

    void timesCarryTheirZone()
    {
        const Silence live = liveSilence(QStringLiteral("s1"), QStringLiteral("x"));
        m_model->setSilences(QStringLiteral("prod"), { live });
        const int row = m_model->rowOf(QStringLiteral("prod"), QStringLiteral("s1"));
        const QString zone = InboxAlertText::zoneText(live.endsAt);
        QCOMPARE(m_model->index(row, SilenceTableModel::EndsColumn).data().toString(),
            InboxAlertText::timeWithZone(live.endsAt));
        QVERIFY(m_model->index(row, SilenceTableModel::EndsColumn).data().toString().endsWith(u' ' + zone));
        QVERIFY(m_model->index(row, SilenceTableModel::StartsColumn)
                    .data()
                    .toString()
                    .endsWith(u' ' + InboxAlertText::zoneText(live.startsAt)));

        SilenceEditDialog dialog(QStringLiteral("prod"), live);
        auto *zoneLabel = dialog.findChild<QLabel *>(QStringLiteral("zone"));
        QVERIFY(zoneLabel);
        QCOMPARE(zoneLabel->text(), zone);
    }

    void columnsAreReadable_data()
    {
        QTest::addColumn<int>("width");
        QTest::newRow("1920 px") << 1920;
        QTest::newRow("small window") << 900;
    }

    void columnsAreReadable()
    {
        QFETCH(int, width);
        Silence soon = liveSilence(
            QStringLiteral("soon"), QStringLiteral("failing over the primary database, back by noon"));
        soon.endsAt = QDateTime::currentDateTimeUtc().addSecs(59 * 60 + 50);
        m_model->setSilences(QStringLiteral("prod"), { soon });
        m_view->resize(width, 400);
        QTRY_COMPARE(m_view->width(), width);
        const QTableView *table = m_view->table();
        const int row = m_model->rowOf(QStringLiteral("prod"), QStringLiteral("soon"));
        QFont bold = table->font();
        bold.setBold(true);
        const QString ends = m_model->index(row, SilenceTableModel::EndsColumn).data().toString();
        // The end with its zone and its countdown, whole at any width (a scroll bar before a cut).
        QVERIFY2(
            table->columnWidth(SilenceTableModel::EndsColumn) >= QFontMetrics(bold).horizontalAdvance(ends),
            qPrintable(
                QStringLiteral("%1 < %2").arg(table->columnWidth(SilenceTableModel::EndsColumn)).arg(ends)));
        // Matchers and Comment keep a readable width in a small window (it scrolls sideways).
        const int em = QFontMetrics(table->font()).horizontalAdvance(QLatin1Char('M'));
        QVERIFY(table->columnWidth(SilenceTableModel::CommentColumn) >= 16 * em);
        QVERIFY(table->columnWidth(SilenceTableModel::MatchersColumn) >= 16 * em);
        if (width >= 1920) {
            const QString comment = m_model->index(row, SilenceTableModel::CommentColumn).data().toString();
            QVERIFY2(table->columnWidth(SilenceTableModel::CommentColumn)
                    >= QFontMetrics(table->font()).horizontalAdvance(comment),
                qPrintable(QString::number(table->columnWidth(SilenceTableModel::CommentColumn))));
            QVERIFY(table->columnWidth(SilenceTableModel::MatchersColumn)
                >= QFontMetrics(table->font())
                       .horizontalAdvance(
                           m_model->index(row, SilenceTableModel::MatchersColumn).data().toString()));
        }
    }

    void extendDialogIsBounded()
    {
        ExtendDialog dialog(
            QStringLiteral("silence s1 in prod"), QDateTime::currentDateTimeUtc().addDays(89));
        QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        dialog.setExtraMs(qint64(12) * 3'600'000);
        QVERIFY(dialog.problem().isEmpty());
        QVERIFY(ok->isEnabled());
        auto *newEnd = dialog.findChild<QLabel *>(QStringLiteral("newEnd"));
        QVERIFY(
            newEnd->text().endsWith(InboxAlertText::zoneText(QDateTime::currentDateTimeUtc().addDays(89))));
        dialog.setExtraMs(qint64(2) * 24 * 3'600'000); // 91 days from now
        QVERIFY2(dialog.problem().contains(QStringLiteral("at most 90 day")), qPrintable(dialog.problem()));
        QVERIFY(!ok->isEnabled());
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("hint"))->text(), dialog.problem());
    }

    void editGivesBackTheSilenceToPost()
    {
        const Silence ack
            = liveSilence(QStringLiteral("s1"), QStringLiteral("ACK! rolling back [ack:%1]").arg(kToken));
        m_model->setSilences(QStringLiteral("prod"), { ack });
        QSignalSpy edited(m_view.get(), &SilencesView::editRequested);
        QVERIFY(m_view->selectSilence(QStringLiteral("prod"), QStringLiteral("s1")));
        button(*m_view, QStringLiteral("Edit…"))->click();
        auto *dialog = m_view->findChild<SilenceEditDialog *>();
        QVERIFY(dialog);
        QCOMPARE(dialog->cluster(), QStringLiteral("prod"));
        dialog->setCommentText(QStringLiteral("rolled back, watching"));
        const QDateTime until = QDateTime::currentDateTimeUtc().addDays(1);
        const QDateTime untilMinute(until.date(), QTime(until.time().hour(), until.time().minute()), Qt::UTC);
        dialog->setEndsAt(untilMinute);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();

        QCOMPARE(edited.size(), 1);
        QCOMPARE(edited.first().at(0).toString(), QStringLiteral("prod"));
        const auto posted = edited.first().at(1).value<PostableSilence>();
        QCOMPARE(posted.id, QStringLiteral("s1")); // updated in place
        QCOMPARE(posted.matchers, ack.matchers);
        QCOMPARE(posted.startsAt, ack.startsAt);
        QCOMPARE(posted.endsAt, untilMinute);
        QCOMPARE(posted.createdBy, QStringLiteral("alice"));
        QCOMPARE(posted.comment, QStringLiteral("ACK! rolled back, watching [ack:%1]").arg(kToken));
    }

    void editDialogRefusesWhatAlertmanagerWould_data()
    {
        QTest::addColumn<QString>("comment");
        QTest::addColumn<int>("endsInMinutes");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("a comment and an end ahead") << QStringLiteral("window moved") << 120 << true;
        QTest::newRow("no comment") << QString() << 120 << false;
        QTest::newRow("only blanks") << QStringLiteral("  \n ") << 120 << false;
        QTest::newRow("an end in the past would expire it") << QStringLiteral("window moved") << -5 << false;
        QTest::newRow("an end more than 90 days away")
            << QStringLiteral("window moved") << 91 * 24 * 60 << false;
    }

    void editDialogRefusesWhatAlertmanagerWould()
    {
        QFETCH(QString, comment);
        QFETCH(int, endsInMinutes);
        QFETCH(bool, accepted);
        SilenceEditDialog dialog(
            QStringLiteral("prod"), liveSilence(QStringLiteral("s2"), QStringLiteral("maintenance")));
        QSignalSpy done(&dialog, &QDialog::accepted);
        dialog.show();
        QPushButton *save = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
        QVERIFY(save->isEnabled()); // as it came from the server

        dialog.setCommentText(comment);
        dialog.setEndsAt(QDateTime::currentDateTimeUtc().addSecs(60 * endsInMinutes));
        QCOMPARE(dialog.canAccept(), accepted);
        QCOMPARE(save->isEnabled(), accepted);
        save->click();
        QCOMPARE(done.size(), accepted ? 1 : 0);
    }

    void editDialogKeepsAPlainSilencePlain()
    {
        const Silence plain = liveSilence(QStringLiteral("s2"), QStringLiteral("maintenance"));
        SilenceEditDialog dialog(QStringLiteral("prod"), plain);
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Edit silence"));
        QCOMPARE(dialog.findChild<QPlainTextEdit *>()->toPlainText(), QStringLiteral("maintenance"));
        dialog.setCommentText(QStringLiteral("  maintenance, extended  "));
        const PostableSilence posted = dialog.result();
        QCOMPARE(posted.comment, QStringLiteral("maintenance, extended"));
        QCOMPARE(posted.id, plain.id);
        QVERIFY(!Acknowledgement::isAckComment(posted.comment));
    }

    void editDialogShowsAnAckAsTheAuthorsWords()
    {
        SilenceEditDialog dialog(QStringLiteral("prod"),
            liveSilence(QStringLiteral("s1"), QStringLiteral("ACK! rolling back [ack:%1]").arg(kToken)));
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Edit acknowledgement"));
        QCOMPARE(dialog.findChild<QPlainTextEdit *>()->toPlainText(), QStringLiteral("rolling back"));
        // Untouched, it posts the same comment back.
        QCOMPARE(dialog.result().comment, QStringLiteral("ACK! rolling back [ack:%1]").arg(kToken));
    }

    void editDialogShowsServerTextAsPlainText()
    {
        Silence hostile = liveSilence(QStringLiteral("s9"), QStringLiteral("x"));
        hostile.createdBy = QStringLiteral("<img src=http://x/y.png>");
        SilenceEditDialog dialog(QStringLiteral("prod"), hostile);
        bool shown = false;
        for (QLabel *label : dialog.findChildren<QLabel *>()) {
            if (label->text() == hostile.createdBy) {
                shown = true;
                QCOMPARE(label->textFormat(), Qt::PlainText);
            }
        }
        QVERIFY(shown);
    }

private:
    std::unique_ptr<SilenceTableModel> m_model;
    std::unique_ptr<SilencesView> m_view;
};

QTEST_MAIN(TestSilencesView)
#include "tst_silencesview.moc"
