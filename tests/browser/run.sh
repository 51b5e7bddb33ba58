#!/usr/bin/env bash
# The browser test: installs Debian's chromium when it is missing and
# playwright-core (pinned in package-lock.json) into WORK_DIR, starts
# iamport-sim (PortOne's API, its iamport.js and payment window) and the
# checkout_server example on free loopback ports, runs check.mjs (the page,
# the whole payment flow, the webhook, methods and headers), load.mjs
# (hostile clients must not stop 50 buyers from being served), then
# testmode.mjs against a simulator that is a test channel.
# Usage: tests/browser/run.sh SERVER_BINARY WORK_DIR SCREENSHOT SIM_BINARY
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
server_bin="$1"
work="$2"
screenshot="$3"
sim_bin="$4"

# Debian's chromium, and a Korean font so the screenshot shows Hangul.
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -n "$(fc-list :lang=ko 2>/dev/null)" ] || missing+=(fonts-nanum)
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing ${missing[*]} (Debian packages) ..."
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi
mkdir -p "$work"
if ! cmp -s "$here/package-lock.json" "$work/package-lock.json" || [ ! -d "$work/node_modules/playwright-core" ]; then
  cp "$here/package.json" "$here/package-lock.json" "$work/"
  (cd "$work" && npm ci --no-audit --no-fund --loglevel=error)
fi
cp "$here/check.mjs" "$here/checks.mjs" "$here/load.mjs" "$here/testmode.mjs" "$here/races.mjs" "$here/faults.mjs" "$here/limits.mjs" "$work/"

# shellcheck source=services.sh
source "$here/services.sh"
trap 'kill "${pids[@]}" 2>/dev/null || true' EXIT
start "$work/sim.log" "$sim_bin" --listen 127.0.0.1:0 --key test-key --secret test-secret
api="$started"
# Each server's orders in a SQLite file of its own, fresh for each run;
# ORDERS_DATABASE puts the main server's elsewhere (a PostgreSQL URL).
rm -f "$work"/orders-*.db
start "$work/server.log" env IAMPORT_API_KEY=test-key IAMPORT_API_SECRET=test-secret \
  "$server_bin" --port 0 --merchant-code imp37739582 --api-base "$api" --iamport-js "$api/iamport.js" \
  --database "${ORDERS_DATABASE:-sqlite://$work/orders-main.db?mode=rwc}" --orders-per-minute 100000
base="$started"
orders_db="${ORDERS_DATABASE:-sqlite://$work/orders-main.db?mode=rwc}"
mkdir -p "$(dirname "$screenshot")"
(cd "$work" && timeout 300 node check.mjs "$base" "$screenshot" "$api")
(cd "$work" && timeout 300 node load.mjs "$base")
(cd "$work" && timeout 120 node races.mjs "$base" "$api" "$orders_db")
# With a shared database (PostgreSQL), a second instance takes the redirect.
if [[ "$orders_db" == postgres* ]]; then
  start "$work/server-second.log" env IAMPORT_API_KEY=test-key IAMPORT_API_SECRET=test-secret \
    "$server_bin" --port 0 --merchant-code imp37739582 --api-base "$api" --iamport-js "$api/iamport.js" \
    --database "$orders_db" --orders-per-minute 100000
  (cd "$work" && timeout 120 node races.mjs "$base" "$api" "$orders_db" "$started")
fi

# A restart between the payment and its webhook, on a database of its own,
# and PortOne unreachable for a while.
restart_db="sqlite://$work/orders-restart.db?mode=rwc"
[[ "$orders_db" != postgres* ]] || restart_db="$orders_db"
serve_restart() {
  start "$work/server-restart.log" env IAMPORT_API_KEY=test-key IAMPORT_API_SECRET=test-secret \
    "$server_bin" --port 0 --merchant-code imp37739582 --api-base "$api" --iamport-js "$api/iamport.js" \
    --database "$restart_db" --orders-per-minute 100000
}
serve_restart
(cd "$work" && timeout 60 node faults.mjs prepare "$started" "$api" "$work/restart.json")
kill "${pids[-1]}"
wait "${pids[-1]}" 2>/dev/null || true
serve_restart
(cd "$work" && timeout 120 node faults.mjs finish "$started" "$api" "$work/restart.json")

# The per-address limit on new orders, on a server with the default one
# and a database of its own, whose unpaid orders expire after 2 s.
start "$work/server-limits.log" env IAMPORT_API_KEY=test-key IAMPORT_API_SECRET=test-secret \
  "$server_bin" --port 0 --merchant-code imp37739582 --api-base "$api" \
  --database "sqlite://$work/orders-limits.db?mode=rwc" --order-ttl 2
(cd "$work" && timeout 60 node limits.mjs "$started")

# Test mode: a simulator that is a test channel, one server with
# --test-mode and one left live, both against it.
start "$work/sim-sandbox.log" "$sim_bin" --listen 127.0.0.1:0 --key test-key --secret test-secret --sandbox
sandbox="$started"
start "$work/server-test-mode.log" env IAMPORT_API_KEY=test-key IAMPORT_API_SECRET=test-secret \
  "$server_bin" --port 0 --merchant-code imp37739582 --api-base "$sandbox" --iamport-js "$sandbox/iamport.js" --test-mode \
  --database "sqlite://$work/orders-test-mode.db?mode=rwc"
test_base="$started"
start "$work/server-live.log" env IAMPORT_API_KEY=test-key IAMPORT_API_SECRET=test-secret \
  "$server_bin" --port 0 --merchant-code imp37739582 --api-base "$sandbox" --iamport-js "$sandbox/iamport.js" \
  --database "sqlite://$work/orders-live.db?mode=rwc"
live_base="$started"
(cd "$work" && timeout 120 node testmode.mjs "$test_base" "$live_base" "$sandbox")
