#!/usr/bin/env bash
# What the REST surface costs a merchant's build: instructions rustc executes
# to `cargo check -p iamport` (under callgrind, a figure the machine's load
# does not change) and its peak memory (max RSS, /usr/bin/time), without
# features and with `client`, for two commits measured in the same run.
#
#   bash bench/compile/rest_surface.sh [COMMIT ...]
#
# The commits default to 0f9083a (32 operations, before issue 17) and
# HEAD; the feature sets to FEATURES (default `none client`; a commit that
# lacks a feature reports it failed). Each commit is checked out into bench/compile/work/surface/<commit>
# (a git worktree) with its own target directory, so dependencies are built
# once per commit and only the `iamport` crate is measured. Prints one line
# per commit and feature set: `<commit> <features> <instructions> <KiB>`.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(git -C "$here" rev-parse --show-toplevel)
work="$here/work/surface"
revs=("$@")
[ ${#revs[@]} -gt 0 ] || revs=(0f9083a HEAD)
export CARGO_INCREMENTAL=0
mkdir -p "$work"

run_rustc() {
  (
    eval "set -- $cmd"
    while [ $# -gt 0 ] && [[ $1 =~ ^[A-Za-z_][A-Za-z0-9_]*= ]]; do
      export "${1?}"
      shift
    done
    exec "${prefix[@]}" "$@"
  )
}

for rev in "${revs[@]}"; do
  sha=$(git -C "$repo" rev-parse --short "$rev") || exit 1
  tree="$work/$sha"
  [ -d "$tree" ] || git -C "$repo" worktree add --detach -q "$tree" "$sha" || exit 1
  for features in ${FEATURES:-none client}; do
    args=(rustc -v --profile check -p iamport --locked)
    [ "$features" = none ] || args+=(--features "$features")
    touch "$tree/core/src/lib.rs"
    if ! out=$(cd "$tree" && CARGO_TARGET_DIR="$tree/target" cargo "${args[@]}" 2>&1 </dev/null); then
      echo "$sha $features failed" >&2
      printf '%s\n' "$out" | tail -20 >&2
      continue
    fi
    cmd=$(printf '%s\n' "$out" | sed -n 's/^ *Running `\(.*\)`$/\1/p' | grep -F -- "--crate-name iamport " | tail -1)
    prefix=(valgrind --tool=callgrind --callgrind-out-file=/dev/null)
    count=$(cd "$tree" && run_rustc 2>&1 >/dev/null </dev/null | sed -n 's/.*Collected : \([0-9]*\).*/\1/p' | tail -1)
    prefix=(/usr/bin/time -f %M -o "$work/rss")
    (cd "$tree" && run_rustc >/dev/null 2>&1 </dev/null)
    kib=$(tail -1 "$work/rss")
    echo "$sha $features $count $kib"
    awk -v s="$sha" -v f="$features" -v c="$count" -v k="$kib" \
      'BEGIN { printf "%s %s: %.0f M instructions, %.0f MiB\n", s, f, c / 1e6, k / 1024 }' >&2
  done
done
