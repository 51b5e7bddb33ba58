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

pids=()
trap 'kill "${pids[@]}" 2>/dev/null || true' EXIT
start() {
  local log="$1"; shift
  "$@" >"$log" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 100); do
    grep -q '^listening on ' "$log" 2>/dev/null && break
    sleep 0.1
  done
  started=$(sed -n 's/^listening on //p' "$log" | head -1)
}
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

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
fi
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
rm -rf "$work/pg-data" "$work/pg-socket" "$work/pg-log"
mkdir -p "$work/pg-data" "$work/pg-socket" "$work/pg-log"
[ "$(id -u)" != 0 ] || chown postgres "$work/pg-data" "$work/pg-socket" "$work/pg-log"
as_pg "$bin/initdb" -D "$work/pg-data" -A trust -U postgres >/dev/null
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
as_pg "$bin/pg_ctl" -D "$work/pg-data" -w -l "$work/pg-log/postgres.log" \
  -o "-c listen_addresses=127.0.0.1 -p $port -k $work/pg-socket" start >/dev/null
trap 'kill "${pids[@]}" 2>/dev/null || true; as_pg "$bin/pg_ctl" -D "$work/pg-data" -m immediate stop >/dev/null 2>&1 || true' EXIT
as_pg "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres orders
run postgres post "$server_bin" --database "postgres://postgres@127.0.0.1:$port/orders" --orders-per-minute 1000000
