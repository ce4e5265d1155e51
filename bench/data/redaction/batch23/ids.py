"""Hand-written check-digit helpers for writer23 (stdlib only).

Each scheme has make(base) -> full value and check(value) -> bool.
"""

def _digits(s):
    return ''.join(ch for ch in s if ch.isdigit())

# ---- Luhn (payment cards, South African ID) ----
def luhn_sum(num):
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total

def luhn_valid(num):
    return num.isdigit() and luhn_sum(num) % 10 == 0

def luhn_make(base):
    for c in '0123456789':
        if luhn_valid(base + c):
            return base + c
    raise ValueError(base)

# ---- IBAN (ISO 13616, mod 97-10) ----
def _iban_num(s):
    return int(''.join(str(int(ch, 36)) for ch in s))

def iban_valid(iban):
    s = iban.replace(' ', '').upper()
    if len(s) < 15 or not s[:2].isalpha() or not s[2:4].isdigit():
        return False
    return _iban_num(s[4:] + s[:4]) % 97 == 1

def iban_make(country, bban):
    chk = 98 - _iban_num(bban + country + '00') % 97
    return '%s%02d%s' % (country, chk, bban)

# ---- Verhoeff (Indian Aadhaar) ----
_D = [[0,1,2,3,4,5,6,7,8,9],[1,2,3,4,0,6,7,8,9,5],[2,3,4,0,1,7,8,9,5,6],
      [3,4,0,1,2,8,9,5,6,7],[4,0,1,2,3,9,5,6,7,8],[5,9,8,7,6,0,4,3,2,1],
      [6,5,9,8,7,1,0,4,3,2],[7,6,5,9,8,2,1,0,4,3],[8,7,6,5,9,3,2,1,0,4],
      [9,8,7,6,5,4,3,2,1,0]]
_P = [[0,1,2,3,4,5,6,7,8,9],[1,5,7,6,2,8,3,0,9,4],[5,8,0,3,7,9,6,1,4,2],
      [8,9,1,6,0,4,3,5,2,7],[9,4,5,3,1,2,6,8,7,0],[4,2,8,6,5,7,3,9,0,1],
      [2,7,9,3,8,0,6,4,1,5],[7,0,4,6,9,1,3,2,5,8]]
_INV = [0,4,3,2,1,5,6,7,8,9]

def verhoeff_valid(num):
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = _D[c][_P[i % 8][int(ch)]]
    return c == 0

def verhoeff_make(base):
    c = 0
    for i, ch in enumerate(reversed(base)):
        c = _D[c][_P[(i + 1) % 8][int(ch)]]
    return base + str(_INV[c])

def aadhaar_valid(v):
    d = _digits(v)
    return len(d) == 12 and d[0] not in '01' and verhoeff_valid(d)

# ---- Spanish DNI (mod 23 letter) ----
_DNI = 'TRWAGMYFPDXBNJZSQVHLCKE'
def dni_make(base):
    return base + _DNI[int(base) % 23]
def dni_valid(v):
    return len(v) == 9 and v[:8].isdigit() and _DNI[int(v[:8]) % 23] == v[8]

# ---- Irish PPSN (weights 8..2, mod 23 letter) ----
_PPS = 'WABCDEFGHIJKLMNOPQRSTUV'
def ppsn_make(base):
    s = sum(int(ch) * w for ch, w in zip(base, range(8, 1, -1)))
    return base + _PPS[s % 23]
def ppsn_valid(v):
    return len(v) == 8 and v[:7].isdigit() and ppsn_make(v[:7]) == v

# ---- North Macedonian EMBG (mod 11) ----
_EW = [7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
def embg_check(base):
    m = 11 - sum(int(ch) * w for ch, w in zip(base, _EW)) % 11
    if m == 11:
        return 0
    if m == 10:
        return None  # base not usable
    return m
def embg_make(base):
    k = embg_check(base)
    if k is None:
        raise ValueError('EMBG base gives check 10: ' + base)
    return base + str(k)
def embg_valid(v):
    return len(v) == 13 and v.isdigit() and embg_check(v[:12]) == int(v[12])

# ---- Uzbek PINFL / JShShIR (weights 7,3,1; sum mod 10), as implemented here ----
def pinfl_make(base):
    s = sum(int(ch) * (7, 3, 1)[i % 3] for i, ch in enumerate(base))
    return base + str(s % 10)
def pinfl_valid(v):
    return len(v) == 14 and v.isdigit() and pinfl_make(v[:13]) == v

# ---- Nigerian NUBAN (CBN: bank code + 9-digit serial, weights 373373373373) ----
def nuban_make(bank, serial):
    s = sum(int(ch) * w for ch, w in zip(bank + serial, [3, 7, 3] * 4))
    return serial + str((10 - s % 10) % 10)
def nuban_valid(bank, v):
    return len(v) == 10 and v.isdigit() and nuban_make(bank, v[:9]) == v

def check(scheme, key, value):
    d = _digits(value)
    if scheme == 'card':
        return 13 <= len(d) <= 19 and luhn_valid(d)
    if scheme == 'iban':
        return iban_valid(value)
    if scheme == 'aadhaar':
        return aadhaar_valid(value)
    if scheme == 'za_id':
        return len(d) == 13 and luhn_valid(d)
    if scheme == 'es_dni':
        return dni_valid(value)
    if scheme == 'ie_ppsn':
        return ppsn_valid(value)
    if scheme == 'mk_embg':
        return embg_valid(value)
    if scheme == 'uz_pinfl':
        return pinfl_valid(value)
    if scheme == 'ng_nuban':
        return nuban_valid(key.split('@')[1], value)
    raise ValueError(scheme)

def _selftest():
    assert luhn_valid('4242424242424242') and luhn_valid('79927398713')
    assert not luhn_valid('4242424242424241')
    assert iban_valid('GB82WEST12345698765432')
    assert iban_make('GB', 'WEST12345698765432') == 'GB82WEST12345698765432'
    assert verhoeff_make('236') == '2363' and verhoeff_valid('2363')
    assert dni_make('12345678') == '12345678Z'
    assert ppsn_make('1234567') == '1234567T'

_selftest()
