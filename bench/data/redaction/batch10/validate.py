#!/usr/bin/env python3
"""Validate batch10_dev.tsv / batch10_test.tsv (writer10). Prints OK when no errors."""
import collections
import ipaddress
import re
import sys

FILES = ['batch10_dev.tsv', 'batch10_test.tsv']
HEADER = '# kind\ttext\tmust-vanish (|-separated; empty for negatives)\tsource'
POS = ['password', 'connection_string', 'aws_key', 'bearer', 'github_token', 'gitlab_token',
       'slack_token', 'vendor_token', 'webhook', 'private_key', 'jwt', 'email', 'phone', 'card',
       'iban', 'ssn', 'ipv4', 'ipv6', 'person_name']
KINDS = set(POS) | {'negative'}
TARGET = dict(negative=240, person_name=35, phone=25, email=12, card=10, iban=10, ssn=8, ipv4=6,
              ipv6=4, password=12, connection_string=10, aws_key=8, bearer=7, github_token=8,
              gitlab_token=6, slack_token=7, vendor_token=10, webhook=7, private_key=6, jwt=9)
IBAN_LEN = dict(DE=22, GB=22, IE=22, NL=18, FR=27, ES=24, IT=27, PL=28, BE=16, CH=21, AT=20)

errors, warnings = [], []


def luhn_ok(d):
    tot = 0
    for i, ch in enumerate(reversed(d)):
        x = int(ch)
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def iban_ok(s):
    s = s.replace(' ', '').upper()
    if not re.fullmatch(r'[A-Z]{2}\d{2}[A-Z0-9]{8,30}', s):
        return False
    if s[:2] in IBAN_LEN and len(s) != IBAN_LEN[s[:2]]:
        return False
    r = s[4:] + s[:4]
    return int(''.join(str(int(c, 36)) for c in r)) % 97 == 1


def ssn_ok(s):
    m = re.fullmatch(r'(\d{3})[- ]?(\d{2})[- ]?(\d{4})', s)
    if not m:
        return False
    a, g, n = (int(x) for x in m.groups())
    return 0 < a < 900 and a != 666 and g > 0 and n > 0


texts = {}
counts = collections.defaultdict(collections.Counter)
group_split = {}
for fn in FILES:
    split = fn.split('_')[1].split('.')[0]
    try:
        lines = open(fn, encoding='utf-8').read().split('\n')
    except OSError as e:
        errors.append('%s: %s' % (fn, e))
        continue
    if lines and lines[-1] == '':
        lines.pop()
    if not lines or lines[0] != HEADER:
        errors.append('%s: bad header' % fn)
    for ln, line in enumerate(lines[1:], 2):
        where = '%s:%d' % (fn, ln)
        f = line.split('\t')
        if len(f) != 4:
            errors.append('%s: %d fields' % (where, len(f)))
            continue
        kind, text, vanish, source = f
        if kind not in KINDS:
            errors.append('%s: unknown kind %r' % (where, kind))
        if not source.startswith('writer10 ') or len(source) <= 9:
            errors.append('%s: bad source %r' % (where, source))
        g = source[9:]
        if group_split.setdefault(g, split) != split:
            errors.append('%s: group %r appears in both splits' % (where, g))
        if not text.strip():
            errors.append('%s: empty text' % where)
        if text in texts:
            errors.append('%s: duplicate text (first at %s)' % (where, texts[text]))
        texts[text] = where
        counts[split][kind] += 1
        vals = vanish.split('|') if vanish else []
        if kind == 'negative':
            if vanish:
                errors.append('%s: negative with must-vanish' % where)
            # warnings for things that look like PII/secrets in negatives
            for m in re.finditer(r'(?<![\dA-Za-z])\d(?:[ -]?\d){12,18}(?![\dA-Za-z])', text):
                d = re.sub(r'\D', '', m.group())
                if 13 <= len(d) <= 19 and luhn_ok(d):
                    warnings.append('%s: negative has Luhn-valid digit run %s' % (where, m.group()))
            for m in re.finditer(r'\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{2,4}){3,8}\b', text):
                if iban_ok(m.group()):
                    warnings.append('%s: negative has mod-97-valid IBAN-like %s' % (where, m.group()))
            for m in re.finditer(r'\b\d{3}-\d{2}-\d{4}\b', text):
                if ssn_ok(m.group()):
                    warnings.append('%s: negative has SSN-like %s' % (where, m.group()))
            for m in re.finditer(r'[\w.+-]+@[\w-]+\.[\w.-]+', text):
                warnings.append('%s: negative has email-like %s' % (where, m.group()))
            for m in re.finditer(r'(?<![\d.])(\d{1,3}(?:\.\d{1,3}){3})(?![\d.])', text):
                try:
                    ip = ipaddress.ip_address(m.group(1))
                except ValueError:
                    continue
                if ip.is_global:
                    warnings.append('%s: negative has public-looking IPv4 %s' % (where, ip))
            continue
        if not vals:
            errors.append('%s: positive without must-vanish' % where)
        for v in vals:
            if not v:
                errors.append('%s: empty must-vanish value' % where)
            elif v not in text:
                errors.append('%s: must-vanish %r not in text' % (where, v))
        if kind == 'card':
            for v in vals:
                d = re.sub(r'[ -]', '', v)
                if not (d.isdigit() and 13 <= len(d) <= 19 and luhn_ok(d)):
                    errors.append('%s: card %r fails Luhn/length' % (where, v))
        if kind == 'iban':
            for v in vals:
                if not iban_ok(v):
                    errors.append('%s: IBAN %r fails mod-97/length' % (where, v))
        if kind == 'ssn':
            for v in vals:
                if not ssn_ok(v):
                    errors.append('%s: SSN %r invalid' % (where, v))
        if kind == 'ipv4':
            for v in vals:
                try:
                    if not ipaddress.IPv4Address(v).is_global:
                        errors.append('%s: IPv4 %s not public' % (where, v))
                except ValueError:
                    errors.append('%s: bad IPv4 %r' % (where, v))
        if kind == 'ipv6':
            for v in vals:
                try:
                    if not ipaddress.IPv6Address(v).is_global:
                        errors.append('%s: IPv6 %s not global' % (where, v))
                except ValueError:
                    errors.append('%s: bad IPv6 %r' % (where, v))

total = collections.Counter()
for s in counts.values():
    total.update(s)
for split in ('dev', 'test'):
    for k in POS + ['negative']:
        if counts[split][k] == 0:
            errors.append('split %s has no %s' % (split, k))
for k, t in TARGET.items():
    if total[k] != t:
        warnings.append('kind %s: %d lines, target %d' % (k, total[k], t))

print('%-18s %5s %5s %5s' % ('kind', 'dev', 'test', 'total'))
for k in POS + ['negative']:
    print('%-18s %5d %5d %5d' % (k, counts['dev'][k], counts['test'][k], total[k]))
print('%-18s %5d %5d %5d' % ('ALL', sum(counts['dev'].values()), sum(counts['test'].values()), sum(total.values())))
print('groups: %d (dev %d, test %d)' % (len(group_split), sum(1 for s in group_split.values() if s == 'dev'),
                                        sum(1 for s in group_split.values() if s == 'test')))
for w in warnings:
    print('WARN', w)
for e in errors:
    print('ERROR', e)
if errors:
    print('FAILED: %d errors' % len(errors))
    sys.exit(1)
print('OK')
