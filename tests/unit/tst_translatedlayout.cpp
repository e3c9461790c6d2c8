// SPDX-License-Identifier: GPL-3.0-or-later
// German runs about 30 % longer than English, French about 20 %: a label, button or tab that
// fits in English can be cut in either. The main window (every tab), the acknowledge dialog,
// the wall, the welcome page and the Settings dialog are built once per language, offscreen
// (the main window at 1920x1080, the others at their opening size), and every visible text is
// measured against the room its widget has. A text cut in German or French that is whole in
// English fails. PIVORI_TRANSLATED_SHOTS=DIR also saves a picture of each for a person to read.
#include "acknowledgedialog.h"
#include "configeditor.h"
#include "configloader.h"
#include "connectionprobe.h"
#include "mainwindow.h"
#include "nocwindow.h"
#include "offscreenscreens.h"
#include "recordedtransport.h"
#include "settingsdialog.h"
#include "testutils.h"
#include "welcomepage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTranslator>

#include <algorithm>
#include <memory>

using namespace pivori;

namespace {

struct Cut final
{
    QString path; ///< the widget's place in the tree, the same in every language
    QString text;
};

// Class names and sibling indices down from the root: widgets are built in the same order in
// every language, so the same path is the same widget.
QString pathOf(const QWidget *widget, const QWidget *root)
{
    QStringList parts;
    for (const QWidget *w = widget; w && w != root; w = w->parentWidget()) {
        const QObject *parent = w->parent();
        const auto index = parent ? parent->children().indexOf(const_cast<QWidget *>(w)) : 0;
        parts.prepend(QString::fromLatin1(w->metaObject()->className()) + u'#' + QString::number(index));
    }
    return parts.join(u'/');
}

int textWidth(const QLabel *label)
{
    if (Qt::mightBeRichText(label->text()) && label->textFormat() != Qt::PlainText) {
        QTextDocument document;
        document.setDefaultFont(label->font());
        document.setHtml(label->text());
        return int(document.idealWidth() - 2 * document.documentMargin());
    }
    int widest = 0;
    for (const QString &line : label->text().split(u'\n'))
        widest = std::max(widest, label->fontMetrics().horizontalAdvance(line));
    return widest;
}

bool labelIsCut(const QLabel *label)
{
    const QRect room = label->contentsRect();
    if (label->text().contains(QChar(0x2026)))
        return true; // elided by the code that set it
    if (label->wordWrap())
        return label->heightForWidth(room.width()) > room.height() + 1;
    return textWidth(label) > room.width() + 1;
}

QList<Cut> cutTexts(QWidget *root)
{
    QList<Cut> out;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *widget : std::as_const(widgets)) {
        if (!widget->isVisibleTo(root) || widget->width() <= 0)
            continue;
        if (const auto *label = qobject_cast<const QLabel *>(widget)) {
            if (!label->text().isEmpty() && labelIsCut(label))
                out.append({ pathOf(widget, root), label->text() });
        } else if (const auto *button = qobject_cast<const QAbstractButton *>(widget)) {
            if (!button->text().isEmpty() && button->sizeHint().width() > button->width() + 1)
                out.append({ pathOf(widget, root), button->text() });
        } else if (const auto *edit = qobject_cast<const QLineEdit *>(widget)) {
            // Squeezed below its height (a layout short of room): the text's top and bottom go.
            if (!edit->text().isEmpty() && edit->height() < edit->sizeHint().height())
                out.append({ pathOf(widget, root), edit->text() });
        } else if (const auto *tabs = qobject_cast<const QTabBar *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i) {
                const int need = tabs->fontMetrics().horizontalAdvance(tabs->tabText(i));
                if (tabs->isTabVisible(i) && tabs->tabRect(i).width() < need)
                    out.append({ pathOf(widget, root) + QStringLiteral("/tab") + QString::number(i),
                        tabs->tabText(i) });
            }
        }
    }
    return out;
}

ConsoleConfig testConfig()
{
    ConsoleConfig config = ConfigLoader::loadFile(ConfigLoader::builtInPath()).config;
    // Never contacted: the recorded transport answers in their place.
    const Endpoint prometheus
        = pivori::testutils::endpointAt(QUrl(QStringLiteral("http://127.0.0.1:19090")), 1000);
    config.prometheus = { PrometheusServer { QStringLiteral("main"), prometheus } };
    config.alertmanagers.clear();
    return config;
}

InboxAlert sampleAlert()
{
    InboxAlert a;
    a.cluster = QStringLiteral("prod");
    a.alert.fingerprint = QStringLiteral("f1");
    a.alert.labels = { { QStringLiteral("alertname"), QStringLiteral("HighErrorRate") },
        { QStringLiteral("severity"), QStringLiteral("warning") },
        { QStringLiteral("service"), QStringLiteral("payments") } };
    a.alert.startsAt = QDateTime::currentDateTimeUtc().addSecs(-600);
    a.alert.state = Alert::State::Active;
    return a;
}

/// What was cut, per screen ("main: Alerts", "ack dialog", "wall"), in one language.
using CutsByScreen = QMap<QString, QList<Cut>>;

} // namespace

class TestTranslatedLayout final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void nothingIsCutThatFitsInEnglish_data();
    void nothingIsCutThatFitsInEnglish();

private:
    CutsByScreen measure(const QString &language);
    void measureSettingsDialog(const QString &language, CutsByScreen *cuts);
    void save(QWidget *widget, const QString &language, const QString &name) const;

    RecordedTransport m_transport;
    CutsByScreen m_english;
    QString m_shots;
};

void TestTranslatedLayout::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_shots = qEnvironmentVariable("PIVORI_TRANSLATED_SHOTS");
    m_english = measure(QStringLiteral("en"));
    QVERIFY(!m_english.isEmpty());
}

void TestTranslatedLayout::save(QWidget *widget, const QString &language, const QString &name) const
{
    if (m_shots.isEmpty())
        return;
    QDir().mkpath(m_shots);
    widget->grab().save(QDir(m_shots).filePath(language + u'-' + name + QStringLiteral(".png")));
}

CutsByScreen TestTranslatedLayout::measure(const QString &language)
{
    QTranslator translator;
    const QString qm = QFileInfo(QStringLiteral(PIVORI_CONSOLE_BIN))
                           .dir()
                           .filePath(QStringLiteral("pivori_console_%1.qm").arg(language));
    if (!translator.load(qm))
        return {};
    QCoreApplication::installTranslator(&translator);
    QLocale::setDefault(QLocale(language));
    CutsByScreen cuts;
    {
        MainWindow window(testConfig(), &m_transport);
        window.resize(1920, 1080);
        window.show();
        if (QTest::qWaitForWindowExposed(&window)) {
            auto *tabs = window.findChild<QTabWidget *>();
            for (int i = 0; tabs && i < tabs->count(); ++i) {
                tabs->setCurrentIndex(i);
                QCoreApplication::processEvents();
                // Tab names are the same in every language only by position.
                const QString screen = QStringLiteral("main tab %1").arg(i);
                cuts[screen] = cutTexts(&window);
                save(&window, language, QStringLiteral("tab%1").arg(i));
            }

            AcknowledgeDialog dialog({ sampleAlert() }, IdentifyingLabels(), nullptr, &window);
            dialog.show();
            QCoreApplication::processEvents();
            cuts[QStringLiteral("ack dialog")] = cutTexts(&dialog);
            save(&dialog, language, QStringLiteral("ack"));
            dialog.close();

            window.enterNocMode(0);
            if (NocWindow *wall = window.nocWindow()) {
                QCoreApplication::processEvents();
                cuts[QStringLiteral("wall")] = cutTexts(wall);
                save(wall, language, QStringLiteral("wall"));
            }
            window.leaveNocMode();
        }
    }
    {
        // The first thing a new user reads, at the size the welcome window opens with.
        ConnectionProbe probe(&m_transport);
        WelcomePage welcome(&probe, QDir::temp().filePath(QStringLiteral("pivori-no-such-config.yaml")));
        welcome.resize(900, 800);
        welcome.show();
        if (QTest::qWaitForWindowExposed(&welcome)) {
            cuts[QStringLiteral("welcome page")] = cutTexts(&welcome);
            save(&welcome, language, QStringLiteral("welcome"));
        }
    }
    measureSettingsDialog(language, &cuts);
    QCoreApplication::removeTranslator(&translator);
    QLocale::setDefault(QLocale(QLocale::English));
    return cuts;
}

void TestTranslatedLayout::measureSettingsDialog(const QString &language, CutsByScreen *cuts)
{
    // File > Settings at the size editServerSettings opens it, on a file with every field used
    // (basic auth, two replicas, CA files), once as opened and once refusing a save.
    ConnectionProbe probe(&m_transport);
    ConnectionSettings current;
    current.prometheusUrl = QUrl(QStringLiteral("http://127.0.0.1:19090"));
    current.prometheusAuth.type = Auth::Type::Basic;
    current.prometheusAuth.username = QStringLiteral("alice");
    current.prometheusAuth.password.env = QStringLiteral("PROM_PASSWORD");
    current.prometheusCaFile = QStringLiteral("/etc/ssl/certs/prometheus-ca.pem");
    current.alertmanagerUrls
        = { QUrl(QStringLiteral("http://127.0.0.1:19093")), QUrl(QStringLiteral("http://127.0.0.1:19094")) };
    const QString configPath = QStringLiteral("/home/operator/.config/pivori-console/console.yaml");
    SettingsDialog dialog(&probe, configPath, current, [configPath](const ConnectionSettings &) {
        return ConfigEditor::tr("Cannot create the folder %1").arg(QFileInfo(configPath).absolutePath());
    });
    dialog.resize(SettingsDialog::kOpenWidth, dialog.sizeHint().height());
    dialog.show();
    if (!QTest::qWaitForWindowExposed(&dialog))
        return;
    // Every live check has its verdict (a "checking…" would count as elided).
    const auto checked = [&dialog] {
        const QList<QLabel *> labels = dialog.findChildren<QLabel *>();
        return std::none_of(labels.cbegin(), labels.cend(),
            [](const QLabel *label) { return label->text().endsWith(QChar(0x2026)); });
    };
    if (!QTest::qWaitFor(checked, 10000))
        qWarning("a live check of the Settings dialog has no verdict after 10 s");
    (*cuts)[QStringLiteral("settings dialog")] = cutTexts(&dialog);
    save(&dialog, language, QStringLiteral("settings"));
    QSignalSpy finished(&dialog, &SettingsDialog::saveFinished);
    dialog.accept();
    if (!finished.wait(10000))
        qWarning("the Settings dialog's refused save did not finish within 10 s");
    (*cuts)[QStringLiteral("settings dialog, refused")] = cutTexts(&dialog);
    save(&dialog, language, QStringLiteral("settings-refused"));
}

void TestTranslatedLayout::nothingIsCutThatFitsInEnglish_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("German") << QStringLiteral("de");
    QTest::newRow("French") << QStringLiteral("fr");
}

void TestTranslatedLayout::nothingIsCutThatFitsInEnglish()
{
    QFETCH(QString, language);
    const CutsByScreen translated = measure(language);
    QCOMPARE(translated.keys(), m_english.keys());
    QStringList lines;
    for (auto it = translated.cbegin(); it != translated.cend(); ++it) {
        QSet<QString> cutInEnglish;
        for (const Cut &cut : m_english.value(it.key()))
            cutInEnglish.insert(cut.path);
        for (const Cut &cut : it.value()) {
            if (!cutInEnglish.contains(cut.path))
                lines << QStringLiteral("%1: \"%2\" (%3)").arg(it.key(), cut.text, cut.path);
        }
    }
    QVERIFY2(lines.isEmpty(), qPrintable(u'\n' + lines.join(u'\n')));
}

int main(int argc, char **argv)
{
    // Screens of a real wall's size, unless a real display was chosen to watch the test on.
    QTemporaryDir dir;
    if (!pivori::testutils::useOffscreenScreens(dir, { QSize(1920, 1080) }))
        return 1;
    QApplication app(argc, argv);
    TestTranslatedLayout test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_translatedlayout.moc"
