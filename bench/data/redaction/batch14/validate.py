#!/usr/bin/env python3
"""Validate batch14 TSVs (stdlib only). Prints a kind x split table and ERRORS: n."""
import collections, ipaddress, re, sys

HEADER = '# kind\ttext\tmust-vanish (|-separated; empty for negatives)\tsource'
CRED = ['aws_key', 'bearer', 'connection_string', 'github_token', 'gitlab_token', 'jwt', 'password',
        'private_key', 'slack_token', 'vendor_token', 'webhook']
PII = ['email', 'person_name', 'phone', 'card', 'iban', 'ssn', 'ipv4', 'ipv6']
KINDS = CRED + PII + ['private_address', 'negative']
IBAN_LEN = {'DE': 22, 'GB': 22, 'IE': 22, 'NL': 18, 'ES': 24, 'FR': 27}
errors = []

def err(where, msg):
    errors.append('%s: %s' % (where, msg))

def luhn_ok(d):
    s = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9: n -= 9
        s += n
    return s % 10 == 0

def iban_ok(x):
    x = x.replace(' ', '')
    if x[:2] not in IBAN_LEN or len(x) != IBAN_LEN[x[:2]]: return False
    r = x[4:] + x[:4]
    return int(''.join(str(int(c, 36)) for c in r)) % 97 == 1

def ssn_ok(x):
    m = re.fullmatch(r'(\d{3})-(\d{2})-(\d{4})', x)
    if not m: return False
    a, g, s = map(int, m.groups())
    return 0 < a < 900 and a != 666 and g > 0 and s > 0 and x not in ('078-05-1120', '123-45-6789')

def as_ip(x):
    try: return ipaddress.ip_address(x)
    except ValueError: return None

rows = []
for split in ('dev', 'test'):
    fn = 'batch14_%s.tsv' % split
    with open(fn, encoding='utf-8') as f:
        lines = f.read().split('\n')
    if lines[0] != HEADER: err(fn, 'bad header')
    if lines[-1] != '': err(fn, 'no trailing newline')
    for i, line in enumerate(lines[1:-1], 2):
        where = '%s:%d' % (fn, i)
        cols = line.split('\t')
        if len(cols) != 4:
            err(where, 'expected 4 columns, got %d' % len(cols)); continue
        kind, text, mv, src = cols
        items = [x for x in mv.split('|') if x] if mv else []
        rows.append((split, where, kind, text, items, src))

texts = collections.Counter(r[3] for r in rows)
neg_texts = [r[3] for r in rows if r[2] == 'negative']
all_mv = set()
groups = collections.defaultdict(collections.Counter)
for split, where, kind, text, items, src in rows:
    if kind not in KINDS: err(where, 'unknown kind ' + kind)
    m = re.fullmatch(r'writer14 g(\d\d)-[a-z0-9-]+', src)
    if not m: err(where, 'bad source ' + src)
    else:
        g = int(m.group(1))
        if (g % 2 == 1) != (split == 'dev'): err(where, 'split rule violated for g%02d' % g)
        groups[g]['cred' if kind in CRED else 'pii' if kind in PII else kind] += 1
    if '«' in text or '»' in text: err(where, 'unfilled token')
    if '\n' in text or '\r' in text: err(where, 'raw newline')
    if texts[text] > 1: err(where, 'duplicate text')
    if kind == 'negative':
        if items: err(where, 'negative has must-vanish')
        continue
    if not items: err(where, 'positive without must-vanish')
    for it in items:
        all_mv.add(it)
        if it not in text: err(where, 'must-vanish not in text: ' + it)
    # main-item checks
    if kind == 'card':
        cards = [re.sub(r'[ -]', '', x) for x in items if re.fullmatch(r'[\d -]{13,23}', x)]
        if not cards: err(where, 'no card item')
        for c in cards:
            if not luhn_ok(c): err(where, 'Luhn fail ' + c)
            if not re.match(r'4|5[1-5]|2[2-7]|3[47]|6011|65', c): err(where, 'bad card prefix ' + c)
            if c in ('4242424242424242', '4111111111111111', '4000056655665556'): err(where, 'test card used as positive')
    if kind == 'iban':
        ib = [x for x in items if re.fullmatch(r'[A-Z]{2}\d{2}[A-Z0-9 ]+', x)]
        if not ib or not all(iban_ok(x) for x in ib): err(where, 'IBAN check failed %r' % ib)
    if kind == 'ssn':
        ss = [x for x in items if re.fullmatch(r'\d{3}-\d{2}-\d{4}', x)]
        if not ss or not all(ssn_ok(x) for x in ss): err(where, 'SSN check failed %r' % ss)
    if kind in ('ipv4', 'ipv6'):
        ips = [as_ip(x) for x in items if as_ip(x)]
        want = 4 if kind == 'ipv4' else 6
        if not ips: err(where, 'no IP item')
        for ip in ips:
            if ip.version != want or not ip.is_global: err(where, 'IP not global/%s: %s' % (kind, ip))
    if kind == 'private_address':
        ips = [as_ip(x) for x in items if as_ip(x)]
        if not ips: err(where, 'no private IP item')
        for ip in ips:
            if ip.is_global or not (ip.is_private or ip.is_loopback or ip.is_link_local): err(where, 'not private: %s' % ip)
    if kind == 'email':
        if not any(re.search(r'[\w.+-]+(@|%40)[\w-]+\.[\w.]+', x) for x in items): err(where, 'no email item')
    # every email on a positive line must vanish (bot/system addresses allowed only in negatives)
    for e in re.findall(r'[\w.+-]+@[A-Za-z][\w-]*(?:\.[\w-]+)+', text):
        if e not in items and not any(e in x for x in items) and not e.startswith(('x-access-token', 'oauth2')):
            if 'webhook.office.com' not in text and '.svc' not in e and 'bmws.local' not in e and 'bmws.internal' not in e \
               and 'mongodb.net' not in e and 'github.com' not in e and 'gitlab.' not in e and 'amazonaws' not in e and 'aquabill-db' not in e \
               and 'gserviceaccount' not in e:
                err(where, 'email-like not in must-vanish: ' + e)

# no must-vanish item occurs in any negative (case-insensitive)
low_negs = [t.lower() for t in neg_texts]
for it in all_mv:
    li = it.lower()
    for t in low_negs:
        if li in t:
            err('cross', 'must-vanish %r occurs in negative: %s' % (it, t[:80])); break

# group shape
priv_groups = 0
for g in range(1, 31):
    c = groups.get(g)
    if not c: err('g%02d' % g, 'missing'); continue
    if c['negative'] != 10 or c['cred'] != 3 or c['pii'] != 3 or c['private_address'] > 1:
        err('g%02d' % g, 'bad shape %s' % dict(c))
    priv_groups += c['private_address']
if priv_groups != 12: err('groups', 'private_address groups = %d, want 12' % priv_groups)

# table
tab = collections.defaultdict(collections.Counter)
for r in rows: tab[r[2]][r[0]] += 1
print('%-18s %5s %5s %5s' % ('kind', 'dev', 'test', 'all'))
for k in KINDS:
    print('%-18s %5d %5d %5d' % (k, tab[k]['dev'], tab[k]['test'], tab[k]['dev'] + tab[k]['test']))
print('%-18s %5d %5d %5d' % ('TOTAL', sum(tab[k]['dev'] for k in KINDS), sum(tab[k]['test'] for k in KINDS), len(rows)))
for e in errors: print('ERROR', e)
print('ERRORS: %d' % len(errors))
sys.exit(1 if errors else 0)
