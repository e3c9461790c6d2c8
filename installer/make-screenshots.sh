#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Makes the AppStream screenshots (resources/screenshots/, named in
# resources/desktop/app.pivori.Console.metainfo.xml) with the console's own `snapshot`: starts
# the demo stack with its scenarios and time 10x faster, lets a few minutes of the fleet's
# history and alerts build up, renders two dashboards offscreen, stops the stack.
#   installer/make-screenshots.sh [BUILD_DIR]       (default: build)
set -euo pipefail
cd "$(dirname "$0")/.."
console=${1:-build}/app/pivori-console
out=resources/screenshots
work=$(mktemp -d)
state=$work/stack.json
trap '"$console" stack down --state-file "$state" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT

"$console" stack up --state-file "$state" --time-scale 10 --scenario latency-spike --scenario error-burst
prometheus=$(grep -o '"prometheus": *"[^"]*"' "$state" | sed 's/.*"\(http[^"]*\)"/\1/')
alertmanagers=()
for url in $(tr -d '\n ' < "$state" | grep -o '"alertmanagers":\[[^]]*\]' | grep -o 'http[^"]*'); do
  alertmanagers+=(--alertmanager "$url")
done
# Waits for history to show, not for readiness (`stack up` returned when the servers were
# ready): 10x faster, 4 minutes are 40 of the fleet's, and the spike's alerts have fired.
sleep "${PIVORI_SCREENSHOT_WAIT:-240}"

mkdir -p "$out"
# 16:9 as AppStream recommends: production for one service, so its per-pod legends stay short.
shoot()
{
  local name=$1
  shift
  QT_QPA_PLATFORM=offscreen "$console" snapshot --prometheus "$prometheus" "${alertmanagers[@]}" \
    --range 3m --size 1600x900 --out "$out/$name.png" "$@"
  echo "make-screenshots: $out/$name.png ($(du -h "$out/$name.png" | cut -f1), $(file -b "$out/$name.png" | cut -d, -f2))"
}
shoot production --dashboard production --var service=trading
shoot microservices --dashboard microservices
