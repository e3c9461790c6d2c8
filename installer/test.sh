#!/usr/bin/env bash
# Installs what is missing, builds, and runs the whole test suite (unit tests and the
# integration tests against a real Prometheus and an HA pair of Alertmanagers).
# Extra arguments go to ctest, e.g. `./installer/test.sh -L unit` or `-R scenarios`.
set -euo pipefail
cd "$(dirname "$0")/.."

./installer/install-deps.sh

# CI builds with warnings as errors; locally they stay warnings.
preset=default
if [ "${CI:-}" = "true" ]; then preset=ci; fi

cmake --preset "$preset"
cmake --build --preset "$preset"
ctest --preset "$preset" "$@"
