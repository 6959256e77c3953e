"""Embedding the scratch catalog with the embed worker and the real model, through a vector cache
keyed by model and text hash (a file under the data directory), so repeated runs skip the model."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import numpy.typing as npt

from embeddings.model import EMBEDDING_DIMENSIONS, encode_texts, model_name
from embeddings.worker import EmbedOptions, EmbedReport, embed
from service.core.errors import PgrecError
from service.ingest.progress import Progress
from service.local.dirs import ensure_writable_dir


def _key(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class CachedEncoder:
    """Encodes through the model only the texts not in the cache file; `save()` writes new vectors."""

    def __init__(self, path: Path, model: str | None = None) -> None:
        self.path = path
        self.model = model
        self.vectors: dict[str, npt.NDArray[np.float32]] = {}
        self.hits = 0
        self.misses = 0
        self._dirty = False
        if path.exists():
            try:
                with np.load(path) as data:
                    keys, matrix = data["keys"], data["vectors"]
                self.vectors = {str(key): matrix[i] for i, key in enumerate(keys)}
            except (OSError, ValueError, KeyError):
                self.vectors = {}  # a damaged cache is only a slower run

    def __call__(self, texts: Sequence[str]) -> npt.NDArray[np.float32]:
        keys = [_key(text) for text in texts]
        by_key = dict(zip(keys, texts, strict=True))
        missing = sorted(key for key in by_key if key not in self.vectors)
        if missing:
            encoded = encode_texts([by_key[key] for key in missing], name=self.model)
            for key, vector in zip(missing, encoded, strict=True):
                self.vectors[key] = vector
            self._dirty = True
        self.misses += len(missing)
        self.hits += len(texts) - len(missing)
        if not texts:
            return np.zeros((0, EMBEDDING_DIMENSIONS), dtype=np.float32)
        return np.stack([self.vectors[key] for key in keys]).astype(np.float32)

    def save(self) -> None:
        if not self._dirty:
            return
        keys = sorted(self.vectors)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        temporary = self.path.with_name(self.path.name + ".tmp.npz")
        np.savez(temporary, keys=np.array(keys), vectors=np.stack([self.vectors[key] for key in keys]))
        temporary.replace(self.path)
        self._dirty = False


def cache_path(data_dir: Path, model: str | None) -> Path:
    slug = re.sub(r"[^A-Za-z0-9._-]+", "_", model_name(model)).strip("_")
    return ensure_writable_dir(data_dir / "evaluation") / f"embeddings-{slug}.npz"


def embed_catalog(url: str, data_dir: Path, model: str | None, progress: bool) -> EmbedReport:
    """Run the embed worker on `url` (every product missing a vector) with the cached encoder."""
    encoder = CachedEncoder(cache_path(data_dir, model), model)
    bars: list[Progress] = []

    def on_total(total: int) -> None:
        bars.append(Progress("embedding", total=total, unit="products", enabled=progress))

    def on_progress(count: int) -> None:
        if bars:
            bars[0].update(count)

    try:
        report = embed(
            url,
            EmbedOptions(refresh_preferences=False),
            encoder=encoder,
            model=model,
            on_progress=on_progress,
            on_total=on_total,
        )
    finally:
        for bar in bars:
            bar.close()
        encoder.save()
    if report.failed:
        raise PgrecError(
            f"embedding the scratch catalog failed for {report.failed} products: {report.errors[:3]}"
        )
    return report
