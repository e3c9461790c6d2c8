# SPDX-License-Identifier: GPL-3.0-or-later
"""Helpers the Python benchmarks share: Prometheus's HTTP API, a process's CPU time and PSS,
and waiting for a console's timing lines (PIVORI_REPORT_TIMINGS) with a deadline."""
import json
import os
import select
import subprocess
import time
import urllib.parse
import urllib.request

TICK = os.sysconf("SC_CLK_TCK")


def get_json(url):
    with urllib.request.urlopen(url, timeout=30) as reply:
        return json.load(reply)


def query(prom, expr):
    return get_json(prom + "/api/v1/query?" + urllib.parse.urlencode({"query": expr}))["data"]["result"]


def cpu_ms(pid):
    """User + system CPU time of a process so far, in ms (from /proc/PID/stat)."""
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) * 1000.0 / TICK


def pss_kib(pid):
    with open(f"/proc/{pid}/smaps_rollup") as f:
        for line in f:
            if line.startswith("Pss:"):
                return int(line.split()[1])
    return 0


def wait_for_lines(proc, began, marks, seconds):
    """ms from @p began until each of @p marks (bytes) first appears in @p proc's stdout; None
    for those that did not within @p seconds. The pipe is read unbuffered (os.read after
    select()), so two lines arriving at once are both seen, and the wait is bounded: a console
    that never paints every panel must not hang the benchmark."""
    found = {mark: None for mark in marks}
    deadline = began + seconds
    seen = b""
    fd = proc.stdout.fileno()
    while time.monotonic() < deadline and any(v is None for v in found.values()):
        ready, _, _ = select.select([fd], [], [], max(0.0, deadline - time.monotonic()))
        if not ready:
            break
        chunk = os.read(fd, 65536)
        if not chunk:
            break
        seen += chunk
        for mark in marks:
            if found[mark] is None and mark in seen:
                found[mark] = (time.monotonic() - began) * 1000
    return found


def time_console(args, env, seconds, steady_seconds=0):
    """One exec of a console that reports PIVORI_REPORT_TIMINGS lines: ms to the first and to
    every panel painted with data (None when not within @p seconds), and, when
    @p steady_seconds, its steady state 35 s later (three 10 s refreshes past start-up): CPU
    per 10 s over @p steady_seconds and PSS in MiB. The console is stopped at the end."""
    began = time.monotonic()
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
    try:  # stopped also when the benchmark is interrupted
        marks = wait_for_lines(proc, began, [b"first-data-painted", b"all-data-painted"], seconds)
        first, every = marks[b"first-data-painted"], marks[b"all-data-painted"]
        steady = None
        if steady_seconds and every is not None:
            time.sleep(35)
            before = cpu_ms(proc.pid)
            time.sleep(steady_seconds)
            steady = ((cpu_ms(proc.pid) - before) / (steady_seconds / 10.0), pss_kib(proc.pid) / 1024.0)
        return first, every, steady
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
