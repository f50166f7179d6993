#!/usr/bin/env python3
"""Prints JMH JSON results (from -rf json) as a Markdown table: score, per-iteration values,
bytes allocated per op (-prof gc), and the ratio of each gcm benchmark to each baseline of the
same class and parameters. Usage: summarise.py RESULT.json..."""
import json, sys
from collections import defaultdict

for path in sys.argv[1:]:
    rows = json.load(open(path))
    print(f"\n### {path}\n")
    print("| benchmark | params | records/s (mean) | iterations | B/record |")
    print("|---|---|---:|---|---:|")
    groups = defaultdict(dict)
    for b in rows:
        cls, name = b["benchmark"].split(".")[-2:]
        params = ",".join(f"{k}={v}" for k, v in sorted(b.get("params", {}).items()))
        m = b["primaryMetric"]
        raw = [x for fork in m["rawData"] for x in fork]
        alloc = b.get("secondaryMetrics", {}).get("gc.alloc.rate.norm", {}).get("score")
        groups[(cls, params)][name] = (m["score"], max(raw))
        print(f"| {cls}.{name} | {params} | {m['score']:,.0f} | {', '.join(f'{x:,.0f}' for x in raw)} | "
              + (f"{alloc:,.0f}" if alloc is not None else "") + " |")
    print("\n| class | params | gcm benchmark | baseline | ratio of means | ratio of best iterations |")
    print("|---|---|---|---|---:|---:|")
    for (cls, params), benches in groups.items():
        gcm = [n for n in benches if n.startswith("gcm")]
        base = [n for n in benches if not n.startswith("gcm")]
        for g in gcm:
            # Per-record gcm against per-record hand checks, stream against stream.
            pair = {"gcmPerRecord": ["handPerRecord"], "gcmStream": ["handStream"]}.get(g, base)
            for x in [b for b in pair if b in benches]:
                print(f"| {cls} | {params} | {g} | {x} | {benches[g][0] / benches[x][0]:.3f} | "
                      f"{benches[g][1] / benches[x][1]:.3f} |")
