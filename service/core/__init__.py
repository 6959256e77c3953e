"""Shared by all: settings, database URLs, migrations, where the SQL lives, and the CLI's errors."""
