// SPDX-License-Identifier: GPL-3.0-or-later
// A string can be translated only when lupdate files it under the context the running code
// looks it up in. Q_OBJECT and Q_DECLARE_TR_FUNCTIONS(pivori::Name) give both sides the same
// class name; a file-local tr() helper, a type alias or QObject::tr() do not, and lupdate files
// the string under a namespace, under no context or under a class the code never asks for.
// These tests run the real lupdate over the console's sources and check what it made of them.
#include "cppscan.h"

#include <QDir>
#include <QDirIterator>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>

using namespace pivori::testutils;

namespace {

// The folders the console is built from. The simulator is a separate program that has no
// translations.
const QStringList kSourceFolders { QStringLiteral("models"), QStringLiteral("widgets"),
    QStringLiteral("app") };
const QStringList kUntranslatedFolders { QStringLiteral("app/simulator") };

struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    QString location; ///< "file:line" of its first use, relative to the source tree
    bool numerus = false;
    bool obsolete = false; ///< vanished or obsolete: lrelease leaves it out
    bool unfinished = false;
    QStringList forms; ///< the translation, one entry per plural form
};

QString sourcePath(const QString &relative)
{
    return QStringLiteral(PIVORI_SOURCE_DIR "/") + relative;
}

QList<TsMessage> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    const QDir tsDir = QFileInfo(path).absoluteDir();
    QList<TsMessage> out;
    QString context;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("context")) {
            context.clear();
        } else if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            TsMessage message;
            message.context = context;
            message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            while (xml.readNextStartElement()) {
                if (xml.name() == QLatin1String("source")) {
                    message.source = xml.readElementText();
                } else if (xml.name() == QLatin1String("comment")) {
                    message.comment = xml.readElementText();
                } else if (xml.name() == QLatin1String("location")) {
                    if (message.location.isEmpty()) {
                        const QString used = QDir::cleanPath(tsDir.absoluteFilePath(
                            xml.attributes().value(QLatin1String("filename")).toString()));
                        message.location = QDir(QStringLiteral(PIVORI_SOURCE_DIR)).relativeFilePath(used)
                            + u':' + xml.attributes().value(QLatin1String("line"));
                    }
                    xml.skipCurrentElement();
                } else if (xml.name() == QLatin1String("translation")) {
                    const auto type = xml.attributes().value(QLatin1String("type"));
                    message.obsolete = type == QLatin1String("vanished") || type == QLatin1String("obsolete");
                    message.unfinished = type == QLatin1String("unfinished");
                    if (message.numerus) {
                        while (xml.readNextStartElement())
                            message.forms << xml.readElementText();
                    } else {
                        message.forms << xml.readElementText();
                    }
                } else {
                    xml.skipCurrentElement();
                }
            }
            out << message;
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return out;
}

QString where(const TsMessage &message)
{
    return message.location.isEmpty() ? QStringLiteral("\"%1\"").arg(message.source) : message.location;
}

} // namespace

class TestTranslationContexts final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void lupdateAttributesEveryTr();
    void everyContextIsADeclaredClass();
    void everyTrGetsALiteral();
    void committedTranslationsUseDeclaredClasses();
    void englishPluralsAreFilledIn();
    void everyStringIsTranslated_data();
    void everyStringIsTranslated();

private:
    /// Why no runtime lookup can find the messages of context @p name; empty when one can.
    QString contextProblem(const QString &name) const;

    QTemporaryDir m_dir;
    QStringList m_files; ///< absolute paths
    DeclaredNames m_names;
    QStringList m_lupdateWarnings;
    QList<TsMessage> m_extracted;
};

void TestTranslationContexts::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QSet<QString> includeDirs;
    for (const QString &folder : kSourceFolders) {
        QDirIterator it(sourcePath(folder), { QStringLiteral("*.cpp"), QStringLiteral("*.h") }, QDir::Files,
            QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QString relative = QDir(QStringLiteral(PIVORI_SOURCE_DIR)).relativeFilePath(path);
            if (std::any_of(kUntranslatedFolders.cbegin(), kUntranslatedFolders.cend(),
                    [&](const QString &skipped) { return relative.startsWith(skipped + u'/'); }))
                continue;
            m_files << path;
            includeDirs.insert(it.fileInfo().absolutePath());
            collectDeclaredNames(codeOnly(readText(path)), &m_names);
        }
    }
    m_files.sort();
    QVERIFY2(m_files.size() > 100, qPrintable(QStringLiteral("only %1 sources found").arg(m_files.size())));

    // Includes are by bare file name: lupdate needs every folder to find the classes in headers.
    QStringList arguments { QStringLiteral("-silent"), QStringLiteral("-locations"),
        QStringLiteral("absolute") };
    for (const QString &dir : std::as_const(includeDirs))
        arguments << QStringLiteral("-I") << dir;
    QFile list(m_dir.filePath(QStringLiteral("sources.lst")));
    QVERIFY(list.open(QIODevice::WriteOnly));
    list.write(m_files.join(u'\n').toUtf8() + '\n');
    list.close();
    const QString ts = m_dir.filePath(QStringLiteral("extracted_en.ts"));
    arguments << u'@' + list.fileName() << QStringLiteral("-ts") << ts;

    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(PIVORI_LUPDATE), arguments);
    QVERIFY2(lupdate.waitForFinished(120'000), qPrintable(lupdate.errorString()));
    const QString output = QString::fromUtf8(lupdate.readAll());
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0, qPrintable(output));
    // With -silent, every line lupdate prints is a complaint.
    for (const QString &line : output.split(u'\n', Qt::SkipEmptyParts))
        m_lupdateWarnings << QString(line).replace(QStringLiteral(PIVORI_SOURCE_DIR "/"), QString());

    QString error;
    m_extracted = readTs(ts, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!m_extracted.isEmpty());
}

QString TestTranslationContexts::contextProblem(const QString &name) const
{
    if (name.isEmpty())
        return QStringLiteral("no context (tr() through an alias lupdate cannot resolve?)");
    if (m_names.namespaces.contains(name))
        return QStringLiteral("a namespace, not a class (a free function calling a file-local tr()?)");
    if (!m_names.classes.contains(name))
        return QStringLiteral("no class of the sources has this qualified name");
    return {};
}

// "Class 'pivori' lacks Q_OBJECT macro", "Cannot invoke tr() like this", ...: lupdate guessed,
// and the string went under a context the code does not use.
void TestTranslationContexts::lupdateAttributesEveryTr()
{
    QVERIFY2(m_lupdateWarnings.isEmpty(), qPrintable(u'\n' + m_lupdateWarnings.join(u'\n')));
}

void TestTranslationContexts::everyContextIsADeclaredClass()
{
    QMap<QString, QString> problems; // context -> why, and where it was seen first
    for (const TsMessage &message : std::as_const(m_extracted)) {
        const QString problem = contextProblem(message.context);
        if (!problem.isEmpty() && !problems.contains(message.context))
            problems.insert(message.context, QStringLiteral("%1: %2").arg(where(message), problem));
    }
    QStringList lines;
    for (auto it = problems.cbegin(); it != problems.cend(); ++it)
        lines << QStringLiteral("context \"%1\" (%2)").arg(it.key(), it.value());
    QVERIFY2(lines.isEmpty(), qPrintable(u'\n' + lines.join(u'\n')));
}

void TestTranslationContexts::everyTrGetsALiteral()
{
    QStringList lines;
    for (const QString &path : std::as_const(m_files)) {
        for (const int line : nonLiteralTrCalls(codeOnly(readText(path))))
            lines << QStringLiteral("%1:%2: tr()/translate() of a text that is not a string literal")
                         .arg(QDir(QStringLiteral(PIVORI_SOURCE_DIR)).relativeFilePath(path))
                         .arg(line);
    }
    QVERIFY2(lines.isEmpty(), qPrintable(u'\n' + lines.join(u'\n')));
}

void TestTranslationContexts::committedTranslationsUseDeclaredClasses()
{
    const QFileInfoList tsFiles = QDir(sourcePath(QStringLiteral("translations")))
                                      .entryInfoList({ QStringLiteral("*.ts") }, QDir::Files);
    QVERIFY(!tsFiles.isEmpty());
    QStringList lines;
    for (const QFileInfo &tsFile : tsFiles) {
        QString error;
        const QList<TsMessage> messages = readTs(tsFile.absoluteFilePath(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(tsFile.fileName() + QStringLiteral(": ") + error));
        QSet<QString> reported;
        for (const TsMessage &message : messages) {
            const QString problem = message.obsolete ? QString() : contextProblem(message.context);
            if (!problem.isEmpty() && !reported.contains(message.context)) {
                reported.insert(message.context);
                lines << QStringLiteral("%1: context \"%2\": %3")
                             .arg(tsFile.fileName(), message.context, problem);
            }
        }
    }
    QVERIFY2(lines.isEmpty(), qPrintable(u'\n' + lines.join(u'\n')));
}

// The English file exists for its plural forms: without them "%n alert(s)" is what people read.
void TestTranslationContexts::englishPluralsAreFilledIn()
{
    QString error;
    const QList<TsMessage> committed
        = readTs(sourcePath(QStringLiteral("translations/pivori_console_en.ts")), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QHash<QString, TsMessage> byKey;
    for (const TsMessage &message : committed) {
        if (!message.obsolete)
            byKey.insert(message.context + u'\x1f' + message.source + u'\x1f' + message.comment, message);
    }
    QStringList lines;
    for (const TsMessage &message : std::as_const(m_extracted)) {
        if (!message.numerus)
            continue;
        const auto found
            = byKey.constFind(message.context + u'\x1f' + message.source + u'\x1f' + message.comment);
        if (found == byKey.cend() || !found->numerus)
            lines << QStringLiteral("%1: \"%2\" (%3) is not in pivori_console_en.ts: run update_translations")
                         .arg(where(message), message.source, message.context);
        else if (found->unfinished || found->forms.size() != 2 || found->forms.contains(QString()))
            lines << QStringLiteral("%1: \"%2\" (%3) lacks its English singular and plural")
                         .arg(where(message), message.source, message.context);
    }
    QVERIFY2(lines.isEmpty(), qPrintable(u'\n' + lines.join(u'\n')));
}

void TestTranslationContexts::everyStringIsTranslated_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("German") << QStringLiteral("de");
    QTest::newRow("French") << QStringLiteral("fr");
}

// A shipped language is complete: a string missing or unfinished in it shows up in English in
// the middle of translated text. A translation must keep every placeholder, or the value it
// stands for is lost (or a stray "%2" is shown).
void TestTranslationContexts::everyStringIsTranslated()
{
    QFETCH(QString, language);
    const QString file = QStringLiteral("translations/pivori_console_%1.ts").arg(language);
    QString error;
    const QList<TsMessage> committed = readTs(sourcePath(file), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QHash<QString, TsMessage> byKey;
    for (const TsMessage &message : committed) {
        if (!message.obsolete)
            byKey.insert(message.context + u'\x1f' + message.source + u'\x1f' + message.comment, message);
    }
    static const QRegularExpression placeholder(QStringLiteral("%[1-9n]"));
    const auto placeholdersOf = [](const QString &text) {
        QSet<QString> found;
        for (auto it = placeholder.globalMatch(text); it.hasNext();)
            found.insert(it.next().captured());
        return found;
    };
    QStringList lines;
    for (const TsMessage &message : std::as_const(m_extracted)) {
        const auto found
            = byKey.constFind(message.context + u'\x1f' + message.source + u'\x1f' + message.comment);
        if (found == byKey.cend()) {
            lines << QStringLiteral("%1: \"%2\" (%3) is not in %4: run update_translations")
                         .arg(where(message), message.source, message.context, file);
            continue;
        }
        if (found->unfinished || found->forms.isEmpty() || found->forms.contains(QString())
            || (message.numerus && found->forms.size() != 2)) {
            lines << QStringLiteral("%1: \"%2\" (%3) is not translated")
                         .arg(where(message), message.source, message.context);
            continue;
        }
        QSet<QString> wanted = placeholdersOf(message.source);
        wanted.remove(QStringLiteral("%n")); // a singular may say "one" instead of "%n"
        for (const QString &form : found->forms) {
            QSet<QString> have = placeholdersOf(form);
            have.remove(QStringLiteral("%n"));
            if (have != wanted)
                lines << QStringLiteral("%1: \"%2\" (%3): \"%4\" does not keep the placeholders")
                             .arg(where(message), message.source, message.context, form);
        }
    }
    QVERIFY2(lines.isEmpty(), qPrintable(u'\n' + lines.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestTranslationContexts)
#include "tst_translationcontexts.moc"
