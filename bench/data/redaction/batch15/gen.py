#!/usr/bin/env python3
"""writer15 - hand-written redaction test lines for "Kestrel Lane Pictures" (VFX & animation studio).

Every line's wording is typed below. Random bodies (keys, passwords, card/IBAN/id digits, IPs, hashes,
UUIDs) are produced by random.Random(1515) and inserted where a marker sits:  ⟦type⟧ or ⟦type:label⟧.
Within one group the same marker string always resolves to the same value, so the must-vanish column
(which uses the same markers) always matches the text.
Odd-numbered groups -> batch15_dev.tsv, even-numbered -> batch15_test.tsv.
"""
import base64
import json
import os
import re
import string
import random

R = random.Random(1515)
UP = string.ascii_uppercase
LO = string.ascii_lowercase
DG = string.digits
AN = UP + LO + DG
HX = "0123456789abcdef"
B64 = AN + "+/"
B64U = AN + "-_"


def rs(chars, n):
    return "".join(R.choice(chars) for _ in range(n))


def pw():
    sym = "!#%*+-=?@^_~"
    while True:
        s = R.choice(AN) + rs(AN + sym, 15)
        if any(c in UP for c in s) and any(c in LO for c in s) and any(c in DG for c in s) and any(c in sym for c in s):
            return s


def pwurl():
    while True:
        s = R.choice(AN) + rs(AN + "-_.~", 17)
        if any(c in UP for c in s) and any(c in DG for c in s):
            return s


def luhn_complete(partial):
    digits = [int(c) for c in partial + "0"]
    for i in range(len(digits) - 2, -1, -2):
        d = digits[i] * 2
        digits[i] = d - 9 if d > 9 else d
    return partial + str((10 - sum(digits) % 10) % 10)


def card(prefix, length):
    return luhn_complete(prefix + rs(DG, length - len(prefix) - 1))


def grp(s, sizes, sep):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    return sep.join(out)


def iban(cc, bban):
    rearr = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in rearr)
    check = 98 - int(num) % 97
    return "%s%02d%s" % (cc, check, bban)


def iban_sp(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def gb_bban():
    return R.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + rs(DG, 14)


def es_bban():
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

    def cd(ten):
        d = 11 - sum(int(a) * b for a, b in zip(ten, w)) % 11
        return {11: 0, 10: 1}.get(d, d)

    bank, branch, acct = rs(DG, 4), rs(DG, 4), rs(DG, 10)
    return bank + branch + str(cd("00" + bank + branch)) + str(cd(acct)) + acct


def nl_bban():
    while True:
        acct = rs(DG, 10)
        if acct[0] != "0" and sum(int(c) * (10 - i) for i, c in enumerate(acct)) % 11 == 0:
            return R.choice(["ABNA", "INGB", "RABO", "TRIO"]) + acct


def ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def nino_sp():
    first_ok = [c for c in UP if c not in "DFIQUV"]
    second_ok = [c for c in UP if c not in "DFIOQUV"]
    while True:
        p = R.choice(first_ok) + R.choice(second_ok)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    d = rs(DG, 6)
    return "%s %s %s %s %s" % (p, d[0:2], d[2:4], d[4:6], R.choice("ABCD"))


def sin():
    s = luhn_complete(R.choice("1234567") + rs(DG, 7))
    return "%s %s %s" % (s[0:3], s[3:6], s[6:9])


def bsn():
    while True:
        s = R.choice("123456789") + rs(DG, 7)
        tot = sum(int(c) * (9 - i) for i, c in enumerate(s))
        last = tot % 11
        if last <= 9:
            return s + str(last)


def dni():
    n = rs(DG, 8)
    return n + "TRWAGMYFPDXBNJZSQVHLCKE"[int(n) % 23]


_VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
       [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
       [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
       [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
       [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
       [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
_VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def aadhaar_sp():
    s = R.choice("23456789") + rs(DG, 10)
    c = 0
    for i, ch in enumerate(reversed(s)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    s = s + str(_VINV[c])
    return "%s %s %s" % (s[0:4], s[4:8], s[8:12])


def pan():
    return rs(UP, 3) + "P" + "I" + rs(DG, 4) + R.choice(UP)


def pubip():
    while True:
        a = R.randint(1, 223)
        b, c, d = R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)
        if a in (10, 127, 0) or (a == 172 and 16 <= b <= 31) or (a == 192 and b == 168) or \
                (a == 169 and b == 254) or (a == 100 and 64 <= b <= 127) or (a == 198 and b in (18, 19)) or \
                (a == 192 and b == 0) or (a == 198 and b == 51) or (a == 203 and b == 0):
            continue
        return "%d.%d.%d.%d" % (a, b, c, d)


def pubip6():
    return R.choice(["2a02:c7c", "2a01:4b00", "2001:8b0", "2a00:23c8"]) + ":" + ":".join(
        "%x" % R.randint(1, 0xFFFF) for _ in range(6))


def uuid4():
    h = rs(HX, 32)
    return "%s-%s-4%s-%s%s-%s" % (h[0:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:32])


def b64e(b):
    return base64.b64encode(b).decode()


def b64u_json(o):
    return base64.urlsafe_b64encode(json.dumps(o, separators=(",", ":")).encode()).decode().rstrip("=")


def jwt():
    head = b64u_json({"alg": "HS256", "typ": "JWT"})
    body = b64u_json({"sub": rs(DG, 6), "iss": "kls-auth", "iat": 1715670000 + R.randint(0, 9999),
                      "exp": 1715756400 + R.randint(0, 9999), "jti": rs(HX, 16)})
    return head + "." + body + "." + rs(B64U, 43)


GEN = {
    "akid": lambda: "AKIA" + rs(UP + "234567", 16),
    "awssec": lambda: rs(B64, 40),
    "ghp": lambda: "ghp_" + rs(AN, 36),
    "ghs": lambda: "ghs_" + rs(AN, 36),
    "npm": lambda: "npm_" + rs(AN, 36),
    "dckr": lambda: "dckr_pat_" + rs(B64U, 27),
    "pypi": lambda: "pypi-AgEIcHlwaS5vcmcCJ" + rs(B64U, 150),
    "hf": lambda: "hf_" + rs(AN, 34),
    "cio": lambda: "cio" + rs(AN, 32),
    "glsa": lambda: "glsa_" + rs(AN, 32) + "_" + rs(HX, 8),
    "gocspx": lambda: "GOCSPX-" + rs(B64U, 28),
    "cf": lambda: rs(B64U, 40),
    "pdtoken": lambda: rs(AN + "_-+", 20),
    "xoxb": lambda: "xoxb-%s-%s-%s" % (rs(DG, 13), rs(DG, 13), rs(AN, 24)),
    "slackhook": lambda: "https://hooks.slack.com/services/T%s/B%s/%s" % (rs(UP + DG, 10), rs(UP + DG, 10), rs(AN, 24)),
    "discordhook": lambda: "https://discord.com/api/webhooks/%s/%s" % (R.choice("123456789") + rs(DG, 17), rs(B64U, 68)),
    "sg": lambda: "SG." + rs(B64U, 22) + "." + rs(B64U, 43),
    "openai": lambda: "sk-proj-" + rs(B64U, 74) + "T3BlbkFJ" + rs(B64U, 74),
    "hvs": lambda: "hvs." + rs(AN, 24),
    "fio": lambda: "fio-u-" + rs(B64U, 64),
    "tg": lambda: R.choice("5678") + rs(DG, 9) + ":AA" + rs(B64U, 33),
    "b2key": lambda: "K005" + rs(AN, 27),
    "sgkey": lambda: R.choice(LO) + rs(LO + DG + "!#%^()-", 24),
    "jwt": jwt,
    "pw": pw,
    "pwurl": pwurl,
    "rs": lambda: rs(AN, 32),
    "b64pw": lambda: b64e(pw().encode()),
    "dockerauth": lambda: b64e(("kls-ci:" + pw()).encode()),
    "basicb64": lambda: b64e(("kls-expenses:" + pw()).encode()),
    "saslb64": lambda: b64e(("\0render-alerts\0" + pw()).encode()),
    "osshbody": lambda: "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZWQyNTUxOQAAACA" + rs(B64, 260),
    "b64pk": lambda: rs(B64, 320),
    "fpcolon": lambda: ":".join(rs("0123456789ABCDEF", 2) for _ in range(20)),
    "sha": lambda: rs(HX, 40),
    "uuid": uuid4,
    "pubip": pubip,
    "pubip6": pubip6,
    "visa_sp": lambda: grp(card("4", 16), [4, 4, 4, 4], " "),
    "mc_dash": lambda: grp(card(R.choice(["51", "52", "53", "54", "55"]), 16), [4, 4, 4, 4], "-"),
    "amex_sp": lambda: grp(card(R.choice(["34", "37"]), 15), [4, 6, 5], " "),
    "iban_gb": lambda: iban("GB", gb_bban()),
    "iban_gb_sp": lambda: iban_sp(iban("GB", gb_bban())),
    "iban_es_sp": lambda: iban_sp(iban("ES", es_bban())),
    "iban_nl": lambda: iban("NL", nl_bban()),
    "ssn": ssn,
    "nino_sp": nino_sp,
    "sin": sin,
    "bsn": bsn,
    "dni": dni,
    "aadhaar_sp": aadhaar_sp,
    "pan": pan,
    "nino": lambda: nino_sp().replace(" ", ""),
    "asia": lambda: "ASIA" + rs(UP + "234567", 16),
    "ststoken": lambda: "IQoJb3JpZ2luX2VjE" + rs(B64, 340),
    "azkey": lambda: rs(B64, 86) + "==",
    "azsecret": lambda: rs(AN, 3) + "8Q~" + rs(AN + "_-.~", 34),
    "artifactory": lambda: "AKCp" + rs(AN, 69),
    "jenkinstok": lambda: "11" + rs(HX, 32),
    "glpat": lambda: "glpat-" + rs(B64U, 20),
    "aiza": lambda: "AIza" + rs(B64U, 35),
    "bitlocker": lambda: "-".join("%06d" % (11 * R.randint(0, 65535)) for _ in range(8)),
}

PATTERNS = [
    (re.compile(r"^hex(\d+)$"), lambda n: rs(HX, n)),
    (re.compile(r"^HEX(\d+)$"), lambda n: rs("0123456789ABCDEF", n)),
    (re.compile(r"^d(\d+)$"), lambda n: R.choice("123456789") + rs(DG, n - 1)),
    (re.compile(r"^lo(\d+)$"), lambda n: rs(LO + DG, n)),
    (re.compile(r"^an(\d+)$"), lambda n: rs(AN, n)),
    (re.compile(r"^b64_(\d+)$"), lambda n: rs(B64, n)),
]

MARK = re.compile(r"⟦([A-Za-z0-9_]+)(?::([A-Za-z0-9_]+))?⟧")


def make(typ):
    if typ in GEN:
        return GEN[typ]()
    for rx, fn in PATTERNS:
        m = rx.match(typ)
        if m:
            return fn(int(m.group(1)))
    raise KeyError("unknown marker type " + typ)


def fill(template, cache):
    def rep(m):
        key = m.group(0)
        if key not in cache:
            cache[key] = make(m.group(1))
        return cache[key]
    return MARK.sub(rep, template)


GROUPS = []


def group(name, *lines):
    GROUPS.append((name, lines))


def C(text, *v):
    return ("credential", text, v)


def P(text, *v):
    return ("pii", text, v)


def N(text):
    return ("negative", text, ())


# ============================================================================================ groups
group("wrangler-shell-history",
      N("deadlinecommand -GetJobsFilter Status=Failed Pool=gpu_lon | wc -l"),
      C("export AWS_ACCESS_KEY_ID=⟦akid:a⟧", "⟦akid:a⟧"),
      C("export AWS_SECRET_ACCESS_KEY=⟦awssec:a⟧", "⟦awssec:a⟧"),
      N('aws s3 sync s3://kls-renders-lon/ep104/sh0420/ ./sh0420/ --exclude "*.tmp" --profile render-ro'),
      N('export AWS_SECRET_ACCESS_KEY="$(vault kv get -field=secret_key kls/render/aws-wrangler)"'),
      C('deadlinecommand -SetMongoDBConnection "mongodb://deadline:⟦pwurl:m⟧@db-deadline-01.farm.kls.internal:27017/deadline10db?authSource=admin"', "⟦pwurl:m⟧"),
      N("sha256sum /opt/Thinkbox/Deadline10/bin/deadlinecommand  # ⟦hex64:s⟧"),
      C("""mysql -h licdb-01 -u flexlm_ro -p'Kestrel!Lic2023' -e "select * from checkouts where feature='houdini_fx' limit 20" """.strip(), "Kestrel!Lic2023"),
      N('grep -c "Arnold render completed" /var/log/roost/worker-*.log'),
      P("deadlinecommand -SetJobUser 6657a1f0c3e4b2a1d9f81234 tomasz.wisniewski  # Tomasz asked to own the retries", "tomasz.wisniewski", "Tomasz"),
      N("history | grep -i passw"),
      P("ssh amara.okafor@wrangler-lon-02  # handing the night queue over to Amara", "amara.okafor", "Amara"),
      C('curl -s -H "X-Roost-Api-Key: ⟦hex32:tk⟧" "https://deadline-web.farm.kls.internal:8082/api/jobs?States=Active"', "⟦hex32:tk⟧"),
      )

group("slack-farm-outage",
      P("[#render-ops] Priya Raghunathan: gpu_lon pool is at 0 workers, all 212 nodes show Stalled since 02:14 UTC", "Priya Raghunathan"),
      N("[#render-ops] bot-roost: 🔴 Pool gpu_lon capacity 0/212 (threshold 40) – runbook https://wiki.kls.internal/render/RB-017"),
      P("[#render-ops] Tomasz Wiśniewski: looks like the license server again, rlm on lic-lon-02 is not answering on port 5053", "Tomasz Wiśniewski"),
      N("[#render-ops] bot-roost: lic-lon-02.kls.internal:5053 connect timeout after 10s (check_id 7f3a9c2e)"),
      C("[#render-ops] Tomasz Wiśniewski: I can log into the RLM web ui with admin / ⟦pw:rlm⟧ if someone wants to look", "Tomasz Wiśniewski", "⟦pw:rlm⟧"),
      P("[#render-ops] Priya Raghunathan: @Tomasz please don't paste that here, rotate it after. I'm on it", "Priya Raghunathan", "Tomasz"),
      N("[#render-ops] bot-roost: ✅ Pool gpu_lon capacity 198/212 recovered at 02:51 UTC"),
      P("[#render-ops] Kenji Watanabe: comp needs sh0420 v012 by 09:00 for the Bluewater review, is the queue going to make it?", "Kenji Watanabe"),
      P("[#render-ops] Priya Raghunathan: should be fine Kenji, 1,240 frames left at ~3 min/frame across 198 nodes", "Priya Raghunathan", "Kenji"),
      N("[#render-ops] bot-roost: job 6657b2c4e1a9f03d7c2b8e55 (ep104_sh0420_comp_v012) 61% complete, ETA 07:40 UTC"),
      P('[#render-ops] bot-jira: RENDER-4821 "rlm on lic-lon-02 stops responding under load" created by Priya Raghunathan, priority P2', "Priya Raghunathan"),
      )

group("perch-studio-yaml",
      N("shotgrid: {site: https://kestrellane.shotgrid.autodesk.com, script_name: perch_ingest}"),
      C("  script_key: ⟦sgkey⟧", "⟦sgkey⟧"),
      N("  script_key_ref: vault:kls/pipeline/shotgrid#script_key"),
      C('  minio_secret_key: "⟦pw:minio⟧"', "⟦pw:minio⟧"),
      N("  minio_access_key: ${MINIO_ACCESS_KEY}"),
      C('notifications: {slack_webhook: "⟦slackhook⟧", channel: "#render-ops"}', "⟦slackhook⟧"),
      N("  on_failure: [email, slack]  # owners resolved from shotgrid HumanUser at runtime"),
      P('  escalation_contact: "Björn Lindqvist <bjorn.lindqvist@kestrellane.studio>, +44 7700 900418"', "Björn Lindqvist", "bjorn.lindqvist@kestrellane.studio", "+44 7700 900418"),
      N("  frame_padding: 4  first_frame: 1001  colorspace: ACES - ACEScg  ocio: /studio/ocio/aces_1.3/config.ocio"),
      C("  ingest_db: postgresql://perch_app:⟦pwurl:db⟧@asset-db-01.kls.internal:5432/perch?sslmode=require", "⟦pwurl:db⟧"),
      )

group("grafana-alert-dump",
      N("[FIRING:3] DeadlineRepoLatencyHigh p99=2.41s over 5m (threshold 1.5s) dashboard=https://grafana.kls.internal/d/roost-01/roost-overview?orgId=1"),
      N("[RESOLVED] LicenseCheckoutsSaturated feature=nuke_i count=118/120 startsAt=2024-05-14T08:02:11Z endsAt=2024-05-14T08:29:40Z"),
      C('[FIRING:1] ExporterScrapeFailed target=https://metrics:⟦pwurl:ex⟧@isilon-lon-01.kls.internal:8081/metrics error="401"', "⟦pwurl:ex⟧"),
      N("labels: alertname=GPUThermalThrottle gpu=3 uuid=GPU-⟦uuid:g⟧ host=rn-lon-0107"),
      P('[FIRING:1] VPNUnusualLogin user=amara.okafor src=⟦pubip:a⟧ geo="Lagos, NG" previous_geo="London, GB"', "amara.okafor", "⟦pubip:a⟧"),
      N('annotations.runbook_url=https://wiki.kls.internal/sre/runbooks/vpn-unusual-login  annotations.summary="login from new country"'),
      N("[FIRING:2] CertExpiringSoon cn=review.kestrellane.studio expires_in=13d serial=⟦hex32:c⟧"),
      C("notifier=pagerduty routing_key=⟦hex32:pd⟧ status=sent dedup_key=⟦uuid:d⟧", "⟦hex32:pd⟧"),
      P('silence created by Dmitri Volkov (dmitri.volkov@kestrellane.studio) for 2h: "rn-lon-04xx rack maintenance"', "Dmitri Volkov", "dmitri.volkov@kestrellane.studio"),
      N('silence_id=⟦uuid:s⟧ matchers=[rack="lon-04"] createdBy=sre-automation comment="scheduled maintenance CHG-20240514-03"'),
      )

group("freelancer-onboarding-ticket",
      P("Ticket HR-IT-3318: onboarding freelance compositor Oluwaseun Adeyemi, start date 3 June, London site", "Oluwaseun Adeyemi"),
      P("Personal email for the welcome pack: seun.adeyemi84@gmail.com, mobile 07700 900 263", "seun.adeyemi84@gmail.com", "07700 900 263"),
      P("Home address: Flat 4, 27 Coldharbour Lane, London SE5 9NR", "Flat 4, 27 Coldharbour Lane, London SE5 9NR"),
      P("Date of birth 14/08/1984, National Insurance number ⟦nino_sp⟧", "14/08/1984", "⟦nino_sp⟧"),
      P("Payment details for invoices: IBAN ⟦iban_gb_sp⟧, account name O. Adeyemi", "⟦iban_gb_sp⟧", "O. Adeyemi"),
      P("Laptop asset KLS-LT-04417 assigned to Oluwaseun Adeyemi, image win11-artist-2024.05, Nuke 15.1v3 + Mocha Pro 2024", "Oluwaseun Adeyemi"),
      C("Temporary AD password for first login: ⟦pw:ad⟧ (must change at first logon)", "⟦pw:ad⟧"),
      N('Set "User must change password at next logon" = true, account expires 2024-09-30'),
      P("Emergency contact: Funmilayo Adeyemi (sister) +44 7700 900 771", "Funmilayo Adeyemi", "+44 7700 900 771"),
      C('Badge system API call logged: POST /v2/cardholders {"name":"Oluwaseun Adeyemi","pin":"4471"} with X-Api-Key ⟦hex32:badge⟧', "Oluwaseun Adeyemi", "4471", "⟦hex32:badge⟧"),
      N("Ticket HR-IT-3318 resolved by automation (workflow onboarding-v3, run 88213)"),
      )

group("github-actions-ci-log",
      N("Run actions/checkout@b4ffde65f46336ab88eb53be808477a3936bae11"),
      N("env: SHOTGRID_SCRIPT_KEY: ${{ secrets.SHOTGRID_SCRIPT_KEY }}"),
      N("  AWS_SECRET_ACCESS_KEY: ***"),
      C('Run echo "//registry.npmjs.org/:_authToken=⟦npm⟧" > ~/.npmrc', "⟦npm⟧"),
      C("docker login -u kls-ci -p ⟦dckr⟧ docker.io", "⟦dckr⟧"),
      N("WARNING! Using --password via the CLI is insecure. Use --password-stdin."),
      N("#12 pushing manifest for ghcr.io/kestrellane/perch-ingest:1.8.0@sha256:⟦hex64:d⟧ 0.4s done"),
      C("git remote set-url origin https://x-access-token:⟦ghs⟧@github.com/kestrellane/perch.git", "⟦ghs⟧"),
      N("Error: Process completed with exit code 128. (fatal: could not read Username for 'https://github.com': terminal prompts disabled)"),
      P('Commit ⟦sha:c⟧ by Hyun-woo Park <hyunwoo.park@kestrellane.studio>: "fix frame padding in ingest"', "Hyun-woo Park", "hyunwoo.park@kestrellane.studio"),
      )

group("assistant-questions",
      N("how do I rotate the deadline mongodb password without stopping the workers?"),
      C("why does psql say password authentication failed when I use postgres://perch_app:⟦pwurl:pg⟧@asset-db-01:5432/perch ?", "⟦pwurl:pg⟧"),
      N("what is the difference between a secretRef and a secretKeyRef in a k8s pod spec"),
      P("can you draft an apology email to Harriet Quinlan at Bluewater Features about the delayed sh0420 delivery", "Harriet Quinlan"),
      N("explain this error: rlm: license server does not support this version (-22) for arnold 7.2.4.1"),
      C("is this github token still valid? ⟦ghp⟧", "⟦ghp⟧"),
      N("write a regex that matches our shot codes like KLS_ep104_sh0420_comp_v012"),
      P("my colleague Chiara Bellini can't get on the VPN from her home connection, her IP is ⟦pubip:c⟧, is it blocked?", "Chiara Bellini", "⟦pubip:c⟧"),
      C("I set the grafana api key to ⟦glsa⟧ but dashboards still 403, what scope do I need?", "⟦glsa⟧"),
      N('what does "changeme" in the default values.yaml mean, do I have to set it?'),
      P("convert this to a table: Léa Moreau, +33 6 12 48 90 37, lighting; Mateus Oliveira, +55 11 98765-4321, FX", "Léa Moreau", "+33 6 12 48 90 37", "Mateus Oliveira", "+55 11 98765-4321"),
      )

group("k8s-secret-manifest",
      C("data: {DB_PASSWORD: ⟦b64pw⟧}", "⟦b64pw⟧"),
      C('stringData: {SHOTGRID_SCRIPT_KEY: "⟦sgkey:2⟧"}', "⟦sgkey:2⟧"),
      N("        - name: DB_PASSWORD"),
      N("          valueFrom: {secretKeyRef: {name: perch-ingest-creds, key: DB_PASSWORD}}"),
      N("        envFrom: [{secretRef: {name: perch-ingest-creds}}]"),
      N("        image: ghcr.io/kestrellane/perch-ingest@sha256:⟦hex64:d2⟧"),
      C('  .dockerconfigjson: {"auths":{"ghcr.io":{"auth":"⟦dockerauth⟧"}}}', "⟦dockerauth⟧"),
      C('        args: ["--kafka-sasl-password", "⟦pw:kf⟧", "--kafka-sasl-user", "perch-ingest"]', "⟦pw:kf⟧"),
      )

group("psql-session",
      C("PGPASSWORD='⟦pw:pg9⟧' psql -h asset-db-01.kls.internal -U perch_admin perch", "⟦pw:pg9⟧"),
      N("perch=# select code, status, frame_in, frame_out from shots where episode='ep104' and status='ip' limit 10;"),
      N(" ep104_sh0420 | ip     |     1001 |      1240"),
      P("perch=# select id, login, email from human_users where login='kwatanabe';", "kwatanabe"),
      P("  2291 | kwatanabe | kenji.watanabe@kestrellane.studio", "kwatanabe", "kenji.watanabe@kestrellane.studio"),
      C("perch=# alter role perch_app with password '⟦pw:pg9b⟧';", "⟦pw:pg9b⟧"),
      P("perch=# update contacts set phone='+1 514 555 0143' where name='Aigerim Nurlanovna';", "+1 514 555 0143", "Aigerim Nurlanovna"),
      N(r'perch=# \conninfo  -- You are connected to database "perch" as user "perch_admin" on host "asset-db-01.kls.internal" at port "5432".'),
      C("perch=# insert into integrations(name, api_token) values ('frameio', '⟦fio⟧');", "⟦fio⟧"),
      )

group("voice-talent-contracts",
      P('Contract VT-2024-031: voice talent Rhiannon Pryce, role "Wren", 6 recording sessions', "Rhiannon Pryce"),
      P("Agent: Marcus Ellery-Boateng, Ellery Talent, marcus@ellerytalent.co.uk, 020 7946 0831", "Marcus Ellery-Boateng", "marcus@ellerytalent.co.uk", "020 7946 0831"),
      P("Talent DOB 02/11/1991 (over 18, no chaperone required)", "02/11/1991"),
      P("Fee paid to IBAN ⟦iban_gb⟧ (Rhiannon Pryce), invoice INV-VT-0311", "⟦iban_gb⟧", "Rhiannon Pryce"),
      N("Character sheet: Wren (lead), Marlowe (antagonist), Grace (narrator) - see shotgrid assets ep1xx_char_*"),
      P("Second cast member: Tavita Faleolo, Auckland NZ, phone +64 21 555 0192, sessions remote via Source-Connect", "Tavita Faleolo", "+64 21 555 0192"),
      C("Source-Connect Now link expires after 24h; room id SCN-44821-WREN, room password ⟦pw:scn⟧", "⟦pw:scn⟧"),
      P("Tavita's home address for the courier: 14 Kowhai Road, Mangere Bridge, Auckland 2022", "Tavita", "14 Kowhai Road, Mangere Bridge, Auckland 2022"),
      P("Minor performer: Noa Ben-David (age 12), guardian Ilana Ben-David, ilana.bendavid@outlook.com", "Noa Ben-David", "Ilana Ben-David", "ilana.bendavid@outlook.com"),
      N("Chaperone licence ref CL-2024-0871 issued by the local authority, valid to 31/08/2024"),
      P("W-9 received for US voice actor Marisol Vega-Huang (Los Angeles), SSN ⟦ssn⟧", "Marisol Vega-Huang", "⟦ssn⟧"),
      )
group("worker-image-build-log",
      N("#5 [base 1/7] FROM docker.io/nvidia/cuda:12.4.1-runtime-rockylinux9@sha256:⟦hex64:b⟧"),
      C("#9 [worker 5/7] RUN ARNOLD_LICENSE_ORDER=network solidangle_LICENSE=5053@lic-lon-02 RLM_ADMIN_PASS=⟦pw:rlmb⟧ /opt/kls/bin/check-lic.sh", "⟦pw:rlmb⟧"),
      C("#10 [worker 6/7] RUN pip install --index-url https://kls-ci:⟦pwurl:pip⟧@pypi.kls.internal/simple perch-worker==1.8.0", "⟦pwurl:pip⟧"),
      N("#10 0.912 Looking in indexes: https://kls-ci:****@pypi.kls.internal/simple"),
      N("#11 [worker 7/7] ARG RLM_LICENSE=5053@lic-lon-02.kls.internal"),
      C("#12 ENV SHOTGRID_SCRIPT_KEY=⟦sgkey:3⟧ PERCH_SITE=lon", "⟦sgkey:3⟧"),
      N("#13 exporting layers 14.2s done, writing image sha256:⟦hex64:img⟧ done"),
      N('WARN: SecretsUsedInArgOrEnv: Do not use ARG or ENV instructions for sensitive data (ENV "SHOTGRID_SCRIPT_KEY") (line 41)'),
      N("trivy image roost-worker:2024.05.3 -> Total: 4 (HIGH: 4, CRITICAL: 0), xz-libs 5.2.5-8.el9_0 not affected by CVE-2024-3094"),
      C("#14 RUN curl -fsSL -H 'Authorization: token ⟦ghp:b⟧' https://raw.githubusercontent.com/kestrellane/farm-tools/main/install.sh | sh", "⟦ghp:b⟧"),
      )

group("vpn-radius-log",
      P("2024-05-14T07:58:02Z openvpn[1844]: amara.okafor/⟦pubip:a1⟧:51234 MULTI: primary virtual IP assigned", "amara.okafor", "⟦pubip:a1⟧"),
      N("2024-05-14T07:58:02Z openvpn[1844]: Control Channel: TLSv1.3, cipher TLS_AES_256_GCM_SHA384, peer certificate: 2048 bit RSA"),
      P("2024-05-14T08:03:41Z openvpn[1844]: hyunwoo.park/⟦pubip:h⟧:60122 peer info: IV_VER=2.6.8 IV_PLAT=mac", "hyunwoo.park", "⟦pubip:h⟧"),
      N("2024-05-14T08:04:10Z openvpn[1844]: MANAGEMENT: Client connected from [AF_INET]127.0.0.1:7505"),
      P('2024-05-14T08:10:55Z radiusd: Login incorrect (bad OTP): [sofia.castellanos] (from client vpn-lon port 0 cli ⟦pubip:s⟧)', "sofia.castellanos", "⟦pubip:s⟧"),
      C('2024-05-14T08:11:02Z radiusd: DEBUG User-Password = "⟦pw:rad⟧" for User-Name = "sofia.castellanos"', "⟦pw:rad⟧", "sofia.castellanos"),
      N("2024-05-14T08:15:00Z vpn-stats: 143 active sessions, 2.1 Gbit/s aggregate, pool 10.88.0.0/16 23% used"),
      P("2024-05-14T08:22:19Z vpn-stats: session user=l.osullivan src=⟦pubip6⟧ duration=3h12m bytes_in=8.4G", "l.osullivan", "⟦pubip6⟧"),
      N("2024-05-14T09:00:01Z openvpn[1844]: CRL: loaded 412 CRLs from file /etc/openvpn/crl.pem, next update 2024-05-21T00:00:00Z"),
      P("2024-05-14T09:12:44Z fail2ban.actions: [openvpn] Ban ⟦pubip:x⟧ (5 failures in 600s)", "⟦pubip:x⟧"),
      )

group("review-portal-env-file",
      N("# review-portal/.env.example — copy to .env and fill in real values"),
      N("DATABASE_URL=postgres://review:<password>@localhost:5432/review"),
      N("STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx"),
      N("SESSION_SECRET=changeme"),
      P("# --- actual .env from review-prod-01 below (pasted into ticket OPS-2291 by Björn Lindqvist by mistake) ---", "Björn Lindqvist"),
      C("DATABASE_URL=postgres://review:⟦pwurl:rv⟧@review-db.kls.internal:5432/review", "⟦pwurl:rv⟧"),
      C("SENDGRID_API_KEY=⟦sg⟧", "⟦sg⟧"),
      C("SESSION_SECRET=⟦hex64:ss⟧", "⟦hex64:ss⟧"),
      C("AWS_ACCESS_KEY_ID=⟦akid:rv⟧", "⟦akid:rv⟧"),
      C("AWS_SECRET_ACCESS_KEY=⟦awssec:rv⟧", "⟦awssec:rv⟧"),
      N("S3_BUCKET=kls-review-prod-euw2"),
      N("LOG_LEVEL=info  SENTRY_ENVIRONMENT=production  PORT=8443"),
      N("GOOGLE_OAUTH_CLIENT_ID=⟦d12⟧-⟦lo32⟧.apps.googleusercontent.com"),
      C("GOOGLE_OAUTH_CLIENT_SECRET=⟦gocspx⟧", "⟦gocspx⟧"),
      )

group("postmortem-doc",
      P("Incident commander: Priya Raghunathan. Scribe: Ezra Goldfarb. Comms: Sofía Castellanos.", "Priya Raghunathan", "Ezra Goldfarb", "Sofía Castellanos"),
      N("Root cause: RLM on lic-lon-02 exhausted file descriptors (ulimit 1024) after a retry storm from 212 workers."),
      N("Trigger: worker image roost-worker:2024.05.3 shortened the license retry interval from 30s to 2s (commit ⟦sha:pm⟧)."),
      C("Contributing factor: the RLM admin password ⟦pw:rlm2⟧ was pasted in #render-ops during the incident; it has since been rotated.", "⟦pw:rlm2⟧"),
      P("Action item AI-2: Tomasz to add jitter to the worker license retry (due 2024-05-24)", "Tomasz"),
      N("Action item AI-3: add secret scanning to #render-ops via the Slack DLP app (owner: security)"),
      N("What went well: runbook RB-017 step 3 restored service; no data loss; the Bluewater Features review was not affected."),
      P("Customer contact informed: Harriet Quinlan (Bluewater Features) by phone at 07:30 on +44 7700 900 552.", "Harriet Quinlan", "+44 7700 900 552"),
      )

group("client-review-support-ticket",
      P("Reporter: Harriet Quinlan <h.quinlan@bluewaterfeatures.co.uk>", "Harriet Quinlan", "h.quinlan@bluewaterfeatures.co.uk"),
      C("Link sent: https://review.kestrellane.studio/s/ep104-sh0420?token=⟦rs:rt⟧", "⟦rs:rt⟧"),
      N('Error shown to client: 410 Gone - "This share link has expired (expires_at 2024-05-13T23:59:59Z)"'),
      C("Agent note: regenerated link https://review.kestrellane.studio/s/ep104-sh0420?token=⟦rs:rt2⟧, valid 7 days", "⟦rs:rt2⟧"),
      C("Presigned proxy: https://kls-review-prod-euw2.s3.eu-west-2.amazonaws.com/ep104/sh0420_v012.mov?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=⟦akid:ps⟧%2F20240514%2Feu-west-2%2Fs3%2Faws4_request&X-Amz-Date=20240514T081500Z&X-Amz-Expires=604800&X-Amz-SignedHeaders=host&X-Amz-Signature=⟦hex64:sig⟧", "⟦akid:ps⟧", "⟦hex64:sig⟧"),
      P("Client also asked to add her assistant Daniel Mwangi (d.mwangi@bluewaterfeatures.co.uk) as a viewer", "Daniel Mwangi", "d.mwangi@bluewaterfeatures.co.uk"),
      P('Added role "client-viewer" for d.mwangi@bluewaterfeatures.co.uk on project BLUEWATER-EP1 (project id 1187)', "d.mwangi@bluewaterfeatures.co.uk"),
      P("Harriet called from her mobile 07700 900 336 to confirm it works now", "Harriet", "07700 900 336"),
      N("Browser: Safari 17.4.1 on macOS 14.4.1, user agent hash ⟦hex16:ua⟧"),
      C("Internal: the portal admin login is reviewadmin / ⟦pw:radm⟧, do not share with clients", "⟦pw:radm⟧"),
      )

group("perforce-session",
      N("p4 trust -y -f  # fingerprint ⟦fpcolon⟧"),
      C("export P4PASSWD=⟦pw:p4⟧", "⟦pw:p4⟧"),
      C("echo '⟦pw:p4⟧' | p4 -u build-lon login -a", "⟦pw:p4⟧"),
      N("User build-lon logged in. Ticket expires in 12 hours 0 minutes."),
      C("p4 tickets  ->  ssl:p4-lon.kls.internal:1666 (build-lon) ⟦HEX32:tix⟧", "⟦HEX32:tix⟧"),
      N("p4 sync //depot/ep104/assets/char/wren/...@421877"),
      P("p4 changes -m3 -u nmai //depot/ep104/...  # Nguyen Thi Mai's lighting changes", "nmai", "Nguyen Thi Mai"),
      P("Change 421871 on 2024/05/13 by nmai@nmai-ws-lon 'relight sh0420 key to match plate'", "nmai"),
      N('P4PASSWD is set with p4 set -s for service accounts; see the wiki page "Perforce service accounts"'),
      C("p4 -u super -P ⟦pw:p4s⟧ admin checkpoint", "⟦pw:p4s⟧"),
      )

group("corporate-card-expenses",
      P('txn 88213441 card ⟦visa_sp:e1⟧ holder Siddharth Menon merchant "B&H Photo" GBP 1,249.00', "⟦visa_sp:e1⟧", "Siddharth Menon"),
      P('txn 88213442 card ending 9023 holder Léa Moreau merchant "SNCF" EUR 87.50', "Léa Moreau"),
      N('txn 88213443 card ending 3310 holder svc-aws-billing merchant "AWS EMEA" USD 48,112.77'),
      P('Declined: card ⟦mc_dash:e2⟧ exp 09/27 (Mateus Oliveira) - reason "do not honour"', "⟦mc_dash:e2⟧", "Mateus Oliveira"),
      P('Chat paste from cardholder for the retry: "card ⟦amex_sp⟧ exp 11/26 cvv 4417"', "⟦amex_sp⟧", "4417"),
      P("Receipt missing reminder sent to aigerim.nurlanovna@kestrellane.studio (3rd reminder)", "aigerim.nurlanovna@kestrellane.studio"),
      C("card provider API auth header: Authorization: Basic ⟦basicb64:cp⟧", "⟦basicb64:cp⟧"),
      N("Export written to s3://kls-finance-exports/expenses/2024-05-14.csv (sha256 ⟦hex64:ex⟧)"),
      P("Per diem override for Oluwaseun Adeyemi approved by Sofía Castellanos", "Oluwaseun Adeyemi", "Sofía Castellanos"),
      )

group("terraform-plan",
      N("  # aws_iam_access_key.render_uploader will be created"),
      N("      + secret                         = (sensitive value)"),
      C('      ~ password                       = "⟦pw:tf⟧" -> (sensitive value)', "⟦pw:tf⟧"),
      N('      ~ instance_class                 = "db.r6g.2xlarge" -> "db.r6g.4xlarge"'),
      C(r'module.vpn.aws_instance.openvpn: user_data = "#!/bin/bash\nexport RADIUS_SECRET=⟦pw:radsec⟧\nsystemctl restart radiusd\n"', "⟦pw:radsec⟧"),
      C("TF_VAR_cloudflare_api_token=⟦cf⟧ terraform apply -auto-approve", "⟦cf⟧"),
      C('provider "datadog" { api_key = "⟦hex32:tfdd⟧", api_url = "https://api.datadoghq.eu/" }', "⟦hex32:tfdd⟧"),
      N("Apply complete! Resources: 3 added, 2 changed, 0 destroyed. Outputs: render_uploader_key_id = <sensitive>"),
      P('  + tags = { "Owner" = "bjorn.lindqvist@kestrellane.studio", "CostCentre" = "CC-4410" }', "bjorn.lindqvist@kestrellane.studio"),
      )

group("pagerduty-integration",
      C('{"routing_key":"⟦hex32:pd19⟧","event_action":"trigger","payload":{"summary":"gpu_lon capacity 0/212","severity":"critical"}}', "⟦hex32:pd19⟧"),
      N('{"event_action":"resolve","dedup_key":"roost-gpu_lon-capacity","routing_key":"${PD_ROUTING_KEY}"}'),
      P("Incident #48213 acknowledged by Priya Raghunathan via SMS (+44 7700 900 118)", "Priya Raghunathan", "+44 7700 900 118"),
      C('curl -H "Authorization: Token token=⟦pdtoken⟧" "https://api.pagerduty.com/oncalls?schedule_ids[]=P7X2K9Q"', "⟦pdtoken⟧"),
      P("Oncall now: Ezra Goldfarb (primary), Siddharth Menon (secondary)", "Ezra Goldfarb", "Siddharth Menon"),
      N("schedule P7X2K9Q layer 1 rotation: weekly, handoff Monday 09:00 Europe/London"),
      C("Slack app config: incoming webhook ⟦slackhook:19⟧ for #sre-pages", "⟦slackhook:19⟧"),
      N("webhook v3 subscription PSUB9K2 events=[incident.triggered, incident.resolved] filter=service:PROOST1"),
      C("Discord mirror for the Montréal team: ⟦discordhook⟧", "⟦discordhook⟧"),
      )

group("license-servers",
      N("sesinetd: Houdini FX 20.0.625 license checked out by rn-lon-0107 (1/40 in use)"),
      N("rlm: arnold 7.2.4.1 checkout OK for worker rn-mtl-0033, 86 of 120 used"),
      P("Katana 7.0v2 failed to start for kwatanabe on ws-lon-118: Foundry licence not found (FLT-1001)", "kwatanabe"),
      N("Maya 2024.2 batch render: Arnold for Maya (MtoA) 5.3.4.1 loaded"),
      N("Mari 7.0v1 and Nuke 15.1v3 share the Foundry floating pool on 4101@lic-lon-03"),
      P("Gaffer 1.4.2.0 lookdev session opened scene ep104_char_wren_lookdev_v007.gfr (user Léa Moreau)", "Léa Moreau"),
      N("Clarisse iFX 5.0 SP14 deprecated: migrate the remaining scenes by Q3"),
      N("Harmony 22 (Toon Boom) node-locked license on anim-ws-mtl-12 renewed until 2025-03-31"),
      P("Houdini license borrowed by Dmitri Volkov for travel, returns 2024-05-28", "Dmitri Volkov"),
      C("sesictrl login -u sidefx-admin -p ⟦pw:sfx⟧ -s lic-lon-03", "⟦pw:sfx⟧"),
      N('License feature "nuke_i" expires 31-dec-2024, hostid 0050568a3f21'),
      )
group("review-nginx-access-log",
      P('⟦pubip:n1⟧ - - [14/May/2024:08:15:02 +0000] "GET /s/ep104-sh0420 HTTP/2.0" 200 5123 "-" "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1)"', "⟦pubip:n1⟧"),
      N('10.20.1.14 - - [14/May/2024:08:15:03 +0000] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29"'),
      C('⟦pubip:n1⟧ - - [14/May/2024:08:15:05 +0000] "GET /api/v1/versions/v012/stream?access_token=⟦jwt:at⟧ HTTP/2.0" 206 1048576', "⟦pubip:n1⟧", "⟦jwt:at⟧"),
      N('127.0.0.1 - - [14/May/2024:08:15:06 +0000] "GET /nginx_status HTTP/1.1" 200 97'),
      C("request header dump: Cookie: kls_review_session=⟦rs:ck⟧; theme=dark; lang=en-GB", "⟦rs:ck⟧"),
      P('⟦pubip:n2⟧ - h.quinlan@bluewaterfeatures.co.uk [14/May/2024:08:16:40 +0000] "POST /api/v1/comments HTTP/2.0" 201 311', "⟦pubip:n2⟧", "h.quinlan@bluewaterfeatures.co.uk"),
      N('2024/05/14 08:17:12 [error] 2211#2211: *88123 upstream timed out (110: Connection timed out) while reading response header from upstream, upstream: "http://10.20.3.7:8080/api/v1/versions"'),
      C('⟦pubip:n3⟧ - - [14/May/2024:08:19:55 +0000] "GET /admin/login?user=reviewadmin&password=⟦pwurl:nx⟧ HTTP/1.1" 302 0', "⟦pubip:n3⟧", "⟦pwurl:nx⟧"),
      N("""log_format kls '$remote_addr - $remote_user [$time_local] "$request" $status $body_bytes_sent';"""),
      N('map $http_authorization $auth_redacted { default "[REDACTED]"; }'),
      P('⟦pubip6:n4⟧ - - [14/May/2024:08:21:30 +0000] "GET /s/bw-ep1-trailer HTTP/2.0" 200 4711 "https://mail.google.com/" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)"', "⟦pubip6:n4⟧"),
      )

group("helm-values-prod",
      N("existingSecret: perch-ingest-creds"),
      N("postgresql: {auth: {existingSecret: asset-db-auth, secretKeys: {userPasswordKey: password}}}"),
      C('redis: {auth: {enabled: true, password: "⟦pw:redis⟧"}}', "⟦pw:redis⟧"),
      N("kafka: {sasl: {mechanism: SCRAM-SHA-512, user: perch-ingest, passwordFrom: {secretKeyRef: {name: kafka-users, key: perch-ingest}}}}"),
      C("datadog: {apiKey: ⟦hex32:dd⟧, appKey: ⟦hex40:ddapp⟧, site: datadoghq.eu}", "⟦hex32:dd⟧", "⟦hex40:ddapp⟧"),
      N("ingress: {host: perch.kls.internal, tls: [{secretName: perch-tls, hosts: [perch.kls.internal]}]}"),
      N('podAnnotations: {vault.hashicorp.com/agent-inject-secret-db: "kls/data/pipeline/asset-db"}'),
      C('extraEnv: [{name: OPENAI_API_KEY, value: "⟦openai⟧"}]', "⟦openai⟧"),
      N('extraEnv: [{name: OPENAI_BASE_URL, value: "https://llm-gw.kls.internal/v1"}, {name: LLM_MODEL, value: "gpt-4o-mini"}]'),
      C("# TODO remove before merge: adminPassword: Wr3n-Lookdev-2024!", "Wr3n-Lookdev-2024!"),
      )

group("montreal-it-tickets-fr",
      P("Billet TI-MTL-0915 : nouvel employé Jean-Philippe Tremblay, animateur 2D, début le 3 juin", "Jean-Philippe Tremblay"),
      P("NAS (numéro d'assurance sociale) pour la paie : ⟦sin⟧", "⟦sin⟧"),
      P("Adresse : 4521, rue Saint-Denis, app. 3, Montréal (Québec) H2J 2L4", "4521, rue Saint-Denis, app. 3, Montréal (Québec) H2J 2L4"),
      P("Téléphone cellulaire : 514-555-0178, courriel perso jp.tremblay@videotron.ca", "514-555-0178", "jp.tremblay@videotron.ca"),
      P("Poste de travail anim-ws-mtl-12 attribué à Jean-Philippe Tremblay, Harmony 22 + Maya 2024.2 installés", "Jean-Philippe Tremblay"),
      C("Mot de passe temporaire du compte AD : ⟦pw:mtl⟧ (à changer à la première connexion)", "⟦pw:mtl⟧"),
      N("Le mot de passe doit contenir au moins 14 caractères; voir la politique SEC-PWD-02"),
      P("Date de naissance : 1996-02-29 (vérifiée par les RH)", "1996-02-29"),
      N("Groupes de sécurité ajoutés : grp-anim-mtl, grp-vpn-staff; licence Toon Boom no TB-22-88412"),
      P("Contact d'urgence : Geneviève Tremblay, 438-555-0122", "Geneviève Tremblay", "438-555-0122"),
      C("Wi-Fi invités Montréal : SSID KLS-Invites, clé WPA2 ⟦pw:wifi⟧", "⟦pw:wifi⟧"),
      )

group("bengaluru-office-ops",
      P("Visitor pass request for Siddharth Menon's guest Ananya Krishnaswamy, 16 May, Bengaluru office", "Siddharth Menon", "Ananya Krishnaswamy"),
      P("Guest ID proof: Aadhaar ⟦aadhaar_sp⟧", "⟦aadhaar_sp⟧"),
      P("Contractor PAN for TDS: ⟦pan⟧, name as per PAN: RAVI SHANKAR IYER", "⟦pan⟧", "RAVI SHANKAR IYER"),
      P("Contractor mobile +91 98450 12345, alternate +91-80-4112-7788", "+91 98450 12345", "+91-80-4112-7788"),
      C("UPS web console https://ups-blr-01.kls.internal login apc / ⟦pw:ups⟧", "⟦pw:ups⟧"),
      N("BESCOM complaint 2024051400731 raised for the 14:05 outage"),
      P("Salary advance approved for employee KLS-BLR-0231 (Farhan Qureshi), paid to account ⟦d11⟧ IFSC HDFC0001234", "Farhan Qureshi", "⟦d11⟧"),
      N("GSTIN 29ABCDE1234F1Z5 for Kestrel Lane Studios India Pvt Ltd on all vendor invoices"),
      C("SMS gateway authkey=⟦rs:sms⟧ in /etc/kls/visitor-otp.conf", "⟦rs:sms⟧"),
      N("Visitor OTP length 6, expiry 300s, max 3 attempts (visitor-otp.conf holds no secrets since v2)"),
      )

group("curl-api-tests",
      C('curl -s -H "Authorization: Bearer ⟦jwt:sg⟧" "https://kestrellane.shotgrid.autodesk.com/api/v1/entity/shots?filter[sg_status_list]=ip"', "⟦jwt:sg⟧"),
      N("""curl -s -H "Authorization: Bearer $SG_TOKEN" https://kestrellane.shotgrid.autodesk.com/api/v1/entity/shots | jq '.data | length'"""),
      C("curl -u perch-bot:⟦pw:c25⟧ https://jira.kls.internal/rest/api/2/issue/RENDER-4821", "⟦pw:c25⟧"),
      N('{"errorMessages":["Issue does not exist or you do not have permission to see it."],"errors":{}}'),
      C('curl -X POST https://api.frame.io/v2/assets/⟦uuid:fa⟧/children -H "Authorization: Bearer ⟦fio:2⟧"', "⟦fio:2⟧"),
      N('HTTP/2 401 www-authenticate: Bearer error="invalid_token", error_description="The access token expired"'),
      C('curl -H "X-Api-Key: ⟦rs:xk⟧" "https://render-cost.kls.internal/api/v2/report?month=2024-04"', "⟦rs:xk⟧"),
      N('curl -H "X-Api-Key: <your-api-key>" "https://render-cost.kls.internal/api/v2/report?month=YYYY-MM"  (from README)'),
      C('curl -H "Cookie: sessionid=⟦rs:sid⟧; csrftoken=⟦rs:csrf⟧" https://perch.kls.internal/admin/', "⟦rs:sid⟧", "⟦rs:csrf⟧"),
      N("< HTTP/1.1 302 Found  Location: /admin/login/?next=/admin/  X-Request-Id: ⟦uuid:rq⟧"),
      C('curl "https://api.telegram.org/bot⟦tg⟧/sendMessage?chat_id=-1001873344551&text=render+done"', "⟦tg⟧"),
      )

group("ssh-keys-and-vault",
      N('ssh-keygen -t ed25519 -C "roost-deploy@kls" -f ~/.ssh/roost_deploy'),
      N("The key fingerprint is SHA256:⟦b64_43:fp⟧ roost-deploy@kls"),
      N("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI⟦b64_43:pub⟧ roost-deploy@kls"),
      C(r"cat ~/.ssh/roost_deploy | tr '\n' ' '  ->  -----BEGIN OPENSSH PRIVATE KEY----- ⟦osshbody⟧ -----END OPENSSH PRIVATE KEY-----", "⟦osshbody⟧"),
      N("chmod 600 ~/.ssh/roost_deploy && ssh-add -l  # 256 SHA256:⟦b64_43:fp⟧ roost-deploy@kls (ED25519)"),
      P("ssh l.osullivan@jump-lon-01 -i ~/.ssh/id_ed25519  # Liam O'Sullivan's jump host session", "l.osullivan", "Liam O'Sullivan"),
      N("Host rn-lon-* ProxyJump jump-lon-01 User roost IdentityFile ~/.ssh/roost_deploy StrictHostKeyChecking yes"),
      C("sshpass -p '⟦pw:sshp⟧' ssh root@ups-blr-01.kls.internal", "⟦pw:sshp⟧"),
      C("ansible-vault view group_vars/farm/vault.yml --vault-password-file <(echo ⟦pw:av⟧)", "⟦pw:av⟧"),
      N("$ANSIBLE_VAULT;1.1;AES256 ⟦hex64:av1⟧⟦hex64:av2⟧"),
      C(r'GCP key file: {"type":"service_account","project_id":"kls-render-burst","private_key_id":"⟦hex40:pkid⟧","private_key":"-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC⟦b64pk⟧\n-----END PRIVATE KEY-----\n","client_email":"render-burst@kls-render-burst.iam.gserviceaccount.com"}', "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC⟦b64pk⟧"),
      )

group("sentry-ingest-errors",
      N("Sentry issue PERCH-INGEST-3K2: KeyError 'frame_out' in perch/ingest/version.py:218"),
      N("event_id=⟦hex32:ev⟧ release=perch-ingest@1.8.0 environment=production"),
      P('user: {"id": 2291, "email": "kenji.watanabe@kestrellane.studio", "ip_address": "⟦pubip:k⟧"}', "kenji.watanabe@kestrellane.studio", "⟦pubip:k⟧"),
      C('request.headers: {"X-Vault-Token": "⟦hvs⟧", "User-Agent": "perch-cli/1.8.0"}', "⟦hvs⟧"),
      N('request.headers: {"Authorization": "[Filtered]", "Cookie": "[Filtered]", "X-Request-Id": "⟦uuid:rid⟧"}'),
      P('extra: {"artist": "Nguyen Thi Mai", "shot": "ep104_sh0420", "version": 12}', "Nguyen Thi Mai"),
      N("trace_id=⟦hex32:tr⟧ span_id=⟦hex16:sp⟧ transaction=/api/v1/versions"),
      C("locals: dsn='postgres://perch_app:⟦pwurl:pg27⟧@asset-db-01:5432/perch' retries=3", "⟦pwurl:pg27⟧"),
      )

group("wiki-howto-docs",
      N('Run psql "postgres://<user>:<password>@asset-db-01.kls.internal:5432/perch" or, better, perch db shell.'),
      N("Never paste tokens in Jira. To share a secret use a one-time link from Vault (kls-share)."),
      N("Example: export SHOTGRID_SCRIPT_KEY=xxxxxxxxxxxxxxxxxxxxxxxx"),
      N('The default admin password in the chart is "changeme"; the install job fails if you keep it.'),
      N("Example AWS config from the AWS docs: aws_access_key_id = AKIAIOSFODNN7EXAMPLE"),
      N("aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"),
      N("Slack webhooks look like https://hooks.slack.com/services/TXXXXXXXX/BXXXXXXXX/XXXXXXXXXXXXXXXXXXXXXXXX"),
      N("Tokens are rotated every 90 days by the job rotate-secrets (cron 0 3 * * 1); see RENDER-4830."),
      N("Use ${{ secrets.PERCH_DEPLOY_TOKEN }} in workflows, never a literal value."),
      N('If you see "password authentication failed for user perch_app", check that perch-ingest-creds/DB_PASSWORD is synced.'),
      N("Questions: #pipeline-help on Slack or pipeline@kestrellane.studio (team mailbox)"),
      N("Reference: JWTs start with eyJ and have three dot-separated parts; never log them."),
      )

group("backup-cron-and-rclone",
      N("0 2 * * * /opt/kls/bin/backup-assetdb.sh >> /var/log/kls/backup.log 2>&1"),
      C("export RESTIC_PASSWORD='⟦pw:restic⟧'", "⟦pw:restic⟧"),
      N("export RESTIC_REPOSITORY=s3:https://s3.eu-west-2.amazonaws.com/kls-backups-lon/assetdb"),
      N("restic snapshots --latest 3  ->  ⟦hex8:s1⟧ ⟦hex8:s2⟧ ⟦hex8:s3⟧"),
      C("[kls-b2] type = b2  account = ⟦hex12:b2a⟧  key = ⟦b2key⟧", "⟦b2key⟧"),
      N("rclone sync /mnt/isilon/archive kls-b2:kls-archive --transfers 16 --checkers 32 --bwlimit 400M"),
      C("[offsite-sftp] type = sftp  host = dr.offsite-vault.net  user = kls  pass = ⟦b64_42:obsc⟧", "⟦b64_42:obsc⟧"),
      N("backup-assetdb.sh: pg_dump perch | zstd -T8 > /backup/perch-20240514.sql.zst (38.2 GiB) OK"),
      C("mysqldump -u backup -p⟦pw:mdump⟧ --all-databases --single-transaction > /backup/licdb.sql", "⟦pw:mdump⟧"),
      P("backup failure alerts go to liam.osullivan@kestrellane.studio and +44 7700 900 604 (SMS)", "liam.osullivan@kestrellane.studio", "+44 7700 900 604"),
      )

group("festival-guest-list",
      P('Annecy 2024 screening guest list export (sheet "Guests v4"), 48 rows, exported by Sofía Castellanos', "Sofía Castellanos"),
      P("Guest: Yasmin Haddad, distributor, yasmin.haddad@lumenfilms.fr, +33 7 81 22 45 90", "Yasmin Haddad", "yasmin.haddad@lumenfilms.fr", "+33 7 81 22 45 90"),
      P('Guest: Olusegun "Segun" Bakare, press, segun.bakare@protonmail.com, dietary: halal', 'Olusegun "Segun" Bakare', "segun.bakare@protonmail.com"),
      P("Guest: Margarethe Schulz, festival jury, passport no. C4J7R2K9L (for venue security)", "Margarethe Schulz", "C4J7R2K9L"),
      N("Screening: Salle Bonlieu, 12 June 2024 19:30, runtime 84 min, DCP KLS_WREN_FTR_F-178_EN-XX_51_4K_20240501_SMPTE_OV"),
      P("Guest: Kwame Asante-Mensah, producer, 14 Rue des Martyrs, 75009 Paris (printed invite by post)", "Kwame Asante-Mensah", "14 Rue des Martyrs, 75009 Paris"),
      P("Guest: Isabella Rossi, +39 347 123 4567, arriving by train, needs a hotel near the venue", "Isabella Rossi", "+39 347 123 4567"),
      N("Hotel block: Hôtel du Lac, 12 rooms, group booking reference KLS-ANNECY-24"),
      C("Festival accreditation portal login: kls-press / ⟦pw:ann⟧", "⟦pw:ann⟧"),
      P("Plus one for Yasmin Haddad: Karim Haddad (husband)", "Yasmin Haddad", "Karim Haddad"),
      )
group("ldap-directory-queries",
      C("""ldapsearch -x -H ldaps://dc-lon-01.kls.internal -D "cn=svc-perch,ou=Service,dc=kls,dc=internal" -w '⟦pw:ldap⟧' -b "ou=Staff,dc=kls,dc=internal" "(department=Lighting)" """.strip(), "⟦pw:ldap⟧"),
      P("dn: cn=Nguyen Thi Mai,ou=Staff,dc=kls,dc=internal", "Nguyen Thi Mai"),
      P("mail: nguyen.thimai@kestrellane.studio", "nguyen.thimai@kestrellane.studio"),
      P("telephoneNumber: +44 20 7946 0412", "+44 20 7946 0412"),
      N("memberOf: cn=grp-lighting,ou=Groups,dc=kls,dc=internal"),
      N("userAccountControl: 512  pwdLastSet: 133597812340000000  lastLogonTimestamp: 133601184550000000"),
      N("objectGUID:: ⟦b64_22:og⟧=="),
      P("dn: cn=Aigerim Nurlanovna,ou=Staff,dc=kls,dc=internal", "Aigerim Nurlanovna"),
      P("homePostalAddress: 77 Boulevard Saint-Laurent, Montréal QC H2X 2T3", "77 Boulevard Saint-Laurent, Montréal QC H2X 2T3"),
      C('ldappasswd -x -H ldaps://dc-lon-01.kls.internal -D "cn=svc-helpdesk,ou=Service,dc=kls,dc=internal" -w ⟦pw:hd⟧ -s ⟦pw:newu⟧ "cn=Aigerim Nurlanovna,ou=Staff,dc=kls,dc=internal"', "⟦pw:hd⟧", "⟦pw:newu⟧", "Aigerim Nurlanovna"),
      N("ldapsearch: -w is insecure; use -W to prompt or -y to read the password from a file"),
      )

group("prometheus-scrape-config",
      N("    static_configs: [{targets: ['rn-lon-0107:9100', 'rn-lon-0423:9100']}]"),
      C("    basic_auth: {username: metrics, password: ⟦pw:prom⟧}", "⟦pw:prom⟧"),
      N("    basic_auth: {username: metrics, password_file: /etc/prometheus/secrets/isilon}"),
      C("  - job_name: deadline-web  params: {apikey: ['⟦hex32:dw⟧']}", "⟦hex32:dw⟧"),
      N("remote_write: [{url: 'https://mimir.kls.internal/api/v1/push', headers: {X-Scope-OrgID: kls-farm}}]"),
      C("    bearer_token: ⟦jwt:k8s⟧", "⟦jwt:k8s⟧"),
      C("    authorization: {type: Bearer, credentials: ⟦glsa:32⟧}", "⟦glsa:32⟧"),
      N("    bearer_token_file: /var/run/secrets/kubernetes.io/serviceaccount/token"),
      N("  - job_name: nvidia-dcgm  scrape_interval: 15s  metrics_path: /metrics  # port 9400"),
      C("alertmanager global: {slack_api_url: '⟦slackhook:32⟧', resolve_timeout: 5m}", "⟦slackhook:32⟧"),
      )

group("spanish-rigging-contractor",
      P("Alta de proveedor: Javier Domínguez Ruiz, autónomo, rigging freelance", "Javier Domínguez Ruiz"),
      P("DNI ⟦dni⟧ - domicilio Calle de Embajadores 112, 3º B, 28012 Madrid", "⟦dni⟧", "Calle de Embajadores 112, 3º B, 28012 Madrid"),
      P("IBAN para pagos: ⟦iban_es_sp⟧", "⟦iban_es_sp⟧"),
      P("Teléfono móvil +34 612 345 678, correo javi.dominguez.rig@gmail.com", "+34 612 345 678", "javi.dominguez.rig@gmail.com"),
      N("Factura FR-2024-0117 por 3.450,00 EUR (IVA 21%), concepto: rig de Wren v031"),
      N("NIF de la empresa cliente: B12345674 (Kestrel Lane Studios Europe S.L.)"),
      C("Acceso al SFTP de entregas: sftp://jdominguez:⟦pwurl:sf⟧@delivery.kestrellane.studio:2222/incoming", "jdominguez", "⟦pwurl:sf⟧"),
      N("Entrega recibida: wren_rig_v031.ma (48.2 MB) sha1 ⟦hex40:sh1⟧"),
      P("Pago a Javier Domínguez Ruiz programado el 30/06/2024 por transferencia SEPA, referencia KLS-PAY-44871", "Javier Domínguez Ruiz"),
      P("Fecha de nacimiento 07/03/1988 (requisito del seguro de responsabilidad civil)", "07/03/1988"),
      N("Contrato firmado vía DocuSign, sobre ⟦uuid:ds⟧, estado: completed"),
      P("Contacto de emergencia: Lucía Ruiz Ortega, 91 555 23 87", "Lucía Ruiz Ortega", "91 555 23 87"),
      )

group("dutch-burst-render-vendor",
      N("Leverancier: Polderlicht Render B.V., KvK 12345678, btw NL001234567B01"),
      P("Contactpersoon: Sanne de Vries-Bakker, s.devries@polderlicht.nl, 06 12345678", "Sanne de Vries-Bakker", "s.devries@polderlicht.nl", "06 12345678"),
      P("Voor de zzp'er Daan Visser: BSN ⟦bsn⟧, IBAN ⟦iban_nl⟧", "Daan Visser", "⟦bsn⟧", "⟦iban_nl⟧"),
      C("Polderlicht API: POST https://api.polderlicht.nl/v1/jobs  X-PL-Token: pl_live_⟦rs:pl⟧", "pl_live_⟦rs:pl⟧"),
      N("Polderlicht API: tokens with prefix pl_test_ are sandbox-only; pl_live_ tokens live only in vault at kls/vendors/polderlicht"),
      N("Job pl-job-⟦d8⟧ finished: 12,400 frames, 18,223 core-hours, EUR 2,186.76"),
      C('rsync -e "sshpass -p ⟦pw:rs⟧ ssh -p 2022" -av /mnt/roost/out/ep104/ kls@transfer.polderlicht.nl:/in/', "⟦pw:rs⟧"),
      P("Daan's werkadres: Oudegracht 231-bis, 3511 NP Utrecht", "Daan", "Oudegracht 231-bis, 3511 NP Utrecht"),
      N("Invoice PL-2024-0588 due 2024-06-13, payment terms 30 days, PO-2024-118834"),
      P("Geboortedatum Daan Visser: 22-10-1993", "Daan Visser", "22-10-1993"),
      N("Data processing agreement DPA-PL-2024 signed; data location NL; subprocessors: none"),
      )

group("assistant-chat-oom-debug",
      N("user: the ingest worker keeps crashing with OOMKilled, limits are 4Gi, what should I check?"),
      C("user: here is the full env of the pod: KAFKA_PASSWORD=⟦pw:k35⟧ SHOTGRID_URL=https://kestrellane.shotgrid.autodesk.com LOG_LEVEL=debug", "⟦pw:k35⟧"),
      N("assistant: Please rotate KAFKA_PASSWORD, since it has now been shared. Its value is not needed for the OOM analysis."),
      P("user: Tomasz says it started after Hyun-woo's change, commit ⟦sha:c35⟧", "Tomasz", "Hyun-woo"),
      N("assistant: That commit raises the thumbnail size from 512 to 2048 px; at 4 channels of float32 a 2048x2048 frame is 64 MiB."),
      P("user: ok raised to 6Gi, pod perch-ingest-7d9f8c6b5-x2kqp is stable now, thanks to Siddharth for the hint", "Siddharth"),
      C("user: also can you check why this slack token gets invalid_auth: ⟦xoxb⟧", "⟦xoxb⟧"),
      N("assistant: invalid_auth usually means the token was revoked or belongs to another workspace; check the app's OAuth & Permissions page."),
      P("user: send the summary to Chiara Bellini and cc chiara's manager Ezra", "Chiara Bellini", "chiara", "Ezra"),
      N("assistant: Summary for the ticket: OOMKilled due to 2048 px thumbnails; memory limit raised to 6Gi; follow-up RENDER-4833."),
      )

group("package-registry-credentials",
      C("//npm.pkg.github.com/:_authToken=⟦ghp:36⟧", "⟦ghp:36⟧"),
      N("@kestrellane:registry=https://npm.pkg.github.com"),
      C("//gitlab.kls.internal/api/v4/packages/npm/:_authToken=⟦glpat:36⟧", "⟦glpat:36⟧"),
      N("//registry.npmjs.org/:_authToken=${NPM_TOKEN}"),
      N("# ~/.pypirc  [pypi]  username = __token__"),
      C("password = ⟦pypi⟧", "⟦pypi⟧"),
      C("[kls-internal] repository = https://pypi.kls.internal/  username = kls-ci  password = ⟦pwurl:pip⟧", "⟦pwurl:pip⟧"),
      C("HF_TOKEN=⟦hf⟧ huggingface-cli download kls/shot-notes-summariser --local-dir /models/shot-notes", "⟦hf⟧"),
      C("cargo login ⟦cio⟧", "⟦cio⟧"),
      N("gem sources --add https://rubygems.pkg.github.com/kestrellane  # credentials come from ~/.gem/credentials (chmod 600)"),
      N("npm whoami --registry https://npm.pkg.github.com  ->  kls-ci-bot"),
      )

group("mail-relay-log",
      N("May 14 08:01:12 mx-lon-01 postfix/smtpd[4412]: 4VdK2x3f1Qz9sXY: client=relay-lon-02.kls.internal[10.20.5.11]"),
      P("May 14 08:01:12 mx-lon-01 postfix/cleanup[4420]: 4VdK2x3f1Qz9sXY: message-id=<⟦hex16:mid⟧@mail.lumenfilms.fr> from=<yasmin.haddad@lumenfilms.fr>", "yasmin.haddad@lumenfilms.fr"),
      P("May 14 08:01:13 mx-lon-01 postfix/qmgr[1101]: 4VdK2x3f1Qz9sXY: from=<h.quinlan@bluewaterfeatures.co.uk>, size=48211, nrcpt=2 (queue active)", "h.quinlan@bluewaterfeatures.co.uk"),
      P("May 14 08:01:14 mx-lon-01 postfix/lmtp[4431]: 4VdK2x3f1Qz9sXY: to=<kenji.watanabe@kestrellane.studio>, relay=mbox-lon-01[10.20.5.20]:24, status=sent (250 2.0.0 Ok)", "kenji.watanabe@kestrellane.studio"),
      N("May 14 08:02:40 mx-lon-01 postfix/smtpd[4412]: NOQUEUE: reject: RCPT from unknown[10.20.9.3]: 554 5.7.1 Relay access denied"),
      C("May 14 08:03:02 mx-lon-01 postfix/smtpd[4412]: warning: SASL PLAIN authentication failed: initial response ⟦saslb64⟧", "⟦saslb64⟧"),
      C("/etc/postfix/sasl_passwd: [smtp.sendgrid.net]:587 apikey:⟦sg:37⟧", "⟦sg:37⟧"),
      N("postmap /etc/postfix/sasl_passwd && chmod 600 /etc/postfix/sasl_passwd.db && systemctl reload postfix"),
      P("May 14 08:09:44 mx-lon-01 postfix/smtp[4502]: 4VdL7q0rKjz9sZA: to=<ilana.bendavid@outlook.com>, relay=outlook-com.olc.protection.outlook.com:25, status=bounced (mailbox full)", "ilana.bendavid@outlook.com"),
      )

group("kafka-event-samples",
      N('{"topic":"shot.versions","partition":7,"offset":18234002,"key":"ep104_sh0420","value":{"version":12,"status":"pending_review","frames":"1001-1240"}}'),
      P('{"topic":"review.notes","value":{"author":"Harriet Quinlan","note":"grade feels too warm in the second half","shot":"ep104_sh0420"}}', "Harriet Quinlan"),
      P('{"topic":"render.jobs","value":{"job_id":"6657b2c4e1a9f03d7c2b8e55","pool":"gpu_lon","state":"completed","frames_done":1240,"submitted_by":"nmai"}}', "nmai"),
      C('{"topic":"integrations.audit","value":{"action":"token.created","service":"frameio","token":"⟦fio:38⟧"}}', "⟦fio:38⟧"),
      N('{"topic":"integrations.audit","value":{"action":"token.revoked","service":"frameio","token_id":"⟦uuid:ti⟧","token_hint":"fio-u-****"}}'),
      P('{"topic":"hr.timesheets","value":{"employee":"Oluwaseun Adeyemi","week":"2024-W20","hours":42.5,"project":"BLUEWATER-EP1"}}', "Oluwaseun Adeyemi"),
      C('{"topic":"connectors.config","value":{"connector.class":"io.confluent.connect.s3.S3SinkConnector","aws.access.key.id":"⟦akid:38⟧","aws.secret.access.key":"⟦awssec:38⟧"}}', "⟦akid:38⟧", "⟦awssec:38⟧"),
      N('{"topic":"connectors.config","value":{"aws.secret.access.key":"${file:/opt/kafka/secrets/s3.properties:secret}"}}'),
      P('{"topic":"access.badge","value":{"holder":"Farhan Qureshi","door":"BLR-2F-render-room","result":"granted"}}', "Farhan Qureshi"),
      C('sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="perch-ingest" password="⟦pw:k38⟧";', "⟦pw:k38⟧"),
      )

group("wrangler-shift-handover",
      P("Night wrangler: Tomasz Wiśniewski; day wrangler: Fatima Zahra Benali", "Tomasz Wiśniewski", "Fatima Zahra Benali"),
      N("Open: RENDER-4821 (rlm fd exhaustion), RENDER-4833 (ingest OOM), CHG-20240514-03 rack lon-04 maintenance 10:00"),
      C("Temporary share for the Bluewater DIT: https://send.kls.internal/f/8H2kq?key=⟦rs:sh⟧ (expires 18:00)", "⟦rs:sh⟧"),
      P("Fatima, please call Kwame Asante-Mensah's assistant if the trailer conform slips: +33 1 84 88 52 10", "Fatima", "Kwame Asante-Mensah", "+33 1 84 88 52 10"),
      P("Node rn-lon-0423 drained (disk errors, SMART 5 reallocated=812), ticket FAC-7712 with Dell, engineer visit booked with Gareth Pugh on 07700 900 845", "Gareth Pugh", "07700 900 845"),
      N('Reminder: the "Grace" narrator stems from VT-2024-031 are under /mnt/audio/wren/grace_v3/, do not render over them'),
      C("Vault was sealed after the reboot; unseal key share #2 used: ⟦b64_43:un⟧=", "⟦b64_43:un⟧="),
      N("Vault unsealed at 05:12, root token NOT generated, audit device file enabled (see SEC-RB-004)"),
      P("Will be out Thursday, Rhys covers the day shift – Fatima", "Rhys", "Fatima"),
      N("Mark the ep104 trailer task as done in ShotGrid once the conform is approved; will check again at 16:00."),
      )

group("release-notes",
      P("- Fix: frame padding for shots with frame_in < 1000 (commit ⟦sha:r1⟧, reported by Kenji Watanabe)", "Kenji Watanabe"),
      N('- Security: the Authorization header is no longer logged; tokens are shown as "****"'),
      N("- New env var PERCH_SHOTGRID_KEY_FILE (path to the script key file; replaces PERCH_SHOTGRID_KEY)"),
      N("- Container digest sha256:⟦hex64:r2⟧ signed with cosign key kls-release-2024"),
      N("- Deprecated: the --password flag of perch db shell; use --password-file or PGPASSFILE"),
      N("- License retry interval is configurable: ROOST_LICENSE_RETRY=30s (default), minimum 5s"),
      N("- Known issue: Arnold 7.2.4.1 + Houdini 20.0.625 HtoA segfault on volume instancing (SideFX bug #134221)"),
      P("- Thanks to Hyun-woo Park and Amara Okafor for the fixes in this release", "Hyun-woo Park", "Amara Okafor"),
      N("- SBOM: sbom-roost-worker-2024.05.3.spdx.json (document namespace uuid ⟦uuid:sb⟧)"),
      )

group("payroll-csv-export",
      N("payroll-export.py --period 2024-05 --site LON --format csv -> /secure/payroll/2024-05-LON.csv (112 rows)"),
      N("employee_id,full_name,ni_number,date_of_birth,iban,gross_monthly_gbp,cost_centre"),
      P("E0117,Amara Okafor,⟦nino:1⟧,1990-04-12,⟦iban_gb:1⟧,5250.00,CC-4410", "Amara Okafor", "⟦nino:1⟧", "1990-04-12", "⟦iban_gb:1⟧"),
      P("E0142,Tomasz Wiśniewski,⟦nino:2⟧,1987-11-03,⟦iban_gb:2⟧,4410.00,CC-4420", "Tomasz Wiśniewski", "⟦nino:2⟧", "1987-11-03", "⟦iban_gb:2⟧"),
      P("E0188,Priya Raghunathan,⟦nino:3⟧,1985-06-21,⟦iban_gb:3⟧,6900.00,CC-4300", "Priya Raghunathan", "⟦nino:3⟧", "1985-06-21", "⟦iban_gb:3⟧"),
      P("E0203,Björn Lindqvist,⟦nino:4⟧,1979-01-30,⟦iban_gb:4⟧,7100.00,CC-4300", "Björn Lindqvist", "⟦nino:4⟧", "1979-01-30", "⟦iban_gb:4⟧"),
      P("E0231,Rhys Morgan-Jones,⟦nino:5⟧,1998-09-09,⟦iban_gb:5⟧,2950.00,CC-4420", "Rhys Morgan-Jones", "⟦nino:5⟧", "1998-09-09", "⟦iban_gb:5⟧"),
      N("E0250,svc-contractor-pool,,,,0.00,CC-9999  # placeholder row for agency staff, ignored by BACS"),
      C("gpg --batch --yes --passphrase '⟦pw:gpg⟧' -c /secure/payroll/2024-05-LON.csv", "⟦pw:gpg⟧"),
      C("sftp kls-payroll@sftp.payroll-bureau.co.uk  # bureau password for this month: ⟦pw:bureau⟧", "⟦pw:bureau⟧"),
      N("BACS submission 2024-05-28, file sha256 ⟦hex64:bacs⟧, 112 payments, total GBP 512,884.19"),
      P("Payroll query from Rhys Morgan-Jones (rhys.mj@kestrellane.studio): tax code changed from 1257L to BR, please check", "Rhys Morgan-Jones", "rhys.mj@kestrellane.studio"),
      P("Student loan plan 2 deduction added for E0231 (Rhys Morgan-Jones) after the HMRC notice dated 2 May", "Rhys Morgan-Jones"),
      )

group("jenkins-legacy-farm-job",
      N('Started by timer. Running as SYSTEM. Building on agent "render-tools-lon" in workspace /var/jenkins/workspace/farm-nightly'),
      N("[Pipeline] withCredentials  Masking supported pattern matches of $ARTIFACTORY_TOKEN or $DEPLOY_PASS"),
      N("+ curl -u deploy:**** https://artifactory.kls.internal/artifactory/api/storage/farm-tools"),
      C('+ curl -H "X-JFrog-Art-Api: ⟦artifactory⟧" -T roost-tools-2024.05.3.tar.gz https://artifactory.kls.internal/artifactory/farm-tools/', "⟦artifactory⟧"),
      C("+ sh -c 'echo ⟦pw:jd⟧ | sudo -S systemctl restart roost-dispatcher'", "⟦pw:jd⟧"),
      C("java -jar jenkins-cli.jar -s https://jenkins.kls.internal/ -auth build-lon:⟦jenkinstok⟧ build farm-nightly", "⟦jenkinstok⟧"),
      P("Build #1882 aborted by Ezra Goldfarb", "Ezra Goldfarb"),
      N("Jenkins 2.440.3 LTS, Pipeline: Groovy 3883.vb_3ff2a_e3eea_f, Credentials Binding 657.v2b_19db_7d6e6d"),
      C("WARNING: credentials leaked in build log (Groovy string interpolation): DOCKERHUB_PASS=⟦pw:dh⟧", "⟦pw:dh⟧"),
      N("Finished: SUCCESS (duration 41 min, artifact roost-tools-2024.05.3.tar.gz sha1 ⟦hex40:art⟧)"),
      P("Email notification sent to amara.okafor@kestrellane.studio, hyunwoo.park@kestrellane.studio", "amara.okafor@kestrellane.studio", "hyunwoo.park@kestrellane.studio"),
      C("git clone https://build-lon:⟦glpat⟧@gitlab.kls.internal/farm/roost-tools.git", "⟦glpat⟧"),
      )

group("it-helpdesk-dm",
      P("[DM helpdesk] Chiara Bellini: hi, locked out of my laptop after the BitLocker prompt, asset KLS-LT-03982", "Chiara Bellini"),
      N('[DM helpdesk] bot-itsm: ticket IT-77120 created, category "Endpoint / Encryption", SLA 4h'),
      C("[DM helpdesk] Liam O'Sullivan: recovery key for KLS-LT-03982 is ⟦bitlocker⟧, type it exactly with the dashes", "Liam O'Sullivan", "⟦bitlocker⟧"),
      P("[DM helpdesk] Chiara Bellini: worked, thank you Liam!", "Chiara Bellini", "Liam"),
      C("[DM helpdesk] Chiara Bellini: also my MFA phone died, can you use my backup codes ⟦d8:m1⟧ ⟦d8:m2⟧ ⟦d8:m3⟧?", "Chiara Bellini", "⟦d8:m1⟧", "⟦d8:m2⟧", "⟦d8:m3⟧"),
      N("[DM helpdesk] bot-itsm: reminder: the helpdesk will never ask for your password or MFA codes"),
      P("[DM helpdesk] Liam O'Sullivan: I'll call you to verify, still on 07700 900 127?", "Liam O'Sullivan", "07700 900 127"),
      C("[DM helpdesk] Liam O'Sullivan: MFA reset done, temporary access pass ⟦pw:tap⟧ valid for 1h", "Liam O'Sullivan", "⟦pw:tap⟧"),
      N("[DM helpdesk] bot-itsm: ticket IT-77120 resolved (first contact resolution), survey link sent"),
      P("[DM helpdesk] Mateus Oliveira: can you reset the password for my contractor account m.oliveira-ext? I'm at home on ⟦pubip:mo⟧", "Mateus Oliveira", "m.oliveira-ext", "⟦pubip:mo⟧"),
      C("[DM helpdesk] Mateus Oliveira: I think it was ⟦pw:mo⟧ before it expired", "Mateus Oliveira", "⟦pw:mo⟧"),
      N("[DM helpdesk] bot-itsm: password resets go through the self-service portal https://sspr.kls.internal (policy SEC-PWD-02)"),
      )

group("reception-visitor-log",
      N("visitor-kiosk LON export 2024-05-14, building 12 Pancras Yard, reception desk 1"),
      P("08:42 visitor Hannah Whitcombe (Bluewater Features), host Kenji Watanabe, badge V-0412", "Hannah Whitcombe", "Kenji Watanabe"),
      P("08:42 vehicle reg LB19 XKE for Hannah Whitcombe, car park level -1 bay 14", "LB19 XKE", "Hannah Whitcombe"),
      P("09:10 visitor Olamide Afolabi, delivery driver, phone 07700 900 933", "Olamide Afolabi", "07700 900 933"),
      N("09:15 courier drop: DHL waybill 1234567890, 2 parcels for facilities"),
      P("10:05 visitor Keira Nakamura-Lowe, photo ID: UK driving licence NAKAM853166KL9AB", "Keira Nakamura-Lowe", "NAKAM853166KL9AB"),
      N("10:30 kiosk printer offline (error 0x0000007E), badges printed at reception desk 2"),
      C("kiosk admin: https://kiosk-lon.kls.internal/admin?user=reception&pin=⟦d6:kp⟧", "⟦d6:kp⟧"),
      P("11:20 visitor Dr Samuel Oyelaran-Price (studio tour, school outreach), 14 students, contact sam.oprice@stmarys-academy.org.uk", "Samuel Oyelaran-Price", "sam.oprice@stmarys-academy.org.uk"),
      N("11:20 group badge G-0071 issued for 14 students; no individual records kept for under-18s"),
      P("13:00 visitor Anouk Verbruggen, host Daan Visser (Polderlicht), +31 6 4821 5590", "Anouk Verbruggen", "Daan Visser", "+31 6 4821 5590"),
      C("Guest Wi-Fi voucher printed for Anouk Verbruggen: network KLS-Guest, voucher code ⟦d10:v⟧", "Anouk Verbruggen", "⟦d10:v⟧"),
      N("CCTV retention for reception cameras is 30 days (policy FAC-CCTV-01); footage requests go via a DPO ticket"),
      )

group("cloud-burst-aws-azure",
      N("aws sts assume-role --role-arn arn:aws:iam::482910337611:role/kls-render-burst --role-session-name wrangler-night"),
      C('        "AccessKeyId": "⟦asia⟧",', "⟦asia⟧"),
      C('        "SecretAccessKey": "⟦awssec:st⟧",', "⟦awssec:st⟧"),
      C('        "SessionToken": "⟦ststoken⟧",', "⟦ststoken⟧"),
      N('        "Expiration": "2024-05-14T09:12:03+00:00"'),
      C('az storage blob upload-batch -d renders -s ./out --connection-string "DefaultEndpointsProtocol=https;AccountName=klsburstrenders;AccountKey=⟦azkey⟧;EndpointSuffix=core.windows.net"', "⟦azkey⟧"),
      C("https://klsburstrenders.blob.core.windows.net/renders/ep104/sh0420?sv=2022-11-02&ss=b&srt=co&sp=rl&se=2024-05-21T00:00:00Z&sig=⟦an43:sas⟧%3D", "⟦an43:sas⟧%3D"),
      N('az vm list -g rg-kls-burst --query "[].{name:name, size:hardwareProfile.vmSize}" -o table'),
      C("az login --service-principal -u ⟦uuid:spn⟧ -p ⟦azsecret⟧ --tenant ⟦uuid:ten⟧", "⟦azsecret⟧"),
      P("Budget alert: render-burst spend at 82% of GBP 40,000 - notifying finance owner sofia.castellanos@kestrellane.studio", "sofia.castellanos@kestrellane.studio"),
      C('curl "https://maps.googleapis.com/maps/api/geocode/json?address=Annecy&key=⟦aiza⟧"', "⟦aiza⟧"),
      )

group("talent-agency-email-thread",
      P("From: Marcus Ellery-Boateng <marcus@ellerytalent.co.uk>", "Marcus Ellery-Boateng", "marcus@ellerytalent.co.uk"),
      P("To: Sofía Castellanos <sofia.castellanos@kestrellane.studio>; Cc: casting@kestrellane.studio", "Sofía Castellanos", "sofia.castellanos@kestrellane.studio"),
      N("Subject: RE: VT-2024-031 Wren - pickup sessions and residuals (ref ELT-88213)"),
      N("Date: Tue, 14 May 2024 10:41:07 +0100  Message-ID: <⟦hex16:m⟧.⟦d10:mm⟧@ellerytalent.co.uk>"),
      P("Hi Sofía, Rhiannon can do the pickups on 27 June; she's filming in Cardiff the week before.", "Sofía", "Rhiannon"),
      P("Please send the call sheet to her directly at rhiannon.pryce.vo@gmail.com and copy me.", "rhiannon.pryce.vo@gmail.com"),
      P("Her new address for the contract is 9 Heol y Deri, Rhiwbina, Cardiff CF14 6HF.", "9 Heol y Deri, Rhiwbina, Cardiff CF14 6HF"),
      C("Previous takes are in https://www.dropbox.com/scl/fo/⟦lo25:f⟧/h?rlkey=⟦lo25:rk⟧&dl=0 (link password ⟦pw:dbx⟧)", "⟦lo25:rk⟧", "⟦pw:dbx⟧"),
      N("Residuals for streaming follow clause 7.3 of the Equity agreement; invoice to follow."),
      P("Marcus Ellery-Boateng | Senior Agent | Ellery Talent | +44 20 7946 0831 | 3rd Floor, 41 Great Titchfield Street, London W1W 7PQ", "Marcus Ellery-Boateng", "+44 20 7946 0831"),
      N("This email and any attachments are confidential. If you are not the intended recipient, please delete it. Ellery Talent Ltd, registered in England no. 08812345."),
      P("> On 13 May 2024, at 17:02, Sofía Castellanos <sofia.castellanos@kestrellane.studio> wrote:", "Sofía Castellanos", "sofia.castellanos@kestrellane.studio"),
      P("> Could Rhiannon confirm her availability and her Equity membership number (we have 2104877 on file)?", "Rhiannon", "2104877"),
      )


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = {"dev": [], "test": []}
    for i, (name, lines) in enumerate(GROUPS, start=1):
        split = "dev" if i % 2 == 1 else "test"
        cache = {}
        src = "writer15 g%02d-%s" % (i, name)
        for kind, t, v in lines:
            text = fill(t, cache)
            van = [fill(x, cache) for x in v]
            assert "\t" not in text and "\n" not in text, text
            assert "⟦" not in text and "⟧" not in text, text
            for x in van:
                assert x and x in text, (src, x, text)
                assert "|" not in x, x
            if kind == "negative":
                assert not van
            else:
                assert van, (src, text)
            out[split].append((kind, text, "|".join(van), src))
    header = "# kind\ttext\tmust-vanish (|-separated; empty for negatives)\tsource\n"
    for split, rows in out.items():
        with open(os.path.join(here, "batch15_%s.tsv" % split), "w", encoding="utf-8", newline="\n") as f:
            f.write(header)
            for r in rows:
                f.write("\t".join(r) + "\n")
        print(split, len(rows))


if __name__ == "__main__":
    main()
