// SPDX-License-Identifier: GPL-3.0-or-later
#include "ackoutbox.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>

namespace pivori {

namespace {

constexpr int kJournalVersion = 1;

QString timeText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QJsonObject matcherToJson(const Matcher &matcher)
{
    return QJsonObject { { QStringLiteral("name"), matcher.name }, { QStringLiteral("value"), matcher.value },
        { QStringLiteral("isRegex"), matcher.isRegex }, { QStringLiteral("isEqual"), matcher.isEqual } };
}

QJsonObject entryToJson(const AckOutbox::Entry &entry)
{
    QJsonArray matchers;
    for (const Matcher &matcher : entry.matchers)
        matchers.append(matcherToJson(matcher));
    return QJsonObject {
        { QStringLiteral("token"), entry.token },
        { QStringLiteral("cluster"), entry.cluster },
        { QStringLiteral("matchers"), matchers },
        { QStringLiteral("durationMs"), double(entry.durationMs) },
        { QStringLiteral("comment"), entry.comment },
        { QStringLiteral("author"), entry.author },
        { QStringLiteral("createdAt"), timeText(entry.createdAt) },
        { QStringLiteral("state"),
            entry.state == AckOutbox::Entry::State::Sent ? QStringLiteral("sent")
                                                         : QStringLiteral("pending") },
        { QStringLiteral("attempts"), entry.attempts },
        { QStringLiteral("nextAttempt"), timeText(entry.nextAttempt) },
        { QStringLiteral("lastError"), entry.lastError },
        { QStringLiteral("unsureReplicas"), QJsonArray::fromStringList(entry.unsureReplicas) },
    };
}

// Strict on purpose: an entry we do not fully understand is reported, not guessed at, since
// sending a wrong silence is worse than asking the operator to acknowledge again.
Result<AckOutbox::Entry> entryFromJson(const QJsonValue &value)
{
    auto fail = [](const QString &what) { return Error { Error::Kind::Parse, 0, {}, what, {} }; };
    if (!value.isObject())
        return fail(AckOutbox::tr("not an object"));
    const QJsonObject object = value.toObject();
    AckOutbox::Entry entry;
    const auto text = [&](const char *key, QString *out) {
        const QJsonValue v = object.value(QLatin1String(key));
        if (!v.isString())
            return false;
        *out = v.toString();
        return true;
    };
    const auto time = [&](const char *key, QDateTime *out) {
        QString raw;
        if (!text(key, &raw))
            return false;
        *out = QDateTime::fromString(raw, Qt::ISODateWithMs);
        return out->isValid();
    };
    if (!text("token", &entry.token) || entry.token.isEmpty())
        return fail(AckOutbox::tr("\"token\" is missing"));
    QString state;
    if (!text("cluster", &entry.cluster) || !text("comment", &entry.comment) || !text("author", &entry.author)
        || !text("state", &state))
        return fail(
            AckOutbox::tr("entry %1: cluster, comment, author and state must be strings").arg(entry.token));
    if (state == QLatin1String("pending"))
        entry.state = AckOutbox::Entry::State::Pending;
    else if (state == QLatin1String("sent"))
        entry.state = AckOutbox::Entry::State::Sent;
    else
        return fail(AckOutbox::tr("entry %1: unknown state \"%2\"").arg(entry.token, state.left(40)));
    if (!time("createdAt", &entry.createdAt) || !time("nextAttempt", &entry.nextAttempt))
        return fail(
            AckOutbox::tr("entry %1: createdAt and nextAttempt must be RFC 3339 times").arg(entry.token));
    const QJsonValue duration = object.value(QStringLiteral("durationMs"));
    const QJsonValue attempts = object.value(QStringLiteral("attempts"));
    if (!duration.isDouble() || duration.toDouble() <= 0 || duration.toDouble() > 1e13 || !attempts.isDouble()
        || attempts.toDouble() < 0 || attempts.toDouble() > 1e6)
        return fail(
            AckOutbox::tr("entry %1: durationMs and attempts must be non-negative numbers").arg(entry.token));
    entry.durationMs = qint64(duration.toDouble());
    entry.attempts = attempts.toInt();
    entry.lastError = object.value(QStringLiteral("lastError")).toString();
    // Absent in journals of older versions. A malformed list does not cost the ack: it is read
    // as "unsure everywhere", which only makes the next attempt more careful.
    const QJsonValue unsure = object.value(QStringLiteral("unsureReplicas"));
    for (const auto &replica : unsure.toArray()) {
        if (replica.isString())
            entry.unsureReplicas.append(replica.toString());
    }
    if (!unsure.isUndefined()
        && (!unsure.isArray() || entry.unsureReplicas.size() != unsure.toArray().size()))
        entry.unsureReplicas = QStringList { QStringLiteral("*") };
    const QJsonValue matchers = object.value(QStringLiteral("matchers"));
    if (!matchers.isArray() || matchers.toArray().isEmpty())
        return fail(AckOutbox::tr("entry %1: matchers must be a non-empty list").arg(entry.token));
    for (const QJsonValue &m : matchers.toArray()) {
        const QJsonObject mo = m.toObject();
        if (!mo.value(QStringLiteral("name")).isString() || !mo.value(QStringLiteral("value")).isString()
            || !mo.value(QStringLiteral("isRegex")).isBool() || !mo.value(QStringLiteral("isEqual")).isBool())
            return fail(
                AckOutbox::tr("entry %1: a matcher needs name, value, isRegex and isEqual").arg(entry.token));
        entry.matchers.append(Matcher { mo.value(QStringLiteral("name")).toString(),
            mo.value(QStringLiteral("value")).toString(), mo.value(QStringLiteral("isRegex")).toBool(),
            mo.value(QStringLiteral("isEqual")).toBool() });
    }
    return entry;
}

} // namespace

AckOutbox::AckOutbox(QString directory)
    : m_directory(std::move(directory))
{
}

QString AckOutbox::journalPath() const
{
    return QDir(m_directory).filePath(QStringLiteral("ack-outbox.json"));
}

qint64 AckOutbox::backoffMs(int attempts)
{
    if (attempts <= 1)
        return kFirstBackoffMs;
    // 2 s doubled per failed attempt; past 2^5 the cap is reached anyway, so no overflow.
    const int doublings = std::min(attempts - 1, 10);
    return std::min(kFirstBackoffMs << doublings, kMaxBackoffMs);
}

const AckOutbox::Entry *AckOutbox::find(const QString &token) const
{
    const auto it = std::find_if(
        m_entries.cbegin(), m_entries.cend(), [&](const Entry &entry) { return entry.token == token; });
    return it == m_entries.cend() ? nullptr : &*it;
}

bool AckOutbox::add(const Entry &entry, QString *problem)
{
    m_entries.append(entry);
    return save(problem);
}

bool AckOutbox::update(const Entry &entry, QString *problem)
{
    const auto it = std::find_if(
        m_entries.begin(), m_entries.end(), [&](const Entry &e) { return e.token == entry.token; });
    if (it == m_entries.end())
        m_entries.append(entry);
    else
        *it = entry;
    return save(problem);
}

bool AckOutbox::remove(const QString &token, QString *problem)
{
    m_entries.removeIf([&](const Entry &entry) { return entry.token == token; });
    return save(problem);
}

QByteArray AckOutbox::toJson(const QList<Entry> &entries)
{
    QJsonArray list;
    for (const Entry &entry : entries)
        list.append(entryToJson(entry));
    return QJsonDocument(
        QJsonObject { { QStringLiteral("version"), kJournalVersion }, { QStringLiteral("entries"), list } })
        .toJson(QJsonDocument::Indented);
}

Result<QList<AckOutbox::Entry>> AckOutbox::fromJson(const QByteArray &json, QStringList *problems)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error { Error::Kind::Parse, 0, {},
            tr("not valid JSON at byte %1: %2").arg(parseError.offset).arg(parseError.errorString()), {} };
    const QJsonObject top = document.object();
    if (!document.isObject() || top.value(QStringLiteral("version")).toInt() != kJournalVersion
        || !top.value(QStringLiteral("entries")).isArray())
        return Error { Error::Kind::Parse, 0, {},
            tr("expected {\"version\": %1, \"entries\": [...]}").arg(kJournalVersion), {} };
    QList<Entry> out;
    for (const QJsonValue &value : top.value(QStringLiteral("entries")).toArray()) {
        auto entry = entryFromJson(value);
        if (entry)
            out.append(std::move(entry).value());
        else if (problems)
            problems->append(entry.error().message);
    }
    return out;
}

bool AckOutbox::load(QString *problem)
{
    m_entries.clear();
    m_saveBlocked = false;
    QFile file(journalPath());
    if (!file.exists())
        return true;
    QString why;
    QList<Entry> entries;
    if (file.size() > kMaxJournalBytes) {
        why = tr("larger than %1 bytes").arg(kMaxJournalBytes);
    } else if (!file.open(QIODevice::ReadOnly)) {
        // Unreadable is not corrupt: leave the file where it is, and no save may replace it.
        m_saveBlocked = true;
        if (problem)
            *problem = tr("cannot read the acknowledge outbox %1: %2").arg(journalPath(), file.errorString());
        return false;
    } else {
        QStringList skipped;
        auto parsed = fromJson(file.readAll(), &skipped);
        file.close();
        if (!parsed)
            why = parsed.error().message;
        else if (!skipped.isEmpty())
            why = tr("%n entries could not be read (%1)", nullptr, int(skipped.size()))
                      .arg(skipped.join(QStringLiteral("; ")));
        if (parsed)
            entries = std::move(parsed).value();
        if (why.isEmpty()) {
            m_entries = std::move(entries);
            return true;
        }
    }
    QString moveProblem;
    const QString aside = moveAside(&moveProblem);
    m_entries = std::move(entries);
    if (problem) {
        *problem = aside.isEmpty()
            ? tr("the acknowledge outbox %1 is damaged (%2) and could not be moved aside: %3")
                  .arg(journalPath(), why, moveProblem)
            : tr("the acknowledge outbox %1 is damaged (%2); it was kept as %3 and %n readable entries were "
                 "recovered",
                nullptr, int(m_entries.size()))
                  .arg(journalPath(), why, aside);
    }
    if (!aside.isEmpty()) {
        QString saveProblem;
        save(&saveProblem); // the recovered entries, so the next start does not report it again
    }
    return false;
}

QString AckOutbox::moveAside(QString *problem) const
{
    const QString base = journalPath() + QStringLiteral(".corrupt-")
        + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = base;
    for (int n = 2; QFile::exists(target); ++n)
        target = base + u'-' + QString::number(n);
    QFile file(journalPath());
    if (!file.rename(target)) {
        *problem = file.errorString();
        return {};
    }
    return target;
}

bool AckOutbox::save(QString *problem) const
{
    if (m_saveBlocked) {
        if (problem)
            *problem = tr("the acknowledge outbox %1 could not be read, so it is not overwritten; "
                          "acknowledgements of this session are kept in memory only")
                           .arg(journalPath());
        return false;
    }
    if (!QDir().mkpath(m_directory)) {
        if (problem)
            *problem = tr("cannot create the directory %1 for the acknowledge outbox").arg(m_directory);
        return false;
    }
    QSaveFile file(journalPath());
    if (!file.open(QIODevice::WriteOnly)) {
        if (problem)
            *problem
                = tr("cannot write the acknowledge outbox %1: %2").arg(journalPath(), file.errorString());
        return false;
    }
    const QByteArray bytes = toJson(m_entries);
    // flush() before commit(): a write that fails only when the buffer reaches the disk (a full
    // disk) leaves commit() none the wiser in Qt 6.4, which then replaces the journal with a
    // truncated one. Cancelled instead, the old journal stays whole.
    if (file.write(bytes) != bytes.size() || !file.flush()) {
        if (problem)
            *problem = tr("cannot write the acknowledge outbox %1 (is the disk full?): %2")
                           .arg(journalPath(), file.errorString());
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        if (problem)
            *problem
                = tr("cannot write the acknowledge outbox %1: %2").arg(journalPath(), file.errorString());
        return false;
    }
    return true;
}

} // namespace pivori
