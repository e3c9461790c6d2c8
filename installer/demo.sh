#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds, starts the demo stack (synthetic exporter, Prometheus,
# two Alertmanager replicas on loopback) and opens the console on it. Closing the window
# or Ctrl+C stops every server it started. Extra arguments go to `pivori-console demo`.
set -euo pipefail
cd "$(dirname "$0")/.."

./installer/install-deps.sh
cmake --preset default
cmake --build --preset default
exec ./build/app/pivori-console demo "$@"
