#!/usr/bin/env python3
"""writer12: hand-written redaction test lines for Marlowe Freight Finance (invented company).

Every text below is a literal template typed by hand.  Two markers are expanded:
  §gen§ / §gen#tag§  -> a value drawn from random.Random(SEED) (same tag = same value within one line)
  ⟦...⟧              -> the enclosed text must vanish after redaction (markers are removed)
Kinds "n" (negative) and "h" (intended hard negative) are both written as kind `negative`;
hard ones are also listed in hard_negatives.tsv so validate.py can print them as NOTE.
Split: groups numbered in writing order; even -> dev, odd -> test.
"""
import base64, ipaddress, json, random, re, string

SEED = 1212
R = random.Random(SEED)

AN = string.ascii_letters + string.digits
ANX = AN + "-_"
UP = string.ascii_uppercase + string.digits
LO = string.ascii_lowercase + string.digits
HEX = "0123456789abcdef"
B64 = AN + "+/"


def pick(alpha, n):
    return "".join(R.choice(alpha) for _ in range(n))


def dig(n):
    return str(R.randint(1, 9)) + pick(string.digits, n - 1)


def b64url(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def luhn_ok(num):
    s, alt = 0, False
    for ch in reversed(num):
        d = int(ch)
        if alt:
            d *= 2
            if d > 9:
                d -= 9
        s += d
        alt = not alt
    return s % 10 == 0


def card(prefix, length):
    body = prefix + pick(string.digits, length - len(prefix) - 1)
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def group(num, sizes, sep):
    out, i = [], 0
    for s in sizes:
        out.append(num[i:i + s]); i += s
    return sep.join(out)


def bad_pan():
    while True:
        n = "74" + pick(string.digits, 14)
        if not luhn_ok(n):
            return group(n, [4, 4, 4, 4], " ")


IBAN_SPEC = {  # country: list of (kind, count) -> BBAN
    "DE": [("n", 18)], "FR": [("n", 23)], "NL": [("bank", ["INGB", "ABNA", "RABO", "TRIO"]), ("n", 10)],
    "GB": [("bank", ["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]), ("n", 14)], "ES": [("n", 20)],
    "IT": [("a", 1), ("n", 22)], "PL": [("n", 24)], "IE": [("bank", ["AIBK", "BOFI"]), ("n", 14)],
    "BE": [("n", 12)], "LT": [("n", 16)],
}


def iban(cc):
    bban = ""
    for k, v in IBAN_SPEC[cc]:
        if k == "n":
            bban += pick(string.digits, v)
        elif k == "a":
            bban += pick(string.ascii_uppercase, v)
        else:
            bban += R.choice(v)
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    return cc + "%02d" % (98 - int(num) % 97) + bban


def ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def ip4():
    while True:
        a = ipaddress.IPv4Address(".".join(str(x) for x in [R.randint(1, 223), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)]))
        if a.is_global and not a.is_multicast:
            return str(a)


def ip6():
    pre = R.choice(["2a01:4f8", "2a02:8108", "2600:1f18", "2406:da18", "2a00:1450", "2c0f:f248", "2001:67c"])
    groups = pre.split(":") + ["%x" % R.randint(1, 0xffff) for _ in range(6)]
    if R.random() < 0.5:
        groups[4:6] = ["0", "0"]
    a = ipaddress.IPv6Address(":".join(groups))
    assert a.is_global
    return a.compressed


def phone(cc):
    d = lambda n: pick(string.digits, n)
    f = {
        "de": lambda: "+49 151 " + d(8),
        "pt": lambda: "+351 91%s %s %s" % (d(1), d(3), d(3)),
        "sg": lambda: "+65 9%s %s" % (d(3), d(4)),
        "it": lambda: "+39 34%s %s %s" % (d(1), d(3), d(4)),
        "br": lambda: "+55 11 9%s-%s" % (d(4), d(4)),
        "in": lambda: "+91 98%s %s" % (d(3), d(5)),
        "es": lambda: "+34 6%s %s %s" % (d(2), d(3), d(3)),
        "jp": lambda: "090-%s-%s" % (d(4), d(4)),
        "ng": lambda: "+2348%s%s" % (R.choice("01"), d(8)),
        "ae": lambda: "+971 50 %s %s" % (d(3), d(4)),
        "uk": lambda: "+44 (0)7%s %s" % (d(3), d(6)),
        "us": lambda: "(%s) %s-%s" % (R.choice(["212", "312", "617", "646", "713", "206", "303"]), R.randint(201, 989), d(4)),
    }[cc]
    return f()


def jwt(alg="HS256"):
    t = 1718000000 + R.randint(0, 900000)
    h = {"alg": alg, "typ": "JWT"}
    if alg != "HS256":
        h["kid"] = pick(HEX, 8)
    p = {"sub": "usr_" + pick(AN, 10), "iss": "https://auth.marlowefreight.com", "iat": t, "exp": t + 3600, "scope": "portal:read payouts:write"}
    enc = lambda o: b64url(json.dumps(o, separators=(",", ":")).encode())
    sig = b64url(R.randbytes(32 if alg == "HS256" else 256))
    return enc(h) + "." + enc(p) + "." + sig


PEM = {
    "rsa": ("RSA PRIVATE KEY", "MIIEpAIBAAKCAQEA", 64, 5),
    "ec": ("EC PRIVATE KEY", "MHcCAQEEI", 64, 3),
    "ssh": ("OPENSSH PRIVATE KEY", "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW", 70, 5),
    "pk8": ("PRIVATE KEY", "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ", 64, 5),
}


def pem(kind, prefix):
    label, start, width, n = PEM[kind]
    body = start + pick(B64, width * n - len(start) - R.randint(10, 30))
    if kind == "ec":
        body = body[:-2] + "=="
    lines = [body[i:i + width] for i in range(0, len(body), width)]
    out = [prefix + "-----BEGIN %s-----" % label] + [prefix + "⟦" + l + "⟧" for l in lines] + [prefix + "-----END %s-----" % label]
    return "\\n".join(out)


def pw(alpha=AN + "!#%^*-_+=.~", n=None):
    n = n or R.randint(14, 22)
    while True:
        s = pick(alpha, n)
        if any(c.isdigit() for c in s) and any(c.isupper() for c in s) and any(c.islower() for c in s):
            return s


FIXED = {
    "ghp": lambda: "ghp_" + pick(AN, 36),
    "ghpat": lambda: "github_pat_11" + pick(UP, 20) + "_" + pick(AN, 59),
    "ghs": lambda: "ghs_" + pick(AN, 36),
    "gho": lambda: "gho_" + pick(AN, 36),
    "glpat": lambda: "glpat-" + pick(ANX, 20),
    "glrt": lambda: "glrt-" + pick(ANX, 20),
    "glptt": lambda: "glptt-" + pick(HEX, 40),
    "gldt": lambda: "gldt-" + pick(ANX, 20),
    "xoxb": lambda: "xoxb-%s-%s-%s" % (dig(12), dig(13), pick(AN, 24)),
    "xoxp": lambda: "xoxp-%s-%s-%s-%s" % (dig(12), dig(12), dig(13), pick(HEX, 32)),
    "xapp": lambda: "xapp-1-A%s-%s-%s" % (pick(UP, 10), dig(13), pick(HEX, 64)),
    "slT": lambda: "T" + pick(UP, 8),
    "slB": lambda: "B" + pick(UP, 10),
    "slS": lambda: pick(AN, 24),
    "akia": lambda: "AKIA" + pick("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16),
    "asia": lambda: "ASIA" + pick("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16),
    "awssec": lambda: pick(B64, 40),
    "awssess": lambda: "IQoJb3JpZ2luX2VjE" + pick(B64, 280),
    "bearer": lambda: pick(AN, 48),
    "sklive": lambda: "sk_live_51" + pick(AN, 97),
    "rklive": lambda: "rk_live_51" + pick(AN, 97),
    "sg": lambda: "SG." + pick(ANX, 22) + "." + pick(ANX, 43),
    "npm": lambda: "npm_" + pick(AN, 36),
    "hvs": lambda: "hvs." + pick(AN, 24),
    "atl": lambda: "ATATT3xFfGF0" + pick(ANX, 180) + "=" + pick("0123456789ABCDEF", 8),
    "aiza": lambda: "AIza" + pick(ANX, 35),
    "glsa": lambda: "glsa_" + pick(AN, 32) + "_" + pick(HEX, 8),
    "oai": lambda: "sk-proj-" + pick(ANX, 48) + "T3BlbkFJ" + pick(ANX, 48),
    "adyen": lambda: "AQE" + pick(B64, 93) + "==-" + pick(AN, 43),
    "confkey": lambda: pick(UP, 16),
    "confsec": lambda: pick(B64, 64),
    "ya29": lambda: "ya29." + pick(ANX, 150),
    "discord": lambda: pick(ANX, 68),
    "gchat": lambda: pick(ANX, 43) + "%3D",
    "fpr": lambda: " ".join(pick("0123456789ABCDEF", 4) for _ in range(10)),
    "colhex16": lambda: ":".join(pick("0123456789ABCDEF", 2) for _ in range(16)),
    "colhex32": lambda: ":".join(pick("0123456789ABCDEF", 2) for _ in range(32)),
    "b64key": lambda: base64.b64encode(R.randbytes(32)).decode(),
    "b64fp": lambda: base64.b64encode(R.randbytes(32)).decode().rstrip("="),
    "uuid": lambda: "%s-%s-4%s-%s%s-%s" % (pick(HEX, 8), pick(HEX, 4), pick(HEX, 3), R.choice("89ab"), pick(HEX, 3), pick(HEX, 12)),
    "sha1": lambda: pick(HEX, 40),
    "sha7": lambda: pick(HEX, 7),
    "sha256": lambda: pick(HEX, 64),
    "trace": lambda: pick(HEX, 32),
    "span": lambda: pick(HEX, 16),
    "pw": lambda: pw(),
    "pwu": lambda: pw(AN + "-_.~"),
    "b64pw": lambda: base64.b64encode(pw().encode()).decode(),
    "jwt": lambda: jwt(R.choice(["HS256", "RS256"])),
    "visa": lambda: card("4", 16),
    "visa_s": lambda: group(card("4", 16), [4, 4, 4, 4], " "),
    "mc": lambda: card(R.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16),
    "mc_d": lambda: group(card(R.choice(["51", "53", "55", "2223"]), 16), [4, 4, 4, 4], "-"),
    "amex": lambda: group(card(R.choice(["34", "37"]), 15), [4, 6, 5], " "),
    "disc": lambda: card("6011", 16),
    "badpan_s": bad_pan,
    "ssn": ssn,
    "ssn_n": lambda: ssn().replace("-", ""),
    "ip4": ip4,
    "ip6": ip6,
}


def gen(name):
    if name in FIXED:
        return FIXED[name]()
    m = re.fullmatch(r"(hex|an|anx|lo|UP|dig|b64_)(\d+)", name)
    if m:
        k, n = m.group(1), int(m.group(2))
        return dig(n) if k == "dig" else pick({"hex": HEX, "an": AN, "anx": ANX, "lo": LO, "UP": UP, "b64_": B64}[k], n)
    m = re.fullmatch(r"iban_([A-Z]{2})(_s)?", name)
    if m:
        v = iban(m.group(1))
        return group(v, [4] * 9, " ").strip() if m.group(2) else v
    m = re.fullmatch(r"ph_([a-z]{2})", name)
    if m:
        return phone(m.group(1))
    m = re.fullmatch(r"pem_(rsa|ec|ssh|pk8)(?:_(i\d+|plus))?", name)
    if m:
        p = m.group(2) or ""
        p = "+" if p == "plus" else (" " * int(p[1:]) if p else "")
        return pem(m.group(1), p)
    raise KeyError(name)


GROUPS = []


def G(ctx, lines):
    GROUPS.append((ctx, lines))


# ---------------------------------------------------------------- g01 (test)
G("bastion-shell-history", [
    ("n", r'''history | grep kubectl | tail -n 20'''),
    ("n", r'''kubectl -n ledger rollout status deploy/ledger-api --timeout=120s'''),
    ("n", r'''psql -h ledger-db.prod.internal -U ledger_ro -d ledger -c "select count(*) from postings where posted_at > now() - interval '1 hour'"'''),
    ("h", r'''export PGPASSWORD=$(vault kv get -field=password secret/ledger/ro)'''),
    ("h", r'''aws configure set aws_access_key_id AKIAIOSFODNN7EXAMPLE --profile docs-sandbox'''),
    ("h", r'''echo '§sha256§  marlowe-cli_2.9.10.8_linux_amd64.tar.gz' | sha256sum -c -'''),
    ("h", r'''git checkout §sha1§ -- charts/ledger/values.yaml'''),
    ("n", r'''sudo journalctl -u kafka-connect --since '10 min ago' --no-pager'''),
    ("n", r'''helm diff upgrade ledger charts/ledger -f values-prod.yaml'''),
    ("h", r'''kafka-consumer-groups.sh --bootstrap-server kafka-0.kafka.prod:9092 --describe --group sepa-payouts  # Kafka 3.7.0'''),
    ("password", r'''export PGPASSWORD='⟦§pw§⟧' && psql -h ledger-db.prod.internal -U ledger_admin ledger'''),
    ("aws_key", r'''export AWS_ACCESS_KEY_ID=⟦§akia§⟧ AWS_SECRET_ACCESS_KEY=⟦§awssec§⟧'''),
    ("github_token", r'''echo ⟦§ghp§⟧ | docker login ghcr.io -u mff-ci-bot --password-stdin'''),
    ("ipv4", r'''ssh -i ~/.ssh/mff_bastion deploy@⟦§ip4§⟧ -p 2222'''),
    ("email", r'''git config --global user.email ⟦kwame.boateng@marlowefreight.com⟧'''),
    ("person_name", r'''cd /home/⟦tnakamura⟧/scratch && ls -la   # ⟦Takeshi⟧'s notes on the FX rounding bug'''),
    ("private_address", r'''ssh -J bastion ledger@⟦10.42.7.19⟧ 'systemctl status ledger-recon' '''),
])

# ---------------------------------------------------------------- g02 (dev)
G("github-actions-ci-log", [
    ("n", r'''Run actions/checkout@v4'''),
    ("n", r'''  with:\n    fetch-depth: 0\n    persist-credentials: false'''),
    ("h", r'''  NPM_TOKEN: ${{ secrets.NPM_TOKEN }}'''),
    ("h", r'''  GITHUB_TOKEN: ***'''),
    ("h", r'''#12 writing image sha256:§sha256§ done'''),
    ("h", r'''Successfully tagged ghcr.io/marlowe-freight/portal:1.14.0-rc.3+build.8812'''),
    ("n", r'''Run npm ci --no-audit --prefer-offline'''),
    ("n", r'''added 1432 packages, and audited 1433 packages in 38s'''),
    ("h", r'''Cache restored from key: Linux-node-§sha256§'''),
    ("n", r'''Error: Process completed with exit code 1.'''),
    ("github_token", r'''fatal: unable to access 'https://x-access-token:⟦§ghs§⟧@github.com/marlowe-freight/portal.git/': The requested URL returned error: 403'''),
    ("vendor_token", r'''+ echo //registry.npmjs.org/:_authToken=⟦§npm§⟧ > ~/.npmrc'''),
    ("webhook", r'''+ curl -sf -X POST -d @payload.json https://hooks.slack.com/services/§slT§/§slB§/⟦§slS§⟧'''),
    ("person_name", r'''Triggered via push by ⟦Ngozi Adeyemi-Okafor⟧ (⟦nadeyemi⟧) 4m ago'''),
    ("email", r'''Author: ⟦Lukas Šimkus⟧ <⟦lukas.simkus@marlowefreight.com⟧>'''),
    ("ipv6", r'''Runner egress address: ⟦§ip6§⟧ (allow-list this in the SFTP firewall)'''),
    ("private_address", r'''Self-hosted runner mff-runner-07 registered from ⟦172.20.3.14⟧'''),
])

# ---------------------------------------------------------------- g03 (test)
G("incident-chat-sepa-payouts", [
    ("n", r'''[09:14] @oncall-payments: SEPA batch 2024-06-11-03 stuck in PENDING_ACK for 40 min'''),
    ("n", r'''[09:15] bot: :rotating_light: PayoutsBatchStuck firing (severity=page, team=payments)'''),
    ("h", r'''[09:17] @oncall-payments: bank ack id is §uuid§, not the same as yesterday's retry'''),
    ("h", r'''[09:18] bot: trace_id=§trace§ span_id=§span§ status=DEADLINE_EXCEEDED'''),
    ("n", r'''[09:20] @oncall-payments: pausing the payout scheduler, do not rerun manually'''),
    ("h", r'''[09:22] @sre-lead: creds are in vault at secret/payouts/bank-sftp, do NOT paste them here'''),
    ("h", r'''[09:25] bot: Kafka consumer lag sepa-payouts-v2 partition 7: 18204'''),
    ("n", r'''[09:31] @oncall-payments: resumed, 412 payouts acked, 3 rejected with AC04'''),
    ("h", r'''[09:33] @sre-lead: rejected refs MFF-PO-2024-0611-00318, MFF-PO-2024-0611-00327, MFF-PO-2024-0611-00341'''),
    ("n", r'''[09:40] @oncall-payments: closing the incident, postmortem owner TBD'''),
    ("slack_token", r'''[09:19] @oncall-payments: testing the bot: curl -H 'Authorization: Bearer ⟦§xoxb§⟧' https://slack.com/api/auth.test'''),
    ("password", r'''[09:21] @oncall-payments: fwiw the sftp pw for the bank drop is ⟦§pw§⟧ until we rotate it tonight'''),
    ("bearer", r'''[09:23] @oncall-payments: curl -H "Authorization: Bearer ⟦§bearer§⟧" https://payouts-api.marlowefreight.com/v2/batches/2024-06-11-03'''),
    ("person_name", r'''[09:26] @oncall-payments: paging ⟦Mariana⟧ from treasury, she owns the bank relationship'''),
    ("iban", r'''[09:28] @oncall-payments: one of the rejects is beneficiary ⟦§iban_DE_s§⟧, account closed'''),
    ("phone", r'''[09:30] @oncall-payments: bank hotline contact is ⟦Herr Dietrich⟧ on ⟦§ph_de§⟧'''),
])

# ---------------------------------------------------------------- g04 (dev)
G("k8s-manifest-review", [
    ("n", r'''apiVersion: v1\nkind: Secret\nmetadata:\n  name: ledger-db\n  namespace: ledger\ntype: Opaque'''),
    ("h", r'''        env:\n        - name: DB_PASSWORD\n          valueFrom:\n            secretKeyRef:\n              name: ledger-db\n              key: password'''),
    ("h", r'''  auth:\n    existingSecret: ledger-db-credentials'''),
    ("h", r'''  uid: §uuid§\n  resourceVersion: "88213004"'''),
    ("h", r'''      - image: ghcr.io/marlowe-freight/ledger-api@sha256:§sha256§'''),
    ("n", r'''spec:\n  replicas: 3\n  strategy:\n    type: RollingUpdate'''),
    ("n", r'''        resources:\n          limits:\n            memory: 1Gi\n            cpu: "2"'''),
    ("h", r'''      annotations:\n        checksum/config: §sha256§'''),
    ("h", r'''  password: Y2hhbmdlbWU=   # base64 of "changeme", dev overlay only'''),
    ("n", r'''# nit: can we move the PodDisruptionBudget into the base kustomization?'''),
    ("password", r'''data:\n  username: bGVkZ2VyX2FwcA==\n  password: ⟦§b64pw§⟧'''),
    ("connection_string", r'''stringData:\n  DATABASE_URL: postgres://ledger_app:⟦§pwu§⟧@ledger-db.prod.internal:5432/ledger?sslmode=require'''),
    ("private_key", r'''  tls.key: |\n§pem_ec_i4§'''),
    ("email", r'''  annotations:\n    marlowefreight.com/owner: ⟦aylin.yildirim@marlowefreight.com⟧'''),
    ("person_name", r'''Review comment by ⟦Hoàng Thị Lan⟧: please don't commit real secrets, not even base64'd'''),
    ("ipv4", r'''  loadBalancerSourceRanges:\n    - ⟦§ip4§⟧/32   # Rotterdam customs broker office'''),
    ("private_address", r'''spec:\n  type: ClusterIP\n  clusterIP: ⟦10.96.14.203⟧'''),
])

# ---------------------------------------------------------------- g05 (test)
G("terraform-plan", [
    ("n", r'''Terraform will perform the following actions:'''),
    ("n", r'''  # aws_db_instance.ledger will be updated in-place'''),
    ("h", r'''      ~ engine_version = "15.5" -> "15.7"'''),
    ("h", r'''      + arn = (known after apply)'''),
    ("h", r'''  master_password = var.ledger_db_password   # from TF_VAR_ledger_db_password in CI'''),
    ("h", r'''      ~ id = "sg-0§hex16§"'''),
    ("h", r'''  kms_key_id = "arn:aws:kms:eu-central-1:§dig12§:key/§uuid§"'''),
    ("n", r'''Plan: 2 to add, 3 to change, 0 to destroy.'''),
    ("h", r'''  secret_key = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"   # example from the provider docs'''),
    ("n", r'''│ Error: modifying RDS DB Instance (ledger-prod): InvalidParameterCombination'''),
    ("aws_key", r'''provider "aws" {\n  region     = "eu-central-1"\n  access_key = "⟦§akia§⟧"\n  secret_key = "⟦§awssec§⟧"\n}'''),
    ("vendor_token", r'''provider "datadog" {\n  api_key = "⟦§hex32§⟧"\n  app_key = "⟦§hex40§⟧"\n  api_url = "https://api.datadoghq.eu/"\n}'''),
    ("password", r'''  master_password = "⟦§pw§⟧"  # TODO move to secrets manager'''),
    ("email", r'''variable "owner" { default = "⟦rajesh.iyer@marlowefreight.com⟧" }'''),
    ("person_name", r'''# TODO(⟦fvanderberg⟧): remove after ⟦Femke⟧ finishes the GCP migration'''),
    ("ipv4", r'''  cidr_blocks = ["⟦§ip4§⟧/32"] # Lagos ops office'''),
])

# ---------------------------------------------------------------- g06 (dev)
G("support-ticket-chargeback", [
    ("n", r'''Ticket #48213 — Priority: High — Category: Card disputes'''),
    ("n", r'''Status changed from New to Pending by automation rule 'Chargeback SLA' '''),
    ("h", r'''Card: •••• •••• •••• 4417 (Visa), auth code 0K71QZ'''),
    ("h", r'''PAN on file: 453201******0366 (masked per PCI DSS)'''),
    ("h", r'''Dispute reference §badpan_s§ (network case id, not a card number)'''),
    ("n", r'''Macro applied: 'Chargeback – evidence requested' '''),
    ("h", r'''Merchant id MFF-ACQ-000219, terminal id 88310417, MCC 4214'''),
    ("n", r'''Internal note: customer says the goods arrived damaged; freight claim opened in parallel'''),
    ("h", r'''Template: 'Your temporary password is {{ temp_password }}' (rendered server-side, never stored)'''),
    ("n", r'''SLA breach in 2h 14m'''),
    ("bearer", r'''Customer: I tried the API with Authorization: Bearer ⟦§bearer§⟧ and got 403'''),
    ("password", r'''Customer: my portal login keeps failing, the password is ⟦Rotterdam#2024!⟧ — can you check?'''),
    ("jwt", r'''Customer attached cookie: mff_session=⟦§jwt§⟧; Path=/; Secure'''),
    ("card", r'''Customer: the charge on my card ⟦§visa_s§⟧ exp 09/27 was taken twice'''),
    ("email", r'''Requester: ⟦ines.carvalho@sapo.pt⟧ (Porto branch)'''),
    ("phone", r'''Callback requested at ⟦§ph_pt§⟧ between 14:00 and 16:00 WEST'''),
])

# ---------------------------------------------------------------- g07 (test)
G("postmortem-ledger-double-posting", [
    ("n", r'''## Summary\nBetween 02:10 and 03:05 UTC the ledger posted 1,204 transfers twice.'''),
    ("n", r'''## Impact\n1,204 customers saw duplicated debits; all reversed by 06:30 UTC.'''),
    ("h", r'''Root cause: idempotency key collision after upgrading ledger-core from 4.2.1 to 4.3.0.2'''),
    ("h", r'''Affected idempotency keys share the prefix §hex12§ (first 12 hex chars of sha256(merchant_id || date))'''),
    ("h", r'''Duplicate check: select txn_id from postings group by txn_id having count(*) > 1; -- 1204 rows, e.g. §uuid§'''),
    ("n", r'''## What went well\nAlerting fired within 4 minutes.'''),
    ("n", r'''## What went poorly\nThe runbook still referenced the old reconciliation job.'''),
    ("h", r'''Action item MFF-1432: rotate credentials under vault path secret/ledger/prod (owner: @team-ledger)'''),
    ("h", r'''Sentry issue LEDGER-API-3F2 first seen in release ledger-api@4.3.0.2'''),
    ("n", r'''## Lessons\nIdempotency must be enforced in the database, not in the consumer.'''),
    ("connection_string", r'''Timeline 02:41 — config dump showed LEDGER_DSN=postgresql://ledger_writer:⟦§pwu§⟧@ledger-primary.prod.internal:5432/ledger'''),
    ("webhook", r'''Timeline 02:15 — alert posted via https://marlowefreight.webhook.office.com/webhookb2/§uuid§@§uuid§/IncomingWebhook/⟦§hex32§⟧/§uuid§'''),
    ("vendor_token", r'''Timeline 03:20 — release script echoed SENTRY_AUTH_TOKEN=⟦sntryu_§hex64§⟧'''),
    ("person_name", r'''Incident commander: ⟦Oluwaseun Bakare⟧; scribe: ⟦J. Lindqvist⟧'''),
    ("email", r'''Customer escalation from ⟦mehmet.arslan@arslan-lojistik.com.tr⟧ forwarded to treasury'''),
    ("ipv6", r'''02:12 — a stale consumer connected from ⟦§ip6§⟧ (old node in the GCP pool)'''),
    ("private_address", r'''02:12 — second consumer on ⟦fd12:3456:789a:1::14⟧ joined group ledger-postings'''),
])

# ---------------------------------------------------------------- g08 (dev)
G("alertmanager-payload", [
    ("n", r'''{"receiver":"payments-pager","status":"firing","alerts":[{"labels":{"alertname":"CardAuthLatencyHigh","severity":"page"}}]}'''),
    ("h", r'''"fingerprint":"§hex16§","startsAt":"2024-06-11T02:10:44.512Z","endsAt":"0001-01-01T00:00:00Z"'''),
    ("h", r'''"generatorURL":"https://prometheus.prod.marlowefreight.com/graph?g0.expr=histogram_quantile%280.99%2C+card_auth_duration_seconds_bucket%29&g0.tab=1"'''),
    ("n", r'''"externalURL":"https://alertmanager.prod.marlowefreight.com","version":"4","truncatedAlerts":0'''),
    ("n", r'''"annotations":{"summary":"p99 card auth latency above 800ms for 10m","runbook_url":"https://runbooks.marlowefreight.com/card-auth/latency"}'''),
    ("h", r'''  pagerduty_configs:\n    - routing_key: <secret>   # injected from the alertmanager-config Secret'''),
    ("h", r'''  opsgenie_configs:\n    - api_key_file: /etc/alertmanager/secrets/opsgenie-key'''),
    ("n", r'''route:\n  group_by: ['alertname', 'cluster']\n  group_wait: 30s\n  repeat_interval: 4h'''),
    ("h", r'''"labels":{"pod":"card-auth-7c9f6d5b8-x2k4q","node":"gke-prod-pool-2-§hex8§-§lo4§"}'''),
    ("n", r'''inhibit_rules:\n  - source_matchers: [severity="page"]\n    target_matchers: [severity="ticket"]'''),
    ("webhook", r'''  slack_configs:\n    - api_url: https://hooks.slack.com/services/§slT§/§slB§/⟦§slS§⟧\n      channel: '#payments-alerts' '''),
    ("bearer", r'''    http_config:\n      authorization:\n        type: Bearer\n        credentials: ⟦§bearer§⟧'''),
    ("vendor_token", r'''  opsgenie_configs:\n    - api_key: ⟦§uuid§⟧\n      api_url: https://api.eu.opsgenie.com/'''),
    ("ipv4", r'''"labels":{"instance":"⟦§ip4§⟧:9100","job":"node-exporter-edge"}'''),
    ("email", r'''"annotations":{"owner":"⟦zhang.wei@marlowefreight.com⟧","description":"card-auth p99 high"}'''),
    ("phone", r'''"annotations":{"escalation":"if nobody acks in 15m call ⟦§ph_sg§⟧"}'''),
])

# ---------------------------------------------------------------- g09 (test)
G("git-log-ledger-service", [
    ("h", r'''commit §sha1§'''),
    ("h", r'''Merge: §sha7§ §sha7§'''),
    ("n", r'''Date:   Tue Jun 11 14:02:19 2024 +0200'''),
    ("n", r'''    ledger: enforce idempotency via unique index on (merchant_id, idem_key)'''),
    ("h", r'''    Bump ledger-core from 4.2.1 to 4.3.0.2 (#1843)'''),
    ("h", r'''    Refs: MFF-1432, incident §uuid§'''),
    ("h", r'''Author: dependabot[bot] <49699333+dependabot[bot]@users.noreply.github.com>'''),
    ("h", r'''    Build: Jenkins job ledger-release #1843 passed on agent jenkins-agent-7'''),
    ("n", r''' 3 files changed, 41 insertions(+), 7 deletions(-)'''),
    ("h", r'''-    token: ${{ secrets.MIRROR_TOKEN }}'''),
    ("github_token", r'''-GITHUB_TOKEN=⟦§ghpat§⟧\n+GITHUB_TOKEN=${{ secrets.GITHUB_TOKEN }}'''),
    ("private_key", r'''+++ b/deploy/id_ed25519\n@@ -0,0 +1,7 @@\n§pem_ssh_plus§'''),
    ("gitlab_token", r'''    git remote set-url mirror https://oauth2:⟦§glpat§⟧@gitlab.com/marlowe-freight/ledger.git'''),
    ("person_name", r'''Author: ⟦Bùi Minh Quân⟧ <⟦quan.bui@marlowefreight.com⟧>'''),
    ("email", r'''    Signed-off-by: ⟦Agnieszka Wójcik-Nowak⟧ <⟦a.wojcik-nowak@marlowefreight.com⟧>'''),
    ("person_name", r'''    Co-authored-by: ⟦Siobhán Ní Bhriain⟧ <⟦41234567+siobhannb@users.noreply.github.com⟧>'''),
])

# ---------------------------------------------------------------- g10 (dev)
G("psql-session-payouts", [
    ("n", r'''payouts=> set statement_timeout = '30s';'''),
    ("n", r'''payouts=> explain analyze select * from payouts where status = 'PENDING_ACK' and created_at > now() - interval '1 day';'''),
    ("h", r''' Index Scan using payouts_status_created_idx on payouts  (cost=0.43..812.77 rows=2311 width=214)'''),
    ("n", r'''(3 rows)'''),
    ("h", r'''payouts=> select id, status from payouts where id = '§uuid§';'''),
    ("h", r''' §uuid§ | REJECTED | AC04 | 1250000 | EUR'''),
    ("n", r'''payouts=> select pg_size_pretty(pg_total_relation_size('payouts'));  -- 48 GB'''),
    ("h", r'''ERROR:  duplicate key value violates unique constraint "payouts_end_to_end_id_key"\nDETAIL:  Key (end_to_end_id)=(MFFE2E20240611000318) already exists.'''),
    ("n", r'''payouts=> begin; update payouts set status = 'RETRY' where batch_id = '2024-06-11-03' and status = 'REJECTED'; -- UPDATE 3'''),
    ("h", r'''payouts=> \password ledger_ro'''),
    ("password", r'''payouts=> alter role payouts_app with password '⟦§pw§⟧';'''),
    ("connection_string", r'''$ psql "host=payouts-db.prod.internal port=5432 dbname=payouts user=payouts_admin password=⟦§pwu§⟧ sslmode=verify-full"'''),
    ("password", r'''payouts=> create user mapping for ledger_ro server ledger_fdw options (user 'ledger_ro', password '⟦§pw§⟧');'''),
    ("iban", r''' §uuid§ | ⟦§iban_FR_s§⟧ | 18250.00 | EUR | REJECTED'''),
    ("ssn", r''' tax_profile_id=88213 | payee_type=sole_prop | tin=⟦§ssn§⟧ | form=1099-K'''),
    ("person_name", r''' beneficiary_name: ⟦Dubois, Amélie⟧ | country: FR | status: PAID'''),
    ("private_address", r'''payouts=> select client_addr from pg_stat_activity where usename = 'payouts_app';  -- ⟦10.0.128.5⟧'''),
])

# ---------------------------------------------------------------- g11 (test)
G("card-auth-json-logs", [
    ("n", r'''{"level":"info","ts":"2024-06-11T02:10:44.512Z","svc":"card-auth","msg":"authorization approved","latency_ms":212}'''),
    ("h", r'''{"level":"info","trace_id":"§trace§","span_id":"§span§","msg":"3ds challenge completed"}'''),
    ("h", r'''{"level":"info","msg":"tokenized card","card_token":"tok_§an24§","last4":"4417","bin":"453201"}'''),
    ("h", r'''{"level":"warn","msg":"issuer timeout","issuer_bin":"520082","stan":"004417","rrn":"416302118834"}'''),
    ("n", r'''{"level":"info","msg":"circuit breaker half-open","dependency":"issuer-gw","failures":5}'''),
    ("h", r'''{"level":"debug","msg":"loaded config","stripe_key":"sk_live_************************"}'''),
    ("h", r'''{"level":"info","msg":"request","request_id":"req_§an14§","idempotency_key":"§uuid§"}'''),
    ("n", r'''{"level":"error","msg":"decline","code":"05","reason":"do_not_honor"}'''),
    ("n", r'''{"level":"info","msg":"shutting down","signal":"SIGTERM","inflight":0}'''),
    ("h", r'''{"level":"info","msg":"build","version":"2.9.10.8","commit":"§sha7§","go":"go1.22.4"}'''),
    ("jwt", r'''{"level":"debug","msg":"inbound","headers":{"authorization":"Bearer ⟦§jwt§⟧"}}'''),
    ("vendor_token", r'''{"level":"error","msg":"stripe: invalid request","api_key":"⟦§sklive§⟧"}'''),
    ("vendor_token", r'''{"level":"debug","msg":"issuer gw auth","x-api-key":"⟦§adyen§⟧"}'''),
    ("card", r'''{"level":"error","msg":"validation failed","pan":"⟦§mc§⟧","exp":"11/26"}'''),
    ("ipv4", r'''{"level":"info","msg":"request","client_ip":"⟦§ip4§⟧","path":"/v1/authorize"}'''),
    ("iban", r'''{"level":"info","msg":"refund routed to SEPA","iban":"⟦§iban_IT§⟧","amount_minor":98000}'''),
])

# ---------------------------------------------------------------- g12 (dev)
G("email-pasted-into-ticket", [
    ("n", r'''-----Original Message-----'''),
    ("n", r'''Subject: RE: Onboarding – SFTP settlement files for Q3'''),
    ("h", r'''Date: Tue, 11 Jun 2024 09:41:07 +0000\nMessage-ID: <§hex16§.§hex8§@mail.marlowefreight.com>'''),
    ("n", r'''Thanks, we received the signed MSA and the KYC pack.'''),
    ("h", r'''Please keep using the password stored in the portal vault; we will never ask you to email it.'''),
    ("h", r'''Reference: KYC-2024-06-00318 / case §uuid§'''),
    ("n", r'''This email and any attachments are confidential and intended solely for the addressee.'''),
    ("h", r'''Our PGP key fingerprint: §fpr§'''),
    ("n", r'''Could you confirm the cut-off time for EUR payouts on TARGET2 holidays?'''),
    ("n", r'''Sent from Outlook for iOS'''),
    ("password", r'''Your temporary portal password is ⟦§pw§⟧ — you'll be asked to change it at first login.'''),
    ("connection_string", r'''Please upload to sftp://mff_settle_upload:⟦§pwu§⟧@sftp.marlowefreight.com:2222/inbound/'''),
    ("vendor_token", r'''For the SMS alerts our developer set TWILIO_AUTH_TOKEN=⟦§hex32§⟧ on your side, is that right?'''),
    ("person_name", r'''Dear Mr. ⟦Oyelaran-Smith⟧,'''),
    ("phone", r'''⟦Chiara Esposito⟧ | Head of Treasury Operations | M: ⟦§ph_it§⟧'''),
    ("email", r'''From: ⟦Tunde Oyelaran-Smith⟧ <⟦tunde@oyelaran-freight.co.uk⟧>'''),
])

# ---------------------------------------------------------------- g13 (test)
G("kafka-connect-notes", [
    ("n", r'''connector.class=io.confluent.connect.jdbc.JdbcSinkConnector'''),
    ("n", r'''tasks.max=4\ntopics=ledger.postings.v2'''),
    ("h", r'''value.converter.schema.registry.url=https://psrc-§lo5§.europe-west3.gcp.confluent.cloud'''),
    ("h", r'''sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="${file:/opt/secrets/kafka.properties:user}" password="${file:/opt/secrets/kafka.properties:password}";'''),
    ("h", r'''Notes: Kafka 3.7.0 broker log shows ISR shrink for ledger.postings.v2-7 at offset 88213004'''),
    ("n", r'''Notes: consumer rebalances every 5 min; max.poll.interval.ms too low for the batch size'''),
    ("h", r'''Notes: cluster id lkc-§lo6§, environment env-§lo5§ (Confluent Cloud, europe-west3)'''),
    ("n", r'''errors.tolerance=all\nerrors.deadletterqueue.topic.name=ledger.postings.dlq'''),
    ("h", r'''Notes: Cassandra sink is disabled; Jaeger shows the stall is in the JDBC batch insert'''),
    ("n", r'''Notes: bumped batch.size to 500, lag recovering'''),
    ("password", r'''sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="ledger-connect" password="⟦§pw§⟧";'''),
    ("vendor_token", r'''confluent api-key store ⟦§confkey§⟧ ⟦§confsec§⟧ --resource lkc-§lo6§'''),
    ("connection_string", r'''connection.url=jdbc:postgresql://ledger-primary.prod.internal:5432/ledger?user=connect_sink&password=⟦§pwu§⟧'''),
    ("person_name", r'''Notes (⟦Ayşe Demir⟧, on-call): restarted task 2 twice, no change'''),
    ("ipv4", r'''advertised.listeners=EXTERNAL://⟦§ip4§⟧:9094'''),
    ("iban", r'''Notes: poison message in partition 7: {"payout_id":"po_8812","payee_iban":"⟦§iban_PL§⟧"}'''),
    ("private_address", r'''listeners=INTERNAL://⟦10.12.40.6⟧:9092'''),
])

# ---------------------------------------------------------------- g14 (dev)
G("helm-values-pr-review", [
    ("n", r'''ingress:\n  enabled: true\n  className: nginx'''),
    ("h", r'''postgresql:\n  auth:\n    existingSecret: portal-db\n    secretKeys:\n      userPasswordKey: password'''),
    ("h", r'''  password: ""   # set via --set-file in CI'''),
    ("h", r'''  adminPassword: changeme   # chart default, overridden by the ExternalSecret'''),
    ("h", r'''image:\n  repository: registry.gitlab.com/marlowe-freight/portal\n  tag: 1.14.0-rc.3\n  digest: sha256:§sha256§'''),
    ("n", r'''Suggestion: pin the chart version instead of using ^12'''),
    ("h", r'''slack:\n  botToken: xoxb-your-bot-token-here'''),
    ("n", r'''LGTM once the PDB minAvailable is 2'''),
    ("h", r'''podAnnotations:\n  vault.hashicorp.com/agent-inject-secret-db: "database/creds/portal"'''),
    ("n", r'''autoscaling:\n  minReplicas: 3\n  maxReplicas: 12\n  targetCPUUtilizationPercentage: 65'''),
    ("password", r'''postgresql:\n  auth:\n    username: portal\n    password: ⟦§pw§⟧'''),
    ("slack_token", r'''slack:\n  appToken: ⟦§xapp§⟧'''),
    ("gitlab_token", r'''imageCredentials:\n  registry: registry.gitlab.com\n  username: gitlab+deploy-token-4412\n  password: ⟦§gldt§⟧'''),
    ("person_name", r'''Review (⟦Kofi⟧): who added the plaintext password? cc @⟦aisha.rahman⟧'''),
    ("email", r'''# CODEOWNERS\n/charts/portal/ @⟦priya-venkataraman⟧ ⟦emeka.nwosu@marlowefreight.com⟧'''),
    ("ipv6", r'''  nginx.ingress.kubernetes.io/whitelist-source-range: "⟦§ip6§⟧/128"'''),
])

# ---------------------------------------------------------------- g15 (test)
G("gitlab-ci-runner-log", [
    ("h", r'''Running with gitlab-runner 16.11.1 (535ced5f)\n  on mff-runner-eu-2 Zx81kPq2, system ID: s_§hex12§'''),
    ("n", r'''Preparing the "docker+machine" executor'''),
    ("h", r'''Using docker image sha256:§sha256§ for python:3.12-slim with digest python@sha256:§sha256§'''),
    ("n", r'''$ pip install -r requirements.txt'''),
    ("h", r'''$ echo "$CI_REGISTRY_PASSWORD" | docker login -u "$CI_REGISTRY_USER" --password-stdin $CI_REGISTRY'''),
    ("n", r'''Uploading artifacts for successful job'''),
    ("h", r'''Job succeeded\nPipeline #1189344 job #7732190 duration 04:12'''),
    ("h", r'''$ terraform init -backend-config="token=[MASKED]"'''),
    ("n", r'''WARNING: Uploading artifacts as "archive" to coordinator... 201 Created'''),
    ("h", r'''Successfully installed ledger-sdk-1.18.2.4 from https://gitlab.com/api/v4/projects/48812931/packages/pypi/simple'''),
    ("gitlab_token", r'''$ gitlab-runner register --non-interactive --url https://gitlab.com --token ⟦§glrt§⟧ --executor docker'''),
    ("aws_key", r'''$ env | grep AWS\nAWS_ACCESS_KEY_ID=⟦§asia§⟧\nAWS_SECRET_ACCESS_KEY=⟦§awssec§⟧\nAWS_SESSION_TOKEN=⟦§awssess§⟧'''),
    ("password", r'''$ docker login registry.marlowefreight.com -u ci-pusher -p ⟦§pw§⟧\nWARNING! Using --password via the CLI is insecure. Use --password-stdin.'''),
    ("person_name", r'''Pipeline triggered by ⟦Ingrid Søreide⟧ (@⟦isoreide⟧) for merge request !2231'''),
    ("email", r'''GITLAB_USER_EMAIL=⟦mateus.albuquerque@marlowefreight.com⟧'''),
    ("ipv6", r'''Runner egress IPv6 ⟦§ip6§⟧ added to the payouts SFTP allow-list'''),
    ("private_address", r'''Machine mff-runner-eu-2-auto-1718 created, private IP ⟦192.168.40.2⟧'''),
])

# ---------------------------------------------------------------- g16 (dev)
G("docker-compose-local-env", [
    ("n", r'''services:\n  postgres:\n    image: postgres:16.3\n    ports:\n      - "5432:5432"'''),
    ("h", r'''    environment:\n      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set in .env}'''),
    ("h", r'''# .env.example\nSENDGRID_API_KEY=<your-sendgrid-key>\nSTRIPE_SECRET_KEY=sk_test_xxxxxxxxxxxxxxxxxxxxxxxx'''),
    ("n", r'''    healthcheck:\n      test: ["CMD", "pg_isready", "-U", "postgres"]\n      interval: 5s'''),
    ("h", r'''  kafka:\n    image: bitnami/kafka:3.7.0-debian-12-r6'''),
    ("h", r'''JWT_PUBLIC_KEY_ID=§uuid§'''),
    ("n", r'''$ docker compose up -d --build portal ledger'''),
    ("n", r''' ✔ Container mff-local-postgres-1  Healthy'''),
    ("h", r'''SESSION_COOKIE_NAME=mff_session\nCSRF_HEADER=X-CSRF-Token\nPASSWORD_MIN_LENGTH=12'''),
    ("n", r'''volumes:\n  pgdata: {}'''),
    ("vendor_token", r'''SENDGRID_API_KEY=⟦§sg§⟧'''),
    ("private_key", r'''JWT_SIGNING_KEY="§pem_rsa§"'''),
    ("connection_string", r'''REDIS_URL=redis://:⟦§pwu§⟧@redis-prod.marlowefreight.internal:6379/0   # TODO don't point local at prod'''),
    ("email", r'''SEED_ADMIN_EMAIL=⟦valentina.rossi@marlowefreight.com⟧'''),
    ("phone", r'''  {"customer": "cust_0193", "contact_phone": "⟦§ph_br§⟧", "note": "copied from prod dump"}'''),
    ("card", r'''  {"customer": "cust_0193", "card_number": "⟦§amex§⟧", "exp": "04/28"}'''),
])

# ---------------------------------------------------------------- g17 (test)
G("pagerduty-webhook-payload", [
    ("n", r'''{"event":{"event_type":"incident.triggered","resource_type":"incident","occurred_at":"2024-06-11T02:11:03.000Z"}}'''),
    ("h", r'''{"id":"Q§UP13#a§","type":"incident_reference","html_url":"https://marlowefreight.pagerduty.com/incidents/Q§UP13#a§"}'''),
    ("h", r'''{"dedup_key":"§hex32§","event_action":"trigger"}'''),
    ("n", r'''{"urgency":"high","status":"triggered","title":"SEPA payouts batch stuck"}'''),
    ("h", r'''{"service":{"id":"P§UP6§","summary":"payouts-api"},"escalation_policy":{"id":"P§UP6§"}}'''),
    ("n", r'''Webhook delivery attempt 2 of 3 returned 502, retrying in 30s'''),
    ("h", r'''x-pagerduty-signature: v1=§hex64§'''),
    ("n", r'''{"priority":{"summary":"P1"},"incident_number":4412}'''),
    ("h", r'''  routing_key: "{{ .Values.pagerduty.routingKey }}"'''),
    ("n", r'''{"log_entries":[{"type":"acknowledge_log_entry","summary":"Acknowledged through the mobile app"}]}'''),
    ("vendor_token", r'''curl -X POST https://events.pagerduty.com/v2/enqueue -d '{"routing_key":"⟦§hex32§⟧","event_action":"trigger","payload":{"summary":"test"}}' '''),
    ("webhook", r'''status_webhook: https://discord.com/api/webhooks/§dig18§/⟦§discord§⟧'''),
    ("bearer", r'''curl -H 'Authorization: Bearer ⟦§bearer§⟧' https://api.statuspage.io/v1/pages/§lo12§/incidents'''),
    ("phone", r'''{"assignees":[{"summary":"⟦Rahul Mehta⟧","contact_methods":[{"type":"phone","address":"⟦§ph_in§⟧"}]}]}'''),
    ("person_name", r'''{"acknowledged_by":{"summary":"⟦Élodie Marchetti-Haddad⟧","type":"user_reference"}}'''),
    ("email", r'''{"user":{"email":"⟦kim.minjun@marlowefreight.com⟧","time_zone":"Asia/Seoul"}}'''),
])

# ---------------------------------------------------------------- g18 (dev)
G("oncall-handover-notes", [
    ("n", r'''Handover 2024-06-11 08:00 UTC — week 24 payments rotation'''),
    ("n", r'''Open: PayoutsBatchStuck flapped overnight, 3 pages, all auto-resolved'''),
    ("h", r'''Open: ledger-recon job §uuid§ still running, do not kill'''),
    ("h", r'''Vault: use `vault login -method=oidc`; the root token is sealed in the break-glass envelope, not here'''),
    ("n", r'''Closed: card-auth p99 back under 300ms after the node pool resize'''),
    ("h", r'''Watch: cert for portal.marlowefreight.com expires 2024-07-02 (serial §colhex16§)'''),
    ("h", r'''Watch: Kafka broker 3 disk at 81%, Cruise Control rebalance scheduled for 22:00'''),
    ("n", r'''Reminder: change freeze from Friday 16:00 CET until Monday'''),
    ("h", r'''Changelog: ledger-api 4.3.0.3 deployed, image digest sha256:§sha256§'''),
    ("n", r'''No customer escalations outstanding'''),
    ("password", r'''Break-glass: if Okta is down the admin console password is ⟦§pw§⟧ (rotate after use!)'''),
    ("vendor_token", r'''Vault root token for the DR cluster: ⟦§hvs§⟧'''),
    ("aws_key", r'''Old deploy user key still active: ⟦§akia§⟧ (secret is in 1Password), asked security to revoke'''),
    ("person_name", r'''Handing over to ⟦Santiago⟧ (EU) and ⟦Chen Jiahui⟧ (APAC)'''),
    ("phone", r'''If ⟦Santiago⟧'s pager fails, the secondary is on ⟦§ph_es§⟧'''),
    ("iban", r'''Manual payout pending approval: ⟦§iban_NL_s§⟧ EUR 4,120.00 (treasury sign-off needed)'''),
    ("private_address", r'''DR bastion is ⟦100.71.3.9⟧ on the Tailscale tailnet'''),
])

# ---------------------------------------------------------------- g19 (test)
G("gcloud-session", [
    ("n", r'''$ gcloud config set project mff-ledger-prod\nUpdated property [core/project].'''),
    ("n", r'''$ gcloud container clusters get-credentials prod-eu --region europe-west3'''),
    ("h", r'''$ gcloud iam service-accounts keys list --iam-account ledger-sa@mff-ledger-prod.iam.gserviceaccount.com\nKEY_ID  CREATED_AT  EXPIRES_AT\n§hex40§  2024-03-01T10:00:00Z  9999-12-31T23:59:59Z'''),
    ("h", r'''  "client_id": "1048§dig17§",'''),
    ("h", r'''$ gcloud secrets versions access latest --secret=ledger-db-password > /dev/null && echo ok'''),
    ("n", r'''$ gcloud compute instances list --filter='labels.team=ledger' --format='table(name,zone,status)' '''),
    ("h", r'''  "type": "service_account",\n  "project_id": "mff-ledger-prod",\n  "private_key_id": "§hex40§",'''),
    ("n", r'''Fetching cluster endpoint and auth data.\nkubeconfig entry generated for prod-eu.'''),
    ("h", r'''$ gcloud compute ssh ledger-batch-1 --tunnel-through-iap --zone europe-west3-b'''),
    ("n", r'''ERROR: (gcloud.container.clusters.get-credentials) ResponseError: code=403, message=Required "container.clusters.get" permission(s)'''),
    ("private_key", r'''  "private_key": "§pem_pk8§\n",'''),
    ("vendor_token", r'''$ curl "https://maps.googleapis.com/maps/api/geocode/json?address=Port+of+Rotterdam&key=⟦§aiza§⟧"'''),
    ("bearer", r'''$ gcloud auth print-access-token\n⟦§ya29§⟧'''),
    ("email", r'''$ gcloud config list account\naccount = ⟦babajide.adebayo@marlowefreight.com⟧'''),
    ("person_name", r'''$ gcloud projects add-iam-policy-binding mff-ledger-prod --member=user:⟦wfischer@marlowefreight.com⟧ --role=roles/viewer  # for ⟦Wolfgang⟧'''),
    ("ipv4", r'''NAME: ledger-batch-1  ZONE: europe-west3-b  EXTERNAL_IP: ⟦§ip4§⟧  STATUS: RUNNING'''),
    ("private_address", r'''NAME: ledger-batch-2  ZONE: europe-west3-b  INTERNAL_IP: ⟦10.156.0.23⟧  STATUS: RUNNING'''),
])

# ---------------------------------------------------------------- g20 (dev)
G("portal-access-logs", [
    ("h", r'''[2024-06-11T09:14:03.118Z] "GET /healthz HTTP/1.1" 200 - 0 2 1 1 "-" "kube-probe/1.29" "§uuid§" "portal.marlowefreight.com" "-"'''),
    ("n", r'''nginx: [warn] the "listen ... http2" directive is deprecated, use the "http2" directive instead'''),
    ("h", r'''"GET /static/app.§hex8§.js HTTP/2.0" 200 48211 "-" "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5)"'''),
    ("n", r'''upstream timed out (110: Connection timed out) while reading response header from upstream, upstream: "http://portal-api.portal.svc.cluster.local:8080/v1/invoices"'''),
    ("h", r'''"GET /v1/invoices?page=2&per_page=50&cursor=eyJpZCI6MTIzNH0 HTTP/1.1" 200 9120'''),
    ("h", r'''"POST /v1/webhooks/stripe HTTP/1.1" 200 stripe-signature="t=1718097243,v1=§hex64§"'''),
    ("n", r'''limiting requests, excess: 20.450 by zone "api", client: <redacted>'''),
    ("h", r'''"GET /v1/payouts/§uuid§ HTTP/1.1" 404 x-request-id=§uuid§'''),
    ("n", r'''2024/06/11 09:15:22 [notice] 1#1: signal process started'''),
    ("h", r'''"GET /portal/reset?token=<reset-token> HTTP/1.1" 302   (sample line from the runbook)'''),
    ("password", r'''"GET /legacy/login.php?user=acme_ap&pass=⟦§pwu§⟧ HTTP/1.1" 301 0 "-" "python-requests/2.31.0"'''),
    ("jwt", r'''"GET /sso/callback?id_token=⟦§jwt§⟧&state=af0ifjsldkj HTTP/1.1" 302'''),
    ("bearer", r'''request headers: authorization="Bearer ⟦§bearer§⟧" x-forwarded-proto="https"'''),
    ("ipv4", r'''⟦§ip4§⟧ - - [11/Jun/2024:09:14:03 +0000] "POST /v1/login HTTP/2.0" 401 64 "-" "curl/8.5.0"'''),
    ("ipv6", r'''⟦§ip6§⟧ - - [11/Jun/2024:09:14:05 +0000] "GET /v1/me HTTP/2.0" 200 812'''),
    ("email", r'''"GET /v1/users/lookup?email=⟦sipho.ndlovu%40mweb.co.za⟧ HTTP/1.1" 200 311'''),
    ("private_address", r'''upstream: "http://⟦10.244.3.17⟧:8080/v1/invoices", host: "portal.marlowefreight.com"'''),
])

# ---------------------------------------------------------------- g21 (test)
G("vault-operations", [
    ("n", r'''$ vault status\nSealed          false\nHA Enabled      true'''),
    ("h", r'''Cluster ID      §uuid§\nVersion         1.16.2+ent'''),
    ("n", r'''$ vault secrets list -format=json | jq 'keys' '''),
    ("h", r'''$ vault kv get -field=password secret/ledger/prod'''),
    ("h", r'''token_accessor       §an24§'''),
    ("h", r'''$ vault token lookup -accessor §an24§'''),
    ("n", r'''$ vault operator raft list-peers'''),
    ("n", r'''Success! Data written to: database/roles/ledger-ro'''),
    ("h", r'''unseal_progress 2/3 — the remaining key custodians are listed in the DR runbook, Consul snapshot taken'''),
    ("n", r'''Error making API request. Code: 403. Errors: * permission denied'''),
    ("vendor_token", r'''Unseal Key 1: ⟦§b64key§⟧'''),
    ("password", r'''$ vault write database/config/ledger plugin_name=postgresql-database-plugin connection_url="postgresql://{{username}}:{{password}}@ledger-primary.prod.internal:5432/ledger" username=vault_admin password='⟦§pw§⟧' '''),
    ("private_key", r'''$ vault write pki_int/config/ca pem_bundle="§pem_rsa§"'''),
    ("email", r'''$ vault login -method=oidc role=sre\nSuccess! You are now authenticated.\ntoken_meta_email    ⟦yusuf.celik@marlowefreight.com⟧'''),
    ("person_name", r'''entity_name          ⟦hannah.schoenberg⟧\ndisplay_name         ⟦Hannah Schönberg⟧'''),
    ("phone", r'''Duo MFA push sent to ⟦§ph_uk§⟧, waiting for approval...'''),
])

# ---------------------------------------------------------------- g22 (dev)
G("jira-sepa-payout-failure", [
    ("n", r'''MFFOPS-2231: SEPA payout rejected with AC01 (incorrect account number)'''),
    ("n", r'''Priority: Major | Component: payouts | Fix Version: 2024.24'''),
    ("h", r'''Labels: sepa, rejects, pacs.002 | Sprint: PAY-Sprint-112'''),
    ("h", r'''Linked: MFFOPS-2218 (duplicate), MFFOPS-2240 (blocks)'''),
    ("h", r'''End-to-end id MFFE2E20240611000327, message id MFF-PACS008-§dig14§'''),
    ("n", r'''Steps: 1. Open the payout in back office 2. Click 'Retry' 3. Observe AC01 again'''),
    ("h", r'''IBAN validation passes locally for the fixture GB00 TEST 0000 0000 0000 00 but the bank rejects real ones'''),
    ("n", r'''Expected: payout accepted, or rejected with a clear reason shown in the portal'''),
    ("h", r'''Attachment: pacs002_20240611.xml (sha256 §sha256§)'''),
    ("n", r'''Resolution: Won't Fix – beneficiary bank closed the account'''),
    ("password", r'''Customer note: I logged into our bank portal (user ap-team, password ⟦§pw§⟧) and the account is open'''),
    ("vendor_token", r'''Automation rule 'Sync to Opsgenie' uses API token ⟦§atl§⟧ for svc-jira-automation'''),
    ("connection_string", r'''Worker log: amqps://payouts-worker:⟦§pwu§⟧@rabbitmq.prod.marlowefreight.com:5671/payouts connection reset by peer'''),
    ("iban", r'''Beneficiary: ⟦§iban_GB_s§⟧ (BIC BARCGB22), amount EUR 9,880.00'''),
    ("person_name", r'''Reporter: ⟦Abdullahi Musa Garba⟧ | Assignee: ⟦Ruiz Ortega, Lucía⟧'''),
    ("ssn", r'''Attachment text (W-9): Name ⟦Dwayne K. Harlow⟧, SSN ⟦§ssn§⟧, sole proprietor'''),
])

# ---------------------------------------------------------------- g23 (test)
G("assistant-chat-transcript", [
    ("h", r'''user: why is the ledger-api pod in CrashLoopBackOff after the 4.3.0.3 rollout?'''),
    ("n", r'''assistant: The container exits with code 137, which usually means it was OOM-killed. Check `kubectl describe pod` for 'OOMKilled'.'''),
    ("h", r'''assistant: Store the token in GitHub Actions as `${{ secrets.GH_MIRROR_TOKEN }}` instead of hard-coding it.'''),
    ("h", r'''assistant: Replace `<your-token>` with a fine-grained PAT scoped to the mirror repo only.'''),
    ("n", r'''user: ok the memory limit was 512Mi, bumped to 1Gi'''),
    ("h", r'''assistant: `x509: certificate signed by unknown authority` means the CA bundle lacks the Marlowe internal root (SHA256 fingerprint §colhex32§).'''),
    ("n", r'''user: here's the output: Error from server (NotFound): secrets "ledger-db" not found'''),
    ("n", r'''assistant: Run `kubectl get events -n ledger --sort-by=.lastTimestamp | tail -20`.'''),
    ("h", r'''user: the hash is §sha1§, is that the broken commit?'''),
    ("h", r'''tool_result: {"pod":"ledger-api-6d8f9c7b54-q8w2n","restarts":14,"lastState":"OOMKilled"}'''),
    ("password", r'''user: I can't connect, the mysql root password is ⟦§pw§⟧ and it says access denied'''),
    ("github_token", r'''user: echo ⟦§gho§⟧ | gh auth login --with-token says the token is missing the read:org scope'''),
    ("webhook", r'''user: our google chat alert goes to https://chat.googleapis.com/v1/spaces/AAAA§anx7§/messages?key=AIzaSyDdI0hCZtE6vySjMm-WEfRq3CPzqKqqsHI&token=⟦§gchat§⟧'''),
    ("phone", r'''user: my number for the callback is ⟦§ph_jp§⟧'''),
    ("email", r'''user: send the summary to ⟦lindiwe.dlamini@marlowefreight.com⟧ please'''),
    ("person_name", r'''user: ⟦Phạm Đức Anh⟧ from the ledger team said it's a known issue?'''),
    ("private_address", r'''user: the pod can't reach the metadata server at ⟦169.254.169.254⟧, is that blocked by a NetworkPolicy?'''),
])

# ---------------------------------------------------------------- g24 (dev)
G("ansible-ssh-session", [
    ("n", r'''$ ansible-playbook -i inventories/prod site.yml --limit sftp --check --diff'''),
    ("n", r'''PLAY RECAP *********************************************************************'''),
    ("h", r'''sftp-eu-1 : ok=14 changed=2 unreachable=0 failed=0 skipped=3 rescued=0 ignored=0'''),
    ("h", r'''ansible_become_pass: "{{ vault_become_pass }}"'''),
    ("h", r'''$ANSIBLE_VAULT;1.1;AES256\n§hex64§\n§hex64§'''),
    ("n", r'''TASK [openssh : Ensure PasswordAuthentication is disabled] *****'''),
    ("h", r'''ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI§b64fp§ deploy-key-2024'''),
    ("n", r'''changed: [sftp-eu-1] => (item=mff_settle_upload)'''),
    ("h", r'''ED25519 key fingerprint is SHA256:§b64fp§.'''),
    ("n", r'''fatal: [sftp-eu-2]: UNREACHABLE! => {"msg": "Failed to connect to the host via ssh"}'''),
    ("password", r'''[sftp]\nsftp-eu-1 ansible_user=deploy ansible_become_pass=⟦§pw§⟧'''),
    ("private_key", r'''$ cat ~/.ssh/id_rsa\n§pem_rsa§'''),
    ("vendor_token", r'''datadog_api_key: ⟦§hex32§⟧\ndatadog_site: datadoghq.eu'''),
    ("ipv4", r'''sftp-eu-2 ansible_host=⟦§ip4§⟧ ansible_port=2222'''),
    ("person_name", r'''$ ssh ⟦m.okafor⟧@sftp-eu-1   # ⟦Michael Okafor⟧'s account, remove after offboarding'''),
    ("phone", r'''# Lisbon colo remote hands: ⟦§ph_pt§⟧ (24/7)'''),
])

# ---------------------------------------------------------------- g25 (test)
G("stripe-adyen-webhook-debugging", [
    ("n", r'''$ stripe listen --forward-to localhost:8080/v1/webhooks/stripe'''),
    ("h", r'''> Ready! Your webhook signing secret is whsec_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx (^C to quit)'''),
    ("h", r'''2024-06-11 09:40:12   --> charge.dispute.created [evt_§an24§]'''),
    ("h", r'''2024-06-11 09:40:13  <--  [200] POST http://localhost:8080/v1/webhooks/stripe [evt_§an24§]'''),
    ("h", r'''"individual": {"ssn_last_4": "0366", "dob": {"day": null, "month": null, "year": null}}'''),
    ("n", r'''Stripe-Signature header missing; rejecting with 400'''),
    ("h", r'''{"id":"pi_§an24§","object":"payment_intent","amount":125000,"currency":"eur","status":"requires_capture"}'''),
    ("n", r'''Adyen notification: eventCode=AUTHORISATION success=true merchantAccountCode=MarloweFreightECOM'''),
    ("h", r'''The HMAC key is configured in the Adyen Customer Area under Developers > Webhooks; the value lives in vault secret/adyen/hmac'''),
    ("n", r'''Retry schedule: Stripe retries failed webhooks for up to 3 days with exponential backoff'''),
    ("vendor_token", r'''STRIPE_WEBHOOK_SECRET=⟦whsec_§an32§⟧'''),
    ("vendor_token", r'''$ curl https://api.stripe.com/v1/balance -u ⟦§rklive§⟧:'''),
    ("password", r'''Adyen Customer Area login for the shared ops account: ws_ops@Company.MarloweFreight / ⟦§pw§⟧'''),
    ("card", r'''{"card":{"number":"⟦§disc§⟧","exp_month":3,"exp_year":2027,"cvc_check":"pass"}}'''),
    ("email", r'''{"billing_details":{"email":"⟦jean-baptiste.nkurunziza@outlook.fr⟧","name":"⟦Jean-Baptiste Nkurunziza⟧"}}'''),
    ("ssn", r'''"individual": {"first_name": "⟦Marisol⟧", "last_name": "⟦Treviño⟧", "id_number": "⟦§ssn_n§⟧"}'''),
])

# ---------------------------------------------------------------- g26 (dev)
G("celery-redis-worker-logs", [
    ("h", r'''[2024-06-11 02:11:04,118: INFO/MainProcess] Connected to redis://redis-celery.prod.internal:6379/0'''),
    ("n", r'''[2024-06-11 02:11:04,201: INFO/MainProcess] celery@worker-payouts-5 ready.'''),
    ("h", r'''[2024-06-11 02:11:09,554: INFO/ForkPoolWorker-3] Task payouts.tasks.submit_batch[§uuid§] succeeded in 4.21s: None'''),
    ("h", r''' -------------- celery@worker-payouts-5 v5.4.0 (opalescent)'''),
    ("n", r'''[2024-06-11 02:12:30,001: WARNING/MainProcess] consumer: Connection to broker lost. Trying to re-establish the connection...'''),
    ("h", r'''[2024-06-11 02:12:31,774: ERROR/ForkPoolWorker-1] Task notify.tasks.send_sms[§uuid§] raised: TwilioRestException: HTTP 429'''),
    ("n", r'''$ redis-cli INFO memory | grep used_memory_human\nused_memory_human:3.81G'''),
    ("h", r'''Sidekiq 7.2.4 connecting to Redis with options {:url=>"redis://redis-jobs.prod.internal:6379/1", :password=>"REDACTED"}'''),
    ("n", r'''[2024-06-11 02:15:00,000: INFO/Beat] Scheduler: Sending due task reconcile-ledger (ledger.tasks.reconcile)'''),
    ("h", r'''Flower 2.0.1 listening on port 5555, basic auth enabled via the FLOWER_BASIC_AUTH env var'''),
    ("connection_string", r'''[2024-06-11 02:11:03,990: INFO/MainProcess] broker_url=redis://:⟦§pwu§⟧@redis-celery.prod.internal:6379/0'''),
    ("password", r'''$ redis-cli -h redis-celery.prod.internal -a '⟦§pw§⟧' --no-auth-warning DBSIZE'''),
    ("slack_token", r'''[2024-06-11 02:13:12,400: INFO/ForkPoolWorker-2] Task notify.tasks.post_slack[§uuid§] received args=('⟦§xoxp§⟧', '#payments-alerts')'''),
    ("email", r'''[2024-06-11 02:13:40,118: INFO/ForkPoolWorker-4] Task notify.tasks.send_receipt[§uuid§] received args=('⟦francesca.deluca@libero.it⟧', 'INV-2024-06-0441')'''),
    ("phone", r'''[2024-06-11 02:13:41,002: INFO/ForkPoolWorker-1] Task notify.tasks.send_sms[§uuid§] received kwargs={'to': '⟦§ph_ng§⟧', 'template': 'payout_sent'}'''),
    ("ipv6", r'''[2024-06-11 02:14:02,115: WARNING/MainProcess] rejected connection from ⟦§ip6§⟧ (not in allowed_hosts)'''),
    ("private_address", r'''[2024-06-11 02:14:05,000: INFO/Flower] Visit me at http://⟦127.0.0.1⟧:5555'''),
])

# ---------------------------------------------------------------- g27 (test)
G("gitleaks-security-review", [
    ("n", r'''$ gitleaks detect --source . --report-format json --report-path leaks.json'''),
    ("n", r'''    ○\n    │╲\n    │ ○\n    ○ ░\n    ░    gitleaks'''),
    ("h", r'''RuleID:      stripe-access-token\nFile:        tests/fixtures/stripe.json\nSecret:      sk_test_4eC39HqLyjWDarjtT1zdp7dc'''),
    ("h", r'''Fingerprint: §sha1#c§:deploy/values.yaml:aws-access-token:42\nCommit:      §sha1#c§'''),
    ("h", r'''Entropy:     3.58\nDate:        2024-03-14T10:22:01Z\nCommit:      §sha1§'''),
    ("n", r'''12:04PM INF 1421 commits scanned.\n12:04PM INF scan completed in 8.31s'''),
    ("n", r'''12:04PM WRN leaks found: 4'''),
    ("h", r'''# .gitleaksignore\n§sha1§:tests/fixtures/stripe.json:stripe-access-token:3'''),
    ("h", r'''RuleID:      aws-access-token\nSecret:      AKIAIOSFODNN7EXAMPLE\nFile:        docs/aws-setup.md'''),
    ("n", r'''Security review decision: rotate all findings older than 90 days and add the pre-commit hook'''),
    ("aws_key", r'''RuleID:      aws-access-token\nSecret:      ⟦§akia§⟧\nFile:        deploy/values.yaml\nLine:        42'''),
    ("slack_token", r'''RuleID:      slack-bot-token\nSecret:      ⟦§xoxb§⟧\nFile:        scripts/notify.py'''),
    ("gitlab_token", r'''RuleID:      gitlab-ptt\nMatch:       TRIGGER_TOKEN=⟦§glptt§⟧\nFile:        .gitlab-ci.yml'''),
    ("person_name", r'''Author:      ⟦Mette Rasmussen⟧\nFile:        scripts/notify.py'''),
    ("email", r'''Email:       ⟦mette.rasmussen@marlowefreight.com⟧\nDate:        2024-02-02T08:11:54Z'''),
    ("ssn", r'''RuleID:      us-ssn (custom)\nMatch:       applicant_ssn: "⟦§ssn§⟧"\nFile:        tests/fixtures/kyc_sample.json   # copied from prod!'''),
])

# ---------------------------------------------------------------- g28 (dev)
G("executed-query-summaries", [
    ("n", r'''Executed query on ledger-db (read replica): SELECT count(*) FROM postings WHERE posted_at >= '2024-06-11' — 1 row: 182,044 (312 ms)'''),
    ("n", r'''Executed query on payouts-db: SELECT status, count(*) FROM payouts GROUP BY status — 4 rows: PAID 18,211; PENDING_ACK 412; REJECTED 3; RETRY 0'''),
    ("h", r'''Executed query on ledger-db: SELECT id FROM postings WHERE idem_key = '§hex64§' — 2 rows (duplicate): §uuid§, §uuid§'''),
    ("h", r'''Query plan hash §hex16§; shared buffers hit ratio 0.9971'''),
    ("n", r'''Query cancelled after 30s statement_timeout; suggest adding an index on payouts(batch_id)'''),
    ("h", r'''Executed query on portal-db: SELECT key_prefix, created_at FROM api_keys WHERE revoked = false — 3 rows: mff_live_8Kx2…, mff_live_Q1pz…, mff_test_0aZ9…'''),
    ("h", r'''Executed query on ledger-db: SELECT version() — PostgreSQL 15.7 on x86_64-pc-linux-gnu, compiled by gcc (Debian 12.2.0-14) 12.2.0, 64-bit'''),
    ("n", r'''Executed query on payouts-db: EXPLAIN SELECT ... — Seq Scan on payouts (cost=0.00..48211.33 rows=1204)'''),
    ("h", r'''Executed query on card-db: SELECT bin, brand, type FROM bin_ranges WHERE bin = '520082' — 1 row: 520082, MASTERCARD, DEBIT'''),
    ("n", r'''Executed query on portal-db: UPDATE feature_flags SET enabled = true WHERE name = 'sepa_instant' — 1 row affected'''),
    ("connection_string", r'''Executed query via mysql://reporting:⟦§pwu§⟧@reporting-db.prod.marlowefreight.com:3306/finance — SELECT 1 — ok'''),
    ("vendor_token", r'''Executed query on portal-db: SELECT value FROM app_config WHERE key = 'openai_api_key' — 1 row: ⟦§oai§⟧'''),
    ("jwt", r'''Executed query on portal-db: SELECT token FROM api_sessions ORDER BY created_at DESC LIMIT 1 — 1 row: ⟦§jwt§⟧'''),
    ("iban", r'''Executed query on payouts-db: SELECT beneficiary_iban FROM payouts WHERE id = '§uuid§' — 1 row: ⟦§iban_ES§⟧'''),
    ("email", r'''Executed query on portal-db: SELECT email FROM users WHERE last_login < now() - interval '1 year' LIMIT 2 — 2 rows: ⟦haruto.sato@marlowefreight.jp⟧, ⟦b.osei@ghanafreight.com.gh⟧'''),
    ("person_name", r'''Executed query on portal-db: SELECT full_name FROM customers WHERE id = 88213 — 1 row: ⟦Nguyễn Thị Mai⟧'''),
])

# ---------------------------------------------------------------- g29 (test)
G("grafana-datadog-monitors", [
    ("n", r'''{"name":"[payouts] batch stuck","type":"query alert","query":"max(last_10m):max:payouts.batch.pending_age{env:prod} > 1800"}'''),
    ("n", r'''{"thresholds":{"critical":1800,"warning":900},"notify_no_data":true,"renotify_interval":30}'''),
    ("h", r'''"message":"Batch stuck for {{value}}s @slack-payments-alerts @pagerduty-payouts-api"'''),
    ("h", r'''{"dashboard":{"uid":"mff-ledger-§lo6§","version":42,"schemaVersion":39}}'''),
    ("h", r'''datasource: {type: prometheus, uid: P§UP15§}'''),
    ("n", r'''Panel 'Card auth p99' uses histogram_quantile(0.99, sum by (le) (rate(card_auth_duration_seconds_bucket[5m])))'''),
    ("h", r'''Grafana v10.4.2 (§hex10§), Loki 2.9.8, Tempo 2.4.1'''),
    ("n", r'''Contact point 'payments-pager' test notification sent'''),
    ("h", r'''  secureJsonData:\n    basicAuthPassword: $__file{/etc/secrets/prom-password}'''),
    ("n", r'''Silence created for alertname=CardAuthLatencyHigh, duration 2h, comment 'node pool resize' '''),
    ("vendor_token", r'''$ curl -H "Authorization: Bearer ⟦§glsa§⟧" https://grafana.marlowefreight.com/api/dashboards/uid/mff-ledger'''),
    ("webhook", r'''Webhook contact point URL: https://hooks.zapier.com/hooks/catch/§dig7§/⟦§lo7§⟧/'''),
    ("jwt", r'''Shared panel link: https://grafana.marlowefreight.com/d-solo/mff-ledger?panelId=4&auth_token=⟦§jwt§⟧'''),
    ("card", r'''Explore (Loki) {app="card-auth"} |= "validation failed" → pan=⟦§visa§⟧ exp=08/26'''),
    ("phone", r'''Contact point 'treasury-sms' → ⟦§ph_ae§⟧ (SMS via Twilio)'''),
    ("ipv6", r'''Synthetic check 'portal-login' failed from probe ⟦§ip6§⟧ (Frankfurt)'''),
])

# ---------------------------------------------------------------- g30 (dev)
G("quarterly-access-review", [
    ("n", r'''Q2 access review — scope: GitHub org, GitLab group, AWS accounts, GCP projects'''),
    ("n", r'''Finding 1: 14 dormant accounts disabled'''),
    ("h", r'''AWS account §dig12§ (mff-ledger-prod): 3 IAM users without MFA'''),
    ("h", r'''IAM user ci-legacy key AKIA************Q7ZL last used 212 days ago'''),
    ("h", r'''GitHub fine-grained PAT github_pat_11AB… (truncated) owned by svc-mirror, expires 2024-09-01'''),
    ("n", r'''Finding 3: GitLab group access tokens without expiry: 2 (rotated)'''),
    ("h", r'''Key ID §hex40§ for ledger-sa@mff-ledger-prod.iam.gserviceaccount.com is older than 365 days'''),
    ("n", r'''Action: enforce 90-day token expiry via org policy'''),
    ("h", r'''Corporate card for SaaS billing ends in 8812; statement ref 2024-06-0441'''),
    ("n", r'''Sign-off required from the security and finance leads by 2024-06-28'''),
    ("aws_key", r'''Finding 2: ci-legacy still has active key ⟦§akia§⟧ / ⟦§awssec§⟧ in the Jenkins credential store (plaintext export)'''),
    ("github_token", r'''Finding 4: classic PAT ⟦§ghp§⟧ found on the wiki page 'Release how-to' '''),
    ("gitlab_token", r'''Finding 5: project access token ⟦§glpat§⟧ in a Confluence export, scope api'''),
    ("card", r'''Vendor onboarding form pasted into the review: corporate card ⟦§mc_d§⟧ exp 12/26 for the Cloudflare invoice'''),
    ("ssn", r'''Contractor W-9 attached to the review ticket lists SSN ⟦§ssn§⟧ — move it to the HR system'''),
    ("person_name", r'''Reviewer: ⟦Okonkwo Chidi⟧ (Security) · Approver: ⟦Anna-Lena Brückner⟧ (Finance)'''),
])

# ---------------------------------------------------------------------------
GEN_RE = re.compile(r"§([A-Za-z0-9_]+)(?:#(\w+))?§")
VAN_RE = re.compile(r"⟦(.*?)⟧")


def expand(tpl):
    cache = {}

    def sub(m):
        key = (m.group(1), m.group(2))
        if m.group(2) and key in cache:
            return cache[key]
        v = gen(m.group(1))
        cache[key] = v
        return v

    text = GEN_RE.sub(sub, tpl.rstrip(" "))
    vanish = [v for v in VAN_RE.findall(text)]
    text = text.replace("⟦", "").replace("⟧", "")
    seen, out = set(), []
    for v in vanish:
        if v not in seen:
            seen.add(v); out.append(v)
    return text, out


def main():
    header = "# kind\ttext\tmust-vanish (|-separated; empty for negatives)\tsource\n"
    rows = {"dev": [], "test": []}
    hard = []
    for i, (ctx, lines) in enumerate(GROUPS, 1):
        split = "dev" if i % 2 == 0 else "test"
        src = "writer12 g%02d-%s" % (i, ctx)
        for kind, tpl in lines:
            text, vanish = expand(tpl)
            assert "\t" not in text and "\n" not in text and "§" not in text, (src, text)
            if kind in ("n", "h"):
                assert not vanish, (src, text)
                if kind == "h":
                    hard.append((src, text))
                kind = "negative"
            rows[split].append("%s\t%s\t%s\t%s\n" % (kind, text, "|".join(vanish), src))
    for split in rows:
        with open("batch12_%s.tsv" % split, "w", encoding="utf-8") as f:
            f.write(header)
            f.writelines(rows[split])
    with open("hard_negatives.tsv", "w", encoding="utf-8") as f:
        f.write("# source\ttext (negatives written on purpose to look like a secret or PII)\n")
        for s, t in hard:
            f.write("%s\t%s\n" % (s, t))
    print("wrote dev=%d test=%d lines, %d intended hard negatives" % (len(rows["dev"]), len(rows["test"]), len(hard)))


if __name__ == "__main__":
    main()
