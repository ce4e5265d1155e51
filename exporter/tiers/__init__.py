"""The four retention tiers and delete-my-data, in one place.

- ``hot`` (exporter.tiers.hot): the query memory's live entries for 1-4 h, in the store's
  `hot_entries` or in Redis with native TTLs;
- ``retention``: every table's policy (warm ages per kind and org, which kinds go cold, which are
  permanent) and the job that enforces it;
- ``archive``: the cold tier, compressed and checksummed files in a directory or S3;
- ``permanent``: versioned knowledge, never expired by age;
- ``forget``: delete-my-data across all of them, journaled and resumable.

All of them delete through `batch.delete_in_batches`. The package depends on the store, the
scoping rule and the case index version (so a forgotten case leaves every replica's index), never
on the HTTP layer.
"""
