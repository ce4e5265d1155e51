#!/usr/bin/env python3
"""validate.py - checks pairs.jsonl / history.jsonl / aliases.json / topology.json for writer 23. Stdlib only."""
import json, os, re, sys
from datetime import datetime
from zoneinfo import ZoneInfo
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import gen  # noqa: E402

FORBIDDEN_ZONES = set('''Johannesburg Nairobi Mendoza Bogota Chicago Denver Edmonton Halifax Los_Angeles New_York Santiago
Sao_Paulo St_Johns Toronto Vancouver Colombo Kathmandu Kolkata Singapore Tbilisi Tehran Thimphu Tokyo Yangon Canary Adelaide
Broken_Hill Darwin Eucla Hobart Melbourne Sydney UTC Amsterdam Berlin Dublin Helsinki Lisbon London Madrid Oslo Paris Sofia
Stockholm Vienna Warsaw Zurich Auckland Chatham Honolulu Kiritimati Winnipeg Prague Lord_Howe Jerusalem Kabul Azores Havana
Norfolk'''.split())
DS = {'prometheus', 'loki', 'alertmanager', 'tempo', 'kubernetes', 'argocd', 'incidents'}
problems = []


def fail(msg):
    problems.append(msg)


def read_lines(name):
    with open(os.path.join(HERE, name)) as f:
        return [json.loads(l) for l in f if l.strip()]


def check_at(s, tz, where):
    try:
        t = datetime.fromisoformat(s)
    except ValueError:
        return fail('%s: bad ISO time %r' % (where, s))
    if t.utcoffset() is None:
        return fail('%s: no offset' % where)
    real = t.astimezone(ZoneInfo(tz))
    if real.utcoffset() != t.utcoffset() or real.replace(tzinfo=None) != t.replace(tzinfo=None):
        fail('%s: offset %s is not %s offset on that date' % (where, s, tz))
    return t


pairs = read_lines('pairs.jsonl')
hist = read_lines('history.jsonl')

# ---- pairs
want = [('paraphrase', 70), ('near', 70), ('time', 50), ('scope', 50)]
if len(pairs) != 240:
    fail('pairs: %d rows' % len(pairs))
order = [g for g, n in want for _ in range(n)]
for i, p in enumerate(pairs, 1):
    w = 'pair %d' % i
    if set(p) != {'id', 'group', 'split', 'expect', 'a', 'b', 'note'}:
        fail(w + ': keys %s' % sorted(p))
    if p['id'] != 'p23-%04d' % i:
        fail(w + ': id %s' % p['id'])
    if i <= len(order) and p['group'] != order[i - 1]:
        fail(w + ': group order')
    if p['split'] != ('dev23' if i % 2 else 'test23'):
        fail(w + ': split')
    if p['expect'] not in ('hit', 'partial', 'miss'):
        fail(w + ': expect')
    if set(p['a']) != {'q', 'at', 'tz', 'ttl'} or set(p['b']) != {'q', 'at', 'tz'}:
        fail(w + ': a/b keys')
    if not isinstance(p['a']['ttl'], int) or p['a']['ttl'] <= 0:
        fail(w + ': ttl')
    if not p['note'] or not p['a']['q'] or not p['b']['q']:
        fail(w + ': empty text')
    ta = check_at(p['a']['at'], p['a']['tz'], w + '.a')
    tb = check_at(p['b']['at'], p['b']['tz'], w + '.b')
    if ta and tb and tb <= ta:
        fail(w + ': b not after a')
c = Counter(p['group'] for p in pairs)
for g, n in want:
    if c[g] != n:
        fail('group %s has %d' % (g, c[g]))
ndst = sum(1 for p in pairs if p['group'] == 'time' and p['note'].startswith('dst:'))
if ndst < 16:
    fail('only %d DST pairs' % ndst)
if sum('cross-zone' in p['note'] for p in pairs) < 3:
    fail('too few cross-zone pairs')

# ---- zones / voices
zones = {v[0] for v in gen.VOICES.values()}
if len(gen.VOICES) != 8 or len(zones) != 8:
    fail('need 8 voices in 8 zones')
for z in zones:
    if z.split('/')[-1] in FORBIDDEN_ZONES:
        fail('forbidden zone ' + z)
jan, jul = datetime(2025, 1, 15), datetime(2025, 7, 15)
south_dst = [z for z in zones if ZoneInfo(z).utcoffset(jan) > ZoneInfo(z).utcoffset(jul)]
odd = [z for z in zones if ZoneInfo(z).utcoffset(jan).total_seconds() % 3600]
if not south_dst:
    fail('no southern-hemisphere DST zone')
if not odd:
    fail('no non-whole-hour zone')
for p in pairs:
    for side in ('a', 'b'):
        if p[side]['tz'] not in zones:
            fail(p['id'] + ': unknown tz')

# ---- history
if len(hist) != 100:
    fail('history: %d rows' % len(hist))
aliases = json.load(open(os.path.join(HERE, 'aliases.json')))
alias_list = [a.lower() for v in aliases.values() for a in v]
first_pair = min(datetime.fromisoformat(p[s]['at']) for p in pairs for s in ('a', 'b'))
for i, h in enumerate(hist, 1):
    w = 'history %d' % i
    if set(h) != {'id', 'at', 'tz', 'voice', 'question', 'executed'}:
        fail(w + ': keys')
    if h['id'] != 'h23-%03d' % i:
        fail(w + ': id')
    if gen.VOICES.get(h['voice'], (None,))[0] != h['tz']:
        fail(w + ': voice/tz')
    t = check_at(h['at'], h['tz'], w)
    if t and t >= first_pair:
        fail(w + ': not before the pairs')
    if t and (first_pair - t).days > 28:
        fail(w + ': older than 4 weeks before the pairs')
    if not h['executed']:
        fail(w + ': nothing executed')
    for ex in h['executed']:
        if ex.get('datasource') not in DS or not ex.get('query'):
            fail(w + ': bad executed entry')
            continue
        q = ex['query'].lower()
        for al in alias_list:
            if re.search(r'(?<![\w-])' + re.escape(al) + r'(?![\w-])', q):
                fail('%s: executed query names alias %r' % (w, al))
        for v in re.findall(r'(?:service|app|container|exported_service)\s*=\s*"?([\w.-]+)', ex['query']):
            if v not in gen.SERVICES:
                fail('%s: non-canonical service value %r' % (w, v))

# ---- aliases / topology consistency
if aliases != gen.build_aliases():
    fail('aliases.json differs from gen tables')
topo = json.load(open(os.path.join(HERE, 'topology.json')))
if topo != gen.build_topology():
    fail('topology.json differs from gen tables')
for a in topo['alerts']:
    if 'service' in a and (gen.SERVICES[a['service']]['team'] != a['team'] or gen.SERVICES[a['service']]['ns'] != a['namespace']):
        fail('topology service/team/ns mismatch')
    if gen.CLUSTERS[a['cluster']][0] != a['region']:
        fail('topology cluster/region mismatch')

# ---- files equal what gen.py builds
_, public, errors, hist2 = gen.build_all()
if errors:
    fail('gen.py refuses: %s' % errors[:3])
if open(os.path.join(HERE, 'pairs.jsonl')).read() != gen.dumps_lines(public):
    fail('pairs.jsonl differs from gen.py output')
if open(os.path.join(HERE, 'history.jsonl')).read() != gen.dumps_lines(hist2):
    fail('history.jsonl differs from gen.py output')

if problems:
    for p in problems[:50]:
        print('FAIL', p)
    sys.exit(1)
print('OK')
