// SPDX-License-Identifier: GPL-3.0-or-later
#include "configreader.h"

#include "duration.h"

#include <QDir>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <utility>

namespace pivori {

namespace {

// A file with hundreds of problems is not worth listing completely; the first ones tell the story.
constexpr qsizetype kMaxErrors = 100;

QString fromStd(const std::string &s)
{
    return QString::fromStdString(s);
}

// Optimal-string-alignment distance: a swapped pair of letters counts as one typo.
int editDistance(const QString &a, const QString &b)
{
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    QList<QList<int>> d(n + 1, QList<int>(m + 1, 0));
    for (qsizetype i = 0; i <= n; ++i)
        d[i][0] = int(i);
    for (qsizetype j = 0; j <= m; ++j)
        d[0][j] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            d[i][j] = std::min({ d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost });
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    }
    return d[n][m];
}

} // namespace

bool ConfigReader::Map::has(const QString &key) const
{
    return entries.contains(key);
}

YAML::Node ConfigReader::Map::value(const QString &key) const
{
    return entries.value(key).value;
}

ConfigReader::ConfigReader(QString fileName, QString baseDir)
    : m_fileName(std::move(fileName))
    , m_baseDir(std::move(baseDir))
{
}

void ConfigReader::error(const YAML::Mark &mark, const QString &message)
{
    if (m_errors.size() >= kMaxErrors) {
        m_gaveUp = true;
        return;
    }
    const SourceLocation at = location(mark);
    m_errors.append({ m_fileName, at.line, at.column, printable(message) });
}

QString ConfigReader::printable(const QString &text)
{
    // Messages quote what the file says, which may be a NUL, an escape sequence or a newline.
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            out += QStringLiteral("\\x")
                + QString::number(c.unicode(), 16).rightJustified(2, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

SourceLocation ConfigReader::location(const YAML::Mark &mark)
{
    // yaml-cpp counts from 0 and uses -1 for "no position"; messages count from 1.
    if (mark.is_null())
        return { 1, 1 };
    return { mark.line + 1, mark.column + 1 };
}

QString ConfigReader::describe(const YAML::Node &node)
{
    switch (node.Type()) {
    case YAML::NodeType::Map:
        return tr("a map");
    case YAML::NodeType::Sequence:
        return tr("a list");
    case YAML::NodeType::Scalar:
        return QLatin1Char('"') + fromStd(node.Scalar()) + QLatin1Char('"');
    default:
        return tr("nothing");
    }
}

QString ConfigReader::keyPath(const QString &path, const QString &key)
{
    if (key.isEmpty())
        return path;
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

QString ConfigReader::listing(const QStringList &words)
{
    if (words.size() <= 1)
        return words.value(0);
    return tr("%1 or %2").arg(words.mid(0, words.size() - 1).join(QStringLiteral(", ")), words.last());
}

QString ConfigReader::nearMiss(const QString &word, const QStringList &candidates)
{
    QString best;
    int bestDistance = std::numeric_limits<int>::max();
    for (const QString &candidate : candidates) {
        const int d = editDistance(word.toLower(), candidate);
        if (d < bestDistance) {
            bestDistance = d;
            best = candidate;
        }
    }
    // Two edits on a short word would turn almost anything into anything.
    const int allowed = word.size() <= 4 ? 1 : 2;
    return bestDistance <= allowed ? best : QString();
}

YAML::Mark ConfigReader::markOf(const Map &m, const QString &key)
{
    const auto it = m.entries.constFind(key);
    if (it == m.entries.cend())
        return m.mark;
    // yaml-cpp places an empty value at the next token, often on another line: the key is clearer.
    if (!it->value.IsNull() && !it->value.Mark().is_null())
        return it->value.Mark();
    return it->key.Mark().is_null() ? m.mark : it->key.Mark();
}

std::optional<ConfigReader::Map> ConfigReader::map(
    const YAML::Node &node, const YAML::Mark &mark, const QString &path, const QStringList &allowed)
{
    const QString what = path.isEmpty() ? tr("the configuration") : path;
    if (!node.IsMap()) {
        error(mark, tr("%1 must be a map, got %2").arg(what, describe(node)));
        return std::nullopt;
    }
    Map out;
    out.node = node;
    out.mark = node.Mark().is_null() ? mark : node.Mark();
    out.path = path;
    for (auto it = node.begin(); it != node.end(); ++it) {
        const YAML::Node key = it->first;
        if (!key.IsScalar()) {
            error(key.Mark(), tr("keys in %1 must be plain names, got %2").arg(what, describe(key)));
            continue;
        }
        const QString name = fromStd(key.Scalar());
        if (!allowed.contains(name)) {
            QString message = path.isEmpty()
                ? tr("unknown key \"%1\" at the top level (expected %2)").arg(name, listing(allowed))
                : tr("unknown key \"%1\" in %2 (expected %3)").arg(name, path, listing(allowed));
            const QString guess = nearMiss(name, allowed);
            if (!guess.isEmpty())
                message += tr("; did you mean \"%1\"?").arg(guess);
            error(key.Mark(), message);
            continue;
        }
        const auto previous = out.entries.constFind(name);
        if (previous != out.entries.cend()) {
            error(key.Mark(),
                tr("duplicate key \"%1\" in %2 (first given at line %3)")
                    .arg(name, what)
                    .arg(location(previous->key.Mark()).line));
            continue;
        }
        out.entries.insert(name, { key, it->second });
    }
    return out;
}

std::optional<ConfigReader::Map> ConfigReader::map(const Item &item, const QStringList &allowed)
{
    return map(item.node, item.mark, item.path, allowed);
}

std::optional<ConfigReader::Map> ConfigReader::map(
    const Map &parent, const QString &key, Need need, const QStringList &allowed)
{
    if (!parent.has(key) || parent.value(key).IsNull()) {
        if (need == Need::Required)
            missing(parent, key);
        return std::nullopt;
    }
    return map(parent.value(key), markOf(parent, key), keyPath(parent.path, key), allowed);
}

QList<ConfigReader::Item> ConfigReader::list(const Map &parent, const QString &key, Need need, int minItems)
{
    QList<Item> items;
    const QString path = keyPath(parent.path, key);
    if (!parent.has(key) || parent.value(key).IsNull()) {
        if (need == Need::Required)
            missing(parent, key);
        return items;
    }
    const YAML::Node node = parent.value(key);
    const YAML::Mark listMark = markOf(parent, key);
    if (!node.IsSequence()) {
        error(listMark, tr("%1 must be a list, got %2").arg(path, describe(node)));
        return items;
    }
    int index = 0;
    YAML::Mark previous = listMark;
    for (auto it = node.begin(); it != node.end(); ++it, ++index) {
        const YAML::Node element = *it;
        // An empty element ("- " alone) carries the position of whatever follows it.
        const YAML::Mark mark = element.IsNull() || element.Mark().is_null() ? previous : element.Mark();
        items.append({ element, mark, path + QLatin1Char('[') + QString::number(index) + QLatin1Char(']') });
        previous = mark;
    }
    if (items.size() < minItems) {
        error(listMark,
            minItems == 1 ? tr("%1 must list at least one entry").arg(path)
                          : tr("%1 must list at least %2 entries").arg(path).arg(minItems));
    }
    return items;
}

void ConfigReader::missing(const Map &m, const QString &key)
{
    const auto it = m.entries.constFind(key);
    if (it != m.entries.cend()) {
        const QString hint = key == QLatin1String("color")
            ? tr(" (# starts a comment in YAML: write colours in quotes, like \"#ff0000\")")
            : QString();
        error(markOf(m, key), tr("%1 must not be empty").arg(keyPath(m.path, key)) + hint);
        return;
    }
    if (m.path.isEmpty())
        error(m.mark, tr("the configuration is missing the required key \"%1\"").arg(key));
    else
        error(m.mark, tr("%1 is missing the required key \"%2\"").arg(m.path, key));
}

std::optional<QString> ConfigReader::scalar(
    const Map &m, const QString &key, Need need, const QString &expected)
{
    const YAML::Node node = m.value(key);
    if (!m.has(key) || node.IsNull()) {
        if (need == Need::Required) {
            missing(m, key);
        } else if (m.has(key)) {
            // "color: #ff0000" parses as an empty value followed by a comment: say so.
            const QString hint = key == QLatin1String("color")
                ? tr(" (# starts a comment in YAML: write colours in quotes, like \"#ff0000\")")
                : QString();
            error(markOf(m, key),
                tr("%1 has no value; give one or remove the key").arg(keyPath(m.path, key)) + hint);
        }
        return std::nullopt;
    }
    if (!node.IsScalar()) {
        error(
            markOf(m, key), tr("%1 must be %2, got %3").arg(keyPath(m.path, key), expected, describe(node)));
        return std::nullopt;
    }
    return fromStd(node.Scalar());
}

std::optional<QString> ConfigReader::text(const Map &m, const QString &key, Need need)
{
    auto value = scalar(m, key, need, tr("text"));
    if (value && need == Need::Required && value->trimmed().isEmpty()) {
        error(markOf(m, key), tr("%1 must not be empty").arg(keyPath(m.path, key)));
        return std::nullopt;
    }
    return value;
}

std::optional<QString> ConfigReader::name(
    const Map &m, const QString &key, Need need, const QString &pattern, const QString &expected)
{
    auto value = scalar(m, key, need, expected);
    if (!value)
        return value;
    const QRegularExpression re(QRegularExpression::anchoredPattern(pattern));
    if (!re.match(*value).hasMatch()) {
        error(markOf(m, key), tr("%1 must be %2, got \"%3\"").arg(keyPath(m.path, key), expected, *value));
        return std::nullopt;
    }
    return value;
}

std::optional<bool> ConfigReader::boolean(const Map &m, const QString &key, Need need)
{
    const QString expected = tr("true or false");
    const auto value = scalar(m, key, need, expected);
    if (!value)
        return std::nullopt;
    // YAML 1.2 core schema spellings only: "yes"/"on" are too easy to write by accident.
    static const QStringList truths { QStringLiteral("true"), QStringLiteral("True"),
        QStringLiteral("TRUE") };
    static const QStringList falsehoods { QStringLiteral("false"), QStringLiteral("False"),
        QStringLiteral("FALSE") };
    if (truths.contains(*value))
        return true;
    if (falsehoods.contains(*value))
        return false;
    error(markOf(m, key), tr("%1 must be %2, got \"%3\"").arg(keyPath(m.path, key), expected, *value));
    return std::nullopt;
}

std::optional<double> ConfigReader::number(const Map &m, const QString &key, Need need)
{
    const QString expected = tr("a number");
    const auto value = scalar(m, key, need, expected);
    if (!value)
        return std::nullopt;
    bool ok = false;
    const double number = value->toDouble(&ok);
    if (!ok || !std::isfinite(number)) {
        error(markOf(m, key),
            tr("%1 must be %2 like 0.5 or 1.8e9, got \"%3\"").arg(keyPath(m.path, key), expected, *value));
        return std::nullopt;
    }
    return number;
}

std::optional<int> ConfigReader::integer(const Map &m, const QString &key, Need need, int min, int max)
{
    const QString expected = tr("a whole number from %1 to %2").arg(min).arg(max);
    const auto value = scalar(m, key, need, expected);
    if (!value)
        return std::nullopt;
    bool ok = false;
    const qlonglong number = value->toLongLong(&ok);
    if (!ok || number < min || number > max) {
        error(markOf(m, key), tr("%1 must be %2, got \"%3\"").arg(keyPath(m.path, key), expected, *value));
        return std::nullopt;
    }
    return int(number);
}

std::optional<qint64> ConfigReader::duration(
    const Map &m, const QString &key, Need need, qint64 minMs, qint64 maxMs)
{
    const QString expected = tr("a duration like 30s, 5m or 1h30m");
    const auto value = scalar(m, key, need, expected);
    if (!value)
        return std::nullopt;
    const auto ms = parseDurationMs(*value);
    if (!ms) {
        error(markOf(m, key), tr("%1 must be %2, got \"%3\"").arg(keyPath(m.path, key), expected, *value));
        return std::nullopt;
    }
    if (*ms < minMs || *ms > maxMs) {
        const QString range = *ms < minMs ? tr("at least %1").arg(formatDuration(minMs))
                                          : tr("at most %1").arg(formatDuration(maxMs));
        error(markOf(m, key), tr("%1 must be %2, got %3").arg(keyPath(m.path, key), range, *value));
        return std::nullopt;
    }
    return ms;
}

std::optional<qint64> ConfigReader::byteSize(
    const Map &m, const QString &key, Need need, qint64 min, qint64 max)
{
    const QString expected = tr("a size like 64MiB, 500MB or 1GiB");
    const auto value = scalar(m, key, need, expected);
    if (!value)
        return std::nullopt;
    static const QRegularExpression form(QStringLiteral("^\\s*(\\d{1,12})\\s*([KMG]i?B|B)?\\s*$"));
    const QRegularExpressionMatch match = form.match(*value);
    if (!match.hasMatch()) {
        error(markOf(m, key), tr("%1 must be %2, got \"%3\"").arg(keyPath(m.path, key), expected, *value));
        return std::nullopt;
    }
    const QString unit = match.captured(2);
    const bool binary = unit.contains(QLatin1Char('i'));
    qint64 factor = 1;
    if (unit.startsWith(QLatin1Char('K')))
        factor = binary ? 1024 : 1000;
    else if (unit.startsWith(QLatin1Char('M')))
        factor = binary ? 1024 * 1024 : 1000 * 1000;
    else if (unit.startsWith(QLatin1Char('G')))
        factor = binary ? 1024LL * 1024 * 1024 : 1000LL * 1000 * 1000;
    const qint64 bytes = match.captured(1).toLongLong() * factor;
    if (bytes < min || bytes > max) {
        const QLocale c = QLocale::c();
        const QString range = bytes < min
            ? tr("at least %1").arg(c.formattedDataSize(min, 0, QLocale::DataSizeIecFormat))
            : tr("at most %1").arg(c.formattedDataSize(max, 0, QLocale::DataSizeIecFormat));
        error(markOf(m, key), tr("%1 must be %2, got %3").arg(keyPath(m.path, key), range, *value));
        return std::nullopt;
    }
    return bytes;
}

std::optional<QUrl> ConfigReader::url(const Map &m, const QString &key, Need need)
{
    const QString expected = tr("an http:// or https:// URL with a host, like http://localhost:9090");
    const auto value = scalar(m, key, need, expected);
    if (!value)
        return std::nullopt;
    const QUrl url(value->trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        || url.host().isEmpty()) {
        error(markOf(m, key), tr("%1 must be %2, got \"%3\"").arg(keyPath(m.path, key), expected, *value));
        return std::nullopt;
    }
    if (!url.userInfo().isEmpty()) {
        error(markOf(m, key),
            tr("%1 must not contain a user name or password; use auth with "
               "password_env or password_file instead")
                .arg(keyPath(m.path, key)));
        return std::nullopt;
    }
    return url;
}

std::optional<int> ConfigReader::choice(
    const Map &m, const QString &key, Need need, const QStringList &choices)
{
    const QString expected = tr("one of %1").arg(listing(choices));
    const auto value = scalar(m, key, need, expected);
    if (!value)
        return std::nullopt;
    const qsizetype index = choices.indexOf(*value);
    if (index < 0) {
        QString message = tr("%1 must be %2, got \"%3\"").arg(keyPath(m.path, key), expected, *value);
        const QString guess = nearMiss(*value, choices);
        if (!guess.isEmpty())
            message += tr("; did you mean \"%1\"?").arg(guess);
        error(markOf(m, key), message);
        return std::nullopt;
    }
    return int(index);
}

std::optional<QString> ConfigReader::color(const Map &m, const QString &key, Need need)
{
    const QStringList names = ConsoleConfig::colorNames();
    const QString expected = tr("a colour written #rrggbb or one of %1").arg(listing(names));
    const auto value = scalar(m, key, need, expected);
    if (!value)
        return std::nullopt;
    static const QRegularExpression hex(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    if (hex.match(*value).hasMatch())
        return value->toLower();
    if (names.contains(*value))
        return value;
    error(markOf(m, key), tr("%1 must be %2, got \"%3\"").arg(keyPath(m.path, key), expected, *value));
    return std::nullopt;
}

std::optional<QString> ConfigReader::filePath(const Map &m, const QString &key, Need need)
{
    auto value = text(m, key, need);
    if (!value)
        return value;
    if (value->trimmed().isEmpty()) {
        error(markOf(m, key), tr("%1 must be a file path, got an empty text").arg(keyPath(m.path, key)));
        return std::nullopt;
    }
    QString path = *value;
    if (path.startsWith(QLatin1String("~/")))
        path = QDir::homePath() + path.mid(1);
    const QDir base = m_baseDir.isEmpty() ? QDir::current() : QDir(m_baseDir);
    return QDir::cleanPath(base.absoluteFilePath(path));
}

} // namespace pivori
