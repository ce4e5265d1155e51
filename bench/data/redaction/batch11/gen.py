#!/usr/bin/env python3
"""writer11: hand-written redactor test lines -> batch11_dev.tsv / batch11_test.tsv.

Every text line below is written literally. The fixed-seed PRNG only fills
token/key bodies, card/IBAN/SSN/phone digits and IP octets (with real
prefixes, lengths and checksums). A real newline inside a text is written to
the TSV as the two characters backslash + n.
"""
import base64, json, os, random, string, zlib

HERE = os.path.dirname(os.path.abspath(__file__))
R = random.Random(11_2024_0311)
UP, LO, DG = string.ascii_uppercase, string.ascii_lowercase, string.digits
ALNUM = UP + LO + DG
HEX = "0123456789abcdef"
B62 = DG + UP + LO


# ---------------------------------------------------------------- generators
def rs(n, alpha=ALNUM):
    return "".join(R.choice(alpha) for _ in range(n))

def hx(n):
    return rs(n, HEX)

def digits(n):
    return str(R.randint(1, 9)) + rs(n - 1, DG)

def b64u(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()

def rbytes(n):
    return bytes(R.getrandbits(8) for _ in range(n))

def akid(prefix="AKIA"):
    return prefix + rs(16, UP + "234567")

def aws_secret():
    return rs(40, ALNUM + "/+")

def aws_session():
    return "IQoJb3JpZ2luX2VjE" + rs(140, ALNUM + "/+") + "=="

def b62(n):
    s = ""
    while n:
        n, r = divmod(n, 62)
        s = B62[r] + s
    return s or "0"

def gh(prefix="ghp_"):
    body = rs(30)
    return prefix + body + b62(zlib.crc32(body.encode())).rjust(6, "0")

def gh_pat():
    return "github_pat_11" + rs(20, UP + DG) + "_" + rs(59)

def glpat():
    return "glpat-" + rs(20, ALNUM + "-_")

def glrt():
    return "glrt-" + rs(20, ALNUM + "-_")

def xoxb():
    return "xoxb-%s-%s-%s" % (digits(12), digits(13), rs(24))

def xoxp():
    return "xoxp-%s-%s-%s-%s" % (digits(12), digits(12), digits(13), hx(32))

def slack_hook():
    t = "T0" + rs(8, UP + DG)
    b = "B0" + rs(9, UP + DG)
    sec = rs(24)
    return "https://hooks.slack.com/services/%s/%s/%s" % (t, b, sec), sec

def discord_hook():
    tok = rs(68, ALNUM + "-_")
    return "https://discord.com/api/webhooks/%s/%s" % (digits(19), tok), tok

def sendgrid():
    return "SG." + rs(22, ALNUM + "-_") + "." + rs(43, ALNUM + "-_")

def nrak():
    return "NRAK-" + rs(27, UP + DG)

def npm():
    return "npm_" + rs(36)

def pypi():
    return "pypi-AgEIcHlwaS5vcmcCJ" + rs(120, ALNUM + "-_")

def azure_storage_key():
    return base64.b64encode(rbytes(64)).decode()

def azure_client_secret():
    return rs(3) + "8Q~" + rs(34, ALNUM + "_-.~")

def google_key():
    return "AIza" + rs(35, ALNUM + "-_")

def opaque(n=48):
    t = rs(n, ALNUM + "-_")
    return t if not t.startswith("eyJ") else "a" + t[1:]

def jwt(payload, alg="HS256", kid=None):
    h = {"alg": alg, "typ": "JWT"}
    if kid:
        h["kid"] = kid
    enc = lambda o: b64u(json.dumps(o, separators=(",", ":")).encode())
    sig = rbytes(32 if alg.startswith("HS") else 256)
    return enc(h) + "." + enc(payload) + "." + b64u(sig)

PEM_PREFIX = {
    "RSA PRIVATE KEY": "MIIEpAIBAAKCAQEA",
    "PRIVATE KEY": "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ",
    "EC PRIVATE KEY": "MHcCAQEEI",
    "OPENSSH PRIVATE KEY": "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAA",
}

def pem(label, nlines, indent="", lp=""):
    body = base64.b64encode(rbytes(48 * nlines)).decode()
    pre = PEM_PREFIX[label]
    body = pre + body[len(pre):]
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    lines[-1] = lines[-1][:4 * R.randint(5, 14) + 2] + "=="
    text = "\n".join(
        [indent + lp + "-----BEGIN %s-----" % label]
        + [indent + lp + l for l in lines]
        + [indent + lp + "-----END %s-----" % label])
    return text, lines

def luhn_ok(num):
    s = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        s += d
    return s % 10 == 0

def card(prefix, length, fmt="plain"):
    while True:
        body = prefix + rs(length - len(prefix) - 1, DG)
        for c in DG:
            if luhn_ok(body + c):
                num = body + c
                break
        if num[-4:] not in ("4417", "0087"):
            break
    if fmt == "plain":
        return num
    sep = "-" if fmt == "dash" else " "
    groups = [4, 6, 5] if length == 15 else [4, 4, 4, 4]
    out, i = [], 0
    for g in groups:
        out.append(num[i:i + g]); i += g
    return sep.join(out)

IBAN_BBAN = {
    "DE": lambda: rs(18, DG),
    "GB": lambda: R.choice(["NWBK", "BARC", "HBUK", "LOYD"]) + rs(14, DG),
    "NL": lambda: R.choice(["ABNA", "INGB", "RABO"]) + rs(10, DG),
    "PL": lambda: rs(24, DG),
    "ES": lambda: rs(20, DG),
    "FI": lambda: rs(14, DG),
}

def iban_check(cc, bban):
    s = bban + cc + "00"
    n = int("".join(str(int(ch, 36)) for ch in s))
    return "%02d" % (98 - n % 97)

def iban(cc, spaced=True):
    bban = IBAN_BBAN[cc]()
    ib = cc + iban_check(cc, bban) + bban
    return " ".join(ib[i:i + 4] for i in range(0, len(ib), 4)) if spaced else ib

def ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))

PUB4 = [23, 31, 37, 45, 46, 62, 77, 78, 81, 83, 85, 89, 91, 94, 109, 141,
        146, 151, 176, 178, 185, 188, 195, 212, 213, 217]

def ip4():
    return "%d.%d.%d.%d" % (R.choice(PUB4), R.randint(0, 255), R.randint(0, 255), R.randint(2, 250))

PUB6 = ["2a01:4f8", "2600:1f18", "2804:14c", "2402:800", "2c0f:f248", "2a02:a311", "2001:44b8"]

def ip6():
    h = lambda: "%x" % R.randint(0x100, 0xffff)
    return "%s:%s:%s:%s::%s" % (R.choice(PUB6), h(), h(), h(), h())

def ph(tpl):
    return "".join(R.choice(DG) if c == "#" else c for c in tpl)


# ---------------------------------------------------------------- groups
GROUPS = []

class G:
    def __init__(self, name):
        self.name = name
        self.rows = []
        GROUPS.append(self)
    def n(self, text):
        self.rows.append(("negative", text, []))
    def p(self, kind, text, *vals):
        self.rows.append((kind, text, list(vals)))


# ===== 1 ======================================================================
g = G("g01-bastion-shell-history")
g.n('ssh -J deploy@bastion-eu1.int.acme-ops.net ubuntu@10.42.7.19')
g.n('sudo journalctl -u kubelet --since "2024-03-11 02:10" --until "2024-03-11 02:40" | grep -i evict')
g.n('kubectl -n payments rollout restart deploy/ledger-api && kubectl -n payments rollout status deploy/ledger-api --timeout=300s')
pw = 'Vq7!rT2#mZp9'
g.p("password", "mysql -h 10.42.9.3 -u ledger_admin -p'" + pw + "' ledger -e \"SHOW PROCESSLIST\"", pw)
g.n('export VAULT_ADDR=https://vault.int.acme-ops.net:8200 && vault login -method=oidc role=sre')
g.n('export DB_PASSWORD=$(vault kv get -field=password secret/payments/ledger-db)')
ip = ip4()
g.p("ipv4", "ssh -i ~/.ssh/vendor_rsa ops@" + ip + "   # vendor's jump box, Hanoi office", ip)
k, s = akid(), aws_secret()
g.p("aws_key", "export AWS_ACCESS_KEY_ID=" + k + " AWS_SECRET_ACCESS_KEY=" + s, k, s)
g.n('git checkout 9f3c2e1a7b && git describe --tags --always\nv4.12.0-3-g9f3c2e1a7b')
g.n('curl -s http://127.0.0.1:9100/metrics | grep node_filesystem_avail_bytes | head -3')
g.p("person_name", "# ran by Nguyễn Thị Hằng for CHG-20931, paired with mkowalczyk", "Nguyễn Thị Hằng", "mkowalczyk")
t = gh()
g.p("github_token", "git clone https://x-access-token:" + t + "@github.com/acme-ops/infra-live.git", t)
g.n('aws sts get-caller-identity --profile prod-readonly --region eu-central-1')
g.p("email", 'git config user.email "oluwaseun.adeyemi@gmail.com"', "oluwaseun.adeyemi@gmail.com")
g.n('history | grep -v -e password -e token > ~/notes/2024-03-11-session.txt')
g.n('sudo ss -s && uptime\n 02:47:13 up 21 days,  3:54,  1 user,  load average: 0.41, 0.38, 0.33')

# ===== 2 ======================================================================
g = G("g02-incident-chat-kafka")
g.n('[02:14] alertmanager: FIRING [2] Kafka Broker Down (cluster=events-prod, broker=kafka-2)')
g.p("person_name", "[02:14] paging Chukwuemeka (secondary) since Ifeoma is on PTO", "Chukwuemeka", "Ifeoma")
g.n('[02:15] looking. kafka-2 is in CrashLoopBackOff, last exit code 137')
g.n('[02:16] OOMKilled, limits are 8Gi and heap is -Xmx6g, page cache eats the rest')
g.n('[02:17] under-replicated partitions: 212, ISR shrink on topics orders.v3 and payments.settled')
pw = 'hX8#kfk-jmx-Ql2'
g.p("password", "[02:18] if you need the broker JMX it's user jmxmon pass " + pw + " , don't paste it in the ticket", pw)
g.n('[02:19] do NOT restart kafka-0 too, controller is on broker 0 (epoch 4417)')
g.p("person_name", "[02:20] @tuan.pham can you check producer retries on checkout?", "tuan.pham")
g.n('[02:22] bumped memory to 12Gi in PR #8812, waiting for Argo to sync')
t = xoxb()
g.p("slack_token", "[02:24] the kafka-bot is failing with invalid_auth, token in its env is " + t, t)
p_ = ph("+234 803 ### ####")
g.p("phone", "[02:25] no answer on Slack, calling his mobile " + p_, p_)
pw = 'n4Vd9Kq2LwXe'
g.p("connection_string", "[02:27] fraud-scorer offsets DB: postgresql://fraud_rw:" + pw + "@pg-fraud.int.acme-ops.net:5432/offsets?sslmode=require", pw)
g.n('[02:31] kafka-2 back, URP down to 0 at 02:30:47 UTC. consumer lag on fraud-scorer peaked at 1,284,903')
g.n('[02:33] Grafana link: https://grafana.int.acme-ops.net/d/kfk-ovw/kafka-overview?orgId=1&from=1710122400000&to=1710126000000')
g.n('[02:35] action items: alert on heap+page cache, not just RSS; Jenkins job kafka-soak needs a rerun')
g.n('[02:40] resolving. Incident INC-4471 stays open till the postmortem on Thursday')

# ===== 3 ======================================================================
g = G("g03-k8s-manifest-review")
g.n('env:\n  - name: DATABASE_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: ledger-db-credentials\n        key: password')
g.n('image: 123456789012.dkr.ecr.eu-central-1.amazonaws.com/ledger-api@sha256:3b1f0c9d8e2a4f6b7c5d9e1a0b2c4d6e8f0a1b3c5d7e9f1a2b4c6d8e0f1a3b5c')
g.n('review: the initContainer runs as root (runAsUser: 0), please set runAsNonRoot: true and fsGroup: 10001')
pw = 'cX9v2LkQ7mWpR4tZ'
g.p("password", 'stringData:\n  REDIS_PASSWORD: "' + pw + '"', pw)
g.n('auth:\n  existingSecret: redis-auth\n  existingSecretPasswordKey: redis-password')
g.p("person_name", "LGTM once the probe port is fixed — Agnieszka Wójcik", "Agnieszka Wójcik")
g.n('nit: readinessProbe hits /healthz on 8080 but the container listens on 8081 since v4.12.0.3')
g.n('# configmap rendered by kustomize\nbinaryData:\n  LOG_LEVEL: aW5mbw==\n  FEATURE_FLAGS: Y2hlY2tvdXQtdjIsbmV3LWxlZGdlcg==')
t = hx(32)
g.p("vendor_token", '- name: DD_API_KEY\n  value: "' + t + '"   # TODO move to secretKeyRef before merge', t)
g.p("person_name", "/assign @rkrishnamurthy @li.wei", "rkrishnamurthy", "li.wei")
g.n('podAntiAffinity topologyKey should be topology.kubernetes.io/zone, not kubernetes.io/hostname, we only have 3 nodes in eu-central-1c')
g.n('password: {{ .Values.postgresql.auth.password | quote }}  # rendered from sealed secret, leave as is')
txt, lines = pem("EC PRIVATE KEY", 3, indent="  ")
g.p("private_key", "tls.key: |\n" + txt, *lines)
g.n('annotations:\n  checksum/config: 9c1e7f2a0b3d5e6f8a9b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f')
g.p("email", 'metadata:\n  annotations:\n    owner: "fatima.alzahrani@acme-ops.com"', "fatima.alzahrani@acme-ops.com")
g.n('kubectl diff -f overlays/prod/ | grep -c "^[+-]"\n23')

# ===== 4 ======================================================================
g = G("g04-github-actions-ci-log")
g.n('Run actions/checkout@b4ffde65f46336ab88eb53be808477a3936bae11')
g.n('env:\n  NPM_TOKEN: ${{ secrets.NPM_TOKEN }}\n  AWS_REGION: eu-west-1')
g.p("person_name", "Author: Ngozi Okonkwo-Bello <ngozi.okonkwo@acme-ops.com>", "Ngozi Okonkwo-Bello", "ngozi.okonkwo@acme-ops.com")
g.n('#12 [builder 4/9] RUN npm ci --no-audit --prefer-offline\n#12 DONE 48.3s')
g.n('#19 exporting manifest sha256:7d2c9a41e0b35f86c1d4e7a90b23f5c68d1e4a7b0c39f2e58a6d1b4c7e0f3a92 done')
t = gh()
g.p("github_token", "remote: Invalid username or token. Password authentication is not supported for Git operations.\nfatal: Authentication failed for 'https://" + t + "@github.com/acme-ops/ledger.git/'", t)
g.n('Warning: The `set-output` command is deprecated and will be disabled soon. Please upgrade to using Environment Files.')
g.p("person_name", "triggered by: hiroshi-tanaka (re-run of attempt #2)", "hiroshi-tanaka")
t = npm()
g.p("vendor_token", "//registry.npmjs.org/:_authToken=" + t, t)
g.n('  ● LedgerService › rejects negative amounts\n\n    expect(received).toBe(expected)\n\n    Expected: 400\n    Received: 500')
g.n('Run aws-actions/configure-aws-credentials@v4\n  with:\n    role-to-assume: arn:aws:iam::123456789012:role/gha-deploy\n    aws-region: eu-west-1')
t = jwt({"aud": "sts.amazonaws.com", "iss": "https://token.actions.githubusercontent.com",
         "sub": "repo:acme-ops/ledger:ref:refs/heads/main", "ref": "refs/heads/main",
         "run_id": "8211934471", "iat": 1710123000, "exp": 1710123600}, "RS256", kid="1F2AB83404C08EC9EA0BB99DAED02186B091DBF4")
g.p("jwt", "DEBUG oidc: got id token " + t + " for aud sts.amazonaws.com", t)
ip = ip6()
g.p("ipv6", "curl: (7) Failed to connect to api.partner-bank.eu port 443 after 3012 ms: Couldn't connect to server (" + ip + ")", ip)
g.n('Secret source: Actions\nPrepare workflow directory\nJob ID 21948811203, runner image ubuntu-22.04 version 20240304.1.0')
g.n('Error: Process completed with exit code 1.')
g.n('Post job cleanup.\n/usr/bin/git config --local --unset-all http.https://github.com/.extraheader')

# ===== 5 ======================================================================
g = G("g05-support-ticket-billing")
g.n('Ticket #2281934 — Priority: P2 — Status: Waiting on Engineering')
g.p("person_name", "Requester: Małgorzata Zielińska-Nowak", "Małgorzata Zielińska-Nowak")
g.n('Customer reports double charge on order ORD-2024-0311-88412 placed 2024-03-09 18:42 CET')
g.n('Stripe event evt_3OsK2pLk9vQx7Tz41mN0aBcD shows payment_intent.succeeded twice, 41 seconds apart')
g.n('Amount: EUR 149.90 x2, card ending 4417, 3DS: authenticated')
c = card("4", 16, "space")
g.p("card", "Customer pasted full card in chat: " + c + " exp 09/27", c)
g.n('Internal note: refund one of the two charges via the admin console, do not ask the customer for the full card number')
t = "rk_live_" + rs(24)
g.p("vendor_token", "Agent note: used restricted key " + t + " to look up the charge, key should be rotated after this ticket", t)
g.n('Idempotency-Key header was missing on the retry from checkout-web v3.18.2 (build 7741)')
ib = iban("PL")
g.p("iban", "Refund by bank transfer please, IBAN " + ib, ib)
t = opaque(40)
g.p("bearer", 'curl -H "Authorization: Bearer ' + t + '" https://billing-admin.int.acme-ops.net/v1/charges?order=ORD-2024-0311-88412', t)
g.n('Related: PAY-1982, PAY-2004. Macro used: "Billing - duplicate charge - apology"')
g.n('SLA breach in 3h 12m. Escalated to Tier 2 (Billing Ops, Warsaw)')
pw = 'Marzenka1987!'
g.p("password", 'Customer wrote: "my password is ' + pw + ' if you need to log in and check"', pw)
g.n("Customer's browser: Mozilla/5.0 (Macintosh; Intel Mac OS X 14_3_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3.1 Safari/605.1.15")
g.n('Reply sent: please reset your password from the login page; support agents can never see or set it.')

# ===== 6 ======================================================================
g = G("g06-kubectl-pod-debugging")
g.n('NAME                         READY   STATUS             RESTARTS       AGE\nledger-api-7f9c6b8d5-x2kqp   1/1     Running            0              3d4h\nledger-api-7f9c6b8d5-m8zrt   0/1     CrashLoopBackOff   17 (2m ago)    3d4h')
g.n("kubectl -n payments describe pod ledger-api-7f9c6b8d5-m8zrt | sed -n '/Events/,$p'")
g.n('  Warning  BackOff    2m (x81 over 20m)  kubelet  Back-off restarting failed container ledger-api in pod ledger-api-7f9c6b8d5-m8zrt_payments(4c1d2e8f-9a7b-4f3e-8c21-6b0d5e9a1f47)')
g.p("person_name", "cc Rahul Deshpande, Zhang Wei (DBA), Oyelaran — can one of you check pg-ledger-0?", "Rahul Deshpande", "Zhang Wei", "Oyelaran")
g.n('kubectl get rs -n payments -l app=ledger-api\nNAME                   DESIRED   CURRENT   READY   AGE\nledger-api-7f9c6b8d5   2         2         1       3d4h\nledger-api-5d8b7c6f4   0         0         0       9d')
g.n("kubectl get secret ledger-db-credentials -n payments -o jsonpath='{.data}' | jq 'keys'\n[\n  \"password\",\n  \"username\"\n]")
pw = 'Ledg3r-Pr0d-2024!xq'
g.p("password", "kubectl get secret ledger-db-credentials -n payments -o jsonpath='{.data.password}' | base64 -d\n" + pw, pw)
g.n('Error: failed to connect to db: dial tcp 10.96.14.201:5432: connect: connection refused')
b = base64.b64encode(b"9fKq-Ldg!Rw2-2023").decode()
g.p("password", "data:\n  password: " + b + "\n  username: bGVkZ2VyX2FwcA==", b)
g.n("kubectl get nodes -o wide | awk '{print $1, $6}'\nip-10-0-12-47.eu-central-1.compute.internal 10.0.12.47\nip-10-0-33-190.eu-central-1.compute.internal 10.0.33.190")
ip = ip4()
g.p("ipv4", 'kubectl logs deploy/ledger-api -n payments | grep rate_limited | tail -1\n{"level":"warn","msg":"rate limited","client_ip":"' + ip + '","path":"/v1/transfers"}', ip)
g.n('kubectl top pod -n payments --sort-by=memory\nNAME                         CPU(cores)   MEMORY(bytes)\nledger-api-7f9c6b8d5-x2kqp   412m         1873Mi')
t = jwt({"aud": ["https://kubernetes.default.svc"], "exp": 1710127000, "iat": 1710123400,
         "iss": "https://oidc.eks.eu-central-1.amazonaws.com/id/5F2C81A9D0B34E17",
         "kubernetes.io": {"namespace": "payments", "serviceaccount": {"name": "ci-deployer", "uid": "0b6f1e2a-3c4d-4e5f-8a9b-0c1d2e3f4a5b"}},
         "nbf": 1710123400, "sub": "system:serviceaccount:payments:ci-deployer"}, "RS256", kid="q3X9vL2mZk8T")
g.p("jwt", "kubectl create token ci-deployer -n payments --duration=1h\n" + t, t)
g.n('Events: FailedMount MountVolume.SetUp failed for volume "kube-api-access-7xk2p" : object "payments"/"kube-root-ca.crt" not registered')
g.p("person_name", 'kubectl annotate deploy/ledger-api -n payments kubernetes.io/change-cause="hotfix by Mateus Albuquerque"', "Mateus Albuquerque")
g.n('kubectl -n payments port-forward svc/ledger-api 18080:8080\nForwarding from 127.0.0.1:18080 -> 8080\nForwarding from [::1]:18080 -> 8080')

# ===== 7 ======================================================================
g = G("g07-postgres-dba-session")
g.n("ledger=# SELECT pid, usename, state, now() - query_start AS runtime FROM pg_stat_activity WHERE state <> 'idle' ORDER BY runtime DESC LIMIT 5;")
g.n('  pid  |  usename   | state  |     runtime\n-------+------------+--------+-----------------\n 48211 | ledger_app | active | 00:41:07.118203')
pw = 'r3pl-Zx81!vGqTm'
g.p("password", "ALTER ROLE replicator WITH PASSWORD '" + pw + "';", pw)
g.n("ledger=# SELECT pg_size_pretty(pg_total_relation_size('transfers'));\n pg_size_pretty\n----------------\n 412 GB")
g.n("ALTER ROLE ledger_app VALID UNTIL '2024-06-30';  -- password expiry, rotation ticket SEC-771")
e = "thu.tran.1992@yahoo.com"
g.p("email", "ledger=# SELECT id, email FROM users WHERE id = 88213;\n  id   |          email\n-------+-------------------------\n 88213 | " + e, e)
g.n('ERROR:  duplicate key value violates unique constraint "transfers_idempotency_key_key"\nDETAIL:  Key (idempotency_key)=(0c9f7a2e-51d4-4b8e-9e36-2f1a7c4d8b90) already exists.')
pw = 'Pq8sW2nLx0vBrE'
g.p("connection_string", 'psql "host=pg-ledger-0.int.acme-ops.net port=5432 dbname=ledger user=postgres password=' + pw + ' sslmode=verify-full"', pw)
g.n('pg_dump -Fc -h 10.42.9.3 -U postgres -d ledger -f /backup/ledger-20240311T0200Z.dump')
s_ = ssn()
g.p("ssn", "-- legacy KYC table still has plaintext values: 88213 | " + s_ + " | verified", s_)
g.n('2024-03-11 02:03:41.117 UTC [48211] LOG:  checkpoint complete: wrote 18342 buffers (11.2%); 0 WAL file(s) added, 3 removed, 0 recycled; write=269.9 s')
pw = 'ykR7%40mN2qLp9'
g.p("connection_string", "export DATABASE_URL=postgres://ledger_app:" + pw + "@10.42.9.3:6432/ledger", pw)
g.n('hba: hostssl ledger ledger_app 10.42.0.0/16 scram-sha-256')
g.p("person_name", "ledger=# UPDATE customers SET display_name = 'Abdulrahman Al-Farsi' WHERE id = 88213;", "Abdulrahman Al-Farsi")
g.n("CREATE INDEX CONCURRENTLY idx_transfers_created_at ON transfers (created_at) WHERE status = 'pending';")
g.n('SELECT count(*) FROM users WHERE password_hash IS NULL;  -- 0 rows, good')

# ===== 8 ======================================================================
g = G("g08-terraform-plan")
g.n('Terraform will perform the following actions:\n\n  # aws_db_instance.ledger will be updated in-place\n  ~ resource "aws_db_instance" "ledger" {')
g.n('      ~ password = (sensitive value)\n        # (41 unchanged attributes hidden)')
k, s = akid(), aws_secret()
g.p("aws_key", 'provider "aws" {\n  region     = "eu-central-1"\n  access_key = "' + k + '"\n  secret_key = "' + s + '"\n}', k, s)
g.n('Plan: 3 to add, 1 to change, 0 to destroy.')
g.n('  ~ cidr_blocks = ["10.42.0.0/16"] -> ["10.42.0.0/16", "100.64.0.0/10"]')
g.p("person_name", "# Owner: Eero Mäkinen (platform), reviewer: Siddharth Iyer", "Eero Mäkinen", "Siddharth Iyer")
g.n('module.vpc.aws_subnet.private["eu-central-1a"]: Refreshing state... [id=subnet-0a1b2c3d4e5f67890]')
t1, t2 = hx(32), hx(40)
g.p("vendor_token", 'provider "datadog" {\n  api_key = "' + t1 + '"\n  app_key = "' + t2 + '"\n}', t1, t2)
g.n('variable "db_password" {\n  type      = string\n  sensitive = true\n}')
ip = ip4()
g.p("ipv4", '  ~ allowed_ips = ["10.42.0.0/16"] -> ["10.42.0.0/16", "' + ip + '/32"]  # contractor home IP for break-glass', ip)
g.n('Error: error creating IAM Role (gha-deploy): EntityAlreadyExists: Role with name gha-deploy already exists.\n\tstatus code: 409, request id: 5b8e2c1f-7d3a-4a9e-b6c0-1f2e3d4c5b6a'.replace("\t", "    "))
pw = 'Tf-Rds-9qLm2Wx7Kc'
g.p("password", '  + master_password = "' + pw + '"  # FIXME hardcoded, move to random_password', pw)
g.n('Acquiring state lock. This may take a few moments...\nLock Info:\n  ID:        f7c2a9e1-3b4d-4c5e-8f6a-7b8c9d0e1f2a\n  Path:      acme-tfstate/prod/network.tfstate\n  Who:       runner@gl-runner-07')
g.n('terraform import aws_route53_record.api Z0418273GKQ2V1W9HX8E_api.acme-ops.com_A')
g.p("email", '  + tags = { CostCenter = "CC-4410", Owner = "bartosz.lewandowski@acme-ops.com" }', "bartosz.lewandowski@acme-ops.com")
g.n('provider "registry.terraform.io/hashicorp/aws" {\n  version     = "5.40.0"\n  constraints = "~> 5.0"\n  hashes = [\n    "h1:KfZ8uGhPtdyIMw2PchcPWOFeVw2X9HLEhFvS5kRW7Zg=",\n  ]\n}')

# ===== 9 ======================================================================
g = G("g09-nginx-access-logs")
g.n('10.42.3.17 - - [11/Mar/2024:02:14:07 +0000] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.28" 0.001')
g.n('127.0.0.1 - - [11/Mar/2024:02:14:09 +0000] "GET /nginx_status HTTP/1.1" 200 97 "-" "Prometheus/2.50.1"')
ip = ip4()
g.p("ipv4", ip + ' - - [11/Mar/2024:02:20:01 +0000] "POST /v1/login HTTP/1.1" 429 61 "-" "Mozilla/5.0 (Linux; Android 14; SM-S918B)"', ip)
g.n('2024/03/11 02:15:33 [error] 2917#2917: *884213 upstream timed out (110: Connection timed out) while reading response header from upstream, client: 10.42.8.201, server: api.acme-ops.com, request: "POST /v1/transfers HTTP/1.1", upstream: "http://10.96.14.88:8080/v1/transfers"')
g.n("log_format main '$remote_addr - $remote_user [$time_local] \"$request\" $status $body_bytes_sent \"$http_referer\" \"$http_user_agent\" $request_time';")
t = opaque(52)
g.p("bearer", '10.42.8.201 - - [11/Mar/2024:02:18:11 +0000] "GET /internal/export HTTP/1.1" 401 0 "-" "python-requests/2.31.0" auth="Bearer ' + t + '"', t)
g.n('proxy_set_header Authorization "";  # strip client auth before forwarding to legacy upstream')
g.n('set_real_ip_from 10.42.0.0/16;\nset_real_ip_from 100.64.0.0/10;\nreal_ip_header X-Forwarded-For;')
ip = ip6()
g.p("ipv6", ip + ' - - [11/Mar/2024:02:20:44 +0000] "GET /v1/me HTTP/2.0" 200 812 "-" "AcmeBank/5.4.1 (iPhone; iOS 17.3.1)"', ip)
pw = 'Rp0rt-Svc-88aa'
g.p("password", '10.42.3.17 - - [11/Mar/2024:02:19:30 +0000] "GET /legacy/login?user=svc_report&password=' + pw + ' HTTP/1.1" 302 0 "-" "curl/7.81.0"', pw)
g.n('172.20.0.5 - - [11/Mar/2024:02:16:41 +0000] "GET /api/v2/orders?page=3&per_page=100 HTTP/1.1" 200 48213 "-" "okhttp/4.12.0" 0.231')
g.n('fe80::a8c1:abff:fe12:3456 - - [11/Mar/2024:02:17:02 +0000] "GET /metrics HTTP/1.1" 200 18234 "-" "curl/8.5.0"')
e = "adaeze.nwosu%40outlook.com"
g.p("email", '10.42.8.201 - - [11/Mar/2024:02:21:05 +0000] "GET /v1/users/lookup?email=' + e + ' HTTP/1.1" 200 344 "-" "support-console/2.3.0"', e)
t = jwt({"sub": "cus_88213", "scope": "ws:subscribe", "iat": 1710123540, "exp": 1710124440, "jti": "c1f0e7a2-9b4d-4c3e-8a61-2f5d7b9e0a14"})
g.p("jwt", '10.42.8.201 - - [11/Mar/2024:02:22:17 +0000] "GET /ws?access_token=' + t + ' HTTP/1.1" 101 0 "-" "AcmeBank/5.4.1"', t)
g.n('X-Request-ID: 7c4e9a1b2d3f4e5a8b6c0d1e2f3a4b5c upstream_response_time=2.004 status=504')
g.n('nginx: [warn] "ssl_stapling" ignored, issuer certificate not found for certificate "/etc/nginx/tls/api.acme-ops.com.crt"')

# ===== 10 =====================================================================
g = G("g10-alertmanager-payloads")
g.n('{"receiver":"pagerduty-sre","status":"firing","alerts":[{"labels":{"alertname":"KafkaBrokerDown","severity":"critical","cluster":"events-prod"},"startsAt":"2024-03-11T02:13:47.211Z"}]}')
g.n('{"labels":{"alertname":"HighErrorRate","service":"checkout-api","namespace":"shop"},"annotations":{"summary":"5xx ratio above 5% for 10m","runbook_url":"https://runbooks.int.acme-ops.net/checkout/high-error-rate"}}')
url, sec = slack_hook()
g.p("webhook", "receivers:\n  - name: slack-sre\n    slack_configs:\n      - api_url: " + url + "\n        channel: '#sre-alerts'", sec)
g.n('"fingerprint":"a3f9c1e27b4d8065","generatorURL":"http://prometheus-k8s-0:9090/graph?g0.expr=up%7Bjob%3D%22kafka%22%7D+%3D%3D+0&g0.tab=1"')
g.p("person_name", '"annotations":{"summary":"disk full on build box","owner":"Oluwadamilare Adebayo"}', "Oluwadamilare Adebayo")
g.n('"groupKey":"{}/{severity=\\"critical\\"}:{alertname=\\"KafkaBrokerDown\\"}","truncatedAlerts":0')
g.n('route:\n  receiver: slack-sre\n  group_by: [alertname, cluster]\n  routes:\n    - matchers: [severity="critical"]\n      receiver: pagerduty-sre')
t = hx(32)
g.p("vendor_token", "  - name: pagerduty-sre\n    pagerduty_configs:\n      - routing_key: " + t + "   # Events v2 integration key", t)
g.n('receivers:\n  - name: pagerduty-sre\n    pagerduty_configs:\n      - routing_key_file: /etc/alertmanager/secrets/pd-routing-key')
g.n('[FIRING:1] DiskWillFillIn4Hours node-exporter ip-10-0-33-190 /var/lib/docker 7.3% left (2.1GiB of 29.4GiB)')
g.p("person_name", "Acked by Trần Minh Quân via PagerDuty at 02:16 UTC", "Trần Minh Quân")
g.n('[RESOLVED] CertificateExpiringSoon api.acme-ops.com expires 2024-04-02T23:59:59Z (22 days) — renewed by cert-manager')
url, sec = discord_hook()
g.p("webhook", "  - name: discord-homelab-mirror\n    webhook_configs:\n      - url: " + url, sec)
p_ = ph("+48 601 ### ###")
g.p("phone", '"annotations":{"escalation":"call duty manager on ' + p_ + '"}', p_)
g.n('Silence 5f0d3a6b-2c1e-4f7a-9b8d-0e1c2a3b4d5f created via alertmanager-ui until 2024-03-11T06:00:00Z: matcher alertname="Watchdog"')
g.n('  - name: slack-sre\n    slack_configs:\n      - api_url_file: /etc/alertmanager/secrets/slack-webhook\n        send_resolved: true')

# ===== 11 =====================================================================
g = G("g11-git-log-code-review")
g.n('commit 8e1f4c2a9b7d3e5f6a0c1b2d4e6f8a9c0b1d3e5f\nMerge: 3c9a1f2 7b4e8d0')
g.n('Author: dependabot[bot] <49699333+dependabot[bot]@users.noreply.github.com>\nDate:   Mon Mar 11 02:41:17 2024 +0000\n\n    Bump golang.org/x/net from 0.21.0 to 0.23.0')
g.p("person_name", "Author: Wiktoria Kamińska <wiktoria.kaminska@acme-ops.com>\nDate:   Fri Mar 8 16:02:55 2024 +0100", "Wiktoria Kamińska", "wiktoria.kaminska@acme-ops.com")
g.n('Co-authored-by: renovate[bot] <29139614+renovate[bot]@users.noreply.github.com>')
t = gh()
g.p("github_token", '+  GITHUB_TOKEN = "' + t + '"  // temp for local testing, remove', t)
g.n('git rebase -i HEAD~4 && git push --force-with-lease origin feat/ledger-idempotency')
g.n('git remote -v\norigin  git@github.com:acme-ops/ledger.git (fetch)\norigin  git@github.com:acme-ops/ledger.git (push)')
g.p("person_name", "Signed-off-by: Adewale Ogunleye <a.ogunleye@acme-ops.com>\nReviewed-by: Kim Ngân Lê", "Adewale Ogunleye", "a.ogunleye@acme-ops.com", "Kim Ngân Lê")
g.n('-    token := os.Getenv("LEDGER_API_TOKEN")\n+    token, err := secrets.Load(ctx, "ledger/api-token")\n+    if err != nil {\n+        return fmt.Errorf("load api token: %w", err)\n+    }')
t = glpat()
g.p("gitlab_token", "+# mirror: https://oauth2:" + t + "@gitlab.acme-ops.net/platform/ledger.git", t)
g.n('review: please don\'t log the password field even at debug level — use redact.String() like in auth/middleware.go:142')
g.n('d41d8cd98f00b204e9800998ecf8427e  ledger-4.12.0.3-linux-amd64.tar.gz.md5')
g.p("person_name", "blame says line 142 is from jgarcia-lopez, 2 years ago", "jgarcia-lopez")
txt, lines = pem("OPENSSH PRIVATE KEY", 5, lp="+")
g.p("private_key", "diff --git a/deploy/id_ed25519 b/deploy/id_ed25519\nnew file mode 100600\n" + txt, *lines)
g.n('git bisect good 5a7c3e1\ngit bisect bad v4.12.0\nBisecting: 37 revisions left to test after this (roughly 5 steps)')
g.n(".gitleaks.toml: [allowlist] paths = ['''testdata/.*''', '''docs/examples/.*''']")

# ===== 12 =====================================================================
g = G("g12-docker-registry-session")
g.n('CONTAINER ID   IMAGE                                  COMMAND                  CREATED       STATUS                  PORTS                      NAMES\n3f9a1c7e2b4d   redis:7.2.4-alpine                     "docker-entrypoint.s…"   2 hours ago   Up 2 hours (healthy)    127.0.0.1:6379->6379/tcp   cache\n9b2e4d6f8a0c   ghcr.io/acme-ops/ledger-api:4.12.0.3   "/app/ledger"            2 hours ago   Restarting (1) 9s ago                              ledger')
g.n('docker pull ghcr.io/acme-ops/ledger-api@sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855')
t = "dckr_pat_" + rs(27, ALNUM + "-_")
g.p("vendor_token", "docker login -u acmeci -p " + t, t)
g.n('Digest: sha256:4c8a1f9e2d7b3c6a5e0f1d2c3b4a59687a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d\nStatus: Downloaded newer image for ghcr.io/acme-ops/ledger-api:4.12.0.3')
g.p("person_name", 'LABEL maintainer="Pham Quoc Bao"', "Pham Quoc Bao")
g.n('docker login ghcr.io -u acme-ci --password-stdin < /run/secrets/ghcr_pat')
g.n('WARNING! Your password will be stored unencrypted in /root/.docker/config.json.\nConfigure a credential helper to remove this warning. See\nhttps://docs.docker.com/engine/reference/commandline/login/#credential-stores')
b = base64.b64encode(b"ci-pusher:Hb9-Push!r3g-2024").decode()
g.p("password", '{"auths":{"registry.int.acme-ops.net":{"auth":"' + b + '"}}}', b)
g.n('docker system df\nTYPE            TOTAL     ACTIVE    SIZE      RECLAIMABLE\nImages          41        7         18.42GB   15.9GB (86%)')
g.p("email", 'LABEL org.opencontainers.image.authors="l.okafor@protonmail.com"', "l.okafor@protonmail.com")
g.n("docker inspect --format '{{.NetworkSettings.Networks.bridge.IPAddress}} {{.NetworkSettings.Networks.bridge.MacAddress}}' cache\n172.17.0.3 02:42:ac:11:00:03")
t = gh("gho_")
g.p("github_token", "echo " + t + " | docker login ghcr.io -u acme-ci --password-stdin", t)
g.n('ARG NPM_TOKEN\nRUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci --omit=dev')
g.n('docker run --rm -e POSTGRES_PASSWORD=changeme -p 5432:5432 postgres:16.2')
ip = ip4()
g.p("ipv4", 'docker logs ledger 2>&1 | tail -1\n{"ts":"2024-03-11T02:44:10Z","level":"info","msg":"login ok","remote":"' + ip + ':51544"}', ip)
g.n('Error response from daemon: Get "https://registry-1.docker.io/v2/": net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers)')

# ===== 13 =====================================================================
g = G("g13-helm-values-review")
g.n('helm upgrade --install ledger ./charts/ledger -n payments -f values-prod.yaml --set image.tag=4.12.0.3 --atomic --timeout 10m')
g.n('postgresql:\n  auth:\n    existingSecret: ledger-pg\n    secretKeys:\n      adminPasswordKey: postgres-password\n      userPasswordKey: password')
t = nrak()
g.p("vendor_token", 'newrelic:\n  licenseKey: ""\n  apiKey: "' + t + '"', t)
g.n('ingress:\n  hosts:\n    - host: ledger.acme-ops.com\n  tls:\n    - secretName: ledger-tls\n      hosts: [ledger.acme-ops.com]')
g.p("person_name", "# values-prod.yaml reviewed by Karthikeyan S. and Huong Do", "Karthikeyan S.", "Huong Do")
g.n('Release "ledger" has been upgraded. Happy Helming!\nNAME: ledger\nLAST DEPLOYED: Mon Mar 11 03:02:14 2024\nNAMESPACE: payments\nSTATUS: deployed\nREVISION: 57')
g.n('Error: UPGRADE FAILED: another operation (install/upgrade/rollback) is in progress')
pw = 'Rb7-mQ2xLw9p'
g.p("connection_string", "rabbitmq:\n  url: amqp://ledger:" + pw + "@rabbitmq.payments.svc:5672/ledger", pw)
g.n('apiKey: "<your-api-key-here>"   # leave placeholder, injected by ExternalSecret')
g.n('redis:\n  auth:\n    password: ""   # set via --set-file in CI, never commit')
g.p("person_name", "notes: @olamide.f please double-check the HPA min replicas before Thursday", "olamide.f")
g.n('extraEnv:\n  - name: SENTRY_DSN\n    valueFrom:\n      secretKeyRef: {name: ledger-sentry, key: dsn}')
t = xoxb()
g.p("slack_token", 'slack:\n  botToken: ' + t + '\n  channel: "#ledger-deploys"', t)
g.n('helm history ledger -n payments --max 2\nREVISION  UPDATED                   STATUS      CHART          APP VERSION  DESCRIPTION\n55        Fri Mar  8 16:20:11 2024  superseded  ledger-2.9.1   4.11.7       Upgrade complete\n56        Mon Mar 11 02:58:40 2024  failed      ledger-2.10.0  4.12.0.3     Upgrade "ledger" failed: timed out waiting for the condition')
ip = ip6()
g.p("ipv6", "loadBalancerSourceRanges:\n  - 10.42.0.0/16\n  - " + ip + "/128   # partner's office", ip)
g.n('serviceMonitor:\n  enabled: true\n  interval: 30s\n  scrapeTimeout: 10s')

# ===== 14 =====================================================================
g = G("g14-oncall-handover")
g.n('Handover 2024-03-11 08:00 CET — EU on-call → US on-call')
g.p("person_name", "Handing over to Santiago Ramírez (primary) and Nkechi Eze (secondary); escalation: Marek Dąbrowski", "Santiago Ramírez", "Nkechi Eze", "Marek Dąbrowski")
g.n('1. Kafka Broker Down (events-prod) resolved 02:40, postmortem Thursday 14:00 in room "Helsinki"')
g.n('2. CertificateExpiringSoon for api.acme-ops.com auto-renewed, nothing to do')
g.n('3. Rotate the token for the Grafana service account before Friday, it expires on 2024-03-15')
g.n('4. Jenkins agent jnk-agent-04 out of disk again (/var/lib/jenkins 97%), cleaned workspace, ticket OPS-14432')
pw = 'Jnk!ns-BrkGl4ss-77'
g.p("password", "6. Break-glass login for the old Jenkins VM: admin / " + pw + " (yes I know, rotating it tomorrow)", pw)
g.n('5. The password for the shared ops mailbox is in 1Password vault "SRE Shared" under "ops-mailbox" — do not paste it here')
p_ = ph("+34 612 ### ###")
g.p("phone", "Santi's backup number while travelling: " + p_, p_, "Santi")
g.n('Pager volume last 24h: 14 pages, 9 actionable, MTTA 3m12s, MTTR 41m')
t = opaque(44)
g.p("bearer", '7. Status page updates: curl -X PATCH -H "Authorization: Bearer ' + t + '" https://status.acme-ops.com/api/v1/incidents/inc-4471', t)
g.n('Upcoming: São Paulo region (sa-east-1) maintenance window Sat 02:00-04:00 BRT, CHG-20977')
t = glrt()
g.p("gitlab_token", "8. Runner auth token for the two new runners (gl-runner-08/09): " + t, t)
g.n('Known noisy alert: Watchdog from prometheus-k8s-1 flaps every ~6h, silenced until Monday')
g.p("person_name", "FYI priya.venkataraman is out Wed-Thu, swap approved by Jukka", "priya.venkataraman", "Jukka")
g.n('Runbook if ledger-api crashloops again: https://runbooks.int.acme-ops.net/ledger/crashloop#step-3')

# ===== 15 =====================================================================
g = G("g15-java-stacktrace-app-logs")
g.n('Exception in thread "kafka-producer-network-thread | producer-1" java.lang.OutOfMemoryError: Java heap space')
g.n('    at org.apache.kafka.common.memory.MemoryPool$1.tryAllocate(MemoryPool.java:30)\n    at org.apache.kafka.common.network.NetworkReceive.readFrom(NetworkReceive.java:102)')
pw = 'Sq1-L3g4cy-ro!'
g.p("connection_string", "2024-03-11T02:15:35Z DEBUG HikariConfig - jdbcUrl.........jdbc:sqlserver://sql-legacy.int.acme-ops.net:1433;databaseName=Ledger;user=ledger_ro;password=" + pw + ";encrypt=true", pw)
g.n('Caused by: org.postgresql.util.PSQLException: FATAL: password authentication failed for user "ledger_app"\n    at org.postgresql.core.v3.ConnectionFactoryImpl.doAuthentication(ConnectionFactoryImpl.java:693)')
g.p("email", "WARN c.a.l.notify.EmailSender - bounce for recipient giang.vo.1994@gmail.com (550 5.1.1 user unknown)", "giang.vo.1994@gmail.com")
g.n('2024-03-11T02:15:33.481Z ERROR 1 --- [nio-8080-exec-7] c.a.l.api.TransferController : Transfer 0c9f7a2e-51d4-4b8e-9e36-2f1a7c4d8b90 failed traceId=4bf92f3577b34da6a3ce929d0e0e4736 spanId=00f067aa0ba902b7')
g.n('HikariPool-1 - Connection is not available, request timed out after 30000ms (total=20, active=20, idle=0, waiting=143)')
t = jwt({"sub": "usr_4410291", "iss": "https://auth.acme-ops.com", "aud": "ledger-api", "scope": "transfers:write", "iat": 1710122400, "exp": 1710123300}, "RS256", kid="ledger-2024-02")
g.p("jwt", "DEBUG c.a.l.security.TokenValidator - validating " + t, t)
g.n('spring.datasource.password=${LEDGER_DB_PASSWORD}\nspring.datasource.url=jdbc:postgresql://pg-ledger:5432/ledger')
c = card("5" + str(R.randint(1, 5)), 16)
g.p("card", "ERROR c.a.l.payments.CardValidator - invalid expiry for pan=" + c + " exp=13/26", c)
g.n('-XX:+HeapDumpOnOutOfMemoryError -XX:HeapDumpPath=/dumps/ledger-api-7f9c6b8d5-m8zrt-1710123333.hprof')
t = sendgrid()
g.p("vendor_token", "ERROR c.a.l.mail.Mailer - SendGrid 401 Unauthorized for key " + t, t)
g.n('Mar 11, 2024 2:15:34 AM org.apache.catalina.core.StandardWrapperValve invoke\nSEVERE: Servlet.service() for servlet [dispatcherServlet] threw exception')
g.p("person_name", 'INFO c.a.l.kyc.KycService - manual review assigned: customer="Chidinma Nwachukwu-Eze" reviewer=wkowalski', "Chidinma Nwachukwu-Eze", "wkowalski")
g.n('{"@timestamp":"2024-03-11T02:16:02.117Z","level":"WARN","logger":"c.a.l.security.TokenValidator","message":"token expired","exp":1710123300,"now":1710123362}')
g.n('    at com.acme.ledger.service.TransferService.execute(TransferService.java:218) ~[ledger-core-4.12.0.3.jar!/:4.12.0.3]')

# ===== 16 =====================================================================
g = G("g16-network-debugging")
g.n('ip -br addr\nlo               UNKNOWN        127.0.0.1/8 ::1/128\neth0             UP             10.0.12.47/20 fe80::8a3:1cff:fe5e:2b41/64')
g.n('ip link show eth0\n2: eth0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 9001 qdisc mq state UP mode DEFAULT group default qlen 1000\n    link/ether 0a:3f:91:c2:7d:e4 brd ff:ff:ff:ff:ff:ff')
k, s, st = akid("ASIA"), aws_secret(), aws_session()
g.p("aws_key", 'curl -s http://169.254.169.254/latest/meta-data/iam/security-credentials/ledger-node-role\n{"Code":"Success","Type":"AWS-HMAC","AccessKeyId":"' + k + '","SecretAccessKey":"' + s + '","Token":"' + st + '","Expiration":"2024-03-11T08:41:07Z"}', k, s, st)
g.n("ss -tlnp | grep -E ':(5432|6432|9187)'\nLISTEN 0      4096         0.0.0.0:6432      0.0.0.0:*    users:((\"pgbouncer\",pid=1187,fd=7))")
ip = ip4()
g.p("ipv4", "last -i | head -2\nops      pts/0        " + ip + "    Mon Mar 11 02:09   still logged in", ip)
g.n('netstat -rn\nKernel IP routing table\nDestination     Gateway         Genmask         Flags   MSS Window  irtt Iface\n0.0.0.0         10.0.0.1        0.0.0.0         UG        0 0          0 eth0\n169.254.169.254 0.0.0.0         255.255.255.255 UH        0 0          0 eth0')
g.n("tcpdump -nni eth0 'tcp port 5432 and host 10.42.9.3' -c 20 -w /tmp/pg-20240311.pcap")
wg = base64.b64encode(rbytes(32)).decode()
g.p("private_key", "cat /etc/wireguard/wg0.conf\n[Interface]\nPrivateKey = " + wg + "\nAddress = 10.99.0.2/32\nListenPort = 51820", wg)
g.n('traceroute to 192.0.2.44 (192.0.2.44), 30 hops max, 60 byte packets\n 1  10.0.0.1  0.412 ms\n 2  100.65.12.1  1.208 ms\n 3  * * *')
ip = ip6()
g.p("ipv6", "sshd[2214]: Accepted publickey for deploy from " + ip + " port 51022 ssh2: ED25519 SHA256:Xq3v9kZp0mT2rL8wYbN4cJ7hF1dG6sA5eR0uI9oP3Qk", ip)
g.n('dig +short api.acme-ops.com\n198.51.100.23\n203.0.113.87')
g.n('ping6 -c 2 2001:db8:4f2a::17\nPING 2001:db8:4f2a::17(2001:db8:4f2a::17) 56 data bytes\nFrom fd00:ec2::254 icmp_seq=1 Destination unreachable: No route')
p1, p2 = 'Snmp-Auth-4411x', 'Snmp-Priv-9927q'
g.p("password", "snmpwalk -v3 -u monitor -l authPriv -a SHA -A '" + p1 + "' -x AES -X '" + p2 + "' 10.0.0.1 sysUpTime", p1, p2)
g.n('arp -an | head -2\n? (10.0.0.1) at 0a:8b:2c:11:4d:9e [ether] on eth0\n? (10.0.12.1) at 0a:8b:2c:11:4d:9f [ether] on eth0')
g.p("person_name", "sshd[2230]: Accepted publickey for kwame.mensah from 10.42.3.17 port 40112 ssh2", "kwame.mensah")
g.n('curl -s http://169.254.169.254/latest/meta-data/instance-id\ni-0f3a9c2e7b1d45a68')

# ===== 17 =====================================================================
g = G("g17-vault-migration-chat")
g.n("we're moving everything from .env files to Vault KV v2 this sprint, path convention is secret/<team>/<service>/<name>")
g.p("person_name", "@Aarav Mehta @Fatima Zahra Benali can you migrate the payments secrets by Friday?", "Aarav Mehta", "Fatima Zahra Benali")
g.n('vault kv get -field=api_key secret/payments/stripe  ← use this, never echo the output into Slack')
g.n('vault policy write ledger-ro - <<EOF\npath "secret/data/payments/ledger/*" { capabilities = ["read"] }\nEOF')
t = "hvs." + rs(24)
g.p("vendor_token", "export VAULT_TOKEN=" + t + "   # root-ish token from the bootstrap, please revoke", t)
g.n('Key                Value\n---                -----\ncreated_time       2024-03-11T09:12:44.981Z\ndeletion_time      n/a\ndestroyed          false\nversion            7')
g.n('anyone know if External Secrets Operator supports Vault KV v2 with the kubernetes auth method? the docs say remoteRef.key: payments/ledger')
txt, lines = pem("RSA PRIVATE KEY", 6)
g.p("private_key", "here's the key from the old .env, please put it in vault:\n" + txt, *lines)
g.n('yes: spec.provider.vault.auth.kubernetes.role = ledger, mountPath = kubernetes-prod')
g.p("person_name", "thanks ewa.nowak 🙏 merged", "ewa.nowak")
g.n('reminder: key rotation runbook is RB-112 — rotate the token, then the password, then revoke the old lease')
k, s = akid(), aws_secret()
g.p("aws_key", "old .env had\nAWS_ACCESS_KEY_ID=" + k + "\nAWS_SECRET_ACCESS_KEY=" + s, k, s)
g.n('the secret shows as "****" in the UI because you lack the read capability, not because it\'s empty')
g.p("email", "Vault audit: auth method oidc, display_name oidc-linh.hoang@acme-ops.com, policies [default sre]", "linh.hoang@acme-ops.com")
g.n('AWS example creds from the docs (AKIAIOSFODNN7EXAMPLE / wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY) work with localstack, use those in tests')
g.n('vault lease revoke -prefix database/creds/ledger-ro\nAll revocation operations queued successfully!')

# ===== 18 =====================================================================
g = G("g18-gitlab-ci-pipeline")
g.n('Running with gitlab-runner 16.9.1 (782c6ecb)\n  on gl-runner-07 xT9kQ2mZ, system ID: s_4f2a9c1e7b3d')
g.n('Preparing the "docker" executor\nUsing Docker executor with image registry.gitlab.com/acme-ops/ci-images/go:1.22.1 ...')
t = glpat()
g.p("gitlab_token", '$ curl --header "PRIVATE-TOKEN: ' + t + '" https://gitlab.acme-ops.net/api/v4/projects/412/variables', t)
g.n('$ echo "$CI_REGISTRY_PASSWORD" | docker login -u "$CI_REGISTRY_USER" --password-stdin "$CI_REGISTRY"\nLogin Succeeded')
g.p("person_name", "Triggered by Dr. Olufunmilayo Bakare-Johnson via merge request !2291", "Olufunmilayo Bakare-Johnson")
g.n('$ go test ./... -race -count=1\nok  \tgitlab.acme-ops.net/platform/ledger/internal/transfer\t4.812s\tcoverage: 81.3% of statements'.replace("\t", "    "))
g.n('Uploading artifacts for successful job\nUploading artifacts as "archive" to coordinator... 201 Created  id=6291847 responseStatus=201 Created token=xT9kQ2mZ')
t = pypi()
g.p("vendor_token", "$ twine upload -u __token__ -p " + t + " dist/*", t)
g.n('variables:\n  DOCKER_TLS_CERTDIR: "/certs"\n  POSTGRES_HOST_AUTH_METHOD: trust')
g.n('deploy:prod:\n  stage: deploy\n  environment: production\n  rules:\n    - if: $CI_COMMIT_TAG =~ /^v\\d+\\.\\d+\\.\\d+(\\.\\d+)?$/')
g.p("person_name", "commit author: NGUYEN Van Duc <duc.nguyen@acme-ops.com>", "NGUYEN Van Duc", "duc.nguyen@acme-ops.com")
g.n('Job succeeded\nPipeline #1184422 passed for 8e1f4c2a on v4.12.0.3 in 14 minutes 52 seconds')
t = glpat()
g.p("gitlab_token", "$ git push https://ci-bot:" + t + "@gitlab.acme-ops.net/platform/ledger.git HEAD:refs/tags/v4.12.0.3", t)
g.n('WARNING: Uploading artifacts as "dotenv" to coordinator... POST https://gitlab.acme-ops.net/api/v4/jobs/6291847/artifacts: 400 Bad Request (Invalid dotenv file)')
g.p("email", '$ git config --global user.email "sofia.martinez.ruiz@hotmail.es"', "sofia.martinez.ruiz@hotmail.es")
g.n('$ curl --header "JOB-TOKEN: $CI_JOB_TOKEN" --upload-file ledger.tar.gz "${CI_API_V4_URL}/projects/${CI_PROJECT_ID}/packages/generic/ledger/4.12.0.3/ledger.tar.gz"')

# ===== 19 =====================================================================
g = G("g19-promql-logql-grafana")
g.n('sum by (service) (rate(http_requests_total{namespace="shop",code=~"5.."}[5m])) / sum by (service) (rate(http_requests_total{namespace="shop"}[5m])) > 0.05')
g.n('histogram_quantile(0.99, sum by (le, route) (rate(http_request_duration_seconds_bucket{service="ledger-api"}[10m])))')
t = "glsa_" + rs(32) + "_" + hx(8)
g.p("bearer", 'curl -H "Authorization: Bearer ' + t + '" https://grafana.int.acme-ops.net/api/dashboards/uid/kfk-ovw', t)
g.n('{namespace="payments", app="ledger-api"} |= "password authentication failed" | json | line_format "{{.pod}} {{.msg}}"')
ip = ip4()
g.p("ipv4", 'topk(5, sum by (client_ip) (rate(nginx_http_requests_total[5m])))\n{client_ip="' + ip + '"} 412.7', ip)
g.n('count_over_time({job="nginx"} |~ "token=[A-Za-z0-9]+" [1h])')
g.n('kube_pod_container_status_restarts_total{namespace="payments",pod=~"ledger-api-.*"} offset 1h')
t = "glc_" + base64.b64encode(rbytes(96)).decode().rstrip("=")
g.p("vendor_token", "remote_write:\n  - url: https://prometheus-prod-24-prod-eu-west-2.grafana.net/api/prom/push\n    basic_auth:\n      username: 1184422\n      password: " + t, t)
g.n('predict_linear(node_filesystem_avail_bytes{mountpoint="/var/lib/docker"}[6h], 4*3600) < 0')
g.p("person_name", 'dashboard "Ledger SLOs" last edited by Paulina Grabowska-Lis on 2024-03-08', "Paulina Grabowska-Lis")
g.n('Grafana: datasource uid P8E80F9AEF21F6940, dashboard uid kfk-ovw, panel 14 "Under-replicated partitions"')
g.n('up{job="kafka",instance="10.42.5.11:9308"} == 0')
pw = 'Gr4f-Rd-71kq'
g.p("connection_string", "datasources:\n  - name: VictoriaMetrics\n    url: http://grafana_reader:" + pw + "@victoriametrics.int.acme-ops.net:8428", pw)
g.n('record: job:slo_errors_per_request:ratio_rate30d\nexpr: 1 - (sum(rate(http_requests_total{code!~"5.."}[30d])) / sum(rate(http_requests_total[30d])))')
g.p("person_name", 'alert rule owner label: owner="shreya.bhattacharya"', "shreya.bhattacharya")
g.n('node_network_receive_bytes_total{device="eth0",instance="ip-10-0-12-47"} 1.8441237712e+12')

# ===== 20 =====================================================================
g = G("g20-it-access-requests")
g.n('IT-REQ-55412 | Type: Access request | System: AWS prod (read-only) | Approver: Platform Lead | Status: Approved')
g.p("person_name", "Requester: Oyinkansola Adeyemi-Coker (Finance), on behalf of new joiner Lưu Thị Mai", "Oyinkansola Adeyemi-Coker", "Lưu Thị Mai")
g.n("Please reset my password, I'm locked out after the March password expiry policy kicked in.")
g.n('Access granted via Okta group aws-prod-readonly; session duration 1h; MFA required')
pw = 'Welcome-2024!Kx9'
g.p("password", "Temporary password for first login: " + pw + " (must be changed on first sign-in)", pw)
g.n('Laptop asset tag ACME-LT-04417, serial C02FK3ZXMD6T, MAC 3c:22:fb:9a:71:0e')
g.n('Offboarding checklist: revoke SSO, remove from GitHub org, rotate any shared passwords the user knew, transfer Google Drive ownership')
p_ = ph("+84 9## ### ###")
g.p("phone", "Contact number for laptop delivery: " + p_, p_)
g.n('Start date: Monday, 1 April 2024. Team: Payments Platform (Warsaw). Manager: see Workday.')
pw = 'Gosc!Wawa2024'
g.p("password", "Wi-Fi for the Warsaw office guest network: SSID ACME-Guest, key " + pw, pw)
g.n('VPN profile acme-eu.ovpn issued, expires 2025-03-11, cert serial 4F:2A:91:0C:7E:33:D8:B1')
s_ = ssn()
g.p("ssn", "Background check form attached; SSN on form: " + s_, s_)
g.n('Ticket auto-closed after 5 days without response. Reopen with reference IT-REQ-55412.')
t = "00" + rs(40, ALNUM + "-_")
g.p("vendor_token", 'curl -H "Authorization: SSWS ' + t + '" "https://acme.okta.com/api/v1/groups?q=aws-prod"', t)
g.n('Okta System Log: eventType=user.session.start outcome=SUCCESS client.zone=null transaction.id=ZfB9kQ2mX7cLp4Tz-1AbCwAAAB0')
g.n('Note from IT: we will never ask for your password by email or chat.')

# ===== 21 =====================================================================
g = G("g21-aws-cli-session")
g.n('aws sts get-caller-identity\n{\n    "UserId": "AROAQX5EXAMPLE7LMNOP:ops-session",\n    "Account": "123456789012",\n    "Arn": "arn:aws:sts::123456789012:assumed-role/SRE-ReadOnly/ops-session"\n}')
k, s = akid(), aws_secret()
g.p("aws_key", "cat ~/.aws/credentials\n[default]\naws_access_key_id = " + k + "\naws_secret_access_key = " + s, k, s)
g.n("aws ec2 describe-instances --filters Name=tag:Name,Values=ledger-* --query 'Reservations[].Instances[].[InstanceId,PrivateIpAddress,State.Name]' --output text\ni-0f3a9c2e7b1d45a68    10.0.12.47    running")
g.p("person_name", "aws iam list-users --query 'Users[].UserName'\n[\"ci-deployer\", \"terraform\", \"agnieszka.nowicka\", \"oluwatobi.ade\"]", "agnieszka.nowicka", "oluwatobi.ade")
g.n('aws s3 ls s3://acme-ledger-backups/2024/03/ --human-readable | tail -1\n2024-03-11 02:04:12   41.2 GiB ledger-20240311T0200Z.dump')
g.n('aws secretsmanager get-secret-value --secret-id prod/ledger/db --query SecretString --output text | jq -r .username')
g.n('aws configure list\n      Name                    Value             Type    Location\n      ----                    -----             ----    --------\n   profile            prod-readonly           manual    --profile\naccess_key     ****************QX7P shared-credentials-file\nsecret_key     ****************9k2L shared-credentials-file')
k, s, st = akid("ASIA"), aws_secret(), aws_session()
g.p("aws_key", 'aws sts assume-role --role-arn arn:aws:iam::123456789012:role/SRE-Admin --role-session-name break-glass\n"Credentials": {"AccessKeyId": "' + k + '", "SecretAccessKey": "' + s + '", "SessionToken": "' + st + '", "Expiration": "2024-03-11T04:02:14Z"}', k, s, st)
g.n('An error occurred (ExpiredToken) when calling the DescribeInstances operation: The security token included in the request is expired')
ip = ip4()
g.p("ipv4", "aws ec2 authorize-security-group-ingress --group-id sg-0a1b2c3d4e5f67890 --protocol tcp --port 22 --cidr " + ip + "/32", ip)
g.n('aws kms describe-key --key-id alias/ledger-prod --query KeyMetadata.KeyId\n"7b3e1f4a-9c2d-4e8b-a6f0-1d2c3b4a5e6f"')
pw = 'Rs-Rpt-44xQz7'
g.p("connection_string", 'aws secretsmanager get-secret-value --secret-id prod/reporting/redshift --query SecretString --output text\n{"url":"redshift://report_ro:' + pw + '@reporting.c8x2k1abcd.eu-central-1.redshift.amazonaws.com:5439/dwh"}', pw)
g.n('aws ssm start-session --target i-0f3a9c2e7b1d45a68 --document-name AWS-StartPortForwardingSession --parameters portNumber=5432,localPortNumber=15432')
g.p("person_name", 'CloudTrail: ConsoleLogin by IAMUser "mohammed.alrashid" from 10.42.3.17, MFAUsed=Yes', "mohammed.alrashid")
g.n('[profile prod-readonly]\nrole_arn = arn:aws:iam::123456789012:role/SRE-ReadOnly\nsource_profile = default\nregion = eu-central-1\nmfa_serial = arn:aws:iam::123456789012:mfa/ops-yubikey')
g.n('aws logs tail /aws/lambda/ledger-reconcile --since 1h --filter-pattern ERROR --format short')

# ===== 22 =====================================================================
g = G("g22-payments-incident")
g.n('#inc-4480 declared SEV2 at 14:02 UTC: card authorisations failing for Visa in region eu-west-1')
g.n('auth success rate dropped from 97.8% to 61.2%, mostly 05 Do Not Honor and 91 Issuer Unavailable')
g.p("person_name", "Incident commander is Ifeanyi Okafor, comms: Lucía Fernández, scribe: Tomasz Wiśniewski", "Ifeanyi Okafor", "Lucía Fernández", "Tomasz Wiśniewski")
g.n('acquirer status page says "Degraded performance — Frankfurt" since 13:55')
t = "sk_live_" + rs(24)
g.p("vendor_token", "acquirer sandbox key works, prod one below is the live one, rotating after incident: " + t, t)
g.n('all Visa BINs affected, Mastercard and Amex fine')
g.n('we saw the same in November, ref INC-3917, acquirer-side TLS cert swap')
c = card(R.choice(["34", "37"]), 15, "space")
g.p("card", 'customer complaint forwarded by support: "card ' + c + ' was charged but order failed"', c)
g.n('Failover to secondary acquirer: feature flag payments.acquirer.secondary=true at 14:19, 50% → 100% at 14:27')
sec = hx(32)
g.p("webhook", "the acquirer calls us back at https://hooks.acme-ops.com/payments/acq/" + sec + " — that path is the only auth they support", sec)
g.n('p99 authorise latency 2,814 ms on the secondary vs 640 ms primary, acceptable for now')
ib = iban("DE")
g.p("iban", "merchant settlement account changed to " + ib + ", confirm with finance before the payout run", ib)
g.n('refund queue depth 18,442 messages, consumer concurrency raised from 8 to 24')
t = opaque(56)
g.p("bearer", 'curl -X POST https://api.acquirer-partner.eu/v2/health -H "Authorization: Bearer ' + t + '"', t)
g.n('synthetic check cards (ending 0087 and 4417) both failed at 14:05 and 14:10')
g.n('resolved 15:41 UTC, total impact 1h39m, ~12,300 failed authorisations, no double charges found')

# ===== 23 =====================================================================
g = G("g23-systemd-journal-host")
g.n('Mar 11 02:09:14 ip-10-0-12-47 systemd[1]: Started Session 1842 of user ops.')
g.n('Mar 11 02:10:01 ip-10-0-12-47 CRON[48810]: (root) CMD (/usr/local/bin/backup-ledger.sh >> /var/log/backup.log 2>&1)')
pw = 'Bk-Ldgr-2024-xQ71'
g.p("password", "Mar 11 02:22:40 ip-10-0-12-47 backup-ledger.sh[49210]: + PGPASSWORD=" + pw + " pg_dump -h 10.42.9.3 -U backup ledger", pw)
g.n('Mar 11 02:11:33 ip-10-0-12-47 kernel: [1843312.117] Out of memory: Killed process 48211 (java) total-vm:14820112kB, anon-rss:8312044kB, file-rss:0kB, shmem-rss:0kB, UID:10001 pgtables:17288kB oom_score_adj:0')
ip = ip4()
g.p("ipv4", "Mar 11 02:24:11 ip-10-0-12-47 sshd[49301]: Failed password for root from " + ip + " port 41882 ssh2", ip)
g.n('Mar 11 02:12:47 ip-10-0-12-47 sshd[2214]: Failed password for invalid user admin from 10.42.8.201 port 55812 ssh2')
g.n('● postgresql@15-main.service - PostgreSQL Cluster 15-main\n     Loaded: loaded (/lib/systemd/system/postgresql@.service; enabled-runtime; preset: enabled)\n     Active: active (running) since Mon 2024-03-11 02:14:03 UTC; 41min ago')
t = hx(32)
g.p("vendor_token", "Mar 11 02:23:02 ip-10-0-12-47 datadog-agent[1102]: CORE | ERROR | API Key invalid, dropping transaction for https://7-50-0-app.agent.datadoghq.eu/api/v1/series, api_key=" + t, t)
g.n('df -h /var/lib/postgresql\nFilesystem      Size  Used Avail Use% Mounted on\n/dev/nvme1n1    1.0T  912G  112G  90% /var/lib/postgresql')
g.p("person_name", "Mar 11 02:25:33 ip-10-0-12-47 sshd[49350]: Accepted publickey for j.virtanen from 10.42.3.17 port 40288 ssh2: ED25519 SHA256:4m1Tk9vQ2xZp8wL3yN7bR0cH5dF6sG1aJ2eK9uI8oPq", "j.virtanen")
g.n('top - 02:55:12 up 21 days,  4:02,  2 users,  load average: 7.41, 6.88, 5.12\nTasks: 312 total,   2 running, 310 sleeping,   0 stopped,   0 zombie\n%Cpu(s): 62.1 us,  9.4 sy,  0.0 ni, 24.8 id,  3.1 wa')
txt, lines = pem("PRIVATE KEY", 5)
g.p("private_key", "sudo cat /etc/ssl/private/ledger.key\n" + txt, *lines)
g.n('ps aux --sort=-%mem | head -2\nUSER         PID %CPU %MEM      VSZ     RSS TTY      STAT START   TIME COMMAND\npostgres   48211 88.2 41.7 14820112 8312044 ?     Ssl  02:14  21:07 postgres: 15/main: ledger_app ledger 10.42.3.17(40112) SELECT')
s_ = ssn()
g.p("ssn", "Mar 11 02:26:07 ip-10-0-12-47 kyc-export[49402]: WARN row 8821 contains unmasked ssn=" + s_, s_)
g.n('Mar 11 02:20:00 ip-10-0-12-47 systemd[1]: getty@tty1.service: Succeeded.')
g.n('Mar 11 02:21:18 ip-10-0-12-47 sudo[49102]:      ops : TTY=pts/0 ; PWD=/home/ops ; USER=root ; COMMAND=/usr/bin/systemctl restart pgbouncer')

# ===== 24 =====================================================================
g = G("g24-env-config-pastes")
g.n('# .env.example — copy to .env and fill in\nDATABASE_URL=postgres://USER:PASSWORD@localhost:5432/ledger_dev\nSTRIPE_SECRET_KEY=\nSENDGRID_API_KEY=<your-token-here>')
g.n('APP_ENV=production\nLOG_LEVEL=info\nPORT=8080\nFEATURE_NEW_LEDGER=true')
pw = 'Mg0-Ldg-7xPq2'
g.p("connection_string", "MONGO_URL=mongodb+srv://ledger_rw:" + pw + "@cluster0.x8k2q.mongodb.net/ledger?retryWrites=true&w=majority", pw)
g.n('REDIS_URL=redis://localhost:6379/0')
g.p("email", "ADMIN_EMAIL=olga.wisniewska.priv@gmail.com", "olga.wisniewska.priv@gmail.com")
g.n('JWT_SECRET=${JWT_SECRET:?must be set}')
g.n('[database]\nhost = "pg-ledger.int.acme-ops.net"\nport = 5432\nuser = "ledger_app"\npassword_file = "/run/secrets/ledger_db_password"')
pw = 'Rd5-Cache-k29QxL'
g.p("connection_string", "REDIS_URL=rediss://:" + pw + "@cache-prod.x1y2z3.ng.0001.euc1.cache.amazonaws.com:6379/0", pw)
g.n('set DB_PASSWORD=%DB_PASSWORD%')
p_ = ph("+91 98### #####")
g.p("phone", "ONCALL_SMS_TO=" + p_.replace(" ", ""), p_.replace(" ", ""))
g.n('OTEL_EXPORTER_OTLP_ENDPOINT=http://otel-collector.observability.svc:4317\nOTEL_RESOURCE_ATTRIBUTES=service.name=ledger-api,service.version=4.12.0.3,deployment.environment=prod')
t = hx(32)
g.p("vendor_token", "TWILIO_ACCOUNT_SID=AC" + hx(32) + "\nTWILIO_AUTH_TOKEN=" + t, t)
g.n('SMTP_PASSWORD=********   # masked by the config viewer')
g.p("person_name", "# maintained by Dang Thi Thu Trang, ask her before changing FEATURE_* flags", "Dang Thi Thu Trang")
g.n('# Secrets are injected at runtime by the Vault agent; see /vault/secrets/config.env')
g.n('SESSION_COOKIE_SECURE=true\nSESSION_TTL_SECONDS=86400\nCSRF_TRUSTED_ORIGINS=https://app.acme-ops.com')

# ===== 25 =====================================================================
g = G("g25-chatops-slack-integrations")
g.n('/deploy ledger-api 4.12.0.3 to prod')
g.n('ChatOps Bot: deployment #4471 of ledger-api@4.12.0.3 to prod started from #deploys (approval 2/2)')
t = xoxb()
g.p("slack_token", "export SLACK_BOT_TOKEN=" + t, t)
g.p("person_name", "approvals: Rafael Oliveira Santos ✅, Mariana Costa ✅", "Rafael Oliveira Santos", "Mariana Costa")
g.n("the bot's OAuth scopes: chat:write, commands, users:read — no need for users:read.email")
g.n('Slack API returned {"ok":false,"error":"token_revoked"} — someone rotated the bot token, need the new one in Vault')
t = xoxp()
g.p("slack_token", "user token I used for the channel export script: " + t, t)
g.n('Incoming webhooks are deprecated for us, use the bot with chat.postMessage instead')
g.n('/pd trigger service=ledger-api severity=critical summary="ledger crashloop"')
g.p("person_name", "heads up: Amara Nwosu from compliance joins the release call at 15:00", "Amara Nwosu")
g.n(':white_check_mark: Argo CD: application ledger-prod synced to revision 8e1f4c2a (Healthy)')
url, sec = slack_hook()
g.p("webhook", "curl -X POST -H 'Content-type: application/json' --data '{\"text\":\"deploy done\"}' " + url, sec)
g.n('channel C05QJ3K7LMN, thread ts 1710123456.789019')
g.p("email", 'Slack users.lookupByEmail → {"ok":true,"user":{"id":"U04ABCDE123","profile":{"email":"mikko.lahtinen@iki.fi"}}}', "mikko.lahtinen@iki.fi")
g.n('webhook URL is stored in secret slack-webhook-sre (key: url), mounted at /etc/alertmanager/secrets')
g.n('Slack app "Acme Ops Bot" (A06B2X9Q4LM) — signing secret rotation scheduled for April')

# ===== 26 =====================================================================
g = G("g26-windows-azure-ops")
g.n(r'PS C:\Users\svc-deploy> Get-Service -Name W3SVC, WAS | Format-Table -AutoSize')
g.n('az login --identity && az account show --query "{name:name, id:id}" -o tsv')
t = azure_storage_key()
g.p("connection_string", "AZURE_STORAGE_CONNECTION_STRING=DefaultEndpointsProtocol=https;AccountName=stledgerprod;AccountKey=" + t + ";EndpointSuffix=core.windows.net", t)
g.n('az keyvault secret show --vault-name kv-ledger-prod --name sql-admin-password --query "attributes.updated"\n"2024-02-28T11:04:19+00:00"')
g.p("person_name", 'Get-ADUser -Identity "Tan, Mei Ling" -Properties LastLogonDate', "Tan, Mei Ling")
g.n('Event ID 4625: An account failed to log on. Logon Type: 3. Failure Reason: Unknown user name or bad password. Source Network Address: 10.20.4.11')
g.n(r'$env:ASPNETCORE_ENVIRONMENT = "Production"; dotnet .\Ledger.Api.dll --urls http://0.0.0.0:5000')
t = azure_client_secret()
g.p("vendor_token", '$env:AZURE_CLIENT_SECRET = "' + t + '"', t)
g.n("Microsoft.Data.SqlClient.SqlException (0x80131904): Login failed for user 'ledger_app'.\n   at Microsoft.Data.SqlClient.SqlInternalConnection.OnError(SqlException exception, Boolean breakConnection)")
g.p("person_name", 'Owner tag on rg-ledger-prod: "Owner": "Abimbola Oyedepo"', "Abimbola Oyedepo")
g.n('az aks get-credentials -g rg-ledger-prod -n aks-ledger-prod --subscription 3f2c9a1e-7b4d-4e6f-8a0c-1b2d3e4f5a6b')
pw = 'Bkp!Win-2024-q7'
g.p("password", "net user svc-backup " + pw + " /add /domain", pw)
g.n('ipconfig | findstr IPv4\n   IPv4 Address. . . . . . . . . . . : 192.168.56.10')
ib = iban("GB", spaced=False)
g.p("iban", "Finance asked to update the vendor IBAN in the Azure billing profile to " + ib, ib)
g.n('Connect-AzAccount -ServicePrincipal -Credential $cred -Tenant $env:AZURE_TENANT_ID')
g.n(r'certutil -hashfile .\Ledger.Api.dll SHA256' + '\nSHA256 hash of ' + r'.\Ledger.Api.dll' + ':\n5f2b9c1e8a7d3e4f6a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f')

# ===== 27 =====================================================================
g = G("g27-cert-rotation-tls")
g.n("openssl x509 -in api.acme-ops.com.crt -noout -subject -issuer -dates\nsubject=CN = api.acme-ops.com\nissuer=C = US, O = Let's Encrypt, CN = R3\nnotBefore=Mar  3 01:12:09 2024 GMT\nnotAfter=Jun  1 01:12:08 2024 GMT")
g.n('SHA256 Fingerprint=3A:9F:41:C2:7B:0E:5D:88:16:AF:2C:94:E7:10:B3:6D:58:C1:0F:7A:92:4E:DB:31:66:8C:05:F2:A9:17:E4:3B')
txt, lines = pem("RSA PRIVATE KEY", 7)
g.p("private_key", "openssl genrsa 2048 2>/dev/null | tee ledger.key\n" + txt, *lines)
g.n('root CA from the bundle, for reference:\n-----BEGIN CERTIFICATE-----\nMIIDdzCCAl+gAwIBAgIEAgAAuTANBgkqhkiG9w0BAQUFADBaMQswCQYDVQQGEwJJ\nRTESMBAGA1UEChMJQmFsdGltb3JlMRMwEQYDVQQLEwpDeWJlclRydXN0MSIwIAYD\n... (truncated)\n-----END CERTIFICATE-----')
g.p("email", "Subject: C = PL, L = Warszawa, O = Acme Ops, CN = jan.kowalczyk@acme-ops.com", "jan.kowalczyk@acme-ops.com")
g.n('kubectl get certificate -n payments\nNAME         READY   SECRET       AGE\nledger-tls   True    ledger-tls   84d')
g.n('cert-manager: Certificate ledger-tls: Issuing certificate as Secret does not contain a private key; order ledger-tls-1-2891530112 created')
pw = 'P12-Ldgr!x2024q'
g.p("password", "openssl pkcs12 -export -in ledger.crt -inkey ledger.key -out ledger.p12 -passout pass:" + pw, pw)
g.n("openssl s_client -connect api.acme-ops.com:443 -servername api.acme-ops.com </dev/null 2>/dev/null | grep -E 'Verify return code|Protocol'\n    Protocol  : TLSv1.3\n    Verify return code: 0 (ok)")
g.p("person_name", "Let's Encrypt expiry mails go to Abdullahi Musa and Sunita Rao — please change to the team alias", "Abdullahi Musa", "Sunita Rao")
g.n('ssh-keygen -lf ~/.ssh/id_ed25519.pub\n256 SHA256:Xq3v9kZp0mT2rL8wYbN4cJ7hF1dG6sA5eR0uI9oP3Qk deploy@ci-runner-03 (ED25519)')
g.n('ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIG9vK2b7yQx3Lw8pZ1mR4tN6sC0dF5hJ2kA9eB7uV3iX deploy@ci-runner-03')
t = jwt({"aud": ["https://kubernetes.default.svc"], "exp": 1710126912, "iat": 1710123312,
         "iss": "https://kubernetes.default.svc", "sub": "system:serviceaccount:cert-manager:cert-manager-webhook"}, "RS256", kid="Yk2v7Qx9LmB3")
g.p("jwt", "cert-manager webhook auth failing, token from the projected volume: " + t, t)
ip = ip6()
g.p("ipv6", "openssl s_client -connect [" + ip + "]:443\nCONNECTED(00000003)", ip)
g.n('pin the intermediate SPKI if you must, never the leaf: pin-sha256="jQJTbIh0grw0/1TkHSumWb+Fs0Ggogr621gT3PvPKG0="')
g.n('Key rotation runbook: openssl req -new -newkey rsa:3072 -nodes -keyout ledger.key -out ledger.csr -subj "/CN=ledger.acme-ops.com"')

# ===== 28 =====================================================================
g = G("g28-release-notes-changelog")
g.n('## [4.12.0.3] - 2024-03-11\n### Fixed\n- Ledger: idempotency key collision on retries (#8812)')
g.n('### Security\n- Bump golang.org/x/net to 0.23.0 (CVE-2023-45288)\n- Passwords are now hashed with argon2id (m=65536, t=3, p=4)')
t = gh_pat()
g.p("github_token", "- CI: release workflow now uses a GitHub App installation token (was: " + t + " — revoked)", t)
g.n('- Token refresh no longer logs the refresh token at DEBUG (SEC-771)')
g.p("person_name", "Contributors: @thanhnguyen-dev, Bogdan Kowalczyk, Aisha Bello, Ji-woo Park (contractor)", "thanhnguyen-dev", "Bogdan Kowalczyk", "Aisha Bello", "Ji-woo Park")
g.n('Build 20240311.4 (commit 8e1f4c2a9b7d) — artifacts: ledger-4.12.0.3-linux-amd64.tar.gz (41,228,304 bytes)')
g.n('Docker image: ghcr.io/acme-ops/ledger-api:4.12.0.3 (sha256:6b86b273ff34fce19d6b804eff5a3f5747ada4eaa22f1d49c01e52ddb7875b4b)')
t = jwt({"sub": "qa-user-017", "iss": "https://auth.staging.acme-ops.com", "aud": "ledger-api", "iat": 1710000000, "exp": 1710086400})
g.p("jwt", 'Example API call from QA notes: curl -H "Authorization: Bearer ' + t + '" https://staging.acme-ops.com/v1/me', t)
g.n('Upgrade notes: the env var LEDGER_API_KEY was renamed to LEDGER_API_TOKEN; the old name is read until 5.0')
g.n('Deprecated: the /v1/legacy/login endpoint (password in query string) will be removed in the May release')
g.p("person_name", "Release manager: Juho Korhonen; QA sign-off: Ananya Krishnan", "Juho Korhonen", "Ananya Krishnan")
t = google_key()
g.p("vendor_token", "- Maps: geocoding now uses key " + t + " restricted to the Android app", t)
g.n('Known issue: Safari 17.3 on macOS Sonoma shows a blank page after SSO redirect, see WEB-4120')
ip = ip4()
g.p("ipv4", "- Fixed: rate limiter ignored X-Forwarded-For and blocked customer IP " + ip + " (ticket #2281991)", ip)
g.n('Migration 0047_add_transfers_created_at_idx.sql runs CONCURRENTLY, expect ~20 min on prod (412 GB table)')
g.n('Thanks to the Payments Platform team in Warsaw and the SRE team in Lagos for the release weekend')

# ===== 29 =====================================================================
g = G("g29-mobile-crash-sentry")
g.n("Fatal Exception: java.lang.NullPointerException: Attempt to invoke virtual method 'java.lang.String com.acme.bank.model.Account.getId()' on a null object reference")
g.n('Crashlytics: 1,204 crashes affecting 881 users in AcmeBank 5.4.1 (50401) on Android 14, top device Samsung SM-S918B')
t = "sntryu_" + hx(64)
g.p("vendor_token", "sentry-cli --auth-token " + t + " releases new ledger-api@4.12.0.3", t)
g.n('Sentry issue LEDGER-API-3KQ: PSQLException: FATAL: password authentication failed — first seen 2024-03-11 02:15, events 4,812')
p_ = ph("+84 9## ### ###")
g.p("phone", 'user context: {"id":"881204","phone":"' + p_ + '"}', p_)
g.n('event_id: 9f1c2e7a4b3d4c5e8f6a7b8c9d0e1f2a  release: ledger-api@4.12.0.3  environment: prod')
g.n('Thread 0 Crashed:: Dispatch queue: com.apple.main-thread\n0   AcmeBank   0x0000000104e2c3a8 specialized LoginViewModel.submit() + 412')
t = opaque(40)
g.p("bearer", 'Breadcrumb: http GET /v1/accounts headers={"Authorization":"Bearer ' + t + '"}', t)
g.n('dSYM UUID 7E1A2C3B-4D5E-4F60-8172-93A4B5C6D7E8 missing for build 5.4.1 (50401), upload with sentry-cli debug-files upload')
g.p("email", 'user context: {"id":"77410","email":"n.kowalska84@wp.pl","ip_address":"{{auto}}"}', "n.kowalska84@wp.pl")
g.n('Breadcrumb: navigation /login → /otp → /home, http POST /v1/auth/token 200 (312 ms)')
t = gh()
g.p("github_token", "fastlane match: cloning https://ios-bot:" + t + "@github.com/acme-ops/ios-certificates.git", t)
g.n('Device: iPhone15,3, iOS 17.3.1, locale vi_VN, timezone Asia/Ho_Chi_Minh, free memory 312 MB')
g.p("person_name", "Sentry issue assigned to Vũ Đức Thắng, watchers: Eduardo Gómez, Ayodele Martins", "Vũ Đức Thắng", "Eduardo Gómez", "Ayodele Martins")
g.n('SENTRY_AUTH_TOKEN is configured as a masked CI variable; the DSN in the app bundle is public by design')
g.n('ANR in com.acme.bank (pid 18211) Reason: Input dispatching timed out (Waiting because no window has focus)')

# ===== 30 =====================================================================
g = G("g30-postmortem-draft")
g.n('# Postmortem: Kafka Broker Down (INC-4471), 2024-03-11')
g.p("person_name", "Authors: Chukwuemeka Obi, Hằng Nguyễn; reviewers: Krzysztof Zając, Meera Pillai", "Chukwuemeka Obi", "Hằng Nguyễn", "Krzysztof Zając", "Meera Pillai")
g.n('## Summary\nBetween 02:13 and 02:40 UTC broker kafka-2 in events-prod was OOMKilled repeatedly; consumer lag on fraud-scorer reached 1.28M messages.')
g.n('## Impact\nFraud scoring was delayed by up to 11 minutes; no transactions were lost. 0 customer-facing errors.')
g.n('## Timeline (UTC)\n02:13 alert fired\n02:14 on-call acked\n02:22 memory limit raised (PR #8812)\n02:40 resolved')
t = xoxb()
g.p("slack_token", "Appendix A: the token pasted in the channel was " + t + ", revoked at 02:51", t)
g.n('## Root cause\nThe JVM heap (6g) plus page cache exceeded the 8Gi container limit after the March traffic increase.')
g.p("person_name", "cc: Ahmed El-Sayed; Wang Fang; Sanna Heikkinen; Gabriel Souza", "Ahmed El-Sayed", "Wang Fang", "Sanna Heikkinen", "Gabriel Souza")
g.n('## What went well\nRunbook RB-087 was accurate; Argo CD synced the fix in under 2 minutes.')
sec = hx(32)
g.p("webhook", "Appendix B: the PagerDuty generic webhook we found hardcoded: https://events.pagerduty.com/integration/" + sec + "/enqueue", sec)
g.n('## What went wrong\nSomeone pasted a credential into the incident channel; it has been rotated and the message deleted.')
p_ = ph("+1 (646) 7##-####")
g.p("phone", "Escalation contact during the incident: " + p_ + " (duty manager mobile)", p_)
g.n('## Action items\n| ID | Action | Owner | Due |\n|---|---|---|---|\n| AI-1 | Alert on working set incl. page cache | SRE | 2024-03-22 |')
txt, lines = pem("OPENSSH PRIVATE KEY", 4)
g.p("private_key", "Appendix C: deploy key found in repo history (now purged with git filter-repo):\n" + txt, *lines)
g.n('Blameless review held in room "Kilimanjaro", recording in Drive folder Postmortems/2024/Q1')
g.n('Related dashboards: kfk-ovw (Kafka overview), ldg-slo (Ledger SLOs); related incidents INC-3917, INC-4480')


# ---------------------------------------------------------------- write
CRED = {"password", "connection_string", "aws_key", "bearer", "github_token", "gitlab_token",
        "slack_token", "vendor_token", "webhook", "private_key", "jwt"}
PII = {"email", "phone", "card", "iban", "ssn", "ipv4", "ipv6", "person_name"}
HEADER = "# kind\ttext\tmust-vanish (|-separated; empty for negatives)\tsource\n"

def enc(text):
    assert "\t" not in text and "\r" not in text, text
    assert "\\n" not in text, "literal backslash-n in " + text
    return text.replace("\n", "\\n")

def main():
    out = {"dev": [], "test": []}
    for i, grp in enumerate(GROUPS, 1):
        assert grp.name.startswith("g%02d-" % i), grp.name
        assert 12 <= len(grp.rows) <= 20, (grp.name, len(grp.rows))
        split = "dev" if i % 2 == 0 else "test"
        for kind, text, vals in grp.rows:
            assert kind == "negative" or kind in CRED or kind in PII, kind
            for v in vals:
                assert "|" not in v and "\n" not in v and v in text, (grp.name, v)
            out[split].append("%s\t%s\t%s\twriter11 %s\n" % (kind, enc(text), "|".join(vals), grp.name))
    for split, rows in out.items():
        with open(os.path.join(HERE, "batch11_%s.tsv" % split), "w", encoding="utf-8") as f:
            f.write(HEADER)
            f.writelines(rows)
    print("wrote dev=%d test=%d" % (len(out["dev"]), len(out["test"])))

if __name__ == "__main__":
    main()
