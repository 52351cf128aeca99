# SPDX-License-Identifier: Apache-2.0
"""How the interop scripts report, as the Java tests read it (PythonClients.Result.assertPassed).

Two styles: ``step`` stops at the first failed step ("OK <step>" lines, "FAIL <step>" and exit 1);
``Checks`` runs every check, failures included, and ends with a JSON summary whose "failed" list
must be empty.

A script imports it from the folder above its own:
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
"""
import json
import sys


def step(name, condition, detail=""):
    """Prints OK for a step that held; otherwise FAIL and exit 1."""
    if not condition:
        print("FAIL", name, detail)
        sys.exit(1)
    print("OK", name)


class Checks:
    """Runs each check, reporting it as it goes, and every failure in the summary at the end."""

    def __init__(self):
        self.results = {}

    def run(self, name, fn):
        try:
            detail = fn()
            self.results[name] = {"ok": True, "detail": detail}
            print(f"ok   {name}: {detail}")
        except Exception as e:  # report every failure, keep going
            self.results[name] = {"ok": False, "detail": f"{type(e).__name__}: {e}"}
            print(f"FAIL {name}: {type(e).__name__}: {e}")

    def finish(self):
        """The JSON summary, then exit 1 when a check failed."""
        failed = [name for name, r in self.results.items() if not r["ok"]]
        print(json.dumps({"checks": len(self.results), "failed": failed}))
        sys.exit(1 if failed else 0)
