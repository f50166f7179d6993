#!/usr/bin/env python3
"""Verdict agreement between gcm and the schema tools, from the files SideBySide and the Node
scripts leave beside the inputs (defects.csv, flagged-<tool>.tsv). Prints Markdown.

Usage: python3 compare.py OUT

A record counts as flagged by a tool when the tool reports an error at or below its pointer
(/actors/12/...); gcm's warnings are counted apart. Matching is by record, so a record caught for
another reason than its injected defect would still count as caught (each invalid record has one
injected defect; the extra-flags table shows what else each tool reported)."""
import collections
import csv
import os
import sys

TOOLS = ["gcm-json", "gcm-csv", "networknt", "ajv", "tableschema-rows", "tableschema"]


def flagged(folder, tool):
    path = os.path.join(folder, f"flagged-{tool}.tsv")
    if not os.path.exists(path):
        return None
    errors, warnings = collections.defaultdict(list), collections.defaultdict(list)
    with open(path, encoding="utf-8") as f:
        for line in f:
            cells = line.rstrip("\n").split("\t")
            record, pointer, code, message, severity = (cells + [""] * 5)[:5]
            (warnings if severity == "warning" else errors)[record].append((pointer, code, message))
    return errors, warnings


def main(out):
    folders = sorted(d for d in (os.path.join(out, n) for n in os.listdir(out))
                     if os.path.exists(os.path.join(d, "defects.csv")))
    print("## Verdicts per file\n")
    print("| file | records | injected | " + " | ".join(TOOLS) + " |")
    print("|---|---:|---:|" + "---|" * len(TOOLS))
    results = {}
    for d in folders:
        with open(os.path.join(d, "defects.csv"), encoding="utf-8") as f:
            defects = {row["pointer"]: row["defect"] for row in csv.DictReader(f)}
        records = open(os.path.join(d, "records.txt")).read().strip()
        per_tool = {t: flagged(d, t) for t in TOOLS}
        results[d] = (defects, per_tool)
        cells = []
        for t in TOOLS:
            r = per_tool[t]
            if r is None:
                cells.append("—")
                continue
            errors, warnings = r
            v = f"invalid ({len(errors)} records)" if errors else "valid"
            if warnings:
                v += f", {sum(len(x) for x in warnings.values())} warning(s)"
            cells.append(v)
        print(f"| {os.path.basename(d)} | {records} | {len(defects)} | " + " | ".join(cells) + " |")

    for d, (defects, per_tool) in results.items():
        if not defects:
            continue
        name = os.path.basename(d)
        tools = [t for t in TOOLS if per_tool[t] is not None]
        print(f"\n## {name}: injected defects caught, by kind (records caught / records with it)\n")
        print("| defect | records | " + " | ".join(tools) + " |")
        print("|---|---:|" + "---:|" * len(tools))
        by_kind = collections.defaultdict(list)
        for pointer, kind in defects.items():
            by_kind[kind].append(pointer)
        for kind in sorted(by_kind):
            pointers = by_kind[kind]
            cells = []
            for t in tools:
                errors, warnings = per_tool[t]
                caught = sum(1 for p in pointers if p in errors)
                warned = sum(1 for p in pointers if p not in errors and p in warnings)
                cells.append(f"{caught}" + (f" (+{warned} warned)" if warned else ""))
            print(f"| {kind} | {len(pointers)} | " + " | ".join(cells) + " |")
        print(f"\n{name}: records flagged without an injected defect (collateral), by code or keyword:\n")
        for t in tools:
            errors, _ = per_tool[t]
            extra = collections.Counter()
            for record, items in errors.items():
                if record not in defects:
                    extra.update({items[0][1]} if t.startswith("tableschema") else {c for _, c, _ in items})
            total = sum(1 for r in errors if r not in defects)
            shown = ", ".join(f"{c} {n}" for c, n in extra.most_common(6)) if extra else ""
            print(f"- {t}: {total} record(s)" + (f" ({shown})" if shown else ""))

    print("\n## Rejected by a schema tool but accepted by gcm\n")
    any_found = False
    for d, (defects, per_tool) in results.items():
        gcm = per_tool["gcm-json"][0] if per_tool["gcm-json"] else {}
        gcm_csv = per_tool["gcm-csv"][0] if per_tool["gcm-csv"] else {}
        for t in ["networknt", "ajv", "tableschema-rows", "tableschema"]:
            if per_tool[t] is None:
                continue
            reference = gcm_csv if t.startswith("tableschema") else gcm
            for record, items in sorted(per_tool[t][0].items()):
                if record not in reference:
                    any_found = True
                    pointer, code, message = items[0]
                    print(f"- {os.path.basename(d)} {t}: {record} ({pointer}) {code}: {message}")
    if not any_found:
        print("None: every record a schema tool rejects, gcm rejects too.")


if __name__ == "__main__":
    main(sys.argv[1])
