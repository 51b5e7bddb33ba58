#!/usr/bin/env python3
"""Draws `bench/compile/chart.svg` from `results.json`: `cargo check` time of
a crate of 10 structs against the number of fields per struct, one line per
variant (median over rounds). Plain SVG, no plotting library needed.

    python3 bench/compile/chart.py [results.json] [chart.svg]
"""
import json
import os
import statistics
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
VARIANTS = [
    ("baseline", "serde only (baseline)", "#555555"),
    ("iamport", "iamport::Builder", "#d62728"),
    ("bon", "bon::Builder", "#1f77b4"),
    ("typed-builder", "typed_builder::TypedBuilder", "#2ca02c"),
]


def main() -> int:
    src = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "results.json")
    dst = sys.argv[2] if len(sys.argv) > 2 else os.path.join(HERE, "chart.svg")
    with open(src) as f:
        results = json.load(f)
    points = {}
    for v, _, _ in VARIANTS:
        for n in sorted({r["n"] for r in results["runs"] if r["k"] == 10}):
            xs = [r["secs"] for r in results["runs"] if r["k"] == 10 and r["n"] == n and r["variant"] == v and r["cmd"] == "check"]
            if xs:
                points.setdefault(v, []).append((n, statistics.median(xs)))
    w, h, left, right, top, bottom = 720, 440, 70, 230, 40, 60
    max_n = max(n for pts in points.values() for n, _ in pts)
    max_t = max(t for pts in points.values() for _, t in pts)
    max_t = (int(max_t) + 1) if max_t > 1 else 1.0

    def x(n):
        return left + (w - left - right) * n / max_n

    def y(t):
        return h - bottom - (h - top - bottom) * t / max_t

    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" font-family="sans-serif" font-size="13">',
        f'<rect width="{w}" height="{h}" fill="white"/>',
        f'<text x="{w / 2 - 60}" y="22" text-anchor="middle" font-size="15">cargo check of 10 structs, each with serde::Serialize and one builder derive</text>',
    ]
    steps = 5
    for i in range(steps + 1):
        t = max_t * i / steps
        out.append(f'<line x1="{left}" x2="{w - right}" y1="{y(t):.1f}" y2="{y(t):.1f}" stroke="#e5e5e5"/>')
        out.append(f'<text x="{left - 8}" y="{y(t) + 4:.1f}" text-anchor="end">{t:.1f}</text>')
    for n in sorted({n for pts in points.values() for n, _ in pts}):
        out.append(f'<text x="{x(n):.1f}" y="{h - bottom + 18}" text-anchor="middle">{n}</text>')
    out.append(f'<line x1="{left}" x2="{w - right}" y1="{h - bottom}" y2="{h - bottom}" stroke="black"/>')
    out.append(f'<line x1="{left}" x2="{left}" y1="{top}" y2="{h - bottom}" stroke="black"/>')
    out.append(f'<text x="{(left + w - right) / 2}" y="{h - 18}" text-anchor="middle">fields per struct (half required, half Option)</text>')
    out.append(f'<text x="18" y="{(top + h - bottom) / 2}" text-anchor="middle" transform="rotate(-90 18 {(top + h - bottom) / 2})">seconds (median)</text>')
    for i, (v, label, color) in enumerate(VARIANTS):
        pts = points.get(v, [])
        if not pts:
            continue
        path = " ".join(f"{x(n):.1f},{y(t):.1f}" for n, t in pts)
        out.append(f'<polyline points="{path}" fill="none" stroke="{color}" stroke-width="2.5"/>')
        for n, t in pts:
            out.append(f'<circle cx="{x(n):.1f}" cy="{y(t):.1f}" r="3.5" fill="{color}"/>')
        ly = top + 20 + 24 * i
        out.append(f'<line x1="{w - right + 16}" x2="{w - right + 40}" y1="{ly}" y2="{ly}" stroke="{color}" stroke-width="2.5"/>')
        out.append(f'<text x="{w - right + 46}" y="{ly + 4}">{label}</text>')
    out.append("</svg>")
    with open(dst, "w") as f:
        f.write("\n".join(out) + "\n")
    print(f"wrote {dst}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
