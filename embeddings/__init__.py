"""pgrec embeddings: model loading, product text, batch encoding and the refresh worker."""
