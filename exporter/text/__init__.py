"""Text as vectors: the one sentence-embedding model that query memory, cases and usage share."""
