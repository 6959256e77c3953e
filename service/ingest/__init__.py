"""Importers: files and Medusa into rec_products and, through rec_store_interactions, the event log."""
