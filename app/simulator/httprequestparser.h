// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "controlmessage.h"

#include <QCoreApplication>

namespace pivori {

/// Incremental, defensive parser for one HTTP/1.x request arriving in pieces. Anything it
/// does not understand ends in Failed with a status (400, 413, 431, 501, 505) rather than a
/// guess, and it never holds more than maxRequestBytes.
class HttpRequestParser final
{
    Q_DECLARE_TR_FUNCTIONS(HttpRequestParser)

public:
    enum class State { Incomplete, Complete, Failed };

    static constexpr qsizetype maxRequestBytes = 16 * 1024;
    static constexpr int maxHeaderCount = 64;

    /// Appends bytes and parses as far as possible. Bytes after a finished request are ignored.
    State feed(const QByteArray &bytes);

    State state() const { return m_state; }
    const ControlRequest &request() const { return m_request; }
    int errorStatus() const { return m_errorStatus; }
    const QString &errorMessage() const { return m_errorMessage; }

private:
    State fail(int status, const QString &message);
    bool parseRequestLine(const QByteArray &line);
    bool parseHeaderLine(const QByteArray &line);

    QByteArray m_buffer;
    State m_state = State::Incomplete;
    bool m_requestLineChecked = false;
    qsizetype m_bodyStart = -1;
    qsizetype m_contentLength = 0;
    ControlRequest m_request;
    int m_errorStatus = 0;
    QString m_errorMessage;
};

} // namespace pivori
