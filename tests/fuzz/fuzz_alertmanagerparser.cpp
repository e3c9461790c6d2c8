// SPDX-License-Identifier: GPL-3.0-or-later
// The Alertmanager v2 API parsers. The first byte picks the endpoint and the HTTP status; the
// rest is the body.
#include "alertmanagerparser.h"
#include "fuzzcheck.h"

#include <array>

using namespace pivori;

namespace {

template <typename T> void checkAnswer(const Result<T> &result, const char *endpoint)
{
    if (!result.ok())
        fuzz::check(!result.error().message.isEmpty(), endpoint, QStringLiteral("error without a message"));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    uint8_t selector = 0;
    QByteArray body;
    if (!fuzz::splitSelector(data, size, &selector, &body))
        return 0;
    static constexpr std::array<int, 8> statuses { 200, 200, 200, 200, 400, 404, 500, 502 };
    const int status = statuses[(selector >> 4) % statuses.size()];
    const QByteArray contentType
        = (selector & 0x08) ? QByteArrayLiteral("text/plain") : QByteArrayLiteral("application/json");
    switch (selector & 0x07) {
    case 0:
        checkAnswer(AlertmanagerParser::parseAlerts(status, contentType, body), "alerts");
        break;
    case 1:
        checkAnswer(AlertmanagerParser::parseSilences(status, contentType, body), "silences");
        break;
    case 2:
        checkAnswer(AlertmanagerParser::parseSilence(status, contentType, body), "silence");
        break;
    case 3:
        checkAnswer(AlertmanagerParser::parseStatus(status, contentType, body), "status");
        break;
    case 4:
        checkAnswer(AlertmanagerParser::parseAlertGroups(status, contentType, body), "groups");
        break;
    case 5:
        checkAnswer(AlertmanagerParser::parseSilenceId(status, contentType, body), "silence id");
        break;
    case 6:
        checkAnswer(AlertmanagerParser::parseExpireAnswer(status, contentType, body), "expire");
        break;
    default: {
        // The excerpt goes into a one-line status bar: never a line break or control byte.
        const QString excerpt = AlertmanagerParser::excerpt(body);
        for (const QChar c : excerpt)
            fuzz::check(
                c.unicode() >= 0x20 && c.unicode() != 0x7f, "excerpt holds a control character", excerpt);
        break;
    }
    }
    return 0;
}
