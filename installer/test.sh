#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds, and runs the whole test suite (unit tests and the
# integration tests against a real Prometheus and an HA pair of Alertmanagers).
# Extra arguments go to ctest, e.g. `./installer/test.sh -L unit` or `-R scenarios`.
# It also checks formatting (installer/check-format.sh) and runs clang-tidy
# (installer/run-clang-tidy.sh) on every run; PIVORI_SKIP_LINT=1 skips both outside CI.
# clazy (installer/run-clazy.sh) runs only when asked: PIVORI_CLAZY=1.
# The fuzz targets (docs/fuzzing.md) run in CI after the suite, each for 20 s, in a clang build
# of their own (build-fuzz); PIVORI_FUZZ=1 runs them locally too.
# The model layer's unit tests (label `models`) run under ASan+UBSan, in a GCC build of their
# own (build-asan, docs/sanitizers.md), when asked: PIVORI_ASAN=1.
# Every step runs even when an earlier one failed (the format check and the build excepted: the
# rest needs them), and the script fails if any did.
set -euo pipefail
cd "$(dirname "$0")/.."

# Each step's wall time goes to the log, so a CI run shows where its minutes went.
step_start=$SECONDS
step_done() {
  echo "test.sh: $1 took $((SECONDS - step_start)) s (total $SECONDS s)"
  step_start=$SECONDS
}

./installer/install-deps.sh
step_done "installing dependencies"

# CI builds with warnings as errors; locally they stay warnings.
preset=default
if [ "${CI:-}" = "true" ]; then preset=ci; fi

# Lint: CI always runs it (every program source, and the test files changed since the last whole
# run: installer/run-clang-tidy.sh); a developer may skip it locally with
# PIVORI_SKIP_LINT=1.
lint=1
if [ "${CI:-}" = "true" ]; then unset PIVORI_TIDY_ONLY; fi
if [ "${PIVORI_SKIP_LINT:-}" = 1 ]; then
  if [ "${CI:-}" = "true" ]; then
    echo "test.sh: PIVORI_SKIP_LINT is ignored in CI"
  else
    lint=0
    echo "test.sh: PIVORI_SKIP_LINT=1: format check and clang-tidy skipped"
  fi
fi

# The format check needs no build, so it goes first and fails in a second.
if [ "$lint" = 1 ]; then ./installer/check-format.sh; fi

cmake --preset "$preset"
cmake --build --preset "$preset"
step_done "configure and build"

# clang-tidy reads build/compile_commands.json and the files moc generates, not the objects, so
# it runs beside the suite, at the lowest CPU priority: the suite's integration tests spend
# most of their time waiting for servers, and tidy takes the cores they leave idle, while a
# test that wants a core gets it at once (nice 19 weighs 15 against the suite's 1024).
# Run one after the other, the two took 20 + 5 minutes of CI's 2 cores.
failed=()
tidy_pid=""
tidy_log=build/clang-tidy.log
if [ "$lint" = 1 ]; then
  # A process group of its own (setsid), so that stopping it stops its clang-tidy processes too.
  setsid nice -n 19 ./installer/run-clang-tidy.sh >"$tidy_log" 2>&1 &
  tidy_pid=$!
  # The script may stop early (a failing step, Ctrl+C): tidy does not outlive it.
  trap 'if [ -n "$tidy_pid" ]; then kill -- "-$tidy_pid" 2>/dev/null || true; fi' EXIT
fi

ctest --preset "$preset" "$@" || failed+=("test suite")
step_done "test suite"

# ASan+UBSan: only the libraries the model tests link and those tests (target
# pivori_model_tests), not the whole tree a second time; docs/sanitizers.md has the figures and
# the command for the whole suite. ccache, when there, makes a second run on the same machine
# cheap; paths are taken relative to the checkout so another clone hits the same entries.
# On request only (PIVORI_ASAN=1) until its time on CI's 2 cores is measured: estimated at 12
# minutes, it would take CI past its 45-minute budget (docs/sanitizers.md, "In CI").
if [ "${PIVORI_ASAN:-}" = 1 ]; then
  launcher=()
  if command -v ccache >/dev/null; then
    export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=1
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
  fi
  if cmake --preset asan "${launcher[@]}" && cmake --build --preset asan-models; then
    ctest --preset asan-models || failed+=("ASan+UBSan model tests")
  else
    failed+=("ASan+UBSan build")
  fi
  step_done "ASan+UBSan model tests"
fi

# libFuzzer needs clang: a second build dir with only the fuzz targets and the libraries they
# link (target pivori_fuzz), then CTest label `fuzz`. About 4 minutes on CI's 2 cores.
if [ "${CI:-}" = "true" ] || [ "${PIVORI_FUZZ:-}" = 1 ]; then
  if cmake --preset fuzz && cmake --build --preset fuzz; then
    ctest --preset fuzz || failed+=("fuzz targets")
  else
    failed+=("fuzz build")
  fi
  step_done "fuzz build and run"
fi

if [ -n "$tidy_pid" ]; then
  echo "test.sh: waiting for clang-tidy (started beside the suite; its output follows)"
  tidy_rc=0
  wait "$tidy_pid" || tidy_rc=$?
  tidy_pid=""
  step_done "waiting for clang-tidy"
  cat "$tidy_log"
  if [ "$tidy_rc" != 0 ]; then failed+=("clang-tidy"); fi
  # Qt-specific checks, on request: they would add minutes to every CI run.
  if [ "${PIVORI_CLAZY:-}" = 1 ]; then ./installer/run-clazy.sh || failed+=("clazy"); fi
fi

if [ ${#failed[@]} -gt 0 ]; then
  printf 'test.sh: failed: %s\n' "${failed[@]}" >&2
  exit 1
fi
echo "test.sh: all steps passed"
