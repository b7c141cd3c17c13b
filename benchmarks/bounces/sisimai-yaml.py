#!/usr/bin/env python3
"""Writes the bounce corpus's sisimai.yaml: Sisimai's reason next to ours for every recipient.

Reads Sisimai's reading (the output of sisimai-reasons.pl) on standard input, the corpus's
expected.yaml (our reasons) and the current sisimai.yaml, whose `mapping` (Sisimai's reason names
to ours) and whose `why` of each entry it keeps; writes sisimai.yaml again with Sisimai's side
refreshed. An entry whose mapped reasons differ and that has no `why` yet gets `why: ""`, which
SisimaiComparisonTest refuses until someone writes down which reading is right.
  usage: benchmarks/bounces/compare.sh --reasons   (runs both scripts; needs python3-yaml)
"""
import json
import sys
from pathlib import Path

import yaml

folder = Path(sys.argv[1])
target = folder / "sisimai.yaml"
expected = yaml.safe_load((folder / "expected.yaml").read_text(encoding="utf-8"))["files"]
current = yaml.safe_load(target.read_text(encoding="utf-8")) if target.exists() else {}
mapping = current.get("mapping") or {}
whys = {}
for file, entries in (current.get("files") or {}).items():
    for e in entries:
        whys[(file, e["message"], e["recipient"])] = e.get("why")

version = "?"
sisimai = {}  # (file, message) -> [(recipient, reason, status, code)]
for line in sys.stdin.read().splitlines():
    if line.startswith("# Sisimai "):
        version = line.split()[2].lstrip("v")
        continue
    file, message, recipient, reason, status, code = (line.split("\t") + [""] * 6)[:6]
    found = sisimai.setdefault((file, int(message)), [])
    if recipient or reason:
        found.append((recipient or None, reason or None, status or None, code or None))


def ours(file):
    """(message, recipient) -> our reason, per message of expected.yaml."""
    entry = expected[file]
    messages = entry["messages"] if "messages" in entry else [entry]
    result = []
    for i, m in enumerate(messages, start=1):
        reasons = {}
        if m["verdict"] == "no-failure":
            reasons[None] = "not-a-bounce"
        for r in m.get("results") or []:
            reasons[r["recipient"]] = r["reason"]
        result.append((i, reasons))
    return result


def q(value):
    return "null" if value is None else json.dumps(value, ensure_ascii=False)


head = []
for line in (target.read_text(encoding="utf-8").splitlines() if target.exists() else []):
    if line.startswith("sisimai:"):
        break
    head.append(line)
out = head + [f"sisimai: {q(version)}", "mapping:"]
out += [f"  {name}: {q(mapping[name])}" for name in mapping]
out.append("files:")
for file in expected:
    out.append(f"  {file}:")
    for message, reasons in ours(file):
        found = sisimai.get((file, message), [])
        theirs = {r: (reason, status, code) for r, reason, status, code in found}
        recipients = [r for r, *_ in found if r in reasons or r is not None]
        recipients += [r for r in reasons if r not in theirs and r is not None]
        if not recipients:
            recipients = [None]
        for recipient in recipients:
            reason, status, code = theirs.get(recipient, (None, None, None))
            if recipient is None and not theirs:
                reason = None
            mine = reasons.get(recipient, reasons.get(None) if recipient not in reasons and None in reasons else None)
            mapped = mapping.get(reason, "?") if reason else "not-a-bounce"
            why = whys.get((file, message, recipient))
            if why is None and mapped != mine:
                why = ""
            out.append(f"    - message: {message}")
            out.append(f"      recipient: {q(recipient)}")
            out.append(f"      sisimai: {q(reason)}")
            out.append(f"      sisimaiStatus: {q(status)}")
            out.append(f"      ours: {q(mine)}")
            if why is not None:
                out.append(f"      why: {q(why)}")
target.write_text("\n".join(out) + "\n", encoding="utf-8")
print(f"sisimai-yaml.py: wrote {target}")
