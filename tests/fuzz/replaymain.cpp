// SPDX-License-Identifier: GPL-3.0-or-later
// The normal build's driver for a fuzz target: runs LLVMFuzzerTestOneInput once on every file
// of the directories (or files) given, so the seed corpus and every input that once crashed run
// in each unit-test run, with GCC, without libFuzzer. A target's own checks abort on a violation.
#include "fuzzcheck.h"

#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <vector>

namespace {

bool replayFile(const std::filesystem::path &path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        std::cerr << "cannot read " << path << '\n';
        return false;
    }
    const std::vector<char> content { std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>() };
    std::cout << "replay " << path.filename().string() << " (" << content.size() << " bytes)" << std::endl;
    LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(content.data()), content.size());
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    int replayed = 0;
    for (int i = 1; i < argc; ++i) {
        const std::filesystem::path arg(argv[i]);
        std::error_code ec;
        if (std::filesystem::is_directory(arg, ec)) {
            for (const auto &entry : std::filesystem::directory_iterator(arg)) {
                if (entry.is_regular_file() && entry.path().filename() != "README.md") {
                    if (!replayFile(entry.path()))
                        return 1;
                    ++replayed;
                }
            }
        } else if (std::filesystem::is_regular_file(arg, ec)) {
            if (!replayFile(arg))
                return 1;
            ++replayed;
        }
    }
    // Seeds always exist: zero files means a wrong path, not a pass.
    if (replayed == 0) {
        std::cerr << "no input files found\n";
        return 1;
    }
    std::cout << replayed << " inputs replayed" << std::endl;
    return 0;
}
