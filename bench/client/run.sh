#!/usr/bin/env bash
# The client benchmark (benches/client.rs): round trips per charge (ours and
# the official Python client's), overhead against hand-written reqwest, and
# 1,000 fault runs. Installs iamport-rest-client 0.9.0 (PyPI) into a
# virtualenv under target/ on first use. About a minute.
set -euo pipefail
cd "$(dirname "$0")/../.."
venv="$PWD/target/bench-client-venv"
if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -c 'import iamport' 2>/dev/null; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet 'iamport-rest-client==0.9.0'
fi
IAMPORT_PY="$venv/bin/python" cargo bench --locked --features client --bench client

# Instructions, not seconds: the whole process (client and simulator) under
# callgrind, once per side and once with no calls; the difference is the
# side's 1,000 calls.
bin=$(ls -t target/release/deps/client-* | grep -v '\.d$' | head -1)
count() {
  IAMPORT_BENCH_SIDE="$1" valgrind --tool=callgrind --callgrind-out-file=/dev/null "$bin" --bench 2>&1 \
    | sed -n 's/.*Collected : \([0-9]*\).*/\1/p'
}
none=$(count none); ours=$(count ours); hand=$(count hand)
python3 - "$none" "$ours" "$hand" <<'PY'
import sys
none, ours, hand = map(int, sys.argv[1:])
o, h = (ours - none) / 1000, (hand - none) / 1000
print(f"overhead, instructions (callgrind): iamport::Client {o:,.0f} per call, hand-written reqwest {h:,.0f} per call; ratio {o / h:.3f}")
PY
