"""Check-digit helpers shared by gen.py and validate.py (standard library only)."""
import re

def digits(s):
    return re.sub(r"\D", "", s)

def luhn_ok(s):
    d = digits(s)
    tot = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return len(d) > 0 and tot % 10 == 0

def luhn_digit(partial):
    for c in "0123456789":
        if luhn_ok(partial + c):
            return c

def iban_ok(s):
    s = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in r)
    return int(n) % 97 == 1

def make_iban(cc, bban):
    r = bban + cc + "00"
    n = "".join(str(int(c, 36)) for c in r)
    chk = 98 - int(n) % 97
    raw = f"{cc}{chk:02d}{bban}"
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))

# Norway
def no_fnr_ok(s):
    d = [int(c) for c in digits(s)]
    if len(d) != 11:
        return False
    w1 = [3, 7, 6, 1, 8, 9, 4, 5, 2]
    w2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    k1 = 11 - sum(a * b for a, b in zip(w1, d)) % 11
    k1 = 0 if k1 == 11 else k1
    k2 = 11 - sum(a * b for a, b in zip(w2, d)) % 11
    k2 = 0 if k2 == 11 else k2
    return k1 == d[9] and k2 == d[10]

def no_mod11_ok(s, weights):
    d = [int(c) for c in digits(s)]
    if len(d) != len(weights) + 1:
        return False
    k = 11 - sum(a * b for a, b in zip(weights, d)) % 11
    k = 0 if k == 11 else k
    return k == d[-1]

NO_KONTO_W = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
NO_ORG_W = [3, 2, 7, 6, 5, 4, 3, 2]

# Spain
DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"
def es_dni_ok(s):
    s = s.replace("-", "").replace(" ", "").upper()
    m = re.fullmatch(r"([XYZ]?)(\d{7,8})([A-Z])", s)
    if not m:
        return False
    pre = {"": "", "X": "0", "Y": "1", "Z": "2"}[m.group(1)]
    return DNI_LETTERS[int(pre + m.group(2)) % 23] == m.group(3)

# France NIR (15 digits incl. key)
def fr_nir_ok(s):
    d = digits(s)
    return len(d) == 15 and 97 - int(d[:13]) % 97 == int(d[13:])

# Germany Steuer-ID (ISO 7064 MOD 11,10)
def de_steuerid_ok(s):
    d = digits(s)
    if len(d) != 11 or d[0] == "0":
        return False
    p = 10
    for c in d[:10]:
        t = (int(c) + p) % 10
        t = 10 if t == 0 else t
        p = (t * 2) % 11
    chk = 11 - p
    chk = 0 if chk == 10 else chk
    counts = sorted((d[:10].count(x) for x in set(d[:10])), reverse=True)
    return chk == int(d[10]) and counts[0] in (2, 3) and counts.count(counts[0]) == 1

# Brazil CPF
def br_cpf_ok(s):
    d = [int(c) for c in digits(s)]
    if len(d) != 11:
        return False
    for n in (9, 10):
        tot = sum(d[i] * (n + 1 - i) for i in range(n))
        r = tot % 11
        if (0 if r < 2 else 11 - r) != d[n]:
            return False
    return True

# Korea RRN
def kr_rrn_ok(s):
    d = [int(c) for c in digits(s)]
    if len(d) != 13:
        return False
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    return (11 - sum(a * b for a, b in zip(w, d)) % 11) % 10 == d[12]

# Israel Teudat Zehut
def il_id_ok(s):
    d = digits(s).zfill(9)
    tot = 0
    for i, c in enumerate(d):
        n = int(c) * (1 + i % 2)
        tot += n - 9 if n > 9 else n
    return len(d) == 9 and tot % 10 == 0

# India Aadhaar (Verhoeff)
_VD = [[0,1,2,3,4,5,6,7,8,9],[1,2,3,4,0,6,7,8,9,5],[2,3,4,0,1,7,8,9,5,6],[3,4,0,1,2,8,9,5,6,7],
       [4,0,1,2,3,9,5,6,7,8],[5,9,8,7,6,0,4,3,2,1],[6,5,9,8,7,1,0,4,3,2],[7,6,5,9,8,2,1,0,4,3],
       [8,7,6,5,9,3,2,1,0,4],[9,8,7,6,5,4,3,2,1,0]]
_VP = [[0,1,2,3,4,5,6,7,8,9],[1,5,7,6,2,8,3,0,9,4],[5,8,0,3,7,9,6,1,4,2],[8,9,1,6,0,4,3,5,2,7],
       [9,4,5,3,1,2,6,8,7,0],[4,2,8,6,5,7,3,9,0,1],[2,7,9,3,8,0,6,4,1,5],[7,0,4,6,9,1,3,2,5,8]]
def verhoeff_ok(s):
    c = 0
    for i, ch in enumerate(reversed(digits(s))):
        c = _VD[c][_VP[i % 8][int(ch)]]
    return c == 0
def aadhaar_ok(s):
    d = digits(s)
    return len(d) == 12 and d[0] not in "01" and verhoeff_ok(d)

# Thailand
def th_id_ok(s):
    d = [int(c) for c in digits(s)]
    if len(d) != 13:
        return False
    return (11 - sum(d[i] * (13 - i) for i in range(12)) % 11) % 10 == d[12]

# Russia SNILS
def ru_snils_ok(s):
    d = digits(s)
    if len(d) != 11:
        return False
    tot = sum(int(d[i]) * (9 - i) for i in range(9))
    while tot > 101:
        tot %= 101
    chk = 0 if tot in (100, 101) else tot
    return chk == int(d[9:])

# Ukraine RNOKPP
def ua_rnokpp_ok(s):
    d = [int(c) for c in digits(s)]
    if len(d) != 10:
        return False
    w = [-1, 5, 7, 9, 4, 6, 10, 5, 7]
    return (sum(a * b for a, b in zip(w, d)) % 11) % 10 == d[9]

# China resident id
def cn_id_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"\d{17}[\dX]", s):
        return False
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return "10X98765432"[sum(int(a) * b for a, b in zip(s, w)) % 11] == s[17]

# Netherlands BSN (11-proef)
def nl_bsn_ok(s):
    d = [int(c) for c in digits(s)]
    if len(d) != 9:
        return False
    tot = sum(d[i] * (9 - i) for i in range(8)) - d[8]
    return tot % 11 == 0

# Saudi national id (Luhn over 10 digits, starts 1 or 2)
def sa_nin_ok(s):
    d = digits(s)
    return len(d) == 10 and d[0] in "12" and luhn_ok(d)

# EAN-13
def ean13_ok(s):
    d = [int(c) for c in digits(s)]
    return len(d) == 13 and sum(x * (1 if i % 2 == 0 else 3) for i, x in enumerate(d)) % 10 == 0

def complete(partial, ok, alphabet="0123456789"):
    """Append the single check character that makes ok() true; raise if none."""
    for c in alphabet:
        if ok(partial + c):
            return partial + c
    raise ValueError(f"no check character for {partial!r}")

def complete2(partial, ok):
    for i in range(100):
        if ok(partial + f"{i:02d}"):
            return partial + f"{i:02d}"
    raise ValueError(partial)
