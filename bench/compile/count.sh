#!/usr/bin/env bash
# Instructions rustc executes to `cargo check` each variant's crate, under
# callgrind: a figure the machine's load does not change (wall time on this
# shared machine moves by ±20 % between runs); and rustc's peak memory (max
# RSS) for the same command run without valgrind, under /usr/bin/time.
#
#   bash bench/compile/count.sh [SIZE ...]   (default: 50x20 50x2 10x20 merchant)
#
# Sizes: 50x20 10x60 10x10 10x20 10x40 50x2 10x2 merchant. The variants come
# from run.py's table (`run.py --list-variants`); ours with one feature
# (iamport_getters, iamport_derive, iamport_validate) run only at the sizes in
# FEATURE_SIZES (default 50x20; `FEATURE_SIZES=all` for every size given),
# e.g. their cost per field and per struct:
#   FEATURE_SIZES=all bash bench/compile/count.sh 50x20 50x2 10x20
#
# The crates are those `python3 bench/compile/run.py --write-only` writes
# (written here first if bench/compile/work/ has none). A crate that does not
# compile is reported as `failed` (its errors in work/logs/<crate>.err) and the
# run goes on. Cargo's parallelism follows CARGO_BUILD_JOBS. The rows are
# also kept in work/count.last; `python3 run.py --count-table < work/count.last`
# prints the tables again.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
work="$here/work"
export CARGO_INCREMENTAL=0 CARGO_TARGET_DIR="$work/target"
for tool in valgrind /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "needs $tool" >&2; exit 1; }
done
[ -f "$work/Cargo.toml" ] || python3 "$here/run.py" --write-only >&2 || exit 1
cd "$work" && mkdir -p logs || exit 1

sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(50x20 50x2 10x20 merchant)
feature_args=()
[ -z "${FEATURE_SIZES:-}" ] || feature_args=(--feature-sizes "$FEATURE_SIZES")

# Runs the rustc command cargo printed (env assignments, then the program and
# its arguments) after the prefix given: `run_rustc valgrind ...`.
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

for size in "${sizes[@]}"; do
  variants=$(python3 "$here/run.py" --list-variants --size "$size" "${feature_args[@]}") || exit 1
  while read -r variant crate; do
    err="$work/logs/$crate.err"
    if [ ! -d "$crate" ]; then
      echo "$size $variant missing (run python3 bench/compile/run.py --write-only)"
      continue
    fi
    # Compile dependencies and the crate, and read the exact rustc command
    # cargo runs for the crate's check.
    touch "$crate/src/lib.rs"
    if ! out=$(cargo rustc -v --profile check -p "$crate" 2>&1 </dev/null); then
      printf '%s\n' "$out" | grep -v '^ *\(Fresh\|Running\|Compiling\|Checking\|Dirty\|Downloading\|Downloaded\|Locking\|Adding\|Updating\|Blocking\) ' >"$err"
      echo "$size $variant failed"
      echo "$size $variant: does not compile, see $err" >&2
      continue
    fi
    cmd=$(printf '%s\n' "$out" | sed -n 's/^ *Running `\(.*\)`$/\1/p' | grep -F -- "--crate-name $crate " | tail -1)
    if [ -z "$cmd" ]; then
      echo "$size $variant failed"
      echo "$size $variant: no rustc command in cargo's output" >&2
      continue
    fi
    prefix=(valgrind --tool=callgrind --callgrind-out-file=/dev/null)
    vg=$(run_rustc 2>&1 >/dev/null </dev/null)
    vg_rc=$?
    count=$(printf '%s\n' "$vg" | sed -n 's/.*Collected : \([0-9]*\).*/\1/p' | tail -1)
    rss_file="$work/logs/$crate.rss"
    prefix=(/usr/bin/time -f %M -o "$rss_file")
    run_rustc >/dev/null 2>&1 </dev/null
    rss_rc=$?
    kib=$(tail -1 "$rss_file" 2>/dev/null)
    rm -f "$rss_file"
    if [ $vg_rc -ne 0 ] || [ $rss_rc -ne 0 ] || [ -z "$count" ] || [[ ! $kib =~ ^[0-9]+$ ]]; then
      printf '%s\n' "$vg" | tail -40 >"$err"
      echo "$size $variant failed"
      echo "$size $variant: rustc failed under valgrind or time, see $err" >&2
      continue
    fi
    rm -f "$err"
    echo "$size $variant $count $kib"
    awk -v s="$size" -v v="$variant" -v c="$count" -v k="$kib" \
      'BEGIN { printf "%s %s: %.0f M instructions, %.0f MiB\n", s, v, c / 1e6, k / 1024 }' >&2
  done <<<"$variants"
done | tee "$work/count.last" | python3 "$here/run.py" --count-table
