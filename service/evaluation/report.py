"""Presenting an evaluation: the text table, the JSON file and the PNG bar chart."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from service.core.errors import PgrecError

COLUMNS = (("precision", "P"), ("recall", "R"), ("ndcg", "NDCG"), ("hit_rate", "hit"), ("coverage", "cov"))


def table(rows: Sequence[dict[str, Any]], k: int, markdown: bool = False) -> str:
    """algorithm x protocol, one line each; metrics at k."""
    heads = ["algorithm", "protocol", "users", *(f"{short}@{k}" for _, short in COLUMNS[:-1]), "coverage"]
    lines = [
        [
            str(row["algorithm"]),
            str(row["protocol"]),
            f"{row['users']:,}",
            *(f"{row[name]:.4f}" for name, _ in COLUMNS),
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


def plot(path: Path, rows: Sequence[dict[str, Any]], k: int, title: str) -> None:
    """NDCG@k and hit rate per algorithm, one panel per protocol (matplotlib, no display needed)."""
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        raise PgrecError("--plot needs matplotlib: pip install 'pgrec[eval]'") from None
    protocols = sorted({row["protocol"] for row in rows})
    figure, axes = plt.subplots(1, len(protocols), figsize=(6 * len(protocols), 4.5), squeeze=False)
    for axis, protocol in zip(axes[0], protocols, strict=True):
        chosen = sorted((r for r in rows if r["protocol"] == protocol), key=lambda r: -r["ndcg"])
        names = [r["algorithm"] for r in chosen]
        positions = range(len(chosen))
        axis.barh([p + 0.2 for p in positions], [r["ndcg"] for r in chosen], 0.4, label=f"NDCG@{k}")
        axis.barh([p - 0.2 for p in positions], [r["hit_rate"] for r in chosen], 0.4, label=f"hit@{k}")
        axis.set_yticks(list(positions), names)
        axis.invert_yaxis()
        axis.set_title(f"{protocol} ({chosen[0]['users']:,} users)" if chosen else protocol)
        axis.legend(loc="lower right")
    figure.suptitle(title)
    figure.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(path, dpi=80)
    plt.close(figure)
