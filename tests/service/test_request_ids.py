"""Request ids are valid version-7 UUIDs that sort by creation time."""

from __future__ import annotations

import time
import uuid

from service.http.request_ids import new_request_id


def test_request_ids_are_unique_time_ordered_uuid7() -> None:
    ids = []
    for _ in range(3):
        ids += [new_request_id() for _ in range(1000)]
        time.sleep(0.002)
    parsed = [uuid.UUID(value) for value in ids]
    assert all(u.version == 7 and u.variant == uuid.RFC_4122 for u in parsed)
    assert len(set(ids)) == len(ids)
    millis = [u.int >> 80 for u in parsed]
    assert millis == sorted(millis)
    assert abs(millis[-1] - time.time() * 1000) < 5000
