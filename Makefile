# The README's commands. `make demo` and `make test` install into .venv on first use.
.PHONY: install demo test lint
install:
	@bash scripts/install.sh
demo: install
	@.venv/bin/pgrec demo
test: install
	@bash scripts/test.sh
lint: install
	.venv/bin/ruff check service embeddings tests benchmarks
	.venv/bin/ruff format --check service embeddings tests benchmarks
	.venv/bin/mypy service embeddings
