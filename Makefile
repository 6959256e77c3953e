# The README's commands. `make demo` and `make test` install into .venv on first use.
# `make test`: the suite without the tests marked `slow` (full-file and long end-to-end runs);
# `make test-all`: every test. Both print the 15 slowest steps (pyproject: --durations=15).
.PHONY: install demo test test-all lint
install:
	@bash scripts/install.sh
demo: install
	@.venv/bin/pgrec demo
test: install
	@bash scripts/test.sh -m "not slow"
test-all: install
	@bash scripts/test.sh
lint: install
	.venv/bin/ruff check service embeddings tests benchmarks
	.venv/bin/ruff format --check service embeddings tests benchmarks
	.venv/bin/mypy service embeddings
