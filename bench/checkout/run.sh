#!/usr/bin/env bash
# The checkout example's cost per order: 1,000 checkout-and-verify cycles
# and the latency of GET /checkout (median, p99), measured in one run for
#   memory   the in-memory map it had before its database (commit 71ba92a),
#   sqlite   the database of today, a SQLite file (WAL),
#   postgres the same on a throwaway PostgreSQL cluster,
# each against iamport-sim, debug builds (as the tests build them). The
# figures are in BENCHMARKS.md. Installs Debian's postgresql when missing.
# Usage: bash bench/checkout/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
root="$PWD"
work="$root/bench/checkout/work"
mkdir -p "$work"
cargo build --quiet --locked --features client --example checkout_server
cargo build --quiet --locked -p iamport-sim
tree="$work/memory-tree"
[ -d "$tree" ] || git worktree add --detach -q "$tree" 71ba92a
(cd "$tree" && CARGO_TARGET_DIR="$root/target/bench-checkout-memory" cargo build --quiet --locked --features client --example checkout_server)
memory_bin="$root/target/bench-checkout-memory/debug/examples/checkout_server"
server_bin="$root/target/debug/examples/checkout_server"
sim_bin="$root/target/debug/iamport-sim"

# shellcheck source=../../tests/browser/services.sh
source "$root/tests/browser/services.sh"
trap 'kill "${pids[@]}" 2>/dev/null || true; pg_stop' EXIT
run() {
  local name="$1" kind="$2"; shift 2
  start "$work/sim-$name.log" "$sim_bin" --listen 127.0.0.1:0 --key k --secret s
  local api="$started"
  start "$work/server-$name.log" env IAMPORT_API_KEY=k IAMPORT_API_SECRET=s "$@" --port 0 --api-base "$api"
  echo "$name $(node "$root/bench/checkout/cycles.mjs" "$started" "$api" "$kind")"
}
rm -f "$work"/orders.db*
run memory get "$memory_bin"
run sqlite post "$server_bin" --database "sqlite://$work/orders.db?mode=rwc" --orders-per-minute 1000000

pg_cluster "$work"
run postgres post "$server_bin" --database "$pg_url" --orders-per-minute 1000000
