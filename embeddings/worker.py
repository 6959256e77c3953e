"""The embedding refresh worker behind `pgrec embed`: drains rec_embedding_queue into vectors.

Batches are claimed with rec_claim_embedding_batch (for update skip locked, leased), so several
workers can run at once. The model encodes batch n+1 while a writer thread stores batch n, so
the database work hides behind the model. A batch that fails is retried item by item; an item
that keeps failing is recorded with its error (rec_fail_embeddings) after `max_attempts`.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

import numpy as np
import numpy.typing as npt
import psycopg
from pgvector.psycopg import register_vector

from embeddings.model import EMBEDDING_DIMENSIONS, EmbeddingModelError, encode_texts, load_model, model_name

Encoder = Callable[[Sequence[str]], npt.NDArray[np.float32]]
NOTIFY_CHANNEL = "rec_embedding_queue"


@dataclass
class EmbedOptions:
    """batch_size: products claimed per round (one model call, which sorts them by length and
    runs encode_batch_size at a time); a bigger claim pads less and amortises the database work."""

    batch_size: int = 256
    encode_batch_size: int = 64
    everything: bool = False
    watch: bool = False
    max_attempts: int = 3
    retry_delay: float = 2.0
    lease_seconds: float = 300.0
    poll_seconds: float = 30.0
    refresh_preferences: bool = True


@dataclass
class EmbedReport:
    embedded: int = 0
    failed: int = 0
    retried: int = 0
    queued_at_start: int = 0
    seconds: float = 0.0
    encode_seconds: float = 0.0
    preferences_refreshed: int | None = None
    errors: list[str] = field(default_factory=list)

    @property
    def rate(self) -> float:
        return self.embedded / self.seconds if self.seconds > 0 else 0.0


@dataclass
class _Claimed:
    ids: list[str]
    hashes: list[str]
    texts: list[str]


def column_dimensions(conn: psycopg.Connection[Any]) -> int:
    row = conn.execute(
        "select atttypmod from pg_attribute "
        "where attrelid = 'rec_product_embeddings'::regclass and attname = 'embedding'"
    ).fetchone()
    return int(row[0]) if row else -1


def check_dimensions(conn: psycopg.Connection[Any], encoder: Encoder, name: str) -> None:
    """Refuse, before writing anything, a model whose vectors do not fit the column."""
    expected = column_dimensions(conn)
    probe = encoder(["dimension probe"])
    if probe.ndim != 2 or probe.shape[1] != expected:
        got = probe.shape[-1] if probe.ndim else 0
        raise EmbeddingModelError(
            f"embedding model {name!r} makes {got}-dimensional vectors, but "
            f"rec_product_embeddings.embedding is vector({expected})"
        )


def default_encoder(name: str | None, batch_size: int) -> Encoder:
    load_model(name)

    def encode(texts: Sequence[str]) -> npt.NDArray[np.float32]:
        return encode_texts(texts, batch_size=batch_size, name=name)

    return encode


def _valid_rows(vectors: npt.NDArray[np.float32], count: int) -> list[bool]:
    if vectors.ndim != 2 or vectors.shape[0] != count:
        return [False] * count
    norms = np.linalg.norm(vectors, axis=1)
    return [bool(np.isfinite(row).all() and norm > 0) for row, norm in zip(vectors, norms, strict=True)]


class EmbeddingWorker:
    """One worker process's loop; see the module docstring."""

    def __init__(
        self,
        database_url: str,
        options: EmbedOptions | None = None,
        encoder: Encoder | None = None,
        model: str | None = None,
        on_progress: Callable[[int], None] | None = None,
        on_total: Callable[[int], None] | None = None,
    ) -> None:
        self.database_url = database_url
        self.options = options or EmbedOptions()
        self.name = model_name(model)
        self.encoder = encoder or default_encoder(model, self.options.encode_batch_size)
        self.on_progress = on_progress or (lambda n: None)
        self.on_total = on_total or (lambda n: None)
        self.report = EmbedReport()
        self._embedded_ids: list[str] = []
        self._retrying: set[str] = set()
        self._stop = threading.Event()

    def stop(self) -> None:
        """Ask a --watch loop to finish (wakes it with a notification)."""
        self._stop.set()
        with psycopg.connect(self.database_url, autocommit=True) as conn:
            conn.execute("select pg_notify(%s, 'stop')", (NOTIFY_CHANNEL,))

    # -- database -------------------------------------------------------------------------------
    def _connect(self) -> psycopg.Connection[Any]:
        conn = psycopg.connect(self.database_url, autocommit=True)
        register_vector(conn)
        return conn

    def _claim(self, conn: psycopg.Connection[Any]) -> _Claimed:
        rows = conn.execute(
            "select product_id, content_hash, product_text from rec_claim_embedding_batch(%s, %s)",
            (self.options.batch_size, timedelta(seconds=self.options.lease_seconds)),
        ).fetchall()
        return _Claimed([r[0] for r in rows], [r[1] for r in rows], [r[2] for r in rows])

    def _store(
        self, conn: psycopg.Connection[Any], ids: list[str], vectors: list[Any], hashes: list[str]
    ) -> int:
        row = conn.execute(
            "select rec_store_embeddings(%s::text[], %b::vector[], %s::text[], %s)",
            (ids, vectors, hashes, self.name),
        ).fetchone()
        return int(row[0]) if row else 0

    def _fail(self, conn: psycopg.Connection[Any], ids: list[str], error: str) -> None:
        row = conn.execute(
            "select rec_fail_embeddings(%s::text[], %s, %s, %s)",
            (ids, error, self.options.max_attempts, timedelta(seconds=self.options.retry_delay)),
        ).fetchone()
        failed_now = int(row[0]) if row else 0
        self.report.failed += failed_now
        self.report.retried += len(ids) - failed_now
        self.report.errors.append(f"{', '.join(ids[:5])}: {error}")
        self._retrying.update(ids)

    # -- the loop -------------------------------------------------------------------------------
    def run(self) -> EmbedReport:
        started = time.monotonic()
        with self._connect() as conn, self._connect() as writer_conn:
            check_dimensions(conn, self.encoder, self.name)
            conn.execute("select rec_enqueue_embeddings(%s, %s)", (self.name, self.options.everything))
            total = conn.execute(
                "select count(*) from rec_embedding_queue where failed_at is null"
            ).fetchone()
            self.report.queued_at_start = int(total[0]) if total else 0
            self.on_total(self.report.queued_at_start)
            if self.options.watch:
                self._watch(conn, writer_conn)
            else:
                self._drain(conn, writer_conn)
                self._refresh_preferences(conn)
        self.report.seconds = time.monotonic() - started
        return self.report

    def _drain(self, conn: psycopg.Connection[Any], writer_conn: psycopg.Connection[Any]) -> None:
        """Embed until no item is ready (waiting for this run's own retries that are due soon)."""
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="pgrec-embed-writer") as writer:
            pending: Future[None] | None = None
            while True:
                claimed = self._claim(conn)
                if not claimed.ids:
                    if pending is not None:
                        pending.result()
                        pending = None
                    if self._wait_for_retries(conn):
                        continue
                    return
                vectors, good = self._encode(conn, claimed)
                if pending is not None:
                    pending.result()
                pending = writer.submit(self._write, writer_conn, claimed, vectors, good)

    def _encode(
        self, conn: psycopg.Connection[Any], claimed: _Claimed
    ) -> tuple[npt.NDArray[np.float32] | None, list[bool]]:
        started = time.monotonic()
        try:
            vectors = self.encoder(claimed.texts)
            good = _valid_rows(vectors, len(claimed.ids))
        except Exception:
            # Find the culprit(s): encode one by one.
            rows: list[npt.NDArray[np.float32]] = []
            good = []
            for product_id, text in zip(claimed.ids, claimed.texts, strict=True):
                try:
                    single = self.encoder([text])
                    ok = _valid_rows(single, 1)[0]
                    rows.append(single[0] if ok else np.zeros(EMBEDDING_DIMENSIONS, dtype=np.float32))
                    good.append(ok)
                    if not ok:
                        self._fail(conn, [product_id], "the model returned a vector that is not finite")
                except Exception as exc:
                    rows.append(np.zeros(EMBEDDING_DIMENSIONS, dtype=np.float32))
                    good.append(False)
                    self._fail(conn, [product_id], f"{type(exc).__name__}: {exc}")
            vectors = np.stack(rows) if rows else np.zeros((0, EMBEDDING_DIMENSIONS), dtype=np.float32)
        else:
            bad = [pid for pid, ok in zip(claimed.ids, good, strict=True) if not ok]
            if bad:
                self._fail(conn, bad, "the model returned a vector that is not finite")
        self.report.encode_seconds += time.monotonic() - started
        return vectors, good

    def _write(
        self,
        conn: psycopg.Connection[Any],
        claimed: _Claimed,
        vectors: npt.NDArray[np.float32] | None,
        good: list[bool],
    ) -> None:
        if vectors is None:
            return
        keep = [i for i, ok in enumerate(good) if ok]
        if not keep:
            return
        ids = [claimed.ids[i] for i in keep]
        try:
            self._store(conn, ids, [vectors[i] for i in keep], [claimed.hashes[i] for i in keep])
        except psycopg.Error as exc:
            self._fail(conn, ids, f"storing the vectors failed: {exc}")
            return
        self.report.embedded += len(ids)
        self._embedded_ids.extend(ids)
        self._retrying.difference_update(ids)
        self.on_progress(len(ids))

    def _wait_for_retries(self, conn: psycopg.Connection[Any]) -> bool:
        """True after sleeping until one of this run's failed items is due again; False when none
        is waiting (or it would take longer than the back-off could, e.g. leased by another worker)."""
        if not self._retrying:
            return False
        row = conn.execute(
            "select extract(epoch from min(next_attempt_at) - now()) from rec_embedding_queue "
            "where product_id = any(%s) and failed_at is null",
            (list(self._retrying),),
        ).fetchone()
        if not row or row[0] is None:
            self._retrying.clear()
            return False
        delay = max(float(row[0]), 0.0)
        longest = self.options.retry_delay * 2**self.options.max_attempts + 1
        if delay > longest:
            return False
        time.sleep(delay + 0.05)
        return True

    def _watch(self, conn: psycopg.Connection[Any], writer_conn: psycopg.Connection[Any]) -> None:
        """Drain, then sleep until a product changes (LISTEN/NOTIFY) or poll_seconds pass (retries
        and expired leases become ready without a notification); until stop()."""
        with self._connect() as listener:
            listener.execute(f"listen {NOTIFY_CHANNEL}")
            while not self._stop.is_set():
                self._drain(conn, writer_conn)
                self._refresh_preferences(conn)
                if self._stop.is_set():
                    break
                for _ in listener.notifies(timeout=self.options.poll_seconds, stop_after=1):
                    pass

    def _refresh_preferences(self, conn: psycopg.Connection[Any]) -> None:
        """Users who interacted with newly embedded products get their taste vectors recomputed
        (rec_refresh_preferences, when the database has it)."""
        if not self.options.refresh_preferences or not self._embedded_ids:
            return
        ids, self._embedded_ids = self._embedded_ids, []
        row = conn.execute("select to_regprocedure('rec_refresh_preferences(text[])') is not null").fetchone()
        if not row or not row[0]:
            return
        users = [
            r[0]
            for r in conn.execute(
                "select distinct user_id from rec_user_interactions where product_id = any(%s)", (ids,)
            )
        ]
        if not users:
            return
        refreshed = conn.execute("select rec_refresh_preferences(%s::text[])", (users,)).fetchone()
        count = int(refreshed[0]) if refreshed and refreshed[0] is not None else len(users)
        self.report.preferences_refreshed = (self.report.preferences_refreshed or 0) + count


def embed(
    database_url: str,
    options: EmbedOptions | None = None,
    encoder: Encoder | None = None,
    model: str | None = None,
    on_progress: Callable[[int], None] | None = None,
    on_total: Callable[[int], None] | None = None,
) -> EmbedReport:
    """Run one worker (see EmbeddingWorker) and return what it did."""
    return EmbeddingWorker(database_url, options, encoder, model, on_progress, on_total).run()
