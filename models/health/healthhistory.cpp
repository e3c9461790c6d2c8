// SPDX-License-Identifier: GPL-3.0-or-later
#include "healthhistory.h"

#include "savefile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

#include <algorithm>

namespace pivori {

namespace {

constexpr int kFormatVersion = 1;

QString isoTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime parseTime(const QJsonValue &value)
{
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : QDateTime();
}

} // namespace

HealthHistory::HealthHistory(QString path, Limits limits)
    : m_path(path.isEmpty() ? defaultPath() : std::move(path))
    , m_limits(limits)
{
}

QString HealthHistory::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("health-history.json"));
}

QString HealthHistory::statusKey(CheckStatus status)
{
    return checkStatusKey(status);
}

std::optional<CheckStatus> HealthHistory::statusFromKey(const QString &key)
{
    for (CheckStatus status :
        { CheckStatus::Pass, CheckStatus::Warn, CheckStatus::Fail, CheckStatus::Unknown })
        if (statusKey(status) == key)
            return status;
    return std::nullopt;
}

void HealthHistory::clear()
{
    m_runs.clear();
    m_transitions.clear();
    m_last.clear();
}

std::optional<CheckStatus> HealthHistory::lastStatus(const QString &check) const
{
    const auto it = m_last.constFind(check);
    if (it == m_last.cend())
        return std::nullopt;
    return *it;
}

QList<HealthTransition> HealthHistory::record(const CheckRun &run)
{
    // A run without times (nothing ran) is dated now, or it would fall out as too old at once.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    HealthRunRecord record;
    record.startedAt = run.startedAt.isValid() ? run.startedAt.toUTC() : now;
    record.finishedAt = run.finishedAt.isValid() ? run.finishedAt.toUTC() : record.startedAt;
    QList<HealthTransition> flips;
    for (const CheckResult &result : run.results) {
        if (result.name.isEmpty())
            continue; // nothing to key it on: it cannot flip
        record.statuses.insert(result.name, result.status);
        const auto last = m_last.constFind(result.name);
        if (last != m_last.cend() && *last != result.status)
            flips.append({ record.finishedAt, result.name, result.category, *last, result.status });
        m_last.insert(result.name, result.status);
    }
    m_runs.append(std::move(record));
    m_transitions.append(flips);
    prune(now);
    return flips;
}

void HealthHistory::prune(const QDateTime &now)
{
    const QDateTime oldest = now.addMSecs(-m_limits.maxAgeMs);
    // Records are kept in the order they came; a clock set back does not reorder them, so
    // age is judged on each, not by cutting at the first young one.
    m_runs.removeIf([&oldest](const HealthRunRecord &r) { return r.finishedAt < oldest; });
    m_transitions.removeIf([&oldest](const HealthTransition &t) { return t.at < oldest; });
    if (m_runs.size() > m_limits.maxRuns)
        m_runs.remove(0, m_runs.size() - std::max(0, m_limits.maxRuns));
    if (m_transitions.size() > m_limits.maxTransitions)
        m_transitions.remove(0, m_transitions.size() - std::max(0, m_limits.maxTransitions));
}

QByteArray HealthHistory::toJson() const
{
    QJsonArray runs;
    for (const HealthRunRecord &run : m_runs) {
        QJsonObject checks;
        for (auto it = run.statuses.cbegin(); it != run.statuses.cend(); ++it)
            checks.insert(it.key(), statusKey(it.value()));
        runs.append(QJsonObject { { QStringLiteral("started"), isoTime(run.startedAt) },
            { QStringLiteral("finished"), isoTime(run.finishedAt) }, { QStringLiteral("checks"), checks } });
    }
    QJsonArray transitions;
    for (const HealthTransition &t : m_transitions) {
        transitions.append(QJsonObject { { QStringLiteral("time"), isoTime(t.at) },
            { QStringLiteral("check"), t.check }, { QStringLiteral("category"), t.category },
            { QStringLiteral("from"), statusKey(t.from) }, { QStringLiteral("to"), statusKey(t.to) } });
    }
    const QJsonObject top { { QStringLiteral("version"), kFormatVersion }, { QStringLiteral("runs"), runs },
        { QStringLiteral("transitions"), transitions } };
    return QJsonDocument(top).toJson(QJsonDocument::Compact);
}

bool HealthHistory::fromJson(const QByteArray &bytes, QString *why)
{
    const auto fail = [why](const QString &text) {
        if (why)
            *why = text;
        return false;
    };
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        return fail(tr("not valid JSON at byte %1: %2").arg(error.offset).arg(error.errorString()));
    if (!document.isObject())
        return fail(tr("not a JSON object"));
    const QJsonObject top = document.object();
    const int version = top.value(QStringLiteral("version")).toInt(-1);
    if (version != kFormatVersion)
        return fail(tr("format version %1, this console reads version %2")
                        .arg(top.value(QStringLiteral("version")).toVariant().toString())
                        .arg(kFormatVersion));

    QList<HealthRunRecord> runs;
    const QJsonArray runArray = top.value(QStringLiteral("runs")).toArray();
    for (qsizetype i = 0; i < runArray.size(); ++i) {
        const QJsonObject object = runArray.at(i).toObject();
        HealthRunRecord run;
        run.startedAt = parseTime(object.value(QStringLiteral("started")));
        run.finishedAt = parseTime(object.value(QStringLiteral("finished")));
        if (!run.startedAt.isValid() || !run.finishedAt.isValid())
            return fail(tr("run %1 has no valid start and end time").arg(i + 1));
        const QJsonObject checks = object.value(QStringLiteral("checks")).toObject();
        for (auto it = checks.constBegin(); it != checks.constEnd(); ++it) {
            const auto status = statusFromKey(it.value().toString());
            if (!status)
                return fail(tr("run %1: check \"%2\" has an unknown status").arg(i + 1).arg(it.key()));
            run.statuses.insert(it.key(), *status);
        }
        runs.append(std::move(run));
    }

    QList<HealthTransition> transitions;
    const QJsonArray transitionArray = top.value(QStringLiteral("transitions")).toArray();
    for (qsizetype i = 0; i < transitionArray.size(); ++i) {
        const QJsonObject object = transitionArray.at(i).toObject();
        HealthTransition t;
        t.at = parseTime(object.value(QStringLiteral("time")));
        t.check = object.value(QStringLiteral("check")).toString();
        t.category = object.value(QStringLiteral("category")).toString();
        const auto from = statusFromKey(object.value(QStringLiteral("from")).toString());
        const auto to = statusFromKey(object.value(QStringLiteral("to")).toString());
        if (!t.at.isValid() || t.check.isEmpty() || !from || !to)
            return fail(tr("change %1 is incomplete (time, check, from and to are needed)").arg(i + 1));
        t.from = *from;
        t.to = *to;
        transitions.append(std::move(t));
    }

    m_runs = std::move(runs);
    m_transitions = std::move(transitions);
    m_last.clear();
    for (const HealthRunRecord &run : std::as_const(m_runs))
        for (auto it = run.statuses.cbegin(); it != run.statuses.cend(); ++it)
            m_last.insert(it.key(), it.value());
    prune(QDateTime::currentDateTimeUtc());
    return true;
}

bool HealthHistory::load(QString *problem)
{
    clear();
    m_saveBlocked = false;
    QFile file(m_path);
    if (!file.exists())
        return true;
    QString why;
    if (file.size() > kMaxFileBytes) {
        why = tr("larger than %1 bytes").arg(kMaxFileBytes);
    } else if (!file.open(QIODevice::ReadOnly)) {
        // Unreadable is not damaged: leave it where it is, and let no save replace it.
        m_saveBlocked = true;
        if (problem)
            *problem = tr("Cannot read the health history %1: %2; the history of this session is not kept.")
                           .arg(m_path, file.errorString());
        return false;
    } else {
        const QByteArray bytes = file.readAll();
        file.close();
        if (fromJson(bytes, &why))
            return true;
        clear();
    }
    QString moveProblem;
    const QString aside = moveAside(&moveProblem);
    if (aside.isEmpty())
        m_saveBlocked = true; // the damaged file stays; overwriting it would lose what is in it
    if (problem) {
        *problem = aside.isEmpty()
            ? tr("The health history %1 is damaged (%2) and could not be moved aside (%3); "
                 "the history of this session is not kept.")
                  .arg(m_path, why, moveProblem)
            : tr("The health history %1 is damaged (%2); it was kept as %3 and a new history was started.")
                  .arg(m_path, why, aside);
    }
    return false;
}

QString HealthHistory::moveAside(QString *problem) const
{
    const QString base = m_path + QStringLiteral(".corrupt-")
        + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = base;
    for (int n = 2; QFile::exists(target); ++n)
        target = base + u'-' + QString::number(n);
    QFile file(m_path);
    if (!file.rename(target)) {
        *problem = file.errorString();
        return {};
    }
    return target;
}

bool HealthHistory::save(QString *problem) const
{
    if (m_saveBlocked) {
        if (problem)
            *problem = tr("The health history %1 could not be read, so it is not overwritten.").arg(m_path);
        return false;
    }
    return writeFile(m_path, toJson(), problem);
}

bool HealthHistory::writeFile(const QString &path, const QByteArray &bytes, QString *problem)
{
    const QString directory = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(directory)) {
        if (problem)
            *problem = tr("Cannot create the directory %1 for the health history.").arg(directory);
        return false;
    }
    QString error;
    if (!saveFileAtomically(path, bytes, &error)) {
        if (problem)
            *problem = tr("The health history is not saved: %1").arg(error);
        return false;
    }
    return true;
}

} // namespace pivori
