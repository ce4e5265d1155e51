#!/usr/bin/env python3
"""writer13 / batch 13 -- hand-typed test lines for a secrets-and-PII redactor.

Fictional company: Vallerin Mountain Co. (VMC), a ski-resort and lift-ticket operator with two areas:
Vallerin Peak (Colorado, US) and Hochvallerin (Tyrol, Austria). Every line's wording below is typed by hand;
only the random bodies (key material, token bodies, digits of cards/IBANs/SSNs/phones, host parts of IPs,
hashes, uuids) come from random.Random(1313).

Writes batch13_dev.tsv, batch13_test.tsv and hard_negatives.tsv.
Split rule (fixed before writing): groups are numbered g01..g30 in writing order; even -> dev, odd -> test.
"""
import base64
import ipaddress
import json
import os
import random
import string
import struct

R = random.Random(1313)
HERE = os.path.dirname(os.path.abspath(__file__))

UP, LO, DI = string.ascii_uppercase, string.ascii_lowercase, string.digits
AN = UP + LO + DI
HEX = "0123456789abcdef"
B64 = AN + "+/"
B64U = AN + "-_"
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
PWCH = AN + "!#%*-_.^+="
URLPW = AN + "-_.~"


# ---------------------------------------------------------------- random bodies
def rs(alpha, n):
    return "".join(R.choice(alpha) for _ in range(n))


def rbytes(n):
    return bytes(R.randrange(256) for _ in range(n))


def b64(b):
    return base64.b64encode(b).decode()


def b64u(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


def hexs(n):
    return rs(HEX, n)


def uuid4():
    h = hexs(32)
    h = h[:12] + "4" + h[13:16] + R.choice("89ab") + h[17:]
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def pwd(n=18, alpha=PWCH):
    while True:
        p = rs(alpha, n)
        if any(c in LO for c in p) and any(c in UP for c in p) and any(c in DI for c in p):
            return p


def akid(prefix="AKIA"):
    return prefix + rs(B32, 16)


def aws_secret():
    return rs(AN + "+/", 40)


def ghp(prefix="ghp_"):
    return prefix + rs(AN, 36)


def gh_fine():
    return "github_pat_11" + rs(UP + DI, 20) + "_" + rs(AN, 59)


def glab(prefix="glpat-"):
    return prefix + rs(AN + "-_", 20)


def xoxb():
    return f"xoxb-{R.randint(1, 9)}{rs(DI, 11)}-{R.randint(1, 9)}{rs(DI, 12)}-{rs(AN, 24)}"


def xoxp():
    return f"xoxp-{R.randint(1, 9)}{rs(DI, 11)}-{R.randint(1, 9)}{rs(DI, 11)}-{R.randint(1, 9)}{rs(DI, 12)}-{hexs(32)}"


def xapp():
    return f"xapp-1-A0{rs(UP + DI, 9)}-{R.randint(1, 9)}{rs(DI, 12)}-{hexs(64)}"


def slack_hook_path():
    return f"T0{rs(UP + DI, 8)}/B0{rs(UP + DI, 9)}/{rs(AN, 24)}"


def discord_hook_path():
    return f"{R.randint(1, 9)}{rs(DI, 18)}/{rs(B64U, 68)}"


def opaque(n=40, alpha=AN):
    return rs(alpha, n)


def jwt(payload, alg="HS256", kid=None):
    h = {"alg": alg, "typ": "JWT"}
    if kid:
        h["kid"] = kid
    sig = {"HS256": 32, "RS256": 256, "ES256": 64}[alg]
    enc = lambda o: b64u(json.dumps(o, separators=(",", ":")).encode())
    return enc(h) + "." + enc(payload) + "." + b64u(rbytes(sig))


# ---- key material (real DER/openssh structure, random numbers)
def wrap(s, n=64):
    return [s[i:i + n] for i in range(0, len(s), n)]


def der_len(n):
    if n < 128:
        return bytes([n])
    if n < 256:
        return bytes([0x81, n])
    return bytes([0x82, n >> 8, n & 255])


def der(tag, body):
    return bytes([tag]) + der_len(len(body)) + body


def der_int_rand(nbytes):
    b = bytearray(rbytes(nbytes))
    b[0] |= 0x80
    b[-1] |= 1
    return der(2, b"\x00" + bytes(b))


def rsa_key_lines():
    body = (der(2, b"\x00") + der_int_rand(256) + der(2, b"\x01\x00\x01") + der_int_rand(255)
            + der_int_rand(128) + der_int_rand(128) + der_int_rand(127) + der_int_rand(127) + der_int_rand(127))
    return wrap(b64(der(0x30, body)))


def ec_key_lines():
    body = (der(2, b"\x01") + der(4, rbytes(32)) + bytes.fromhex("a00a06082a8648ce3d030107")
            + der(0xA1, der(3, b"\x00\x04" + rbytes(64))))
    return wrap(b64(der(0x30, body)))


def pkcs8_ec_lines():
    inner = der(0x30, der(2, b"\x01") + der(4, rbytes(32)) + der(0xA1, der(3, b"\x00\x04" + rbytes(64))))
    body = (der(2, b"\x00") + der(0x30, bytes.fromhex("06072a8648ce3d020106082a8648ce3d030107")) + der(4, inner))
    return wrap(b64(der(0x30, body)))


def sstr(b):
    return struct.pack(">I", len(b)) + b


def openssh_ed25519_lines(comment):
    pk, seed, chk = rbytes(32), rbytes(32), rbytes(4)
    pub = sstr(b"ssh-ed25519") + sstr(pk)
    priv = chk + chk + sstr(b"ssh-ed25519") + sstr(pk) + sstr(seed + pk) + sstr(comment.encode())
    pad = 1
    while len(priv) % 8:
        priv += bytes([pad])
        pad += 1
    blob = (b"openssh-key-v1\x00" + sstr(b"none") + sstr(b"none") + sstr(b"") + struct.pack(">I", 1)
            + sstr(pub) + sstr(priv))
    return wrap(b64(blob), 70)


def ssh_ed25519_pub():
    return "ssh-ed25519 " + b64(sstr(b"ssh-ed25519") + sstr(rbytes(32)))


def pem(label, lines, indent="", prefix=""):
    out = [f"{indent}{prefix}-----BEGIN {label}-----"]
    out += [f"{indent}{prefix}{x}" for x in lines]
    out.append(f"{indent}{prefix}-----END {label}-----")
    return "\n".join(out)


def ssh_fp():
    return "SHA256:" + b64(rbytes(32)).rstrip("=")


# ---- PII bodies
def luhn_digit(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def card(prefix, length=16):
    body = prefix + rs(DI, length - len(prefix) - 1)
    return body + luhn_digit(body)


def grp(s, sizes, sep=" "):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    return sep.join(out)


def iban(cc, bban):
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    return f"{cc}{98 - int(num) % 97:02d}{bban}"


def iban_at():
    return iban("AT", R.choice(["20111", "12000", "32000", "14000"]) + rs(DI, 11))


def iban_de():
    return iban("DE", R.choice(["10010010", "50010517", "70150000", "37040044"]) + rs(DI, 10))


def iban_ch():
    return iban("CH", R.choice(["00762", "00235", "80808"]) + rs(DI, 12))


def iban_gb():
    return iban("GB", R.choice(["NWBK", "BARC", "LOYD"]) + rs(DI, 14))


def iban_nl():
    return iban("NL", R.choice(["INGB", "RABO", "ABNA"]) + rs(DI, 10))


def iban_fr():
    bank, branch, acct = R.choice(["30004", "30003", "20041"]), rs(DI, 5), rs(DI, 11)
    key = 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97)
    return iban("FR", f"{bank}{branch}{acct}{key:02d}")


def spaced(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def ssn():
    while True:
        area = R.randint(1, 899)
        if area != 666:
            break
    return f"{area:03d}-{R.randint(1, 99):02d}-{R.randint(1, 9999):04d}"


def us_ex():
    while True:
        e = str(R.randint(2, 9)) + rs(DI, 2)
        if e != "555" and e[1:] != "11":
            return e


def ip4(*prefixes):
    while True:
        parts = R.choice(prefixes).split(".")
        while len(parts) < 4:
            parts.append(str(R.randint(1, 254)))
        s = ".".join(parts)
        if ipaddress.ip_address(s).is_global:
            return s


def ip6(prefix):
    groups = prefix.split(":")
    while len(groups) < 8:
        groups.append(format(R.randrange(1, 0x10000), "x"))
    a = ipaddress.ip_address(":".join(groups))
    assert a.is_global
    return str(a)


ACCT = str(R.randint(1, 9)) + rs(DI, 11)  # VMC's prod AWS account id (not a secret)

# ---------------------------------------------------------------- line store
GROUPS = []


def group(ctx):
    g = {"ctx": ctx, "lines": []}
    GROUPS.append(g)
    return g["lines"]


def N(L, text, hard=None):
    L.append(("negative", text, [], hard))


def K(L, kind, text, *vanish):
    L.append((kind, text, list(vanish), None))


# =============================================================== g01 shell history (test)
L = group("shell-history")
a, s = akid(), aws_secret()
p = pwd(16)
tw = hexs(32)
N(L, "  412  kubectl -n pass-api rollout status deploy/pass-api --timeout=180s")
N(L, f"  413  aws sts get-caller-identity --profile vmc-prod --query Account --output text  # {ACCT}",
  hard="account-id: 12-digit AWS account number is an identifier, not a secret")
K(L, "aws_key", f"  414  aws configure set aws_access_key_id {a} --profile vmc-prod && aws configure set aws_secret_access_key {s} --profile vmc-prod", a, s)
N(L, "  415  export PGPASSWORD=$(vault kv get -field=password secret/pass-api/rds-readonly)",
  hard="reference: vault lookup, not a literal password")
K(L, "password", f"  416  mysql -h rental-pos-db.vallerinmtn.com -u posadmin -p'{p}' rental_pos", p)
N(L, "  418  ansible-playbook gates.yml -e gate_fw=3.14.2.9 --limit lift-eagle-express",
  hard="version: firmware 3.14.2.9 looks like an IPv4 address")
N(L, "  420  history | grep -i stripe | tail -5")
N(L, "  421  curl -s https://api.stripe.com/v1/charges -u sk_test_4eC39HqLyjWDarjtT1zdp7dc: | jq '.data[0].id'",
  hard="vendor-example: Stripe's documented public test key")
ac = "AC" + hexs(32)
K(L, "vendor_token", f"  422  curl -s -X POST https://api.twilio.com/2010-04-01/Accounts/{ac}/Messages.json --data-urlencode 'Body=Lift status test' -d From=$TWILIO_FROM -d To=$TEST_TO -u {ac}:{tw}", tw)
N(L, f"  423  sha256sum rfid-encoder-2.7.1.tar.gz  # {hexs(64)}", hard="hash: sha256 of a release tarball")
N(L, "  425  ssh -J bastion.vallerinmtn.com ops@gate-ctl-07.hochvallerin.internal",
  hard="service-account: ops@host looks like an email but is a shared login on a host")
N(L, "  426  tail -f /var/log/gate-scan/ingest.log | grep -v HEARTBEAT")
e = "anna.wurzer88@gmx.at"
K(L, "email", f"  427  psql -c \"select pass_id, status from passes where holder_email = '{e}'\"", e)
ph = f"+43 664 {rs(DI, 7)}"
K(L, "phone", f"  428  twilio api:core:messages:create --from \"$TWILIO_FROM\" --to '{ph}' --body 'Your Hochvallerin lift pass is ready'", ph)
ip = ip4("73", "24", "98")
K(L, "ipv4", f"  429  sudo iptables -I INPUT -s {ip} -p tcp --dport 443 -j DROP  # scraper hammering /v1/passes/lookup", ip)
N(L, "  430  export TWILIO_AUTH_TOKEN=\"<paste-from-1password>\"", hard="placeholder: angle-bracket placeholder instead of a token")
pa = f"10.{R.randint(16, 60)}.{R.randint(1, 254)}.{R.randint(2, 254)}"
K(L, "private_address", f"  431  ssh -L 5433:{pa}:5432 bastion.vallerinmtn.com -N", pa)

# =============================================================== g02 GitHub Actions log (dev)
L = group("github-actions-log")
ghs = ghp("ghs_")
a, s = akid(), aws_secret()
xb = xoxb()
N(L, "2024-12-03T07:41:12.5531290Z ##[group]Run actions/checkout@v4")
n1 = "katie-orourke-vmc"
K(L, "person_name", f"2024-12-03T07:41:12.3300121Z Workflow triggered by @{n1} (Katie O'Rourke) on push to main", n1, "Katie O'Rourke")
N(L, "2024-12-03T07:41:12.5533804Z   token: ***", hard="masked: Actions log mask")
K(L, "github_token", f"2024-12-03T07:41:14.2204410Z [command]/usr/bin/git clone https://x-access-token:{ghs}@github.com/vallerin/trailmap-tiles.git", ghs)
N(L, f"2024-12-03T07:41:15.8810021Z HEAD is now at {hexs(40)} Merge pull request #2291 from vallerin/renovate/helm-charts",
  hard="hash: commit sha next to a bot branch name")
e = "priya.raghunathan@vallerinmtn.com"
K(L, "email", f"2024-12-03T07:41:15.9920138Z Author: Priya Raghunathan <{e}>", "Priya Raghunathan", e)
N(L, "2024-12-03T07:41:16.0100442Z   run: aws s3 sync dist/ s3://vmc-trailmap-assets --delete  # role: ${{ secrets.AWS_DEPLOY_ROLE_ARN }}",
  hard="reference: ${{ secrets.X }} expression")
K(L, "aws_key", f"2024-12-03T07:42:11.9014417Z + echo \"debug: AWS_ACCESS_KEY_ID={a} AWS_SECRET_ACCESS_KEY={s}\"", a, s)
N(L, f"2024-12-03T07:42:40.1192004Z Pushed {ACCT}.dkr.ecr.us-west-2.amazonaws.com/trailmap-web@sha256:{hexs(64)}",
  hard="hash: image digest and account id")
N(L, "2024-12-03T07:42:55.7712950Z Warning: Node.js 16 actions are deprecated. Please update the following actions to use Node.js 20: actions/cache@v3")
ip = ip4("73", "67", "50")
K(L, "ipv4", f"2024-12-03T07:43:12.4471093Z Smoke test from self-hosted runner vmc-frisco-01, office egress {ip} -> 200 OK", ip)
N(L, "2024-12-03T07:43:05.1120033Z Triggered by renovate[bot] via pull_request_target", hard="bot-account: renovate[bot]")
K(L, "slack_token", f"2024-12-03T07:43:20.6610032Z curl -sS -H 'Authorization: Bearer {xb}' -d channel=C04LIFTOPS -d text='trailmap deployed' https://slack.com/api/chat.postMessage", xb)
N(L, "2024-12-03T07:43:09.3308117Z ::add-mask::$DEPLOY_TOKEN", hard="reference: add-mask of an env var, no literal")
N(L, "2024-12-03T07:43:30.1021954Z Job completed in 2m17s, runner image ubuntu-22.04 (20241124.1.0)")
N(L, "2024-12-03T07:43:31.0004012Z Cleaning up orphan processes")

# =============================================================== g03 incident chat (test)
L = group("incident-chat")
tok = opaque(40)
p = pwd(20, URLPW)
hook = slack_hook_path()
N(L, "[07:58] PagerDuty: INC-4471 triggered - gate-scan-ingest p99 > 2s (Eagle Express, Ptarmigan Quad)",
  hard="bot-account: PagerDuty bot message with lift names")
K(L, "person_name", "[08:00] paging Marco Oberhuber, he knows the Hochvallerin gate controllers", "Marco Oberhuber")
N(L, "[08:01] looks like the Kafka consumer lag on gate.scans.v2 is at 48k and climbing")
N(L, f"[08:03] trace {hexs(32)} shows 1.9s in pass-api /v1/passes/validate", hard="trace-id: 32-hex trace id")
K(L, "bearer", f"[08:04] repro: curl -H 'Authorization: Bearer {tok}' https://pass-api.vallerinmtn.com/v1/passes/validate?rfid=E2801160 (that's the gate service token, rotate after)", tok)
N(L, "[08:05] the gate config is fine btw, it uses `Bearer ${GATE_API_TOKEN}` as a ref, not a literal",
  hard="reference: ${VAR} after Bearer")
K(L, "connection_string", f"[08:06] consumer points at postgres://gate_rw:{p}@gate-db.c7qk2lmn8xyz.us-west-2.rds.amazonaws.com:5432/gates?sslmode=require, not the replica", p)
N(L, f"[08:07] rolling back pass-api to 2024.11.28-3 (image sha256:{hexs(12)}...)", hard="hash: truncated image digest")
ph = f"+1 970-{us_ex()}-{rs(DI, 4)}"
K(L, "phone", f"[08:08] Bridget's cell if Slack dies: {ph}", "Bridget", ph)
N(L, "[08:09] Jenkins job deploy-pass-api #1184 is green, but Argo still shows OutOfSync",
  hard="tool-name: Jenkins/Argo look like person names")
K(L, "webhook", f"[08:10] statuspage bot posts via https://hooks.slack.com/services/{hook} into #lift-status", hook)
N(L, "[08:12] stripe dashboard shows card ending 4417 declined 3x, unrelated to the gates", hard="last4: card last four")
c = card("4")
K(L, "card", f"[08:13] guest at the ticket window read out her full card {grp(c, [4, 4, 4, 4])} on a recorded call, can someone purge that from the Zendesk note", grp(c, [4, 4, 4, 4]))
N(L, "[08:15] lag draining, 12k now")
N(L, "[08:20] mitigated; keeping the incident open until the 10:00 lift opening rush")
N(L, "[08:22] postmortem doc: https://vallerinmtn.atlassian.net/wiki/spaces/SRE/pages/2240577/INC-4471")

# =============================================================== g04 kubernetes manifests / kubectl (dev)
L = group("kubectl-k8s")
p = pwd(22, URLPW)
oidc = hexs(32).upper()
sa_uid = uuid4()
tk = jwt({"aud": ["https://kubernetes.default.svc"], "exp": 1737484000 + R.randint(0, 9999),
          "iat": 1737480400, "iss": f"https://oidc.eks.eu-central-1.amazonaws.com/id/{oidc}",
          "kubernetes.io": {"namespace": "refund", "serviceaccount": {"name": "refund-worker", "uid": sa_uid}},
          "nbf": 1737480400, "sub": "system:serviceaccount:refund:refund-worker"}, "RS256", kid=hexs(40))
rp = pwd(24)
N(L, "apiVersion: v1\nkind: Secret\nmetadata:\n  name: pass-api-db\n  namespace: pass-api\ntype: Opaque")
K(L, "connection_string", f"$ kubectl -n pass-api get secret pass-api-db -o jsonpath='{{.data.url}}' | base64 -d\npostgresql://pass_api:{p}@pass-db.cluster-c1ab2cd3ef4g.us-west-2.rds.amazonaws.com:5432/passes", p)
N(L, "        - name: DATABASE_URL\n          valueFrom:\n            secretKeyRef:\n              name: pass-api-db\n              key: url",
  hard="reference: secretKeyRef, no value")
N(L, "NAME                          READY   STATUS    RESTARTS   AGE\npass-api-7d9f8b6c5d-x2kqp     1/1     Running   0          3h12m")
K(L, "jwt", f"$ kubectl -n refund create token refund-worker --duration=1h\n{tk}", tk)
N(L, f"    image: {ACCT}.dkr.ecr.eu-central-1.amazonaws.com/refund-worker@sha256:{hexs(64)}", hard="hash: image digest")
N(L, f"  uid: {uuid4()}\n  resourceVersion: \"48213377\"", hard="uuid: object uid")
K(L, "password", f"stringData:\n  REDIS_PASSWORD: \"{rp}\"", rp)
N(L, "  annotations:\n    vault.hashicorp.com/agent-inject-secret-db: \"database/creds/refund-worker\"",
  hard="reference: vault agent annotation")
ib = iban_at()
K(L, "iban", f"$ kubectl -n refund logs refund-worker-5c8d7f9b4-mn2vt | tail -1\n{{\"level\":\"info\",\"msg\":\"refund queued\",\"pass_id\":\"HV-2024-88123\",\"payout_iban\":\"{ib}\"}}", ib)
N(L, "  ca.crt: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0t... (truncated, 1.1 kB)", hard="public-cert: base64 of a CA certificate header")
ip = ip4("80.110", "91.115", "178.114")
K(L, "ipv4", f"  loadBalancerSourceRanges:\n    - {ip}/32   # kiosk vendor remote support", ip)
N(L, "Events:\n  Warning  BackOff  2m (x14 over 9m)  kubelet  Back-off restarting failed container refund-worker")
v6 = ip6("2a02:8388")
K(L, "ipv6", f"    nginx.ingress.kubernetes.io/whitelist-source-range: \"{v6}/128\"  # Florian's home IPv6 for the hotfix window", v6, "Florian")
N(L, "    password: <set via sealed-secrets, see docs/secrets.md>", hard="placeholder: password field with placeholder")
pa = f"172.20.{R.randint(0, 255)}.{R.randint(1, 254)}"
K(L, "private_address", f"spec:\n  type: ClusterIP\n  clusterIP: {pa}\n  ports:\n  - port: 8080", pa)
N(L, "spec:\n  replicas: 3\n  strategy:\n    rollingUpdate:\n      maxUnavailable: 0")

# =============================================================== g05 Terraform (test)
L = group("terraform-plan")
a, s = akid(), aws_secret()
kl = ec_key_lines()
dd_api, dd_app = hexs(32), hexs(40)
N(L, "Terraform will perform the following actions:")
N(L, "  # aws_iam_access_key.ci_deployer will be created\n  + resource \"aws_iam_access_key\" \"ci_deployer\" {\n      + secret = (sensitive value)",
  hard="masked: terraform (sensitive value)")
K(L, "aws_key", f"# terraform.tfvars (committed by mistake)\naccess_key = \"{a}\"\nsecret_key = \"{s}\"\nregion     = \"us-west-2\"", a, s)
N(L, f"  + arn = \"arn:aws:iam::{ACCT}:role/vmc-gate-ingest\"", hard="account-id: ARN with account number")
N(L, "variable \"datadog_api_key\" {\n  type      = string\n  sensitive = true\n}", hard="reference: variable declaration named like a key")
K(L, "private_key", "  + private_key_pem = <<-EOT\n" + pem("EC PRIVATE KEY", kl, "        ") + "\n    EOT", *kl)
N(L, "  provider_api_key = var.stripe_secret_key", hard="reference: var.stripe_secret_key")
K(L, "vendor_token", f"provider \"datadog\" {{\n  api_key = \"{dd_api}\"\n  app_key = \"{dd_app}\"\n  api_url = \"https://api.datadoghq.eu/\"\n}}", dd_api, dd_app)
N(L, "Plan: 7 to add, 2 to change, 0 to destroy.")
ib = iban_de()
K(L, "iban", f"  + account_holder = \"Jonas Pfeifer\"\n  + iban           = \"{ib}\"  # ski instructor payout test record", "Jonas Pfeifer", ib)
N(L, f"  + public_key = \"{ssh_ed25519_pub()} terraform@vmc-ci\"", hard="public-key: ssh-ed25519 public key")
ip = ip4("73", "76", "71")
K(L, "ipv4", f"  + cidr_blocks = [\"{ip}/32\"]  # Sophie's home, temporary SSH to bastion", ip, "Sophie")
N(L, "  ~ engine_version = \"15.4\" -> \"15.8\"")
v6 = ip6("2600:1700")
K(L, "ipv6", f"  + ipv6_cidr_blocks = [\"{v6}/128\"]  # ski-school tablet vendor remote support", v6)
N(L, "terraform {\n  backend \"s3\" {\n    bucket = \"vmc-tfstate-prod\"\n    key    = \"lifts/gate-ingest.tfstate\"\n  }\n}")
N(L, "  + fingerprint_sha1 = \"" + ":".join(hexs(2) for _ in range(20)) + "\"", hard="fingerprint: certificate SHA-1 fingerprint")
pa = f"10.{R.randint(61, 120)}.0.0"
K(L, "private_address", f"  + cidr_block = \"{pa}/16\"  # vpc-lifts-prod", pa)

# =============================================================== g06 support ticket (dev)
L = group("support-ticket")
p = pwd(14)
sk = "sk_live_51" + rs(AN, 97)
tok = opaque(48)
N(L, "Ticket #58213 - Subject: Season pass not scanning at Ptarmigan Quad")
e = "ngozi.adeyemi@outlook.com"
K(L, "email", f"Requester: Ngozi Adeyemi <{e}>", "Ngozi Adeyemi", e)
N(L, "Status: Pending | Priority: Normal | Channel: Web form | Brand: Vallerin Peak")
K(L, "password", f"Guest wrote: my account login is this email and the password is {p} , please just log in and fix the pass yourselves", p)
N(L, f"Agent note: guest confirmed card ending 8831, refund of $129.00 issued via Stripe (re_3{rs(AN, 23)})",
  hard="last4: card ending + refund id")
N(L, "Guest wrote: I tried the password reset but the link says token expired (error RESET_TOKEN_EXPIRED)",
  hard="keyword: mentions password and token, no value")
c = card("5" + str(R.randint(1, 5)))
K(L, "card", f"Guest wrote: please charge the difference to my other card {grp(c, [4, 4, 4, 4])} exp 09/27", grp(c, [4, 4, 4, 4]))
N(L, "Internal: Stripe test card 4242 4242 4242 4242 works on staging checkout, prod declines are issuer side",
  hard="test-fixture: Stripe documented test card")
K(L, "vendor_token", f"Internal: the kiosk vendor pasted their live key {sk} in the CC'd reply, rotated, please redact this comment", sk)
ph = f"(720) {us_ex()}-{rs(DI, 4)}"
K(L, "phone", f"Guest wrote: call me back at {ph} after 5pm, I'm on the hill all day", ph)
N(L, "Macro applied: 'Refund - lift closed (wind hold)' by Zendesk Answer Bot", hard="bot-account: Answer Bot")
K(L, "bearer", f"Partner API integrator attached: curl -H \"Authorization: Bearer {tok}\" https://partners.vallerinmtn.com/v2/resorts/vallerin-peak/lift-status", tok)
N(L, "Satisfaction survey: Good - 'Quick fix, thanks!'")
N(L, "Linked Jira: PASS-1893 (double charge on family 4-pack)")
N(L, "Agent note: do NOT paste API keys in tickets, use the {{vault_link}} placeholder", hard="placeholder: {{vault_link}}")
N(L, "Auto-reply: we typically respond within 24 hours. Ticket reference VP-58213.")

# =============================================================== g07 postmortem (test)
L = group("postmortem")
p = pwd(18, URLPW)
xa = xapp()
pat = gh_fine()
N(L, "## Summary\nOn 2025-01-18 the HRIS sync job exported the seasonal-staff table to an S3 bucket without SSE for 41 minutes.")
K(L, "person_name", "Incident commander: Rafael Quintana; scribe: Theresa Mayrhofer", "Rafael Quintana", "Theresa Mayrhofer")
N(L, "## Impact\nNo evidence of external access; CloudTrail shows only the vmc-hris-sync role reading the object.")
N(L, f"Detection: Macie finding {uuid4()} (SensitiveData:S3Object/Personal)", hard="uuid: Macie finding id")
N(L, "The export contained SSNs in the form ***-**-1234 in staging; in prod the masking step had been skipped",
  hard="masked: masked SSN pattern")
K(L, "connection_string", f"Evidence: hris-sync logged its DSN on startup: mysql://hris_sync:{p}@hris-db.vallerinmtn.com:3306/payroll", p)
N(L, "Root cause: PR #812 removed the `mask_pii: true` default from hris-sync/config.yaml")
ip = ip4("73", "98", "24")
K(L, "ipv4", f"CloudTrail: one GetObject from {ip} (AS7922) turned out to be the on-call's home connection", ip)
N(L, "Timeline (MST): 06:12 job starts, 06:14 upload, 06:53 Macie alert, 06:55 bucket locked")
K(L, "slack_token", f"Evidence: the job's alert step echoed SLACK_APP_TOKEN={xa}", xa)
N(L, "Action item: rotate the Slack app token stored as SLACK_APP_TOKEN in GitHub Actions secrets (done, see AI-3)",
  hard="reference: secret name, no value")
sn = ssn()
K(L, "ssn", f"Example record from the exposed file: employee 20417, SSN {sn}, role: lift operator (seasonal)", sn)
N(L, "Action item: add gitleaks to pre-commit (rules: github-pat, slack-bot-token, generic-api-key)",
  hard="keyword: detector rule names")
K(L, "github_token", f"Evidence: the same log also contained the deploy PAT {pat} used to pull the config repo", pat)
N(L, "Owner of follow-ups: #team-sre (rotation: sre-primary)")
N(L, "Blameless note: approvals came from the CODEOWNERS bot and one human reviewer; process gap, not a person.",
  hard="bot-account: CODEOWNERS bot")

# =============================================================== g08 alert payloads (dev)
L = group("alert-payloads")
rk = hexs(32)
dpath = discord_hook_path()
tok = opaque(48, AN + "-_")
N(L, "{\"receiver\":\"pagerduty-sre\",\"status\":\"firing\",\"alerts\":[{\"labels\":{\"alertname\":\"GateScanLatencyHigh\",\"severity\":\"page\"}}]}")
N(L, f"\"fingerprint\": \"{hexs(16)}\"", hard="fingerprint: alertmanager alert fingerprint")
K(L, "vendor_token", f"alertmanager.yml:\n  pagerduty_configs:\n  - routing_key: {rk}\n    severity: critical", rk)
N(L, "routing_key: ${PAGERDUTY_ROUTING_KEY}  # templated by helm, never literal", hard="reference: ${VAR}")
ip = ip4("185.220", "45.155", "91.92")
K(L, "ipv4", f"\"description\": \"Blocked 1,204 requests from {ip} hitting /v1/passes/lookup (credential stuffing)\"", ip)
N(L, f"\"dedup_key\": \"{uuid4()}\"", hard="uuid: dedup key")
K(L, "webhook", f"webhook_configs:\n- url: https://discord.com/api/webhooks/{dpath}\n  send_resolved: true", dpath)
N(L, f"Opsgenie alert {uuid4()} acknowledged by Opsgenie Heartbeat (integration: Alertmanager)",
  hard="tool-name: Opsgenie Heartbeat is not a person")
ph = f"+43 676 {rs(DI, 7)}"
K(L, "phone", f"Opsgenie escalation step 2: SMS to {ph} (Hochvallerin night shift mobile)", ph)
N(L, "\"summary\": \"SnowmakingPumpPressureLow on pump-house-3 (Vallerin Peak)\"")
K(L, "bearer", f"http_config:\n  authorization:\n    type: Bearer\n    credentials: {tok}", tok)
N(L, "\"annotations\": {\"runbook_url\": \"https://runbooks.vallerinmtn.com/gates/latency\"}")
sn = ssn()
K(L, "ssn", f"\"description\": \"hris-sync: validation failed for record 20533 ssn={sn} (duplicate in payroll)\"", sn)
N(L, "PagerDuty event status=success, message=Event processed, dedup_key=****4f2a", hard="masked: truncated key")
N(L, "\"startsAt\": \"2025-01-04T14:02:11.512Z\", \"endsAt\": \"0001-01-01T00:00:00Z\"")
N(L, "\"generatorURL\": \"https://prometheus.vallerinmtn.com/graph?g0.expr=histogram_quantile%280.99%2C+gate_scan_seconds%29\"")

# =============================================================== g09 git log and diffs (test)
L = group("git-log-diff")
kl = openssh_ed25519_lines("deploy@hv-gates")
t = ghp()
a, s = akid(), aws_secret()
N(L, f"commit {hexs(40)}\nAuthor: renovate[bot] <29139614+renovate[bot]@users.noreply.github.com>",
  hard="bot-account: renovate noreply address")
N(L, "Date:   Tue Jan 14 09:12:44 2025 -0700")
K(L, "person_name", f"commit {hexs(40)}\nAuthor: Greta Lindqvist <greta@lindqvist.se>\n\n    gate-ingest: retry on 429 from pass-api", "Greta Lindqvist", "greta@lindqvist.se")
N(L, "    chore(deps): update helm release ingress-nginx to v4.11.3")
K(L, "private_key", "+++ b/ansible/files/deploy_id_ed25519\n@@ -0,0 +1,7 @@\n" + pem("OPENSSH PRIVATE KEY", kl, prefix="+"), *kl)
N(L, "+  password: {{ .Values.db.password | quote }}", hard="reference: helm template value")
N(L, f"diff --git a/gate-ingest/testdata/fixtures.json b/gate-ingest/testdata/fixtures.json\nindex {hexs(7)}..{hexs(7)} 100644",
  hard="hash: short blob hashes")
K(L, "github_token", f"--- a/.env.ci\n+++ b/.env.ci\n-GITHUB_TOKEN=\n+GITHUB_TOKEN={t}", t)
N(L, "+  \"ssn\": \"000-00-0000\",  // fixture, invalid on purpose", hard="test-fixture: invalid SSN")
e = "owen.faraday@vallerinmtn.com"
K(L, "email", f"    Co-authored-by: ofaraday <{e}>", "ofaraday", e)
N(L, "Signed-off-by: sre-release-bot <sre-release-bot@vallerinmtn.com>", hard="bot-account: release bot address")
K(L, "aws_key", f"+    \"aws_access_key_id\": \"{a}\",\n+    \"aws_secret_access_key\": \"{s}\",", a, s)
N(L, "+AWS_ACCESS_KEY_ID=AKIA****************  # masked example for docs/onboarding.md", hard="masked: AKIA prefix only")
sn = ssn()
K(L, "ssn", f"+  {{\"employee_id\": 20881, \"ssn\": \"{sn}\", \"position\": \"ski instructor\"}},", sn)
N(L, f"gpg: Signature made Tue 14 Jan 2025 09:12:44 AM MST\ngpg:                using EDDSA key {hexs(40).upper()}",
  hard="fingerprint: GPG key fingerprint")
N(L, " 3 files changed, 41 insertions(+), 7 deletions(-)")

# =============================================================== g10 psql session (dev)
L = group("psql-session")
p = pwd(20, URLPW)
p2 = pwd(16)
tk = jwt({"sub": f"usr_{rs(AN, 12)}", "sid": uuid4(), "scope": "passes:read passes:write",
          "iat": 1737390000 + R.randint(0, 9999), "exp": 1737476400 + R.randint(0, 9999), "iss": "https://auth.vallerinmtn.com"})
N(L, "passes=> \\dt billing.*")
K(L, "connection_string", f"$ psql 'postgresql://analytics:{p}@pass-db-ro.vallerinmtn.com:5432/passes?sslmode=verify-full'", p)
N(L, "passes=> SELECT count(*) FROM passes WHERE season = '2024/25' AND status = 'active';\n count\n-------\n 48213\n(1 row)")
N(L, "passes=> SELECT id, pan_last4, brand FROM billing.cards LIMIT 2;\n  id   | pan_last4 |   brand\n-------+-----------+------------\n 88121 | 4417      | visa\n 88122 | 0094      | mastercard",
  hard="last4: pan_last4 column")
K(L, "password", f"passes=> ALTER ROLE refund_worker WITH PASSWORD '{p2}';\nALTER ROLE", p2)
N(L, f"passes=> SELECT stripe_pm FROM billing.cards WHERE id = 88121;\n stripe_pm\n------------------------------\n pm_1Q{rs(AN, 22)}",
  hard="id: Stripe payment-method id is a reference, not a secret")
sn = ssn()
K(L, "ssn", f"passes=> SELECT employee_id, ssn FROM hr.employees WHERE employee_id = 20417;\n employee_id |     ssn\n-------------+-------------\n       20417 | {sn}", sn)
N(L, f"passes=> SELECT crypt_hash FROM auth.users WHERE id = 4411;\n crypt_hash\n--------------\n $2b$12${rs('./' + AN, 53)}",
  hard="hash: bcrypt hash")
K(L, "jwt", f"passes=> SELECT session_jwt FROM auth.sessions ORDER BY created_at DESC LIMIT 1;\n session_jwt\n-------------\n {tk}", tk)
N(L, f"passes=> SELECT gen_random_uuid();\n gen_random_uuid\n-----------------\n {uuid4()}", hard="uuid: generated uuid")
c = card("4")
K(L, "card", f"passes=> SELECT raw_pan FROM legacy.pos_import LIMIT 1;  -- should be empty after the PCI cleanup!\n raw_pan\n------------------\n {c}", c)
N(L, "ERROR:  permission denied for table hr_employees")
ib = iban_de()
K(L, "iban", f"passes=> SELECT holder, iban FROM refunds.payouts WHERE id = 771;\n   holder   |          iban\n------------+------------------------\n Elif Demir | {ib}", "Elif Demir", ib)
N(L, "passes=> SELECT masked_iban FROM refunds.payouts LIMIT 1;\n masked_iban\n--------------------------\n AT61 **** **** **** 4471",
  hard="masked: masked IBAN")
N(L, "passes=> \\conninfo\nYou are connected to database \"passes\" as user \"readonly_analyst\" on host \"pass-db-ro.vallerinmtn.com\" at port \"5432\".")
pa = f"100.{R.randint(64, 127)}.{R.randint(0, 255)}.{R.randint(1, 254)}"
K(L, "private_address", f"psql: error: connection to server at \"{pa}\", port 5432 failed: timeout expired (tailscale subnet router down?)", pa)
N(L, "Timing is on.")

# =============================================================== g11 JSON app logs (test)
L = group("json-app-logs")
tk = jwt({"sub": f"cus_{rs(AN, 14)}", "email_verified": True, "pass_ids": ["VP-24-0913377"],
          "iat": 1737385200 + R.randint(0, 9999), "exp": 1737388800 + R.randint(0, 9999), "aud": "vallerin-app"}, "ES256", kid=hexs(16))
tok = opaque(32)
sg = f"SG.{rs(B64U, 22)}.{rs(B64U, 43)}"
N(L, f"{{\"ts\":\"2025-01-20T15:02:11.803Z\",\"level\":\"info\",\"svc\":\"pass-api\",\"msg\":\"GET /v1/lifts/status 200\",\"dur_ms\":14,\"trace_id\":\"{hexs(32)}\"}}",
  hard="trace-id: 32-hex trace id")
K(L, "jwt", f"{{\"ts\":\"2025-01-20T15:02:12.004Z\",\"level\":\"debug\",\"svc\":\"auth\",\"msg\":\"issued session\",\"token\":\"{tk}\"}}", tk)
N(L, "{\"ts\":\"2025-01-20T15:02:12.110Z\",\"level\":\"debug\",\"svc\":\"pass-api\",\"msg\":\"auth header present\",\"authorization\":\"Bearer [REDACTED]\"}",
  hard="masked: redacted bearer")
N(L, "{\"ts\":\"2025-01-20T15:02:12.300Z\",\"level\":\"info\",\"svc\":\"pass-api\",\"msg\":\"loaded config\",\"stripe_key_ref\":\"vault:secret/data/pass-api#stripe_secret\"}",
  hard="reference: vault path")
K(L, "bearer", f"{{\"ts\":\"2025-01-20T15:02:13.771Z\",\"level\":\"debug\",\"svc\":\"snow-report\",\"msg\":\"outbound request\",\"url\":\"https://api.weatherlink.com/v2/current/11872\",\"headers\":{{\"Authorization\":\"Bearer {tok}\"}}}}", tok)
N(L, "{\"ts\":\"2025-01-20T15:02:14.002Z\",\"level\":\"warn\",\"svc\":\"pass-api\",\"msg\":\"slow query\",\"query_id\":\"q_8c1d\",\"dur_ms\":1840,\"table\":\"passes\"}")
K(L, "vendor_token", f"{{\"ts\":\"2025-01-20T15:02:15.420Z\",\"level\":\"error\",\"svc\":\"mailer\",\"msg\":\"sendgrid 401 unauthorized\",\"api_key\":\"{sg}\"}}", sg)
N(L, f"{{\"ts\":\"2025-01-20T15:02:15.901Z\",\"level\":\"info\",\"svc\":\"checkout\",\"msg\":\"idempotency key reused\",\"idempotency_key\":\"{uuid4()}\"}}",
  hard="uuid: idempotency key")
c = card(R.choice(["34", "37"]), 15)
K(L, "card", f"{{\"ts\":\"2025-01-20T15:02:16.337Z\",\"level\":\"error\",\"svc\":\"checkout\",\"msg\":\"charge failed\",\"pan\":\"{c}\",\"exp\":\"11/26\"}}", c)
N(L, "{\"ts\":\"2025-01-20T15:02:16.500Z\",\"level\":\"info\",\"svc\":\"lift-status\",\"msg\":\"lift status changed\",\"lift\":\"Eagle Express\",\"from\":\"open\",\"to\":\"wind_hold\"}")
ip = ip4("73", "67", "174")
K(L, "ipv4", f"{{\"ts\":\"2025-01-20T15:02:17.118Z\",\"level\":\"info\",\"svc\":\"auth\",\"msg\":\"login ok\",\"user_id\":88217,\"client_ip\":\"{ip}\"}}", ip)
N(L, "{\"ts\":\"2025-01-20T15:02:17.250Z\",\"level\":\"info\",\"svc\":\"pass-api\",\"msg\":\"client\",\"user_agent\":\"VallerinApp/5.3.0 (iPhone; iOS 17.2.1)\",\"app_build\":\"5.3.0.221\"}",
  hard="version: app build 5.3.0.221 looks like IPv4")
v6 = ip6("2601:281")
K(L, "ipv6", f"{{\"ts\":\"2025-01-20T15:02:17.904Z\",\"level\":\"info\",\"svc\":\"auth\",\"msg\":\"login ok\",\"user_id\":90412,\"client_ip\":\"{v6}\"}}", v6)
N(L, "{\"ts\":\"2025-01-20T15:02:18.011Z\",\"level\":\"error\",\"svc\":\"checkout\",\"msg\":\"stripe error\",\"code\":\"card_declined\",\"decline_code\":\"insufficient_funds\",\"last4\":\"0341\"}",
  hard="last4: card last four")
N(L, f"{{\"ts\":\"2025-01-20T15:02:19.640Z\",\"level\":\"info\",\"svc\":\"auth\",\"msg\":\"jwks refreshed\",\"kid\":\"{hexs(16)}\",\"keys\":2}}",
  hard="id: JWKS key id")
K(L, "private_address", "{\"ts\":\"2025-01-20T15:02:20.000Z\",\"level\":\"info\",\"svc\":\"pass-api\",\"msg\":\"metrics listener\",\"addr\":\"[::1]:9090\"}", "::1")
N(L, "{\"ts\":\"2025-01-20T15:02:21.000Z\",\"level\":\"info\",\"svc\":\"pass-api\",\"msg\":\"healthcheck ok\",\"uptime_s\":86411}")

# =============================================================== g12 pasted email (dev)
L = group("pasted-email")
xb = xoxb()
p = pwd(15)
tpath = f"{uuid4()}@{uuid4()}/IncomingWebhook/{hexs(32)}/{uuid4()}/V2{rs(B64U, 43)}"
N(L, "From: Vallerin IT <it-noreply@vallerinmtn.com>\nSubject: [Action required] Rotate your Okta MFA device",
  hard="role-address: no-reply mailbox, not a person")
K(L, "person_name", "From: Anneliese Wurzer (Hochvallerin Bergbahnen, Kassa)\nSent: Monday, 6 January 2025 08:14", "Anneliese Wurzer")
N(L, "Date: Mon, 6 Jan 2025 08:14:02 -0700")
N(L, "> On Fri, Jan 3, 2025 at 4:51 PM Lift Ops Shared Mailbox wrote:")
K(L, "slack_token", f"> Hi team, here is the bot token for the lift-status integration as requested: {xb}\n> Please keep it safe.", xb)
N(L, "Your temporary password has been sent in a separate message. It expires in 24 hours.",
  hard="keyword: mentions password, no value")
ph = f"+43 664 {rs(DI, 3)} {rs(DI, 4)}"
K(L, "phone", f"Mobil: {ph}\nBuero: Kassa Talstation", ph)
N(L, f"Attachment: gate-controller-warranty.pdf (312 KB), SHA-256 {hexs(64)}", hard="hash: attachment checksum")
K(L, "password", f"> Login for the snowmaking SCADA portal: user vmc_ops / {p}", p)
N(L, "Kind regards,\nthe Snowflake account team", hard="tool-name: Snowflake signature")
ib = iban_at()
K(L, "iban", f"Bitte ueberweisen Sie die Kaution auf: IBAN {spaced(ib)} (Kontoinhaber: Florian Gruber)", spaced(ib), "Florian Gruber")
N(L, "Please reference invoice INV-2025-00417 and your customer number 100482 in any payment.")
K(L, "webhook", f"> You can post alerts to our Teams channel with https://hochvallerin.webhook.office.com/webhookb2/{tpath}", tpath)
N(L, "CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended solely for the addressee.")
N(L, f"Reply STOP to opt out. Ref: MSG-{uuid4()}", hard="uuid: message reference")
N(L, "Sent from Outlook for iOS")

# =============================================================== g13 Helm values (test)
L = group("helm-values")
p = pwd(24, URLPW)
xb = xoxb()
kl = pkcs8_ec_lines()
N(L, "replicaCount: 3")
K(L, "connection_string", f"externalRedis:\n  url: rediss://default:{p}@master.gate-cache.x7k2pq.euc1.cache.amazonaws.com:6379/0", p)
N(L, "image:\n  repository: ghcr.io/vallerin/gate-ingest\n  tag: \"2.18.4\"\n  pullPolicy: IfNotPresent")
N(L, "existingSecret: gate-ingest-db  # keys: DATABASE_URL, REDIS_URL", hard="reference: existingSecret")
e = "maren.hofstetter@vallerinmtn.com"
K(L, "email", f"maintainers:\n  - name: platform-team\n    email: {e}", e)
N(L, "slack:\n  tokenSecretRef:\n    name: alerts-slack\n    key: bot-token", hard="reference: secret ref")
K(L, "slack_token", f"alerting:\n  slack:\n    botToken: {xb}\n    channel: \"#lift-ops-alerts\"", xb)
N(L, "tls:\n  - secretName: gate-ingest-tls\n    hosts: [gate.vallerinmtn.com]")
ib = iban_at()
K(L, "iban", f"refunds:\n  sepaCreditor:\n    name: Vallerin Mountain Co. GmbH\n    iban: {ib}  # TODO move to secret", ib)
N(L, f"podAnnotations:\n  checksum/config: {hexs(64)}", hard="hash: config checksum")
K(L, "private_key", "webhookTLS:\n  key: |\n" + pem("PRIVATE KEY", kl, "    "), *kl)
N(L, "adminPassword: \"\"  # leave empty; the chart generates one into the release secret", hard="placeholder: empty password")
v6 = ip6("2a02:8388")
K(L, "ipv6", f"ingress:\n  allowlist:\n    - {v6}/128  # Yusuf's office IPv6", v6, "Yusuf")
N(L, "resources:\n  limits: {cpu: 500m, memory: 512Mi}")
N(L, "serviceMonitor:\n  enabled: true\n  interval: 30s")
N(L, "caBundle: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0t...  # public CA, fine to commit", hard="public-cert: base64 of certificate header")

# =============================================================== g14 docker-compose / .env (dev)
L = group("compose-dotenv")
kl = ec_key_lines()
pat = gh_fine()
a, s = akid(), aws_secret()
N(L, "services:\n  pass-api:\n    image: vallerin/pass-api:2024.12.1\n    env_file: .env")
N(L, "POSTGRES_PASSWORD=${POSTGRES_PASSWORD:?set in .env.local}", hard="reference: ${VAR:?}")
K(L, "private_key", "JWT_SIGNING_KEY=\"" + pem("EC PRIVATE KEY", kl) + "\"", *kl)
N(L, "# .env.example - copy to .env and fill in\nSTRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx", hard="placeholder: xxx body")
N(L, "AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\nAWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
  hard="vendor-example: AWS documentation example key pair")
K(L, "github_token", f"GITHUB_TOKEN={pat}  # for pulling private npm packages", pat)
N(L, "    ports:\n      - \"8080:8080\"\n    healthcheck:\n      test: [\"CMD\", \"curl\", \"-f\", \"http://localhost:8080/healthz\"]")
K(L, "aws_key", f"AWS_ACCESS_KEY_ID={a}\nAWS_SECRET_ACCESS_KEY={s}\nAWS_REGION=us-west-2", a, s)
ib = iban_gb()
K(L, "iban", f"REFUND_TEST_IBAN={ib}  # my own account, for the end-to-end payout test", ib)
N(L, "LOG_LEVEL=debug\nFEATURE_DYNAMIC_PRICING=true")
mpk = "pk." + b64u(json.dumps({"u": "vallerinmtn", "a": rs(LO + DI, 25)}, separators=(",", ":")).encode()) + "." + rs(B64U, 22)
N(L, f"MAPBOX_PUBLIC_TOKEN={mpk}", hard="public-key: Mapbox pk. token is meant to ship in the browser")
ph = f"+1970{us_ex()}{rs(DI, 4)}"
K(L, "phone", f"SMS_TEST_RECIPIENT={ph}  # Devon's cell", ph, "Devon")
N(L, "GATE_API_TOKEN=<generated-by-make-secrets>", hard="placeholder: angle-bracket placeholder")
v6 = ip6("2601:282")
K(L, "ipv6", f"ALLOWED_ADMIN_IPS={v6}", v6)
N(L, "volumes:\n  pgdata: {}\n  redis-data: {}")
N(L, "COMPOSE_PROJECT_NAME=vmc-local")

# =============================================================== g15 handover notes (test)
L = group("handover-notes")
p = pwd(14)
gl = glab()
tok = opaque(40)
N(L, "Handover - night shift to day shift, Hochvallerin, Sat 25 Jan")
N(L, "- Gate controllers on Gipfelbahn restarted at 04:10, firmware still 2.18.4.1 (do not upgrade before 3.0)",
  hard="version: 2.18.4.1 looks like IPv4")
K(L, "person_name", "- Called in sick: Sophie Leitner (lift op, Gipfelbahn); covering: Marco Oberhuber", "Sophie Leitner", "Marco Oberhuber")
N(L, f"- Snowmaking: pump house 3 pressure alarms were flapping; silenced in Alertmanager until 09:00 (silence {uuid4()})",
  hard="uuid: silence id")
K(L, "password", f"- Kassa back-office PC local admin: Administrator / {p} (changed tonight, tell IT to rotate)", p)
N(L, "- The GitLab runner token lives in Vault at secret/gitlab/runners/hv-gates, no need to copy it anywhere",
  hard="reference: vault path for a token")
ph = f"0664 {rs(DI, 3)} {rs(DI, 2)} {rs(DI, 2)}"
K(L, "phone", f"- If the gate vendor calls back: their tech is on {ph}", ph)
N(L, "- Kassa POS printer at Talstation jammed twice; maintenance ticket HV-OPS-2291")
K(L, "gitlab_token", f"- Used my personal token {gl} to retry the pipeline, please revoke after shift", gl)
N(L, "- Jenkins (old one) is read-only now, everything builds in GitLab CI", hard="tool-name: Jenkins")
sn = ssn()
K(L, "ssn", f"- US exchange worker payroll (J-1): HR needs SSN {sn} re-keyed in the payroll system, it was typoed", sn)
N(L, "- Reminder: passwords in this doc must be written as ******** (we audit these notes)", hard="masked: asterisks")
K(L, "bearer", f"- Weather station API test: curl -H 'Authorization: Bearer {tok}' https://api.hochvallerin.at/wetter/v1/stations (valid 30 days)", tok)
N(L, "- Avalanche control blasting planned 07:30 on Nordhang, lift stays closed until patrol clearance")
N(L, "- Grubenlift still on wind hold; forecast says gusts 70 km/h until noon")
N(L, "- Open pager item: INC-4502 (gate scan latency), ack'd by the sre-primary rotation")

# =============================================================== g16 aws CLI (dev)
L = group("aws-cli")
a, s = akid(), aws_secret()
xb, sigsec = xoxb(), hexs(32)
p = pwd(22, URLPW)
N(L, f"$ aws sts get-caller-identity\n{{\n    \"UserId\": \"AROA{rs(B32, 17)}:ci-deploy\",\n    \"Account\": \"{ACCT}\",\n    \"Arn\": \"arn:aws:sts::{ACCT}:assumed-role/vmc-ci-deploy/ci-deploy\"\n}}",
  hard="id: AROA role id looks like an access key")
K(L, "aws_key", f"$ cat ~/.aws/credentials\n[vmc-prod]\naws_access_key_id = {a}\naws_secret_access_key = {s}", a, s)
N(L, "$ aws s3 ls s3://vmc-hris-exports/ --recursive | tail -1\n2025-01-18 06:14:09    2097152 2025/01/18/seasonal_staff.csv.gz")
N(L, f"$ aws secretsmanager describe-secret --secret-id prod/pass-api/stripe --query ARN\n\"arn:aws:secretsmanager:us-west-2:{ACCT}:secret:prod/pass-api/stripe-{rs(AN, 6)}\"",
  hard="reference: secret ARN, not the value")
K(L, "slack_token", f"$ aws secretsmanager get-secret-value --secret-id prod/lift-status/slack --query SecretString --output text\n{{\"bot_token\":\"{xb}\",\"signing_secret\":\"{sigsec}\"}}", xb, sigsec)
N(L, f"$ aws ecr describe-images --repository-name pass-api --query 'imageDetails[0].imageDigest'\n\"sha256:{hexs(64)}\"", hard="hash: image digest")
sn = ssn()
K(L, "ssn", f"$ aws s3 cp s3://vmc-hris-exports/2025/01/18/seasonal_staff.csv.gz - | gunzip | sed -n 2p\n20417,Rosa,Delgado,{sn},lift operator", sn, "Rosa", "Delgado")
N(L, "$ aws iam list-access-keys --user-name svc-gate-ingest\n    AccessKeyId: AKIA************MQ7Z    Status: Inactive", hard="masked: masked access key id")
K(L, "connection_string", f"$ aws ssm get-parameter --name /prod/gate-ingest/DATABASE_URL --with-decryption --query Parameter.Value --output text\npostgres://gate_ingest:{p}@gate-db.cluster-c7qk2lmn8xyz.us-west-2.rds.amazonaws.com/gates", p)
N(L, "$ aws logs tail /aws/lambda/hris-sync --since 1h --follow")
v6 = ip6("2601:283")
K(L, "ipv6", f"$ aws ec2 authorize-security-group-ingress --group-id sg-0{hexs(16)} --ip-permissions 'IpProtocol=tcp,FromPort=22,ToPort=22,Ipv6Ranges=[{{CidrIpv6={v6}/128}}]'", v6)
N(L, f"$ aws kms encrypt --key-id alias/vmc-pii --plaintext fileb://row.txt --query CiphertextBlob --output text\nAQICAHh{rs(B64, 120)}==",
  hard="ciphertext: KMS ciphertext blob")
e = "wei.zhang@vallerinmtn.com"
K(L, "email", f"$ aws iam tag-user --user-name wzhang --tags Key=email,Value={e}", "wzhang", e)
N(L, "An error occurred (AccessDenied) when calling the GetSecretValue operation: User is not authorized to perform this action")
K(L, "private_address", "$ curl -s http://169.254.169.254/latest/meta-data/iam/security-credentials/", "169.254.169.254")
N(L, "$ aws configure list\n      Name                    Value             Type    Location\n access_key     ****************QX4T shared-credentials-file\n secret_key     ****************9f1a shared-credentials-file",
  hard="masked: aws configure list output")
N(L, f"$ aws ec2 describe-instances --filters Name=tag:Role,Values=bastion --query 'Reservations[].Instances[].InstanceId'\n[\"i-0{hexs(16)}\"]",
  hard="id: EC2 instance id")

# =============================================================== g17 access logs (test)
L = group("access-logs")
tok = opaque(48)
tk = jwt({"sub": f"cus_{rs(AN, 14)}", "scope": "passes:read", "iat": 1737476000 + R.randint(0, 999),
          "exp": 1737479600 + R.randint(0, 999), "iss": "https://auth.vallerinmtn.com"})
mm = rs(LO + DI, 26)
ip = ip4("73", "98", "24")
K(L, "ipv4", f"{ip} - - [21/Jan/2025:09:14:05 -0700] \"POST /v1/auth/login HTTP/2.0\" 401 64 \"-\" \"python-requests/2.31.0\"", ip)
v6 = ip6("2600:1700")
K(L, "ipv6", f"{v6} - - [21/Jan/2025:09:14:06 -0700] \"GET /v1/passes/me HTTP/2.0\" 200 733 \"-\" \"VallerinApp/5.3.0 (iPhone; iOS 17.2.1)\"", v6)
N(L, "- - - [21/Jan/2025:09:14:07 -0700] \"GET /v1/lifts/status HTTP/2.0\" 200 1832 \"-\" \"VallerinApp/5.3.0 (Android 14)\"")
K(L, "bearer", f"- - - [21/Jan/2025:09:14:30 -0700] \"GET /v1/admin/refunds HTTP/2.0\" 200 5521 \"-\" \"curl/8.5.0\" auth=\"Bearer {tok}\"", tok)
N(L, f"- - - [21/Jan/2025:09:14:31 -0700] \"POST /webhooks/github HTTP/1.1\" 204 0 \"-\" \"GitHub-Hookshot/7a2c5e1\" x_hub_signature_256=\"sha256={hexs(64)}\"",
  hard="signature: HMAC signature header")
K(L, "jwt", f"- - - [21/Jan/2025:09:14:52 -0700] \"GET /v1/passes/me?access_token={tk} HTTP/2.0\" 200 733", tk)
N(L, f"{{\"time\":\"2025-01-21T16:14:11Z\",\"method\":\"POST\",\"path\":\"/v1/checkout\",\"status\":201,\"upstream_time\":0.212,\"request_id\":\"{hexs(32)}\"}}",
  hard="trace-id: request id")
N(L, "- - - [21/Jan/2025:09:15:02 -0700] \"GET /healthz HTTP/1.1\" 200 2 \"-\" \"kube-probe/1.29\"")
pa = f"172.31.{R.randint(0, 255)}.{R.randint(1, 254)}"
K(L, "private_address", f"{pa} - - [21/Jan/2025:09:15:03 -0700] \"GET /readyz HTTP/1.1\" 200 2 \"-\" \"ELB-HealthChecker/2.0\"", pa)
N(L, "- - - [21/Jan/2025:09:15:40 -0700] \"GET /v1/passes?token=REDACTED HTTP/2.0\" 200 911", hard="masked: token=REDACTED")
N(L, "- - - [21/Jan/2025:09:16:03 -0700] \"GET /.env HTTP/1.1\" 404 153 \"-\" \"Mozilla/5.0 zgrab/0.x\"")
N(L, "- - - [21/Jan/2025:09:16:30 -0700] \"GET /api/v1/auth?password=&user= HTTP/1.1\" 400 0", hard="keyword: empty password param")
N(L, "- - - [21/Jan/2025:09:17:12 -0700] \"GET /static/app.9c1e4b7a.js HTTP/2.0\" 304 0 \"https://www.vallerinmtn.com/\" \"Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 Version/17.2 Safari/605.1.15\"",
  hard="version: user-agent versions and asset hash")
K(L, "webhook", f"- - - [21/Jan/2025:09:18:01 -0700] \"POST https://chat.vallerinmtn.com/hooks/{mm} HTTP/1.1\" 200 36 \"-\" \"Go-http-client/2.0\" (egress proxy log)", mm)
c = card("4")
K(L, "card", f"- - - [21/Jan/2025:09:19:12 -0700] \"GET /legacy/pay.php?cc={c}&cvv=***&amt=89.00 HTTP/1.1\" 302 0", c)
N(L, f"upstream=pass-api:8080 response_time=0.041 cache=MISS traceparent=00-{hexs(32)}-{hexs(16)}-01", hard="trace-id: W3C traceparent")
N(L, "- - - [21/Jan/2025:09:17:44 -0700] \"POST /webhooks/stripe HTTP/1.1\" 200 2 \"-\" \"Stripe/1.0 (+https://stripe.com/docs/webhooks)\"")

# =============================================================== g18 Vault (dev)
L = group("vault-cli")
kl = openssh_ed25519_lines("ansible@hochvallerin")
t = ghp()
hvs = "hvs.CAESI" + rs(B64U, 86)
N(L, "$ vault status\nSeal Type       awskms\nSealed          false\nVersion         1.15.4\nHA Mode         active")
K(L, "private_key", "$ vault kv get -field=ssh_key secret/ansible/gates\n" + pem("OPENSSH PRIVATE KEY", kl), *kl)
N(L, "$ vault kv get -field=token secret/ci/github | gh auth login --with-token", hard="reference: vault lookup piped, no literal")
N(L, f"$ vault read -format=json database/creds/refund-worker | jq -r .lease_id\ndatabase/creds/refund-worker/{rs(AN, 24)}",
  hard="id: lease id")
K(L, "github_token", f"$ vault kv get secret/ci/github\n====== Data ======\nKey      Value\n---      -----\ntoken    {t}", t)
N(L, f"Key                 Value\n---                 -----\ntoken_accessor      {rs(AN, 24)}\ntoken_policies      [\"default\" \"ci-deploy\"]",
  hard="id: token accessor cannot authenticate")
K(L, "vendor_token", f"$ vault login {hvs}\nSuccess! You are now authenticated.", hvs)
N(L, "$ vault audit list\nPath     Type    Description\n----     ----    -----------\nfile/    file    n/a")
K(L, "person_name", "$ vault read identity/entity/name/nadia.petrova\nname            nadia.petrova\nmetadata        map[full_name:Nadia Petrova team:payments]", "nadia.petrova", "Nadia Petrova")
N(L, "Error reading secret/data/ci/stripe: Error making API request.\nCode: 403. Errors:\n* permission denied")
e = "caleb.whitaker@vallerinmtn.com"
K(L, "email", f"$ vault write auth/oidc/role/sre bound_claims=email={e} policies=sre", e)
N(L, f"$ vault write transit/encrypt/pii plaintext=$(base64 <<< \"$ROW\")\nciphertext    vault:v1:{rs(B64, 64)}", hard="ciphertext: transit ciphertext")
c = card("5" + str(R.randint(1, 5)))
K(L, "card", f"$ vault kv get secret/finance/corp-card\nnumber    {c}\nexpiry    04/27\nholder    VMC PURCHASING", c)
N(L, "$ vault policy read ci-deploy\npath \"secret/data/ci/*\" {\n  capabilities = [\"read\"]\n}")
N(L, f"type=response auth.client_token=hmac-sha256:{hexs(64)}", hard="hash: HMAC'd token in audit log")
N(L, "$ vault token revoke -self\nSuccess! Revoked token (if it existed)")

# =============================================================== g19 Jira (test)
L = group("jira")
t = ghp()
xp = xoxp()
hook = slack_hook_path()
N(L, "PASS-1893 | Bug | Double charge on family 4-pack | Priority: High | Assignee: Unassigned")
K(L, "github_token", f"Comment: reproduced with the CI bot token, log attached: `Authorization: token {t}`", t)
N(L, "Labels: payments, stripe, customer-impact | Sprint: Powder 2025-02")
N(L, "Comment (Automation for Jira): Linked PR vallerin/pass-api#2317 merged, transitioning to Done", hard="bot-account: Automation for Jira")
K(L, "slack_token", f"Comment: Slack notifications for this project still use the user token {xp} (owner left the company, needs a new app)", xp)
N(L, "Description: steps to reproduce use the Stripe test card 4000 0025 0000 3155 (3DS required)", hard="test-fixture: Stripe documented 3DS test card")
sn1, sn2 = ssn(), ssn()
K(L, "ssn", f"HR-442 description: employee 20533 W-2 shows SSN {sn1}, correct is {sn2}", sn1, sn2)
N(L, "Environment: pass-api 2024.12.3, checkout-web 8.4.1, iOS app 5.3.0")
K(L, "webhook", f"Automation rule 'notify #payments': Send web request to https://hooks.slack.com/services/{hook}", hook)
N(L, "Comment: the token in the screenshot was ghp_************************************, already revoked", hard="masked: ghp_ prefix + asterisks")
c = card("5" + str(R.randint(1, 5)))
K(L, "card", f"PASS-1893 comment from guest via portal: 'charged twice on {grp(c, [4, 4, 4, 4], '-')}, please refund one'", grp(c, [4, 4, 4, 4], "-"))
N(L, "HR-442 | Task | Correct W-2 for seasonal employee (SSN on file ends 4471)", hard="last4: SSN last four")
ib = iban_ch()
K(L, "iban", f"PASS-1901 | Refund to SEPA account {spaced(ib)} requested by guest (Swiss bank, CHF)", spaced(ib))
N(L, f"Attachment: stripe-dashboard.png (redacted), request id req_{rs(AN, 14)}", hard="id: Stripe request id")
N(L, "Resolution: Fixed | Fix Version/s: pass-api 2025.01.1")
N(L, "Watchers: 4 | Votes: 0 | Created 14/Jan/25 11:02 AM")

# =============================================================== g20 chat with an AI assistant (dev)
L = group("ai-assistant-chat")
a, s = akid(), aws_secret()
gd = glab("gldt-")
tk = jwt({"iss": "https://auth.vallerinmtn.com", "sub": f"svc_{rs(LO + DI, 10)}", "aud": "gate-ingest",
          "iat": 1737300000 + R.randint(0, 9999), "exp": 1737386400 + R.randint(0, 9999)}, "RS256", kid=f"vmc-{hexs(8)}")
N(L, "user: why does `terraform plan` keep wanting to replace aws_lb.gate_ingest?")
N(L, "assistant: It's the `subnets` list order; sort it or wrap it in toset() so the plan is stable.")
K(L, "aws_key", f"user: can you check if this key pair is still active? {a} / {s}", a, s)
N(L, "user: here's the key from the AWS docs page I'm copying: AKIAIOSFODNN7EXAMPLE, is that format right?", hard="vendor-example: AWS docs example key")
K(L, "person_name", "user: write a polite message to Hannah Kowalczyk telling her the lift gate rollout slips a week", "Hannah Kowalczyk")
N(L, "assistant: Don't paste real credentials; reference them as ${{ secrets.GITLAB_DEPLOY_TOKEN }} or a masked CI/CD variable.", hard="reference: ${{ secrets.X }}")
K(L, "gitlab_token", f"user: my CI variable DEPLOY_TOKEN={gd} doesn't work for docker login to registry.gitlab.hochvallerin.at", gd)
N(L, "user: the jwt.io sample eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c decodes fine but ours doesn't",
  hard="vendor-example: jwt.io documented example token")
sn = ssn()
K(L, "ssn", f"user: does this validation regex accept {sn}? it's from a real new-hire form, ignore the name", sn)
N(L, "assistant: For fixtures use numbers in the 9xx area such as 900-00-0001; those are never issued as SSNs.", hard="test-fixture: unissued 9xx SSN")
K(L, "jwt", f"user: why is this token rejected with 'kid not found'? {tk}", tk)
N(L, "user: kubectl says Error from server (Forbidden): secrets is forbidden: User \"system:serviceaccount:ci:deployer\" cannot list resource \"secrets\"")
ph = f"(970) {us_ex()} {rs(DI, 4)}"
K(L, "phone", f"user: format this for Twilio: {ph}, it's Mateo Vargas, our grooming lead", ph, "Mateo Vargas")
N(L, f"assistant: The fingerprint {ssh_fp()} is the bastion's host key; it is safe to share.", hard="fingerprint: SSH host key fingerprint")
N(L, "user: thanks Claude, that fixed it", hard="tool-name: assistant name looks like a person name")
N(L, "assistant: Pipeline 118822 failed at stage test:gates; rerun with CI_DEBUG_TRACE unset so variables aren't dumped.")

# =============================================================== g21 Ansible (test)
L = group("ansible")
p = pwd(16)
kl = rsa_key_lines()
gr = glab("glrt-")
N(L, "PLAY [gate_controllers] ********************************************************")
N(L, "TASK [gate-agent : Install gate-agent 2.18.4.1] *********************************", hard="version: 2.18.4.1 looks like IPv4")
K(L, "person_name", "# maintained by Florian Gruber, ping him before changing gate timeouts", "Florian Gruber")
N(L, "ok: [gate-ctl-07.hochvallerin.internal] => (item=gate-agent.service)")
K(L, "password", f"fatal: [gate-ctl-03]: FAILED! => {{\"changed\": true, \"cmd\": \"mysql -u gate -p{p} -e 'select 1'\", \"rc\": 1}}", p)
N(L, "ansible_become_password: \"{{ vault_gate_become_password }}\"", hard="reference: jinja vault variable")
N(L, "$ANSIBLE_VAULT;1.1;AES256\n" + "\n".join(hexs(80) for _ in range(3)), hard="ciphertext: ansible-vault blob")
K(L, "private_key", "TASK [debug] ********\nok: [gate-ctl-03] => {\n    \"deploy_key\": \"" + pem("RSA PRIVATE KEY", kl) + "\"\n}", *kl)
ip = ip4("80.110", "91.115", "178.115")
K(L, "ipv4", f"[gate_controllers:vars]\nremote_support_ip={ip}  # vendor engineer's home connection", ip)
N(L, "ok: [gate-ctl-11] => {\"censored\": \"the output has been hidden due to the fact that 'no_log: true' was specified for this result\"}",
  hard="masked: no_log censored output")
K(L, "gitlab_token", f"    gitlab_runner_token: {gr}  # TODO move to vault before merging", gr)
N(L, f"    authorized_key:\n      user: deploy\n      key: \"{ssh_ed25519_pub()} deploy@gitlab-ci\"", hard="public-key: ssh-ed25519 public key")
v6 = ip6("2a02:8388")
K(L, "ipv6", f"ok: [gate-ctl-07] => {{\"ansible_default_ipv6\": {{\"address\": \"{v6}\", \"prefix\": \"64\"}}}}", v6)
N(L, "PLAY RECAP *********\ngate-ctl-07.hochvallerin.internal : ok=14 changed=2 unreachable=0 failed=0")
pa = f"192.168.{R.randint(10, 99)}.{R.randint(2, 254)}"
K(L, "private_address", f"gate-ctl-07.hochvallerin.internal ansible_host={pa}", pa)
N(L, "[WARNING]: Platform linux on host gate-ctl-03 is using the discovered Python interpreter at /usr/bin/python3.11")
N(L, "gitlab_runner_registration_token: \"{{ lookup('hashi_vault', 'secret=secret/gitlab/runners/hv-gates:token') }}\"", hard="reference: hashi_vault lookup")

# =============================================================== g22 webhooks (dev)
L = group("webhooks")
gct = rs(B64U, 43)
tok = opaque(44)
rk = "rk_live_51" + rs(AN, 97)
N(L, f"POST /webhooks/stripe HTTP/1.1\nStripe-Signature: t=1737480011,v1={hexs(64)}", hard="signature: Stripe-Signature header")
K(L, "webhook", f"Outgoing: POST https://chat.googleapis.com/v1/spaces/AAAA{rs(AN, 7)}/messages?key=AIzaSyDdI0hCZtE6vySjMm-WEfRq3CPzqKqqsHI&token={gct}", gct)
N(L, f"{{\"id\":\"evt_3Q{rs(AN, 22)}\",\"type\":\"payment_intent.succeeded\",\"livemode\":true}}", hard="id: Stripe event id")
e = "jakob.steiner@icloud.com"
K(L, "email", f"\"billing_details\":{{\"address\":{{\"country\":\"AT\"}},\"email\":\"{e}\",\"name\":null}}", e)
N(L, f"X-GitHub-Delivery: {uuid4()}\nX-GitHub-Event: push", hard="uuid: delivery id")
K(L, "bearer", f"Forwarding to partner: POST https://partner.skiresortsync.io/v1/events\nAuthorization: Bearer {tok}", tok)
N(L, "Webhook delivery failed (HTTP 503), retry 3/8 scheduled in 240s")
c = card("4")
K(L, "card", f"Legacy POS webhook body: card_number={c}&exp=0826&amount=54.00", c)
N(L, f"{{\"object\":\"event\",\"data\":{{\"object\":{{\"id\":\"pi_3Q{rs(AN, 22)}\",\"amount\":12900,\"currency\":\"usd\",\"payment_method_details\":{{\"card\":{{\"brand\":\"visa\",\"last4\":\"4417\"}}}}}}}}}}",
  hard="last4: card last four in event")
K(L, "vendor_token", f"$ stripe listen --forward-to localhost:8080/webhooks/stripe --api-key {rk}", rk)
N(L, f"Adyen notification: eventCode=AUTHORISATION success=true pspReference={rs(UP + DI, 16)}", hard="id: PSP reference")
ip = ip4("84.115", "62.178", "213.47")
K(L, "ipv4", f"\"metadata\":{{\"checkout_ip\":\"{ip}\",\"channel\":\"web\"}}", ip)
N(L, "Endpoint secret is read from STRIPE_WEBHOOK_SECRET (whsec_... in Vault), never logged", hard="reference: whsec_ prefix only")
pa = f"10.{R.randint(121, 200)}.{R.randint(0, 255)}.{R.randint(2, 254)}"
K(L, "private_address", f"Delivery to http://{pa}:8080/hooks/internal failed: connection refused", pa)
N(L, "Content-Type: application/json; charset=utf-8\nUser-Agent: GitHub-Hookshot/7a2c5e1")
N(L, "200 OK {\"received\":true}")
N(L, f"X-Hub-Signature-256: sha256={hexs(64)}", hard="signature: GitHub HMAC signature")

# =============================================================== g23 worker logs (test)
L = group("worker-logs")
ac, tw = "AC" + hexs(32), hexs(32)
xb = xoxb()
zap = f"{R.randint(1000000, 9999999)}/{rs(LO + DI, 7)}"
N(L, "2025-01-22 06:00:02 INFO  [sms-alerts] job=LiftStatusDigest queued=1 jid=8c2f1a7e9b3d4c60a1e2f3b4", hard="id: job id")
N(L, f"2025-01-22 06:00:03 INFO  [sms-alerts] sending to 4,812 subscribers via Messaging Service MG{hexs(32)}", hard="id: Twilio messaging service SID")
K(L, "vendor_token", f"2025-01-22 06:00:04 DEBUG [sms-alerts] twilio client init account_sid={ac} auth_token={tw}", tw)
N(L, "2025-01-22 06:00:05 WARN  [sms-alerts] 21610 attempt to send to unsubscribed recipient (+1 970 ***-**12)", hard="masked: masked phone")
ph = f"+43 676 {rs(DI, 7)}"
K(L, "phone", f"2025-01-22 06:00:06 ERROR [sms-alerts] 30003 Unreachable destination handset {ph}", ph)
N(L, f"2025-01-22 06:00:09 INFO  [mailer] SendGrid template d-{hexs(32)} rendered in 41ms", hard="id: SendGrid template id")
e = "lukas.brunner@gmx.at"
K(L, "email", f"2025-01-22 06:00:11 WARN  [mailer] bounce: mailbox full for {e} (pass order HV-2025-11873)", e)
N(L, "2025-01-22 06:00:10 INFO  [refund-worker] payout batch 2025-01-22 size=37 total=EUR 4,118.00")
ib = iban_de()
K(L, "iban", f"2025-01-22 06:00:13 ERROR [refund-worker] payout rejected: beneficiary IBAN {ib} name mismatch (expected 'Isabella Moretti')", ib, "Isabella Moretti")
N(L, f"2025-01-22 06:00:14 INFO  [celery] Task worker.tasks.sync_lifts[{uuid4()}] succeeded in 0.82s", hard="uuid: celery task id")
K(L, "slack_token", f"2025-01-22 06:00:19 ERROR [slack-notify] invalid_auth for token {xb} (workspace hochvallerin)", xb)
N(L, "2025-01-22 06:00:20 INFO  [slack-notify] posted to #lift-status ts=1737550820.004219")
N(L, "2025-01-22 06:00:21 DEBUG [slack-notify] using token from SLACK_BOT_TOKEN (xoxb-...redacted)", hard="masked: xoxb- prefix only")
K(L, "webhook", f"2025-01-22 06:00:25 WARN  [ops-notify] retrying POST https://hooks.zapier.com/hooks/catch/{zap}/ (timeout)", zap)
N(L, "2025-01-22 06:00:12 ERROR [refund-worker] Adyen 422: IBAN validation failed for payout po_7731")
N(L, "2025-01-22 06:00:30 INFO  [sms-alerts] done sent=4790 failed=22 duration=27.4s")

# =============================================================== g24 secret scanner report (dev)
L = group("secret-scanner")
t = ghp()
gl = glab()
xb = xoxb()
N(L, "Finding:     generic-api-key\nSecret:      REDACTED\nRuleID:      generic-api-key\nFile:        docs/onboarding.md\nLine:        42",
  hard="masked: scanner REDACTED")
K(L, "github_token", f"Finding:     github-pat\nSecret:      {t}\nFile:        scripts/mirror-repos.sh\nLine:        7\nCommit:      {hexs(40)}", t)
N(L, "Finding:     aws-access-token\nMatch:       AKIAIOSFODNN7EXAMPLE\nStatus:      allowlisted (AWS documentation example)", hard="vendor-example: AWS docs key")
K(L, "gitlab_token", f"Finding:     gitlab-pat\nSecret:      {gl}\nFile:        .gitlab-ci.yml\nLine:        31\nAuthor:      lbrandstaetter", gl, "lbrandstaetter")
N(L, f"Fingerprint: {hexs(40)}:charts/pass-api/values.yaml:generic-api-key:18", hard="fingerprint: gitleaks finding fingerprint")
K(L, "person_name", f"Commit: {hexs(40)}  Author: Lena Brandst\u00e4tter  Date: 2025-01-09T08:22:41Z  (introduced gitlab-pat)", "Lena Brandst\u00e4tter")
N(L, "trufflehog: 0 verified, 3 unverified secrets found in 14,221 commits (2m11s)")
K(L, "slack_token", f"Detector: Slack (verified)\nRaw: {xb}\nFile: ops/notify.py:12", xb)
N(L, "Verified: false  Detector: Slack  Raw: xoxb-REDACTED", hard="masked: xoxb- REDACTED")
c = card(R.choice(["34", "37"]), 15)
K(L, "card", f"Finding:     pii-credit-card (custom rule)\nMatch:       {grp(c, [4, 6, 5])}\nFile:        testdata/prod_sample.csv\nLine:        118", grp(c, [4, 6, 5]))
N(L, f"Commit: {hexs(40)}  Author: dependabot[bot]  Date: 2025-01-09T08:11:02Z", hard="bot-account: dependabot[bot]")
v6 = ip6("2601:284")
K(L, "ipv6", f"Finding:     hardcoded-ip\nMatch:       {v6}\nFile:        terraform/bastion.tf (Wei's home allowlist)", v6, "Wei")
N(L, "Finding:     private-key\nFile:        test/fixtures/dummy_rsa.pem\nStatus:      allowlisted (generated test fixture, never deployed)",
  hard="test-fixture: allowlisted dummy key, no key material")
N(L, "gitleaks v8.21.2: scan completed, exit code 1")
N(L, "[allowlist]\npaths = ['''testdata/.*''', '''.*_test\\.go''']\nregexes = ['''EXAMPLE''']", hard="keyword: scanner allowlist config")
N(L, "Summary by detector: GitHub 2, GitLab 1, Slack 1, PrivateKey 1, PII(Luhn) 1")

# =============================================================== g25 SQL query summaries (test)
L = group("sql-query-summary")
p = pwd(18, URLPW)
p2 = pwd(16)
tk = jwt({"sub": f"cus_{rs(AN, 14)}", "sid": uuid4(), "iat": 1737500000 + R.randint(0, 9999),
          "exp": 1737586400 + R.randint(0, 9999), "iss": "https://auth.vallerinmtn.com"})
N(L, "Top queries by total time (pg_stat_statements, last 24h):")
N(L, "1. SELECT * FROM passes WHERE rfid_uid = $1 -- calls 3.1M, mean 0.4 ms, total 21m", hard="placeholder: $1 bind parameter")
K(L, "connection_string", f"Source: mysql://report_ro:{p}@rental-pos-db.vallerinmtn.com:3306/rental_pos (read replica)", p)
N(L, "2. UPDATE gate_scans SET processed = true WHERE id = ANY($1) -- calls 220k, mean 12.1 ms")
N(L, "3. SELECT employee_id FROM hr.employees WHERE ssn_hash = encode(digest($1,'sha256'),'hex') -- 41 calls", hard="keyword: ssn_hash with bind parameter")
K(L, "password", f"5. ALTER USER svc_reporting PASSWORD '{p2}' -- 1 call (logged in full, rotate!)", p2)
N(L, f"4. SELECT * FROM auth.users WHERE password_hash = $1 -- sample hash $argon2id$v=19$m=65536,t=3,p=4${rs(B64, 22)}${rs(B64, 43)}",
  hard="hash: argon2id hash")
K(L, "jwt", f"6. SELECT * FROM auth.sessions WHERE token = '{tk}' -- 3 calls", tk)
N(L, "queryid -8125937726491054812 | rows 48213 | shared_blks_hit 99.7%")
sn = ssn()
K(L, "ssn", f"7. SELECT * FROM hr.employees WHERE ssn = '{sn}' -- 2 calls by hris_admin", sn)
N(L, "Slow query log: duration: 1843.221 ms  statement: SELECT * FROM refunds.payouts WHERE iban_last4 = '4471'", hard="last4: IBAN last four")
c = card("6011")
K(L, "card", f"8. INSERT INTO legacy.pos_import (raw_pan) VALUES ('{c}') -- 1 call", c)
N(L, "pgbadger report generated for pass-db 2025-01-22 (27,411 queries normalized)")
ib = iban_fr()
K(L, "iban", f"9. UPDATE refunds.payouts SET iban = '{ib}' WHERE id = 1184 -- 1 call", ib)
N(L, "Note: literals are normalized to $n; the rows below slipped through because log_min_duration_statement logs full text")
N(L, "Lock waits: 14 (max 2.3 s) on billing.cards, blocker pid 88211")

# =============================================================== g26 dashboards (dev)
L = group("grafana-dashboards")
tok = opaque(40)
gl = glab()
dpath = discord_hook_path()
N(L, f"Dashboard: Lift Gates / Scan Latency (uid: {rs(AN, 9)}) | refresh 30s | time range now-6h", hard="id: dashboard uid")
K(L, "bearer", f"Datasource 'Weather API' (Infinity plugin): header Authorization = Bearer {tok}", tok)
N(L, "Panel 'p99 validate latency' query: histogram_quantile(0.99, sum by (le) (rate(pass_api_request_duration_seconds_bucket[5m])))")
N(L, "Annotation: deploy pass-api 2025.01.1 by argocd-bot", hard="bot-account: argocd-bot")
K(L, "gitlab_token", f"Datasource 'GitLab' (grafana-gitlab-datasource): accessToken = {gl}", gl)
ip = ip4("185.220", "45.141", "194.26")
K(L, "ipv4", f"Panel 'Top login failures by IP': {ip} - 2,114 attempts", ip)
N(L, "Datasource 'Prometheus (prod)': url=https://prometheus.vallerinmtn.com, auth: Forward OAuth Identity")
N(L, "Datasource 'Loki': basicAuthPassword: ${LOKI_PASSWORD} (provisioned from env)", hard="reference: ${VAR}")
K(L, "webhook", f"Contact point 'lift-status-discord': https://discord.com/api/webhooks/{dpath}", dpath)
v6 = ip6("2a01:4f8")
K(L, "ipv6", f"Panel 'Top login failures by IP': {v6} - 911 attempts", v6)
N(L, "Panel 'Card declines by last4': 4417 (12), 0094 (7), 8831 (4)", hard="last4: card last fours")
K(L, "person_name", "Dashboard owner: Caleb Whitaker | last edited by Priya Raghunathan 2 days ago", "Caleb Whitaker", "Priya Raghunathan")
N(L, "Alert rule 'SnowmakingPumpPressureLow' -> contact point 'sre-pagerduty' (integration key: configured)", hard="masked: key shown as configured")
N(L, "Variable $lift = Eagle Express, Ptarmigan Quad, Gipfelbahn")
K(L, "private_address", "Datasource 'Loki (local dev)': url=http://127.0.0.1:3100", "127.0.0.1")
N(L, "Stat panel 'Skiers on mountain': 6,412 | 'Lifts open': 17/21")
N(L, f"Grafana v11.3.1 (commit: {hexs(10)})", hard="hash: build commit")

# =============================================================== g27 access review (test)
L = group("access-review")
a = akid()
t = ghp()
gl = glab()
N(L, f"Q1 2025 access review | scope: AWS prod ({ACCT}), GitHub org vallerin, GitLab hochvallerin", hard="account-id: AWS account number")
N(L, "Reviewer decision legend: K = keep, R = revoke, M = modify")
K(L, "aws_key", f"ofaraday (IAM user, legacy) | active key {a} created 2022-11-02, never rotated | R", a, "ofaraday")
N(L, "svc-gate-ingest (IAM user) | key AKIA...MQ7Z | last used 2025-01-21 | K", hard="masked: truncated access key id")
K(L, "person_name", "Elif Demir (contractor, contract ended 2024-12-31) | GitHub + AWS console | R", "Elif Demir")
N(L, "github-actions[bot] | org role: app | K (managed by GitHub)", hard="bot-account: github-actions[bot]")
K(L, "github_token", f"Finding: classic PAT {t} found in the review spreadsheet notes column, revoked | R", t)
N(L, "dependabot[bot] | 14 repos | K", hard="bot-account: dependabot[bot]")
e = "sven.aalto@vallerinmtn.com"
K(L, "email", f"{e} | GitLab Owner on hv-gates | M -> Maintainer", e)
N(L, "renovate-runner (GitLab bot user, id 41) | Maintainer on hv-gates/* | K", hard="bot-account: renovate-runner")
K(L, "gitlab_token", f"GitLab group access token 'hv-gates-ci' value {gl} pasted by the reviewer as 'proof' | R", gl)
N(L, f"Deploy key {ssh_fp()} on vallerin/pass-api (read-only) | K", hard="fingerprint: deploy key fingerprint")
ph = f"+1 (303) {us_ex()}-{rs(DI, 4)}"
K(L, "phone", f"MFA method for Luis Carrillo: SMS to {ph}, move to WebAuthn | M", "Luis Carrillo", ph)
N(L, "Break-glass role vmc-breakglass-admin: 0 assumptions this quarter | K")
N(L, "Total: 112 principals reviewed, 9 revoked, 3 modified, 0 exceptions")
N(L, f"Evidence exported to s3://vmc-audit-evidence/2025Q1/access-review.csv (sha256 {hexs(64)})", hard="hash: evidence checksum")

# =============================================================== g28 cron mail (dev)
L = group("cron-mail")
p = pwd(20, URLPW)
gl = glab()
kl = pkcs8_ec_lines()
N(L, "From: Cron Daemon <root@bastion-01.vallerinmtn.com>\nSubject: Cron <backup@bastion-01> /opt/scripts/pg_backup.sh",
  hard="role-address: cron daemon system address")
N(L, "X-Cron-Env: <SHELL=/bin/sh>\nX-Cron-Env: <HOME=/home/backup>")
K(L, "connection_string", f"+ pg_dump 'postgresql://backup:{p}@pass-db.cluster-c1ab2cd3ef4g.us-west-2.rds.amazonaws.com:5432/passes' -Fc -f /backups/passes.dump", p)
N(L, "pg_dump: dumping contents of table \"public.passes\"")
e = "theresa.mayrhofer@hochvallerin.at"
K(L, "email", f"hris-export: mailed payroll summary to {e} (3 attachments)", e)
N(L, "upload: ./passes-20250122.dump.gz to s3://vmc-db-backups/pass-db/passes-20250122.dump.gz")
K(L, "gitlab_token", f"+ git push --mirror https://oauth2:{gl}@gitlab.hochvallerin.at/mirror/pass-api.git", gl)
N(L, f"{hexs(64)}  passes-20250122.dump.gz", hard="hash: sha256sum output")
ib = iban_nl()
K(L, "iban", f"payout-report: 3 refunds failed, first: {ib} (EUR 89.00, reason AC04 closed account)", ib)
N(L, f"gpg: encrypted with 4096-bit RSA key, ID {hexs(16).upper()}, created 2023-10-01", hard="id: GPG key id")
K(L, "private_key", "debug: key material follows (REMOVE THIS DEBUG)\n" + pem("PRIVATE KEY", kl), *kl)
N(L, "PGPASSFILE=/home/backup/.pgpass (mode 0600), password not echoed", hard="keyword: password file reference")
sn = ssn()
K(L, "ssn", f"hris-sync: WARN duplicate SSN {sn} for employee ids 20417 and 20533", sn)
N(L, "mirror-repos: 14 repos mirrored to gitlab.hochvallerin.at, 0 failed")
N(L, "certbot renew: Cert not yet due for renewal (gate.vallerinmtn.com expires 2025-03-14)")
N(L, "logrotate: rotating pattern /var/log/gate-scan/*.log, 7 rotations kept")

# =============================================================== g29 GitLab CI (test)
L = group("gitlab-ci")
gl = glab()
tk = jwt({"namespace_id": "12", "namespace_path": "hv-gates", "project_id": "41", "project_path": "hv-gates/gate-agent",
          "user_id": "57", "user_login": "project_41_bot", "pipeline_id": str(118000 + R.randint(0, 999)),
          "job_id": str(880000 + R.randint(0, 9999)), "ref": "main", "ref_type": "branch", "ref_protected": "true",
          "iss": "https://gitlab.hochvallerin.at", "iat": 1737560000, "nbf": 1737559995, "exp": 1737563600,
          "sub": "project_path:hv-gates/gate-agent:ref_type:branch:ref:main", "aud": "https://vault.vallerinmtn.com"},
         "RS256", kid=rs(B64U, 43))
xb = xoxb()
N(L, f"Running with gitlab-runner 17.6.0 (ee4d2b8c)\n  on hv-gates-runner-02 t3_Xk9mQ, system ID: s_{hexs(12)}", hard="masked: runner token short prefix")
N(L, "$ echo \"deploying with $CI_JOB_TOKEN\"\ndeploying with [MASKED]", hard="masked: [MASKED]")
K(L, "gitlab_token", f"$ curl --header \"PRIVATE-TOKEN: {gl}\" https://gitlab.hochvallerin.at/api/v4/projects/41/pipelines", gl)
N(L, f"Using docker image sha256:{hexs(64)} for registry.gitlab.hochvallerin.at/hv-gates/build:2.18 ...", hard="hash: image digest")
K(L, "jwt", f"$ echo $CI_JOB_JWT_V2   # debugging OIDC, remove\n{tk}", tk)
N(L, "$ export VAULT_TOKEN=\"$(vault write -field=token auth/jwt/login role=hv-gates jwt=$CI_JOB_JWT_V2)\"", hard="reference: $CI_JOB_JWT_V2")
e = "lena.brandstaetter@hochvallerin.at"
K(L, "email", f"$ git log -1 --format='%ae'\n{e}", e)
N(L, "Uploading artifacts for successful job\nUploading artifacts... coverage.xml: found 1 matching artifact files and directories")
K(L, "slack_token", f"$ curl -F token={xb} -F channels=C05GATES -F file=@report.html https://slack.com/api/files.upload", xb)
N(L, f"Fetching changes with git depth set to 20...\nChecking out {hexs(8)} as detached HEAD (ref is main)...", hard="hash: short commit sha")
sn = ssn()
K(L, "ssn", f"FAILED test_hris_import: AssertionError: unexpected SSN '{sn}' in row 3 of prod_snapshot.csv", sn)
N(L, "$ ./gradlew test --tests '*GateTimeout*'\nBUILD SUCCESSFUL in 1m 12s")
v6 = ip6("2001:871")
K(L, "ipv6", f"$ curl -6 -s ifconfig.co   # for the allowlist ticket\n{v6}", v6)
N(L, "test_ssn_mask: assert mask('123-45-6789') == '***-**-6789' PASSED", hard="test-fixture: SSA-voided sample SSN and masked form")
pa = f"fd{hexs(2)}:{hexs(4)}:{hexs(4)}::{R.randint(2, 250):x}"
K(L, "private_address", f"$ ip -6 addr show eth0 | grep inet6\n    inet6 {pa}/64 scope global", pa)
N(L, "WARNING: Variable CI_DEBUG_TRACE is set; masked variables may still appear in the job log")
N(L, "Job succeeded")

# =============================================================== g30 nginx / envoy config (dev)
L = group("nginx-envoy-config")
tk = jwt({"iss": "https://auth.vallerinmtn.com", "sub": "partner_skiresortsync", "scope": "lift-status:read",
          "iat": 1737000000 + R.randint(0, 9999), "exp": 1768536000}, "HS256")
hook = slack_hook_path()
kl = pkcs8_ec_lines()
N(L, "server {\n    listen 443 ssl http2;\n    server_name pass-api.vallerinmtn.com;")
K(L, "jwt", f"    proxy_set_header Authorization \"Bearer {tk}\";  # temp: partner sandbox, remove!", tk)
N(L, "    ssl_certificate     /etc/nginx/tls/pass-api.crt;\n    ssl_certificate_key /etc/nginx/tls/pass-api.key;", hard="reference: key file path")
N(L, "    proxy_set_header Authorization $http_authorization;", hard="reference: nginx variable")
K(L, "webhook", f"    location = /hooks/lift-status {{ proxy_pass https://hooks.slack.com/services/{hook}; }}", hook)
N(L, "    limit_req zone=passlookup burst=20 nodelay;")
ip = ip4("80.110", "91.115", "178.114")
K(L, "ipv4", f"    allow {ip};   # ticket kiosk vendor, Jonas' home office", ip, "Jonas")
N(L, "    location /v1/passes/lookup {\n        auth_request /_validate_jwt;\n    }", hard="keyword: jwt in location name")
K(L, "private_key", "    # inlined for the Envoy SDS test\n    private_key: {inline_string: \"" + pem("PRIVATE KEY", kl) + "\"}", *kl)
N(L, "  - name: envoy.filters.http.jwt_authn\n    typed_config:\n      providers:\n        pass_api:\n          issuer: https://auth.vallerinmtn.com\n          remote_jwks: {http_uri: {uri: https://auth.vallerinmtn.com/.well-known/jwks.json}}",
  hard="keyword: jwt_authn config without tokens")
v6 = ip6("2a01:4f8")
K(L, "ipv6", f"    deny {v6};  # abusive scraper", v6)
N(L, "    add_header Strict-Transport-Security \"max-age=63072000; includeSubDomains; preload\" always;")
e = "tomas.aguilar@vallerinmtn.com"
K(L, "email", f"# owner: {e}, ask before touching rate limits", e)
N(L, f"    # HPKP backup pin (historical): pin-sha256=\"{b64(rbytes(32))}\"", hard="public-key: public key pin hash")
pa = f"192.168.{R.randint(100, 200)}.0"
K(L, "private_address", f"    set_real_ip_from {pa}/24;", pa)
N(L, "    access_log /var/log/nginx/pass-api.json json_combined;")
N(L, "  clusters:\n  - name: pass_api\n    connect_timeout: 0.25s\n    load_assignment: {cluster_name: pass_api}")


# ---------------------------------------------------------------- write
def enc(text):
    assert "\t" not in text and "\r" not in text, text
    return text.replace("\n", "\\n")


def main():
    head = "# kind\ttext\tmust-vanish (|-separated; empty for negatives)\tsource\n"
    out = {"dev": [head], "test": [head]}
    hard = ["# split\tsource\tcategory\twhy\ttext\n"]
    for i, g in enumerate(GROUPS, 1):
        split = "dev" if i % 2 == 0 else "test"
        src = f"writer13 g{i:02d}-{g['ctx']}"
        for kind, text, vanish, h in g["lines"]:
            for v in vanish:
                assert "|" not in v and "\n" not in v, v
            out[split].append(f"{kind}\t{enc(text)}\t{'|'.join(vanish)}\t{src}\n")
            if h:
                cat, why = h.split(": ", 1)
                hard.append(f"{split}\t{src}\t{cat}\t{why}\t{enc(text)}\n")
    for split, rows in out.items():
        with open(os.path.join(HERE, f"batch13_{split}.tsv"), "w", encoding="utf-8") as f:
            f.writelines(rows)
    with open(os.path.join(HERE, "hard_negatives.tsv"), "w", encoding="utf-8") as f:
        f.writelines(hard)
    print(f"groups={len(GROUPS)} dev={len(out['dev']) - 1} test={len(out['test']) - 1} hard={len(hard) - 1}")


if __name__ == "__main__":
    main()
