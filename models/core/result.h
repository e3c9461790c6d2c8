// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace pivori {

/// What went wrong with a request or a parse. Carries the server's own words
/// (Prometheus's `error`, Alertmanager's string body) so that the user sees them.
struct Error final
{
    enum class Kind {
        Network, ///< refused, unreachable, host not found, connection reset
        Timeout, ///< our transfer timeout elapsed
        Canceled, ///< superseded or cancelled by us
        Tls, ///< certificate or handshake failure
        Http, ///< an HTTP error status with no usable body
        Server, ///< the server answered with a structured error (errorType/error)
        Parse, ///< the answer was not what the API promises
        Config, ///< bad configuration or arguments
    };

    Kind kind = Kind::Network;
    int httpStatus = 0; ///< 0 when no HTTP answer arrived
    QString type; ///< Prometheus errorType (bad_data, execution, ...) when known
    QString message; ///< one human-readable line, ready to show
    QString url; ///< the request's URL (without credentials), when there was one

    /// One line for a status bar or stderr: "<url>: <message>".
    QString describe() const { return url.isEmpty() ? message : url + QStringLiteral(": ") + message; }
};

/// Either a value or an Error. Lightweight on purpose: no exceptions cross a signal.
template <typename T> class Result final
{
public:
    Result(T value)
        : m_data(std::move(value))
    {
    } // NOLINT(google-explicit-constructor)
    Result(Error error)
        : m_data(std::move(error))
    {
    } // NOLINT(google-explicit-constructor)

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    T &&value() && { return std::get<T>(std::move(m_data)); }
    const Error &error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

} // namespace pivori
