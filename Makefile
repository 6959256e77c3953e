# The README's commands. `make demo` and `make test` install into .venv on first use.
# `make test`: the suite without the tests marked `slow` (full-file and long end-to-end runs);
# `make test-all`: every test. Both print the 15 slowest steps (pyproject: --durations=15).
.PHONY: install demo test test-all lint storefront-api
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
# examples/storefront's copy of the OpenAPI document and the TypeScript types generated from it
# (tests/deploy/test_storefront_client.py fails until they match the service's routes), then the
# kit's type check: a change of the API the kit's code does not follow stops here.
storefront-api: install
	.venv/bin/python -m service.http.openapi_export examples/storefront/pgrec-openapi.json
	cd examples/storefront && { [ -f node_modules/.package-lock.json ] || npm ci --no-audit --no-fund --omit=optional; } && npm run -s generate:api
	cd examples/storefront && npx --no-install tsc --noEmit -p tsconfig.json
