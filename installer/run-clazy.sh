#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs clazy (Qt-specific checks) over the tree against installer/clazy-baseline.txt;
# see installer/run-clang-tidy.sh, which does the work. Arguments: [--update-baseline].
exec "$(dirname "$0")/run-clang-tidy.sh" --clazy "$@"
