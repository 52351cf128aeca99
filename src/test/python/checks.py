# SPDX-License-Identifier: Apache-2.0
"""The client scripts' harness: named checks that keep going after a failure, and a JSON summary.

A script runs check(name, fn) for each step; fn returns a detail to print or raises. summary() prints
{"failed": [...], "results": {...}} last and exits 1 when a check failed, which the ITs read.

Scripts that stop at the first failure use step(name, condition): "OK <name>" lines, or "FAIL <name>"
and exit 1 (PythonClients.Result.assertPassed reads them).
"""
import json
import sys

results = {}


def check(name, fn):
    try:
        detail = fn()
        results[name] = {"ok": True, "detail": detail}
        print(f"ok   {name}: {detail}")
    except Exception as e:  # report every failure, keep going
        results[name] = {"ok": False, "detail": f"{type(e).__name__}: {e}"}
        print(f"FAIL {name}: {type(e).__name__}: {e}")
    return results[name]["ok"]


def summary():
    failed = [k for k, v in results.items() if not v["ok"]]
    print(json.dumps({"failed": failed, "results": results}, default=str))
    sys.exit(1 if failed else 0)


def step(name, condition, detail=""):
    """Prints OK for a step that held; otherwise FAIL and exit 1."""
    if not condition:
        print("FAIL", name, detail)
        sys.exit(1)
    print("OK", name)
