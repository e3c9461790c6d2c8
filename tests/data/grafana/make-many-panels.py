#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Writes many-panels.json: a real-world-shaped dashboard (140 panels in 10 rows, some collapsed
# with a row nested in one, repeated panels and their saved copies, chained variables), shaped
# like the node-exporter and mixin dashboards teams run. Deterministic: run it to regenerate.
import json

kinds = ["timeseries", "timeseries", "stat", "gauge", "graph", "bargauge", "table", "singlestat"]
units = ["bytes", "percent", "percentunit", "s", "ms", "reqps", "ops", "short", "decbytes", "none"]
panels = []
y = 0
pid = 1
for r in range(10):
    collapsed = r % 3 == 2
    row = {"type": "row", "id": pid, "title": f"Row {r + 1}", "collapsed": collapsed,
           "gridPos": {"h": 1, "w": 24, "x": 0, "y": y}, "panels": []}
    pid += 1
    y += 1
    members = []
    for i in range(13):
        kind = kinds[(r + i) % len(kinds)]
        w = [6, 8, 12, 24][(r * 13 + i) % 4]
        panel = {"type": kind, "id": pid, "title": f"Metric {r + 1}.{i + 1}",
                 "gridPos": {"h": 8, "w": w, "x": (i * w) % 24, "y": y + (i // 3) * 8},
                 "datasource": {"type": "prometheus", "uid": "${datasource}"},
                 "fieldConfig": {"defaults": {"unit": units[(r + i) % len(units)],
                     "thresholds": {"mode": "absolute", "steps": [
                         {"color": "green", "value": None}, {"color": "red", "value": 80 + i}]}},
                     "overrides": []},
                 "targets": [{"refId": "A", "legendFormat": "{{instance}}",
                              "expr": f"sum by (instance) (rate(node_cpu_seconds_total{{job=~\"$job\", instance=~\"$instance\", mode=\"m{i}\"}}[$__rate_interval]))"}]}
        if i == 5:
            panel["repeat"] = "instance"
            panel["repeatDirection"] = "v" if r % 2 else "h"
        pid += 1
        members.append(panel)
        if i == 5:
            copy = dict(panel)
            copy.pop("repeat")
            copy["id"] = pid
            copy["repeatPanelId"] = panel["id"]
            pid += 1
            members.append(copy)
    if r == 5:
        members.append({"type": "row", "id": pid, "title": "Nested", "collapsed": True,
                        "gridPos": {"h": 1, "w": 24, "x": 0, "y": y + 40},
                        "panels": [{"type": "stat", "id": pid + 1, "title": "Deep stat",
                                    "gridPos": {"h": 4, "w": 6, "x": 0, "y": y + 41},
                                    "targets": [{"refId": "A", "expr": "count(up)"}]}]})
        pid += 2
    if collapsed:
        row["panels"] = members
        panels.append(row)
    else:
        panels.append(row)
        panels.extend(members)
    y += 50

dashboard = {
    "title": "Many panels", "uid": "many-panels", "schemaVersion": 36,
    "time": {"from": "now-24h", "to": "now"}, "refresh": "",
    "templating": {"list": [
        {"type": "datasource", "name": "datasource", "query": "prometheus"},
        {"type": "query", "name": "job", "query": "label_values(node_uname_info, job)",
         "includeAll": False, "current": {"text": "node", "value": "node"}},
        {"type": "query", "name": "instance", "query": "label_values(node_uname_info{job=\"$job\"}, instance)",
         "multi": True, "includeAll": True, "current": {"text": ["All"], "value": ["$__all"]}}]},
    "panels": panels,
}
with open("many-panels.json", "w") as f:
    json.dump(dashboard, f, indent=1, sort_keys=True)
    f.write("\n")
