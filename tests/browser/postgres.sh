#!/usr/bin/env bash
# The browser test again with the checkout server's orders in PostgreSQL:
# installs Debian's postgresql package when it is missing, starts a
# throwaway cluster on 127.0.0.1 (a free port) and a unix socket under
# WORK_DIR, runs run.sh with ORDERS_DATABASE pointing at it, and stops the
# cluster afterwards, whatever happened.
# Usage: tests/browser/postgres.sh SERVER_BINARY WORK_DIR SCREENSHOT SIM_BINARY
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
work="$2"
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  echo "installing postgresql (Debian package) ..."
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
fi
# PostgreSQL won't run as root: the cluster belongs to the package's user.
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
data="$work/pg-data"
socket="$work/pg-socket"
logs="$work/pg-log"
rm -rf "$data" "$socket" "$logs"
mkdir -p "$data" "$socket" "$logs"
[ "$(id -u)" != 0 ] || chown postgres "$data" "$socket" "$logs"
as_pg "$bin/initdb" -D "$data" -A trust -U postgres >"$work/pg-init.log" 2>&1
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
trap 'as_pg "$bin/pg_ctl" -D "$data" -m immediate stop >/dev/null 2>&1 || true' EXIT
as_pg "$bin/pg_ctl" -D "$data" -w -l "$logs/postgres.log" \
  -o "-c listen_addresses=127.0.0.1 -p $port -k $socket -c fsync=off" start >/dev/null
as_pg "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres orders
echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port"
ORDERS_DATABASE="postgres://postgres@127.0.0.1:$port/orders" bash "$here/run.sh" "$@"
