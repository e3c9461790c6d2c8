// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Its own header, not testutils.h: only the tests with a wall-clock budget include it.
namespace pivori::testutils {

/// True in an ASan or TSan build (docs/sanitizers.md): they make code 2-15 times slower, so a
/// test's wall-clock budget proves nothing there and would only fail. The normal build, which
/// CI runs too, keeps checking every budget; the sanitized one checks everything else.
inline constexpr bool kSanitizedBuild =
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
    true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer)
    true;
#else
    false;
#endif
#else
    false;
#endif

} // namespace pivori::testutils
