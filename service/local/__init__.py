"""The zero-config default: embedded PostgreSQL and Valkey, or the configured URLs when set."""
