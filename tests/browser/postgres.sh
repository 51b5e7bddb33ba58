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
# shellcheck source=services.sh
source "$here/services.sh"
trap pg_stop EXIT
PG_OPTIONS="-c fsync=off" pg_cluster "$work"
ORDERS_DATABASE="$pg_url" bash "$here/run.sh" "$@"
