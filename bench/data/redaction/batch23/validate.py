#!/usr/bin/env python3
"""Checks batch23 files: format, kinds, splits, must-vanish, ids, Luhn/IBAN in negatives, rebuild. Prints OK."""
import re, sys
import ids, gen

LANGS = {'Gujarati', 'Marathi', 'Punjabi (Gurmukhi)', 'Telugu', 'Kannada', 'Malayalam', 'Nepali', 'Lao', 'Uzbek',
         'Pashto', 'Hausa', 'Yoruba', 'Zulu', 'Somali', 'Belarusian', 'Macedonian', 'Irish', 'Galician'}
TEST_VALUES = {'4242424242424242', '4000002500003155', 'GB82WEST12345698765432'}
HEADER = '# kind\ttext\tmust-vanish\tsource'
errs = []
def err(msg): errs.append(msg)

rows = []
for split in ('dev', 'test'):
    with open('batch23_%s.tsv' % split, encoding='utf-8', newline='') as fh:
        data = fh.read()
    lines = data.split('\n')
    if lines[-1] != '': err(split + ': no final newline')
    lines = lines[:-1]
    if lines[0] != HEADER: err(split + ': bad header')
    for i, ln in enumerate(lines[1:], 2):
        if '\r' in ln: err('%s:%d CR' % (split, i))
        parts = ln.split('\t')
        if len(parts) != 4:
            err('%s:%d has %d columns' % (split, i, len(parts))); continue
        rows.append((split, i) + tuple(parts))

groups = {}
src_re = re.compile(r'^writer23 g(\d\d) (.+) \(([^()]*(?:\([^()]*\))?)\)$')
for split, i, kind, text, mv, src in rows:
    where = '%s:%d' % (split, i)
    m = src_re.match(src)
    if not m: err(where + ' bad source ' + src); continue
    g = int(m.group(1))
    if (g % 2 == 1) != (split == 'dev'): err(where + ' group in wrong split')
    info = groups.setdefault(g, {'art': m.group(2), 'lang': m.group(3), 'k': {'credential': 0, 'pii': 0, 'negative': 0}, 'n': 0})
    if (info['art'], info['lang']) != (m.group(2), m.group(3)): err(where + ' group source changes')
    if kind not in info['k']: err(where + ' bad kind ' + kind); continue
    info['k'][kind] += 1; info['n'] += 1
    if not text.strip(): err(where + ' empty text')
    items = [x for x in mv.split(' ||| ')] if mv else []
    if kind == 'negative' and items: err(where + ' negative with must-vanish')
    if kind != 'negative' and not items: err(where + ' positive without must-vanish')
    for it in items:
        if not it.strip() or it != it.strip(): err(where + ' blank/padded item %r' % it)
        if it not in text: err(where + ' item not in text: %r' % it)

# groups, languages, per-kind counts
if sorted(groups) != list(range(1, 37)): err('groups are not g01..g36')
eng = [g for g in groups if groups[g]['lang'] == 'English']
other = [groups[g]['lang'] for g in groups if groups[g]['lang'] != 'English']
if len(eng) != 18: err('need 18 English groups, got %d' % len(eng))
if len(other) != 18 or len(set(other)) != 18 or not set(other) <= LANGS: err('non-English languages wrong: %s' % other)
for g, info in sorted(groups.items()):
    k = info['k']
    if not 12 <= info['n'] <= 15: err('g%02d has %d lines' % (g, info['n']))
    if not (3 <= k['credential'] <= 5 and 3 <= k['pii'] <= 5 and 5 <= k['negative'] <= 8):
        err('g%02d kind counts %s' % (g, k))
total = sum(i['n'] for i in groups.values())
if not 450 <= total <= 510: err('total lines %d' % total)

# no leaked secret/PII of a positive line inside any negative line
allitems = {it for r in rows if r[4] for it in r[4].split(' ||| ') if len(it) >= 6}
for split, i, kind, text, mv, src in rows:
    if kind == 'negative':
        for it in allitems:
            if it in text: err('%s:%d negative contains must-vanish item %r' % (split, i, it))

# Luhn-valid runs and valid IBANs in negatives
run_re = re.compile(r'\d(?:[ -]?\d)+')
iban_re = re.compile(r'\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}\b')
for split, i, kind, text, mv, src in rows:
    if kind != 'negative': continue
    for m in run_re.finditer(text):
        d = re.sub(r'\D', '', m.group())
        for a in range(len(d)):
            for b in range(a + 13, min(len(d), a + 19) + 1):
                sub = d[a:b]
                if ids.luhn_valid(sub) and sub not in TEST_VALUES and not any(sub in t for t in TEST_VALUES):
                    # only flag whole separated runs or contiguous digit runs
                    if len(d) <= 19 and (a, b) == (0, len(d)):
                        err('%s:%d Luhn-valid run %s in negative' % (split, i, sub))
    for m in re.finditer(r'(?<!\d)\d{13,19}(?!\d)', text):
        if ids.luhn_valid(m.group()) and m.group() not in TEST_VALUES:
            err('%s:%d Luhn-valid digits %s in negative' % (split, i, m.group()))
    for m in iban_re.finditer(text):
        v = m.group().replace(' ', '')
        if ids.iban_valid(v) and v not in TEST_VALUES:
            err('%s:%d valid IBAN %s in negative' % (split, i, v))

# registered ids: check digits right and each occurs in a must-vanish item
with open('batch23_ids.tsv', encoding='utf-8') as fh:
    idlines = fh.read().split('\n')
if idlines[0] != '# scheme\tkey\tvalue': err('ids header')
strip = lambda s: re.sub(r'[\s-]', '', s)
mvall = [strip(it) for r in rows if r[4] for it in r[4].split(' ||| ')]
nid = 0
for ln in idlines[1:]:
    if not ln: continue
    scheme, key, value = ln.split('\t'); nid += 1
    if not ids.check(scheme, key, value): err('bad check digits %s %s %s' % (scheme, key, value))
    if not any(strip(value) in x for x in mvall): err('registered id %s not in any must-vanish item' % key)
# every card/IBAN listed in must-vanish is valid
for split, i, kind, text, mv, src in rows:
    for it in (mv.split(' ||| ') if mv else []):
        s = strip(it)
        if re.fullmatch(r'[A-Z]{2}\d{2}[A-Z0-9]{11,30}', s) and not ids.iban_valid(s): err('%s:%d invalid IBAN %s' % (split, i, it))

# rebuild byte-identical
built = gen.build()
for name, content in built.items():
    with open(name, encoding='utf-8', newline='') as fh:
        if fh.read() != content: err(name + ' differs from gen.py output')

if errs:
    print('\n'.join(errs)); print('FAIL (%d problems)' % len(errs)); sys.exit(1)
print('%d lines, %d groups, %d registered ids' % (total, len(groups), nid))
print('OK')
