#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Checks that every C++ source and header of ours (models, widgets, app, tests) is formatted
# by the repo's .clang-format. `--fix` formats them in place instead.
# The formatter is pinned to clang-format 14 (Debian 12's): another major version formats
# the same file differently, and CI would flip-flop with whoever formatted last.
# Set CLANG_FORMAT to use another binary name (it still has to be version 14).
set -euo pipefail
cd "$(dirname "$0")/.."

mode=check
case "${1:-}" in
  --fix) mode=fix ;;
  '') ;;
  *)
    echo "usage: $0 [--fix]" >&2
    exit 2
    ;;
esac

clang_format=${CLANG_FORMAT:-clang-format}
if ! command -v "$clang_format" >/dev/null; then
  echo "check-format: '$clang_format' not found; install Debian 12's clang-format 14" \
    "(./installer/install-deps.sh)" >&2
  exit 1
fi
version=$("$clang_format" --version)
if ! grep -Eq 'clang-format version 14\.' <<<"$version"; then
  echo "check-format: need clang-format 14 (Debian 12's), found: $version" >&2
  echo "check-format: other versions format differently; set CLANG_FORMAT=clang-format-14" >&2
  exit 1
fi

mapfile -t files < <(find models widgets app tests -type f \( -name '*.h' -o -name '*.cpp' \) | LC_ALL=C sort)

if [ "$mode" = fix ]; then
  "$clang_format" -i --style=file "${files[@]}"
  echo "check-format: formatted ${#files[@]} files"
  exit 0
fi

# One diagnostic per file keeps the log readable; the file list is what matters.
rc=0
output=$("$clang_format" --dry-run -Werror --ferror-limit=1 --style=file "${files[@]}" 2>&1) || rc=$?
mapfile -t failed < <(sed -nE 's/^([^:]+):[0-9]+:[0-9]+: error: .*-Wclang-format-violations.*/\1/p' <<<"$output" |
  LC_ALL=C sort -u)

# A failure that names no file (a broken .clang-format, say) must not pass as "formatted".
if [ "$rc" -ne 0 ] && [ ${#failed[@]} -eq 0 ]; then
  echo "$output" >&2
  echo "check-format: clang-format failed (exit $rc)" >&2
  exit 1
fi
if [ ${#failed[@]} -eq 0 ]; then
  echo "check-format: ${#files[@]} files formatted"
  exit 0
fi
printf 'check-format: not formatted: %s\n' "${failed[@]}" >&2
echo "check-format: ${#failed[@]} of ${#files[@]} files need formatting;" \
  "run ./installer/check-format.sh --fix" >&2
exit 1
