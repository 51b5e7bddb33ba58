#!/usr/bin/env python3
"""Compile-time benchmark: our derive against bon, typed-builder and no builder.

    python3 bench/compile/run.py [--rounds R] [--sweep-rounds S] [--out FILE]
                                 [--sizes 50x20,merchant,...] [--feature-sizes 50x20,...|all]
    python3 bench/compile/run.py --write-only          # only write the crates (for count.sh)
    python3 bench/compile/run.py --tables [FILE]       # the tables again, from results.json
    python3 bench/compile/run.py --list-variants [--size SIZE] [--feature-sizes ...]
    python3 bench/compile/run.py --count-table         # count.sh's tables, from its rows on stdin

For each size K x N it generates crates of K structs with N fields each (half
required, half `Option`; `String`, `u64` and `bool` in turn), each struct
deriving `serde::Serialize` plus one builder derive: ours (`iamport::Builder`),
`bon::Builder`, `typed_builder::TypedBuilder`, or none (the baseline). The
size `merchant` is three structs like a merchant's own (10, 12 and 13 fields,
about half optional); ours has an `exactly_one` group and `validate` on the
second one, the others the same fields and the same check called after
`build()`. Every crate has one `pub fn use_all()` that builds each struct
once with its required fields set (a struct literal in the baseline), so the
setters are used, not only defined. `VARIANTS` below also lists variants of
ours with one feature each (`getters`, `derive(Clone, Debug)`, `validate`),
written for every K x N size and timed only at `--feature-sizes`.

All crates live in one throwaway workspace under `bench/compile/work/` that
shares a target directory, so dependencies are built once, before timing
starts. A round touches each crate's `src/lib.rs` and times
`cargo check -p <crate>` and then `cargo build -p <crate>` with
`CARGO_INCREMENTAL=0` (so each run recompiles the crate whole), reading wall
time and the peak resident memory of the compiler from `/usr/bin/time`. Every
variant is measured in every round, in a rotating order, and each variant's
time is divided by the baseline's time of the same round; the tables report
medians over rounds. A crate that does not compile is reported as failed and
left out of the rounds.

Results go to `bench/compile/results.json`; `bench/compile/chart.py` draws the
chart from them. Needs `/usr/bin/time` (Debian package `time`). Cargo's
parallelism follows `CARGO_BUILD_JOBS` (e.g. `CARGO_BUILD_JOBS=1`);
`IAMPORT_ROOT=/path/to/checkout` makes ours depend on another checkout's
`core/` (its crates are written that way until the next run without it).
"""
import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
from typing import NamedTuple, Optional

HERE = os.path.dirname(os.path.abspath(__file__))
# The checkout whose `core/` the `iamport` variants depend on: this one, or
# another (say, the last commit unpacked with `git archive`) to compare.
ROOT = os.environ.get("IAMPORT_ROOT") or os.path.dirname(os.path.dirname(HERE))
WORK = os.path.join(HERE, "work")


class Variant(NamedTuple):
    """One row of the variant table."""

    name: str
    # "core": one of the four compared crates, at every size (merchant too).
    # "feature": ours with one feature, on the K x N sizes, only at --feature-sizes.
    kind: str
    # The builder derive: None (baseline), "iamport", "bon", "typed-builder".
    builder: Optional[str]
    # Struct attributes added to every struct.
    attrs: tuple = ()
    # Every struct gets `#[builder(validate)]` (in attrs) and a trivial `Validate` impl.
    validate: bool = False
    # What a feature variant's cost is measured against (besides the baseline).
    against: Optional[str] = None


# The one list of variants: run.py times these, count.sh counts them (through
# `run.py --list-variants`).
VARIANTS = [
    Variant("baseline", "core", None),
    Variant("iamport", "core", "iamport"),
    Variant("bon", "core", "bon"),
    Variant("typed-builder", "core", "typed-builder"),
    Variant("iamport_getters", "feature", "iamport", ("#[builder(getters)]",), against="iamport"),
    Variant("iamport_derive", "feature", "iamport", ("#[builder(derive(Clone, Debug))]",), against="iamport"),
    Variant("iamport_validate", "feature", "iamport", ("#[builder(validate)]",), validate=True, against="iamport"),
]
BY_NAME = {v.name: v for v in VARIANTS}
DEPS = {
    None: "",
    "iamport": 'iamport = {{ path = "{root}/core" }}\n',
    "bon": 'bon = "=3.10.3"\n',
    "typed-builder": 'typed-builder = "=0.23.2"\n',
}
DERIVE = {
    None: "",
    "iamport": ", iamport::Builder",
    "bon": ", bon::Builder",
    "typed-builder": ", typed_builder::TypedBuilder",
}
# The two sizes the targets are set at, then the sweep for the chart, then
# merchant-like structs; the default of the timed run.
MAIN_SIZES = ["50x20", "10x60"]
SWEEP_SIZES = ["10x10", "10x20", "10x40"]
MERCHANT = "merchant"
TIMED_SIZES = MAIN_SIZES + SWEEP_SIZES + [MERCHANT]
# Also written, for count.sh's fits of the cost per struct and per field.
FIT_SIZES = ["50x2", "10x2"]
ALL_SIZES = TIMED_SIZES + FIT_SIZES
DEFAULT_FEATURE_SIZES = ["50x20"]
TYPES = ["String", "u64", "bool"]

# The merchant's structs: (field, type, optional); S1 has the group and the check.
MERCHANT_STRUCTS = [
    [  # an order: 10 fields, 5 optional
        ("merchant_uid", "String", False),
        ("amount", "u64", False),
        ("currency", "String", False),
        ("buyer_email", "String", False),
        ("paid", "bool", False),
        ("name", "String", True),
        ("buyer_name", "String", True),
        ("buyer_tel", "String", True),
        ("tax_free", "u64", True),
        ("vat_amount", "u64", True),
    ],
    [  # a subscription charge, by billing key or by card token: 12 fields, 7 optional
        ("customer_uid", "String", False),
        ("merchant_uid", "String", False),
        ("amount", "u64", False),
        ("tax_free", "u64", False),
        ("interest_free", "bool", False),
        ("billing_key", "String", True),
        ("card_token", "String", True),
        ("name", "String", True),
        ("card_quota", "u64", True),
        ("buyer_email", "String", True),
        ("notice_url", "String", True),
        ("schedule_at", "u64", True),
    ],
    [  # a refund: 13 fields, 7 optional
        ("imp_uid", "String", False),
        ("merchant_uid", "String", False),
        ("amount", "u64", False),
        ("checksum", "u64", False),
        ("reason", "String", False),
        ("is_partial", "bool", False),
        ("refund_bank", "String", True),
        ("refund_account", "String", True),
        ("refund_holder", "String", True),
        ("refund_tel", "String", True),
        ("tax_free", "u64", True),
        ("vat_amount", "u64", True),
        ("requester", "String", True),
    ],
]
MERCHANT_GROUP = {1: ("source", ("billing_key", "card_token"))}
MERCHANT_CHECK = {
    1: """fn check_s1(s: &S1) -> Result<(), String> {
    if s.tax_free > s.amount {
        return Err(format!("tax_free ({}) is above amount ({})", s.tax_free, s.amount));
    }
    if let Some(quota) = s.card_quota {
        if quota > 36 {
            return Err(format!("card_quota ({quota}) is above 36"));
        }
    }
    Ok(())
}"""
}
VALUE = {"String": "String::new()", "u64": "0", "bool": "false"}


def parse_size(size: str):
    """(K, N) of a K x N size; None for merchant."""
    if size == MERCHANT:
        return None
    k, n = size.split("x")
    return int(k), int(n)


def total_fields(size: str) -> int:
    kn = parse_size(size)
    return sum(len(s) for s in MERCHANT_STRUCTS) if kn is None else kn[0] * kn[1]


def crate_name(variant: str, size: str) -> str:
    return f"c_{variant.replace('-', '_')}_{size}"


def applies(v: Variant, size: str, feature_sizes) -> bool:
    """Whether variant v is run at size; feature_sizes is a list or "all"."""
    if v.kind == "core":
        return True
    if size == MERCHANT:
        return False
    return feature_sizes == "all" or size in feature_sizes


def source(v: Variant, size: str) -> str:
    kn = parse_size(size)
    if kn is None:
        structs, groups, checks = MERCHANT_STRUCTS, MERCHANT_GROUP, MERCHANT_CHECK
    else:
        k, n = kn
        fields = [(f"f{i}", TYPES[i % len(TYPES)], i >= n // 2) for i in range(n)]
        structs, groups, checks = [fields] * k, {}, {}
    b = v.builder
    out = ["//! Generated by bench/compile/run.py.", "#![allow(dead_code)]", ""]
    for s, fields in enumerate(structs):
        out.append(f"#[derive(serde::Serialize{DERIVE[b]})]")
        if b == "iamport":
            out.extend(v.attrs)
            if s in groups:
                name, members = groups[s]
                out.append(f"#[builder(exactly_one({name} = ({', '.join(members)})))]")
            if s in checks and not v.validate:
                out.append("#[builder(validate)]")
        out.append(f"pub struct S{s} {{")
        for f, ty, opt in fields:
            if opt:
                if b == "typed-builder":
                    out.append("    #[builder(default)]")
                out.append(f"    pub {f}: Option<{ty}>,")
            else:
                out.append(f"    pub {f}: {ty},")
        out.append("}")
        out.append("")
        if s in checks:
            out.append(checks[s])
            out.append("")
        if b == "iamport" and (v.validate or s in checks):
            body = f"check_s{s}(self)" if s in checks else "Ok(())"
            out.append(
                f"impl iamport::Validate for S{s} {{\n    type Error = String;\n"
                f"    fn validate(&self) -> Result<(), String> {{\n        {body}\n    }}\n}}"
            )
            out.append("")
    out.append("/// Builds each struct once, with its required fields set.")
    out.append("pub fn use_all() {")
    for s, fields in enumerate(structs):
        # The first member of an exactly_one group is set in every variant.
        chosen = {groups[s][1][0]} if s in groups else set()
        if b is None:
            inits = []
            for f, ty, opt in fields:
                if not opt:
                    inits.append(f"{f}: {VALUE[ty]}")
                elif f in chosen:
                    inits.append(f"{f}: Some({VALUE[ty]})")
                else:
                    inits.append(f"{f}: None")
            expr = f"S{s} {{ {', '.join(inits)} }}"
        else:
            calls = []
            for f, ty, opt in fields:
                if not opt:
                    calls.append(f".{f}({VALUE[ty]})")
                elif f in chosen:
                    # typed-builder's setter of an Option field takes the Option.
                    val = f"Some({VALUE[ty]})" if b == "typed-builder" else VALUE[ty]
                    calls.append(f".{f}({val})")
            expr = f"S{s}::builder(){''.join(calls)}.build()"
        if s in checks and not b == "iamport":
            # No validate in bon, typed-builder or a literal: the same check, after build().
            out.append(f"    let s{s} = {expr};")
            out.append(f"    let _ = check_s{s}(&s{s});")
        else:
            out.append(f"    let _ = {expr};")
    out.append("}")
    out.append("")
    return "\n".join(out)


def all_crates(feature_sizes="all") -> list:
    return [
        (v.name, size, crate_name(v.name, size))
        for size in ALL_SIZES
        for v in VARIANTS
        if applies(v, size, feature_sizes)
    ]


def write_workspace() -> list:
    """Writes every crate of every size (writing is cheap; only what is run is
    compiled). Keeps `work/target` and `work/Cargo.lock`, so dependencies are
    not rebuilt."""
    os.makedirs(WORK, exist_ok=True)
    for entry in os.listdir(WORK):
        path = os.path.join(WORK, entry)
        if entry.startswith("c_") and os.path.isdir(path):
            shutil.rmtree(path)
    crates = all_crates()
    for v, size, name in crates:
        d = os.path.join(WORK, name)
        os.makedirs(os.path.join(d, "src"))
        with open(os.path.join(d, "Cargo.toml"), "w") as f:
            f.write(
                f'[package]\nname = "{name}"\nversion = "0.0.0"\nedition = "2024"\npublish = false\n\n'
                f'[dependencies]\nserde = {{ version = "1", features = ["derive"] }}\n'
                + DEPS[BY_NAME[v].builder].format(root=ROOT)
            )
        with open(os.path.join(d, "src", "lib.rs"), "w") as f:
            f.write(source(BY_NAME[v], size))
    members = ",\n    ".join(f'"{c[2]}"' for c in crates)
    with open(os.path.join(WORK, "Cargo.toml"), "w") as f:
        f.write(f'[workspace]\nresolver = "3"\nmembers = [\n    {members},\n]\n')
    return crates


def timed(args, env) -> Optional[tuple]:
    """Wall seconds and peak RSS (MiB) of the slowest child, via /usr/bin/time;
    None if the command fails."""
    cmd = ["/usr/bin/time", "-f", "%e %M"] + args
    p = subprocess.run(cmd, cwd=WORK, env=env, capture_output=True, text=True)
    if p.returncode != 0:
        sys.stderr.write(p.stderr[-4000:])
        return None
    last = p.stderr.strip().splitlines()[-1].split()
    return float(last[0]), int(last[1]) / 1024.0


def size_list(text: str):
    if text == "all":
        return "all"
    sizes = [s for s in text.replace(",", " ").split() if s]
    for s in sizes:
        if s not in ALL_SIZES:
            raise SystemExit(f"unknown size {s}; sizes: {' '.join(ALL_SIZES)}")
    return sizes


def main(args) -> int:
    if not os.path.exists("/usr/bin/time"):
        raise SystemExit("needs /usr/bin/time: apt-get install time")

    sizes = size_list(args.sizes)
    sizes = ALL_SIZES if sizes == "all" else sizes
    feature_sizes = size_list(args.feature_sizes)
    write_workspace()
    plan = [(size, v.name) for size in sizes for v in VARIANTS if applies(v, size, feature_sizes)]
    env = dict(os.environ, CARGO_INCREMENTAL="0", CARGO_TARGET_DIR=os.path.join(WORK, "target"))
    results = {
        "machine": {
            "cpus": os.cpu_count(),
            "platform": platform.platform(),
            "rustc": subprocess.run(["rustc", "--version"], capture_output=True, text=True).stdout.strip(),
        },
        "versions": {"bon": "3.10.3", "typed-builder": "0.23.2", "serde": "1"},
        "runs": [],
        "failed": [],
    }
    print("building dependencies ...", flush=True)
    ok = set()
    for size, v in plan:
        name = crate_name(v, size)
        good = True
        for cmd in ("check", "build"):
            p = subprocess.run(["cargo", cmd, "-q", "-p", name], cwd=WORK, env=env, capture_output=True, text=True)
            if p.returncode != 0:
                sys.stderr.write(p.stderr[-4000:])
                print(f"{size} {v}: cargo {cmd} failed; left out", flush=True)
                results["failed"].append({"size": size, "variant": v, "cmd": cmd})
                good = False
                break
        if good:
            ok.add((size, v))

    for size in sizes:
        kn = parse_size(size)
        rounds = args.rounds if size in MAIN_SIZES else args.sweep_rounds
        names = [v for s, v in plan if s == size and (s, v) in ok]
        for r in range(rounds):
            order = names[r % len(names):] + names[: r % len(names)] if names else []
            for v in order:
                name = crate_name(v, size)
                lib = os.path.join(WORK, name, "src", "lib.rs")
                for cmd in ("check", "build"):
                    os.utime(lib, (time.time(), time.time()))
                    got = timed(["cargo", cmd, "-q", "-p", name], env)
                    if got is None:
                        print(f"{size} round {r} {v}: cargo {cmd} failed", flush=True)
                        results["failed"].append({"size": size, "variant": v, "cmd": cmd, "round": r})
                        continue
                    secs, mib = got
                    results["runs"].append(
                        {
                            "size": size,
                            "k": kn[0] if kn else len(MERCHANT_STRUCTS),
                            "n": kn[1] if kn else None,
                            "fields": total_fields(size),
                            "round": r,
                            "variant": v,
                            "cmd": cmd,
                            "secs": secs,
                            "peak_mib": mib,
                        }
                    )
                    print(f"{size} round {r} {v:16} {cmd:5} {secs:6.2f} s {mib:7.1f} MiB", flush=True)
    with open(args.out, "w") as f:
        json.dump(results, f, indent=1)
    print_tables(results)
    return 0


def run_size(x) -> str:
    """The size of a run, also for results.json written before sizes had names."""
    return x.get("size") or f"{x['k']}x{x['n']}"


def run_fields(x) -> int:
    return x.get("fields") or x["k"] * x["n"]


def medians(results, size, cmd, key) -> dict:
    """Per variant: the median over rounds of value / baseline value of that round."""
    runs = [x for x in results["runs"] if run_size(x) == size and x["cmd"] == cmd]
    by_round = {}
    fields = None
    for x in runs:
        by_round.setdefault(x["round"], {})[x["variant"]] = x[key]
        fields = run_fields(x)
    out = {}
    for v in variant_names(results):
        values = [rv[v] for rv in by_round.values() if v in rv]
        if not values:
            continue
        ratios = [rv[v] / rv["baseline"] for rv in by_round.values() if v in rv and "baseline" in rv]
        extra = [(rv[v] - rv["baseline"]) / fields for rv in by_round.values() if v in rv and "baseline" in rv]
        out[v] = {
            "value": statistics.median(values),
            "ratio": statistics.median(ratios) if ratios else None,
            "extra_per_field": statistics.median(extra) if extra else None,
            "rounds": len(values),
        }
    return out


def variant_names(results) -> list:
    seen = {x["variant"] for x in results["runs"]} | {x["variant"] for x in results.get("failed", [])}
    return [v.name for v in VARIANTS if v.name in seen] + sorted(seen - set(BY_NAME))


def fmt(x, spec) -> str:
    return "" if x is None else format(x, spec)


def print_tables(results):
    failed = {(x["size"], x["variant"]) for x in results.get("failed", [])}
    names = variant_names(results)

    def cell(m, v, size, key, spec, scale=1.0):
        if v in m:
            if key == "extra_per_field" and v == "baseline":
                return ""
            return fmt(None if m[v][key] is None else m[v][key] * scale, spec)
        return "failed" if (size, v) in failed and key == "value" else ""

    main_names = [v for v in names if any(run_size(x) in MAIN_SIZES and x["variant"] == v for x in results["runs"])]
    for cmd in ("check", "build") if main_names else ():
        print(f"\n`cargo {cmd}` (median over rounds; ratio = variant / baseline of the same round)\n")
        print("| variant | 50x20 s | 50x20 ratio | 10x60 s | 10x60 ratio | extra ms/field 50x20 | extra ms/field 10x60 | growth (10x60 / 50x20 per field) |")
        print("|---|---|---|---|---|---|---|---|")
        a = medians(results, "50x20", cmd, "secs")
        b = medians(results, "10x60", cmd, "secs")
        for v in main_names:
            growth = ""
            if v != "baseline" and v in a and v in b and a[v]["extra_per_field"] and b[v]["extra_per_field"] is not None:
                growth = f"{b[v]['extra_per_field'] / a[v]['extra_per_field']:.2f}"
            print(
                f"| {v} | {cell(a, v, '50x20', 'value', '.2f')} | {cell(a, v, '50x20', 'ratio', '.2f')} "
                f"| {cell(b, v, '10x60', 'value', '.2f')} | {cell(b, v, '10x60', 'ratio', '.2f')} "
                f"| {cell(a, v, '50x20', 'extra_per_field', '.2f', 1000)} "
                f"| {cell(b, v, '10x60', 'extra_per_field', '.2f', 1000)} | {growth} |"
            )
    others = [s for s in ALL_SIZES if s not in MAIN_SIZES and any(run_size(x) == s for x in results["runs"])]
    if others:
        print("\nOther sizes, `cargo check` (median s; ratio to baseline; extra ms per field)\n")
        print("| size | variant | s | ratio | extra ms/field |")
        print("|---|---|---|---|---|")
        for size in others:
            m = medians(results, size, "check", "secs")
            for v in names:
                if v in m or (size, v) in failed:
                    print(
                        f"| {size} | {v} | {cell(m, v, size, 'value', '.2f')} | {cell(m, v, size, 'ratio', '.2f')} "
                        f"| {cell(m, v, size, 'extra_per_field', '.2f', 1000)} |"
                    )
    print("\nPeak compiler memory, `cargo check` (median MiB; ratio to baseline)\n")
    print("| size | variant | peak MiB | ratio |")
    print("|---|---|---|---|")
    for size in ("50x20", MERCHANT):
        m = medians(results, size, "check", "peak_mib")
        for v in names:
            if v in m or (size, v) in failed:
                print(f"| {size} | {v} | {cell(m, v, size, 'value', '.0f')} | {cell(m, v, size, 'ratio', '.2f')} |")


# ---- count.sh's tables -----------------------------------------------------

# The fits: cost per field from two sizes with the same K, cost per struct
# from two sizes with the same N (the first pair found of each list).
FIELD_PAIRS = [("50x2", "50x20")]
STRUCT_PAIRS = [("10x20", "50x20"), ("10x2", "50x2")]
GROWTH = ("50x20", "10x60")


def fit(extra: dict) -> dict:
    """extra: size -> instructions over the reference. With
    extra = A + K * (B + N * F): F per field, B per struct, A per crate."""
    out = {}
    for lo, hi in FIELD_PAIRS:
        if lo in extra and hi in extra:
            (k, n0), (_, n1) = parse_size(lo), parse_size(hi)
            out["field"] = (extra[hi] - extra[lo]) / (k * (n1 - n0))
            out["field_from"] = f"{lo}→{hi}"
            break
    if "field" in out:
        for lo, hi in STRUCT_PAIRS:
            if lo in extra and hi in extra:
                (k0, n), (k1, _) = parse_size(lo), parse_size(hi)
                per_struct = (extra[hi] - extra[lo]) / (k1 - k0)
                out["struct"] = per_struct - n * out["field"]
                out["crate"] = extra[hi] - k1 * per_struct
                out["struct_from"] = f"{lo}→{hi}"
                break
    a, b = GROWTH
    if a in extra and b in extra and extra[a]:
        out["growth"] = (extra[b] / total_fields(b)) / (extra[a] / total_fields(a))
    return out


def count_table(lines) -> int:
    """count.sh's rows, `size variant instructions peak_kib` (or `size variant
    failed`), into the tables."""
    rows = []
    for line in lines:
        parts = line.split()
        if len(parts) < 3:
            continue
        size, v, rest = parts[0], parts[1], parts[2:]
        if rest[0].isdigit():
            instr = int(rest[0])
            kib = int(rest[1]) if len(rest) > 1 and rest[1].isdigit() else None
            rows.append((size, v, instr, kib, None))
        else:
            rows.append((size, v, None, None, " ".join(rest)))
    got = {(s, v): (i, m) for s, v, i, m, err in rows if err is None}

    def ratio(x, base):
        return "" if x is None or not base else f"{x / base:.2f}"

    print("| size | variant | instructions (M) | ratio to baseline | peak MiB | ratio to baseline |")
    print("|---|---|---|---|---|---|")
    for size, v, instr, kib, err in rows:
        if err is not None:
            print(f"| {size} | {v} | {err} | | | |")
            continue
        bi, bm = got.get((size, "baseline"), (None, None))
        mib = "" if kib is None else f"{kib / 1024:.0f}"
        print(f"| {size} | {v} | {instr / 1e6:,.0f} | {ratio(instr, bi)} | {mib} | {ratio(kib, bm)} |")

    names = [v.name for v in VARIANTS if any(r[1] == v.name for r in rows)]
    sizes = {s for s, _, _, _, _ in rows if s != MERCHANT}

    def extras(v, ref):
        return {s: got[(s, v)][0] - got[(s, ref)][0] for s in sizes if (s, v) in got and (s, ref) in got}

    fits = []
    for v in names:
        if v == "baseline":
            continue
        f = fit(extras(v, "baseline"))
        if f:
            fits.append((v, "baseline", f))
    for v in names:
        ref = BY_NAME[v].against
        if ref:
            f = fit(extras(v, ref))
            if f:
                fits.append((v, ref, f))
    if fits:
        print(
            "\nCost over the reference, in M instructions: per field (the slope from "
            f"{FIELD_PAIRS[0][0]} to {FIELD_PAIRS[0][1]}), per struct (the fixed cost of a struct: the slope "
            f"from {STRUCT_PAIRS[0][0]} to {STRUCT_PAIRS[0][1]}, less its fields), per crate (what is left); "
            f"growth = extra per field at {GROWTH[1]} / at {GROWTH[0]} (1.00 = linear)\n"
        )
        print("| variant | over | per field | per struct | per crate | growth |")
        print("|---|---|---|---|---|---|")
        for v, ref, f in fits:
            def mi(key, spec):
                return fmt(None if f.get(key) is None else f[key] / 1e6, spec)

            print(
                f"| {v} | {ref} | {mi('field', '.3f')} | {mi('struct', '.3f')} | {mi('crate', '.1f')} "
                f"| {fmt(f.get('growth'), '.2f')} |"
            )
        used = sorted({f.get("struct_from", "") for _, _, f in fits} - {"", STRUCT_PAIRS[0][0] + "→" + STRUCT_PAIRS[0][1]})
        if used:
            print(f"\n(per struct from {', '.join(used)} where {STRUCT_PAIRS[0][0]} was not run)")
    # Feature variants at sizes without a fit: their cost over ours at each size run.
    feats = [v for v in names if BY_NAME[v].against]
    plain = []
    for v in feats:
        ref = BY_NAME[v].against
        for s in sorted(sizes, key=lambda s: parse_size(s)):
            if (s, v) in got and (s, ref) in got:
                k, n = parse_size(s)
                d = got[(s, v)][0] - got[(s, ref)][0]
                plain.append(f"| {s} | {v} | {ref} | {d / 1e6:,.1f} | {d / (k * n) / 1e6:.3f} | {d / k / 1e6:.2f} |")
    if plain:
        print("\nFeatures over ours at each size (M instructions; per field and per struct: the total divided by K·N and by K)\n")
        print("| size | variant | over | extra | extra / field | extra / struct |")
        print("|---|---|---|---|---|---|")
        print("\n".join(plain))
    return 0


def list_variants(size, feature_sizes) -> int:
    """`name crate` per variant run at size; without a size, `name kind` of every variant."""
    for v in VARIANTS:
        if size is None:
            print(f"{v.name} {v.kind}")
        elif applies(v, size, feature_sizes):
            print(f"{v.name} {crate_name(v.name, size)}")
    return 0


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description="compile-time benchmark of the builder derives")
    ap.add_argument("--rounds", type=int, default=5, help="rounds at 50x20 and 10x60")
    ap.add_argument("--sweep-rounds", type=int, default=3, help="rounds at the other sizes")
    ap.add_argument("--out", default=os.path.join(HERE, "results.json"))
    ap.add_argument("--sizes", default=",".join(TIMED_SIZES), help=f"sizes to time, or all (all: {','.join(ALL_SIZES)})")
    ap.add_argument(
        "--feature-sizes",
        default=",".join(DEFAULT_FEATURE_SIZES),
        help="K x N sizes at which the feature variants run too, or all",
    )
    ap.add_argument("--write-only", action="store_true", help="only write the crates of every size")
    ap.add_argument("--tables", nargs="?", const=os.path.join(HERE, "results.json"), metavar="FILE")
    ap.add_argument("--list-variants", action="store_true")
    ap.add_argument("--size", help="with --list-variants: the variants run at this size")
    ap.add_argument("--count-table", action="store_true", help="count.sh's rows on stdin into tables")
    args = ap.parse_args()
    if args.tables:
        with open(args.tables) as f:
            print_tables(json.load(f))
        sys.exit(0)
    if args.list_variants:
        if args.size is not None and args.size not in ALL_SIZES:
            raise SystemExit(f"unknown size {args.size}; sizes: {' '.join(ALL_SIZES)}")
        sys.exit(list_variants(args.size, size_list(args.feature_sizes)))
    if args.count_table:
        sys.exit(count_table(sys.stdin))
    if args.write_only:
        crates = write_workspace()
        print(f"wrote {len(crates)} crates in {WORK}")
        sys.exit(0)
    sys.exit(main(args))
