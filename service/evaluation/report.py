"""Presenting an evaluation: the text table, the JSON file and the PNG bar chart."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from service.core.errors import PgrecError

# (report key, column head); "@k" heads are metrics at k.
COLUMNS = (
    ("precision", "P@k"),
    ("recall", "R@k"),
    ("ndcg", "NDCG@k"),
    ("hit_rate", "hit@k"),
    ("coverage", "coverage"),
    ("ild", "ILD@k"),
)


def figure(value: float | None) -> str:
    return "-" if value is None else f"{value:.4f}"


def table(rows: Sequence[dict[str, Any]], k: int, markdown: bool = False) -> str:
    """algorithm x protocol, one line each; metrics at k, catalog coverage, intra-list diversity."""
    heads = ["algorithm", "protocol", "users", *(head.replace("@k", f"@{k}") for _, head in COLUMNS)]
    lines = [
        [
            str(row["algorithm"]),
            str(row["protocol"]),
            f"{row['users']:,}",
            *(figure(row.get(name)) for name, _ in COLUMNS),
        ]
        for row in sorted(rows, key=lambda r: (r["protocol"], -r["ndcg"]))
    ]
    if markdown:
        out = ["| " + " | ".join(heads) + " |", "|" + "|".join(" --- " for _ in heads) + "|"]
        out += ["| " + " | ".join(line) + " |" for line in lines]
        return "\n".join(out)
    widths = [max(len(head), *(len(line[i]) for line in lines)) for i, head in enumerate(heads)]
    fmt = "  ".join(f"{{:<{w}}}" if i < 2 else f"{{:>{w}}}" for i, w in enumerate(widths))
    return "\n".join([fmt.format(*heads), *(fmt.format(*line) for line in lines)])


def versus_lines(rows: Sequence[dict[str, Any]]) -> str:
    """`  vs base-ease  -0.0045 ± 0.0021 (2.1 standard errors)` per row, largest gap first."""
    lines = []
    for row in sorted(rows, key=lambda r: r["ndcg_difference"]):
        error = row["se"]
        ratio = f"{abs(row['ndcg_difference']) / error:.1f}" if error > 0 else "-"
        lines.append(
            f"  vs {row['versus']:<20} {row['ndcg_difference']:+.4f} ± {error:.4f} ({ratio} standard errors)"
        )
    return "\n".join(lines)


def write_json(path: Path, report: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(report, indent=2, sort_keys=True) + "\n", encoding="utf-8")


def bars(axis: Any, chosen: Sequence[dict[str, Any]], series: Sequence[tuple[str, str]]) -> None:
    """Two horizontal bars per algorithm (the first series on top), algorithms top to bottom."""
    positions = range(len(chosen))
    longest = 0.0
    for offset, (key, label) in zip((0.2, -0.2), series, strict=True):
        values = [row.get(key) or 0.0 for row in chosen]
        longest = max(longest, *values)
        axis.barh([p - offset for p in positions], values, 0.4, label=label)
    axis.set_yticks(list(positions), [row["algorithm"] for row in chosen])
    axis.invert_yaxis()
    axis.set_xlim(0, (longest or 1.0) * 1.8)  # room on the right for the legend, clear of the bars
    axis.legend(loc="lower right", fontsize="small")


def plot(path: Path, rows: Sequence[dict[str, Any]], k: int, title: str) -> None:
    """Per protocol (a column each): NDCG@k and hit rate per algorithm on top, intra-list diversity
    and catalog coverage below, both panels in the same order (matplotlib, no display needed)."""
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        raise PgrecError("--plot needs matplotlib: pip install 'pgrec[eval]'") from None
    protocols = sorted({row["protocol"] for row in rows})
    chart, axes = plt.subplots(2, len(protocols), figsize=(6 * len(protocols), 9), squeeze=False)
    for column, protocol in enumerate(protocols):
        chosen = sorted((r for r in rows if r["protocol"] == protocol), key=lambda r: -r["ndcg"])
        bars(axes[0][column], chosen, [("ndcg", f"NDCG@{k}"), ("hit_rate", f"hit@{k}")])
        axes[0][column].set_title(f"{protocol} ({chosen[0]['users']:,} users)" if chosen else protocol)
        bars(axes[1][column], chosen, [("ild", f"ILD@{k} (1 - cosine)"), ("coverage", "catalog coverage")])
        axes[1][column].set_title(f"{protocol}: diversity and coverage")
    chart.suptitle(title)
    chart.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    chart.savefig(path, dpi=80)
    plt.close(chart)
