"""A secret named in one field and held in another: `name: DB_PASSWORD` then `value: x`.

Kubernetes writes a container's environment this way (`- name: X` / `value: y`, or the flow form
`{ name: X, value: "y" }`), and so do JSON logs of cookies (`"name":"sid","value":"..."`) and many APIs'
settings lists. The assignment rules read a value by the name right before it; here the name before is
always `value`, so the entry's `name` field decides, by the same tests the assignment rules apply to a
name: one that names a secret outright takes any value but a stand-in, one that only may name one
(`session`, `license`) a value that looks generated, and a public name or a reference none.
`valueFrom:` (a `secretKeyRef`) is no value and is never read.
"""

from __future__ import annotations

import re

from exporter.privacy import named_secrets as named
from exporter.privacy.rule_engine import Span, secret_value

# The name field, then at most a comma or one line break and the next line's indentation, then the value
# field. Each run is bounded and every match starts at the literal `name`: linear.
# (A comment line or two may stand between the fields, and the value may come first: YAML keeps no order, and
# kustomize's output sorts the keys.)
_BETWEEN = r"""[ \t]{0,8}(?:,[ \t]{0,8}|\r?\n(?:[ \t]{0,40}\#[^\n]{0,200}\r?\n){0,2}[ \t]{0,40})"""
_NAME_FIELD = r"""(?<![\w-])["']?name["']?[ \t]{0,8}[:=][ \t]{0,8}(?P<q>["']?)(?P<name>[\w.-]{1,80})(?P=q)"""
_VALUE_FIELD = r"""(?<![\w-])["']?value["']?[ \t]{0,8}[:=][ \t]{0,8}"""
NAME_VALUE_ENTRY = _NAME_FIELD + _BETWEEN + _VALUE_FIELD + secret_value()
# (Here the value is followed by more pattern, so it is bounded: a run of `value:value:...` is read at most 256
# characters from each start, never to the line's end.)
VALUE_NAME_ENTRY = (
    _VALUE_FIELD + r"""(?P<val>(?![=:"'`]*<redacted:)(?:"[^"\n]{0,256}"|'[^'\n]{0,256}'|[^\s&"'`,}]{1,256}))"""
    + _BETWEEN + _NAME_FIELD
)


def pick_name_value_entry(m: re.Match, text: str, floor: int) -> Span | None:
    a, b = m.span("val")
    if text[a] in "\"'" and b - a >= 2:
        a, b = a + 1, b - 1
    elif text[b - 1] in ",}]" and b - a > 1:
        b -= 1  # the flow mapping's own punctuation after an unquoted value
    return (a, b) if a < b and named.secret_name_holds(m["name"], text, a, b) else None
