"""The one batched delete every tier uses: many rows, each batch its own short transaction.

Retention (expired warm and hot rows), the cold tier (rows past their cold period) and
delete-my-data all remove rows this way, so none of them holds a long lock on a live table and a
crash loses at most the batch in flight. Rows are picked by the store's physical row id
(`Store.row_id`), so tables without a single-column key batch the same way.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from exporter.store import Store
from exporter.store.base import Conn

BATCH = 5000


def delete_in_batches(store: Store, table: str, cond: str, params: dict[str, Any], batch: int = BATCH,
                      on_batch: Callable[[Conn, int], None] | None = None) -> int:
    """DELETE FROM `table` WHERE `cond`, `batch` rows per transaction; returns how many went.

    `on_batch(conn, n)` runs inside each batch's transaction, so bookkeeping (a deletion receipt's
    running count) commits together with the rows it counts.
    """
    rid = store.row_id
    total = 0
    while True:
        with store.transaction() as conn:
            n = max(conn.execute(f"DELETE FROM {table} WHERE {rid} IN (SELECT {rid} FROM {table} WHERE {cond} "
                                 f"LIMIT {int(batch)})", params), 0)
            if on_batch is not None:
                on_batch(conn, n)
        total += n
        if n < batch:
            return total
