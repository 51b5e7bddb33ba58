# Helpers the browser suite and the checkout benchmark share; source it.
#
#   start LOG CMD...   runs CMD in the background (its pid in `pids`), waits
#                      for its first line "listening on URL" and sets
#                      `started` to URL; exits if it never comes.
#   pg_cluster DIR     a throwaway PostgreSQL cluster under DIR (Debian's
#                      postgresql package, installed when missing): on
#                      127.0.0.1 (a free port) and a unix socket, with a
#                      database `orders`; sets `pg_url`. `pg_stop` stops it.

pids=()

start() {
  local log="$1"; shift
  "$@" >"$log" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 100); do
    grep -q '^listening on ' "$log" 2>/dev/null && break
    sleep 0.1
  done
  started=$(sed -n 's/^listening on //p' "$log" | head -1)
  [ -n "$started" ] || { echo "$1 did not start:" >&2; cat "$log" >&2; exit 1; }
}

# PostgreSQL won't run as root: the cluster belongs to the package's user.
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

pg_cluster() {
  local dir="$1"
  pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
  if [ -z "$pg_bin" ] || [ ! -x "$pg_bin/initdb" ]; then
    echo "installing postgresql (Debian package) ..."
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  fi
  pg_data="$dir/pg-data"
  local socket="$dir/pg-socket" logs="$dir/pg-log"
  rm -rf "$pg_data" "$socket" "$logs"
  mkdir -p "$pg_data" "$socket" "$logs"
  [ "$(id -u)" != 0 ] || chown postgres "$pg_data" "$socket" "$logs"
  as_pg "$pg_bin/initdb" -D "$pg_data" -A trust -U postgres >"$logs/initdb.log" 2>&1
  local port
  port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  as_pg "$pg_bin/pg_ctl" -D "$pg_data" -w -l "$logs/postgres.log" \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $socket ${PG_OPTIONS:-}" start >/dev/null
  as_pg "$pg_bin/createdb" -h 127.0.0.1 -p "$port" -U postgres orders
  pg_url="postgres://postgres@127.0.0.1:$port/orders"
  echo "PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port"
}

pg_stop() {
  [ -z "${pg_data:-}" ] || as_pg "$pg_bin/pg_ctl" -D "$pg_data" -m immediate stop >/dev/null 2>&1 || true
}
