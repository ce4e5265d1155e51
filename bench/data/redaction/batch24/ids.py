"""Hand-written check-digit helpers for writer24 (stdlib only).

Every function named make_* takes a base (without check digits) and returns the
full identifier; check(scheme, value) re-verifies a finished value.
"""
import re

# ---------------------------------------------------------------- Luhn
def luhn_sum(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total

def luhn_ok(s):
    d = re.sub(r"[ -]", "", s)
    return d.isdigit() and luhn_sum(d) % 10 == 0

def luhn_digit(base):
    return str((10 - luhn_sum(base + "0") % 10) % 10)

def make_card(base, groups=None):
    """base = PAN without its last digit; groups e.g. (4,4,4,4) adds spaces."""
    full = base + luhn_digit(base)
    if groups:
        out, i = [], 0
        for g in groups:
            out.append(full[i:i + g]); i += g
        return " ".join(out)
    return full

# ---------------------------------------------------------------- IBAN (ISO 13616 / ISO 7064 mod 97-10)
def _alnum_to_int_str(s):
    return "".join(str(int(c, 36)) for c in s)

def mod97(s):
    r = 0
    for ch in s:
        r = (r * 10 + int(ch)) % 97
    return r

def make_iban(country, bban, spaced=False):
    num = _alnum_to_int_str(bban + country + "00")
    cd = 98 - mod97(num)
    iban = "%s%02d%s" % (country, cd, bban)
    if spaced:
        return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
    return iban

IBAN_LEN = {"BA": 20, "FO": 18, "NL": 18, "LU": 20, "FR": 27, "MG": 27, "GB": 22,
            "DE": 22, "IE": 22, "ES": 24, "BE": 16, "SE": 24, "NO": 15, "FI": 18, "PL": 28}

def iban_ok(s):
    s = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", s):
        return False
    if s[:2] in IBAN_LEN and len(s) != IBAN_LEN[s[:2]]:
        return False
    return mod97(_alnum_to_int_str(s[4:] + s[:4])) == 1

def fr_rib_key(bank, branch, account):
    return "%02d" % (97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97)

def ba_bban(base14):                        # Bosnia: national check = ISO 7064 mod 97-10 (gives IBAN check 39)
    return base14 + "%02d" % (98 - mod97(base14 + "00"))

def mg_rib_key(bank, branch, account):
    return fr_rib_key(bank, branch, account)

# ---------------------------------------------------------------- Verhoeff
_VD = [[0,1,2,3,4,5,6,7,8,9],[1,2,3,4,0,6,7,8,9,5],[2,3,4,0,1,7,8,9,5,6],
       [3,4,0,1,2,8,9,5,6,7],[4,0,1,2,3,9,5,6,7,8],[5,9,8,7,6,0,4,3,2,1],
       [6,5,9,8,7,1,0,4,3,2],[7,6,5,9,8,2,1,0,4,3],[8,7,6,5,9,3,2,1,0,4],
       [9,8,7,6,5,4,3,2,1,0]]
_VP = [[0,1,2,3,4,5,6,7,8,9],[1,5,7,6,2,8,3,0,9,4],[5,8,0,3,7,9,6,1,4,2],
       [8,9,1,6,0,4,3,5,2,7],[9,4,5,3,1,2,6,8,7,0],[4,2,8,6,5,7,3,9,0,1],
       [2,7,9,3,8,0,6,4,1,5],[7,0,4,6,9,1,3,2,5,8]]
_VINV = [0,4,3,2,1,5,6,7,8,9]

def verhoeff_digit(base):
    c = 0
    for i, ch in enumerate(reversed(base)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    return str(_VINV[c])

def verhoeff_ok(num):
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = _VD[c][_VP[i % 8][int(ch)]]
    return c == 0

# ---------------------------------------------------------------- national ids
def make_jmbg(base12):                      # Bosnia & Herzegovina / ex-YU JMBG
    w = [7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    m = 11 - sum(int(a) * b for a, b in zip(base12, w)) % 11
    if m == 10:
        raise ValueError("JMBG base gives check 10")
    return base12 + str(0 if m == 11 else m)

def make_bsn(base8):                        # Netherlands BSN, 11-proef
    s = sum(int(d) * w for d, w in zip(base8, range(9, 1, -1)))
    c = s % 11
    if c == 10:
        raise ValueError("BSN base gives check 10")
    return base8 + str(c)

def make_lu_matricule(base11):              # Luxembourg: +Luhn +Verhoeff over first 11
    return base11 + luhn_digit(base11) + verhoeff_digit(base11)

def make_fo_ptal(base8):                    # Faroese p-tal DDMMYY-XXX, mod 11
    w = [3, 2, 7, 6, 5, 4, 3, 2]
    r = sum(int(a) * b for a, b in zip(base8, w)) % 11
    c = (11 - r) % 11
    if c == 10:
        raise ValueError("p-tal base gives check 10")
    full = base8 + str(c)
    return full[:6] + "-" + full[6:]

def make_fr_nir(base13, spaced=True):       # France NIR, key = 97 - n mod 97
    key = "%02d" % (97 - int(base13) % 97)
    if spaced:
        b = base13
        return "%s %s %s %s %s %s %s" % (b[0], b[1:3], b[3:5], b[5:7], b[7:10], b[10:13], key)
    return base13 + key

def ird_check(base8):                       # New Zealand IRD number
    b = base8.zfill(8)
    for w in ([3, 2, 7, 6, 5, 4, 3, 2], [7, 4, 3, 2, 5, 2, 7, 6]):
        r = sum(int(a) * x for a, x in zip(b, w)) % 11
        c = 0 if r == 0 else 11 - r
        if c != 10:
            return str(c)
    raise ValueError("IRD base invalid")

def make_nz_ird(base8):
    full = base8 + ird_check(base8)
    return full[:3] + "-" + full[3:6] + "-" + full[6:]

def make_za_id(base12):                     # South Africa ID: YYMMDDSSSSCA + Luhn
    return base12 + luhn_digit(base12)

def make_kz_iin(base11):                    # Kazakhstan IIN
    d = [int(x) for x in base11]
    c = sum(a * b for a, b in zip(d, range(1, 12))) % 11
    if c == 10:
        c = sum(a * b for a, b in zip(d, [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2])) % 11
        if c == 10:
            raise ValueError("IIN base invalid")
    return base11 + str(c)

def make_snils(base9):                      # Russia SNILS XXX-XXX-XXX YY
    s = sum(int(a) * b for a, b in zip(base9, range(9, 0, -1)))
    if s < 100:
        c = s
    elif s in (100, 101):
        c = 0
    else:
        c = s % 101
        if c == 100:
            c = 0
    return "%s-%s-%s %02d" % (base9[:3], base9[3:6], base9[6:], c)

def make_inn12(base10):                     # Russia personal INN (12 digits)
    w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    c1 = sum(int(a) * b for a, b in zip(base10, w1)) % 11 % 10
    s11 = base10 + str(c1)
    w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    c2 = sum(int(a) * b for a, b in zip(s11, w2)) % 11 % 10
    return s11 + str(c2)

def make_nuban(bank3, serial9):             # Nigeria NUBAN (CBN), returns 10 digits
    w = [3, 7, 3, 3, 7, 3, 3, 7, 3, 3, 7, 3]
    s = sum(int(a) * b for a, b in zip(bank3 + serial9, w))
    return serial9 + str((10 - s % 10) % 10)

def make_ca_sin(base8):                     # Canada SIN, Luhn
    f = base8 + luhn_digit(base8)
    return f[:3] + " " + f[3:6] + " " + f[6:]

def make_ie_ppsn(base7, suffix=""):         # Ireland PPSN, mod 23
    s = sum(int(a) * b for a, b in zip(base7, range(8, 1, -1)))
    if suffix:
        s += 9 * (ord(suffix) - 64)
    return base7 + "WABCDEFGHIJKLMNOPQRSTUV"[s % 23] + suffix

def make_es_dni(base8):                     # Spain DNI letter
    return base8 + "TRWAGMYFPDXBNJZSQVHLCKE"[int(base8) % 23]

def make_se_pnr(base9, sep="-"):            # Sweden personnummer YYMMDD-NNNC
    f = base9 + luhn_digit(base9)
    return f[:6] + sep + f[6:]

def make_pesel(base10):                     # Poland PESEL
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return base10 + str((10 - sum(int(a) * b for a, b in zip(base10, w)) % 10) % 10)

def make_au_tfn(base8):                     # Australia TFN: choose 9th digit so weighted sum % 11 == 0
    w = [1, 4, 3, 7, 5, 8, 6, 9, 10]
    for d in "0123456789":
        n = base8 + d
        if sum(int(a) * b for a, b in zip(n, w)) % 11 == 0:
            return n[:3] + " " + n[3:6] + " " + n[6:]
    raise ValueError("TFN base invalid")

def make_aadhaar(base11):                   # India Aadhaar, Verhoeff
    f = base11 + verhoeff_digit(base11)
    return f[:4] + " " + f[4:8] + " " + f[8:]

def make_br_cpf(base9):                     # Brazil CPF
    d = [int(x) for x in base9]
    c1 = sum(a * b for a, b in zip(d, range(10, 1, -1))) * 10 % 11 % 10
    d.append(c1)
    c2 = sum(a * b for a, b in zip(d, range(11, 1, -1))) * 10 % 11 % 10
    f = base9 + str(c1) + str(c2)
    return "%s.%s.%s-%s" % (f[:3], f[3:6], f[6:9], f[9:])

def make_no_fnr(base9):                     # Norway fødselsnummer
    d = [int(x) for x in base9]
    w1 = [3, 7, 6, 1, 8, 9, 4, 5, 2]
    k1 = 11 - sum(a * b for a, b in zip(d, w1)) % 11
    k1 = 0 if k1 == 11 else k1
    if k1 == 10:
        raise ValueError("fnr k1")
    d.append(k1)
    w2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    k2 = 11 - sum(a * b for a, b in zip(d, w2)) % 11
    k2 = 0 if k2 == 11 else k2
    if k2 == 10:
        raise ValueError("fnr k2")
    return base9 + str(k1) + str(k2)

def make_be_nrn(base9, born2000=False):     # Belgium national register number
    n = int(("2" if born2000 else "") + base9)
    c = 97 - n % 97
    return "%s.%s.%s-%s.%02d" % (base9[:2], base9[2:4], base9[4:6], base9[6:9], c)

def make_uk_nino(base):                     # format only (no check digit in scheme)
    return base

# ---------------------------------------------------------------- check(scheme, value)
def _digits(s):
    return re.sub(r"\D", "", s)

def check(scheme, value):
    v = value
    if scheme == "card":
        d = _digits(v)
        return 13 <= len(d) <= 19 and luhn_ok(d)
    if scheme == "iban":
        return iban_ok(v)
    if scheme == "iban_fr_rib":
        s = v.replace(" ", "")
        return iban_ok(s) and fr_rib_key(s[4:9], s[9:14], s[14:25]) == s[25:27]
    if scheme == "iban_ba":
        s = v.replace(" ", "")
        return iban_ok(s) and s[:4] == "BA39" and ba_bban(s[4:18]) == s[4:]
    if scheme == "iban_mg_rib":
        s = v.replace(" ", "")
        return iban_ok(s) and mg_rib_key(s[4:9], s[9:14], s[14:25]) == s[25:27]
    if scheme == "ba_jmbg":
        return len(v) == 13 and v.isdigit() and make_jmbg(v[:12]) == v
    if scheme == "nl_bsn":
        return len(v) == 9 and v.isdigit() and make_bsn(v[:8]) == v
    if scheme == "lu_matricule":
        d = _digits(v)
        return len(d) == 13 and make_lu_matricule(d[:11]) == d
    if scheme == "fo_ptal":
        return make_fo_ptal(_digits(v)[:8]) == v
    if scheme == "fr_nir":
        d = _digits(v)
        return len(d) == 15 and int(d[13:]) == 97 - int(d[:13]) % 97
    if scheme == "nz_ird":
        d = _digits(v)
        return make_nz_ird(d[:-1]) == v
    if scheme == "za_id":
        return len(v) == 13 and luhn_ok(v)
    if scheme == "kz_iin":
        return len(v) == 12 and make_kz_iin(v[:11]) == v
    if scheme == "ru_snils":
        return make_snils(_digits(v)[:9]) == v
    if scheme == "ru_inn12":
        return len(v) == 12 and make_inn12(v[:10]) == v
    if scheme.startswith("ng_nuban:"):
        bank = scheme.split(":")[1]
        return len(v) == 10 and make_nuban(bank, v[:9]) == v
    if scheme == "ca_sin":
        return luhn_ok(_digits(v)) and len(_digits(v)) == 9
    if scheme == "ie_ppsn":
        return make_ie_ppsn(v[:7], v[8:]) == v
    if scheme == "es_dni":
        return make_es_dni(v[:8]) == v
    if scheme == "se_pnr":
        return luhn_ok(_digits(v)) and len(_digits(v)) == 10
    if scheme == "pl_pesel":
        return make_pesel(v[:10]) == v
    if scheme == "au_tfn":
        d = _digits(v)
        return sum(int(a) * b for a, b in zip(d, [1, 4, 3, 7, 5, 8, 6, 9, 10])) % 11 == 0
    if scheme == "in_aadhaar":
        return verhoeff_ok(_digits(v))
    if scheme == "br_cpf":
        return make_br_cpf(_digits(v)[:9]) == v
    if scheme == "no_fnr":
        return make_no_fnr(v[:9]) == v
    if scheme == "be_nrn":
        d = _digits(v)
        return int(d[9:]) in (97 - int(d[:9]) % 97, 97 - int("2" + d[:9]) % 97)
    # format-only schemes (no public check digit): validated by pattern
    FORMATS = {
        "uk_nino": r"[A-CEGHJ-PR-TW-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]",
        "us_ssn": r"(?!000|666|9)\d{3}-(?!00)\d{2}-(?!0000)\d{4}",
        "id_nik": r"\d{16}",
        "ph_sss": r"\d{2}-\d{7}-\d",
        "mg_cin": r"\d{3} \d{3} \d{3} \d{3}",
        "rw_nid": r"1 \d{4} [78] \d{7} \d \d{2}",
        "ng_nin": r"\d{11}",
        "kg_pin": r"[12]\d{13}",
        "tj_passport": r"[A-Z]\d{8}",
        "tm_passport": r"[A-Z]\d{7}",
        "ht_nif": r"\d{3}-\d{3}-\d{3}-\d",
        "dk_cpr": r"\d{6}-\d{4}",
    }
    if scheme in FORMATS:
        return re.fullmatch(FORMATS[scheme], v) is not None
    raise KeyError(scheme)
