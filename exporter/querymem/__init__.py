"""Query memory: a time-aware cache of the AI helper's query results, matched by intent and meaning.

`QueryMemory` records executed queries (parsed intent, window, TTL per subject, embedding), answers
lookups with HIT / PARTIAL / MISS, tells what changed since the caller's last check and puts a new
figure in the context of the same question's history.
"""

from exporter.querymem.memory import QueryMemory, install
from exporter.querymem.policy import MemoryPolicy

__all__ = ["MemoryPolicy", "QueryMemory", "install"]
