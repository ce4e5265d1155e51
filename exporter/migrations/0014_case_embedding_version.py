"""Which reading of a case's text made its stored vector, so the learning pass can read older ones again.

1: the model's first 256 word pieces (every case stored before this migration, though cases stored by round 21's
code were already read whole: they are read again to the same vector); 2: the text read whole over windows
(`exporter.text.embeddings.VECTOR_VERSION`, `exporter.cases.stale_vectors`).
"""

from yoyo import step

from exporter.store.migrate import portable

__depends__ = {"0013_learned_aliases"}

SCHEMA = """
ALTER TABLE cases ADD COLUMN embedding_version INTEGER NOT NULL DEFAULT 1
"""

steps = [step(portable(SCHEMA))]
