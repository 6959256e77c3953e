"""The collaborative model's fit at scale: `pgrec refresh ease` in a child process (as the HTTP refresh job
and the upkeep worker run it), its wall time, peak memory and rows, after rec_refresh_all()."""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import time

from benchmarks.scale_report import Figure, log
from service.models.collab_fit import MAX_EASE_ITEMS

_CHILD = """
import json, sys
from service.models.collab_fit import fit_collab_model, FitOptions
options = FitOptions()
print(json.dumps(fit_collab_model(sys.stdin.read().strip()).report(options)))
"""


def fit_figures(url: str) -> list[Figure]:
    started = time.monotonic()
    child = subprocess.run(
        [sys.executable, "-c", _CHILD], input=url, capture_output=True, text=True, check=True
    )
    wall = time.monotonic() - started
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    report = json.loads(child.stdout.strip().splitlines()[-1])
    log(
        f"  fit: {report['ease_items']:,} by EASE + {report['tail_items']:,} by co_interaction, "
        f"{report['rows']:,} rows in {wall:.1f} s, peak {peak_mb:,.0f} MB ({report['timings']})"
    )
    group = f"collaborative fit (EASE on <= {MAX_EASE_ITEMS:,} products)"
    return [
        Figure(group, "fit, child process", wall, "s", note=f"rows {report['rows']:,}", extra=report),
        Figure(group, "peak RSS of the largest child so far", peak_mb, "MB"),
    ]
