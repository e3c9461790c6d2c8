// SPDX-License-Identifier: GPL-3.0-or-later
// The page's message bar: a refused acknowledgement stays until dismissed, even under a
// flood of confirmations; a message with an id replaces the earlier one with that id.
#include "messagebar.h"

#include <QLabel>
#include <QTest>

using namespace pivori;

class TestMessageBar : public QObject
{
    Q_OBJECT

private slots:
    void replacesById()
    {
        MessageBar bar;
        bar.showMessage(MessageBar::Kind::Info, QStringLiteral("Acknowledging…"), QStringLiteral("tok"));
        bar.showMessage(MessageBar::Kind::Warning, QStringLiteral("other"));
        bar.showMessage(
            MessageBar::Kind::Error, QStringLiteral("refused: 400 bad matcher"), QStringLiteral("tok"));
        QCOMPARE(bar.messages(),
            (QStringList { QStringLiteral("other"), QStringLiteral("refused: 400 bad matcher") }));
        bar.dismiss(QStringLiteral("tok"));
        QCOMPARE(bar.messages(), QStringList { QStringLiteral("other") });
    }

    void errorsOutliveAFlood()
    {
        MessageBar bar;
        bar.showMessage(MessageBar::Kind::Error, QStringLiteral("refused"));
        for (int i = 0; i < 3 * MessageBar::kMaxMessages; ++i)
            bar.showMessage(MessageBar::Kind::Info, QStringLiteral("ok %1").arg(i));
        QCOMPARE(bar.messages().size(), MessageBar::kMaxMessages);
        QCOMPARE(bar.messages().first(), QStringLiteral("refused"));
        QCOMPARE(bar.messages().last(), QStringLiteral("ok %1").arg(3 * MessageBar::kMaxMessages - 1));
    }

    void hostileTextIsPlain()
    {
        MessageBar bar;
        bar.showMessage(MessageBar::Kind::Error, QStringLiteral("<img src=http://x/y.png>"));
        const QList<QLabel *> labels = bar.findChildren<QLabel *>();
        QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [](QLabel *label) {
            return label->text() == QLatin1String("<img src=http://x/y.png>")
                && label->textFormat() == Qt::PlainText;
        }));
    }

    void clearAllHides()
    {
        MessageBar bar;
        bar.show();
        bar.showMessage(MessageBar::Kind::Warning, QStringLiteral("a"));
        QVERIFY(bar.isVisible());
        bar.clearAll();
        QVERIFY(bar.messages().isEmpty());
        QVERIFY(!bar.isVisible());
    }
};

QTEST_MAIN(TestMessageBar)
#include "tst_messagebar.moc"
