#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Wall time and CPU of `pivori-console check` with the whole built-in set, against a running
# demo stack: N runs, each timed by /usr/bin/time, the median printed. Not a test: it measures.
#
#   pivori-console stack up --state-file /tmp/stack.json
#   tests/bench/bench_check.sh build/app/pivori-console /tmp/stack.json 21
#
# A fourth argument is passed to `check` as is (e.g. "--only Watchdog" or a --prometheus URL
# where nothing listens, to time a run that waits for its timeouts).
set -eu
console=$1
state=$2
runs=${3:-21}
extra=${4:-}
json() { python3 -c "import json,sys; d=json.load(open('$state')); print($1)"; }
prom=$(json "d['prometheus']")
am1=$(json "d['alertmanagers'][0]")
am2=$(json "d['alertmanagers'][1]")
out=$(mktemp)
i=0
while [ "$i" -lt "$runs" ]; do
    # shellcheck disable=SC2086
    /usr/bin/time -f '%e %U %S' -o "$out.t" "$console" check --prometheus "$prom" \
        --alertmanager "$am1" --alertmanager "$am2" $extra > "$out" 2>&1 || true
    cat "$out.t" >> "$out.all"
    i=$((i + 1))
done
tail -1 "$out"; echo
python3 - "$out.all" <<'PY'
import statistics, sys
rows = [list(map(float, l.split())) for l in open(sys.argv[1]) if l[:1].isdigit()]  # skip "Command exited with ..."
wall = [r[0] * 1000 for r in rows]
cpu = [(r[1] + r[2]) * 1000 for r in rows]
print(f"runs {len(rows)}: wall median {statistics.median(wall):.0f} ms (min {min(wall):.0f}, max {max(wall):.0f}); "
      f"CPU (user+sys) median {statistics.median(cpu):.0f} ms")
PY
rm -f "$out" "$out.t" "$out.all"
