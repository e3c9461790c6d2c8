// SPDX-License-Identifier: GPL-3.0-or-later
// The silences table: diffed per cluster by id (never reset), acks marked, every update
// path checked by QAbstractItemModelTester.
#include "silencefixtures.h"
#include "silencetablemodel.h"
#include "testutils.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace pivori;
using testutils::makeSilence;

namespace {

QStringList flatten(const SilenceTableModel &model)
{
    return testutils::flattenColumns(model,
        { SilenceTableModel::ClusterColumn, SilenceTableModel::IdColumn, SilenceTableModel::StateColumn,
            SilenceTableModel::KindColumn, SilenceTableModel::CommentColumn },
        QStringLiteral("|"));
}

} // namespace

class TestSilenceTableModel : public QObject
{
    Q_OBJECT

private slots:
    void updatesRowByRow()
    {
        SilenceTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        model.setSilences(QStringLiteral("prod"),
            { makeSilence(QStringLiteral("s1"), QStringLiteral("ACK! rolling back [ack:0123456789ab]")),
                makeSilence(QStringLiteral("s2"), QStringLiteral("maintenance window")) });
        model.setSilences(QStringLiteral("dr"),
            { makeSilence(QStringLiteral("s1"), QStringLiteral("same id, other cluster")) });
        QCOMPARE(flatten(model),
            (QStringList { QStringLiteral("prod|s1|active|acknowledgement|rolling back"),
                QStringLiteral("prod|s2|active|silence|maintenance window"),
                QStringLiteral("dr|s1|active|silence|same id, other cluster") }));
        QCOMPARE(inserted.size(), 2);

        // Same answer again: nothing moves.
        model.setSilences(QStringLiteral("prod"),
            { makeSilence(QStringLiteral("s1"), QStringLiteral("ACK! rolling back [ack:0123456789ab]")),
                makeSilence(QStringLiteral("s2"), QStringLiteral("maintenance window")) });
        QCOMPARE(changed.size(), 0);

        // s1 expires, s2 goes away, s3 arrives; dr untouched.
        model.setSilences(QStringLiteral("prod"),
            { makeSilence(QStringLiteral("s1"), QStringLiteral("ACK! rolling back [ack:0123456789ab]"),
                  Silence::State::Expired),
                makeSilence(QStringLiteral("s3"), QStringLiteral("ACK! [ack:abcdef012345]"),
                    Silence::State::Pending) });
        QCOMPARE(flatten(model),
            (QStringList { QStringLiteral("prod|s1|expired|acknowledgement|rolling back"),
                QStringLiteral("dr|s1|active|silence|same id, other cluster"),
                QStringLiteral("prod|s3|pending|acknowledgement|") }));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 0);
        QCOMPARE(removed.size(), 1);

        // A cluster that answers with nothing, then one that is no longer configured.
        model.setSilences(QStringLiteral("dr"), {});
        QCOMPARE(model.rowCount(), 2);
        model.retainClusters({ QStringLiteral("dr") });
        QCOMPARE(model.rowCount(), 0);
        model.setSilences(QStringLiteral("prod"), {});
        QCOMPARE(resets.size(), 0);
    }

    void rolesCarryRawValues()
    {
        SilenceTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const Silence ack = makeSilence(
            QStringLiteral("s1"), QStringLiteral("ACK! on it [ack:fedcba987654]"), Silence::State::Pending);
        model.setSilences(QStringLiteral("prod"), { ack, ack }); // a duplicate id is one row
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex row = model.index(0, SilenceTableModel::EndsColumn);
        QCOMPARE(row.data(SilenceTableModel::SortRole).toDateTime(), ack.endsAt);
        QCOMPARE(row.data(SilenceTableModel::ClusterRole).toString(), QStringLiteral("prod"));
        QCOMPARE(row.data(SilenceTableModel::IdRole).toString(), QStringLiteral("s1"));
        QCOMPARE(row.data(SilenceTableModel::KeyRole).toString(), QStringLiteral("prod/s1"));
        QCOMPARE(row.data(SilenceTableModel::IsAckRole).toBool(), true);
        QCOMPARE(row.data(SilenceTableModel::StateRole).toInt(), int(Silence::State::Pending));
        QCOMPARE(model.index(0, SilenceTableModel::MatchersColumn).data().toString(),
            QStringLiteral("alertname=\"HighErrorRate\", service=\"api\""));
        QCOMPARE(model.rowOf(QStringLiteral("prod"), QStringLiteral("s1")), 0);
        QCOMPARE(model.rowOf(QStringLiteral("dr"), QStringLiteral("s1")), -1);
        QVERIFY(!model.silenceAt(5));
        QCOMPARE(model.headerData(SilenceTableModel::CommentColumn, Qt::Horizontal).toString(),
            QStringLiteral("Comment"));
    }

    void hostileCommentStaysData()
    {
        SilenceTableModel model;
        model.setSilences(QStringLiteral("prod"),
            { makeSilence(QStringLiteral("s1"), QStringLiteral("<b>x</b>\n\x1b[31m")) });
        // Markup stays text (the view shows it plainly); controls are written out, on one line
        // in the table and with its line breaks in the tooltip.
        QCOMPARE(model.index(0, SilenceTableModel::CommentColumn).data().toString(),
            QStringLiteral("<b>x</b>⟨U+000A⟩⟨U+001B⟩[31m"));
        QCOMPARE(model.index(0, SilenceTableModel::CommentColumn).data(Qt::ToolTipRole).toString(),
            QStringLiteral("<b>x</b>\n⟨U+001B⟩[31m"));
    }
};

QTEST_GUILESS_MAIN(TestSilenceTableModel)
#include "tst_silencetablemodel.moc"
