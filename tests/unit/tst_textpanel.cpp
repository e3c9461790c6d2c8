// SPDX-License-Identifier: GPL-3.0-or-later
// Text panels: the light Markdown the console draws itself, plain-text safety (markup,
// images and links in the content shown literally, nothing fetched), the frame's states.
#include "consoleconfig.h"
#include "panelfactory.h"
#include "panelframe.h"
#include "textpanel.h"

#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QTest>

using namespace pivori;

namespace {

Panel textPanel(const QString &content, TextFormat format = TextFormat::Markdown)
{
    Panel p;
    p.id = QStringLiteral("notes");
    p.title = QStringLiteral("Notes");
    p.type = PanelType::Text;
    p.content = content;
    p.textFormat = format;
    return p;
}

PanelData ok()
{
    PanelData d;
    d.state = PanelData::State::Ok;
    return d;
}

} // namespace

class TestTextPanel final : public QObject
{
    Q_OBJECT

private slots:
    void markdownBlocks()
    {
        const QList<TextBlock> blocks = textBlocks(
            QStringLiteral(
                "# On call\n\nFirst line\nsecond line with **bold** text.\n\n- one\n* two\n3. three\n"
                "```\n# not a heading\n```\n## Links\nSee [runbook](https://x.example/rb) and "
                "![logo](http://img.example/a.png)."),
            TextFormat::Markdown);
        QCOMPARE(blocks.size(), 8);
        QCOMPARE(blocks[0].kind, TextBlock::Kind::Heading);
        QCOMPARE(blocks[0].level, 1);
        QCOMPARE(blocks[0].text, QStringLiteral("On call"));
        QCOMPARE(blocks[1].kind, TextBlock::Kind::Paragraph);
        QCOMPARE(blocks[1].text, QStringLiteral("First line second line with bold text."));
        QCOMPARE(blocks[1].bold, (QList<std::pair<int, int>> { { 28, 4 } }));
        QCOMPARE(blocks[2].marker, QStringLiteral("•"));
        QCOMPARE(blocks[3].text, QStringLiteral("two"));
        QCOMPARE(blocks[4].marker, QStringLiteral("3."));
        QCOMPARE(blocks[5].kind, TextBlock::Kind::Code);
        QCOMPARE(blocks[5].text, QStringLiteral("# not a heading"));
        QCOMPARE(blocks[6].level, 2);
        // Links and images are their text and address, as text: nothing is fetched or clickable.
        QCOMPARE(blocks[7].text,
            QStringLiteral("See runbook (https://x.example/rb) and logo (http://img.example/a.png)."));
    }

    void plainKeepsLinesAsWritten()
    {
        const QList<TextBlock> blocks
            = textBlocks(QStringLiteral("# not a heading\n**not bold**\n\n"), TextFormat::Plain);
        QCOMPARE(blocks.size(), 2);
        QCOMPARE(blocks[0].text, QStringLiteral("# not a heading"));
        QCOMPARE(blocks[1].text, QStringLiteral("**not bold**"));
        QVERIFY(blocks[1].bold.isEmpty());
    }

    void markupIsShownLiterally()
    {
        const QString hostile = QStringLiteral("<b>bold?</b> <img src=http://evil.example/x.png> &amp;");
        TextPanel panel(textPanel(hostile));
        QCOMPARE(panel.shownText(), hostile);
        // Nothing in the panel is a label that could take it for rich text.
        for (const QLabel *label : panel.findChildren<QLabel *>())
            QCOMPARE(label->textFormat(), Qt::PlainText);
        panel.resize(400, 200);
        QVERIFY(!panel.grab().isNull());
    }

    void frameShowsTextAtOnceAndItsStates()
    {
        PanelFrame *frame = PanelFactory::create(textPanel(QStringLiteral("# Hello")), nullptr);
        QScopedPointer<PanelFrame> owner(frame);
        QVERIFY(qobject_cast<TextPanel *>(frame->content()));
        frame->resize(300, 200);
        QCOMPARE(frame->state(), PanelData::State::Loading);
        frame->setPanelData(ok()); // a text panel's data is only "ready": no series, no value
        QVERIFY2(frame->messageText().isEmpty(), qPrintable(frame->messageText()));
        QVERIFY(frame->content()->isVisibleTo(frame));
        frame->setStale(60'000);
        QVERIFY(!frame->staleText().isEmpty());
    }

    void longContentScrolls()
    {
        QString many;
        for (int i = 0; i < 80; ++i)
            many += QStringLiteral("- item %1\n").arg(i);
        TextPanel panel(textPanel(many));
        panel.resize(240, 120);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        const QScrollArea *scroll = panel.findChild<QScrollArea *>();
        QVERIFY(scroll);
        QTRY_VERIFY(scroll->verticalScrollBar()->maximum() > 0);
    }
};

QTEST_MAIN(TestTextPanel)
#include "tst_textpanel.moc"
