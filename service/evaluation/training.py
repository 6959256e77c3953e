"""The training events read back from the scratch database as matrices for the numpy baselines:
a binary user x item matrix and the time-decayed, type-weighted affinity the SQL functions use."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import numpy as np
import numpy.typing as npt

from service.core.errors import PgrecError
from service.models.events import read_events

# Dense item-item matrices: 20k items is 3.2 GB in float64, about the limit of one machine.
MAX_DENSE_ITEMS = 20_000


@dataclass
class TrainingData:
    """Users and active items with events before the cutoff; rows of `binary`/`affinity` are users,
    columns items."""

    users: list[str]
    items: list[str]
    binary: npt.NDArray[np.float64]
    affinity: npt.NDArray[np.float64]

    @property
    def user_index(self) -> dict[str, int]:
        return {user: i for i, user in enumerate(self.users)}

    @property
    def item_index(self) -> dict[str, int]:
        return {item: i for i, item in enumerate(self.items)}


def read_training(url: str, cutoff: datetime, max_items: int = MAX_DENSE_ITEMS) -> TrainingData:
    """Every (user, active item) affinity before `cutoff` in the database at `url`, dense (the
    decay: service.models.events)."""
    events = read_events(url, cutoff)
    users, items = events.users, events.items
    if len(items) > max_items:
        raise PgrecError(
            f"{len(items):,} products have events: the dense baselines (EASE, SAR) stop at {max_items:,}; "
            "evaluate without --baselines"
        )
    affinity = np.zeros((len(users), len(items)), dtype=np.float64)
    affinity[events.rows, events.cols] = events.affinity
    binary = (affinity > 0).astype(np.float64)
    return TrainingData(users, items, binary, affinity)
