"""The speaker column of a chat export: the account the client prints, not a person named in the text.

Chat clients and their exports open each message with the time and the author's handle (`[09:12] @hakon: ...`,
`[9:12 AM] @marte: ...`). Writer 19 counted such a handle of one given name as ordinary text in all sixteen lines
of its threads (batch 19), as writers 18 and 20 count the `[10:30] priya.r:` form the rules already keep; no writer
lists one for removal. A handle of a given name and a surname (`@aisha.rahman:`, `@thanhnguyen:`, which writers
11-14 list) and a mention inside the message (`cc @ingrid`) are still a person's, and so is an address after a
speaker whose handle is a given name (`street_addresses.SPEAKER_ADDRESS`).
"""

from __future__ import annotations

import re

# The clock time in brackets at the line's start (seconds and a 12-hour suffix as clients print them), then `@`.
_TIME_BEFORE = re.compile(r"\[\d{1,2}:\d\d(?::\d\d)?(?:[ \t]?[AaPp][Mm])?\][ \t]?")
_REACH = 16  # the longest time column `_TIME_BEFORE` reads: `[12:30:45 PM] `


def speaker_handle(text: str, at: int, end: int) -> bool:
    """`text[at]` is the `@` of a handle ending at `end` that stands in the speaker column: the bracketed time
    opens its line right before it and a colon follows it."""
    line = text.rfind("\n", 0, at) + 1
    return (
        at - line <= _REACH
        and text.startswith(":", end)
        and _TIME_BEFORE.fullmatch(text, line, at) is not None
    )
