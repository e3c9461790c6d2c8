// SPDX-License-Identifier: GPL-3.0-or-later
#include "smallfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace pivori {

namespace {

// Free functions have no tr(): this class is the context their messages are filed and looked up under.
class SmallFile final
{
    Q_DECLARE_TR_FUNCTIONS(pivori::SmallFile)
};

QString sizeText(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 0, QLocale::DataSizeIecFormat);
}

/// What is wrong with the file @p st describes; empty when it may be read.
QString statProblem(const QString &path, const struct stat &st, qint64 maxBytes)
{
    if (S_ISDIR(st.st_mode))
        return SmallFile::tr("%1 is a folder, not a file").arg(path);
    if (S_ISFIFO(st.st_mode) || S_ISSOCK(st.st_mode))
        return SmallFile::tr("%1 is a pipe or socket, not a regular file (reading it could block forever)")
            .arg(path);
    if (!S_ISREG(st.st_mode))
        return SmallFile::tr("%1 is a device, not a regular file").arg(path);
    if (st.st_size > maxBytes)
        return SmallFile::tr("%1 is %2, larger than the %3 a secret, certificate or key file may be")
            .arg(path, sizeText(st.st_size), sizeText(maxBytes));
    return {};
}

Error fileError(const QString &message)
{
    return Error { Error::Kind::Config, 0, {}, message, {} };
}

} // namespace

QString smallFileProblem(const QString &path, qint64 maxBytes)
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return {};
    return statProblem(path, st, maxBytes);
}

Result<QByteArray> readSmallFile(const QString &path, qint64 maxBytes)
{
    // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer.
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0)
        return fileError(
            SmallFile::tr("cannot read %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno))));
    struct Closer
    {
        int fd;
        ~Closer() { ::close(fd); }
    } closer { fd };
    struct stat st
    {
    };
    if (::fstat(fd, &st) != 0)
        return fileError(
            SmallFile::tr("cannot read %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno))));
    if (const QString problem = statProblem(path, st, maxBytes); !problem.isEmpty())
        return fileError(problem);
    QByteArray out;
    char chunk[16384];
    for (;;) {
        const ssize_t n = ::read(fd, chunk, sizeof chunk);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return fileError(
                SmallFile::tr("cannot read %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno))));
        if (n == 0)
            break;
        out.append(chunk, n);
        // The file may grow between fstat() and here (a log, a misconfigured path): stop anyway.
        if (out.size() > maxBytes)
            return fileError(
                SmallFile::tr("%1 is larger than the %2 a secret, certificate or key file may be")
                    .arg(path, sizeText(maxBytes)));
    }
    return out;
}

} // namespace pivori
