"""The query embedding model, loaded once per worker process on first use (or a warm-up)."""

from __future__ import annotations

import asyncio
import contextlib
import gc
import logging
from typing import Any

log = logging.getLogger("pgrec.model")


class ModelUnavailable(Exception):
    """The embedding model could not be loaded."""


class QueryEncoder:
    def __init__(self, name: str | None) -> None:
        self.name = name
        self.state = "not_loaded"  # not_loaded, loading, loaded, error
        self.error: str | None = None
        self.model_name: str | None = None
        self._lock: asyncio.Lock | None = None

    def describe(self) -> dict[str, Any]:
        return {"status": self.state, "name": self.model_name or self.name, "error": self.error}

    async def load(self) -> None:
        if self.state == "loaded":
            return
        if self._lock is None:
            self._lock = asyncio.Lock()
        async with self._lock:
            if self.state == "loaded":
                return
            self.state = "loading"
            try:
                await asyncio.to_thread(self._load_blocking)
            except Exception as exc:
                self.state, self.error = "error", f"{type(exc).__name__}: {exc}"
                log.error("embedding model unavailable: %s", self.error)
                raise ModelUnavailable(self.error) from exc
            self.state, self.error = "loaded", None

    async def load_quietly(self) -> None:
        """`load()` for a background task: a failure is already logged and shown by /health."""
        with contextlib.suppress(ModelUnavailable):
            await self.load()

    def _load_blocking(self) -> None:
        from embeddings import model

        model.load_model(self.name)
        self.model_name = model.model_name(self.name)
        # torch and the model add ~400,000 objects that live as long as the worker; left to the cyclic
        # collector, every full collection walks them (250 ms, a pause for every request in flight).
        gc.freeze()

    def load_now(self) -> None:
        """Load in the calling thread (worker start-up, before accepting connections: a signal can
        still interrupt it, and no request waits behind a thread holding the GIL)."""
        if self.state == "loaded":
            return
        try:
            self._load_blocking()
        except Exception as exc:
            self.state, self.error = "error", f"{type(exc).__name__}: {exc}"
            log.error("embedding model unavailable: %s", self.error)
            return
        self.state, self.error = "loaded", None

    async def encode(self, text: str) -> Any:
        """A normalised 384-dimension numpy vector for `text`."""
        if self.state != "loaded":
            await self.load()
        from embeddings import model

        vectors = await asyncio.to_thread(model.encode_texts, [text])
        return vectors[0]
