"""The training events read back from the scratch database as matrices for the numpy baselines:
a binary user x item matrix and the time-decayed, type-weighted affinity the SQL functions use."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import numpy as np
import numpy.typing as npt
import psycopg

from service.core.errors import PgrecError

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


# affinity(u, i) = sum over u's events on i of weight(type) * 0.5 ^ (age / half_life(type)), age
# measured from the cutoff, as rec_personalized(as_of => cutoff) computes it: the decay is the SQL
# function _rec_decay (sql_functions/010-decay-math.sql), never a copy of its formula.
_EVENTS = """
select i.user_id, i.product_id, sum(t.weight * _rec_decay(%(ref)s - i.created_at, t.half_life)) as affinity
  from rec_user_interactions i
  join rec_interaction_types t on t.interaction_type = i.interaction_type
  join rec_products p on p.id = i.product_id
 where p.is_active and t.weight > 0 and i.created_at < %(ref)s
 group by i.user_id, i.product_id
"""


def read_training(url: str, cutoff: datetime, max_items: int = MAX_DENSE_ITEMS) -> TrainingData:
    """Every (user, active item) affinity before `cutoff` in the database at `url`."""
    with psycopg.connect(url) as conn:
        rows = conn.execute(_EVENTS, {"ref": cutoff}).fetchall()
    users = sorted({row[0] for row in rows})
    items = sorted({row[1] for row in rows})
    if len(items) > max_items:
        raise PgrecError(
            f"{len(items):,} products have events: the dense baselines (EASE, SAR) stop at {max_items:,}; "
            "evaluate without --baselines"
        )
    user_index = {user: i for i, user in enumerate(users)}
    item_index = {item: i for i, item in enumerate(items)}
    affinity = np.zeros((len(users), len(items)), dtype=np.float64)
    for user, item, value in rows:
        affinity[user_index[user], item_index[item]] = float(value)
    binary = (affinity > 0).astype(np.float64)
    return TrainingData(users, items, binary, affinity)
