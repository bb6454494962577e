"""Pictures drawn on the server as SVG: the reference graph and the console's charts.

Pure functions from plain data to SVG text. Colours are presentation attributes, not
inline styles, so the pages keep their strict Content-Security-Policy. The reference graph
is laid out by Graphviz's ``dot`` (run on the graph's DOT text) when it is installed, and
drawn in columns otherwise.
"""

from __future__ import annotations

import functools
import math
import shutil
import subprocess
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from datetime import date, datetime, timedelta
from html import escape

from troth.datamap.graph import CollectionAddress, Graph

PALETTE = ["#0b5cad", "#b35900", "#116329", "#8a2be2", "#a40e26", "#4a5561", "#00707a"]
INK = "#1b1f24"
MUTED = "#4a5561"
FONT = 'font-family="system-ui, sans-serif"'


def _text(
    x: float, y: float, body: str, size: int = 12, anchor: str = "start", **attrs: str
) -> str:
    extra = "".join(f' {k.replace("_", "-")}="{escape(v)}"' for k, v in attrs.items())
    return (
        f'<text x="{x:.1f}" y="{y:.1f}" font-size="{size}" text-anchor="{anchor}" {FONT} '
        f'fill="{INK}"{extra}>{escape(body)}</text>'
    )


def _open(width: float, height: float, title: str, desc: str = "") -> list[str]:
    return [
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="t d" '
        f'viewBox="0 0 {width:.0f} {height:.0f}" width="{width:.0f}" height="{height:.0f}">',
        f'<title id="t">{escape(title)}</title><desc id="d">{escape(desc or title)}</desc>',
        f'<rect width="{width:.0f}" height="{height:.0f}" fill="#ffffff"/>',
    ]


# --- the reference graph ------------------------------------------------------------------

NODE_W, NODE_H, COL_GAP, ROW_GAP, TOP = 190, 30, 90, 16, 50


def graph_layout(graph: Graph) -> dict[CollectionAddress, tuple[float, float]]:
    """Top-left corner of each collection's box: one column per dataset, collections by name."""
    by_dataset: dict[str, list[CollectionAddress]] = defaultdict(list)
    for node in graph.nodes:
        by_dataset[node.dataset].append(node)
    places: dict[CollectionAddress, tuple[float, float]] = {}
    for col, dataset in enumerate(sorted(by_dataset)):
        for row, node in enumerate(sorted(by_dataset[dataset], key=lambda n: n.collection)):
            places[node] = (20 + col * (NODE_W + COL_GAP), TOP + row * (NODE_H + ROW_GAP))
    return places


def _dot_id(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def graph_dot(graph: Graph) -> str:
    """The reference graph in Graphviz's language (pure): one box a collection inside a frame
    a dataset, one arrow a pair of collections a reference joins, laid out left to right in
    layers by ``dot``; identities outlined in blue, what no identity reaches in red."""
    reached = graph.reachable()
    lines = [
        "digraph references {",
        "  graph [rankdir=LR, splines=true, nodesep=0.18, ranksep=0.8, pad=0.2, "
        'fontname="sans-serif", fontsize=12, bgcolor="white"];',
        '  node [shape=box, style="rounded,filled", fontname="sans-serif", fontsize=11, '
        "height=0.3, margin=0.08];",
        f'  edge [color="{MUTED}", arrowsize=0.6, penwidth=1.1];',
    ]
    by_dataset: dict[str, list[CollectionAddress]] = defaultdict(list)
    for node in graph.nodes:
        by_dataset[node.dataset].append(node)
    for n, dataset in enumerate(sorted(by_dataset)):
        lines.append(f"  subgraph cluster_{n} {{")
        lines.append(f'    label={_dot_id(dataset)}; style="rounded"; color="#d0d7de";')
        for node in sorted(by_dataset[dataset]):
            identity = node in graph.identity_nodes
            fill = "#e8f1fb" if identity else ("#ffffff" if node in reached else "#fbe9eb")
            stroke = PALETTE[0] if identity else ("#8c959f" if node in reached else PALETTE[4])
            lines.append(
                f"    {_dot_id(str(node))} [label={_dot_id(node.collection)}, "
                f'fillcolor="{fill}", color="{stroke}", penwidth={2 if identity else 1}];'
            )
        lines.append("  }")
    pairs = sorted({(e.source, e.target) for e in graph.edges if e.source != e.target})
    for source, target in pairs:
        lines.append(f"  {_dot_id(str(source))} -> {_dot_id(str(target))};")
    lines.append("}")
    return "\n".join(lines)


def graphviz_available() -> bool:
    """True when Graphviz's ``dot`` can be run here."""
    return shutil.which("dot") is not None


@functools.lru_cache(maxsize=8)
def render_dot(source: str) -> str | None:
    """SVG from Graphviz's ``dot`` for ``source``, or None when dot is missing or fails."""
    dot = shutil.which("dot")
    if dot is None:
        return None
    try:
        done = subprocess.run(  # noqa: S603 - a fixed program, the source on stdin
            [dot, "-Tsvg"], input=source.encode(), capture_output=True, timeout=20, check=False
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    if done.returncode != 0:
        return None
    text = done.stdout.decode("utf-8")
    return text[text.index("<svg") :] if "<svg" in text else None


def reference_graph_svg(graph: Graph) -> str:
    """The reference graph laid out by Graphviz's ``dot`` when it is installed, otherwise
    drawn in columns (one a dataset) by :func:`column_graph_svg`."""
    return render_dot(graph_dot(graph)) or column_graph_svg(graph)


def column_graph_svg(graph: Graph) -> str:
    """The collections as boxes grouped by dataset, references as arrows; identities outlined."""
    places = graph_layout(graph)
    datasets = sorted({n.dataset for n in graph.nodes})
    rows = max((sum(1 for n in graph.nodes if n.dataset == d) for d in datasets), default=1)
    width = max(400, 40 + len(datasets) * (NODE_W + COL_GAP) - COL_GAP)
    height = TOP + rows * (NODE_H + ROW_GAP) + 40
    reached = graph.reachable()
    out = _open(
        width,
        height,
        "Reference graph of the data map",
        f"{len(graph.nodes)} collections in {len(datasets)} datasets, {len(graph.edges)} "
        f"references; {len(graph.identity_nodes)} collections hold an identity.",
    )
    out.append(
        '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" '
        'markerHeight="7" orient="auto-start-reverse">'
        f'<path d="M0,0 L10,5 L0,10 z" fill="{MUTED}"/>'
        "</marker></defs>"
    )
    for col, dataset in enumerate(datasets):
        out.append(_text(20 + col * (NODE_W + COL_GAP), 30, dataset, 13, font_weight="bold"))
    seen_pairs: set[tuple[CollectionAddress, CollectionAddress]] = set()
    for edge in graph.edges:
        if (edge.source, edge.target) in seen_pairs or edge.source == edge.target:
            continue
        seen_pairs.add((edge.source, edge.target))
        (x1, y1), (x2, y2) = places[edge.source], places[edge.target]
        if x1 == x2:  # same dataset: a loop out to the right
            sx, sy, tx, ty = x1 + NODE_W, y1 + NODE_H / 2, x2 + NODE_W, y2 + NODE_H / 2
            bend = 30 + abs(ty - sy) / 6
            path = (
                f"M{sx:.1f},{sy:.1f} C{sx + bend:.1f},{sy:.1f} "
                f"{tx + bend:.1f},{ty:.1f} {tx:.1f},{ty:.1f}"
            )
        else:
            forward = x2 > x1
            sx = x1 + (NODE_W if forward else 0)
            tx = x2 + (0 if forward else NODE_W)
            sy, ty = y1 + NODE_H / 2, y2 + NODE_H / 2
            mid = (sx + tx) / 2
            path = f"M{sx:.1f},{sy:.1f} C{mid:.1f},{sy:.1f} {mid:.1f},{ty:.1f} {tx:.1f},{ty:.1f}"
        out.append(
            f'<path d="{path}" fill="none" stroke="{MUTED}" stroke-width="1.2" '
            'marker-end="url(#arrow)"/>'
        )
    for node, (x, y) in sorted(places.items()):
        identity = node in graph.identity_nodes
        fill = "#e8f1fb" if identity else ("#ffffff" if node in reached else "#fbe9eb")
        stroke = PALETTE[0] if identity else ("#8c959f" if node in reached else PALETTE[4])
        out.append(
            f'<g><title>{escape(str(node))}</title><rect x="{x:.1f}" y="{y:.1f}" width="{NODE_W}" '
            f'height="{NODE_H}" rx="5" fill="{fill}" stroke="{stroke}" '
            f'stroke-width="{2 if identity else 1}"/>'
        )
        out.append(_text(x + 8, y + 19, node.collection[:26], 12) + "</g>")
    legend_y = height - 14
    out.append(
        f'<rect x="20" y="{legend_y - 11}" width="14" height="14" fill="#e8f1fb" '
        f'stroke="{PALETTE[0]}" stroke-width="2"/>'
    )
    out.append(_text(40, legend_y, "holds an identity", 12))
    out.append(
        f'<rect x="180" y="{legend_y - 11}" width="14" height="14" fill="#fbe9eb" '
        f'stroke="{PALETTE[4]}"/>'
    )
    out.append(_text(200, legend_y, "not reachable from any identity", 12))
    out.append("</svg>")
    return "\n".join(out)


# --- charts -------------------------------------------------------------------------------


def week_start(moment: datetime | date) -> date:
    day = moment.date() if isinstance(moment, datetime) else moment
    return day - timedelta(days=day.weekday())


def requests_per_week(
    received: Iterable[tuple[str, datetime]], weeks: int = 12, today: date | None = None
) -> tuple[list[date], dict[str, list[int]]]:
    """Counts per ISO week (Monday) for the last ``weeks`` weeks, per request kind (pure)."""
    last = week_start(today or date.today())
    starts = [last - timedelta(weeks=weeks - 1 - i) for i in range(weeks)]
    index = {s: i for i, s in enumerate(starts)}
    counts: dict[str, list[int]] = {}
    for kind, at in received:
        i = index.get(week_start(at))
        if i is None:
            continue
        counts.setdefault(kind, [0] * weeks)[i] += 1
    return starts, dict(sorted(counts.items()))


def _nice_max(value: int) -> int:
    if value <= 5:
        return 5
    magnitude = 10 ** int(math.log10(value))
    for step in (1, 2, 5, 10):
        if value <= step * magnitude:
            return step * magnitude
    return value


def stacked_bars_svg(
    title: str,
    labels: Sequence[str],
    series: dict[str, list[int]],
    y_label: str,
    empty: str = "no requests in these weeks",
) -> str:
    """A stacked bar chart: one bar per label, one colour per series, with a legend."""
    width, height, left, bottom, top = 720, 300, 50, 50, 40
    plot_h = height - top - bottom
    totals = [sum(values[i] for values in series.values()) for i in range(len(labels))]
    ymax = _nice_max(max(totals, default=0))
    slot = (width - left - 20) / max(1, len(labels))
    out = _open(
        width,
        height,
        title,
        "; ".join(f"{k}: {sum(v)}" for k, v in series.items()) or "no data yet",
    )
    for tick in range(0, 6):
        value = ymax * tick / 5
        y = top + plot_h - plot_h * tick / 5
        out.append(
            f'<line x1="{left}" x2="{width - 20}" y1="{y:.1f}" y2="{y:.1f}" stroke="#d0d7de"/>'
        )
        out.append(_text(left - 6, y + 4, f"{value:g}", 11, "end"))
    out.append(_text(12, top - 14, y_label, 11))
    for i, label in enumerate(labels):
        x = left + i * slot + slot * 0.15
        base: float = top + plot_h
        for s, (kind, values) in enumerate(series.items()):
            if values[i] == 0:
                continue
            h = plot_h * values[i] / ymax
            base -= h
            out.append(
                f'<rect x="{x:.1f}" y="{base:.1f}" width="{slot * 0.7:.1f}" height="{h:.1f}" '
                f'fill="{PALETTE[s % len(PALETTE)]}"><title>{escape(label)} {escape(kind)}: '
                f"{values[i]}</title></rect>"
            )
        out.append(_text(x + slot * 0.35, top + plot_h + 16, label, 10, "middle"))
    lx = left
    for s, kind in enumerate(series):
        out.append(
            f'<rect x="{lx}" y="{height - 18}" width="12" height="12" '
            f'fill="{PALETTE[s % len(PALETTE)]}"/>'
        )
        out.append(_text(lx + 16, height - 8, kind, 12))
        lx += 30 + 8 * len(kind)
    if not series:
        out.append(_text(width / 2, top + plot_h / 2, empty, 13, "middle"))
    out.append("</svg>")
    return "\n".join(out)


DURATION_BINS = [(0, 1), (1, 2), (2, 3), (3, 7), (7, 14), (14, 30), (30, 45), (45, 10_000)]


def completion_histogram(durations_days: Iterable[float]) -> tuple[list[str], list[int]]:
    """How many requests took 0–1 days, 1–2 days … 45+ days to complete (pure)."""
    counts: Counter[tuple[int, int]] = Counter()
    for d in durations_days:
        for lo, hi in DURATION_BINS:
            if lo <= d < hi:
                counts[(lo, hi)] += 1
                break
    labels = [f"{lo}–{hi} d" if hi < 10_000 else f"{lo}+ d" for lo, hi in DURATION_BINS]
    return labels, [counts[b] for b in DURATION_BINS]
