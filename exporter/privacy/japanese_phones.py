"""A Japanese phone number a person was given: in brackets right after the person's name (`渡辺 健二 さん（電話
090-4417-2286）`, `<name> 様（03-5555-0142）`) or after the word for a mobile (`携帯 090-4417-2286`, `携帯番号：`), or a phone label right after the name
(`<name> さん 電話番号：090-...`).

Japanese numbers are written in hyphen groups with the trunk 0 (`090-4417-2286`, `075-212-4410`); an order id or a
date is not. The number is checked in Japan's numbering plan only (`phonenumbers`), one parse per candidate; round
17's rule that tried every region's plan per number cost 35 ms each and was reverted (review F23). A firm's main
line (`代表 03-...`) stands after no name and no mobile word, and stays.
"""

from __future__ import annotations

import re

import phonenumbers

Span = tuple[int, int]

JAPANESE_PHONE = (
    r"(?:(?<=<redacted:person_name>)[ \u3000]?(?:さん|様|さま|氏)?[ \u3000]?"
    r"(?:[（(](?:電話|携帯|TEL|tel)?(?:番号)?[:：]?|[、,]?[ \u3000]?(?:電話|携帯)(?:番号)?[:：])[ \u3000]?"
    r"|携帯(?:電話)?(?:番号)?[ \u3000]?[:：]?[ \u3000]?)"
    r"(?P<num>0\d{1,4}-\d{1,4}-\d{3,4})(?![\d-])"
)
JAPANESE_PHONE_NEEDLES = ("<redacted:person_name>", "携帯")


def pick_japanese_phone(m: re.Match, text: str, floor: int) -> Span | None:
    try:
        number = phonenumbers.parse(m["num"], "JP")
    except phonenumbers.NumberParseException:
        return None
    return m.span("num") if phonenumbers.is_valid_number(number) else None
