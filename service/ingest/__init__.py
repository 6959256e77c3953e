"""Importers: files and Medusa into rec_products and, through rec_track_interactions, the event log."""
