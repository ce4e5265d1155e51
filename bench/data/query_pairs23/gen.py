#!/usr/bin/env python3
"""gen.py - writer 23: builds pairs.jsonl, history.jsonl, aliases.json, topology.json. Stdlib only.
Every question, time, TTL and label is typed by hand below; labels are re-derived from spec.md and the build refuses on mismatch."""
"""Spec engine for writer 23: time-range resolution and label derivation (stdlib only)."""
import re
from datetime import datetime, timedelta, timezone, date, time
from zoneinfo import ZoneInfo

UTC = timezone.utc
WD = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']
MON = {m: i + 1 for i, m in enumerate(['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'])}


class Refuse(Exception):
    pass


def local_to_utc(d, hh, mm, tz, midnight_ok=True):
    """Local wall time -> UTC instant. Refuses non-existent or ambiguous wall times,
    except a non-existent midnight, which means the first instant of that local day."""
    naive = datetime(d.year, d.month, d.day, hh, mm)
    outs = []
    for fold in (0, 1):
        u = naive.replace(tzinfo=tz, fold=fold).astimezone(UTC)
        if u.astimezone(tz).replace(tzinfo=None) == naive:
            outs.append(u)
    outs = sorted(set(outs))
    if len(outs) == 1:
        return outs[0]
    if not outs:
        if hh == 0 and mm == 0 and midnight_ok:
            return naive.replace(tzinfo=tz, fold=0).astimezone(UTC)  # = the transition instant
        raise Refuse('non-existent local time %s %s' % (naive, tz.key))
    raise Refuse('ambiguous local time %s %s' % (naive, tz.key))


def day_start(d, tz):
    return local_to_utc(d, 0, 0, tz)


def _dur(n, unit):
    n = float(n)
    u = unit[0]
    if unit in ('mo', 'month', 'months'):
        return timedelta(days=30 * n)
    return {'m': timedelta(minutes=n), 'h': timedelta(hours=n), 'd': timedelta(days=n), 'w': timedelta(days=7 * n)}[u]


def _clock(h, m, ap):
    h = int(h); m = int(m or 0)
    if ap == 'am':
        h = 0 if h == 12 else h
    elif ap == 'pm':
        h = 12 if h == 12 else h + 12
    elif ap == 'noon':
        h = 12
    return h, m


CLK = r'(\d{1,2})(?::(\d{2}))?\s*(am|pm)?'


def resolve(phrase, t, tz):
    """phrase: time expression (lowercase); t: aware UTC instant of the question; tz: ZoneInfo.
    Returns (start_utc, end_utc, kind) where kind is 'roll:<sec>' | 'now' | 'fixed'."""
    p = phrase.lower().strip().lstrip('@').strip()
    p = re.sub(r'\s+', ' ', p)
    lt = t.astimezone(tz)
    today = lt.date()
    if p in ('now', 'right now', 'currently', 'atm', 'at the moment', 'rn'):
        return t - timedelta(minutes=5), t, 'now'
    m = re.fullmatch(r'(?:in the |over the |for the )?(?:last|past) (\d+(?:\.\d+)?) ?(m|min|mins|minutes?|h|hr|hrs|hours?|d|days?|w|weeks?)', p) \
        or re.fullmatch(r'(\d+(?:\.\d+)?)(m|min|h|d|w)', p)
    if m:
        d = _dur(m.group(1), m.group(2))
        return t - d, t, 'roll:%d' % d.total_seconds()
    fixed = {'past hour': timedelta(hours=1), 'last hour': timedelta(hours=1), 'the last hour': timedelta(hours=1),
             'half hour': timedelta(minutes=30), 'last half hour': timedelta(minutes=30), 'past half hour': timedelta(minutes=30),
             'past day': timedelta(days=1), 'last day': timedelta(days=1), 'last week': timedelta(days=7),
             'past week': timedelta(days=7), 'last month': timedelta(days=30), 'past month': timedelta(days=30)}
    if p in fixed:
        d = fixed[p]
        return t - d, t, 'roll:%d' % d.total_seconds()
    if p in ('today', 'so far today', 'since midnight'):
        return day_start(today, tz), t, 'fixed'
    if p == 'yesterday':
        y = today - timedelta(days=1)
        return day_start(y, tz), day_start(today, tz), 'fixed'
    m = re.fullmatch(r'(?:on |last )?(' + '|'.join(WD) + r')', p)
    if m:
        wd = WD.index(m.group(1))
        back = (today.weekday() - wd) % 7
        if back == 0:
            raise Refuse('named day is today: ' + p)
        d0 = today - timedelta(days=back)
        return day_start(d0, tz), day_start(d0 + timedelta(days=1), tz), 'fixed'
    if p == 'this morning':
        s = local_to_utc(today, 6, 0, tz); e = min(t, local_to_utc(today, 12, 0, tz))
        return s, e, 'fixed'
    if p == 'this afternoon':
        s = local_to_utc(today, 12, 0, tz); e = min(t, local_to_utc(today, 18, 0, tz))
        return s, e, 'fixed'
    if p in ('last night', 'overnight'):
        s = local_to_utc(today - timedelta(days=1), 22, 0, tz); e = min(t, local_to_utc(today, 6, 0, tz))
        return s, e, 'fixed'
    if p in ('this week', 'since monday'):
        if p == 'since monday' and today.weekday() == 0:
            raise Refuse('since monday asked on monday')
        return day_start(today - timedelta(days=today.weekday()), tz), t, 'fixed'
    if p == 'this month':
        return day_start(today.replace(day=1), tz), t, 'fixed'
    if p == 'over the weekend':
        if today.weekday() != 0:
            raise Refuse('weekend question not asked on Monday')
        return day_start(today - timedelta(days=2), tz), day_start(today, tz), 'fixed'
    # ISO instants with Z
    iso = r'(\d{4}-\d{2}-\d{2})t(\d{2}):(\d{2})(?::\d{2})?z'
    m = re.fullmatch(r'(?:from |between )?' + iso + r' (?:to|and|-) ' + iso, p)
    if m:
        s = datetime.fromisoformat(m.group(1) + 'T' + m.group(2) + ':' + m.group(3) + '+00:00')
        e = datetime.fromisoformat(m.group(4) + 'T' + m.group(5) + ':' + m.group(6) + '+00:00')
        return s, min(e, t), 'fixed'
    m = re.fullmatch(r'since ' + iso, p)
    if m:
        return datetime.fromisoformat(m.group(1) + 'T' + m.group(2) + ':' + m.group(3) + '+00:00'), t, 'fixed'
    # since <date>
    m = re.fullmatch(r'since (' + '|'.join(MON) + r')[a-z]* (\d{1,2})', p)
    if m:
        d0 = date(today.year, MON[m.group(1)], int(m.group(2)))
        return day_start(d0, tz), t, 'fixed'
    # since <weekday> <clock>
    m = re.fullmatch(r'since (' + '|'.join(WD) + r') ' + CLK, p)
    if m:
        wd = WD.index(m.group(1)); back = (today.weekday() - wd) % 7 or 7
        hh, mm = _clock(m.group(2), m.group(3), m.group(4))
        return local_to_utc(today - timedelta(days=back), hh, mm, tz), t, 'fixed'
    # since <clock> [yesterday] [utc]
    m = re.fullmatch(r'since (?:(noon)|' + CLK + r')( yesterday)?( utc)?', p)
    if m:
        if m.group(1):
            hh, mm = 12, 0
        else:
            hh, mm = _clock(m.group(2), m.group(3), m.group(4))
        if m.group(6):
            base = t.date() - (timedelta(days=1) if m.group(5) else timedelta(0))
            s = datetime(base.year, base.month, base.day, hh, mm, tzinfo=UTC)
            if not m.group(5) and s > t:
                raise Refuse('since-UTC clock in the future')
        else:
            d0 = today - (timedelta(days=1) if m.group(5) else timedelta(0))
            s = local_to_utc(d0, hh, mm, tz)
        if s >= t:
            raise Refuse('since in the future: ' + p)
        return s, t, 'fixed'
    # clock ranges
    m = re.fullmatch(r'(?:between |from )?' + CLK + r' ?(?:and|to|-) ?' + CLK + r'( yesterday)?( utc)?', p)
    if m:
        h1, m1 = _clock(m.group(1), m.group(2), m.group(3) or m.group(6))
        h2, m2 = _clock(m.group(4), m.group(5), m.group(6))
        yest = bool(m.group(7)); z = bool(m.group(8))
        if z:
            base = t.date() - (timedelta(days=1) if yest else timedelta(0))
            s = datetime(base.year, base.month, base.day, h1, m1, tzinfo=UTC)
            e = datetime(base.year, base.month, base.day, h2, m2, tzinfo=UTC)
            if e <= s:
                s -= timedelta(days=1)
        else:
            d0 = today - (timedelta(days=1) if yest else timedelta(0))
            if (h2, m2) <= (h1, m1):  # crosses midnight: starts the day before
                s = local_to_utc(d0 - timedelta(days=1), h1, m1, tz)
            else:
                s = local_to_utc(d0, h1, m1, tz)
            e = local_to_utc(d0, h2, m2, tz)
        if e > t:
            raise Refuse('clock range ends in the future: ' + p)
        return s, e, 'fixed'
    raise Refuse('cannot parse time phrase: ' + phrase)


# ---------------------------------------------------------------- frames and labels
class Frame:
    def __init__(self, text):
        toks = text.split()
        self.intent, self.subject = toks[0], toks[1]
        self.stat = None
        self.f = {}
        for tk in toks[2:]:
            k, v = tk.split('=', 1)
            if k == 'stat':
                self.stat = v
            else:
                self.f[k] = v

    def __repr__(self):
        return '%s %s %s %s' % (self.intent, self.subject, self.stat, self.f)


NOMINAL = dict(ov=0.25, ratio=31.0, frac=0.15, floor=300.0, ttl=1.0, base='min')
VARIANTS = [NOMINAL]
for ov in (0.20, 0.30):
    for ratio in (27.0, 35.0):
        for frac, floor in ((0.1275, 255.0), (0.1725, 345.0)):
            for ttl in (0.95, 1.05):
                for base in ('min', 'max'):
                    VARIANTS.append(dict(ov=ov, ratio=ratio, frac=frac, floor=floor, ttl=ttl, base=base))
# mixed corner cases of the tolerance (fraction and floor nudged in opposite directions)
for frac, floor in ((0.1275, 345.0), (0.1725, 255.0)):
    VARIANTS.append(dict(NOMINAL, frac=frac, floor=floor))


def make_relate(implies, contains):
    def expand(f):
        out = dict(f)
        changed = True
        while changed:
            changed = False
            for k, v in list(out.items()):
                for k2, v2 in implies.get((k, v), {}).items():
                    if k2 not in out:
                        out[k2] = v2; changed = True
                    elif out[k2] != v2 and not contains(k2, out[k2], v2) and not contains(k2, v2, out[k2]):
                        raise Refuse('contradictory filters %s' % f)
        return out

    def relate(fa, fb):
        ea, eb = expand(fa), expand(fb)
        if ('gt' in ea and 'lt' in eb) or ('lt' in ea and 'gt' in eb):
            return 'neg'
        nested = False
        for k in sorted(set(ea) | set(eb)):
            if k in ea and k in eb:
                va, vb = ea[k], eb[k]
                if va == vb:
                    continue
                if va.lstrip('!') == vb.lstrip('!'):
                    return 'neg'
                if va.startswith('!') or vb.startswith('!'):
                    raise Refuse('negation vs other value is ambiguous: %s %s' % (va, vb))
                if k in ('gt', 'lt'):
                    nested = True; continue
                if contains(k, va, vb) or contains(k, vb, va):
                    nested = True; continue
                return 'sibling'
            nested = True
        return 'nested' if nested else 'same'
    return relate, expand


def derive(A, B, ttl, relate, P):
    """A, B: dicts with frame, s, e, kind, t (UTC). Returns label by spec.md, first rule that applies."""
    fa, fb = A['frame'], B['frame']
    if fa.subject != fb.subject:
        return 'miss', 'r1 subject'
    rel = relate(fa.f, fb.f)
    if rel in ('sibling', 'neg'):
        return 'miss', 'r2 ' + rel
    la = (A['e'] - A['s']).total_seconds(); lb = (B['e'] - B['s']).total_seconds()
    if la <= 0 or lb <= 0:
        raise Refuse('empty range')
    ov = max(0.0, (min(A['e'], B['e']) - max(A['s'], B['s'])).total_seconds())
    fresh = (B['t'] - A['t']).total_seconds() <= ttl * P['ttl']
    same_q = rel == 'same' and fa.intent == fb.intent and fa.stat == fb.stat
    if ov < P['ov'] * min(la, lb) or max(la, lb) / min(la, lb) > P['ratio']:
        if same_q and A['kind'] == B['kind'] and A['kind'] != 'fixed' and fresh:
            return 'partial', 'r3 rolling re-ask fresh'
        return 'miss', 'r3 range'
    if fa.intent != fb.intent:
        return 'partial', 'r4 intent'
    if rel == 'nested':
        return 'partial', 'r4 nested'
    if fa.stat != fb.stat:
        return 'partial', 'r4 stat'
    base = min(la, lb) if P['base'] == 'min' else max(la, lb)
    tol = max(P['frac'] * base, P['floor'])
    ds = abs((A['s'] - B['s']).total_seconds()); de = abs((A['e'] - B['e']).total_seconds())
    if fresh and ds <= tol and de <= tol:
        return 'hit', 'r5 same fresh'
    return 'partial', 'r5 same ' + ('stale' if not fresh else 'range differs')


def robust_label(A, B, ttl, relate):
    labs = {}
    for P in VARIANTS:
        labs.setdefault(derive(A, B, ttl, relate, P)[0], []).append(P)
    nominal = derive(A, B, ttl, relate, NOMINAL)
    if len(labs) > 1:
        raise Refuse('label flips under nudged spec numbers: %s' % {k: len(v) for k, v in labs.items()})
    return nominal
# ---------------------------------------------------------------- the company: Encorely (live-event ticketing)
COMPANY = 'Encorely'
SERVICES = {  # canonical id: team, namespace, other names people use
    'order-checkout':  dict(team='fan-journey', ns='storefront', aliases=['checkout', 'basket', 'cartd']),
    'waitroom':        dict(team='fan-journey', ns='storefront', aliases=['waiting room', 'gatekeeper', 'wroom']),
    'seatmap-api':     dict(team='fan-journey', ns='catalog',    aliases=['seat picker', 'venuemap', 'the map']),
    'ticket-issuer':   dict(team='venue-ops',   ns='fulfilment', aliases=['issuer', 'pdfgen', 'barcode service']),
    'scan-ingest':     dict(team='venue-ops',   ns='fulfilment', aliases=['door scanners', 'scanfeed', 'turnstile feed']),
    'resale-market':   dict(team='marketplace', ns='market',     aliases=['resale', 'fanxchange', 'swap shop']),
    'promoter-portal': dict(team='marketplace', ns='catalog',    aliases=['promoter ui', 'boxoffice', 'ppo']),
}
TEAMS = ['fan-journey', 'venue-ops', 'marketplace', 'platform']
CLUSTERS = {'prod-fra-1': ('eu-central-1', 'prod'), 'stg-fra-1': ('eu-central-1', 'staging'),
            'prod-cmh-1': ('us-east-2', 'prod'), 'prod-gru-1': ('sa-east-1', 'prod')}
HOSTS = {'fra1-node-04': 'prod-fra-1', 'fra1-node-07': 'prod-fra-1', 'fra1-node-12': 'prod-fra-1',
         'stg-fra1-node-01': 'stg-fra-1', 'cmh1-node-02': 'prod-cmh-1', 'cmh1-node-05': 'prod-cmh-1',
         'gru1-node-03': 'prod-gru-1', 'gru1-node-09': 'prod-gru-1'}
ALERTS = {  # alertname: (service or None, team, severity, rule)
    'CheckoutHighErrorRate':  ('order-checkout', 'fan-journey', 'critical', '5xx ratio of order-checkout > 2% for 5m'),
    'CheckoutLatencyHigh':    ('order-checkout', 'fan-journey', 'warning', 'p95 http_request_duration_seconds > 1.2s for 10m'),
    'WaitroomBacklogHigh':    ('waitroom', 'fan-journey', 'warning', 'sum(waitroom_queue_depth) > 40000 for 5m'),
    'WaitroomAdmitStalled':   ('waitroom', 'fan-journey', 'critical', 'rate(waitroom_admitted_total[3m]) == 0 and depth > 1000'),
    'SeatmapCacheMissHigh':   ('seatmap-api', 'fan-journey', 'warning', 'cache miss ratio > 30% for 15m'),
    'IssuerRenderSlow':       ('ticket-issuer', 'venue-ops', 'warning', 'p99 ticket_issuer_render_duration_seconds > 3s for 10m'),
    'ScanIngestLagHigh':      ('scan-ingest', 'venue-ops', 'critical', 'max(scan_ingest_lag_seconds) > 20 for 2m'),
    'ResaleSyncStale':        ('resale-market', 'marketplace', 'warning', 'time() - resale_listing_last_sync_timestamp_seconds > 900'),
    'PortalLoginFailures':    ('promoter-portal', 'marketplace', 'warning', 'rate of 401 on promoter-portal > 5/s for 10m'),
    'KubePodCrashLooping':    (None, None, 'warning', 'increase(kube_pod_container_status_restarts_total[15m]) > 3'),
    'NodeDiskPressure':       (None, 'platform', 'critical', 'root filesystem used > 85% for 10m'),
    'NodeHighCPU':            (None, 'platform', 'warning', 'node cpu busy > 90% for 10m'),
    'PostgresReplicationLag': (None, 'platform', 'critical', 'pg_replication_lag_seconds > 30 for 5m'),
}
METRICS = ['http_requests_total{service,namespace,cluster,route,code}',
           'http_request_duration_seconds_bucket{service,route,le}',
           'waitroom_queue_depth{service,cluster,event_id}', 'waitroom_admitted_total{service,cluster}',
           'seatmap_cache_requests_total / seatmap_cache_misses_total{service}',
           'ticket_issuer_render_duration_seconds_bucket{service,le}',
           'scan_ingest_lag_seconds{service,cluster,venue}', 'resale_listing_last_sync_timestamp_seconds{service}',
           'container_cpu_usage_seconds_total / container_memory_working_set_bytes{namespace,pod,container}',
           'kube_pod_container_status_restarts_total{namespace,pod}',
           'node_disk_io_time_seconds_total / node_disk_reads_completed_total / node_disk_writes_completed_total{instance}',
           'node_filesystem_avail_bytes / node_filesystem_size_bytes{instance,mountpoint}',
           'pg_replication_lag_seconds{cluster,db}', 'kafka_consumergroup_lag{consumergroup}']
ROUTES = {'/api/v2/orders': None, '/api/v2/orders/{id}/pay': '/api/v2/orders', '/api/v2/holds': None,
          '/seats/{event_id}': None, '/listings': None, '/scan': None, '/login': None}

VOICES = {  # key: (IANA zone, style)
    'kofi':    ('Africa/Lagos', 'terse shorthand'),
    'rami':    ('Asia/Beirut', 'non-native English'),
    'paolo':   ('Asia/Manila', 'very polite'),
    'margaux': ('Europe/Brussels', 'manager prose'),
    'lucia':   ('America/Lima', 'pastes PromQL/LogQL'),
    'sana':    ('Asia/Karachi', 'formal with ISO/UTC timestamps'),
    'teva':    ('Pacific/Marquesas', 'typos and chat slang'),
    'ariki':   ('Pacific/Easter', 'lowercase one-liners'),
}


def implies():
    imp = {}
    for s, d in SERVICES.items():
        imp[('svc', s)] = {'team': d['team'], 'ns': d['ns']}
    for c, (r, e) in CLUSTERS.items():
        imp[('cluster', c)] = {'region': r, 'env': e}
    for h, c in HOSTS.items():
        imp[('host', h)] = {'cluster': c}
    for a, (s, t, sev, _) in ALERTS.items():
        d = {'sev': sev}
        if s: d['svc'] = s
        if t: d['team'] = t
        imp[('alert', a)] = d
    return imp


def contains(key, big, small):
    """True if filter value `big` contains `small` (nested filters)."""
    if key == 'code':
        return big.endswith('xx') and small[0] == big[0] and small != big
    if key == 'route':
        r = ROUTES.get(small)
        while r:
            if r == big: return True
            r = ROUTES.get(r)
    return False
# voice local-time ;; question as typed ;; datasource: executed query || datasource: query
HISTORY = r"""
kofi 2025-02-26 08:12 ;; chkout 5xx last 1h? ;; prometheus: sum(rate(http_requests_total{service="order-checkout",namespace="storefront",code=~"5.."}[5m]))
ariki 2025-02-26 06:40 ;; open incidents for scan-ingest? ;; incidents: service="scan-ingest",status="open"
rami 2025-02-26 10:30 ;; Hello, please can you say me how many alerts was critical for the resale yesterday? ;; alertmanager: service="resale-market",severity="critical" start=2025-02-25T00:00+02:00 end=2025-02-26T00:00+02:00
lucia 2025-02-26 11:00 ;; sum by (route) (rate(http_requests_total{service="order-checkout",code=~"5.."}[5m])) -- last 2h please ;; prometheus: sum by (route) (rate(http_requests_total{service="order-checkout",code=~"5.."}[5m]))
teva 2025-02-26 07:20 ;; yo is cartd borked rn?? seein lotsa 502s lol ;; prometheus: sum(rate(http_requests_total{service="order-checkout",code="502"}[5m])) || alertmanager: service="order-checkout",state="active"
margaux 2025-02-26 17:30 ;; I need a short summary for the leadership sync: how many incidents did we open this month so far, and which of them were sev1? ;; incidents: opened_since=2025-02-01T00:00+01:00 || incidents: severity="sev1",opened_since=2025-02-01T00:00+01:00
paolo 2025-02-27 09:00 ;; Good morning! Would you kindly tell me whether the seat picker had any warning alerts overnight? Thank you so much. ;; alertmanager: service="seatmap-api",severity="warning" start=2025-02-26T22:00+08:00 end=2025-02-27T06:00+08:00
sana 2025-02-27 12:00 ;; Please provide the count of critical alerts for service ticket-issuer between 2025-02-27T03:00Z and 2025-02-27T06:00Z. ;; alertmanager: service="ticket-issuer",severity="critical" start=2025-02-27T03:00Z end=2025-02-27T06:00Z
kofi 2025-02-27 14:40 ;; crit firing now? ;; alertmanager: severity="critical",state="active"
ariki 2025-02-28 12:10 ;; waiting room depth past 2h ;; prometheus: sum(waitroom_queue_depth{service="waitroom"})
margaux 2025-02-28 09:15 ;; Before the Friday on-sale I'd like to know how the checkout error rate has trended over the past week. ;; prometheus: sum(rate(http_requests_total{service="order-checkout",code=~"5.."}[1h])) / sum(rate(http_requests_total{service="order-checkout"}[1h]))
rami 2025-02-28 15:10 ;; The fanxchange is making sync problem again? I see listing not update since 2 hour ;; prometheus: time() - max(resale_listing_last_sync_timestamp_seconds{service="resale-market"}) || alertmanager: alertname="ResaleSyncStale"
lucia 2025-02-28 16:40 ;; {namespace="fulfilment", service="ticket-issuer"} |= "timeout" for the past 6 hours? ;; loki: {namespace="fulfilment", service="ticket-issuer"} |= "timeout"
teva 2025-02-28 19:45 ;; how many alrts did the gatekeeper fire tday ;; alertmanager: service="waitroom" start=2025-02-28T00:00-09:30
paolo 2025-03-01 10:15 ;; Hello po, may I please see the p95 latency of the venuemap endpoint /seats/{event_id} for the last 3 hours? Many thanks. ;; prometheus: histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket{service="seatmap-api",route="/seats/{event_id}"}[5m])))
sana 2025-03-01 09:30 ;; Kindly report the 5xx rate of ticket-issuer from 2025-03-01T00:00Z to 2025-03-01T04:00Z. ;; prometheus: sum(rate(http_requests_total{service="ticket-issuer",code=~"5.."}[5m]))
ariki 2025-03-02 08:00 ;; warning alerts for the door scanners last night ;; alertmanager: service="scan-ingest",severity="warning" start=2025-03-01T22:00-05:00 end=2025-03-02T06:00-05:00
rami 2025-03-02 09:45 ;; Which pods of fulfilment namespace was restarting most in last 12 hours? ;; prometheus: topk(5, increase(kube_pod_container_status_restarts_total{namespace="fulfilment"}[12h]))
lucia 2025-03-02 10:20 ;; histogram_quantile(0.99, sum by (le) (rate(http_request_duration_seconds_bucket{service="seatmap-api"}[5m]))) since 8am ;; prometheus: histogram_quantile(0.99, sum by (le) (rate(http_request_duration_seconds_bucket{service="seatmap-api"}[5m])))
teva 2025-03-02 13:10 ;; pls chek resale deploys last 2 days, smth broke listings ngl ;; argocd: app=resale-market since=48h
margaux 2025-03-03 10:00 ;; Can you give me an overview of what the Marketplace team got paged for over the weekend? ;; alertmanager: team="marketplace" start=2025-03-01T00:00+01:00 end=2025-03-03T00:00+01:00
kofi 2025-03-03 07:55 ;; issuer p99 since 6am ;; prometheus: histogram_quantile(0.99, sum by (le) (rate(ticket_issuer_render_duration_seconds_bucket{service="ticket-issuer"}[5m])))
paolo 2025-03-03 14:40 ;; Sorry to bother you, could you please check if the waiting room is healthy right now? ;; prometheus: up{service="waitroom"} || alertmanager: service="waitroom",state="active"
sana 2025-03-03 16:45 ;; Request: list of Kubernetes warning events in namespace fulfilment since 2025-03-03T06:00Z. ;; kubernetes: namespace=fulfilment type=Warning since=2025-03-03T06:00Z
rami 2025-03-04 12:00 ;; Can you show me the errors logs of pdfgen from this morning, I think is about fonts ;; loki: {namespace="fulfilment",service="ticket-issuer"} | json | level="error"
lucia 2025-03-04 13:50 ;; can you run topk(10, sum by (pod) (container_memory_working_set_bytes{namespace="market"})) now ;; prometheus: topk(10, sum by (pod) (container_memory_working_set_bytes{namespace="market"}))
teva 2025-03-04 08:35 ;; mem on pdfgen pods kinda sus, trend last 6h? ;; prometheus: sum by (pod) (container_memory_working_set_bytes{namespace="fulfilment",container="ticket-issuer"})
ariki 2025-03-04 15:30 ;; deploys of the map in prod-gru-1 this week ;; argocd: app=seatmap-api cluster=prod-gru-1 since=2025-03-03T00:00-05:00
kofi 2025-03-05 11:20 ;; deploys chkout prod-fra-1 today ;; argocd: app=order-checkout cluster=prod-fra-1 since=2025-03-05T00:00+01:00
paolo 2025-03-05 16:20 ;; Kindly list the deployments made to the storefront namespace yesterday, if it is not too much trouble. ;; argocd: namespace=storefront start=2025-03-04T00:00+08:00 end=2025-03-05T00:00+08:00
margaux 2025-03-05 14:45 ;; For the quarterly review, please list all deploys of the barcode service since the start of February. ;; argocd: app=ticket-issuer since=2025-02-01T00:00+01:00
ariki 2025-03-06 10:45 ;; seatmap-api cpu by pod now ;; prometheus: sum by (pod) (rate(container_cpu_usage_seconds_total{namespace="catalog",container="seatmap-api"}[5m]))
rami 2025-03-06 18:20 ;; how much memory use the swap shop pods now ;; prometheus: sum by (pod) (container_memory_working_set_bytes{namespace="market",container="resale-market"})
lucia 2025-03-06 09:05 ;; rate(node_disk_io_time_seconds_total{instance="cmh1-node-02"}[5m]) last 1h -- is the disk saturated? ;; prometheus: rate(node_disk_io_time_seconds_total{instance="cmh1-node-02"}[5m])
sana 2025-03-06 10:10 ;; Please state the maximum replication lag of the Postgres primary in prod-fra-1 between 2025-03-06T02:00Z and 2025-03-06T05:00Z. ;; prometheus: max_over_time(pg_replication_lag_seconds{cluster="prod-fra-1"}[3h])
margaux 2025-03-07 11:30 ;; I'm hearing the gatekeeper struggled during the Lumen Arena on-sale this morning; how deep did the queue get? ;; prometheus: max_over_time(sum(waitroom_queue_depth{service="waitroom"})[6h:1m])
kofi 2025-03-07 16:02 ;; wroom depth now ;; prometheus: sum(waitroom_queue_depth{service="waitroom"})
teva 2025-03-07 21:00 ;; any traces >3s on the basket /api/v2/orders/{id}/pay rn? ;; tempo: { resource.service.name = "order-checkout" && span.http.route = "/api/v2/orders/{id}/pay" && duration > 3s }
paolo 2025-03-08 08:30 ;; Good day! May I ask for the cache miss ratio of seatmap-api since 6am? Thank you very much. ;; prometheus: sum(rate(seatmap_cache_misses_total{service="seatmap-api"}[5m])) / sum(rate(seatmap_cache_requests_total{service="seatmap-api"}[5m]))
sana 2025-03-08 13:25 ;; Provide the deployment history of scan-ingest in cluster prod-gru-1 since 2025-03-01T00:00Z. ;; argocd: app=scan-ingest cluster=prod-gru-1 since=2025-03-01T00:00Z
rami 2025-03-09 11:05 ;; There is deploy of resale-market in this week or no? ;; argocd: app=resale-market since=2025-03-03T00:00+02:00
lucia 2025-03-09 15:30 ;; sum(rate(http_requests_total{service="resale-market",route="/listings",code="503"}[5m])) since noon ;; prometheus: sum(rate(http_requests_total{service="resale-market",route="/listings",code="503"}[5m]))
ariki 2025-03-09 19:20 ;; 503s on fanxchange /listings since 5pm ;; prometheus: sum(increase(http_requests_total{service="resale-market",route="/listings",code="503"}[2h]))
teva 2025-03-09 10:50 ;; whr r the OOMKilled evnts on pdfgen comin from today ;; kubernetes: namespace=fulfilment app=ticket-issuer reason=OOMKilled since=2025-03-09T00:00-09:30
kofi 2025-03-10 09:31 ;; node disk fra1-node-07? ;; prometheus: 100 * (1 - node_filesystem_avail_bytes{instance="fra1-node-07",mountpoint="/"} / node_filesystem_size_bytes{instance="fra1-node-07",mountpoint="/"})
paolo 2025-03-10 11:45 ;; Would it be possible to see the slowest traces for the map service in the past hour, please? ;; tempo: { resource.service.name = "seatmap-api" && duration > 1s }
margaux 2025-03-10 16:00 ;; How many critical alerts did venue-ops receive last week, compared with the week before? ;; alertmanager: team="venue-ops",severity="critical" since=7d || alertmanager: team="venue-ops",severity="critical" start=-14d end=-7d
rami 2025-03-11 14:30 ;; Please check if the node cmh1-node-05 have disk pressure now ;; kubernetes: node=cmh1-node-05 condition=DiskPressure || alertmanager: alertname="NodeDiskPressure",instance="cmh1-node-05"
ariki 2025-03-11 07:15 ;; is issuer up ;; prometheus: up{service="ticket-issuer"}
lucia 2025-03-11 11:15 ;; {service="scan-ingest"} | json | level="error" | line_format "{{.venue}}" for the last 45 min ;; loki: {service="scan-ingest"} | json | level="error" | line_format "{{.venue}}"
sana 2025-03-11 09:00 ;; Report the number of firing alerts per team as of 2025-03-11T04:00Z. ;; alertmanager: state="active" group_by=team at=2025-03-11T04:00Z
kofi 2025-03-12 13:15 ;; resale errs 24h ;; loki: sum(count_over_time({namespace="market",service="resale-market"} | json | level="error" [24h]))
margaux 2025-03-12 08:50 ;; Could you tell me whether anything is currently on fire in sa-east-1? ;; alertmanager: region="sa-east-1",state="active"
paolo 2025-03-12 09:10 ;; Thank you in advance - could you kindly count the CheckoutLatencyHigh alerts from this week? ;; alertmanager: alertname="CheckoutLatencyHigh" since=2025-03-10T00:00+08:00
teva 2025-03-12 18:25 ;; scanfeed lag spikin again?? last 30m ;; prometheus: max(scan_ingest_lag_seconds{service="scan-ingest"})
rami 2025-03-13 08:50 ;; the door scanners was slow yesterday evening? lag was big? ;; prometheus: max_over_time(scan_ingest_lag_seconds{service="scan-ingest"}[6h])
lucia 2025-03-13 17:20 ;; increase(kube_pod_container_status_restarts_total{namespace="storefront"}[1h]) > 0 -- which pods? ;; prometheus: increase(kube_pod_container_status_restarts_total{namespace="storefront"}[1h]) > 0
sana 2025-03-13 15:40 ;; Kindly provide the p95 ingest lag for the turnstile feed during the event window 2025-03-13T08:00Z to 2025-03-13T10:00Z. ;; prometheus: quantile_over_time(0.95, scan_ingest_lag_seconds{service="scan-ingest"}[2h])
kofi 2025-03-14 10:48 ;; crashloops storefront ns 6h ;; kubernetes: namespace=storefront reason=BackOff since=6h
ariki 2025-03-14 13:35 ;; crashloop events in fulfilment today ;; kubernetes: namespace=fulfilment reason=BackOff since=2025-03-14T00:00-05:00
margaux 2025-03-14 15:20 ;; I would like to understand the p99 latency of promoter UI for the last 24 hours, the promoters keep complaining. ;; prometheus: histogram_quantile(0.99, sum by (le) (rate(http_request_duration_seconds_bucket{service="promoter-portal"}[5m])))
paolo 2025-03-15 13:00 ;; Hello, may I kindly ask how the memory usage of the seat picker pods on gru has been trending today? Salamat po. ;; prometheus: sum by (pod) (container_memory_working_set_bytes{namespace="catalog",container="seatmap-api",cluster="prod-gru-1"})
teva 2025-03-15 09:15 ;; ppo logins failin 4 promoters, 401s since 8am?? ;; prometheus: sum(rate(http_requests_total{service="promoter-portal",route="/login",code="401"}[5m]))
kofi 2025-03-16 10:00 ;; ingress 5xx for resale 30m ;; prometheus: sum(rate(nginx_ingress_controller_requests{exported_service="resale-market",status=~"5.."}[5m]))
lucia 2025-03-16 08:45 ;; why is the issuer alert firing? IssuerRenderSlow, expr histogram_quantile(0.99, ...) > 3 ;; alertmanager: alertname="IssuerRenderSlow",state="active" || prometheus: histogram_quantile(0.99, sum by (le) (rate(ticket_issuer_render_duration_seconds_bucket{service="ticket-issuer"}[5m])))
rami 2025-03-16 20:15 ;; how many 5xx the resale had between 18:00 and 20:00 ;; prometheus: sum(increase(http_requests_total{service="resale-market",code=~"5.."}[2h]))
sana 2025-03-16 11:20 ;; Please confirm whether incident INC-4471 concerning pdfgen has been resolved. ;; incidents: id="INC-4471"
margaux 2025-03-17 09:40 ;; Please summarise the incidents involving fanxchange this quarter. ;; incidents: service="resale-market" opened_since=2025-01-01T00:00+01:00
paolo 2025-03-17 10:30 ;; Could you please show me the error logs for the basket service in the last 30 minutes? Thank you! ;; loki: {namespace="storefront",service="order-checkout"} | json | level="error"
ariki 2025-03-17 09:50 ;; scanfeed cpu on gru1-node-03 last 6h ;; prometheus: sum(rate(container_cpu_usage_seconds_total{container="scan-ingest",node="gru1-node-03"}[5m]))
teva 2025-03-17 14:40 ;; wats the top erroring route on cartd today ;; prometheus: topk(1, sum by (route) (increase(http_requests_total{service="order-checkout",code=~"5.."}[1d])))
kofi 2025-03-18 08:05 ;; scanfeed lag p95 overnight ;; prometheus: quantile_over_time(0.95, scan_ingest_lag_seconds{service="scan-ingest"}[8h])
lucia 2025-03-18 14:00 ;; sum(rate(http_requests_total{service="promoter-portal",code="401"}[5m])) > 5 -- how long was it above today? ;; prometheus: sum(rate(http_requests_total{service="promoter-portal",code="401"}[5m])) > 5
sana 2025-03-18 10:05 ;; Report CPU utilisation of the scan-ingest pods on node gru1-node-09 from 2025-03-18T00:00Z to 2025-03-18T05:00Z. ;; prometheus: sum(rate(container_cpu_usage_seconds_total{container="scan-ingest",node="gru1-node-09"}[5m]))
rami 2025-03-19 10:10 ;; Give me the incidents of marketplace team this month please ;; incidents: team="marketplace" opened_since=2025-03-01T00:00+02:00
paolo 2025-03-19 15:55 ;; Good afternoon! Are there any open incidents for the fan-journey team at the moment? Thank you kindly. ;; incidents: team="fan-journey",status="open"
margaux 2025-03-19 12:05 ;; Did the cluster upgrade of prod-cmh-1 yesterday generate any warning events we should worry about? ;; kubernetes: cluster=prod-cmh-1 type=Warning start=2025-03-18T00:00+01:00 end=2025-03-19T00:00+01:00
ariki 2025-03-19 16:05 ;; checkout p50 vs p99 last hour ;; prometheus: histogram_quantile(0.5, sum by (le) (rate(http_request_duration_seconds_bucket{service="order-checkout"}[5m]))) || prometheus: histogram_quantile(0.99, sum by (le) (rate(http_request_duration_seconds_bucket{service="order-checkout"}[5m])))
kofi 2025-03-20 17:30 ;; pg repl lag cmh ;; prometheus: max(pg_replication_lag_seconds{cluster="prod-cmh-1"})
lucia 2025-03-20 10:30 ;; {namespace="kube-system"} |= "OOMKilled" last 24h ;; loki: {namespace="kube-system"} |= "OOMKilled"
sana 2025-03-20 14:30 ;; Provide the error log lines of scan-ingest containing "venue_id=LAG-22" since 2025-03-20T06:00Z. ;; loki: {service="scan-ingest"} | json | level="error" |= "venue_id=LAG-22"
teva 2025-03-20 06:55 ;; stg-fra-1 evnts for seat picker look weird, any failedscheduling last 1h? ;; kubernetes: cluster=stg-fra-1 namespace=catalog involvedObject=seatmap-api reason=FailedScheduling since=1h
rami 2025-03-21 13:40 ;; kafka consumer lag for the listings topic is growing? ;; prometheus: sum(kafka_consumergroup_lag{consumergroup="resale-market-listings"})
margaux 2025-03-21 17:10 ;; What's the current state of the ScanIngestLagHigh alert, and has it flapped today? ;; alertmanager: alertname="ScanIngestLagHigh",state="active" || alertmanager: alertname="ScanIngestLagHigh" since=2025-03-21T00:00+01:00
paolo 2025-03-22 09:20 ;; I hope you are well. Could you please tell me the top 5 pods by CPU in the catalog namespace since 8am? ;; prometheus: topk(5, sum by (pod) (rate(container_cpu_usage_seconds_total{namespace="catalog"}[5m])))
ariki 2025-03-22 11:25 ;; logs of turnstile feed with level error since 10am ;; loki: {namespace="fulfilment",service="scan-ingest"} | json | level="error"
sana 2025-03-22 08:15 ;; Please list the alerts with alertname NodeDiskPressure in region us-east-2 since 2025-03-21T00:00Z. ;; alertmanager: alertname="NodeDiskPressure",region="us-east-2" since=2025-03-21T00:00Z
teva 2025-03-22 16:30 ;; crit alerts on cartd in us-east-2 rn? ;; alertmanager: service="order-checkout",severity="critical",region="us-east-2",state="active"
lucia 2025-03-23 12:40 ;; avg by (cluster) (rate(container_cpu_usage_seconds_total{namespace="storefront"}[5m])) last 3h ;; prometheus: avg by (cluster) (rate(container_cpu_usage_seconds_total{namespace="storefront"}[5m]))
ariki 2025-03-23 22:15 ;; kafka broker disk usage prod-fra-1 last 1h ;; prometheus: 100 * (1 - node_filesystem_avail_bytes{cluster="prod-fra-1",job="kafka-broker",mountpoint="/var/lib/kafka"} / node_filesystem_size_bytes{cluster="prod-fra-1",job="kafka-broker",mountpoint="/var/lib/kafka"})
kofi 2025-03-24 12:10 ;; open inc wroom? ;; incidents: service="waitroom",status="open"
rami 2025-03-24 09:25 ;; Why the alert ResaleSyncStale fire this night? ;; alertmanager: alertname="ResaleSyncStale" start=2025-03-23T22:00+02:00 end=2025-03-24T06:00+02:00 || loki: {service="resale-market"} |= "sync"
margaux 2025-03-24 10:20 ;; Where do we stand on checkout availability over the last 30 days? ;; prometheus: 1 - (sum(increase(http_requests_total{service="order-checkout",code=~"5.."}[30d])) / sum(increase(http_requests_total{service="order-checkout"}[30d])))
teva 2025-03-24 11:05 ;; how bad was the swap shop p95 yday ;; prometheus: histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket{service="resale-market"}[1d])))
kofi 2025-03-25 09:00 ;; ppo 401s since 8 ;; prometheus: sum(increase(http_requests_total{service="promoter-portal",code="401"}[1h]))
paolo 2025-03-25 08:40 ;; Pardon the early question - did the wroom autoscaler add replicas overnight, please? ;; kubernetes: namespace=storefront kind=HorizontalPodAutoscaler name=waitroom reason=SuccessfulRescale start=2025-03-24T22:00+08:00 end=2025-03-25T06:00+08:00
lucia 2025-03-25 09:55 ;; { resource.service.name = "order-checkout" && duration > 2s } since 7am ;; tempo: { resource.service.name = "order-checkout" && duration > 2s }
sana 2025-03-25 11:50 ;; Kindly provide the trace count for ticket-issuer with duration above 5s between 2025-03-25T03:00Z and 2025-03-25T06:00Z. ;; tempo: { resource.service.name = "ticket-issuer" && duration > 5s } | count() > 0
ariki 2025-03-25 08:30 ;; firing alerts for venue-ops ;; alertmanager: team="venue-ops",state="active"
margaux 2025-03-25 16:40 ;; Could you pull together how many PostgresReplicationLag alerts we had across all regions this month? ;; alertmanager: alertname="PostgresReplicationLag" since=2025-03-01T00:00+01:00
"""
PARAPHRASE = r"""
hit ;; kofi 2025-03-26 09:10 ;; 900 ;; count crit alerts chkout 1h ;; 1h ;; count alerts sev=critical svc=order-checkout
> = +5m ;; how many critical alerts on order-checkout in the past hour ;; past hour ;; =
# crit=critical, chkout=order-checkout, 1h=past hour
hit ;; paolo 2025-03-26 10:00 ;; 1800 ;; Good morning! Could you kindly list the warning alerts for the seat picker since 8am? Thank you. ;; since 8am ;; list alerts sev=warning svc=seatmap-api
> = +6m ;; Sorry to ask again, may I see the warn alerts of seatmap-api since 8am, please? ;; since 8am ;; =
# warn=warning, seat picker=seatmap-api, politeness
hit ;; margaux 2025-03-26 16:00 ;; 3600 ;; How many incidents has the fan-journey team opened this week? ;; this week ;; count incidents team=fan-journey
> = +20m ;; What's the incident count for fan-journey since Monday? ;; since monday ;; =
# this week = since Monday (ISO week)
hit ;; lucia 2025-03-26 11:30 ;; 600 ;; sum(rate(http_requests_total{service="order-checkout",code=~"5.."}[5m])) last 30m ;; last 30m ;; trend m:http svc=order-checkout code=5xx
> = +3m ;; can you graph basket errors over the last 30 minutes ;; last 30 minutes ;; =
# errors of a service = 5xx; PromQL vs prose
hit ;; teva 2025-03-26 08:00 ;; 300 ;; is cartd borked rn?? ;; rn ;; status health svc=order-checkout
> = +2m ;; yo checkout up right now? ;; right now ;; =
# cartd = old name of order-checkout; rn = right now
miss ;; teva 2025-03-27 08:00 ;; 300 ;; is cartd borked rn?? ;; rn ;; status health svc=order-checkout
> = +40m ;; ok is checkout healthy now or wat ;; now ;; =
# same now-question 40 min later: windows disjoint and answer stale
miss ;; ariki 2025-03-26 14:00 ;; 600 ;; waiting room queue depth last 15m ;; last 15m ;; trend m:queue_depth svc=waitroom
> = +2h ;; wroom depth past 15 min ;; past 15 min ;; =
# same rolling question re-asked long after TTL, ranges disjoint
hit ;; rami 2025-03-26 11:00 ;; 1800 ;; Please can you say me the errors logs of the pdfgen since 9am? ;; since 9am ;; list logs svc=ticket-issuer level=error
> = +10m ;; I want to see error log lines of ticket-issuer since 9am please ;; since 9am ;; =
# pdfgen = old name of ticket-issuer
hit ;; sana 2025-03-26 15:00 ;; 3600 ;; Please provide the count of critical alerts for scan-ingest between 2025-03-26T04:00Z and 2025-03-26T08:00Z. ;; between 2025-03-26T04:00Z and 2025-03-26T08:00Z ;; count alerts sev=critical svc=scan-ingest
> = +15m ;; Kindly report how many crit alerts the turnstile feed raised from 2025-03-26T04:00Z to 2025-03-26T08:00Z. ;; from 2025-03-26T04:00Z to 2025-03-26T08:00Z ;; =
# turnstile feed = scan-ingest; same absolute window
hit ;; margaux 2025-03-27 09:30 ;; 3600 ;; Could you walk me through the deploys of the swap shop over the last week? ;; last week ;; list deploys svc=resale-market
> = +25m ;; Which releases went out for resale-market in the last 7 days? ;; last 7 days ;; =
# swap shop = resale-market; last week = rolling 7d
hit ;; kofi 2025-03-27 10:00 ;; 600 ;; issuer p99 render 3h ;; 3h ;; trend m:render_time svc=ticket-issuer stat=p99
> = +4m ;; barcode service 99th percentile render time last 3 hours ;; last 3 hours ;; =
# p99 = 99th percentile; issuer = barcode service
hit ;; paolo 2025-03-27 13:00 ;; 900 ;; Hello po! May I kindly know if there are any open incidents right now? Thank you. ;; right now ;; list incidents state=open
> = +3m ;; Sorry, just to double check, which incidents are currently open, please? ;; currently ;; =
# politeness and word order
hit ;; ariki 2025-03-27 07:30 ;; 1800 ;; deploys to prod-gru-1 today ;; today ;; list deploys cluster=prod-gru-1
> = +10m ;; what got deployed in prod-gru-1 since midnight ;; since midnight ;; =
# today = since midnight
hit ;; teva 2025-03-27 10:00 ;; 1200 ;; hw many 503s on fanxchange /listings last 2h lol ;; last 2h ;; count m:http svc=resale-market route=/listings code=503
> = +6m ;; count of 503 on resale /listings past 2 hrs pls ;; past 2 hrs ;; =
# typos; fanxchange = resale-market
hit ;; rami 2025-03-27 16:00 ;; 3600 ;; How much incidents the venue-ops team had yesterday? ;; yesterday ;; count incidents team=venue-ops
> = +30m ;; Please the number of incidents for venue-ops yesterday ;; yesterday ;; =
# non-native English, same question
hit ;; margaux 2025-03-27 14:00 ;; 1800 ;; I'd like to know how the waiting room's queue depth has evolved since 9am, ahead of tonight's on-sale. ;; since 9am ;; trend m:queue_depth svc=waitroom
> = +12m ;; Can you chart gatekeeper queue depth since 9am? ;; since 9am ;; =
# gatekeeper = waiting room = waitroom
hit ;; sana 2025-03-27 12:00 ;; 1800 ;; Please report the p95 latency of order-checkout for the last 2 hours. ;; last 2 hours ;; value m:latency svc=order-checkout stat=p95
> = +5m ;; Kindly state the 95th percentile latency of the checkout service over the past 2 hours. ;; past 2 hours ;; =
# p95 = 95th percentile
partial ;; sana 2025-03-27 12:00 ;; 1800 ;; Please report the p95 latency of order-checkout for the last 24 hours. ;; last 24 hours ;; value m:latency svc=order-checkout stat=p95
> = +3h ;; Kindly state the 95th percentile latency of the checkout service over the past day. ;; past day ;; =
# same question, answer stale (3h > 30m TTL)
hit ;; kofi 2025-03-28 08:30 ;; 900 ;; crashloops fulfilment ns 2h ;; 2h ;; list events ns=fulfilment reason=BackOff
> = +5m ;; BackOff events in namespace fulfilment past 2 hours ;; past 2 hours ;; =
# ns = namespace; crashloop = BackOff events
partial ;; paolo 2025-03-28 09:00 ;; 3600 ;; Good morning, could you kindly show how CPU usage of the map service trended last night? ;; last night ;; trend m:cpu svc=seatmap-api
> = +2h ;; May I please see the seatmap-api CPU trend overnight? Thank you! ;; overnight ;; =
# last night = overnight, but answer older than TTL: stale
hit ;; ariki 2025-03-28 12:00 ;; 900 ;; traces over 2s for basket /api/v2/orders last 30m ;; last 30m ;; list traces svc=order-checkout route=/api/v2/orders gt=2s
> = +4m ;; slow traces >2s on order-checkout /api/v2/orders past half hour ;; past half hour ;; =
# basket = order-checkout; half hour = 30m
hit ;; teva 2025-03-28 13:00 ;; 1800 ;; any warnin alerts 4 promoter ui today?? ;; today ;; list alerts sev=warning svc=promoter-portal
> = +15m ;; promoter-portal warn alerts so far today pls ;; so far today ;; =
# promoter ui = promoter-portal
hit ;; rami 2025-03-28 10:00 ;; 1800 ;; What is the CPU of swap shop pods in last 6 hours, please show trend ;; last 6 hours ;; trend m:cpu svc=resale-market
> = +10m ;; Show me trend of resale-market cpu for past 6h ;; past 6h ;; =
# swap shop = resale-market
partial ;; rami 2025-03-28 10:00 ;; 600 ;; How many critical alerts was for the issuer today? ;; today ;; count alerts sev=critical svc=ticket-issuer
> = +1h ;; Please again, critical alerts number of ticket-issuer today ;; today ;; =
# same question, TTL 10 min expired
hit ;; margaux 2025-03-28 17:00 ;; 3600 ;; For the weekly report, how many sev1 incidents did we have over the last 7 days? ;; last 7 days ;; count incidents isev=sev1
> = +30m ;; Remind me of the sev1 incident count for the past week? ;; past week ;; =
# last 7 days = past week
hit ;; sana 2025-03-28 09:00 ;; 900 ;; Please provide the list of Kubernetes warning events in namespace storefront since 2025-03-28T00:00Z. ;; since 2025-03-28T00:00Z ;; list events ns=storefront kind=Warning
> = +8m ;; Kindly list warning-type k8s events for ns storefront since 2025-03-28T00:00Z. ;; since 2025-03-28T00:00Z ;; =
# ns = namespace; same absolute start
hit ;; kofi 2025-03-29 11:00 ;; 900 ;; resale errs 24h ;; 24h ;; count logs svc=resale-market level=error
> = +5m ;; error count in fanxchange logs last 24h ;; last 24h ;; =
# terse vs prose; fanxchange = resale-market
partial ;; kofi 2025-03-29 11:00 ;; 900 ;; resale errs 24h ;; 24h ;; count logs svc=resale-market level=error
> = 15:00 ;; resale errs 24h ;; 24h ;; =
# identical rolling question 4h later, stale; overlap still large
hit ;; paolo 2025-03-29 10:00 ;; 1800 ;; Would you be so kind as to list the deployments of the seat picker this week? ;; this week ;; list deploys svc=seatmap-api
> = +10m ;; Could you please show seatmap-api deploys since Monday? Thank you po. ;; since monday ;; =
# this week = since Monday
hit ;; lucia 2025-03-29 09:00 ;; 600 ;; histogram_quantile(0.99, sum by (le) (rate(http_request_duration_seconds_bucket{service="promoter-portal"}[5m]))) last 1h ;; last 1h ;; trend m:latency svc=promoter-portal stat=p99
> = +4m ;; ppo p99 latency graph past hour ;; past hour ;; =
# ppo = promoter-portal
hit ;; ariki 2025-03-29 16:00 ;; 1800 ;; oomkilled events in market ns since noon ;; since noon ;; list events ns=market reason=OOMKilled
> = +7m ;; any OOMKilled k8s events in namespace market since 12pm ;; since 12pm ;; =
# noon = 12pm; ns = namespace
hit ;; teva 2025-03-29 09:00 ;; 600 ;; door scanners lag p95 lst 1h?? ;; 1h ;; value m:scan_lag svc=scan-ingest stat=p95
> = +5m ;; scan-ingest ingest lag 95th pct last hour ;; last hour ;; =
# door scanners = scan-ingest; typos
partial ;; margaux 2025-03-31 10:00 ;; 3600 ;; Can you give me an overview of what the marketplace team got paged for over the weekend? ;; over the weekend ;; list alerts team=marketplace
> = +3h ;; Which alerts hit the marketplace team over the weekend? ;; over the weekend ;; =
# same weekend window asked again after TTL: stale
hit ;; rami 2025-03-31 09:00 ;; 3600 ;; Please show me all the warning alerts of the door scanners in the last night ;; last night ;; list alerts sev=warning svc=scan-ingest
> = +20m ;; list warn alerts scan-ingest overnight ;; overnight ;; =
# last night = overnight
partial ;; rami 2025-03-31 09:00 ;; 1800 ;; Please show me all the warning alerts of the door scanners in the last night ;; last night ;; list alerts sev=warning svc=scan-ingest
> = 14:00 ;; list warn alerts scan-ingest overnight ;; overnight ;; =
# same fixed window, answer stale after TTL
hit ;; sana 2025-03-31 13:00 ;; 1800 ;; Kindly report the maximum replication lag of Postgres in prod-cmh-1 for the last 3 hours. ;; last 3 hours ;; value m:repl_lag cluster=prod-cmh-1 stat=max
> = +10m ;; Please state the peak pg replication lag on cluster prod-cmh-1 over the past 3 hours. ;; past 3 hours ;; =
# max = peak; no nickname involved
hit ;; kofi 2025-03-31 14:00 ;; 300 ;; crit firing now? ;; now ;; list alerts sev=critical state=firing
> = +2m ;; which critical alerts are firing rn ;; rn ;; =
# crit=critical; now=rn
partial ;; kofi 2025-03-31 14:00 ;; 600 ;; crit firing now? ;; now ;; list alerts sev=critical state=firing
> = +5m ;; crit firing now? ;; now ;; =
# same now-question re-asked 5 min later while fresh: windows do not overlap -> rolling re-ask exception
hit ;; paolo 2025-03-31 15:00 ;; 1800 ;; Good afternoon! May I kindly see the p50 latency of the gatekeeper over the last 2 hours? ;; last 2 hours ;; value m:latency svc=waitroom stat=p50
> = +5m ;; Sorry, could you please remind me of the waitroom median latency for the past 2 hours? ;; past 2 hours ;; =
# p50 = median; gatekeeper = waitroom
hit ;; ariki 2025-03-31 08:00 ;; 1800 ;; warning alerts for the door scanners last night ;; last night ;; list alerts sev=warning svc=scan-ingest
> = +5m ;; warn alerts scanfeed overnight ;; overnight ;; =
# nicknames for scan-ingest; last night = overnight
hit ;; teva 2025-03-31 12:00 ;; 900 ;; wat deploys hit storefront ns this mornin? ;; @this morning ;; list deploys ns=storefront
> = +5m ;; deploys in namespace storefront since 6am pls ;; since 6am ;; =
# this morning asked at noon = 06:00-12:00 = since 6am
hit ;; margaux 2025-04-01 11:00 ;; 3600 ;; How has the turnstile feed's ingest lag trended since yesterday 2pm? ;; @since 2pm yesterday ;; trend m:scan_lag svc=scan-ingest
> = +10m ;; Chart scan-ingest lag since 2pm yesterday, please. ;; since 2pm yesterday ;; =
# turnstile feed = scan-ingest
hit ;; rami 2025-04-01 12:00 ;; 600 ;; The checkout have 5xx errors now? ;; now ;; status m:http svc=order-checkout code=5xx
> = +2m ;; is there errors on order-checkout at the moment ;; at the moment ;; =
# errors = 5xx; now = at the moment
hit ;; sana 2025-04-01 10:00 ;; 3600 ;; Please list all deployments of ticket-issuer since 2025-03-31T00:00Z. ;; since 2025-03-31T00:00Z ;; list deploys svc=ticket-issuer
> = +25m ;; Kindly enumerate the pdfgen releases since 2025-03-31T00:00Z. ;; since 2025-03-31T00:00Z ;; =
# pdfgen = ticket-issuer
hit ;; kofi 2025-04-01 09:00 ;; 900 ;; wroom backlog alerts today ;; today ;; list alerts alert=WaitroomBacklogHigh
> = +5m ;; WaitroomBacklogHigh alerts since midnight ;; since midnight ;; =
# alertname spelled out
hit ;; paolo 2025-04-01 14:00 ;; 1800 ;; Kindly count the HTTP 401 responses of the boxoffice app on /login since noon, please. ;; since noon ;; count m:http svc=promoter-portal route=/login code=401
> = +8m ;; May I have the number of 401s from promoter-portal /login since 12pm? ;; since 12pm ;; =
# boxoffice = promoter-portal
hit ;; lucia 2025-04-01 16:00 ;; 600 ;; { resource.service.name = "ticket-issuer" && duration > 5s } last 2h ;; last 2h ;; list traces svc=ticket-issuer gt=5s
> = +5m ;; issuer traces slower than 5s in the past 2 hours ;; past 2 hours ;; =
# TraceQL vs prose
hit ;; ariki 2025-04-01 10:00 ;; 300 ;; is issuer up ;; @now ;; status health svc=ticket-issuer
> = +2m ;; ticket-issuer healthy? ;; @now ;; =
# is X up = now
miss ;; ariki 2025-04-01 10:00 ;; 300 ;; is issuer up ;; @now ;; status health svc=ticket-issuer
> = +30m ;; is issuer up ;; @now ;; =
# identical status question 30 min later: disjoint 5-min windows, stale
hit ;; teva 2025-04-01 08:00 ;; 1800 ;; cpu on gru1-node-03 past 6h trend pls ;; past 6h ;; trend m:cpu host=gru1-node-03
> = +10m ;; gru1-node-03 cpu usage last 6 hours graph ;; last 6 hours ;; =
# no nickname; word order
hit ;; margaux 2025-04-02 09:00 ;; 3600 ;; Could you tell me how many production deploys we shipped last month? ;; last month ;; count deploys env=prod
> = +30m ;; What's our prod deploy count over the last 30 days? ;; last 30 days ;; =
# prod = production; last month = 30d
hit ;; rami 2025-04-02 10:30 ;; 1800 ;; the fanxchange sync was stale since 8am? show me the alerts ;; since 8am ;; list alerts alert=ResaleSyncStale
> = +10m ;; ResaleSyncStale alerts since 8am please ;; since 8am ;; =
# alert named by description vs alertname
hit ;; sana 2025-04-02 14:00 ;; 3600 ;; Please report the error rate of seatmap-api between 2025-04-02T02:00Z and 2025-04-02T06:00Z. ;; between 2025-04-02T02:00Z and 2025-04-02T06:00Z ;; value m:http svc=seatmap-api code=5xx
> = +20m ;; Kindly state the 5xx rate of venuemap from 2025-04-02T02:00Z to 2025-04-02T06:00Z. ;; from 2025-04-02T02:00Z to 2025-04-02T06:00Z ;; =
# errors = 5xx; venuemap = seatmap-api
hit ;; paolo 2025-04-02 09:30 ;; 1800 ;; Hello! Could you kindly show me the error logs of the waiting room since 8am? Many thanks. ;; since 8am ;; list logs svc=waitroom level=error
> = +10m ;; Sorry to bother, may I see wroom error logs since 8am please? ;; since 8am ;; =
# waiting room = wroom = waitroom
miss ;; paolo 2025-04-02 09:30 ;; 1800 ;; Hello! Could you kindly show me the error logs of the waiting room since 8am? Many thanks. ;; since 8am ;; list logs svc=waitroom level=error
> = 2025-04-03 09:40 ;; Hello! Could you kindly show me the error logs of the waiting room since 8am? Many thanks. ;; since 8am ;; =
# same text a day later: different window, no overlap
hit ;; lucia 2025-04-02 13:00 ;; 900 ;; sum(rate(http_requests_total{service="waitroom",code="429"}[5m])) since noon ;; since noon ;; trend m:http svc=waitroom code=429
> = +5m ;; graph gatekeeper 429s since 12:00 ;; since 12:00 ;; =
# gatekeeper = waitroom
hit ;; ariki 2025-04-02 18:00 ;; 1800 ;; crashloop events in fulfilment today ;; today ;; list events ns=fulfilment reason=BackOff
> = +10m ;; backoff events ns fulfilment so far today ;; so far today ;; =
# crashloop = BackOff; ns = namespace
partial ;; margaux 2025-04-03 08:30 ;; 3600 ;; What did the door scanners' lag look like yesterday during the Arena Nord concert window? I need the daily picture. ;; yesterday ;; trend m:scan_lag svc=scan-ingest
> = +2h ;; Show me yesterday's ingest lag trend for scan-ingest. ;; yesterday ;; =
# same day (yesterday) asked again after TTL: stale
hit ;; rami 2025-04-03 11:00 ;; 900 ;; please how many pods restart in storefront namespace in last 1 hour ;; last 1 hour ;; count m:restarts ns=storefront
> = +5m ;; restarts count ns storefront past hour ;; past hour ;; =
# ns = namespace
hit ;; sana 2025-04-03 09:00 ;; 1800 ;; Please provide the list of acknowledged incidents for scan-ingest since 2025-04-02T00:00Z. ;; since 2025-04-02T00:00Z ;; list incidents svc=scan-ingest state=acknowledged
> = +10m ;; Kindly list the acked incidents of the turnstile feed since 2025-04-02T00:00Z. ;; since 2025-04-02T00:00Z ;; =
# acked = acknowledged
hit ;; kofi 2025-04-03 12:00 ;; 900 ;; promoter ui 5xx since 10 ;; @since 10am ;; count m:http svc=promoter-portal code=5xx
> = +5m ;; ppo errors since 10am ;; since 10am ;; =
# errors = 5xx; promoter ui = ppo
hit ;; paolo 2025-04-03 17:00 ;; 3600 ;; May I kindly ask how many warning alerts the marketplace team received this afternoon? ;; this afternoon ;; count alerts sev=warning team=marketplace
> = +10m ;; Could you please count marketplace team warn alerts since noon? Salamat! ;; since noon ;; =
# this afternoon asked 17:00 = since noon
hit ;; lucia 2025-04-03 10:00 ;; 600 ;; max(scan_ingest_lag_seconds{service="scan-ingest"}) now ;; now ;; value m:scan_lag svc=scan-ingest stat=max
> = +2m ;; max scanfeed lag right now? ;; right now ;; =
# PromQL vs nickname
hit ;; ariki 2025-04-03 09:00 ;; 3600 ;; incidents for resale this month ;; this month ;; list incidents svc=resale-market
> = +15m ;; resale-market incidents since apr 1 ;; since apr 1 ;; =
# this month = since Apr 1
hit ;; teva 2025-04-03 19:00 ;; 900 ;; mem of basket pods rn ;; rn ;; value m:mem svc=order-checkout
> = +3m ;; order-checkout memory now? ;; now ;; =
# basket = order-checkout
partial ;; margaux 2025-04-04 09:00 ;; 1800 ;; How many incidents has the fan-journey team opened this week? ;; this week ;; count incidents team=fan-journey
> = 15:00 ;; Quick check again: the fan-journey incident count for this week? ;; this week ;; =
# same window start, answer stale
hit ;; rami 2025-04-04 13:00 ;; 1800 ;; please show me the memory trend of promoter-portal since 10am ;; since 10am ;; trend m:mem svc=promoter-portal
> = +10m ;; Can I see promoter UI memory since 10:00? ;; since 10:00 ;; =
# promoter UI = promoter-portal
hit ;; sana 2025-04-04 10:00 ;; 1800 ;; Please list the firing alerts in region us-east-2 at this moment. ;; @now ;; list alerts region=us-east-2 state=firing
> = +3m ;; Kindly enumerate currently firing alerts for us-east-2. ;; currently ;; =
# now = currently
hit ;; lucia 2025-04-04 15:00 ;; 900 ;; sum by (route) (rate(http_requests_total{service="seatmap-api",code=~"5.."}[5m])) last 2h ;; last 2h ;; top m:http svc=seatmap-api code=5xx
> = +5m ;; which routes of the seat picker throw the most 5xx over the past 2 hours ;; past 2 hours ;; =
# ranking by route in both
miss ;; teva 2025-04-04 09:00 ;; 300 ;; is cartd borked rn?? ;; rn ;; status health svc=order-checkout
> = +20m ;; is cartd borked rn?? ;; rn ;; =
# identical now-question re-asked after TTL: windows disjoint, not fresh
"""
NEAR = r"""
miss ;; kofi 2025-03-26 09:30 ;; 900 ;; count crit alerts chkout 1h ;; 1h ;; count alerts sev=critical svc=order-checkout
> = +3m ;; count warn alerts chkout 1h ;; 1h ;; count alerts sev=warning svc=order-checkout
# one-token flip critical -> warning (sibling)
miss ;; kofi 2025-03-26 10:30 ;; 900 ;; count crit alerts chkout 1h ;; 1h ;; count alerts sev=critical svc=order-checkout
> = +3m ;; count crit alerts resale 1h ;; 1h ;; count alerts sev=critical svc=resale-market
# sibling service checkout -> resale
partial ;; kofi 2025-03-26 11:30 ;; 900 ;; count crit alerts chkout 1h ;; 1h ;; count alerts sev=critical svc=order-checkout
> = +3m ;; list crit alerts chkout 1h ;; 1h ;; list alerts sev=critical svc=order-checkout
# count -> list: other intent, same data
partial ;; kofi 2025-03-26 12:30 ;; 900 ;; count crit alerts chkout 1h ;; 1h ;; count alerts sev=critical svc=order-checkout
> = +3m ;; count all alerts chkout 1h ;; 1h ;; count alerts svc=order-checkout
# all alerts contains critical: nested
miss ;; paolo 2025-03-26 11:00 ;; 1800 ;; Could you kindly show me the p95 latency of the seat picker for the last 3 hours? ;; last 3 hours ;; value m:latency svc=seatmap-api stat=p95
> = +5m ;; Could you kindly show me the error rate of the seat picker for the last 3 hours? ;; last 3 hours ;; value m:http svc=seatmap-api code=5xx
# latency vs error rate: different subject
partial ;; paolo 2025-03-26 12:00 ;; 1800 ;; Could you kindly show me the p95 latency of the seat picker for the last 3 hours? ;; last 3 hours ;; value m:latency svc=seatmap-api stat=p95
> = +5m ;; Could you kindly show me the p99 latency of the seat picker for the last 3 hours? ;; last 3 hours ;; value m:latency svc=seatmap-api stat=p99
# p95 -> p99: another statistic
partial ;; paolo 2025-03-26 13:00 ;; 1800 ;; Could you kindly show me the p95 latency of the seat picker for the last 3 hours? ;; last 3 hours ;; value m:latency svc=seatmap-api stat=p95
> = +5m ;; Could you kindly show me the average latency of the seat picker for the last 3 hours? ;; last 3 hours ;; value m:latency svc=seatmap-api stat=avg
# p95 -> average: another statistic
miss ;; lucia 2025-03-26 14:00 ;; 600 ;; sum(rate(http_requests_total{service="order-checkout",code="500"}[5m])) last 1h ;; last 1h ;; trend m:http svc=order-checkout code=500
> = +3m ;; sum(rate(http_requests_total{service="order-checkout",code="503"}[5m])) last 1h ;; last 1h ;; trend m:http svc=order-checkout code=503
# 500 vs 503 sibling codes
partial ;; lucia 2025-03-26 15:00 ;; 600 ;; sum(rate(http_requests_total{service="order-checkout",code="503"}[5m])) last 1h ;; last 1h ;; trend m:http svc=order-checkout code=503
> = +3m ;; sum(rate(http_requests_total{service="order-checkout",code=~"5.."}[5m])) last 1h ;; last 1h ;; trend m:http svc=order-checkout code=5xx
# 5xx contains 503: nested
miss ;; lucia 2025-03-26 16:00 ;; 600 ;; sum(rate(http_requests_total{service="order-checkout",code=~"5.."}[5m])) last 1h ;; last 1h ;; trend m:http svc=order-checkout code=5xx
> = +3m ;; sum(rate(http_requests_total{service="order-checkout",code=~"4.."}[5m])) last 1h ;; last 1h ;; trend m:http svc=order-checkout code=4xx
# 5xx vs 4xx sibling classes
miss ;; teva 2025-03-26 09:00 ;; 900 ;; cpu of pdfgen pods lst 2h?? ;; 2h ;; trend m:cpu svc=ticket-issuer
> = +3m ;; mem of pdfgen pods lst 2h?? ;; 2h ;; trend m:mem svc=ticket-issuer
# cpu vs memory: different measured quantity
miss ;; teva 2025-03-26 10:00 ;; 900 ;; disk iops on fra1-node-07 last 1h ;; last 1h ;; trend m:disk_iops host=fra1-node-07
> = +3m ;; disk latency on fra1-node-07 last 1h ;; last 1h ;; trend m:disk_latency host=fra1-node-07
# disk IOPS vs disk latency
miss ;; ariki 2025-03-26 15:00 ;; 900 ;; disk reads on cmh1-node-05 past 2h ;; past 2h ;; trend m:disk_read host=cmh1-node-05
> = +2m ;; disk writes on cmh1-node-05 past 2h ;; past 2h ;; trend m:disk_write host=cmh1-node-05
# read vs write
miss ;; ariki 2025-03-27 09:00 ;; 900 ;; pods not ready in storefront now ;; now ;; list events ns=storefront state=!ready
> = +2m ;; pods ready in storefront now ;; now ;; list events ns=storefront state=ready
# NOT ready vs ready: negation
miss ;; margaux 2025-03-27 10:00 ;; 3600 ;; How many incidents did we have this week, excluding the marketplace team? ;; this week ;; count incidents team=!marketplace
> = +10m ;; How many incidents did the marketplace team have this week? ;; this week ;; count incidents team=marketplace
# excluding X vs X: complement
miss ;; margaux 2025-03-27 11:00 ;; 3600 ;; Please list non-critical alerts for the fan-journey team since 8am. ;; since 8am ;; list alerts team=fan-journey sev=!critical
> = +10m ;; Please list critical alerts for the fan-journey team since 8am. ;; since 8am ;; list alerts team=fan-journey sev=critical
# non-critical vs critical: negation
miss ;; rami 2025-03-27 12:00 ;; 1800 ;; Please the deploys of the resale in last 24 hours ;; last 24 hours ;; list deploys svc=resale-market
> = +5m ;; Please the incidents of the resale in last 24 hours ;; last 24 hours ;; list incidents svc=resale-market
# deploys vs incidents: different subject
miss ;; rami 2025-03-27 13:00 ;; 1800 ;; Show me logs of fanxchange with errors since 10am ;; since 10am ;; list logs svc=resale-market level=error
> = +5m ;; Show me traces of fanxchange with errors since 10am ;; since 10am ;; list traces svc=resale-market status=error
# logs vs traces
partial ;; rami 2025-03-27 14:00 ;; 1800 ;; Show me logs of fanxchange with errors since 10am ;; since 10am ;; list logs svc=resale-market level=error
> = +5m ;; How many error logs the fanxchange had since 10am? ;; since 10am ;; count logs svc=resale-market level=error
# list -> count: other intent
miss ;; sana 2025-03-27 14:00 ;; 1800 ;; Please provide the count of firing alerts for ticket-issuer at present. ;; @now ;; count alerts svc=ticket-issuer state=firing
> = +2m ;; Please provide the count of resolved alerts for ticket-issuer at present. ;; @now ;; count alerts svc=ticket-issuer state=resolved
# firing vs resolved: sibling state
miss ;; sana 2025-03-27 15:00 ;; 1800 ;; Please list incidents that are acknowledged for scan-ingest since 2025-03-27T00:00Z. ;; since 2025-03-27T00:00Z ;; list incidents svc=scan-ingest state=acknowledged
> = +5m ;; Please list incidents that are not acknowledged for scan-ingest since 2025-03-27T00:00Z. ;; since 2025-03-27T00:00Z ;; list incidents svc=scan-ingest state=!acknowledged
# acked vs NOT acked: negation
hit ;; sana 2025-03-27 16:00 ;; 1800 ;; Please list production deploys of waitroom since 2025-03-27T00:00Z. ;; since 2025-03-27T00:00Z ;; list deploys svc=waitroom env=prod
> = +5m ;; Please list prod deploys of waitroom since 2025-03-27T00:00Z. ;; since 2025-03-27T00:00Z ;; =
# prod = production: not a flip
miss ;; kofi 2025-03-27 14:00 ;; 900 ;; deploys prod 24h ;; 24h ;; list deploys env=prod
> = +3m ;; deploys stg 24h ;; 24h ;; list deploys env=staging
# prod vs staging sibling
miss ;; kofi 2025-03-27 15:00 ;; 900 ;; wroom depth trend 3h ;; 3h ;; trend m:queue_depth svc=waitroom
> = +3m ;; wroom depth now ;; now ;; value m:queue_depth svc=waitroom
# 3h trend vs 5-min now: lengths differ 36x
partial ;; paolo 2025-03-27 10:00 ;; 1800 ;; May I please see the list of deploys to the catalog namespace today? Thank you! ;; today ;; list deploys ns=catalog
> = +5m ;; May I please know how many deploys went to the catalog namespace today? Thank you! ;; today ;; count deploys ns=catalog
# list -> count
miss ;; paolo 2025-03-27 11:00 ;; 1800 ;; May I please see the list of deploys to the catalog namespace today? Thank you! ;; today ;; list deploys ns=catalog
> = +5m ;; May I please see the list of deploys to the market namespace today? Thank you! ;; today ;; list deploys ns=market
# sibling namespace
partial ;; lucia 2025-03-27 11:00 ;; 600 ;; topk(5, sum by (pod) (rate(container_cpu_usage_seconds_total{namespace="storefront"}[5m]))) last 1h ;; last 1h ;; top m:cpu ns=storefront
> = +3m ;; sum(rate(container_cpu_usage_seconds_total{namespace="storefront"}[5m])) last 1h ;; last 1h ;; trend m:cpu ns=storefront
# top-5 ranking vs total trend: other intent
miss ;; lucia 2025-03-27 12:00 ;; 600 ;; topk(5, sum by (pod) (rate(container_cpu_usage_seconds_total{namespace="storefront"}[5m]))) last 1h ;; last 1h ;; top m:cpu ns=storefront
> = +3m ;; topk(5, sum by (pod) (container_memory_working_set_bytes{namespace="storefront"})) last 1h ;; last 1h ;; top m:mem ns=storefront
# cpu -> memory in a pasted query
miss ;; teva 2025-03-27 11:00 ;; 900 ;; cpu above 90% on any prod node lst 1h?? ;; 1h ;; list m:cpu env=prod gt=90
> = +3m ;; cpu below 90% on any prod node lst 1h?? ;; 1h ;; list m:cpu env=prod lt=90
# above vs below threshold
partial ;; teva 2025-03-27 12:00 ;; 900 ;; nodes w/ cpu above 80% in prod lst 1h ;; 1h ;; list m:cpu env=prod gt=80
> = +3m ;; nodes w/ cpu above 90% in prod lst 1h ;; 1h ;; list m:cpu env=prod gt=90
# above 90 nested inside above 80
miss ;; ariki 2025-03-27 10:00 ;; 1800 ;; oomkilled events in market ns today ;; today ;; list events ns=market reason=OOMKilled
> = +2m ;; failedscheduling events in market ns today ;; today ;; list events ns=market reason=FailedScheduling
# sibling event reason
partial ;; ariki 2025-03-27 11:00 ;; 1800 ;; oomkilled events in market ns today ;; today ;; list events ns=market reason=OOMKilled
> = +2m ;; all warning events in market ns today ;; today ;; list events ns=market
# all events contain OOMKilled: nested
miss ;; margaux 2025-03-28 09:00 ;; 3600 ;; How many sev1 incidents did we open this month? ;; this month ;; count incidents isev=sev1
> = +10m ;; How many sev2 incidents did we open this month? ;; this month ;; count incidents isev=sev2
# sev1 vs sev2
partial ;; margaux 2025-03-28 10:00 ;; 3600 ;; How many sev1 incidents did we open this month? ;; this month ;; count incidents isev=sev1
> = +10m ;; How many incidents did we open this month in total? ;; this month ;; count incidents
# all incidents contain sev1: nested
miss ;; margaux 2025-03-28 11:00 ;; 3600 ;; How many sev1 incidents did we open this month? ;; this month ;; count incidents isev=sev1
> = +10m ;; How many sev1 alerts did we get this month? ;; this month ;; count alerts sev=critical
# incidents vs alerts: different subject
partial ;; rami 2025-03-28 11:00 ;; 1800 ;; the scan-ingest lag is going up? show trend in last 3 hours ;; last 3 hours ;; trend m:scan_lag svc=scan-ingest
> = +5m ;; what is the maximum lag of scan-ingest in last 3 hours ;; last 3 hours ;; value m:scan_lag svc=scan-ingest stat=max
# trend vs max value: other intent/statistic
miss ;; rami 2025-03-28 12:00 ;; 1800 ;; the scan-ingest lag is going up? show trend in last 3 hours ;; last 3 hours ;; trend m:scan_lag svc=scan-ingest
> = +5m ;; the kafka lag of resale is going up? show trend in last 3 hours ;; last 3 hours ;; trend m:kafka_lag svc=resale-market
# scan lag vs kafka consumer lag: different quantity
miss ;; sana 2025-03-28 10:00 ;; 1800 ;; Please list the alerts with alertname CheckoutHighErrorRate since 2025-03-28T00:00Z. ;; since 2025-03-28T00:00Z ;; list alerts alert=CheckoutHighErrorRate
> = +5m ;; Please list the alerts with alertname CheckoutLatencyHigh since 2025-03-28T00:00Z. ;; since 2025-03-28T00:00Z ;; list alerts alert=CheckoutLatencyHigh
# sibling alertnames
partial ;; sana 2025-03-28 11:00 ;; 1800 ;; Please list the alerts with alertname CheckoutHighErrorRate since 2025-03-28T00:00Z. ;; since 2025-03-28T00:00Z ;; list alerts alert=CheckoutHighErrorRate
> = +5m ;; Please list all critical alerts of order-checkout since 2025-03-28T00:00Z. ;; since 2025-03-28T00:00Z ;; list alerts svc=order-checkout sev=critical
# critical checkout alerts contain CheckoutHighErrorRate
hit ;; kofi 2025-03-28 10:00 ;; 900 ;; warn alerts ns catalog 2h ;; 2h ;; list alerts ns=catalog sev=warning
> = +4m ;; warning alerts namespace catalog 2h ;; 2h ;; =
# warn=warning, ns=namespace: equal
miss ;; kofi 2025-03-28 12:00 ;; 900 ;; ppo 401s 1h ;; 1h ;; count m:http svc=promoter-portal code=401
> = +3m ;; ppo 403s 1h ;; 1h ;; count m:http svc=promoter-portal code=403
# 401 vs 403 sibling
partial ;; kofi 2025-03-28 13:00 ;; 900 ;; ppo 401s 1h ;; 1h ;; count m:http svc=promoter-portal code=401
> = +3m ;; ppo 4xx 1h ;; 1h ;; count m:http svc=promoter-portal code=4xx
# 4xx contains 401
partial ;; paolo 2025-03-28 14:00 ;; 1800 ;; Kindly list the slow traces over 2s for the basket service in the past hour, please. ;; past hour ;; list traces svc=order-checkout gt=2s
> = +4m ;; Kindly count the slow traces over 2s for the basket service in the past hour, please. ;; past hour ;; count traces svc=order-checkout gt=2s
# list -> count
miss ;; paolo 2025-03-28 15:00 ;; 1800 ;; Kindly list the slow traces over 2s for the basket service in the past hour, please. ;; past hour ;; list traces svc=order-checkout gt=2s
> = +4m ;; Kindly list the slow traces over 2s for the waiting room in the past hour, please. ;; past hour ;; list traces svc=waitroom gt=2s
# basket vs waiting room: sibling services
miss ;; lucia 2025-03-28 14:00 ;; 600 ;; {service="ticket-issuer"} | json | level="error" last 2h ;; last 2h ;; list logs svc=ticket-issuer level=error
> = +3m ;; {service="ticket-issuer"} | json | level="warn" last 2h ;; last 2h ;; list logs svc=ticket-issuer level=warn
# error vs warn log level
partial ;; lucia 2025-03-28 15:00 ;; 600 ;; {service="ticket-issuer"} | json | level="error" last 2h ;; last 2h ;; list logs svc=ticket-issuer level=error
> = +3m ;; {service="ticket-issuer"} last 2h ;; last 2h ;; list logs svc=ticket-issuer
# all logs contain error lines: nested
miss ;; teva 2025-03-28 09:00 ;; 600 ;; scanfeed lag p95 lst 1h ;; 1h ;; value m:scan_lag svc=scan-ingest stat=p95
> = +3m ;; issuer render p95 lst 1h ;; 1h ;; value m:render_time svc=ticket-issuer stat=p95
# scan lag vs render time
partial ;; teva 2025-03-28 10:00 ;; 600 ;; scanfeed lag p95 lst 1h ;; 1h ;; value m:scan_lag svc=scan-ingest stat=p95
> = +3m ;; scanfeed lag p50 lst 1h ;; 1h ;; value m:scan_lag svc=scan-ingest stat=p50
# p95 -> p50
miss ;; ariki 2025-03-28 13:00 ;; 900 ;; warning alerts for scan-ingest last 2h ;; last 2h ;; list alerts sev=warning svc=scan-ingest
> = +2m ;; warning alerts for ticket-issuer last 2h ;; last 2h ;; list alerts sev=warning svc=ticket-issuer
# sibling services in the same team
partial ;; ariki 2025-03-28 14:00 ;; 900 ;; warning alerts for scan-ingest last 2h ;; last 2h ;; list alerts sev=warning svc=scan-ingest
> = +2m ;; top alertnames for scan-ingest warnings last 2h ;; last 2h ;; top alerts sev=warning svc=scan-ingest
# list -> top ranking
miss ;; margaux 2025-03-29 10:00 ;; 3600 ;; Which alerts has the platform team acknowledged today? ;; today ;; list alerts team=platform state=acknowledged
> = +5m ;; Which alerts has the platform team not yet acknowledged today? ;; today ;; list alerts team=platform state=!acknowledged
# acked vs unacked
partial ;; margaux 2025-03-29 11:00 ;; 3600 ;; Which alerts has the platform team acknowledged today? ;; today ;; list alerts team=platform state=acknowledged
> = +5m ;; Which alerts has the platform team received today? ;; today ;; list alerts team=platform
# all alerts contain acknowledged ones
miss ;; rami 2025-03-29 09:00 ;; 1800 ;; How much IOPS the disk of gru1-node-09 have since 6am? ;; since 6am ;; value m:disk_iops host=gru1-node-09
> = +5m ;; How much disk is used on gru1-node-09 since 6am? ;; since 6am ;; value m:disk_used host=gru1-node-09
# IOPS vs disk usage
miss ;; sana 2025-03-29 09:00 ;; 1800 ;; Please report the cache miss ratio of seatmap-api for the last 6 hours. ;; last 6 hours ;; value m:cache_miss svc=seatmap-api
> = +5m ;; Please report the request rate of seatmap-api for the last 6 hours. ;; last 6 hours ;; value m:http svc=seatmap-api
# cache miss ratio vs request rate
partial ;; sana 2025-03-29 10:00 ;; 1800 ;; Please report the average CPU utilisation of namespace fulfilment for the last 6 hours. ;; last 6 hours ;; value m:cpu ns=fulfilment stat=avg
> = +5m ;; Please report the peak CPU utilisation of namespace fulfilment for the last 6 hours. ;; last 6 hours ;; value m:cpu ns=fulfilment stat=max
# avg -> max: other statistic
miss ;; kofi 2025-03-29 10:00 ;; 900 ;; open inc resale? ;; @now ;; list incidents svc=resale-market state=open
> = +2m ;; resolved inc resale? ;; @now ;; list incidents svc=resale-market state=resolved
# open vs resolved
partial ;; kofi 2025-03-29 12:00 ;; 1800 ;; deploys issuer today ;; today ;; list deploys svc=ticket-issuer
> = +3m ;; rollbacks issuer today ;; today ;; list deploys svc=ticket-issuer kind=rollback
# rollbacks are a subset of deploys: nested
partial ;; paolo 2025-03-29 11:00 ;; 1800 ;; Would you kindly list the failed deploys of the waiting room this week? ;; this week ;; list deploys svc=waitroom state=failed
> = +4m ;; Would you kindly list all deploys of the waiting room this week? ;; this week ;; list deploys svc=waitroom
# all deploys contain failed ones
miss ;; paolo 2025-03-29 12:00 ;; 1800 ;; Would you kindly list the failed deploys of the waiting room this week? ;; this week ;; list deploys svc=waitroom state=failed
> = +4m ;; Would you kindly list the successful deploys of the waiting room this week? ;; this week ;; list deploys svc=waitroom state=succeeded
# failed vs succeeded
partial ;; lucia 2025-03-29 12:00 ;; 600 ;; histogram_quantile(0.5, sum by (le) (rate(http_request_duration_seconds_bucket{service="waitroom"}[5m]))) last 3h ;; last 3h ;; trend m:latency svc=waitroom stat=p50
> = +3m ;; histogram_quantile(0.99, sum by (le) (rate(http_request_duration_seconds_bucket{service="waitroom"}[5m]))) last 3h ;; last 3h ;; trend m:latency svc=waitroom stat=p99
# p50 vs p99
miss ;; lucia 2025-03-29 13:00 ;; 600 ;; histogram_quantile(0.99, sum by (le) (rate(http_request_duration_seconds_bucket{service="waitroom"}[5m]))) last 3h ;; last 3h ;; trend m:latency svc=waitroom stat=p99
> = +3m ;; histogram_quantile(0.99, sum by (le) (rate(http_request_duration_seconds_bucket{service="seatmap-api"}[5m]))) last 3h ;; last 3h ;; trend m:latency svc=seatmap-api stat=p99
# one label value flipped in a pasted query
miss ;; teva 2025-03-29 10:00 ;; 900 ;; crit alerts in eu-central-1 rn ;; rn ;; list alerts sev=critical region=eu-central-1 state=firing
> = +2m ;; crit alerts outside eu-central-1 rn ;; rn ;; list alerts sev=critical region=!eu-central-1 state=firing
# outside region: complement
partial ;; teva 2025-03-29 11:00 ;; 900 ;; crit alerts in eu-central-1 rn ;; rn ;; list alerts sev=critical region=eu-central-1 state=firing
> = +2m ;; how many crit alerts in eu-central-1 rn ;; rn ;; count alerts sev=critical region=eu-central-1 state=firing
# list -> count
miss ;; ariki 2025-03-29 09:00 ;; 900 ;; slow traces for seatmap-api last hour ;; last hour ;; list traces svc=seatmap-api gt=1s
> = +2m ;; error logs for seatmap-api last hour ;; last hour ;; list logs svc=seatmap-api level=error
# traces vs logs
miss ;; margaux 2025-04-06 15:00 ;; 3600 ;; How many deploys failed in production today? ;; today ;; count deploys env=prod state=failed
> = +5m ;; How many deploys succeeded in production today? ;; today ;; count deploys env=prod state=succeeded
# failed vs succeeded
partial ;; rami 2025-03-31 11:00 ;; 1800 ;; Please show the 5xx of the resale by route in last 2 hours ;; last 2 hours ;; top m:http svc=resale-market code=5xx
> = +5m ;; Please show the total 5xx of the resale in last 2 hours ;; last 2 hours ;; value m:http svc=resale-market code=5xx
# by-route ranking vs total: other intent
miss ;; sana 2025-03-31 09:00 ;; 1800 ;; Please report write IOPS of node fra1-node-12 for the last 2 hours. ;; last 2 hours ;; value m:disk_write host=fra1-node-12
> = +5m ;; Please report read IOPS of node fra1-node-12 for the last 2 hours. ;; last 2 hours ;; value m:disk_read host=fra1-node-12
# write vs read
partial ;; margaux 2025-03-31 16:00 ;; 3600 ;; How many alerts did the venue-ops team get today? ;; today ;; count alerts team=venue-ops
> = +10m ;; Which alerts did the venue-ops team get today, by alertname? ;; today ;; top alerts team=venue-ops
# count -> ranking by alertname
miss ;; teva 2025-04-01 10:00 ;; 900 ;; mem of issuer pods lst 1h ;; 1h ;; trend m:mem svc=ticket-issuer
> = +3m ;; restarts of issuer pods lst 1h ;; 1h ;; trend m:restarts svc=ticket-issuer
# memory vs restarts
miss ;; ariki 2025-04-01 14:00 ;; 900 ;; 503s on fanxchange /listings since noon ;; since noon ;; count m:http svc=resale-market route=/listings code=503
> = +2m ;; 502s on fanxchange /listings since noon ;; since noon ;; count m:http svc=resale-market route=/listings code=502
# 503 vs 502
"""
TIME = r"""
hit ;; margaux 2025-03-30 04:00 ;; 1800 ;; Since midnight, how many critical alerts has scan-ingest raised? ;; since midnight ;; count alerts sev=critical svc=scan-ingest
> = +5m ;; And over the last 3 hours, how many critical alerts for the door scanners? ;; last 3 hours ;; =
# dst: Brussels spring-forward, 00:00-04:00 is only 3 real hours
partial ;; margaux 2025-03-30 04:00 ;; 1800 ;; Since midnight, how many critical alerts has scan-ingest raised? ;; since midnight ;; count alerts sev=critical svc=scan-ingest
> = +5m ;; And over the last 4 hours, how many critical alerts for the door scanners? ;; last 4 hours ;; =
# dst: 4 wall-clock hours = 3 real hours; last 4h starts ~1h earlier
hit ;; margaux 2025-03-30 08:30 ;; 3600 ;; How did checkout's p95 latency behave between 01:00 and 04:00 last night? I need it for the post-mortem. ;; between 01:00 and 04:00 ;; value m:latency svc=order-checkout stat=p95
> = +10m ;; Please give me the 95th percentile latency of order-checkout from 2025-03-30T00:00Z to 2025-03-30T02:00Z. ;; from 2025-03-30T00:00Z to 2025-03-30T02:00Z ;; =
# dst: 01:00 CET to 04:00 CEST = 00:00Z-02:00Z (2 real hours)
hit ;; margaux 2025-03-30 07:30 ;; 3600 ;; Was there anything notable in the waiting room's queue depth last night? ;; last night ;; trend m:queue_depth svc=waitroom
> = +5m ;; Could you chart gatekeeper queue depth between 22:00 and 06:00? ;; between 22:00 and 06:00 ;; =
# dst: last night = 22:00 CET to 06:00 CEST, 7 real hours
hit ;; margaux 2025-03-30 06:00 ;; 1800 ;; How many deploys went out between 00:00 and 06:00 today? ;; between 00:00 and 06:00 ;; count deploys env=prod
> = +3m ;; How many production deploys in the last 5 hours? ;; last 5 hours ;; =
# dst: 00:00-06:00 on spring-forward day is 5 real hours
hit ;; margaux 2025-03-30 03:30 ;; 1800 ;; Since 1am, has the marketplace team been paged at all? List the alerts. ;; since 1am ;; list alerts team=marketplace
> = +2m ;; List marketplace team alerts over the last 90 minutes. ;; last 90 minutes ;; =
# dst: 01:00 CET to 03:30 CEST is 90 real minutes
hit ;; rami 2025-03-30 03:00 ;; 1800 ;; How many 5xx the resale had today? ;; today ;; count m:http svc=resale-market code=5xx
> = +5m ;; How many 5xx the resale had in last 2 hours? ;; last 2 hours ;; =
# dst: Beirut day starts 01:00 EEST, today at 03:00 = 2 real hours
partial ;; rami 2025-03-30 03:00 ;; 1800 ;; How many 5xx the resale had today? ;; today ;; count m:http svc=resale-market code=5xx
> = +5m ;; How many 5xx the resale had in last 3 hours? ;; last 3 hours ;; =
# dst: 3 wall hours since midnight but only 2 real hours
hit ;; rami 2025-03-30 09:00 ;; 1800 ;; Please the error logs of pdfgen since 2am ;; since 2am ;; list logs svc=ticket-issuer level=error
> = +5m ;; Please the error logs of ticket-issuer for last 7 hours ;; last 7 hours ;; =
# dst: 02:00-09:00 EEST on Beirut change day = 7h (no gap inside)
hit ;; rami 2025-03-30 05:00 ;; 1800 ;; Show me warning events of fulfilment namespace since midnight ;; since midnight ;; list events ns=fulfilment kind=Warning
> = +10m ;; Show me warning events of fulfilment namespace today ;; today ;; =
# dst: midnight does not exist in Beirut on this day; both start 01:00 EEST
hit ;; rami 2025-03-30 06:30 ;; 3600 ;; Was the door scanners lag big in the last night? ;; last night ;; value m:scan_lag svc=scan-ingest stat=max
> = +5m ;; What was max lag of scan-ingest in the last 7 hours? ;; last 7 hours ;; =
# dst: last night 22:00 EET-06:00 EEST is 7 real hours
hit ;; rami 2025-03-30 02:00 ;; 1800 ;; how many alerts for resale since midnight? ;; since midnight ;; count alerts svc=resale-market
> = +3m ;; how many alerts for resale in past hour? ;; past hour ;; =
# dst: 00:00 skipped, 01:00-02:00 EEST is 1 real hour
hit ;; ariki 2025-04-05 23:00 ;; 1800 ;; deploys in prod-gru-1 today ;; today ;; list deploys cluster=prod-gru-1
> = +5m ;; deploys in prod-gru-1 last 24h ;; last 24h ;; =
# dst: Easter fall-back day has 25h; at 23:00 -06 today = 24 real hours
hit ;; ariki 2025-04-05 22:30 ;; 1800 ;; waiting room depth since 8pm ;; since 8pm ;; trend m:queue_depth svc=waitroom
> = +5m ;; waiting room depth past 3.5h ;; past 3.5h ;; =
# dst: 20:00 -05 to 22:30 -06 = 3.5 real hours
partial ;; ariki 2025-04-05 22:30 ;; 1800 ;; waiting room depth since 8pm ;; since 8pm ;; trend m:queue_depth svc=waitroom
> = +5m ;; waiting room depth past 2.5h ;; past 2.5h ;; =
# dst: naive wall difference 2.5h, real 3.5h
hit ;; ariki 2025-04-05 23:30 ;; 1800 ;; scanfeed errors between 19:00 and 23:00 ;; between 19:00 and 23:00 ;; count logs svc=scan-ingest level=error
> = +1m ;; scanfeed errors last 5h ;; last 5h ;; =
# dst: 19:00 -05 to 23:00 -06 = 5 real hours
partial ;; ariki 2025-04-05 23:10 ;; 1800 ;; checkout 5xx since 6pm ;; since 6pm ;; count m:http svc=order-checkout code=5xx
> = +2m ;; checkout 5xx last 4h ;; last 4h ;; =
# dst: since 6pm = 6h10m real; 4h window starts 2h later
hit ;; ariki 2025-04-05 23:50 ;; 3600 ;; issuer p99 render between 20:00 and 23:00 ;; between 20:00 and 23:00 ;; value m:render_time svc=ticket-issuer stat=p99
> = +5m ;; issuer p99 render from 2025-04-06T01:00Z to 2025-04-06T05:00Z ;; from 2025-04-06T01:00Z to 2025-04-06T05:00Z ;; =
# dst: 20:00 -05 to 23:00 -06 = 01:00Z-05:00Z
hit ;; margaux 2025-03-30 03:30 ;; 1800 ;; Since 1am, has the order-checkout error rate moved? ;; since 1am ;; trend m:http svc=order-checkout code=5xx
> = +2m ;; Show me checkout errors over the last 90 min. ;; last 90 min ;; =
# dst: 90 real minutes since 01:00 CET
hit ;; sana 2025-03-27 14:00 ;; 1800 ;; Please provide the CPU trend of namespace storefront between 2025-03-27T06:00Z and 2025-03-27T08:00Z. ;; between 2025-03-27T06:00Z and 2025-03-27T08:00Z ;; trend m:cpu ns=storefront
> lucia 2025-03-27 04:10 ;; rate(container_cpu_usage_seconds_total{namespace="storefront"}[5m]) between 1am and 3am ;; between 1am and 3am ;; =
# cross-zone: 01:00-03:00 Lima = 06:00-08:00Z
partial ;; paolo 2025-03-27 17:00 ;; 3600 ;; May I kindly see today's warning alerts for the swap shop? ;; today ;; list alerts sev=warning svc=resale-market
> kofi 2025-03-27 10:05 ;; warn alerts resale today ;; today ;; =
# cross-zone: Manila today starts 16:00Z, Lagos today 23:00Z
partial ;; margaux 2025-03-27 10:05 ;; 14400 ;; How many sev2 incidents did we open yesterday? ;; yesterday ;; count incidents isev=sev2
> teva 2025-03-26 23:45 ;; hw many sev2 incidents yday?? ;; @yesterday ;; =
# cross-zone: Brussels yesterday vs Marquesas yesterday overlap 10.5h of 24h
hit ;; ariki 2025-03-28 03:00 ;; 1800 ;; checkout p95 since 07:00 utc ;; since 07:00 utc ;; value m:latency svc=order-checkout stat=p95
> kofi 2025-03-28 09:05 ;; chkout p95 since 8am ;; since 8am ;; =
# cross-zone: 07:00 UTC = 08:00 Lagos
miss ;; teva 2025-03-27 00:20 ;; 1800 ;; any crit alerts 4 basket today?? ;; today ;; list alerts sev=critical svc=order-checkout
> paolo 2025-03-27 18:55 ;; Could you kindly list today's critical alerts for the basket service? ;; today ;; =
# cross-zone: Marquesas today is 20 min old, Manila today ~19h: lengths differ >35x
hit ;; kofi 2025-03-31 11:00 ;; 3600 ;; issuer deploys since midnight ;; since midnight ;; list deploys svc=ticket-issuer
> = +5m ;; issuer deploys today ;; today ;; =
# since midnight = today
hit ;; paolo 2025-03-31 10:00 ;; 3600 ;; Would you kindly count the seat picker 5xx this morning? ;; this morning ;; count m:http svc=seatmap-api code=5xx
> = +5m ;; May I have the seatmap-api error count since 6am, please? ;; since 6am ;; =
# this morning (asked 10:00) = 06:00-now
hit ;; lucia 2025-03-31 11:00 ;; 900 ;; sum(rate(http_requests_total{service="scan-ingest",code=~"5.."}[5m])) since 9am ;; since 9am ;; trend m:http svc=scan-ingest code=5xx
> = +5m ;; same query for the last 2 hours ;; last 2 hours ;; =
# since 9am at 11:00 = last 2 hours
partial ;; lucia 2025-03-31 12:00 ;; 900 ;; sum(rate(http_requests_total{service="scan-ingest",code=~"5.."}[5m])) since 9am ;; since 9am ;; trend m:http svc=scan-ingest code=5xx
> = +5m ;; same query for the last 2 hours ;; last 2 hours ;; =
# since 9am at 12:00 = 3h vs 2h
hit ;; teva 2025-03-31 14:00 ;; 3600 ;; wroom alerts past day ;; past day ;; list alerts svc=waitroom
> = +5m ;; waitroom alerts last 24h ;; last 24h ;; =
# past day = 24h
miss ;; teva 2025-04-01 09:00 ;; 14400 ;; wroom alerts yday ;; @yesterday ;; list alerts svc=waitroom
> = +5m ;; wroom alerts today ;; today ;; =
# yesterday vs today: disjoint
miss ;; ariki 2025-04-01 12:00 ;; 3600 ;; resale 5xx last 7d ;; last 7d ;; count m:http svc=resale-market code=5xx
> = +2m ;; resale 5xx last 1h ;; last 1h ;; =
# 7d vs 1h: lengths differ 168x
partial ;; ariki 2025-04-01 13:00 ;; 3600 ;; resale 5xx last 7d ;; last 7d ;; count m:http svc=resale-market code=5xx
> = +2m ;; resale 5xx today ;; today ;; =
# today (13h) inside 7d: ratio 13x, same question different range
hit ;; margaux 2025-04-01 12:00 ;; 3600 ;; How many incidents were opened over the last week? ;; last week ;; count incidents
> = +10m ;; How many incidents were opened in the last 7 days? ;; last 7 days ;; =
# last week = rolling 7 days
hit ;; margaux 2025-04-02 12:00 ;; 3600 ;; What was our production deploy volume last month? ;; last month ;; count deploys env=prod
> = +10m ;; How many prod deploys in the past 30 days? ;; past 30 days ;; =
# last month = 30 days
partial ;; margaux 2025-04-02 13:00 ;; 3600 ;; What was our production deploy volume last month? ;; last month ;; count deploys env=prod
> = +10m ;; How many prod deploys this month? ;; this month ;; =
# rolling 30d vs Apr 1-2: ratio ~16x, overlap full
hit ;; rami 2025-04-02 12:00 ;; 1800 ;; The swap shop have 5xx between 10:00 and 12:00? ;; between 10:00 and 12:00 ;; count m:http svc=resale-market code=5xx
> = +5m ;; resale 5xx from 10am to 12pm please ;; from 10am to 12pm ;; =
# same clock range, two grammars
miss ;; rami 2025-04-02 13:00 ;; 1800 ;; The swap shop have 5xx between 10:00 and 12:00? ;; between 10:00 and 12:00 ;; count m:http svc=resale-market code=5xx
> = +5m ;; resale 5xx between 10:00 and 12:00 yesterday ;; between 10:00 and 12:00 yesterday ;; =
# same clock range on another day: disjoint
partial ;; rami 2025-04-02 14:00 ;; 1800 ;; The swap shop have 5xx between 10:00 and 12:00? ;; between 10:00 and 12:00 ;; count m:http svc=resale-market code=5xx
> = +5m ;; resale 5xx from 11am to 1pm ;; from 11am to 1pm ;; =
# 2h windows overlapping 50%
miss ;; kofi 2025-04-02 10:00 ;; 1800 ;; chkout alerts 1h ;; 1h ;; list alerts svc=order-checkout
> = +50m ;; chkout alerts 1h ;; 1h ;; =
# same rolling hour re-asked 50 min later: overlap 17%, answer stale (TTL 30m)
partial ;; kofi 2025-04-02 12:00 ;; 3600 ;; chkout alerts 15m ;; 15m ;; list alerts svc=order-checkout
> = +40m ;; chkout alerts 15m ;; 15m ;; =
# same rolling question re-asked while fresh; windows disjoint -> partial (rule 3 exception)
miss ;; kofi 2025-04-02 14:00 ;; 900 ;; chkout alerts 15m ;; 15m ;; list alerts svc=order-checkout
> = +40m ;; chkout alerts 15m ;; 15m ;; =
# same rolling question, stale and disjoint
hit ;; sana 2025-04-03 12:00 ;; 1800 ;; Please list the incidents opened since 2025-04-03T02:00Z. ;; since 2025-04-03T02:00Z ;; list incidents
> = +5m ;; Kindly list incidents opened since 7am. ;; since 7am ;; =
# 07:00 Karachi = 02:00Z
partial ;; sana 2025-04-03 13:00 ;; 1800 ;; Please list the incidents opened since 2025-04-03T02:00Z. ;; since 2025-04-03T02:00Z ;; list incidents
> = +5m ;; Kindly list incidents opened since 9am. ;; since 9am ;; =
# 09:00 Karachi = 04:00Z: 2h later start on an 11h window
hit ;; paolo 2025-04-04 16:00 ;; 3600 ;; Kindly list the deploys to the catalog namespace this afternoon, please. ;; this afternoon ;; list deploys ns=catalog
> = +5m ;; May I see catalog namespace deploys since noon? ;; since noon ;; =
# this afternoon = since 12:00
miss ;; paolo 2025-04-04 17:00 ;; 3600 ;; Kindly list the deploys to the catalog namespace this afternoon, please. ;; this afternoon ;; list deploys ns=catalog
> = +5m ;; Kindly list the deploys to the catalog namespace this morning, please. ;; this morning ;; =
# afternoon vs morning: disjoint
partial ;; teva 2025-04-07 10:00 ;; 7200 ;; hw many crit alerts ovr the weekend ;; @over the weekend ;; count alerts sev=critical
> = +5m ;; crit alerts on saturday count ;; saturday ;; =
# weekend (48h) contains Saturday (24h)
partial ;; lucia 2025-04-07 09:00 ;; 3600 ;; {namespace="market"} |= "timeout" this week ;; this week ;; list logs ns=market
> = +5m ;; {namespace="market"} |= "timeout" since apr 5 ;; since apr 5 ;; =
# this week (Mon) vs since Sat: overlap 9h of 57h window
hit ;; ariki 2025-04-08 08:00 ;; 3600 ;; door scanners lag overnight ;; overnight ;; trend m:scan_lag svc=scan-ingest
> = +3m ;; scanfeed lag from 10pm to 6am ;; from 10pm to 6am ;; =
# overnight = 22:00-06:00
miss ;; margaux 2025-04-07 09:00 ;; 3600 ;; How did the promoter UI behave over the weekend in terms of 401s? ;; over the weekend ;; count m:http svc=promoter-portal code=401
> = +5m ;; How many 401s did the promoter UI return today? ;; today ;; =
# weekend (asked Monday) vs today: disjoint
hit ;; ariki 2025-04-09 18:00 ;; 3600 ;; wroom alerts since tuesday 6pm ;; since tuesday 6pm ;; list alerts svc=waitroom
> = +5m ;; wroom alerts last 24h ;; last 24h ;; =
# since Tue 18:00 asked Wed 18:00 = 24h
"""
SCOPE = r"""
partial ;; kofi 2025-03-26 13:30 ;; 900 ;; crit alerts fan-journey 2h ;; 2h ;; list alerts sev=critical team=fan-journey
> = +3m ;; crit alerts chkout 2h ;; 2h ;; list alerts sev=critical svc=order-checkout
# team fan-journey contains order-checkout: nested
miss ;; kofi 2025-03-26 14:30 ;; 900 ;; crit alerts fan-journey 2h ;; 2h ;; list alerts sev=critical team=fan-journey
> = +3m ;; crit alerts scanfeed 2h ;; 2h ;; list alerts sev=critical svc=scan-ingest
# scan-ingest belongs to venue-ops: sibling team
partial ;; paolo 2025-03-26 14:00 ;; 1800 ;; Could you please list the deploys in the storefront namespace today? Thank you. ;; today ;; list deploys ns=storefront
> = +5m ;; Could you please list the deploys of the waiting room today? Thank you. ;; today ;; list deploys svc=waitroom
# namespace storefront contains waitroom
miss ;; paolo 2025-03-26 15:00 ;; 1800 ;; Could you please list the deploys in the storefront namespace today? Thank you. ;; today ;; list deploys ns=storefront
> = +5m ;; Could you please list the deploys of the seat picker today? Thank you. ;; today ;; list deploys svc=seatmap-api
# seatmap-api lives in catalog, not storefront
partial ;; margaux 2025-03-26 10:00 ;; 3600 ;; How many critical alerts fired in eu-central-1 this week? ;; this week ;; count alerts sev=critical region=eu-central-1
> = +10m ;; How many critical alerts fired in prod-fra-1 this week? ;; this week ;; count alerts sev=critical cluster=prod-fra-1
# region eu-central-1 contains cluster prod-fra-1
miss ;; margaux 2025-03-26 11:00 ;; 3600 ;; How many critical alerts fired in eu-central-1 this week? ;; this week ;; count alerts sev=critical region=eu-central-1
> = +10m ;; How many critical alerts fired in prod-cmh-1 this week? ;; this week ;; count alerts sev=critical cluster=prod-cmh-1
# prod-cmh-1 is in us-east-2: sibling region
miss ;; margaux 2025-03-26 12:00 ;; 3600 ;; How many critical alerts fired in eu-central-1 this week? ;; this week ;; count alerts sev=critical region=eu-central-1
> = +10m ;; How many critical alerts fired in us-east-2 this week? ;; this week ;; count alerts sev=critical region=us-east-2
# sibling regions
partial ;; lucia 2025-03-26 12:00 ;; 600 ;; 100 * (1 - node_filesystem_avail_bytes{cluster="prod-cmh-1"} / node_filesystem_size_bytes{cluster="prod-cmh-1"}) last 1h ;; last 1h ;; value m:disk_used cluster=prod-cmh-1
> = +3m ;; 100 * (1 - node_filesystem_avail_bytes{instance="cmh1-node-05"} / node_filesystem_size_bytes{instance="cmh1-node-05"}) last 1h ;; last 1h ;; value m:disk_used host=cmh1-node-05
# cluster contains host cmh1-node-05
miss ;; lucia 2025-03-26 13:00 ;; 600 ;; 100 * (1 - node_filesystem_avail_bytes{instance="cmh1-node-02"} / node_filesystem_size_bytes{instance="cmh1-node-02"}) last 1h ;; last 1h ;; value m:disk_used host=cmh1-node-02
> = +3m ;; 100 * (1 - node_filesystem_avail_bytes{instance="cmh1-node-05"} / node_filesystem_size_bytes{instance="cmh1-node-05"}) last 1h ;; last 1h ;; value m:disk_used host=cmh1-node-05
# sibling hosts
partial ;; teva 2025-03-26 11:00 ;; 900 ;; basket p95 all routes lst 1h ;; 1h ;; value m:latency svc=order-checkout stat=p95
> = +3m ;; basket p95 on /api/v2/orders lst 1h ;; 1h ;; value m:latency svc=order-checkout route=/api/v2/orders stat=p95
# one endpoint inside all routes
partial ;; teva 2025-03-26 12:00 ;; 900 ;; basket p95 on /api/v2/orders lst 1h ;; 1h ;; value m:latency svc=order-checkout route=/api/v2/orders stat=p95
> = +3m ;; basket p95 on /api/v2/orders/{id}/pay lst 1h ;; 1h ;; value m:latency svc=order-checkout route=/api/v2/orders/{id}/pay stat=p95
# /api/v2/orders/{id}/pay nested under /api/v2/orders
miss ;; teva 2025-03-26 13:00 ;; 900 ;; basket p95 on /api/v2/orders lst 1h ;; 1h ;; value m:latency svc=order-checkout route=/api/v2/orders stat=p95
> = +3m ;; basket p95 on /api/v2/holds lst 1h ;; 1h ;; value m:latency svc=order-checkout route=/api/v2/holds stat=p95
# sibling endpoints
partial ;; ariki 2025-03-26 10:00 ;; 1800 ;; warning alerts in prod last 3h ;; last 3h ;; list alerts sev=warning env=prod
> = +2m ;; warning alerts in prod-gru-1 last 3h ;; last 3h ;; list alerts sev=warning cluster=prod-gru-1
# prod contains prod-gru-1
miss ;; ariki 2025-03-26 11:00 ;; 1800 ;; warning alerts in prod last 3h ;; last 3h ;; list alerts sev=warning env=prod
> = +2m ;; warning alerts in stg-fra-1 last 3h ;; last 3h ;; list alerts sev=warning cluster=stg-fra-1
# stg-fra-1 is staging, not prod
hit ;; ariki 2025-03-26 12:00 ;; 1800 ;; warning alerts in production last 3h ;; last 3h ;; list alerts sev=warning env=prod
> = +2m ;; warn alerts prod last 3h ;; last 3h ;; =
# production = prod
partial ;; rami 2025-03-26 14:00 ;; 1800 ;; How many incidents for marketplace team since 9am? ;; since 9am ;; count incidents team=marketplace
> = +5m ;; How many incidents for the fanxchange since 9am? ;; since 9am ;; count incidents svc=resale-market
# team marketplace contains resale-market
miss ;; rami 2025-03-26 15:00 ;; 1800 ;; How many incidents for marketplace team since 9am? ;; since 9am ;; count incidents team=marketplace
> = +5m ;; How many incidents for venue-ops team since 9am? ;; since 9am ;; count incidents team=venue-ops
# sibling teams
partial ;; sana 2025-03-26 10:00 ;; 1800 ;; Please list firing alerts for namespace fulfilment at present. ;; @now ;; list alerts ns=fulfilment state=firing
> = +2m ;; Please list firing alerts for the turnstile feed at present. ;; @now ;; list alerts svc=scan-ingest state=firing
# namespace fulfilment contains scan-ingest
miss ;; sana 2025-03-26 11:00 ;; 1800 ;; Please list firing alerts for namespace fulfilment at present. ;; @now ;; list alerts ns=fulfilment state=firing
> = +2m ;; Please list firing alerts for namespace catalog at present. ;; @now ;; list alerts ns=catalog state=firing
# sibling namespaces
partial ;; kofi 2025-03-27 16:00 ;; 900 ;; nodes cpu >85% prod-fra-1 1h ;; 1h ;; list m:cpu cluster=prod-fra-1 gt=85
> = +3m ;; nodes cpu prod-fra-1 1h ;; 1h ;; list m:cpu cluster=prod-fra-1
# all nodes contain those above 85%
miss ;; kofi 2025-03-27 17:00 ;; 900 ;; nodes cpu >85% prod-fra-1 1h ;; 1h ;; list m:cpu cluster=prod-fra-1 gt=85
> = +3m ;; nodes cpu <85% prod-fra-1 1h ;; 1h ;; list m:cpu cluster=prod-fra-1 lt=85
# above vs below
miss ;; kofi 2025-03-27 18:00 ;; 900 ;; nodes cpu >85% prod-fra-1 1h ;; 1h ;; list m:cpu cluster=prod-fra-1 gt=85
> = +3m ;; nodes cpu >85% prod-gru-1 1h ;; 1h ;; list m:cpu cluster=prod-gru-1 gt=85
# sibling clusters
partial ;; paolo 2025-03-27 15:00 ;; 1800 ;; May I kindly see the NodeDiskPressure alerts for prod-cmh-1 today? ;; today ;; list alerts alert=NodeDiskPressure cluster=prod-cmh-1
> = +4m ;; May I kindly see the NodeDiskPressure alerts for cmh1-node-02 today? ;; today ;; list alerts alert=NodeDiskPressure host=cmh1-node-02
# cluster contains host
miss ;; paolo 2025-03-27 16:00 ;; 1800 ;; May I kindly see the NodeDiskPressure alerts for prod-cmh-1 today? ;; today ;; list alerts alert=NodeDiskPressure cluster=prod-cmh-1
> = +4m ;; May I kindly see the NodeDiskPressure alerts for gru1-node-09 today? ;; today ;; list alerts alert=NodeDiskPressure host=gru1-node-09
# gru1-node-09 is in prod-gru-1
partial ;; margaux 2025-03-27 16:00 ;; 3600 ;; Can you list everything the platform team was paged for today? ;; today ;; list alerts team=platform
> = +10m ;; Can you list the NodeDiskPressure pages from today? ;; today ;; list alerts alert=NodeDiskPressure
# platform team alerts contain NodeDiskPressure
miss ;; margaux 2025-03-27 17:00 ;; 3600 ;; Can you list everything the platform team was paged for today? ;; today ;; list alerts team=platform
> = +10m ;; Can you list the ScanIngestLagHigh pages from today? ;; today ;; list alerts alert=ScanIngestLagHigh
# ScanIngestLagHigh belongs to venue-ops
partial ;; lucia 2025-03-27 13:00 ;; 600 ;; sum(rate(http_requests_total{namespace="market",code=~"5.."}[5m])) last 2h ;; last 2h ;; trend m:http ns=market code=5xx
> = +3m ;; sum(rate(http_requests_total{service="resale-market",code=~"5.."}[5m])) last 2h ;; last 2h ;; trend m:http svc=resale-market code=5xx
# namespace market contains resale-market
miss ;; lucia 2025-03-27 14:00 ;; 600 ;; sum(rate(http_requests_total{namespace="market",code=~"5.."}[5m])) last 2h ;; last 2h ;; trend m:http ns=market code=5xx
> = +3m ;; sum(rate(http_requests_total{service="promoter-portal",code=~"5.."}[5m])) last 2h ;; last 2h ;; trend m:http svc=promoter-portal code=5xx
# promoter-portal is in catalog, not market
partial ;; teva 2025-03-27 09:00 ;; 900 ;; any OOMKilled evnts in prod-gru-1 2day ;; @today ;; list events cluster=prod-gru-1 reason=OOMKilled
> = +3m ;; any OOMKilled evnts in fulfilment ns on prod-gru-1 2day ;; @today ;; list events cluster=prod-gru-1 ns=fulfilment reason=OOMKilled
# namespace inside cluster: nested
miss ;; ariki 2025-03-27 12:00 ;; 1800 ;; critical alerts in sa-east-1 since 8am ;; since 8am ;; list alerts sev=critical region=sa-east-1
> = +2m ;; critical alerts in eu-central-1 since 8am ;; since 8am ;; list alerts sev=critical region=eu-central-1
# sibling regions
partial ;; ariki 2025-03-27 13:00 ;; 1800 ;; critical alerts since 8am ;; since 8am ;; list alerts sev=critical
> = +2m ;; critical alerts in sa-east-1 since 8am ;; since 8am ;; list alerts sev=critical region=sa-east-1
# all regions contain sa-east-1
hit ;; rami 2025-03-27 10:00 ;; 1800 ;; Please the critical alerts of swap shop in us-east-2 today ;; today ;; list alerts sev=critical svc=resale-market region=us-east-2
> = +5m ;; critical alerts resale-market region us-east-2 today please ;; today ;; =
# same scope, nickname vs canonical
partial ;; rami 2025-03-27 11:00 ;; 1800 ;; Please the critical alerts of swap shop in eu-central-1 today ;; today ;; list alerts sev=critical svc=resale-market region=eu-central-1
> = +5m ;; Please the critical alerts of swap shop in prod-fra-1 today ;; today ;; list alerts sev=critical svc=resale-market cluster=prod-fra-1
# eu-central-1 (prod-fra-1 + stg-fra-1) contains prod-fra-1
partial ;; sana 2025-03-28 12:00 ;; 1800 ;; Please report 5xx counts for all services in cluster prod-fra-1 since 2025-03-28T00:00Z. ;; since 2025-03-28T00:00Z ;; count m:http cluster=prod-fra-1 code=5xx
> = +5m ;; Please report 5xx counts for ticket-issuer in cluster prod-fra-1 since 2025-03-28T00:00Z. ;; since 2025-03-28T00:00Z ;; count m:http cluster=prod-fra-1 svc=ticket-issuer code=5xx
# all services contain ticket-issuer
miss ;; sana 2025-03-28 13:00 ;; 1800 ;; Please report 5xx counts for ticket-issuer in cluster prod-fra-1 since 2025-03-28T00:00Z. ;; since 2025-03-28T00:00Z ;; count m:http cluster=prod-fra-1 svc=ticket-issuer code=5xx
> = +5m ;; Please report 5xx counts for ticket-issuer in cluster stg-fra-1 since 2025-03-28T00:00Z. ;; since 2025-03-28T00:00Z ;; count m:http cluster=stg-fra-1 svc=ticket-issuer code=5xx
# prod vs staging cluster
partial ;; kofi 2025-03-28 15:00 ;; 900 ;; wroom queue depth all clusters 1h ;; 1h ;; trend m:queue_depth svc=waitroom
> = +3m ;; wroom queue depth cmh 1h ;; 1h ;; trend m:queue_depth svc=waitroom cluster=prod-cmh-1
# one cluster inside all clusters
miss ;; kofi 2025-03-28 16:00 ;; 900 ;; wroom queue depth cmh 1h ;; 1h ;; trend m:queue_depth svc=waitroom cluster=prod-cmh-1
> = +3m ;; wroom queue depth fra 1h ;; 1h ;; trend m:queue_depth svc=waitroom cluster=prod-fra-1
# sibling clusters
partial ;; paolo 2025-03-28 10:00 ;; 1800 ;; May I please see the HTTP 5xx of the seat picker on /seats/{event_id} since 8am? ;; since 8am ;; count m:http svc=seatmap-api route=/seats/{event_id} code=5xx
> = +5m ;; May I please see the HTTP 5xx of the seat picker since 8am? ;; since 8am ;; count m:http svc=seatmap-api code=5xx
# all routes contain /seats/{event_id}
partial ;; margaux 2025-03-28 14:00 ;; 3600 ;; Which alerts over 30s replication lag did we get in production this week? ;; this week ;; list alerts alert=PostgresReplicationLag env=prod
> = +10m ;; Which PostgresReplicationLag alerts did prod-gru-1 get this week? ;; this week ;; list alerts alert=PostgresReplicationLag cluster=prod-gru-1
# prod contains prod-gru-1
miss ;; teva 2025-03-28 11:00 ;; 600 ;; disk >85% on fra1-node-04 rn ;; rn ;; status m:disk_used host=fra1-node-04 gt=85
> = +2m ;; disk >85% on fra1-node-12 rn ;; rn ;; status m:disk_used host=fra1-node-12 gt=85
# sibling hosts
partial ;; teva 2025-03-28 12:00 ;; 600 ;; disk >85% on fra1-node-04 rn ;; rn ;; status m:disk_used host=fra1-node-04 gt=85
> = +2m ;; disk >95% on fra1-node-04 rn ;; rn ;; status m:disk_used host=fra1-node-04 gt=95
# above 95 nested in above 85
partial ;; lucia 2025-03-28 09:00 ;; 600 ;; sum by (pod) (rate(container_cpu_usage_seconds_total{namespace="fulfilment"}[5m])) last 1h ;; last 1h ;; trend m:cpu ns=fulfilment
> = +3m ;; sum by (pod) (rate(container_cpu_usage_seconds_total{namespace="fulfilment",container="ticket-issuer"}[5m])) last 1h ;; last 1h ;; trend m:cpu svc=ticket-issuer
# namespace fulfilment contains ticket-issuer
miss ;; ariki 2025-03-28 15:00 ;; 900 ;; incidents for venue-ops today ;; today ;; list incidents team=venue-ops
> = +2m ;; incidents for promoter-portal today ;; today ;; list incidents svc=promoter-portal
# promoter-portal belongs to marketplace
partial ;; ariki 2025-03-28 16:00 ;; 900 ;; incidents for venue-ops today ;; today ;; list incidents team=venue-ops
> = +2m ;; incidents for pdfgen today ;; today ;; list incidents svc=ticket-issuer
# venue-ops contains ticket-issuer
partial ;; rami 2025-03-28 14:00 ;; 1800 ;; All warning events in all namespaces since 9am please ;; since 9am ;; list events kind=Warning
> = +5m ;; Warning events in namespace market since 9am please ;; since 9am ;; list events kind=Warning ns=market
# one namespace inside all
miss ;; sana 2025-03-28 15:00 ;; 1800 ;; Please list warning alerts for team fan-journey in region sa-east-1 since 2025-03-28T00:00Z. ;; since 2025-03-28T00:00Z ;; list alerts sev=warning team=fan-journey region=sa-east-1
> = +5m ;; Please list warning alerts for team fan-journey in region us-east-2 since 2025-03-28T00:00Z. ;; since 2025-03-28T00:00Z ;; list alerts sev=warning team=fan-journey region=us-east-2
# same team, sibling region
partial ;; sana 2025-03-28 16:00 ;; 1800 ;; Please list warning alerts for team fan-journey in region sa-east-1 since 2025-03-28T00:00Z. ;; since 2025-03-28T00:00Z ;; list alerts sev=warning team=fan-journey region=sa-east-1
> = +5m ;; Please list warning alerts for waitroom in region sa-east-1 since 2025-03-28T00:00Z. ;; since 2025-03-28T00:00Z ;; list alerts sev=warning svc=waitroom region=sa-east-1
# team contains waitroom, same region
hit ;; margaux 2025-03-29 12:00 ;; 3600 ;; Could you give me the count of critical alerts for the venue-ops team today? ;; today ;; count alerts sev=critical team=venue-ops
> = +10m ;; How many crit alerts has venue-ops had so far today? ;; so far today ;; =
# same team scope
miss ;; kofi 2025-03-29 14:00 ;; 900 ;; ingress 5xx resale 30m ;; 30m ;; count m:http svc=resale-market code=5xx
> = +3m ;; ingress 5xx ppo 30m ;; 30m ;; count m:http svc=promoter-portal code=5xx
# same team, sibling services
partial ;; paolo 2025-03-29 15:00 ;; 1800 ;; Kindly list the warning alerts for the marketplace team today, thank you. ;; today ;; list alerts sev=warning team=marketplace
> = +4m ;; Kindly list the PortalLoginFailures alerts today, thank you. ;; today ;; list alerts alert=PortalLoginFailures
# PortalLoginFailures is a marketplace warning alert: nested
"""
# ---------------------------------------------------------------- build
import json, sys, os

GROUPS = [('paraphrase', PARAPHRASE, 70), ('near', NEAR, 70), ('time', TIME, 50), ('scope', SCOPE, 50)]
HERE = os.path.dirname(os.path.abspath(__file__))
RELATE, EXPAND = make_relate(implies(), contains)


def tz_of(voice):
    return ZoneInfo(VOICES[voice][0])


def parse_at(voice, s, ref_utc=None):
    tz = tz_of(voice)
    s = s.strip()
    if s.startswith('+'):
        n, u = int(s[1:-1]), s[-1]
        return ref_utc + (timedelta(minutes=n) if u == 'm' else timedelta(hours=n))
    if len(s) == 5:  # HH:MM on the same local date (in this voice's zone) as the reference
        d = ref_utc.astimezone(tz).date()
        return local_to_utc(d, int(s[:2]), int(s[3:]), tz, midnight_ok=False)
    d = date.fromisoformat(s[:10])
    return local_to_utc(d, int(s[11:13]), int(s[14:16]), tz, midnight_ok=False)


def iso_local(t_utc, voice):
    return t_utc.astimezone(tz_of(voice)).isoformat(timespec='seconds')


def norm(s):
    return re.sub(r'\s+', ' ', s.lower()).strip()


def question(voice, t, q, r, frame):
    tz = tz_of(voice)
    if not r.startswith('@') and norm(r) not in norm(q):
        raise Refuse('range phrase %r not in question %r' % (r, q))
    s, e, kind = resolve(r, t, tz)
    return dict(voice=voice, t=t, q=q, r=r, s=s, e=e, kind=kind, frame=Frame(frame), ftext=frame)


def is_dst_day(t_utc, voice):
    tz = tz_of(voice)
    d = t_utc.astimezone(tz).date()
    a = day_start(d, tz); b = day_start(d + timedelta(days=1), tz)
    return (b - a) != timedelta(hours=24)


def parse_block(text):
    items, cur = [], None
    for line in text.strip('\n').split('\n'):
        if not line.strip():
            continue
        if line.startswith('>'):
            cur['b'] = [x.strip() for x in line[1:].split(' ;; ')]
        elif line.startswith('#'):
            cur['note'] = line[1:].strip()
        else:
            cur = {'a': [x.strip() for x in line.split(' ;; ')]}
            items.append(cur)
    return items


def build_pairs():
    out, errors, n = [], [], 0
    for group, text, want in GROUPS:
        items = parse_block(text)
        if len(items) != want:
            errors.append('%s: %d pairs, want %d' % (group, len(items), want))
        for it in items:
            n += 1
            pid = 'p23-%04d' % n
            try:
                expect, va, ttl, qa, ra, fa = it['a']
                voice_a, at_a = va.split(' ', 1)
                ta = parse_at(voice_a, at_a)
                A = question(voice_a, ta, qa, ra, fa)
                vb, qb, rb, fb = it['b']
                voice_b, at_b = vb.split(' ', 1)
                voice_b = voice_a if voice_b == '=' else voice_b
                tb = parse_at(voice_b, at_b, ta)
                if tb <= ta:
                    raise Refuse('b asked before a')
                B = question(voice_b, tb, qb, rb, fa if fb == '=' else fb)
                got, why = robust_label(A, B, int(ttl), RELATE)
                if got != expect:
                    raise Refuse('expected %s but spec gives %s (%s)' % (expect, got, why))
                note = it['note']
                if voice_a != voice_b and 'cross-zone' not in note:
                    raise Refuse('cross-zone pair not noted')
                dst = is_dst_day(ta, voice_a) and is_dst_day(tb, voice_b)
                if note.startswith('dst:') != dst:
                    raise Refuse('dst note mismatch (dst day=%s)' % dst)
            except Refuse as ex:
                errors.append('%s %s: %s | %s' % (pid, group, ex, it['a'][3][:60]))
                continue
            out.append({'id': pid, 'group': group, 'split': 'dev23' if n % 2 else 'test23', 'expect': expect,
                        'a': {'q': qa, 'at': iso_local(ta, voice_a), 'tz': VOICES[voice_a][0], 'ttl': int(ttl)},
                        'b': {'q': qb, 'at': iso_local(tb, voice_b), 'tz': VOICES[voice_b][0]},
                        'note': note,
                        '_why': why, '_dst': dst,
                        '_ra': [A['s'].isoformat(), A['e'].isoformat()], '_rb': [B['s'].isoformat(), B['e'].isoformat()]})
    return out, errors


def build_history():
    rows = []
    for line in HISTORY.strip('\n').split('\n'):
        if line.startswith('#') or not line.strip():
            continue
        head, q, ex = [x.strip() for x in line.split(' ;; ')]
        voice, at = head.split(' ', 1)
        t = parse_at(voice, at)
        executed = []
        for part in ex.split(' || '):
            ds, query = part.split(': ', 1)
            assert ds in ('prometheus', 'loki', 'alertmanager', 'tempo', 'kubernetes', 'argocd', 'incidents'), ds
            executed.append({'datasource': ds, 'query': query.strip()})
        rows.append((t, voice, q, executed))
    rows.sort(key=lambda r: r[0])
    return [{'id': 'h23-%03d' % (i + 1), 'at': iso_local(t, v), 'tz': VOICES[v][0], 'voice': v, 'question': q,
             'executed': ex} for i, (t, v, q, ex) in enumerate(rows)]


def build_aliases():
    return {s: list(d['aliases']) for s, d in SERVICES.items()}


def build_topology():
    alerts = []
    for a, (svc, team, sev, _) in ALERTS.items():
        if svc:
            for c, (region, env) in CLUSTERS.items():
                alerts.append({'alertname': a, 'severity': sev, 'service': svc, 'team': team,
                               'namespace': SERVICES[svc]['ns'], 'cluster': c, 'region': region, 'env': env})
        elif a == 'KubePodCrashLooping':
            for s, d in SERVICES.items():
                c = 'prod-fra-1'; region, env = CLUSTERS[c]
                alerts.append({'alertname': a, 'severity': sev, 'service': s, 'team': d['team'], 'namespace': d['ns'],
                               'cluster': c, 'region': region, 'env': env})
        elif a == 'PostgresReplicationLag':
            for c, (region, env) in CLUSTERS.items():
                alerts.append({'alertname': a, 'severity': sev, 'team': team, 'cluster': c, 'region': region, 'env': env})
        else:
            for h, c in HOSTS.items():
                region, env = CLUSTERS[c]
                alerts.append({'alertname': a, 'severity': sev, 'team': team, 'instance': h, 'cluster': c,
                               'region': region, 'env': env})
    return {'alerts': alerts}


def alias_hits(text):
    found = []
    for s, d in SERVICES.items():
        for al in d['aliases']:
            if re.search(r'(?<![\w-])' + re.escape(al.lower()) + r'(?![\w-])', text.lower()):
                found.append(al)
    return found


def dumps_lines(rows):
    return ''.join(json.dumps(r, ensure_ascii=False) + '\n' for r in rows)


def build_all():
    pairs, errors = build_pairs()
    public = [{k: v for k, v in p.items() if not k.startswith('_')} for p in pairs]
    return pairs, public, errors, build_history()


def main():
    pairs, public, errors, hist = build_all()
    if errors:
        for e in errors:
            print('REFUSE', e)
        print('%d problems; nothing written' % len(errors))
        sys.exit(1)
    with open(os.path.join(HERE, 'pairs.jsonl'), 'w') as f:
        f.write(dumps_lines(public))
    with open(os.path.join(HERE, 'history.jsonl'), 'w') as f:
        f.write(dumps_lines(hist))
    with open(os.path.join(HERE, 'aliases.json'), 'w') as f:
        json.dump(build_aliases(), f, indent=1); f.write('\n')
    with open(os.path.join(HERE, 'topology.json'), 'w') as f:
        json.dump(build_topology(), f, indent=1); f.write('\n')
    if '--stats' in sys.argv:
        from collections import Counter
        print(Counter((p['group'], p['expect']) for p in pairs))
        print(Counter(p['expect'] for p in pairs), Counter(p['split'] for p in pairs))
        print(Counter((p['split'], p['expect']) for p in pairs))
        print('dst pairs', sum(p['_dst'] for p in pairs), Counter(p['a']['tz'] for p in pairs if p['_dst']))
        print('cross-zone', sum('cross-zone' in p['note'] for p in pairs))
        print(Counter(p['_why'] for p in pairs))
        nick = [h for h in hist if alias_hits(h['question'])]
        print('history with nickname', len(nick), Counter(a for h in hist for a in alias_hits(h['question'])))
        print('history no service', sum(1 for h in hist if not any(s in json.dumps(h['executed']) for s in SERVICES)))
        print(Counter(h['voice'] for h in hist))
    print('wrote %d pairs, %d history rows' % (len(public), len(hist)))


if __name__ == '__main__':
    main()
