"""pgrec service: core (settings, migrations), local (embedded servers), http, ingest, evaluation and cli."""
