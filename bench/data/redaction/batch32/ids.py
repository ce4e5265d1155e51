"""Hand-written check-digit helpers for writer32 (stdlib only).

Every function takes a *base* (the digits/characters without the check part)
and returns the full identifier, or validates a full identifier.
"""

# ---------------------------------------------------------------- Luhn (cards)
def luhn_valid(num):
    digits = [int(c) for c in num if c.isdigit()]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_digit(base):
    for d in range(10):
        if luhn_valid(base + str(d)):
            return str(d)
    raise ValueError(base)


def card(base, groups=(4, 4, 4, 4), sep=" "):
    """base = all digits but the last; returns grouped card number."""
    full = base + luhn_digit(base)
    if sum(groups) != len(full):
        raise ValueError("grouping does not match length")
    out, i = [], 0
    for g in groups:
        out.append(full[i:i + g])
        i += g
    return sep.join(out)


# ---------------------------------------------------------------- IBAN (ISO 13616)
IBAN_LEN = {"NL": 18, "DE": 22, "GB": 22, "IE": 22, "TR": 26, "GE": 22,
            "PK": 24, "AZ": 28, "BE": 16, "FR": 27, "ES": 24}


def _iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban(country, bban, spaced=True):
    chk = 98 - _iban_num(bban + country + "00") % 97
    full = "%s%02d%s" % (country, chk, bban)
    if len(full) != IBAN_LEN[country]:
        raise ValueError("bad IBAN length for %s: %s" % (country, full))
    if spaced:
        return " ".join(full[i:i + 4] for i in range(0, len(full), 4))
    return full


def iban_valid(s):
    s = s.replace(" ", "").upper()
    if len(s) < 5 or s[:2] not in IBAN_LEN or len(s) != IBAN_LEN[s[:2]]:
        return False
    if not s[2:4].isdigit() or not s.isalnum():
        return False
    return _iban_num(s[4:] + s[:4]) % 97 == 1


# ---------------------------------------------------------------- Verhoeff (Aadhaar)
_D = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
      [2, 3, 4, 0, 1, 7, 8, 9, 5, 6], [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
      [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
      [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
      [8, 7, 6, 5, 9, 3, 2, 1, 0, 4], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_P = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
      [5, 8, 0, 3, 7, 9, 6, 1, 4, 2], [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
      [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
      [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]


def verhoeff_valid(num):
    c = 0
    for i, ch in enumerate(reversed([x for x in num if x.isdigit()])):
        c = _D[c][_P[i % 8][int(ch)]]
    return c == 0


def aadhaar(base11):
    """Aadhaar: 12 digits, first digit 2-9, Verhoeff check digit; printed 4-4-4."""
    assert len(base11) == 11 and base11[0] in "23456789"
    for d in range(10):
        full = base11 + str(d)
        if verhoeff_valid(full):
            return "%s %s %s" % (full[:4], full[4:8], full[8:])
    raise ValueError(base11)


def aadhaar_valid(s):
    d = s.replace(" ", "")
    return len(d) == 12 and d.isdigit() and d[0] in "23456789" and verhoeff_valid(d)


# ---------------------------------------------------------------- Turkish TC Kimlik No
def tckn(base9):
    assert len(base9) == 9 and base9[0] != "0"
    d = [int(c) for c in base9]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d11 = (sum(d) + d10) % 10
    return base9 + str(d10) + str(d11)


def tckn_valid(s):
    return len(s) == 11 and s.isdigit() and s[0] != "0" and tckn(s[:9]) == s


# ---------------------------------------------------------------- Dutch BSN (elfproef)
def bsn(base8):
    assert len(base8) == 8
    s = sum((9 - i) * int(c) for i, c in enumerate(base8))
    chk = s % 11
    if chk == 10:
        raise ValueError("base has no valid BSN check digit: " + base8)
    return base8 + str(chk)


def bsn_valid(s):
    if len(s) != 9 or not s.isdigit():
        return False
    t = sum((9 - i) * int(c) for i, c in enumerate(s[:8])) - int(s[8])
    return t % 11 == 0


# ---------------------------------------------------------------- Russian SNILS
def _snils_chk(base9):
    s = sum(int(c) * (9 - i) for i, c in enumerate(base9))
    if s < 100:
        return s
    if s in (100, 101):
        return 0
    s %= 101
    return 0 if s == 100 else s


def snils(base9):
    assert len(base9) == 9
    return "%s-%s-%s %02d" % (base9[:3], base9[3:6], base9[6:], _snils_chk(base9))


def snils_valid(s):
    d = "".join(c for c in s if c.isdigit())
    return len(d) == 11 and _snils_chk(d[:9]) == int(d[9:])


# ---------------------------------------------------------------- US ABA routing number
def aba(base8):
    d = [int(c) for c in base8]
    s = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5])
    return base8 + str((10 - s % 10) % 10)


def aba_valid(s):
    return len(s) == 9 and s.isdigit() and aba(s[:8]) == s


# ---------------------------------------------------------------- UK NHS-style mod 11 is not used;
# schemes without a public check digit are registered as format-only.
import re
FORMAT_ONLY = {
    "us-ssn": r"(?!000|666|9)\d{3}-(?!00)\d{2}-(?!0000)\d{4}",
    "uk-nino": r"[A-CEGHJ-PR-TW-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]",
    "pk-cnic": r"\d{5}-\d{7}-\d",
    "ge-personal": r"\d{11}",
    "ng-nin": r"\d{11}",
    "na-id": r"\d{11}",
    "ug-nin": r"C[MF][0-9A-Z]{12}",
    "hn-dni": r"\d{4}-\d{4}-\d{5}",
    "in-pan": r"[A-Z]{5}\d{4}[A-Z]",
    "sr-id": r"[A-Z]{2}\d{6}",
    "cw-sedula": r"\d{10}",
    "dj-cni": r"\d{9}",
    "cd-electoral": r"\d{10}",
    "bz-ssn": r"\d{9}",
}


def validate(scheme, value):
    if scheme == "card":
        d = re.sub(r"[ -]", "", value)
        return d.isdigit() and 13 <= len(d) <= 19 and luhn_valid(d)
    if scheme == "iban":
        return iban_valid(value)
    if scheme == "in-aadhaar":
        return aadhaar_valid(value)
    if scheme == "tr-tckn":
        return tckn_valid(value)
    if scheme == "nl-bsn":
        return bsn_valid(value)
    if scheme == "ru-snils":
        return snils_valid(value)
    if scheme == "us-aba":
        return aba_valid(value)
    if scheme in FORMAT_ONLY:
        return re.fullmatch(FORMAT_ONLY[scheme], value) is not None
    raise KeyError(scheme)


if __name__ == "__main__":
    assert card("424242424242424", sep="").endswith("2")
    assert iban_valid("GB82 WEST 1234 5698 7654 32")
    assert verhoeff_valid("2363")
    assert tckn_valid("10000000146")
    assert bsn_valid("111222333")
    assert snils_valid("112-233-445 95")
    assert aba_valid("011000015")
    print("ids self-test OK")
