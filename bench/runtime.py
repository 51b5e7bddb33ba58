#!/usr/bin/env python3
"""Runs the criterion run-time benchmark and prints the builder/literal ratios.

    python3 bench/runtime.py [--quick]

Both sides run in the same criterion invocation, so each ratio compares
timings taken minutes apart on the same machine. It also reports whether the
optimizer emitted the same machine code for both functions (the linker then
gives `literal` and `builder` one address).
"""
import glob
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def main() -> int:
    quick = "--quick" in sys.argv
    args = ["cargo", "bench", "--locked", "--bench", "runtime", "--"]
    if quick:
        args += ["--warm-up-time", "1", "--measurement-time", "3"]
    subprocess.run(args, cwd=ROOT, check=True)
    rows = []
    for group in ("build", "build_to_vec"):
        est = {}
        for side in ("literal", "builder"):
            path = os.path.join(ROOT, "target", "criterion", group, side, "new", "estimates.json")
            with open(path) as f:
                data = json.load(f)
            est[side] = (data["median"]["point_estimate"], data["mean"]["point_estimate"])
        rows.append((group, est))
    print()
    print("| benchmark | literal (median ns) | builder (median ns) | ratio builder/literal (median) | ratio (mean) |")
    print("|---|---|---|---|---|")
    for group, est in rows:
        (lm, lmean), (bm, bmean) = est["literal"], est["builder"]
        print(f"| {group} | {lm:.2f} | {bm:.2f} | {bm / lm:.3f} | {bmean / lmean:.3f} |")
    binaries = [
        p
        for p in glob.glob(os.path.join(ROOT, "target", "release", "deps", "runtime-*"))
        if os.access(p, os.X_OK) and not p.endswith(".d")
    ]
    binary = max(binaries, key=os.path.getmtime)
    symbols = subprocess.run(["nm", "-C", binary], capture_output=True, text=True, check=True).stdout
    addrs = {}
    for line in symbols.splitlines():
        parts = line.split(maxsplit=2)
        if len(parts) == 3 and parts[2] in ("runtime::literal", "runtime::builder"):
            addrs[parts[2]] = parts[0]
    same = len(addrs) == 2 and len(set(addrs.values())) == 1
    print()
    print(f"machine code of `builder` and `literal`: {'identical (one address: ' + addrs['runtime::builder'] + ')' if same else 'different: ' + str(addrs)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
