#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The console's cost as the platform grows, with a full hour of history and 1,000 alerts.

For each fleet size (services 15 / 150 / 1500 by default) it starts the demo stack with
`stack up --services N`, gives its Prometheus an hour of the simulator's history (the
simulator writes it as OpenMetrics, `promtool tsdb create-blocks-from openmetrics` turns it
into blocks in Prometheus's data folder, which Prometheus loads within a minute), posts 1,000
firing alerts to both Alertmanager replicas, and measures:

  - exec to the first panel painted with data (PIVORI_REPORT_TIMINGS), 5 starts;
  - a whole-dashboard `snapshot` of `production` over 1 h (queries, alerts, render, write), 5 runs;
  - the console's steady state with every dashboard open: PSS and CPU per 10 s over 60 s.

Not a test: it prints figures. Usage, from the source folder after a build:

  tests/bench/bench_scalecurve.py build [15 150 1500]
"""
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request

from benchproc import query, time_console

BUILD = sys.argv[1] if len(sys.argv) > 1 else "build"
SIZES = [int(a) for a in sys.argv[2:]] or [15, 150, 1500]
CONSOLE = os.path.join(BUILD, "app", "pivori-console")
SIMULATOR = os.path.join(BUILD, "app", "simulator", "pivori-simulator")


def post_alerts(replicas, count=1000):
    """Firing alerts as Prometheus would send them, 100 per request, with label variety."""
    ends = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(time.time() + 3600))
    for replica in replicas:
        for start in range(0, count, 100):
            batch = [{"labels": {"alertname": f"BenchAlert{i % 20}",
                                 "severity": "critical" if i % 5 == 0 else "warning",
                                 "service": f"service-{i % 150}", "pod": f"pod-{i}"},
                      "annotations": {"summary": f"benchmark alert {i}"}, "endsAt": ends}
                     for i in range(start, start + 100)]
            request = urllib.request.Request(replica + "/api/v2/alerts", json.dumps(batch).encode(),
                                             {"Content-Type": "application/json"})
            urllib.request.urlopen(request, timeout=30).read()


def console_env(config_home):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PIVORI_REPORT_TIMINGS="1", XDG_CONFIG_HOME=config_home)
    return env


def start_console(state, steady_seconds=0):
    """One exec of the console; ms to first and to all data painted, and the steady state."""
    args = [CONSOLE, "--prometheus", state["prometheus"]]
    for am in state["alertmanagers"]:
        args += ["--alertmanager", am]
    with tempfile.TemporaryDirectory() as home:
        # 90 s: a console that never paints every panel (as at 150 services on a loaded host,
        # where panels time out) must not hang the benchmark.
        return time_console(args, console_env(home), 90, steady_seconds)


def snapshot_ms(state, work):
    args = [CONSOLE, "snapshot", "--prometheus", state["prometheus"], "--dashboard", "production",
            "--range", "1h", "--out", os.path.join(work, "snap.png")]
    for am in state["alertmanagers"]:
        args += ["--alertmanager", am]
    began = time.monotonic()
    done = subprocess.run(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                          env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    elapsed = (time.monotonic() - began) * 1000
    return elapsed if done.returncode == 0 else None


def measure(services):
    work = tempfile.mkdtemp(prefix=f"pivori-scale-{services}-")
    state_file = os.path.join(work, "stack.json")
    subprocess.run([CONSOLE, "stack", "up", "--state-file", state_file, "--services", str(services),
                    "--no-scenarios", "--max-lifetime", "60m"], check=True, stdout=subprocess.DEVNULL)
    state = json.load(open(state_file))
    try:
        prom = state["prometheus"].rstrip("/")
        instance = urllib.parse.urlparse(state["simulator"]).netloc
        history = os.path.join(work, "history.om")
        began = time.monotonic()
        subprocess.run([SIMULATOR, "--services", str(services), "--history-openmetrics", history,
                        "--history", "3600", "--history-instance", instance], check=True)
        written = time.monotonic() - began
        subprocess.run(["promtool", "tsdb", "create-blocks-from", "openmetrics", history,
                        os.path.join(state["workDir"], "prometheus-data")], check=True,
                       stdout=subprocess.DEVNULL)
        backfilled = time.monotonic() - began - written
        size_mb = os.path.getsize(history) / 1e6
        os.remove(history)
        # Prometheus looks for new blocks once a minute.
        deadline = time.monotonic() + 180
        while time.monotonic() < deadline and not query(prom, "count(http_requests_total offset 50m)"):
            time.sleep(5)
        series = query(prom, "count({__name__=~\".+\"})")
        post_alerts([a.rstrip("/") for a in state["alertmanagers"]])
        time.sleep(5)

        starts = [start_console(state) for _ in range(5)]
        firsts = sorted(s[0] for s in starts if s[0] is not None)
        everys = sorted(s[1] for s in starts if s[1] is not None)
        snaps = sorted(s for s in (snapshot_ms(state, work) for _ in range(5)) if s is not None)
        _, _, steady = start_console(state, steady_seconds=60)
        row = {
            "services": services,
            "series": series[0]["value"][1] if series else "?",
            "history_mb": round(size_mb),
            "history_write_s": round(written, 1),
            "promtool_s": round(backfilled, 1),
            "first_panel_ms": [round(x) for x in firsts],
            "every_panel_ms": [round(x) for x in everys],
            "snapshot_ms": [round(x) for x in snaps],
            "cpu_ms_per_10s": round(steady[0], 1) if steady else None,
            "pss_mib": round(steady[1], 1) if steady else None,
        }
        print(json.dumps(row), flush=True)
        return row
    finally:
        subprocess.run([CONSOLE, "stack", "down", "--state-file", state_file], stdout=subprocess.DEVNULL)


def median(values):
    return f"{statistics.median(values):.0f}" if values else "n/a"


if __name__ == "__main__":
    rows = [measure(n) for n in SIZES]
    print("| services | series | first panel, median of 5 (ms) | every panel (ms) | snapshot 1 h (ms) "
          "| CPU per 10 s (ms) | PSS (MiB) |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for r in rows:
        print(f"| {r['services']} | {r['series']} | {median(r['first_panel_ms'])} | {median(r['every_panel_ms'])} "
              f"| {median(r['snapshot_ms'])} | {r['cpu_ms_per_10s']} | {r['pss_mib']} |")
