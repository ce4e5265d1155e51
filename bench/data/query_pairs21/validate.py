#!/usr/bin/env python3
"""Checks pairs.jsonl / aliases.json / topology.json of writer 21 and that a rebuild is byte-identical."""
import json
import os
import subprocess
import sys
import tempfile
from collections import Counter
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
GROUPS = [('paraphrase', 70), ('near', 70), ('time', 50), ('scope', 50)]
LABELS = ('hit', 'partial', 'miss')
ZONES = ['Europe/Zurich', 'America/Argentina/Mendoza', 'Asia/Thimphu', 'America/Edmonton',
         'Australia/Broken_Hill', 'Asia/Tbilisi', 'Europe/Sofia', 'America/Vancouver']
BANNED = ('Berlin Kolkata London Los_Angeles Sao_Paulo New_York Sydney Chicago Auckland Madrid Tokyo Adelaide '
          'Singapore Warsaw Dublin St_Johns UTC Helsinki Denver Johannesburg Lisbon Santiago Chatham Stockholm '
          'Hobart Oslo Amsterdam Melbourne Kathmandu Darwin Halifax Eucla Yangon Colombo Tehran Nairobi Bogota '
          'Vienna Canary Honolulu Kiritimati').split()
errs = []


def err(msg):
    errs.append(msg)


def check_at(pid, side, at, tz):
    try:
        dt = datetime.fromisoformat(at)
    except ValueError:
        err(f'{pid}.{side}: bad ISO {at!r}')
        return None
    if dt.tzinfo is None:
        err(f'{pid}.{side}: no offset')
        return None
    Z = ZoneInfo(tz)
    loc = dt.astimezone(Z)
    if loc.replace(tzinfo=None) != dt.replace(tzinfo=None) or loc.utcoffset() != dt.utcoffset():
        err(f'{pid}.{side}: {at} is not the real offset of {tz} ({loc.isoformat()})')
    return dt


def is_dst_day(dt, tz):
    Z = ZoneInfo(tz)
    d = dt.astimezone(Z).date()
    m0 = datetime(d.year, d.month, d.day, tzinfo=Z)
    m1 = datetime.combine(d + timedelta(days=1), datetime.min.time(), tzinfo=Z)
    return m0.utcoffset() != m1.utcoffset()


def main():
    path = os.path.join(HERE, 'pairs.jsonl')
    with open(path, encoding='utf-8') as f:
        lines = f.read().split('\n')
    if lines[-1] != '':
        err('pairs.jsonl must end with a newline')
    rows = [json.loads(x) for x in lines if x]
    if len(rows) != 240:
        err(f'{len(rows)} rows, want 240')
    order = [g for g, n in GROUPS for _ in range(n)]
    cnt, cnt_split, dst, cal, zones_used = Counter(), Counter(), [], [], set()
    for i, r in enumerate(rows, 1):
        pid = f'p21-{i:04d}'
        if set(r) != {'id', 'group', 'split', 'expect', 'a', 'b', 'note'}:
            err(f'{pid}: keys {sorted(r)}')
            continue
        if r['id'] != pid:
            err(f'row {i}: id {r["id"]} want {pid}')
        if i <= len(order) and r['group'] != order[i - 1]:
            err(f'{pid}: group {r["group"]} want {order[i - 1]}')
        want_split = 'dev21' if i % 2 else 'test21'
        if r['split'] != want_split:
            err(f'{pid}: split {r["split"]} want {want_split}')
        if r['expect'] not in LABELS:
            err(f'{pid}: label {r["expect"]}')
        a, b = r['a'], r['b']
        if set(a) != {'q', 'at', 'tz', 'ttl'} or set(b) != {'q', 'at', 'tz'}:
            err(f'{pid}: a/b keys {sorted(a)} {sorted(b)}')
            continue
        if not (isinstance(a['ttl'], int) and a['ttl'] > 0):
            err(f'{pid}: ttl {a["ttl"]!r}')
        for side, x in (('a', a), ('b', b)):
            if not x['q'].strip():
                err(f'{pid}.{side}: empty question')
            if x['tz'] not in ZONES or any(x['tz'].split('/')[-1] == z for z in BANNED):
                err(f'{pid}.{side}: zone {x["tz"]}')
            zones_used.add(x['tz'])
        if not r['note'].strip():
            err(f'{pid}: empty note')
        if a['tz'] != b['tz'] and 'cross-zone' not in r['note']:
            err(f'{pid}: a and b zones differ but the pair is not about zones')
        ta, tb = check_at(pid, 'a', a['at'], a['tz']), check_at(pid, 'b', b['at'], b['tz'])
        if ta and tb:
            el = (tb - ta).total_seconds()
            if el <= 0:
                err(f'{pid}: b is not asked after a')
            if r['expect'] == 'hit' and el > a['ttl']:
                err(f'{pid}: hit asked {el:.0f}s after a, TTL {a["ttl"]}s')
            if is_dst_day(ta, a['tz']) or is_dst_day(tb, b['tz']):
                dst.append(pid)
            if ta.astimezone(ZoneInfo(a['tz'])).date() != tb.astimezone(ZoneInfo(b['tz'])).date():
                cal.append(pid)
        cnt[(r['group'], r['expect'])] += 1
        cnt_split[(r['group'], r['split'])] += 1
    # zones
    dst_zones = [z for z in zones_used
                 if datetime(2025, 1, 15, tzinfo=ZoneInfo(z)).utcoffset() != datetime(2025, 7, 15, tzinfo=ZoneInfo(z)).utcoffset()]
    southern = [z for z in dst_zones
                if datetime(2025, 1, 15, tzinfo=ZoneInfo(z)).utcoffset() > datetime(2025, 7, 15, tzinfo=ZoneInfo(z)).utcoffset()]
    odd = [z for z in zones_used if datetime(2025, 1, 15, tzinfo=ZoneInfo(z)).utcoffset().total_seconds() % 3600]
    if len(zones_used) != 8:
        err(f'{len(zones_used)} zones used, want 8')
    if len(dst_zones) < 4 or not southern or not odd:
        err(f'zone mix: dst={dst_zones} southern={southern} non-whole={odd}')
    if len(dst) < 12:
        err(f'only {len(dst)} pairs asked on a DST change day')
    # aliases / topology
    with open(os.path.join(HERE, 'aliases.json'), encoding='utf-8') as f:
        aliases = json.load(f)
    if len(aliases) != 6 or any(not (2 <= len(v) <= 3) for v in aliases.values()):
        err('aliases.json: want 6 services with 2-3 other names each')
    names = [n.lower() for v in aliases.values() for n in v] + [k.lower() for k in aliases]
    if len(names) != len(set(names)):
        err('aliases.json: a name is used twice')
    with open(os.path.join(HERE, 'topology.json'), encoding='utf-8') as f:
        topo = json.load(f)
    kinds = {frozenset(['service', 'team']), frozenset(['service', 'namespace']),
             frozenset(['cluster', 'region']), frozenset(['host', 'cluster'])}
    if set(topo) != {'alerts'} or any(frozenset(x) not in kinds for x in topo['alerts']):
        err('topology.json: unexpected structure')
    if {x['service'] for x in topo['alerts'] if 'service' in x} != set(aliases):
        err('topology.json and aliases.json name different services')
    # rebuild
    with tempfile.TemporaryDirectory() as td:
        res = subprocess.run([sys.executable, os.path.join(HERE, 'gen.py'), td], capture_output=True, text=True)
        if res.returncode:
            err('rebuild failed: ' + res.stdout + res.stderr)
        else:
            for fn in ('pairs.jsonl', 'aliases.json', 'topology.json'):
                with open(os.path.join(HERE, fn), 'rb') as f1, open(os.path.join(td, fn), 'rb') as f2:
                    if f1.read() != f2.read():
                        err(f'rebuild of {fn} is not byte-identical')
    # report
    print(f'{"group":<11}' + ''.join(f'{x:>9}' for x in LABELS + ('dev21', 'test21', 'total')))
    for g, n in GROUPS:
        tot = sum(cnt[(g, l)] for l in LABELS)
        if tot != n:
            err(f'group {g}: {tot} pairs, want {n}')
        print(f'{g:<11}' + ''.join(f'{cnt[(g, l)]:>9}' for l in LABELS)
              + f'{cnt_split[(g, "dev21")]:>9}{cnt_split[(g, "test21")]:>9}{tot:>9}')
    print(f'{"all":<11}' + ''.join(f'{sum(cnt[(g, l)] for g, _ in GROUPS):>9}' for l in LABELS)
          + f'{sum(v for (g, s), v in cnt_split.items() if s == "dev21"):>9}'
          + f'{sum(v for (g, s), v in cnt_split.items() if s == "test21"):>9}{len(rows):>9}')
    print(f'zones: {len(zones_used)}; DST zones {sorted(dst_zones)}; southern {southern}; non-whole-hour {odd}')
    print(f'pairs asked on a DST change day: {len(dst)}; pairs whose a and b fall on different local dates: {len(cal)}')
    if errs:
        print('\n'.join(errs))
        print(f'FAILED ({len(errs)} problems)')
        sys.exit(1)
    print('OK')


if __name__ == '__main__':
    main()
