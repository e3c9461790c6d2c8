// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

// What every fuzz target shares. A target is one LLVMFuzzerTestOneInput; the fuzz build links it
// with libFuzzer, the normal build with replaymain.cpp, which feeds it the seed corpus and the
// inputs that once crashed (tests/fuzz/regressions), so those stay fixed in every build.

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace pivori::fuzz {

/// An invariant of the code under test did not hold: abort, so that libFuzzer keeps the input
/// as a crash and the replay test fails, with the reason on stderr.
[[noreturn]] inline void violated(const char *what, const QString &detail = {})
{
    std::fprintf(stderr, "fuzz invariant violated: %s %s\n", what, qPrintable(detail));
    std::abort();
}

inline void check(bool condition, const char *what, const QString &detail = {})
{
    if (!condition)
        violated(what, detail);
}

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    // A copy, as the network hands it to the parsers: an owned, NUL-terminated QByteArray.
    // (fromRawData would have no terminator, which no real caller ever passes.)
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

/// The first byte picks what to exercise; the rest is the input. Returns false on empty input.
inline bool splitSelector(const uint8_t *data, size_t size, uint8_t *selector, QByteArray *rest)
{
    if (size == 0)
        return false;
    *selector = data[0];
    *rest = bytes(data + 1, size - 1);
    return true;
}

} // namespace pivori::fuzz
