"""What comes in from the AI helper and Alertmanager: the input models, the one writer of the
history tables, and backfill from files through the same validation and redaction.

Kept empty of imports so `exporter.ingest.schemas` (read by the metrics module for its label
sets) does not pull the writer and the store in with it.
"""
