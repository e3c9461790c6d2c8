// SPDX-License-Identifier: GPL-3.0-or-later
#include "httprequestparser.h"

#include <algorithm>

namespace pivori {

namespace {

// RFC 9110 token characters: what a method or a header name may consist of.
bool isToken(const QByteArray &text)
{
    if (text.isEmpty())
        return false;
    for (char c : text) {
        const bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        if (!alnum && !QByteArray("!#$%&'*+-.^_`|~").contains(c))
            return false;
    }
    return true;
}

bool hasControlCharacters(const QString &text)
{
    for (QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return true;
    }
    return false;
}

} // namespace

HttpRequestParser::State HttpRequestParser::fail(int status, const QString &message)
{
    m_state = State::Failed;
    m_errorStatus = status;
    m_errorMessage = message;
    m_buffer.clear();
    return m_state;
}

bool HttpRequestParser::parseRequestLine(const QByteArray &line)
{
    const QList<QByteArray> parts = line.split(' ');
    if (parts.size() != 3) {
        fail(400, tr("malformed request line"));
        return false;
    }
    const QByteArray &method = parts[0];
    const QByteArray &target = parts[1];
    const QByteArray &version = parts[2];
    if (!isToken(method)) {
        fail(400, tr("malformed request method"));
        return false;
    }
    if (!version.startsWith("HTTP/")) {
        fail(400, tr("malformed HTTP version"));
        return false;
    }
    if (version != "HTTP/1.1" && version != "HTTP/1.0") {
        fail(505, tr("only HTTP/1.0 and HTTP/1.1 are supported"));
        return false;
    }
    if (!target.startsWith('/')) {
        fail(400, tr("the request target must be an absolute path"));
        return false;
    }
    const qsizetype question = target.indexOf('?');
    const QByteArray rawPath = question < 0 ? target : target.left(question);
    const QString path = QString::fromUtf8(QByteArray::fromPercentEncoding(rawPath));
    if (hasControlCharacters(path)) {
        fail(400, tr("control characters in the request path"));
        return false;
    }
    m_request.method = method;
    m_request.path = path;
    if (question >= 0)
        m_request.query.setQuery(QString::fromUtf8(target.mid(question + 1)));
    return true;
}

bool HttpRequestParser::parseHeaderLine(const QByteArray &line)
{
    if (line.startsWith(' ') || line.startsWith('\t')) {
        fail(400, tr("folded header lines are not accepted"));
        return false;
    }
    const qsizetype colon = line.indexOf(':');
    const QByteArray name = colon < 0 ? QByteArray() : line.left(colon).toLower();
    if (!isToken(name)) {
        fail(400, tr("malformed header line"));
        return false;
    }
    if (m_request.headers.size() >= maxHeaderCount) {
        fail(431, tr("too many header fields"));
        return false;
    }
    const QByteArray value = line.mid(colon + 1).trimmed();
    if (name == "content-length") {
        bool ok = false;
        const qlonglong length = value.toLongLong(&ok);
        const bool digitsOnly = !value.isEmpty()
            && std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; });
        if (!ok || !digitsOnly || (m_contentLength > 0 && m_contentLength != length)) {
            fail(400, tr("malformed Content-Length"));
            return false;
        }
        if (length > maxRequestBytes) {
            fail(413, tr("request body larger than %1 bytes").arg(maxRequestBytes));
            return false;
        }
        m_contentLength = static_cast<qsizetype>(length);
    } else if (name == "transfer-encoding") {
        fail(501, tr("Transfer-Encoding is not supported"));
        return false;
    }
    m_request.headers.append({ name, value });
    return true;
}

HttpRequestParser::State HttpRequestParser::feed(const QByteArray &bytes)
{
    if (m_state != State::Incomplete)
        return m_state;
    m_buffer.append(bytes);

    if (m_bodyStart < 0) {
        // Reject a bad request line as soon as it is complete, before waiting for headers
        // that a confused or hostile client may never send.
        if (!m_requestLineChecked) {
            // Garbage is answered at once instead of after the timeout: what precedes the
            // first space must be a short method token, and lines must end in CRLF.
            const qsizetype space = m_buffer.indexOf(' ');
            const QByteArray method = m_buffer.left(space < 0 ? qMin<qsizetype>(m_buffer.size(), 33) : space);
            if ((!method.isEmpty() && !isToken(method)) || method.size() > 32 || (space == 0))
                return fail(400, tr("malformed request method"));
            const qsizetype newline = m_buffer.indexOf('\n');
            if (newline >= 0 && (newline == 0 || m_buffer.at(newline - 1) != '\r'))
                return fail(400, tr("lines must end in CRLF"));
            const qsizetype lineEnd = m_buffer.indexOf("\r\n");
            if (lineEnd >= 0) {
                if (!parseRequestLine(m_buffer.left(lineEnd)))
                    return m_state;
                m_requestLineChecked = true;
            }
        }
        const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
        if (headEnd < 0) {
            if (m_buffer.size() > maxRequestBytes)
                return fail(m_requestLineChecked ? 431 : 400,
                    tr("request head larger than %1 bytes").arg(maxRequestBytes));
            return m_state;
        }
        if (headEnd > maxRequestBytes)
            return fail(431, tr("request head larger than %1 bytes").arg(maxRequestBytes));
        const QList<QByteArray> lines = m_buffer.left(headEnd).split('\n');
        for (qsizetype i = 1; i < lines.size(); ++i) {
            QByteArray line = lines[i];
            if (!line.endsWith('\r') && i + 1 < lines.size())
                return fail(400, tr("header lines must end in CRLF"));
            line.chop(line.endsWith('\r') ? 1 : 0);
            if (!parseHeaderLine(line))
                return m_state;
        }
        m_bodyStart = headEnd + 4;
        if (m_bodyStart + m_contentLength > maxRequestBytes)
            return fail(413, tr("request larger than %1 bytes").arg(maxRequestBytes));
    }

    if (m_buffer.size() - m_bodyStart < m_contentLength)
        return m_state;
    m_request.body = m_buffer.mid(m_bodyStart, m_contentLength);
    m_buffer.clear();
    m_state = State::Complete;
    return m_state;
}

} // namespace pivori
