#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Makes the AppStream screenshots (resources/screenshots/, named in
# resources/desktop/app.pivori.Console.metainfo.xml) with the console's own `snapshot`: starts
# the demo stack with an hour of the fleet's past written into Prometheus (--history 1h, as the
# demo opens), its scenarios and time 10x faster, lets the scenarios' alerts fire, renders two
# dashboards over the last hour offscreen, stops the stack.
#   installer/make-screenshots.sh [BUILD_DIR]       (default: build)
set -euo pipefail
cd "$(dirname "$0")/.."
console=${1:-build}/app/pivori-console
out=resources/screenshots
work=$(mktemp -d)
state=$work/stack.json
trap '"$console" stack down --state-file "$state" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT

"$console" stack up --state-file "$state" --history 1h --time-scale 10 --scenario latency-spike \
  --scenario error-burst --past-incident error-burst:payments@48m-36m \
  --past-incident latency-spike:search@27m-18m
prometheus=$(grep -o '"prometheus": *"[^"]*"' "$state" | sed 's/.*"\(http[^"]*\)"/\1/')
alertmanagers=()
for url in $(tr -d '\n ' < "$state" | grep -o '"alertmanagers":\[[^]]*\]' | grep -o 'http[^"]*'); do
  alertmanagers+=(--alertmanager "$url")
done
# The hour before start-up is there already; the wait lets the scenarios' spike show at the
# right edge and its alerts fire (10x faster: 2 minutes are 20 of the fleet's).
sleep "${PIVORI_SCREENSHOT_WAIT:-120}"

mkdir -p "$out"
# 16:9 as AppStream recommends: production for one service, so its per-pod legends stay short.
shoot()
{
  local name=$1
  shift
  QT_QPA_PLATFORM=offscreen "$console" snapshot --prometheus "$prometheus" "${alertmanagers[@]}" \
    --range 1h --size 1600x900 --out "$out/$name.png" "$@"
  echo "make-screenshots: $out/$name.png ($(du -h "$out/$name.png" | cut -f1), $(file -b "$out/$name.png" | cut -d, -f2))"
}
shoot production --dashboard production --var service=trading
shoot microservices --dashboard microservices
