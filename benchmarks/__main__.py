"""Run every benchmark module, write build/bench.json, print a table against the targets."""

from __future__ import annotations

import importlib
import json
import os
import pkgutil
import sys
import time
from pathlib import Path

import benchmarks

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "build" / "bench.json"


def main(argv: list[str]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    only = set(argv)
    results: dict[str, float] = {}
    targets: dict[str, tuple[str, float]] = {}
    for info in sorted(pkgutil.iter_modules(benchmarks.__path__), key=lambda m: m.name):
        if not info.name.startswith("bench_"):
            continue
        if only and info.name not in only:
            continue
        module = importlib.import_module(f"benchmarks.{info.name}")
        started = time.perf_counter()
        print(f"running {info.name} ...", flush=True)
        results.update(module.run())
        targets.update(getattr(module, "TARGETS", {}))
        print(f"  done in {time.perf_counter() - started:.1f} s", flush=True)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    previous = json.loads(OUT.read_text()) if OUT.exists() and only else {}
    previous.update(results)
    OUT.write_text(json.dumps(previous, indent=2, sort_keys=True) + "\n")
    failed = 0
    print(f"\n{'metric':32} {'value':>12} {'target':>12}  ok")
    for name, value in sorted(results.items()):
        op, limit = targets.get(name, ("", float("nan")))
        ok = (value < limit) if op == "<" else (value > limit) if op == ">" else True
        failed += not ok
        target = f"{op} {limit:g}" if op else ""
        print(f"{name:32} {value:12.3f} {target:>12}  {'yes' if ok else 'NO'}")
    print(f"\nwritten: {OUT.relative_to(ROOT)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
