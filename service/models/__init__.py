"""Item-item models fitted outside SQL (numpy) and written back as neighbours for the SQL ranking."""
