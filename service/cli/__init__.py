"""The `pgrec` command line: one module per verb."""
