// SPDX-License-Identifier: GPL-3.0-or-later
// The YAML configuration and its dashboards (ConfigLoader::loadText, which yaml-cpp and every
// schema reader sit behind). Whatever the text, the answer is a list of positioned messages.
#include "configloader.h"
#include "fuzzcheck.h"

using namespace pivori;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // Relative file names in the text (runbooks, secrets, CAs) resolve into a directory that
    // does not exist, so a fuzzed config never reads the machine's files.
    const ConfigLoadResult result = ConfigLoader::loadText(
        fuzz::bytes(data, size), QStringLiteral("fuzz.yaml"), QStringLiteral("/nonexistent-pivori-fuzz"));
    for (const ConfigError &e : result.errors) {
        fuzz::check(!e.message.isEmpty(), "config error without a message", e.toString());
        fuzz::check(e.line >= 0 && e.column >= 0, "config error at a negative position", e.toString());
    }
    return 0;
}
