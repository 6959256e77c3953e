"""pgrec service: configuration, database and cache sources, migrations, HTTP API and CLI."""
