"""The org's alias table in the store: what its things are also called, declared by an org admin.

The table is `{canonical name: [alias, ...]}` (`{"ehr-web": ["Birch", "the EHR front end"]}`); query memory
reads an alias as its canonical name (`detectors.org_aliases`), only within the org that declared it. This
module is the one writer of `org_aliases`. A phrase two names claim is kept as written and reported as
ambiguous: it reads as neither, and the admin sees which.
"""

from __future__ import annotations

import re
import time

from pydantic import ConfigDict, Field, field_validator

from detectors.org_aliases import Aliases, compile_aliases, phrase_of
from exporter.inputs import Input
from exporter.store import Store, from_json, to_json

__all__ = ["OrgAliases", "load", "save", "table_of"]

#: Names and aliases are short labels, not prose. Each phrase is read as a question is (1-4 ms on a busy
#: node), once when the table is set and once per replica when it changes (on that replica's next lookup), so the
#: table is bounded to keep that under a few seconds: 500 names of 10 aliases.
MAX_NAMES = 500
MAX_ALIASES = 10
MAX_CHARS = 100
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def _label(text: str, what: str) -> str:
    clean = " ".join(text.split())
    if not 1 <= len(clean) <= MAX_CHARS or _CONTROL.search(text):
        raise ValueError(f"{what} {text[:MAX_CHARS]!r} must be 1-{MAX_CHARS} printable characters")
    if phrase_of(clean) is None:
        raise ValueError(f"{what} {clean!r} has no word a question could name it by")
    return clean


class OrgAliases(Input):
    model_config = ConfigDict(extra="forbid")

    #: Canonical name -> what people also call it.
    aliases: dict[str, list[str]] = Field(default_factory=dict, max_length=MAX_NAMES)

    @field_validator("aliases")
    @classmethod
    def _readable(cls, v: dict[str, list[str]]) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for name, also in v.items():
            canonical = _label(name, "name")
            if canonical in out:
                raise ValueError(f"name {canonical!r} is listed twice")
            if len(also) > MAX_ALIASES:
                raise ValueError(f"{canonical!r}: at most {MAX_ALIASES} aliases")
            kept = [_label(a, f"alias of {canonical!r}") for a in also]
            out[canonical] = list(dict.fromkeys(a for a in kept if a.lower() != canonical.lower()))
        return out

    def compiled(self) -> Aliases:
        return compile_aliases(self.aliases)

    def shown(self, compiled: Aliases | None = None) -> dict:
        """The table as the API and the CLI show it: with the phrases two names claim, which read as neither,
        so the admin sees what the table cannot decide (``compiled`` when the caller has it already)."""
        table = self.compiled() if compiled is None else compiled
        return {**self.model_dump(), "ambiguous": list(table.ambiguous)}


def load(store: Store, org: str) -> tuple[OrgAliases, float | None]:
    """The org's table and when it was last set (None: never)."""
    row = store.one("SELECT aliases, updated_at FROM org_aliases WHERE org_id = :o", {"o": org})
    if row is None:
        return OrgAliases(), None
    return OrgAliases(aliases=from_json(row["aliases"], {}) or {}), float(row["updated_at"])


def table_of(store: Store, org: str) -> Aliases:
    """The org's table compiled for comparison (empty when it declared none)."""
    table, _ = load(store, org)
    return table.compiled()


def save(store: Store, org: str, table: OrgAliases, now: float | None = None) -> None:
    """Replace the org's whole table (an empty one clears it)."""
    store.execute(
        "INSERT INTO org_aliases (org_id, aliases, updated_at) VALUES (:o, :a, :t) "
        "ON CONFLICT (org_id) DO UPDATE SET aliases = excluded.aliases, updated_at = excluded.updated_at",
        {"o": org, "a": to_json(table.aliases), "t": time.time() if now is None else now},
    )
