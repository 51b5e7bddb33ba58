#!/usr/bin/env bash
# Instructions rustc executes to `cargo check` each variant's crate, under
# callgrind: a figure the machine's load does not change (wall time on this
# shared machine moves by ±20 % between runs). Run after run.py, which
# writes the crates and builds their dependencies.
#   bash bench/compile/count.sh [SIZE ...]     (default: 50x20 10x20)
set -euo pipefail
cd "$(dirname "$0")/work"
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(50x20 10x20)
for size in "${sizes[@]}"; do
  for variant in baseline iamport bon typed_builder; do
    crate="c_${variant}_${size}"
    CARGO_INCREMENTAL=0 cargo check -q -p "$crate" 2>/dev/null
    touch "$crate/src/lib.rs"
    # The exact rustc command cargo runs for the crate, then that command
    # under callgrind.
    cmd=$(CARGO_INCREMENTAL=0 cargo rustc -v --profile check -p "$crate" 2>&1 \
      | sed -n 's/^ *Running `\(.*\)`$/\1/p' | tail -1)
    count=$(eval valgrind --tool=callgrind --callgrind-out-file=/dev/null "$cmd" 2>&1 \
      | sed -n 's/.*Collected : \([0-9]*\).*/\1/p')
    echo "$size $variant $count"
  done
done | python3 -c '
import sys
rows = [l.split() for l in sys.stdin if l.strip()]
base = {s: int(c) for s, v, c in rows if v == "baseline"}
print("| size | variant | instructions (M) | ratio to baseline |")
print("|---|---|---|---|")
for s, v, c in rows:
    name = v.replace("_", "-")
    print(f"| {s} | {name} | {int(c) / 1e6:,.0f} | {int(c) / base[s]:.2f} |")
'
