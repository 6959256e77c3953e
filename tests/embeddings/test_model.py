"""The embedding model: offline, loaded once, normalised 384-d vectors, wrong sizes refused."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import psycopg
import pytest

from embeddings.model import (
    DEFAULT_MODEL_NAME,
    EmbeddingModelError,
    encode_texts,
    load_model,
    model_name,
)
from tests.cli import pgrec_env, run_pgrec


def test_loaded_once_per_process() -> None:
    assert load_model() is load_model()
    assert load_model() is load_model(DEFAULT_MODEL_NAME)


def test_model_name_default_and_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PGREC_EMBEDDING_MODEL", raising=False)
    assert model_name() == DEFAULT_MODEL_NAME
    monkeypatch.setenv("PGREC_EMBEDDING_MODEL", "/models/other")
    assert model_name() == "/models/other"
    assert model_name("explicit") == "explicit"


def test_encode_gives_normalised_float32_rows() -> None:
    vectors = encode_texts(["WHITE HANGING HEART T-LIGHT HOLDER", "JUMBO BAG RED RETROSPOT", "x"])
    assert vectors.dtype == np.float32
    assert vectors.shape == (3, 384)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert encode_texts([]).shape == (0, 384)
    # Deterministic: the same text gives the same vector in another batch.
    again = encode_texts(["JUMBO BAG RED RETROSPOT"])
    assert np.allclose(again[0], vectors[1], atol=1e-5)


@pytest.fixture(scope="module")
def model_128d(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A real sentence-transformers model directory whose vectors have 128 dimensions."""
    from sentence_transformers import SentenceTransformer, models

    base = load_model()
    path = tmp_path_factory.mktemp("model") / "minilm-128"
    dense = models.Dense(in_features=384, out_features=128)
    SentenceTransformer(modules=[base[0], base[1], dense], device="cpu").save(str(path))
    return path


def test_a_model_of_another_dimension_is_refused(model_128d: Path) -> None:
    with pytest.raises(
        EmbeddingModelError, match=r"makes 128-dimensional vectors, but the vector columns hold 384"
    ):
        load_model(str(model_128d))


def test_a_missing_model_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(EmbeddingModelError, match=r"cannot load embedding model .*no-such-model"):
        load_model(str(tmp_path / "no-such-model"))


def test_pgrec_embed_refuses_the_model_before_writing(
    model_128d: Path, database_url: str, conn: psycopg.Connection
) -> None:
    conn.execute("delete from rec_products")
    conn.execute("insert into rec_products (id, title) values ('p1', 'WHITE METAL LANTERN')")
    env = pgrec_env(PGREC_DATABASE_URL=database_url, PGREC_EMBEDDING_MODEL=str(model_128d))
    result = run_pgrec("embed", env=env)
    assert result.returncode == 1
    assert "makes 128-dimensional vectors, but the vector columns hold 384" in result.stderr
    assert "Traceback" not in result.stderr
    assert conn.execute("select count(*) from rec_product_embeddings").fetchone() == (0,)
    assert conn.execute("select attempts from rec_embedding_queue").fetchall() == [(0,)]
