#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A 140-panel Grafana dashboard against real data: conversion, first paint, steady state.

The dashboard is tests/data/grafana/many-panels.json (140 panels in 10 rows, 3 rows collapsed
and a collapsed row nested in another, repeated panels with Grafana's saved copies, chained
variables, 8 panel kinds), each panel's expression changed from mode="mN" to mode!="mN" so that
every panel has data. It reads Debian's prometheus-node-exporter, which this script starts on
loopback with a Prometheus of its own scraping it every 5 s (both in a temporary folder, both
stopped at the end). Measured:

  - conversion: `pivori-console import-grafana` from exec to exit, 5 runs;
  - the console with the dashboard as the `- file:` entry of its configuration: exec to the first
    panel painted with data, and to every panel of the expanded rows painted with data
    (PIVORI_REPORT_TIMINGS), 5 starts;
  - its steady state, 35 s after start: PSS, and CPU per 10-second refresh over 60 s, in all and
    per panel queried; once as the file is, once with every row but the first collapsed.

Not a test: it prints figures. Usage, from the source folder after a build:

  tests/bench/bench_grafanadashboard.py [build]
"""
import copy
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time

from benchproc import query, time_console

BUILD = sys.argv[1] if len(sys.argv) > 1 else "build"
CONSOLE = os.path.join(BUILD, "app", "pivori-console")
SOURCE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data", "grafana", "many-panels.json")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def with_data(dashboard):
    """The dashboard with every expression matching series, a 1 h range and a 10 s refresh."""
    d = copy.deepcopy(dashboard)
    d["time"] = {"from": "now-1h", "to": "now"}
    d["refresh"] = "10s"

    def fix(panels):
        for p in panels:
            for t in p.get("targets", []):
                t["expr"] = t["expr"].replace('mode="m', 'mode!="m')
            fix(p.get("panels", []))
    fix(d["panels"])
    return d


def all_but_first_row_collapsed(dashboard):
    """Every row after the first collapsed, its panels nested in it as Grafana saves them."""
    d = copy.deepcopy(dashboard)
    out = []
    current = None
    for p in d["panels"]:
        if p["type"] == "row":
            if out and any(q["type"] == "row" for q in out):
                p["collapsed"] = True
            out.append(p)
            current = p if p.get("collapsed") else None
        elif current is not None:
            current.setdefault("panels", []).append(p)
        else:
            out.append(p)
    d["panels"] = out
    d["uid"] = "many-panels-collapsed"
    return d


def queried_panels(dashboard):
    """Panels of expanded rows the console queries (Grafana's saved repeat copies are left out)."""
    return sum(1 for p in dashboard["panels"]
               if p["type"] != "row" and "repeatPanelId" not in p and p.get("targets"))


def start_servers(work, servers):
    """Starts the node exporter and Prometheus, appending each to @p servers as it starts (the
    caller stops them, also when this fails); returns Prometheus's URL once it has history."""
    node = f"127.0.0.1:{free_port()}"
    prom_port = free_port()
    servers.append(subprocess.Popen(
        ["prometheus-node-exporter", f"--web.listen-address={node}", "--collector.disable-defaults",
         "--collector.cpu", "--collector.meminfo", "--collector.loadavg", "--collector.uname"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
    config = os.path.join(work, "prometheus.yml")
    with open(config, "w") as f:
        f.write("global: {scrape_interval: 5s}\nscrape_configs:\n"
                f"  - job_name: node\n    static_configs: [{{targets: ['{node}']}}]\n")
    servers.append(subprocess.Popen(
        ["prometheus", f"--config.file={config}", f"--storage.tsdb.path={work}/data",
         f"--web.listen-address=127.0.0.1:{prom_port}"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
    prom = f"http://127.0.0.1:{prom_port}"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            if query(prom, 'count_over_time(up{job="node"}[1m]) >= 8'):
                return prom
        except OSError:
            pass
        time.sleep(1)
    raise SystemExit("Prometheus did not scrape the node exporter within 2 minutes")


def conversion_ms(path, work):
    began = time.monotonic()
    subprocess.run([CONSOLE, "import-grafana", path, "--out", os.path.join(work, "out.yaml")],
                   check=True, stdout=subprocess.DEVNULL)
    return (time.monotonic() - began) * 1000


def start_console(config, steady_seconds=0):
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PIVORI_REPORT_TIMINGS="1", XDG_CONFIG_HOME=home,
                   XDG_DATA_HOME=home, XDG_STATE_HOME=home, XDG_CACHE_HOME=home)
        return time_console([CONSOLE, "--config", config], env, 120, steady_seconds)


def spread(values):
    values = [v for v in values if v is not None]
    if not values:
        return "n/a"
    return f"{statistics.median(values):.0f} (min {min(values):.0f}, max {max(values):.0f}, {len(values)} runs)"


def main():
    work = tempfile.mkdtemp(prefix="pivori-grafana-bench-")
    servers = []
    try:
        prom = start_servers(work, servers)
        dashboard = with_data(json.load(open(SOURCE)))
        variants = {"as saved (3 of 10 rows collapsed)": dashboard,
                    "every row but the first collapsed": all_but_first_row_collapsed(dashboard)}
        paths = {}
        for name, d in variants.items():
            path = os.path.join(work, d["uid"] + ".json")
            json.dump(d, open(path, "w"))
            config = os.path.join(work, d["uid"] + ".yaml")
            with open(config, "w") as f:
                f.write(f"prometheus:\n  - name: node\n    url: {prom}\ndashboards:\n  - file: {path}\n")
            paths[name] = (path, config)
        first_path = paths[next(iter(variants))][0]
        print(f"import-grafana, exec to exit (ms): {spread([conversion_ms(first_path, work) for _ in range(5)])}")
        for name, (path, config) in paths.items():
            starts = [start_console(config) for _ in range(5)]
            _, _, steady = start_console(config, steady_seconds=60)
            panels = queried_panels(variants[name])
            print(f"{name}: {panels} panels queried")
            print(f"  exec to first panel painted with data (ms): {spread([s[0] for s in starts])}")
            print(f"  exec to every queried panel painted with data (ms): {spread([s[1] for s in starts])}")
            if steady:
                print(f"  steady state: CPU {steady[0]:.0f} ms per 10-s refresh ({steady[0] / panels:.1f} ms per "
                      f"panel), PSS {steady[1]:.1f} MiB")
            else:
                print("  steady state: not reached (not every panel painted within 2 minutes)")
            sys.stdout.flush()
    finally:
        for server in servers:
            server.terminate()
        for server in servers:
            try:
                server.wait(10)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
