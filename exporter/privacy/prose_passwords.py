"""Passwords told in sentences: "changed the db password to X", "pwd for the relay box is X",
"creds for the relay: mirror / X".

In prose a value is told by its shape (quoted, or 6+ characters mixing letters with digits or
symbols), so "to something stronger" or "is 14 characters" stay.
"""

from __future__ import annotations

import re

from exporter.privacy import secret_shape as shape
from exporter.privacy.credential_slots import password_shaped
from exporter.privacy.rule_engine import Span, secret_value

# Passwords in prose: "changed the db password to Tr0ub4dor&3", "the new password for X is Y".
PROSE_PASSWORD = (
    # a quoted value right after the word: `use passphrase 'tangerine kite 42'`
    r"pass(?:(?:word|phrase)[ \t]+(?=[\"'`])"
    r"|(?:word|phrase)(?![\w-])[^.;\n]{0,40}?(?<![\w])(?:to|is|as)(?:[ \t]+now)?[ \t]+"
    # the password word and the value with nothing between: "logged in with password X"
    r"|(?:word|phrase)[ \t]+(?=[^\s]*\d)"
    # the bare word (`the admin pass for the wiki is X`): only with `is`, and not inside `bypass`
    # or a name (`$DB_PASS`)
    r"|(?<![\w$%]pass)(?![\w-])[^.;\n]{0,40}?(?<![\w])is[ \t]+"
    # a few words, then a colon: "password for the kiosk account: X"
    r"|(?:word|phrase)(?![\w-])[ \t][^.;:\n]{1,40}?:[ \t]+)" + secret_value()
)
# The short forms in prose: "pwd for the relay box is X", "the pw: X".
PROSE_SHORT = r"(?<![\w-])(?:pwd|pw|passwd|passcode)(?![\w-])[^.;\n]{0,40}?(?:(?<![\w])(?:to|is|as)|:)[ \t]+" + secret_value()
# A user and a password named together in prose: "creds for the relay: mirror / X", "login: ops:X".
PROSE_PAIR = (
    r"(?:creds|credentials?|login)(?![\w-])[^.;:\n]{0,40}?(?::|[ \t](?:are|is|was|were))[ \t]+[\w.@\\-]+[ \t]*(?:/|:)[ \t]*"
    + secret_value()
)
# The same with the user named by its word: "Login for the SCADA portal: user vmc_ops / X". The value is
# a password when it has a password's shape (`credential_slots.password_shaped`), `=` included. (Every run
# is bounded: a user name is at most 64 characters, as a mail address's local part.)
PROSE_USER_PAIR = (
    r"(?:creds|credentials?|login)(?![\w-])[^.;:\n]{0,40}?(?::|[ \t](?:are|is|was|were))[ \t]{1,8}"
    r"(?:user(?:name)?|account|login)[ \t:]{1,8}[\w.@\\-]{1,64}[ \t]{0,8}/[ \t]{0,8}" + secret_value()
)


def pick_user_pair(m: re.Match, text: str, floor: int) -> Span | None:
    a, b = m.span("val")
    if text[a] in "\"'`":
        return a, b
    word = text[a:b].rstrip(".,;:!?)")
    # (`=` inside a generated value is base64's, not an option's: after a user and a slash no option stands)
    shaped = password_shaped(word) or (word[:1].isalnum() and password_shaped(word.replace("=", "")))
    return (a, a + len(word)) if shaped else None




# The password word as a modifier: a noun right after it (`password authentication`, `password policy`) is
# what `to`, `is` or `as` then tells the value of. A word that goes on about the password itself keeps it
# the subject: a preposition or a determiner (`password for the relay`, `password of the`), a pronoun
# (`password we use is`), an adverb (`password now is`, `password currently is`), a verb (`password was`,
# `password gets set to`) or a secret's head noun (`password reset token is`: the value is a secret too).
_NOUN_AFTER = re.compile(
    r"pass(?:word|phrase)[ \t]+(?!(?:for|of|on|in|at|from|with|to|is|as|was|were|be|been|being|has|had|have|will"
    r"|would|should|must|can|could|may|might|gets?|got|now|still|here|there|then|just|also|again|itself|we|i|you|they"
    r"|he|she|it|that|which|who|the|a|an|this|our|my|your|their|his|her|its|today|needs?|changed|set|reset"
    r"|token|key|secret|code|pin|hint|phrase)(?![a-z]))(?![a-z]*ly(?![a-z]))[a-z]{3,}[ \t]"
)
_LINKED = re.compile(r"[ \t](?:to|is|as)[ \t]")


_COMMENT_OPENS = re.compile(r"\s(?:#|//|--)\s")  # a comment marker between words (shell, C, SQL)
_ASSIGNED = re.compile(r"(?i)(?:pass(?:word|phrase)?|pwd|pw|passwd|passcode)[ \t]*=(?!=)")


def pick_prose(m: re.Match, text: str, floor: int) -> Span | None:
    """In prose a password is told by its shape: quoted, or a word of 6+ characters mixing letters
    with digits or symbols; `to something stronger` or `is 14 characters` are not passwords."""
    a, b = m.span("val")
    if m.start() > 0 and text[m.start() - 1] in "$%":
        return None  # `$PWD`, `%PASSWORD%`: a variable named, not a password told
    if _ASSIGNED.match(text, m.start()):
        return None  # `PGPASSWORD=$DB_PASS ... is X`: a name given its value, which the assignment rules judge
    if text[a] in "\"'`":
        return a, b
    if _NOUN_AFTER.match(text, m.start()) and _LINKED.search(m[0]):
        return None  # `set password authentication to scram-sha-256`: the value is the next noun's
    if text[a] == "(":
        a += 1  # `password (09u4u6d&)`: the parenthesis is the sentence's
    while b < len(text) and not text[b].isspace() and text[b] not in "\"'`":
        b += 1  # in prose a value runs to a space: `&` starts no query parameter here
    while b > a and text[b - 1] in ".,;:!?)":
        b -= 1
    word = text[a:b]
    if re.search(r"@[\w-]+\.\w", word) or "/" in word or "=" in word or shape.DATE_OR_TIME.search(word):
        return None  # an address, a path or an option the sentence is about, found by its own rule if at all
    has_letter = any(c.isalpha() for c in word)
    if _COMMENT_OPENS.search(m[0]) and word.islower() and all(c.isalpha() or c == "_" for c in word):
        # `password = var.db_password   # TODO: move to aws_...`: a comment opens between the word and `to` (another
        # statement) and what follows is a name of words and `_`; `the svc_password was set to purple_monkey` (no
        # comment) and `# later: switch to Rq7Zp2Lk9Xm4` (a mixed value) still go
        return None
    mixed = any(c.isdigit() for c in word) or not word.isalnum() or (word != word.lower() and word[1:] != word[1:].lower())
    return (a, b) if len(word) >= 6 and has_letter and mixed else None
