// The silences table: diffed per cluster by id (never reset), acks marked, every update
// path checked by QAbstractItemModelTester.
#include "silencetablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace pivori;

namespace {

Silence makeSilence(const QString &id, const QString &comment, Silence::State state = Silence::State::Active)
{
    Silence s;
    s.id = id;
    s.matchers = { Matcher { QStringLiteral("alertname"), QStringLiteral("HighErrorRate"), false, true },
        Matcher { QStringLiteral("service"), QStringLiteral("api"), false, true } };
    s.startsAt = QDateTime(QDate(2024, 5, 14), QTime(10, 0), Qt::UTC);
    s.endsAt = s.startsAt.addSecs(3600);
    s.createdBy = QStringLiteral("alice");
    s.comment = comment;
    s.state = state;
    return s;
}

QStringList flatten(const SilenceTableModel &model)
{
    QStringList rows;
    for (int r = 0; r < model.rowCount(); ++r) {
        QStringList cells;
        for (int c :
            { SilenceTableModel::ClusterColumn, SilenceTableModel::IdColumn, SilenceTableModel::StateColumn,
                SilenceTableModel::KindColumn, SilenceTableModel::CommentColumn })
            cells.append(model.index(r, c).data().toString());
        rows.append(cells.join(u'|'));
    }
    return rows;
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
        QCOMPARE(model.index(0, SilenceTableModel::CommentColumn).data().toString(),
            QStringLiteral("<b>x</b>\n\x1b[31m"));
    }
};

QTEST_GUILESS_MAIN(TestSilenceTableModel)
#include "tst_silencetablemodel.moc"
