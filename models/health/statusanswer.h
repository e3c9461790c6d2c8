// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "endpoint.h"

#include <algorithm>

namespace pivori {

/// A status answer (build info, cluster status, TSDB status) is a few KB, and the status bar's
/// poller and the connection form parse it on the GUI thread. This bound keeps that parse in
/// tens of milliseconds whatever a server sends (a 100 MB "status" held the thread for 0.65 s,
/// tst_guifaults) and is far above any real one.
inline constexpr qint64 kStatusAnswerBytes = 4LL * 1024 * 1024;

/// @p endpoint for a status request: its answer limit lowered to kStatusAnswerBytes.
inline Endpoint forStatusAnswer(Endpoint endpoint)
{
    endpoint.maxAnswerBytes = std::min(endpoint.maxAnswerBytes, kStatusAnswerBytes);
    return endpoint;
}

} // namespace pivori
