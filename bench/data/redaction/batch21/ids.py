"""Check-digit helpers for writer21 (stdlib only).

Each `*_make` takes the leading digits typed by hand and returns the full
identifier with computed check digit(s); each `*_ok` validates a full value.
"""
import re


def _digits(s):
    return re.sub(r"\D", "", s)


# --- Luhn (payment cards, SIRET, Swedish personnummer, Greek AMKA, Emirates ID, Saudi NIN)
def luhn_check_digit(payload):
    total = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_make(payload):
    return payload + luhn_check_digit(payload)


def luhn_ok(s):
    s = _digits(s)
    return len(s) > 1 and luhn_make(s[:-1]) == s


# --- IBAN (ISO 13616, mod 97)
def _iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban_make(country, bban):
    chk = 98 - _iban_num(bban + country + "00") % 97
    return "%s%02d%s" % (country, chk, bban)


def iban_ok(s):
    s = s.replace(" ", "").upper()
    return len(s) >= 15 and _iban_num(s[4:] + s[:4]) % 97 == 1


def iban_group(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


# --- France NIR (13 digits + 2-digit key)
def nir_make(d13):
    return d13 + "%02d" % (97 - int(d13) % 97)


def nir_ok(s):
    s = _digits(s)
    return len(s) == 15 and 97 - int(s[:13]) % 97 == int(s[13:])


# --- ISO 7064 MOD 11,10 (German Steuer-ID, Croatian OIB)
def mod11_10_check(payload):
    p = 10
    for ch in payload:
        s = (int(ch) + p) % 10
        if s == 0:
            s = 10
        p = (s * 2) % 11
    c = 11 - p
    return "0" if c == 10 else str(c % 10)


def mod11_10_make(payload):
    return payload + mod11_10_check(payload)


def mod11_10_ok(s):
    s = _digits(s)
    return mod11_10_make(s[:-1]) == s


# --- Netherlands BSN (11-proef)
def bsn_make(d8):
    s = sum(int(d) * w for d, w in zip(d8, range(9, 1, -1))) % 11
    if s == 10:
        raise ValueError("no valid BSN check digit for " + d8)
    return d8 + str(s)


def bsn_ok(s):
    s = _digits(s)
    if len(s) != 9:
        return False
    t = sum(int(d) * w for d, w in zip(s[:8], range(9, 1, -1))) - int(s[8])
    return t % 11 == 0


# --- Norway fødselsnummer (two mod-11 digits)
def _no_k(digits, weights):
    k = 11 - sum(int(d) * w for d, w in zip(digits, weights)) % 11
    if k == 11:
        return "0"
    if k == 10:
        raise ValueError("invalid fnr base " + digits)
    return str(k)


def fnr_make(d9):
    k1 = _no_k(d9, [3, 7, 6, 1, 8, 9, 4, 5, 2])
    k2 = _no_k(d9 + k1, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])
    return d9 + k1 + k2


def fnr_ok(s):
    s = _digits(s)
    try:
        return len(s) == 11 and fnr_make(s[:9]) == s
    except ValueError:
        return False


# --- Denmark CPR (legacy modulus-11: weights 4327654321, sum % 11 == 0)
def cpr_make(d9):
    w = [4, 3, 2, 7, 6, 5, 4, 3, 2]
    r = sum(int(d) * x for d, x in zip(d9, w)) % 11
    c = (11 - r) % 11
    if c == 10:
        raise ValueError("invalid cpr base " + d9)
    return d9 + str(c)


def cpr_ok(s):
    s = _digits(s)
    w = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1]
    return len(s) == 10 and sum(int(d) * x for d, x in zip(s, w)) % 11 == 0


# --- Greece AFM (9 digits)
def afm_make(d8):
    s = sum(int(d) * 2 ** (8 - i) for i, d in enumerate(d8))
    return d8 + str(s % 11 % 10)


def afm_ok(s):
    s = _digits(s)
    return len(s) == 9 and afm_make(s[:8]) == s


# --- Japan My Number (12 digits)
def mynumber_make(d11):
    total = 0
    for n in range(1, 12):
        p = int(d11[11 - n])
        q = n + 1 if n <= 6 else n - 5
        total += p * q
    r = total % 11
    return d11 + ("0" if r <= 1 else str(11 - r))


def mynumber_ok(s):
    s = _digits(s)
    return len(s) == 12 and mynumber_make(s[:11]) == s


# --- Ukraine RNOKPP (10 digits)
def rnokpp_make(d9):
    w = [-1, 5, 7, 9, 4, 6, 10, 5, 7]
    return d9 + str(sum(int(d) * x for d, x in zip(d9, w)) % 11 % 10)


def rnokpp_ok(s):
    s = _digits(s)
    return len(s) == 10 and rnokpp_make(s[:9]) == s


# --- Romania CNP (13 digits)
def cnp_make(d12):
    w = [2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9]
    r = sum(int(d) * x for d, x in zip(d12, w)) % 11
    return d12 + ("1" if r == 10 else str(r))


def cnp_ok(s):
    s = _digits(s)
    return len(s) == 13 and cnp_make(s[:12]) == s


# --- Estonia isikukood (11 digits)
def isikukood_make(d10):
    w1 = [1, 2, 3, 4, 5, 6, 7, 8, 9, 1]
    w2 = [3, 4, 5, 6, 7, 8, 9, 1, 2, 3]
    r = sum(int(d) * x for d, x in zip(d10, w1)) % 11
    if r == 10:
        r = sum(int(d) * x for d, x in zip(d10, w2)) % 11
        if r == 10:
            r = 0
    return d10 + str(r)


def isikukood_ok(s):
    s = _digits(s)
    return len(s) == 11 and isikukood_make(s[:10]) == s


# --- Bulgaria EGN (10 digits)
def egn_make(d9):
    w = [2, 4, 8, 5, 10, 9, 7, 3, 6]
    r = sum(int(d) * x for d, x in zip(d9, w)) % 11
    return d9 + ("0" if r == 10 else str(r))


def egn_ok(s):
    s = _digits(s)
    return len(s) == 10 and egn_make(s[:9]) == s


# --- Iceland kennitala (DDMMYY RR C century)
def kennitala_make(d8, century="9"):
    w = [3, 2, 7, 6, 5, 4, 3, 2]
    c = 11 - sum(int(d) * x for d, x in zip(d8, w)) % 11
    if c == 11:
        c = 0
    if c == 10:
        raise ValueError("invalid kennitala base " + d8)
    return d8 + str(c) + century


def kennitala_ok(s):
    s = _digits(s)
    try:
        return len(s) == 10 and kennitala_make(s[:8], s[9]) == s
    except ValueError:
        return False


# --- Spain DNI (Catalonia), 8 digits + letter
DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def dni_make(d8):
    return d8 + DNI_LETTERS[int(d8) % 23]


def dni_ok(s):
    s = s.replace("-", "").upper()
    return len(s) == 9 and s[:8].isdigit() and DNI_LETTERS[int(s[:8]) % 23] == s[8]


# --- Australia TFN (9 digits, weights 1 4 3 7 5 8 6 9 10, sum % 11 == 0)
TFN_W = [1, 4, 3, 7, 5, 8, 6, 9, 10]


def tfn_make(d8):
    s = sum(int(d) * x for d, x in zip(d8, TFN_W[:8]))
    for c in range(10):
        if (s + c * 10) % 11 == 0:
            return d8 + str(c)
    raise ValueError("invalid tfn base " + d8)


def tfn_ok(s):
    s = _digits(s)
    return len(s) == 9 and sum(int(d) * x for d, x in zip(s, TFN_W)) % 11 == 0


VALIDATORS = {
    "card": luhn_ok, "luhn": luhn_ok, "siret": luhn_ok, "personnummer": luhn_ok,
    "amka": luhn_ok, "emirates_id": luhn_ok, "saudi_nin": luhn_ok,
    "iban": iban_ok, "nir": nir_ok, "steuer_id": mod11_10_ok, "oib": mod11_10_ok,
    "bsn": bsn_ok, "fnr": fnr_ok, "cpr": cpr_ok, "afm": afm_ok,
    "mynumber": mynumber_ok, "rnokpp": rnokpp_ok, "cnp": cnp_ok,
    "isikukood": isikukood_ok, "egn": egn_ok, "kennitala": kennitala_ok,
    "dni": dni_ok, "tfn": tfn_ok,
}


# --- Spain CCC national check digits (inside ES IBANs)
_CCC_W = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]


def _ccc_d(ten):
    d = 11 - sum(int(c) * w for c, w in zip(ten, _CCC_W)) % 11
    return {11: 0, 10: 1}.get(d, d)


def ccc_make(bank, branch, account):
    return bank + branch + str(_ccc_d("00" + bank + branch)) + str(_ccc_d(account)) + account


def ccc_ok(bban):
    return ccc_make(bban[:4], bban[4:8], bban[10:]) == bban


# --- Norway bank account (11 digits, mod 11 on last digit)
_NO_W = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]


def no_account_make(d10):
    c = 11 - sum(int(c) * w for c, w in zip(d10, _NO_W)) % 11
    if c == 11:
        c = 0
    if c == 10:
        raise ValueError("invalid NO account base " + d10)
    return d10 + str(c)


def no_account_ok(s):
    try:
        return len(s) == 11 and no_account_make(s[:10]) == s
    except ValueError:
        return False


# --- France RIB key (inside FR IBANs), numeric account numbers only
def rib_make(bank, branch, account):
    key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97
    return bank + branch + account + "%02d" % key


def rib_ok(bban):
    return rib_make(bban[:5], bban[5:10], bban[10:21]) == bban
