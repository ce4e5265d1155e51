#!/usr/bin/env python3
"""writer10: hand-written redactor test cases -> batch10_dev.tsv / batch10_test.tsv.

Every text line below is written by hand. The fixed-seed PRNG only fills in
token/key bodies, card/IBAN/SSN/phone digits and IP octets/hextets.

Split rule (fixed before writing): groups are numbered in the order they are
written, group 0, 2, 4, ... go to dev, group 1, 3, 5, ... go to test.
"""
import base64
import json
import random
import string
import zlib

R = random.Random(20240611)
UP, LO, DG = string.ascii_uppercase, string.ascii_lowercase, string.digits
AN = UP + LO + DG
HEX = '0123456789abcdef'
B64 = AN + '+/'
B64U = AN + '-_'


# ---------------------------------------------------------------- generators
def rs(n, alpha=AN):
    return ''.join(R.choice(alpha) for _ in range(n))


def hx(n):
    return rs(n, HEX)


def digits(n):
    return rs(n, DG)


def fill(t):
    """Replace every '#' by a random digit (phones, SSN-like layouts)."""
    return ''.join(R.choice(DG) if c == '#' else c for c in t)


def T(t, *vals):
    """Insert values into '@@' slots, left to right."""
    for v in vals:
        assert '@@' in t, t
        t = t.replace('@@', v, 1)
    assert '@@' not in t, t
    return t


B62 = DG + UP + LO


def b62(n, width):
    s = ''
    while n:
        n, r = divmod(n, 62)
        s = B62[r] + s
    return s.rjust(width, '0')


def gh(prefix='ghp_'):
    body = rs(30)
    return prefix + body + b62(zlib.crc32(body.encode()), 6)


def gh_pat():
    return 'github_pat_11' + rs(20, UP + DG) + '_' + rs(59)


def glpat():
    return 'glpat-' + rs(20, B64U)


def glrt():
    return 'glrt-' + rs(20, B64U)


def akia(p='AKIA'):
    return p + rs(16, UP + '234567')


def aws_secret():
    return rs(40, B64)


def xoxb():
    return 'xoxb-%s-%s-%s' % (digits(12), digits(13), rs(24))


def xoxp():
    return 'xoxp-%s-%s-%s-%s' % (digits(12), digits(12), digits(13), hx(32))


def xapp():
    return 'xapp-1-A%s-%s-%s' % (rs(10, UP + DG), digits(13), hx(64))


def slack_hook():
    sec = rs(24)
    return 'https://hooks.slack.com/services/T%s/B%s/%s' % (rs(8, UP + DG), rs(10, UP + DG), sec), sec


def discord_hook():
    sec = rs(68, B64U)
    return 'https://discord.com/api/webhooks/12%s/%s' % (digits(17), sec), sec


def uuid4():
    h = hx(32)
    return '%s-%s-4%s-%s%s-%s' % (h[:8], h[8:12], h[13:16], R.choice('89ab'), h[17:20], h[20:])


def b64u(b):
    return base64.urlsafe_b64encode(b).rstrip(b'=').decode()


def jwt(payload, alg='HS256', kid=None):
    h = {'alg': alg, 'typ': 'JWT'}
    if kid:
        h['kid'] = kid
    sig = rs(43 if alg.startswith('HS') else 342, B64U)
    enc = lambda d: b64u(json.dumps(d, separators=(',', ':')).encode())
    return enc(h) + '.' + enc(payload) + '.' + sig


def opaque(n=40):
    return rs(n, AN)


def pem(first, n=3):
    lines = [first + rs(64 - len(first), B64)]
    lines += [rs(64, B64) for _ in range(n - 2)]
    lines.append(rs(44, B64) + '==')
    return lines


def luhn_digit(body):
    tot = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def card(prefix, length, groups=None, sep=' '):
    body = prefix + digits(length - len(prefix) - 1)
    num = body + luhn_digit(body)
    if not groups:
        return num
    out, k = [], 0
    for g in groups:
        out.append(num[k:k + g])
        k += g
    return sep.join(out)


def iban_check(cc, bban):
    s = bban + cc + '00'
    n = int(''.join(str(int(c, 36)) for c in s))
    return '%02d' % (98 - n % 97)


def es_ctrl(ten):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    r = 11 - sum(int(a) * b for a, b in zip(ten, w)) % 11
    return '0' if r == 11 else '1' if r == 10 else str(r)


def bban(cc):
    if cc == 'DE':
        return digits(8) + digits(10)
    if cc == 'GB':
        return 'NWBK' + digits(6) + digits(8)
    if cc == 'IE':
        return 'AIBK' + digits(6) + digits(8)
    if cc == 'NL':
        return 'ABNA' + digits(10)
    if cc == 'FR':
        bank, branch, acct = digits(5), digits(5), digits(11)
        key = 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97)
        return bank + branch + acct + '%02d' % key
    if cc == 'ES':
        bank, branch, acct = digits(4), digits(4), digits(10)
        return bank + branch + es_ctrl('00' + bank + branch) + es_ctrl(acct) + acct
    if cc == 'IT':
        return R.choice(UP) + digits(5) + digits(5) + digits(12)
    if cc == 'PL':
        return digits(8) + digits(16)
    if cc == 'BE':
        n = digits(10)
        c = int(n) % 97 or 97
        return n + '%02d' % c
    if cc == 'CH':
        return digits(5) + digits(12)
    raise ValueError(cc)


def iban(cc, grouped=True):
    b = bban(cc)
    i = cc + iban_check(cc, b) + b
    return ' '.join(i[k:k + 4] for k in range(0, len(i), 4)) if grouped else i


def ssn(sep='-'):
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return '%03d%s%02d%s%04d' % (a, sep, R.randint(1, 99), sep, R.randint(1, 9999))


PUB = [23, 31, 37, 45, 51, 62, 77, 81, 82, 86, 89, 91, 94, 109, 151, 176, 178, 185, 188, 195, 212, 213, 217]


def ipv4():
    return '%d.%d.%d.%d' % (R.choice(PUB), R.randint(1, 254), R.randint(0, 255), R.randint(1, 254))


def h16():
    return format(R.randint(1, 0xffff), 'x')


def ipv6(prefix, compress=True):
    if compress:
        return '%s:%s:%s::%s' % (prefix, h16(), h16(), h16())
    return ':'.join([prefix] + [h16() for _ in range(8 - prefix.count(':') - 1)])


# ---------------------------------------------------------------- data model
GROUPS = []


def group(name):
    GROUPS.append((name, []))


def N(text):
    GROUPS[-1][1].append(('negative', text, []))


def P(kind, text, *vals):
    GROUPS[-1][1].append((kind, text, list(vals)))


def PT(kind, tmpl, *vals):
    """Positive whose inserted values are exactly the must-vanish values."""
    P(kind, T(tmpl, *vals), *vals)


# ============================================================================
# group 0 (dev)
group('shell history')
N("git log --oneline -3\n4f2a9c1 Bump ledger chart to 2.14.1\n9be07d3 Fix readiness probe path\nc31e8a0 Merge pull request #4821 from acme/feat/otel-exporter")
PT('password', "mysql -h db-prod-2.internal -u billing -p'@@' billing_prod -e 'select count(*) from invoices'", "Qz7!vR2m#Lp9")
N("sha256sum terraform_1.7.5_linux_amd64.zip\n3f2d5e8c9a1b7e4f6d0c2a9b8e7f1d3c5a6b4e2f9d8c7b1a0e3f5d6c4b2a9e8f  terraform_1.7.5_linux_amd64.zip")
PT('aws_key', "export AWS_ACCESS_KEY_ID=@@\nexport AWS_SECRET_ACCESS_KEY=@@\naws s3 ls s3://acme-prod-backups/", akia(), aws_secret())
N("kubectl -n payments rollout restart deploy/ledger-api && kubectl -n payments rollout status deploy/ledger-api --timeout=300s")
PT('github_token', "git clone https://oauth2:@@@github.com/acme/infra-live.git", gh())
N("export DB_PASSWORD=$(vault kv get -field=password secret/prod/billing/db)")
N("export VAULT_ADDR=https://vault.internal.acme.io:8200\nvault login -method=oidc role=sre-readonly")
PT('connection_string', 'psql "postgresql://report_ro:@@@pg-replica-1.db.internal:5432/analytics?sslmode=require"', "h4Rd-2-gu3ss_ro")
PT('vendor_token', "echo @@ | docker login -u acmeci --password-stdin", 'dckr_pat_' + rs(27, B64U))
N("deploy@web-03:~$ uptime\n 14:02:11 up 41 days,  3:17,  2 users,  load average: 0.41, 0.38, 0.35")
N("docker pull ghcr.io/acme/ledger-api@sha256:9c1e47b0d2a8f36e5b7c04d19a2e8f6b3c5d7e9a1b0c2f4e6d8a9b7c5e3f1a20")
N("aws sts get-caller-identity --query Arn --output text\narn:aws:sts::123456789012:assumed-role/SREAdmin/botocore-session-1718031122")
PT('ipv4', "sudo fail2ban-client status sshd\nStatus for the jail: sshd\n|- Currently failed: 3\n`- Banned IP list: @@", ipv4())

# group 1 (test)
group('ops box history')
PT('password', "sshpass -p '@@' ssh -o StrictHostKeyChecking=no admin@lb-edge-07 'systemctl reload haproxy'", "Winter!2024-ops")
N("git rev-parse HEAD\n8d4c2e1f0a9b7c6d5e4f3a2b1c0d9e8f7a6b5c4d")
body = pem('b3BlbnNzaC1rZXktdjEAAAAACmFlczI1Ni1jdHIAAAAGYmNyeXB0', 4)
P('private_key', "cat ~/.ssh/deploy_ledger\n-----BEGIN OPENSSH PRIVATE KEY-----\n%s\n-----END OPENSSH PRIVATE KEY-----" % '\n'.join(body), *body)
N("terraform plan -out=tfplan -var-file=env/prod.tfvars 2>&1 | tail -1\nPlan: 3 to add, 1 to change, 0 to destroy.")
PT('gitlab_token', 'curl --header "PRIVATE-TOKEN: @@" "https://gitlab.acme.io/api/v4/projects/412/pipelines?status=failed"', glpat())
N("uname -r\n5.15.0-1057-azure")
N("openssl x509 -in /etc/ssl/certs/edge.pem -noout -fingerprint -sha256\nsha256 Fingerprint=4A:9F:1C:7E:22:B8:05:D3:6E:91:AF:3C:48:70:E2:5B:1D:C9:84:0F:A7:63:2E:B5:9D:11:F0:C8:3A:76:E4:52")
PT('connection_string', 'mongosh "mongodb+srv://ops_admin:@@@cluster0.x7kqp.mongodb.net/admin"', "m0ngo-Adm1n-77")
N("kubectl get secret ledger-db -n payments -o jsonpath='{.data.password}' | base64 -d | wc -c\n25")
N("echo '%s' | base64 -d\n%s" % (base64.b64encode(b'{"logLevel":"info","metricsPort":9090}').decode(), '{"logLevel":"info","metricsPort":9090}'))
PT('email', "git log -1 --format='%ae' -- charts/ledger/values.yaml\n@@", "lucia.fernandez@acme.io")
N("ls -la /var/lib/postgresql/16/main/pg_wal | head -3\ntotal 1048612\n-rw------- 1 postgres postgres 16777216 Jun 11 08:14 000000010000002A000000C1\n-rw------- 1 postgres postgres 16777216 Jun 11 08:19 000000010000002A000000C2")
N("grep -n '^auth' /etc/pgbouncer/pgbouncer.ini\n41:auth_type = scram-sha-256\n42:auth_file = /etc/pgbouncer/userlist.txt")
N("crontab -l\n17 3 * * * /opt/backup/run.sh --target s3://acme-pg-archive --retention 14d >> /var/log/backup.log 2>&1")
PT('slack_token', "curl -s -H 'Authorization: Bearer @@' -d channel=C04KQ8Z1M2R -d text='deploy done' https://slack.com/api/chat.postMessage", xoxb())

# group 2 (dev)
group('incident chat')
P('person_name', "09:14 <Marek> paging Folasade Adeyemi, she owns the ledger consumer", "Marek", "Folasade Adeyemi")
N("09:15 <sre-bot> ALERT FIRING: KafkaConsumerLagHigh topic=ledger.events.v2 group=ledger-consumer lag=184223")
PT('password', "09:17 the new db password is @@ , already in 1password, rotate the old one after the deploy", "Gr4nite-Falcon-88")
N("09:18 rotate the token after the incident, not now. password policy says 90 days anyway")
v = fill('+44 77## ######')
PT('phone', "09:20 if the bridge drops call me on @@", v)
N("09:21 Cassandra is fine, it's Kafka that's behind. Jenkins job 4471 is still running")
PT('person_name', "09:22 thanks @@, can you grab the heap dump from ledger-api-7d9f8c6b5-x2kqp?", "Nguyễn Văn Minh")
N("09:24 heap dump is 3.2 GiB, uploaded to s3://acme-incident-artifacts/INC-2291/heap-ledger-api.hprof")
N("09:25 NullPointerException in LedgerBatchWriter.flush, same as last Tuesday")
PT('person_name', "09:27 @@ approved the revert, go ahead", "agnieszka wiśniewska")
N("09:30 revert deployed: ledger-api v2.14.0 -> v2.13.7, error rate back to 0.02%")
v = fill('0803 ### ####')
P('phone', "09:31 Folasade's backup number is %s if she doesn't answer" % v, "Folasade", v)
N("09:33 status page updated: 'Degraded performance - Payments API' at 09:32 UTC")
PT('slack_token', "09:35 oops, pasted the alert bot token @@ in #general instead of the vault UI, rotating now", xoxb())
N("09:36 Grafana dashboard uid f7Kd2pQzk / panel 14 shows p99 at 1.8s")

# group 3 (test)
group('slack war room')
N(":rotating_light: SEV2 declared for checkout latency. IC: primary on-call. Comms in #inc-2304")
PT('person_name', "ok handing IC to @@, I need to drop at 15:00", "Siobhán O'Sullivan-Reyes")
N("Lambda concurrency at 980/1000 in eu-west-1, throttles started 14:41")
PT('person_name', "@@ is looking at the CDN side", "rahul venkataraman")
PT('password', "redis requirepass on cache-03 was '@@' and it's in the chat history now, pls rotate", "K8s-is-not-a-db!")
N("can someone rotate the redis password and update the secret ref in helm? don't paste it here")
v = fill('+86 138 #### ####')
P('phone', "Zhang Wei's cell is %s, he's in Shanghai so it's 3am there" % v, "Zhang Wei", v)
N("Shanghai and Frankfurt POPs both healthy, issue is only in the Sydney edge")
N('Flask app in checkout-web logs: OperationalError: could not connect to server: Connection refused. Is the server running on host "pg-main.internal" and accepting TCP/IP connections on port 5432?')
PT('slack_token', "who pasted @@ in #general? that's a user token, revoking now", xoxp())
N("ack, revoked. audit log shows token_id T-55120 last used 14:52 UTC")
PT('person_name', "thanks all. @@ will write the postmortem, due Friday", "Abdullah Al-Rashid")
N("Friday works. Postmortem template is in Confluence under SRE > Incidents > 2024")
N("checkout p95 back to 420ms, closing the bridge at 15:20")
v = fill('+1 (646) 2##-####')
PT('phone', "if slack dies again text me at @@, I'm on the train", v)

# group 4 (dev)
group('helm values')
N("image:\n  repository: ghcr.io/acme/ledger-api\n  tag: 2.14.1\n  digest: sha256:5b8e0f3a7c9d2e1b4a6f8c0d3e5a7b9c1d2f4e6a8b0c3d5e7f9a1b2c4d6e8f0a")
N("postgresql:\n  auth:\n    existingSecret: ledger-db\n    secretKeys:\n      adminPasswordKey: postgres-password\n      userPasswordKey: password")
PT('gitlab_token', 'gitlab-runner:\n  gitlabUrl: https://gitlab.acme.io/\n  runnerToken: "@@"\n  concurrent: 4', glrt())
N("env:\n  - name: DATABASE_URL\n    valueFrom:\n      secretKeyRef:\n        name: ledger-db\n        key: url")
N('apiKey: {{ .Values.datadog.apiKey | quote }}\nappKey: {{ required "appKey is required" .Values.datadog.appKey }}')
PT('vendor_token', "datadog:\n  apiKey: @@\n  site: datadoghq.eu", hx(32))
PT('connection_string', "externalDatabase:\n  url: postgres://ledger:@@@ledger-db.cqz1x8.eu-west-1.rds.amazonaws.com:5432/ledger", "Lx-4471-ledger!pg")
N("resources:\n  requests:\n    cpu: 250m\n    memory: 512Mi\n  limits:\n    memory: 1Gi")
N("podAnnotations:\n  checksum/config: 7d3f9a2c1e8b4d6f0a5c3e9b7d1f2a4c6e8b0d3f5a7c9e1b2d4f6a8c0e3b5d7f")
N("# Example only: set adminPassword to something other than changeme before installing\nadminPassword: changeme")
url, sec = slack_hook()
P('webhook', "alertmanager:\n  config:\n    global:\n      slack_api_url: %s" % url, sec)
N('ingress:\n  hosts:\n    - host: ledger.eu1.acme.io\n      paths: ["/"]\n  tls:\n    - secretName: ledger-tls\n      hosts: [ledger.eu1.acme.io]')
body = pem('MHcCAQEEI')
P('private_key', "tls:\n  key: |\n    -----BEGIN EC PRIVATE KEY-----\n    %s\n    -----END EC PRIVATE KEY-----" % '\n    '.join(body), *body)
N("serviceAccount:\n  annotations:\n    eks.amazonaws.com/role-arn: arn:aws:iam::123456789012:role/ledger-api-irsa")
N('token: "<your-token-here>"  # generate one under Settings > API tokens')

# group 5 (test)
group('k8s manifests')
N('metadata:\n  name: ledger-api\n  namespace: payments\n  uid: 3f6c1a9e-4b2d-4e8f-9a7c-1d5b3e9f0a62\n  resourceVersion: "884215037"\n  generation: 47')
PT('aws_key', "apiVersion: v1\nkind: Secret\nmetadata:\n  name: s3-sync\nstringData:\n  AWS_ACCESS_KEY_ID: @@\n  AWS_SECRET_ACCESS_KEY: @@", akia(), aws_secret())
N("apiVersion: v1\nkind: Secret\nmetadata:\n  name: ledger-db\ntype: Opaque\ndata:\n  password: REDACTED\n  username: bGVkZ2Vy")
N("data:\n  config.json: " + base64.b64encode(b'{"logLevel":"info","metricsPort":9090,"region":"eu-west-1"}').decode())
PT('bearer', 'containers:\n  - name: probe\n    args: ["--header", "Authorization: Bearer @@"]', opaque(48))
N('status:\n  conditions:\n  - lastTransitionTime: "2024-06-11T09:31:07Z"\n    reason: NewReplicaSetAvailable\n    status: "True"\n    type: Progressing\n  observedGeneration: 47')
N("kubectl get pods -n payments\nNAME                          READY   STATUS    RESTARTS   AGE\nledger-api-7d9f8c6b5-x2kqp    1/1     Running   0          41m\nledger-api-7d9f8c6b5-m8zrt    1/1     Running   2          41m")
body = pem('b3BlbnNzaC1rZXktdjEAAAAA', 4)
P('private_key', "kind: Secret\nstringData:\n  id_ed25519: |\n    -----BEGIN OPENSSH PRIVATE KEY-----\n    %s\n    -----END OPENSSH PRIVATE KEY-----" % '\n    '.join(body), *body)
N('env:\n  - name: API_TOKEN\n    value: "${API_TOKEN}"\n  - name: LOG_LEVEL\n    value: debug')
v = fill('+7 916 ###-##-##')
P('phone', 'metadata:\n  annotations:\n    acme.io/owner: "Sergei Ivanov"\n    acme.io/escalation-phone: "%s"' % v, "Sergei Ivanov", v)
N("securityContext:\n  runAsUser: 10001\n  runAsNonRoot: true\n  readOnlyRootFilesystem: true")
N("kubectl describe pod ledger-api-7d9f8c6b5-m8zrt | grep -A2 'Last State'\n    Last State:     Terminated\n      Reason:       OOMKilled\n      Exit Code:    137")
PT('jwt', "kubectl --server https://k8s-eu1.acme.io:6443 --token=@@ get nodes",
   jwt({'iss': 'kubernetes/serviceaccount', 'kubernetes.io/serviceaccount/namespace': 'ci', 'sub': 'system:serviceaccount:ci:deployer'}, 'RS256', 'Xk2pQ9'))
N('annotations:\n  kubectl.kubernetes.io/restartedAt: "2024-06-11T09:29:44Z"\n  deployment.kubernetes.io/revision: "112"')
N("key_id: kms-alias/ledger-app\nsecret_ref: projects/acme-prod/secrets/ledger-db-password/versions/latest")

# group 6 (dev)
group('pagerduty json')
PT('person_name', '{"incident":{"id":"P8K2M1Q","title":"KafkaConsumerLagHigh","assignments":[{"assignee":{"summary":"@@","type":"user_reference"}}]}}', "Oluwaseun Bakare")
N('{"incident":{"incident_number":18842,"status":"resolved","urgency":"high","service":{"summary":"ledger-api (prod)","id":"PSV9X2T"},"created_at":"2024-06-11T09:14:02Z"}}')
PT('email', '{"user":{"name":"Oncall Primary","email":"@@","time_zone":"Asia/Ho_Chi_Minh"}}', "tran.thi.hoa@acme-payments.vn")
PT('phone', '{"contact_method":{"type":"phone_contact_method","country_code":48,"address":"@@","label":"Mobile"}}', fill('6## ### ###'))
N('{"log_entries":[{"type":"escalate_log_entry","channel":{"type":"auto"},"created_at":"2024-06-11T09:19:02Z","escalation_level":2}]}')
PT('person_name', '{"type":"acknowledge_log_entry","agent":{"summary":"@@","type":"user_reference"},"created_at":"2024-06-11T09:16:40Z"}', "Priya Raghunathan")
N('{"routing_key":"${PD_ROUTING_KEY}","event_action":"trigger","dedup_key":"ledger-lag-eu1","payload":{"summary":"lag > 100k","severity":"critical","source":"kafka-eu1-b2"}}')
PT('phone', '{"user":{"id":"PU7QX2M","contact_methods":[{"type":"phone_contact_method","address":"@@","label":"Work"}]}}', fill('415.7##.####'))
N('{"dedup_key":"3c1f0e7a9b2d4c68a5e1f7b3d9c2e0a4","status":"success","message":"Event processed"}')
PT('person_name', '{"notes":[{"content":"Spoke to @@ from the bank side, they see the same timeouts","created_at":"2024-06-11T09:40:11Z"}]}', "Jorge Luis Ramírez Castañeda")
N('{"priority":{"summary":"P1"},"teams":[{"summary":"Payments Platform"}],"escalation_policy":{"summary":"Payments - Follow the Sun"}}')
PT('phone', '{"contact_method":{"type":"sms_contact_method","address":"@@","label":"Mobile"}}', fill('+84 91 ### ## ##'))
N('{"alerts":[{"alert_key":"ledger-lag-eu1","body":{"details":{"lag":"184223","partition":"7","offset":"99281733410"}}}]}')
PT('person_name', '{"responder_request":{"requester":{"summary":"@@"},"responders":[{"summary":"Database Reliability"}]}}', "Kwame Mensah-Bonsu")
N('{"webhook":{"endpoint_url":"https://hooks.acme.io/pagerduty/inbound","name":"PD -> Slack bridge","id":"PWH1K8Q"}}')

# group 7 (test)
group('opsgenie payloads')
N('{"alert":{"alertId":"8418d193-2fba-4bd5-8d2c-a9d1a0d9b7c4","tinyId":"20915","message":"Disk usage > 90% on kafka-eu1-b3","priority":"P2"}}')
PT('person_name', '{"action":"Acknowledge","alert":{"tinyId":"20915"},"source":{"name":"@@","type":"user"},"note":"looking"}', "Mateusz Wójcik")
PT('email', '{"alert":{"owner":"@@","teams":["dbre"]}}', "l.haddad@acme.io")
PT('phone', '{"notify":{"type":"voice","to":"@@"}}', fill('+971 50 ### ####'))
N('{"integration":{"name":"Prometheus EU","type":"Prometheus"},"source":"alertmanager-0","entity":"kafka-eu1-b3","tags":["disk","kafka","eu1"]}')
PT('person_name', '{"alert":{"description":"Escalated to @@ after 15m with no ack"}}', "Nguyen Thi Thu Trang")
N('{"heartbeat":{"name":"backup-cron","interval":10,"intervalUnit":"minutes","lastPingTime":"2024-06-11T03:17:02Z","expired":false}}')
PT('vendor_token', 'curl -X POST https://api.eu.opsgenie.com/v2/alerts -H "Authorization: GenieKey @@" -d @alert.json', uuid4())
N('{"requestId":"9ae0c2f4-7b1d-4e63-a8c5-2f9d0b6e4a17","result":"Request will be processed","took":0.007}')
PT('person_name', '{"responders":[{"type":"user","name":"@@"}],"message":"take over please"}', "ewa kamińska")
N('{"alert":{"count":14,"lastOccurredAt":"2024-06-11T09:15:11Z","createdAt":"2024-06-11T08:55:20Z","updatedAt":"2024-06-11T09:15:11Z"}}')
u1, u2, u3, sec = uuid4(), uuid4(), uuid4(), hx(32)
P('webhook', '{"integration":{"type":"Webhook","url":"https://acme.webhook.office.com/webhookb2/%s@%s/IncomingWebhook/%s/%s"}}' % (u1, u2, sec, u3), sec)
N('{"alert":{"message":"CPU throttling on Cassandra node cass-eu1-2","source":"Datadog","details":{"monitor_id":"148822091"}}}')
PT('phone', '{"alert":{"message":"SMS delivery failed","details":{"recipient":"@@","provider":"twilio","error":"30003"}}}', fill('+27 82 ### ####'))
N('{"policy":"Maintenance window Sunday 02:00-04:00 Europe/Warsaw","enabled":true}')

# group 8 (dev)
group('billing tickets')
PT('card', "TICKET-8812: customer says card @@ was charged twice for order ORD-2024-118273", card('4', 16, (4, 4, 4, 4)))
N("TICKET-8813: invoice INV-2024-004471 shows 1,299.00 EUR but the ledger has 1,290.00 EUR; reconcile job run 88213")
PT('iban', "Refund must go to IBAN @@ instead of the card, per customer request", iban('DE'))
N("Order 100042317 refunded via original payment method; Stripe charge ch_3PQx9ZAbCdEf12 status: refunded")
PT('ssn', "Applicant SSN @@ was logged in plain text by the KYC service, see log line 4471", ssn())
N("KYC service fixed to log only the last four digits (***-**-1234 style), deployed in release 2024.06.11-3")
PT('email', "Customer (@@) asked for a copy of invoice INV-2024-003318", "r.garcia.lopez@telefonica-mail.es")
PT('person_name', "Spoke with @@ from finance: the double charge is reversed on their side", "María José García López")
N("Payment provider batch PB-77120 settled at 02:15 UTC, 18,442 transactions, 0 failures")
PT('card', "amex @@ declined with code 05, customer retried with another card", card('37', 15, (4, 6, 5)))
N("Card ending 4242 is the Stripe test card; it should never appear in prod logs")
PT('iban', "Payout failed: @@ returned 'account closed'", iban('GB'))
N("SWIFT/BIC for the payout bank: NWBKGB2L; payout batch id PO-2024-06-0113")
PT('phone', "Customer callback requested on @@, after 5pm UK time", fill('020 7### ####'))
PT('card', "TICKET-8790: chargeback received for JCB card @@, order ORD-2024-117001", card('3530', 16, (4, 4, 4, 4)))

# group 9 (test)
group('support tickets')
PT('card', "User pasted a full card number @@ into the chat widget; message msg_01HZX4 purged?", card('5' + R.choice('12345'), 16, (4, 4, 4, 4)))
N("Chat widget now masks numbers longer than 12 digits client-side; release notes v3.8.0")
PT('iban', "Virement SEPA vers @@ en attente depuis lundi", iban('FR'))
N("SEPA batch file pain.001.001.03 generated: 212 credit transfers, total 48,120.55 EUR")
PT('ssn', "W-9 upload failed; the PDF text layer contains SSN @@ so we must not store it in the ticket", ssn())
PT('email', "Please reply to @@ rather than the account email", "fatima.zahra.benali@outlook.fr")
PT('person_name', "Account owner is @@; he's asking why the invoice address changed", "Dariusz Grzegorczyk-Nowak")
N("Invoice address updated by user id 88123 via /api/v2/accounts/88123/billing at 2024-06-10T16:02:11Z")
PT('card', "checkout-web DEBUG payment_method=card number=@@ brand=visa", card('4', 16, (4, 4, 4, 4), '-'))
N("Order #A-220481 shipped with UPS, tracking 1Z999AA10123456784")
PT('iban', "Customer's new bank account: @@", iban('NL'))
PT('phone', "Caller gave mobile @@, wants SMS updates", fill('+91 98### #####'))
PT('person_name', "Case handled by @@; escalated to billing ops", "Thandiwe Dlamini")
N("Refund RFD-30112 of 49.99 USD approved; will post in 5-10 business days")

# group 10 (dev)
group('github actions logs')
N("env:\n  NPM_TOKEN: ${{ secrets.NPM_TOKEN }}\n  AWS_ROLE_ARN: arn:aws:iam::123456789012:role/gha-deploy")
PT('github_token', "Run git push https://x-access-token:@@@github.com/acme/ledger-api.git HEAD:refs/heads/release/2.14", gh('ghs_'))
N("2024-06-11T09:02:14.1823312Z ##[group]Run actions/checkout@b4ffde65f46336ab88eb53be808477a3936bae11")
N("2024-06-11T09:02:19.0041127Z Syncing repository: acme/ledger-api\n2024-06-11T09:02:19.0044512Z Getting Git version info")
PT('github_token', "2024-06-11T09:04:01.7712Z curl -s -H 'Authorization: token @@' https://api.github.com/repos/acme/ledger-api/releases", gh_pat())
N("2024-06-11T09:04:02.1180Z ::add-mask::***\n2024-06-11T09:04:02.1181Z Token: ***")
N("Error: Process completed with exit code 137.")
PT('vendor_token', "twine upload -u __token__ -p @@ dist/*", 'pypi-AgEIcHlwaS5vcmc' + rs(130, B64U))
N("cache hit for key: node-modules-Linux-9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")
N("Docker image pushed: ghcr.io/acme/ledger-api:2.14.1+build.4471 digest: sha256:1e4c7a0f92b3d58e6a7c1f0b2d4e9a3c5b7d8f1e0a2c4b6d8e0f1a3c5b7d9e2f")
PT('jwt', "OIDC debug: id-token=@@",
   jwt({'aud': 'sts.amazonaws.com', 'iss': 'https://token.actions.githubusercontent.com', 'repository': 'acme/ledger-api', 'ref': 'refs/heads/main', 'exp': 1718097311}, 'RS256', '1F2AB83404C08EC9EA0BB99DAED02186B091DBF4'))
N("Run ./scripts/smoke.sh --env staging --timeout 90s\nPASS 47/47 checks in 38.2s")
PT('aws_key', "2024-06-11T09:06:11Z [debug] botocore.credentials: Found credentials in environment variables. access_key=@@ secret_key=@@", akia(), aws_secret())
N("Artifact ledger-api-sbom.spdx.json uploaded (184,223 bytes), retention 90 days")

# group 11 (test)
group('gitlab and jenkins logs')
PT('gitlab_token', "$ git remote set-url origin https://oauth2:@@@gitlab.acme.io/platform/terraform-modules.git", glpat())
N("$ echo $CI_JOB_TOKEN | docker login -u gitlab-ci-token --password-stdin $CI_REGISTRY\nLogin Succeeded")
N("Running with gitlab-runner 16.11.1 (535ced5f)\n  on docker-autoscaler-eu1 xK9pQ2zT, system ID: s_4f1c9e2a7b3d")
PT('gitlab_token', "gitlab-runner register --non-interactive --url https://gitlab.acme.io --token @@ --executor docker", glrt())
N('Job succeeded\nUploading artifacts as "archive" to coordinator... 201 Created  id=8841273 responseStatus=201 Created')
N("[Pipeline] withCredentials\nMasking supported pattern matches of $REGISTRY_PASSWORD\n[Pipeline] sh\n+ docker login -u svc-jenkins -p **** registry.acme.io")
PT('password', "+ docker login -u svc-jenkins -p '@@' registry.acme.io\nWARNING! Using --password via the CLI is insecure. Use --password-stdin.", "J3nk1ns!Reg#2024")
N("Started by timer\nBuilding on the built-in node in workspace /var/lib/jenkins/workspace/nightly-db-backup\nFinished: SUCCESS")
N('FATAL: hudson.plugins.git.GitException: Command "git fetch --tags --force --progress -- origin +refs/heads/*:refs/remotes/origin/*" returned status code 128')
PT('slack_token', "slackSend(channel: '#deploys', tokenCredentialId: 'slack-bot', message: 'deployed') // old: token: '@@'", xoxb())
N("Jenkins 2.440.3 | Blue Ocean 1.27.11 | Pipeline: Groovy 3894.vd0f0248b_a_6cc")
PT('connection_string', "[ERROR] Failed to execute goal org.flywaydb:flyway-maven-plugin:10.10.0:migrate (default-cli): Unable to obtain connection from database (jdbc:postgresql://pg-ci.internal:5432/ledger_test?user=ledger&password=@@) for user 'ledger'", "ci-Only-Ledger-55")
N("Downloaded from central: https://repo.maven.apache.org/maven2/org/postgresql/postgresql/42.7.3/postgresql-42.7.3.jar (1.1 MB at 8.4 MB/s)")
PT('vendor_token', "mvn sonar:sonar -Dsonar.host.url=https://sonar.acme.io -Dsonar.token=@@", 'squ_' + hx(40))
N('variables:\n  SONAR_TOKEN: $SONAR_TOKEN\n  GIT_DEPTH: "0"')

# group 12 (dev)
group('app json logs')
PT('ipv4', '{"ts":"2024-06-11T09:14:02.118Z","level":"info","msg":"login ok","client_ip":"@@","user_id":88123,"trace_id":"4bf92f3577b34da6a3ce929d0e0e4736"}', ipv4())
N('{"ts":"2024-06-11T09:14:02.311Z","level":"error","msg":"upstream timeout","upstream":"ledger-api.payments.svc:8080","duration_ms":30001,"trace_id":"0af7651916cd43dd8448eb211c80319c","span_id":"b7ad6b7169203331"}')
PT('jwt', '{"level":"debug","msg":"incoming request","headers":{"authorization":"Bearer @@"}}',
   jwt({'sub': 'u_88123', 'scope': 'invoices.read', 'iat': 1718096042, 'exp': 1718099642}))
N('{"level":"warn","msg":"token expired, refreshing","token_age_s":3601,"client":"ledger-sync"}')
PT('email', '{"level":"info","msg":"password reset requested","email":"@@","request_id":"req_7f3a9c1e2b"}', "marek.zielinski@poczta.onet.pl")
N('{"level":"info","msg":"request completed","method":"GET","path":"/api/v2/invoices/INV-2024-004471","status":200,"bytes":18442,"latency":"12.4ms"}')
PT('ipv6', '{"level":"warn","msg":"rate limited","remote_addr":"@@","limit":"100r/s"}', ipv6('2a02:8108'))
N('{"level":"info","msg":"config loaded","checksum":"md5:9e107d9d372bb6826bd81d3542a419d6","keys":42}')
PT('bearer', '{"level":"error","msg":"401 from billing-gateway","request":{"method":"GET","Authorization":"Bearer @@"}}', opaque(52))
PT('ssn', '{"level":"warn","msg":"validation failed","field":"ssn","value":"@@","form":"w9_upload"}', ssn())
PT('ipv4', '{"level":"info","msg":"new device login","ip":"@@","geo":"DE","device":"ios"}', ipv4())
N('{"level":"info","msg":"kafka commit","topic":"ledger.events.v2","partition":7,"offset":99281733410,"lag":0}')
N('{"level":"error","logger":"com.acme.ledger.BatchWriter","exception":"java.lang.IllegalStateException: Connection pool shut down","thread":"kafka-consumer-3"}')
PT('phone', '{"level":"info","msg":"sms sent","to":"@@","template":"otp_v2","provider_msg_id":"SM9f2c7e1a4b"}', fill('+234 803 ### ####'))
PT('ipv6', '{"level":"info","msg":"webauthn registration","remote":"@@","authenticator":"platform"}', ipv6('2a00:20'))

# group 13 (test)
group('nginx access logs')
PT('ipv4', '@@ - - [11/Jun/2024:09:14:02 +0000] "GET /api/v2/invoices?page=2 HTTP/1.1" 200 4471 "-" "Mozilla/5.0 (Windows NT 10.0; Win64; x64)"', ipv4())
N('10.40.2.15 - - [11/Jun/2024:09:14:03 +0000] "GET /metrics HTTP/1.1" 200 18442 "-" "Prometheus/2.51.2"')
PT('ipv6', '@@ - - [11/Jun/2024:09:14:05 +0000] "POST /api/v2/login HTTP/2.0" 401 61 "-" "Mozilla/5.0"', ipv6('2a01:4f8', False))
N('127.0.0.1 - - [11/Jun/2024:09:14:06 +0000] "GET /nginx_status HTTP/1.1" 200 97 "-" "curl/8.5.0"')
PT('bearer', '10.40.0.12 - - [11/Jun/2024:09:14:06 +0000] "GET /export/invoices.csv?access_token=@@ HTTP/1.1" 200 88213 "-" "python-requests/2.32.3"', opaque(40))
N('2024/06/11 09:14:07 [error] 31#31: *184223 upstream timed out (110: Connection timed out) while reading response header from upstream, upstream: "http://ledger-api.payments.svc.cluster.local:8080/api/v2/invoices"')
N('ETag: "33a64df551425fcc55e4d42a148795d9f25f89d4"\nCache-Control: max-age=3600\nX-Request-Id: 7c1e9a2f-3b4d-4f6a-9e8c-0d2b5a7f1c3e')
PT('jwt', '10.40.0.12 - - [11/Jun/2024:09:14:08 +0000] "GET /ws?token=@@ HTTP/1.1" 101 0 "-" "okhttp/4.12.0"',
   jwt({'sub': 'device-4471', 'aud': 'ws', 'exp': 1718097248}))
N("X-Amz-Cf-Id: Vh2sBkQ3ZzYp9fK1mN4cR8tX0wL6aE5uJ7dH2gQ9sT3vB1nM8kP4xA==")
v = ipv4()
P('ipv4', "X-Forwarded-For: %s, 10.40.0.12\nX-Real-IP: %s" % (v, v), v)
N('"GET /api/v2/orders/100042317/items?page=2&per_page=50 HTTP/1.1" 200 4471 0.031')
N("log_format json escape=json '{\"time\":\"$time_iso8601\",\"remote_addr\":\"$remote_addr\",\"request\":\"$request\",\"status\":$status}';")
PT('email', '10.40.0.12 - - [11/Jun/2024:09:15:41 +0000] "GET /unsubscribe?email=@@&list=weekly HTTP/1.1" 302 0', "ananya.krishnan%40gmail.com")
N("ssl_protocols TLSv1.2 TLSv1.3;\nssl_session_timeout 1d;\nssl_session_tickets off;")

# group 14 (dev)
group('env files')
PT('vendor_token', "STRIPE_SECRET_KEY=@@", 'sk_live_51' + rs(97))
N("# Copy this file to .env and fill in the values\nSTRIPE_SECRET_KEY=\nSENDGRID_API_KEY=<your-key-here>")
PT('vendor_token', "SENDGRID_API_KEY=@@", 'SG.' + rs(22, B64U) + '.' + rs(43, B64U))
PT('connection_string', "DATABASE_URL=postgres://app:@@@localhost:5432/app_dev", "devpass-4471-Xq")
N("DATABASE_URL=postgres://app:${DB_PASSWORD}@db:5432/app")
N("LOG_LEVEL=info\nPORT=8080\nMETRICS_PORT=9090\nSHUTDOWN_GRACE=30s")
PT('password', 'SMTP_PASSWORD="@@"', "Tq9 #mailer Relay")
N("SMTP_PASSWORD=changeme  # .env.example only, see docs/deploy.md")
N("JWT_ISSUER=https://auth.acme.io/\nJWT_AUDIENCE=ledger-api\nJWT_ALGORITHM=RS256")
PT('aws_key', "AWS_ACCESS_KEY_ID=@@\nAWS_SECRET_ACCESS_KEY=@@\nAWS_DEFAULT_REGION=eu-west-1", akia(), aws_secret())
N("AWS_PROFILE=prod-readonly\nAWS_DEFAULT_REGION=eu-west-1\nAWS_SDK_LOAD_CONFIG=1")
N("SECRET_KEY_BASE=  # generated at boot by `rails secret`, do not commit")
PT('slack_token', "SLACK_BOT_TOKEN=@@\nSLACK_CHANNEL=#ledger-alerts", xoxb())
N("FEATURE_FLAGS=new-ledger-path,fast-refunds\nTZ=Europe/Warsaw")

# group 15 (test)
group('docker compose')
N("services:\n  db:\n    image: postgres:16.3-alpine3.20\n    environment:\n      POSTGRES_PASSWORD_FILE: /run/secrets/pg_password\n    secrets:\n      - pg_password")
PT('password', "services:\n  db:\n    image: mariadb:11.4\n    environment:\n      MARIADB_ROOT_PASSWORD: @@", "Xk2#vLq9!root")
PT('connection_string', "  worker:\n    environment:\n      CELERY_BROKER_URL: amqp://celery:@@@rabbitmq:5672/prod", "c3l3ry-Br0ker")
N('  redis:\n    image: redis:7.2.5\n    command: ["redis-server", "--requirepass", "${REDIS_PASSWORD:?set REDIS_PASSWORD}"]')
PT('connection_string', "      REDIS_URL: redis://:@@@cache:6379/0", "r3d1s-Cache-991")
N('    healthcheck:\n      test: ["CMD", "pg_isready", "-U", "postgres"]\n      interval: 10s\n      timeout: 5s\n      retries: 5')
PT('vendor_token', "      MAILGUN_API_KEY: @@", 'key-' + hx(32))
N('    image: grafana/grafana:10.4.2\n    environment:\n      GF_SECURITY_ADMIN_PASSWORD__FILE: /run/secrets/grafana_admin\n      GF_AUTH_ANONYMOUS_ENABLED: "false"')
N("docker compose ps\nNAME          IMAGE                 STATUS\nstack-db-1    postgres:16.3-alpine  Up 3 days (healthy)\nstack-redis-1 redis:7.2.5           Up 3 days")
PT('github_token', "  renovate:\n    image: renovate/renovate:37.402.1\n    environment:\n      RENOVATE_TOKEN: @@", gh_pat())
N("secrets:\n  pg_password:\n    external: true\n  grafana_admin:\n    file: ./secrets/grafana_admin.txt")
PT('phone', "      ALERT_SMS_TO: \"@@\"  # primary on-call mobile", fill('+61 4## ### ###'))
N("volumes:\n  pgdata:\n    driver_opts:\n      type: nfs\n      o: addr=fs-0a1b2c3d.efs.eu-west-1.amazonaws.com,nfsvers=4.1")
N('x-logging: &default-logging\n  driver: json-file\n  options:\n    max-size: "50m"\n    max-file: "5"')
N("docker image inspect --format '{{.Id}}' postgres:16.3-alpine\nsha256:7f1e0a9c3b5d2e4f6a8c0b1d3e5f7a9c2b4d6e8f0a1c3e5b7d9f2a4c6e8b0d1f")

# group 16 (dev)
group('git commit headers')
P('person_name', "commit 4f2a9c1e8b7d6a5c3f0e9d8c7b6a5f4e3d2c1b0a\nAuthor: Chinedu Okafor <chinedu.okafor@acme.io>\nDate:   Tue Jun 11 09:41:12 2024 +0100\n\n    Fix readiness probe path", "Chinedu Okafor", "chinedu.okafor@acme.io")
N("commit 9be07d3a1f2c4e6b8d0a2c4e6f8a0b2d4f6a8c0e\nMerge: c31e8a0 4f2a9c1\nDate:   Tue Jun 11 10:02:55 2024 +0000\n\n    Merge branch 'release/2.14'")
P('person_name', "Signed-off-by: Trần Quốc Bảo <bao.tran@acme.io>", "Trần Quốc Bảo", "bao.tran@acme.io")
P('person_name', "Co-authored-by: Małgorzata Lewandowska-Kruk <m.lewandowska@acme.io>", "Małgorzata Lewandowska-Kruk", "m.lewandowska@acme.io")
N("Reviewed-on: https://gerrit.acme.io/c/platform/+/48213\nChange-Id: I8f3a2c1e9d7b5a4c6e8f0b2d4a6c8e0f1b3d5a7c")
PT('person_name', "git blame -L 40,41 src/ledger/batch.py\n3e1d9a7c (@@ 2024-05-28 14:02:11 +0530 40)     if not batch:\n3e1d9a7c (@@ 2024-05-28 14:02:11 +0530 41)         return", "Arjun Mehta", "Arjun Mehta")
N("git tag -a v2.14.1 -m 'ledger-api 2.14.1'\ngit push origin v2.14.1")
PT('email', "git config --global user.email '@@'", "yusuf.al-amin@protonmail.com")
PT('person_name', '* 8a1c3f2 (HEAD -> main, origin/main) Revert "Enable fast refunds" [@@]', "Seán Ó Briain")
N("* 5d7e9f1 chore(deps): bump github.com/aws/aws-sdk-go-v2 from 1.26.1 to 1.27.0 (#4819)")
N("Merge pull request #4821 from acme/feat/otel-exporter\n\nfeat: export spans via OTLP/gRPC to otel-collector:4317")
P('person_name', "From 3e1d9a7c5b2f Mon Sep 17 00:00:00 2001\nFrom: Ngozi Eze <ngozi.eze@acme.io>\nSubject: [PATCH 1/2] ledger: retry on serialization failure", "Ngozi Eze", "ngozi.eze@acme.io")
N("gpg: Signature made Tue 11 Jun 2024 09:41:12 BST\ngpg:                using EDDSA key 7A1C3F9E2B4D6A8C0E1F3A5B7C9D2E4F6A8B0C1D\ngpg: Good signature")
N("git shortlog -sn --since=2024-01-01 | head -3\n   212  dependabot[bot]\n   148  renovate[bot]\n    97  release-bot")

# group 17 (test)
group('code review comments')
PT('person_name', "LGTM once @@ confirms the migration is idempotent", "Oleksandr Shevchenko")
N("nit: rename `tokenTTL` to `tokenTtlSeconds` so the unit is obvious")
N('Why is the key hardcoded here? Please read the key id from `os.environ["LEDGER_SIGNING_KEY_ID"]` and fetch the key from KMS')
PT('github_token', "This test fixture contains a real token: `@@`. Please revoke it and use an obvious fake like `ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`", gh())
N('Suggested change:\n-    password = get_secret("db")\n+    password = secrets_client.get("prod/ledger/db", field="password")')
PT('person_name', "cc @@ and @@ for the data-retention question", "Li Na", "Wang Fang")
N("This regex `^[A-Za-z0-9+/]{40}$` will also match base64 SHA-1 digests, please anchor on the AKIA prefix")
PT('aws_key', "the old key in tests/fixtures/s3.json was @@, it was rotated in IAM this morning", akia())
N("Approved. Ran `make test` locally: 1,214 passed, 3 skipped in 212.4s")
PT('person_name', "Thanks @@, the flaky test was the Tuesday timezone thing", "Jean-Baptiste Nkurunziza")
N("Please bump the chart version to 2.14.2 and the appVersion to 2.14.1+build.4480")
PT('email', "If this breaks billing, the owner is @@ per the escalation sheet", "d.okonkwo-smith@acme-finance.co.uk")
N("CODEOWNERS: /charts/ledger/ @acme/payments-platform @acme/sre")
PT('jwt', "The JWT in test_auth.py (`@@`) is signed with the staging HMAC secret, not a fixture one. Please regenerate.",
   jwt({'sub': 'svc-ledger', 'role': 'admin', 'iat': 1717000000}))
N("Marked as resolved. Follow-up in PAY-4471: replace the HS256 fixture with a locally generated key")

# group 18 (dev)
group('java stack traces')
PT('connection_string', 'org.postgresql.util.PSQLException: FATAL: password authentication failed for user "ledger"\n    at org.postgresql.core.v3.ConnectionFactoryImpl.doAuthentication(ConnectionFactoryImpl.java:693)\nCaused by: datasource url=jdbc:postgresql://pg-main.internal:5432/ledger?user=ledger&password=@@', "Pg-Main-Ledger#31")
N('java.lang.NullPointerException: Cannot invoke "com.acme.ledger.Batch.size()" because "batch" is null\n    at com.acme.ledger.BatchWriter.flush(BatchWriter.java:142)\n    at com.acme.ledger.ConsumerLoop.run(ConsumerLoop.java:88)')
N("Caused by: java.net.SocketTimeoutException: Read timed out\n    at java.base/sun.nio.ch.NioSocketImpl.timedRead(NioSocketImpl.java:288)")
N("org.apache.kafka.common.errors.TimeoutException: Topic ledger.events.v2 not present in metadata after 60000 ms.")
PT('connection_string', "com.mongodb.MongoSecurityException: Exception authenticating MongoCredential{mechanism=SCRAM-SHA-256, userName='ledger', source='admin', password=<hidden>}\n    uri: mongodb://ledger:@@@mongo-0.mongo:27017,mongo-1.mongo:27017/?replicaSet=rs0", "M0ng0-Ledg3r-RS")
N('Exception in thread "main" java.lang.OutOfMemoryError: Java heap space\n    at java.base/java.util.Arrays.copyOf(Arrays.java:3537)')
PT('slack_token', "com.slack.api.methods.SlackApiException: status: 200, error: invalid_auth\n    at com.slack.api.methods.impl.MethodsClientImpl.postFormWithTokenAndParseResponse(MethodsClientImpl.java:2840)\n    token=@@", xoxb())
N("io.grpc.StatusRuntimeException: UNAVAILABLE: io exception\n    at io.grpc.stub.ClientCalls.toStatusRuntimeException(ClientCalls.java:268)")
PT('password', "javax.mail.AuthenticationFailedException: 535 5.7.8 Authentication failed; smtp.user=alerts-relay smtp.password=@@", "Relay!2024#eu")
N("SEVERE [main] org.apache.catalina.startup.HostConfig.deployWAR Error deploying web application archive [/opt/tomcat/webapps/ledger.war]")
PT('jwt', "io.jsonwebtoken.ExpiredJwtException: JWT expired at 2024-06-11T09:00:00Z. Current time: 2024-06-11T09:14:02Z\n    at io.jsonwebtoken.impl.DefaultJwtParser.parse(DefaultJwtParser.java:427)\n    rejected token=@@",
   jwt({'sub': 'u_55120', 'roles': ['billing:read'], 'exp': 1718096400}, 'HS384'))
PT('bearer', "feign.FeignException$Unauthorized: [401] during [GET] to [https://billing-gw.internal/api/v1/accounts] [BillingClient#accounts()]: request headers {Authorization=[Bearer @@]}", opaque(64))
N("    at kotlinx.coroutines.DispatchedTask.run(DispatchedTask.kt:108)\n    at kotlinx.coroutines.scheduling.CoroutineScheduler$Worker.run(CoroutineScheduler.kt:584)")
N("ERROR 1045 (28000): Access denied for user 'billing'@'10.40.3.7' (using password: YES)")

# group 19 (test)
group('python tracebacks')
N('Traceback (most recent call last):\n  File "/app/ledger/consumer.py", line 88, in run\n    self.flush()\n  File "/app/ledger/batch.py", line 142, in flush\n    raise BatchEmpty("nothing to flush")\nledger.errors.BatchEmpty: nothing to flush')
PT('connection_string', 'sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) connection to server at "pg-main.internal", port 5432 failed: FATAL:  password authentication failed for user "etl"\nengine url (from custom logger): postgresql+psycopg2://etl:@@@pg-main.internal:5432/warehouse', "etl-W4rehouse-2024")
N('sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) could not translate host name "pg-main.internal" to address\nengine url: postgresql+psycopg2://etl:***@pg-main.internal:5432/warehouse')
N("django.core.exceptions.ImproperlyConfigured: The SECRET_KEY setting must not be empty.")
k = 'AIza' + rs(35, B64U)
PT('vendor_token', 'googleapiclient.errors.HttpError: <HttpError 403 when requesting https://sheets.googleapis.com/v4/spreadsheets/1BxiMVs0XRA5nFMdKvBdBZjgmUUqptlbs74OgvE2upms/values/A1?key=@@&alt=json returned "The caller does not have permission">', k)
N("botocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the GetObject operation: Access Denied\n  bucket=acme-prod-backups key=pg/2024-06-11/base.tar.zst")
PT('github_token', 'github.GithubException.BadCredentialsException: 401 {"message": "Bad credentials", "documentation_url": "https://docs.github.com/rest"}\n  Github(login_or_token="@@")', gh())
N("KeyError: 'LEDGER_API_TOKEN'\n  File \"/app/settings.py\", line 31, in <module>\n    API_TOKEN = os.environ[\"LEDGER_API_TOKEN\"]")
PT('slack_token', "slack_sdk.errors.SlackApiError: The request to the Slack API failed. (url: https://slack.com/api/apps.connections.open)\nThe server responded with: {'ok': False, 'error': 'invalid_auth'}\n  app_token=@@", xapp())
PT('jwt', "jwt.exceptions.ExpiredSignatureError: Signature has expired\n  token: @@",
   jwt({'sub': 'u_77120', 'tenant': 'acme-eu', 'exp': 1718000000}, 'HS512'))
N("asyncio.exceptions.CancelledError\n  task: <Task cancelled name='Task-4471' coro=<Consumer.poll() done, defined at /app/ledger/consumer.py:61>>")
body = pem('MIIEvgIBADANBgkqhkiG9w0BAQEFAASC', 3)[:2]
P('private_key', "ValueError: Could not deserialize key data. The data may be in an incorrect format.\nkey data starts with: -----BEGIN PRIVATE KEY-----\n%s\n..." % '\n'.join(body), *body)
N("celery.exceptions.SoftTimeLimitExceeded: SoftTimeLimitExceeded()\n  task_id=5f2c9e1a-7b3d-4e8f-a6c1-9d0b2e4f7a3c retries=3")

# group 20 (dev)
group('on-call handoff')
P('person_name', "Handoff from Aigerim Bekova to Tomás Ferreira-Sousa, Tue 11 Jun 17:00 UTC", "Aigerim Bekova", "Tomás Ferreira-Sousa")
N("Open: INC-2291 (ledger lag) monitoring, INC-2293 (cert expiry on edge-eu1 in 9 days) assigned to SRE")
v = fill('+55 11 9####-####')
P('phone', "Secondary this week: Tomás, mobile %s" % v, "Tomás", v)
N("Quiet night: 3 pages, all auto-resolved. Longest was DiskPressure on kafka-eu1-b3 (14 min)")
v = fill('+1-212-###-####')
P('phone', "If Slack and PD are both down, the escalation number is %s (Dmitri Volkov's cell)" % v, v, "Dmitri Volkov")
N("Reminder: Monday is a public holiday in Poland, Warsaw office is closed; coverage from Lisbon and Austin")
PT('person_name', "Vendor contact at the CDN is @@, ticket CDN-448271 open with them", "Haruto Yamamoto")
N("Runbook updated: https://wiki.acme.io/sre/runbooks/kafka-consumer-lag (rev 37)")
v = fill('+81 90-####-####')
P('phone', "Haruto prefers phone: %s (JST office hours)" % v, "Haruto", v)
N("Maintenance: Thursday 02:00-04:00 CEST, Cassandra 4.1.5 rolling upgrade, change CHG-7712")
P('person_name', "next week primary: aisha bello, secondary: kofi asante", "aisha bello", "kofi asante")
N("Error budget: 99.9% SLO for ledger-api, 41% of the monthly budget left as of June 11")
PT('phone', "New DBA on rotation, reachable at @@ until the directory sync runs", fill('+49 151 ########'))
N("Capacity: kafka-eu1 at 71% disk; expansion ticket INFRA-9021 approved, 3 brokers to add in August")
PT('phone', "Night DBA can be reached on @@, the number is in PD too", fill('+353 87 ### ####'))
N("Handoff doc: https://docs.acme.io/d/1F9k2PzQ8mXc7LrT4vB6nY0wJ3hE5aS/edit#heading=h.4k2p9x")

# group 21 (test)
group('postmortem draft')
N("## Summary\nOn 2024-06-11 between 09:12 and 10:04 UTC, 3.1% of checkout requests failed with HTTP 503.")
P('person_name', "Incident commander: Ifeoma Chukwu. Scribe: Lê Hoàng Nam.", "Ifeoma Chukwu", "Lê Hoàng Nam")
N("## Timeline (UTC)\n09:12 first 5xx spike\n09:14 KafkaConsumerLagHigh fires\n09:31 revert to v2.13.7 started\n10:04 error rate < 0.1%")
PT('phone', "09:20 customer escalation via the hotline, the caller left @@ for follow-up", fill('+49 (0)30 ########'))
N("## Root cause\nA change to the retry loop (PR #4810) turned transient serialization failures into a tight loop, saturating the connection pool (max 50).")
P('person_name', "Thanks to Youssef El-Amrani and Ana Sofía Morales Quintero for the quick rollback", "Youssef El-Amrani", "Ana Sofía Morales Quintero")
N("## Impact\n1,842 failed checkouts, est. 48,120 EUR delayed revenue, no data loss, no duplicate charges.")
PT('email', "Customer comms were sent by @@ to the 14 affected merchants", "k.oyelaran@acme.io")
N("## Action items\n- PAY-4471 add jitter to retries (owner: Payments)\n- SRE-1182 alert on pool saturation (owner: SRE)\n- SRE-1183 game day in Q3")
PT('phone', "The merchant's CTO called the support line from @@ at 09:26", fill('+52 55 #### ####'))
N("## What went well\nAlertmanager routed the page within 40s; Grafana annotations made the deploy obvious.")
PT('phone', "Merchant contact in Krakow asked to be called back on @@", fill('+48 12 ### ## ##'))
N("## Lessons\nDon't roll forward during a SEV2 on a Friday; Hudson-era jobs still run on the old Jenkins agents.")
PT('person_name', "Reviewed by @@ (Eng Manager) on 2024-06-14", "Rania Haddad")
N("Status: Final. Severity: SEV2. Detection: 2 min. Mitigation: 52 min. Tags: kafka, retries, postgres")

# group 22 (dev)
group('curl sessions')
PT('bearer', 'curl -sS -H "Authorization: Bearer @@" "https://api.acme.io/v2/invoices?limit=5" | jq .', opaque(40))
N('curl -sS -H "Authorization: Bearer $TOKEN" "https://api.acme.io/v2/invoices?limit=5" | jq \'.items | length\'\n5')
url, sec = discord_hook()
P('webhook', "curl -X POST -H 'Content-Type: application/json' -d '{\"content\":\"deploy ok\"}' %s" % url, sec)
N("curl -I https://ledger.eu1.acme.io/healthz\nHTTP/2 200\ncontent-type: text/plain\nx-request-id: 5d0c7b1a9e3f4a6c8b2d0e1f3a5c7b9d\ndate: Tue, 11 Jun 2024 09:40:02 GMT")
PT('jwt', 'curl -H "Authorization: Bearer @@" https://auth.acme.io/userinfo',
   jwt({'iss': 'https://auth.acme.io/', 'sub': 'u_88123', 'aud': 'ledger-api', 'exp': 1718099642}, 'RS256', 'k-2024-05'))
N('curl -u "$API_USER:$API_PASS" https://registry.acme.io/v2/_catalog')
PT('password', "curl -u admin:@@ 'http://es-prod-1:9200/_cluster/health?pretty'", "El4stic-Adm1n!")
N('{\n  "cluster_name" : "es-prod",\n  "status" : "yellow",\n  "number_of_nodes" : 6,\n  "unassigned_shards" : 12\n}')
key, tok = 'AIza' + rs(35, B64U), rs(43, B64U)
P('webhook', "curl -X POST -H 'Content-Type: application/json' 'https://chat.googleapis.com/v1/spaces/AAAA%s/messages?key=%s&token=%s' -d '{\"text\":\"backup finished\"}'" % (rs(7), key, tok), key, tok)
N('curl -s https://api.github.com/rate_limit | jq .rate\n{\n  "limit": 5000,\n  "remaining": 4987,\n  "reset": 1718100002\n}')
PT('gitlab_token', 'curl --request POST --header "PRIVATE-TOKEN: @@" --form "key=DEPLOY_ENV" --form "value=prod" https://gitlab.acme.io/api/v4/projects/412/variables', glpat())
PT('github_token', 'curl -H "Authorization: Bearer @@" -H "Accept: application/vnd.github+json" https://api.github.com/user', gh())
N('curl -sS https://vault.internal.acme.io:8200/v1/sys/health | jq -c .\n{"initialized":true,"sealed":false,"standby":false,"version":"1.16.2+ent","cluster_id":"b3f1c7a2-9e4d-4c8a-8f1e-6a2d0c9b7e53"}')
N("curl -v https://ledger.eu1.acme.io 2>&1 | grep -iE 'subject|expire'\n*  subject: CN=ledger.eu1.acme.io\n*  expire date: Jun 20 23:59:59 2024 GMT")

# group 23 (test)
group('http debug')
PT('bearer', "> GET /v1/accounts HTTP/1.1\n> Host: billing-gw.internal\n> Authorization: Bearer @@\n> Accept: */*", opaque(44))
N('< HTTP/1.1 401 Unauthorized\n< WWW-Authenticate: Bearer realm="billing", error="invalid_token", error_description="The access token expired"')
url, sec = slack_hook()
P('webhook', "POST %s -> 200 ok (took 184ms)" % url, sec)
N("> POST /oauth/token HTTP/1.1\n> Content-Type: application/x-www-form-urlencoded\n>\ngrant_type=client_credentials&client_id=ledger-sync&scope=invoices.read")
PT('password', "grant_type=client_credentials&client_id=ledger-sync&client_secret=@@&scope=invoices.read", "q8Yt-2Lm_Vx9Rk4Zp7Nc")
N('< HTTP/2 200\n< content-type: application/json\n< etag: "0x8DC89F1A2B3C4D5"\n< x-ms-request-id: 9f1c2e7a-001e-0042-3b1d-bb7f4c000000')
PT('jwt', '< {"access_token":"@@","token_type":"Bearer","expires_in":3600}',
   jwt({'iss': 'https://auth.acme.io/', 'sub': 'ledger-sync', 'scope': 'invoices.read', 'exp': 1718100062}, 'RS256', 'k-2024-05'))
N('< {"token_type":"Bearer","expires_in":3600,"scope":"invoices.read"}')
sec = rs(6, LO + DG)
P('webhook', "Zap trigger: POST https://hooks.zapier.com/hooks/catch/%s/%s/ returned 200" % (digits(7), sec), sec)
N("* Connected to api.acme.io port 443 (#0)\n* ALPN: server accepted h2\n* SSL connection using TLSv1.3 / TLS_AES_256_GCM_SHA384")
PT('vendor_token', "> X-Shopify-Access-Token: @@\n> Content-Type: application/json", 'shpat_' + hx(32))
N("< x-ratelimit-limit: 600\n< x-ratelimit-remaining: 598\n< x-ratelimit-reset: 1718100060")
PT('github_token', "> Authorization: token @@\n> User-Agent: gh/2.49.2", gh('gho_'))
N("< Set-Cookie: __cf_bm=REDACTED; path=/; expires=Tue, 11-Jun-24 10:10:02 GMT; domain=.acme.io; HttpOnly; Secure")
PT('bearer', "> CONNECT billing-gw.internal:443 HTTP/1.1\n> Proxy-Authorization: Bearer @@", opaque(36))

# group 24 (dev)
group('terraform')
N("aws_iam_role.ledger_irsa: Refreshing state... [id=ledger-api-irsa]\naws_s3_bucket.backups: Refreshing state... [id=acme-prod-backups]")
PT('aws_key', 'provider "aws" {\n  region     = "eu-west-1"\n  access_key = "@@"\n  secret_key = "@@"\n}', akia(), aws_secret())
N('resource "aws_kms_alias" "ledger" {\n  name          = "alias/ledger-app"\n  target_key_id = aws_kms_key.ledger.key_id\n}')
N("arn:aws:kms:eu-west-1:123456789012:key/1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d")
body = ['b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW'] + pem('QyNTUxOQAAACB', 3)
P('private_key', "tls_private_key.bastion: Creation complete after 0s\nOutputs:\nprivate_key_openssh = <<EOT\n-----BEGIN OPENSSH PRIVATE KEY-----\n%s\n-----END OPENSSH PRIVATE KEY-----\nEOT" % '\n'.join(body), *body)
N('variable "db_password" {\n  type      = string\n  sensitive = true\n}')
N('db_password = (sensitive value)\nendpoint    = "ledger-db.cqz1x8.eu-west-1.rds.amazonaws.com:5432"')
PT('password', 'terraform apply -var "db_password=@@" -auto-approve', "Tf-Appl1ed!9981")
N("terraform state list | wc -l\n412\nterraform version\nTerraform v1.7.5 on linux_amd64")
PT('gitlab_token', 'terraform init -backend-config="address=https://gitlab.acme.io/api/v4/projects/412/terraform/state/prod" -backend-config="username=sre-bot" -backend-config="password=@@"', glpat())
N('module "vpc" {\n  source  = "terraform-aws-modules/vpc/aws"\n  version = "5.8.1"\n  cidr    = "10.40.0.0/16"\n}')
N("gcloud projects describe acme-prod --format='value(projectNumber)'\n884215037721")
body = pem('MIIEvQIBADANBgkqhkiG9w0BAQEFAASC', 4)
P('private_key', '{\n  "type": "service_account",\n  "project_id": "acme-prod",\n  "private_key": "-----BEGIN PRIVATE KEY-----\n%s\n-----END PRIVATE KEY-----\n",\n  "token_uri": "https://oauth2.googleapis.com/token"\n}' % '\n'.join(body), *body)
N("az keyvault secret show --vault-name kv-acme-prod --name ledger-db-password --query id -o tsv\nhttps://kv-acme-prod.vault.azure.net/secrets/ledger-db-password/4f8a2c1e9b7d4e6fa3c5b1d9e7f2a4c6")
N("Apply complete! Resources: 3 added, 1 changed, 0 destroyed.")

# group 25 (test)
group('aws cli output')
N('{\n    "UserId": "AROA4EXAMPLEXYZ7QK2M:botocore-session-1718031122",\n    "Account": "123456789012",\n    "Arn": "arn:aws:sts::123456789012:assumed-role/SREAdmin/botocore-session-1718031122"\n}')
PT('aws_key', 'aws iam create-access-key --user-name ci-uploader\n{\n    "AccessKey": {\n        "UserName": "ci-uploader",\n        "AccessKeyId": "@@",\n        "Status": "Active",\n        "SecretAccessKey": "@@",\n        "CreateDate": "2024-06-11T09:50:02+00:00"\n    }\n}', akia(), aws_secret())
N('aws iam list-access-keys --user-name ci-uploader --query "AccessKeyMetadata[].{id:AccessKeyId,status:Status}" --output table')
N('aws s3api head-object --bucket acme-prod-backups --key pg/2024-06-11/base.tar.zst\n{\n    "ContentLength": 48213377024,\n    "ETag": "\\"9b2cf535f27731c974343645a3985328-4599\\"",\n    "VersionId": "3HL4kqtJlcpXroDTDmJ.rmSpXd3dIbrHY"\n}')
PT('aws_key', 'aws sts assume-role --role-arn arn:aws:iam::123456789012:role/SREAdmin --role-session-name debug\n{"Credentials": {"AccessKeyId": "@@", "SecretAccessKey": "@@", "SessionToken": "@@", "Expiration": "2024-06-11T10:50:02Z"}}',
   akia('ASIA'), aws_secret(), 'IQoJb3JpZ2luX2VjE' + rs(280, B64))
N('aws ec2 describe-instances --filters "Name=tag:Name,Values=kafka-eu1-*" --query "Reservations[].Instances[].InstanceId"\n["i-0a1b2c3d4e5f60718", "i-0f9e8d7c6b5a41302", "i-07c3e1a9b5d2f4680"]')
N('aws secretsmanager get-secret-value --secret-id prod/ledger/db --query VersionId\n"a1b2c3d4-5e6f-4a8b-9c0d-1e2f3a4b5c6d"')
PT('password', 'aws secretsmanager get-secret-value --secret-id prod/ledger/db --query SecretString --output text\n{"username":"ledger","password":"@@"}', "Ld9!zQ-x4TpW2v")
N("aws logs tail /aws/lambda/ledger-export --since 10m\n2024-06-11T09:52:01 START RequestId: 6c1f3a9e-2b7d-4e0f-8a5c-1d3b9e7f2a64 Version: $LATEST\n2024-06-11T09:52:03 REPORT Duration: 1843.21 ms Billed Duration: 1844 ms Memory Size: 512 MB Max Memory Used: 188 MB")
N('aws ecr describe-images --repository-name ledger-api --image-ids imageTag=2.14.1 --query "imageDetails[0].imageDigest"\n"sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"')
PT('ipv4', "aws ec2 authorize-security-group-ingress --group-id sg-0a1b2c3d4e5f67890 --protocol tcp --port 22 --cidr @@/32  # my home IP for the debug session", ipv4())
N('aws ec2 describe-security-groups --group-ids sg-0a1b2c3d4e5f67890 --query "SecurityGroups[0].IpPermissions[].IpRanges[].CidrIp"\n["10.40.0.0/16", "0.0.0.0/0"]')
PT('ipv6', "ingress rule added: tcp/22 from @@/128 (home connection of the on-call engineer)", ipv6('2003:e6'))
N('aws cloudfront create-invalidation --distribution-id E2QWRUHEXAMPLE --paths "/static/*"\n{"Invalidation": {"Id": "I2J0I21PCUYOIK", "Status": "InProgress"}}')

# group 26 (dev)
group('release notes and versions')
N("ledger-api 2.14.1+build.4471 (commit 4f2a9c1) released to prod-eu1 and prod-us1")
N("Upgraded base image from debian:12.5-slim to debian:12.6-slim; OpenSSL 3.0.13-1~deb12u1")
N("Kernel on kafka nodes: 6.1.0-21-cloud-amd64 #1 SMP PREEMPT_DYNAMIC Debian 6.1.90-1 (2024-05-03)")
N("Windows agents updated to 10.0.20348.2461; .NET 8.0.6; PowerShell 7.4.2")
N("Android SDK bumped from 8.4.1.2 to 8.4.2.0; iOS SDK 5.12.0.3; Chrome 125.0.6422.142 is the minimum for the admin UI")
N("CHANGELOG 3.8.0 - 2024-06-10\n### Fixed\n- Token refresh no longer races with logout (#812)\n### Security\n- Rotated signing keys; old key id `k-2023-11` retired")
N("Helm chart ledger 2.14.2 -> appVersion 2.14.1; requires Kubernetes >= 1.27.0-0")
N("Deprecation: the `password` field in config v1 is removed in 4.0.0; use `passwordFile` instead")
N("Go 1.22.4, Node 20.14.0, Python 3.12.4, Java 21.0.3+9-LTS, rustc 1.78.0 (9b00956e5 2024-04-29)")
url, sec = slack_hook()
P('webhook', "release.sh: announcing v2.14.1 via %s" % url, sec)
P('person_name', "Release captain: Nkechi Obi; QA sign-off: Hiroshi Tanaka", "Nkechi Obi", "Hiroshi Tanaka")
N("Postgres minor upgrade 16.2 -> 16.3 done, pg_upgrade not needed; extension pg_stat_statements 1.10")
N("Known issue: Safari 17.4.1 shows the login page twice (TICKET-8801)")
N("SBOM digest sha512:cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e")
PT('email', "Questions about the release go to @@ until the Friday cut-off", "wiktoria.nowak@acme.io")

# group 27 (test)
group('monitoring and promql')
N('sum(rate(http_requests_total{job="ledger-api",code=~"5.."}[5m])) / sum(rate(http_requests_total{job="ledger-api"}[5m])) > 0.02')
N('histogram_quantile(0.99, sum by (le) (rate(http_request_duration_seconds_bucket{service="checkout"}[5m])))')
N('kafka_consumergroup_lag{consumergroup="ledger-consumer",topic="ledger.events.v2",partition="7"} 184223')
N('node_filesystem_avail_bytes{mountpoint="/data",device="/dev/nvme1n1"} 2.27633152e+11')
N('ALERTS{alertname="KubePodCrashLooping",namespace="payments",pod="ledger-api-7d9f8c6b5-m8zrt",severity="warning"} 1')
PT('phone', "receivers:\n- name: sms-primary\n  webhook_configs:\n  - url: http://sms-bridge.monitoring:9094/send\n# bridge forwards to the primary's mobile @@", fill('+65 9### ####'))
N("receivers:\n- name: pagerduty-critical\n  pagerduty_configs:\n  - routing_key_file: /etc/alertmanager/secrets/pd_routing_key\n    severity: critical")
N("process_resident_memory_bytes 1.073741824e+09\ngo_goroutines 1842\nprocess_start_time_seconds 1.71803112e+09")
N("Grafana alert 'Ledger lag' state changed from Normal to Alerting (value 184223 > 100000) at 09:14:02")
PT('person_name', "Silence created by @@ until 2024-06-11T12:00Z: matcher alertname=KafkaConsumerLagHigh", "Kateryna Bondarenko")
N("amtool silence add alertname=KafkaConsumerLagHigh --duration=2h --comment='INC-2291' --author=sre-oncall")
N("Datadog monitor 148822091: avg(last_5m):avg:kafka.consumer_lag{consumer_group:ledger-consumer} > 100000")
PT('person_name', "Grafana OnCall: escalation step 2 notifies @@ by phone call after 10 minutes", "Sipho Ndlovu")
N("rate(container_cpu_cfs_throttled_seconds_total{namespace=\"payments\"}[5m]) > 0.5")

# group 28 (dev)
group('db query output')
N("ledger=> select count(*), max(created_at) from invoices;\n count  |            max\n--------+----------------------------\n 884215 | 2024-06-11 09:13:58.118+00\n(1 row)")
PT('card', "ledger=> select id, pan from payment_methods_legacy limit 1;\n  id  |         pan\n------+---------------------\n 4471 | @@", card('6011', 16, (4, 4, 4, 4)))
PT('iban', "ledger=> select merchant_id, iban, status from payouts where merchant_id = 88123;\n merchant_id |              iban              | status\n 88123       | @@ | active", iban('ES'))
PT('ssn', "ledger=> select applicant_id, ssn, state from applicants where applicant_id = 1042;\n 1042 | @@ | verified", ssn())
N("Index Scan using invoices_pkey on invoices (cost=0.43..8.45 rows=1 width=212) (actual time=0.021..0.022 rows=1 loops=1)\nExecution Time: 0.047 ms")
PT('card', "mysql> SELECT card_number FROM orders_archive WHERE id=100042317;\n| @@ |", card('2221', 16))
PT('iban', "SELECT iban FROM payouts WHERE merchant_id=7712; -> @@", iban('IT', False))
N("pg_stat_activity: 47 active, 3 idle in transaction (max age 00:04:12), wait_event=ClientRead")
P('email', "mysql> select name, email from users where id=88123;\n| Kofi Boateng | kofi.boateng@yahoo.com |", "Kofi Boateng", "kofi.boateng@yahoo.com")
N('VACUUM (VERBOSE) invoices;\nINFO:  "invoices": removed 18442 row versions in 4471 pages\nINFO:  "invoices": found 18442 removable, 884215 nonremovable row versions')
PT('phone', "ledger=> select user_id, phone, kind from contact_points where user_id=88124;\n 88124 | @@ | mobile", fill('+33 6 ## ## ## ##'))
N("redis-cli -h cache-03 info keyspace\n# Keyspace\ndb0:keys=184223,expires=180004,avg_ttl=3588112")
PT('ssn', 'psql: ERROR:  duplicate key value violates unique constraint "applicants_ssn_key"\nDETAIL:  Key (ssn)=(@@) already exists.', ssn())
N("cqlsh> SELECT day, ts, event_id FROM ledger.events_by_day WHERE day='2024-06-11' LIMIT 1;\n 2024-06-11 | 2024-06-11 09:13:58.118000+0000 | 2b7e1516-28ae-4d2a-a6f7-15880945cf3c")
PT('iban', "mongo> db.payouts.findOne({merchant: 7712}, {iban: 1})\n{ _id: ObjectId('665f1c2e9b7d4a0012ab34cd'), iban: '@@' }", iban('DE', False))

# group 29 (test)
group('kyc and hr tickets')
PT('ssn', "HR-2210: onboarding form for the new contractor lists SSN @@; please move it to Workday and delete it from this ticket", ssn())
N("HR-2211: laptop request for the Lisbon office, asset tag LT-004471, ship by Friday")
PT('iban', "Wynagrodzenie na konto @@ od lipca", iban('PL'))
PT('phone', "Supplier contact in Brussels: @@ (ask for accounts payable)", fill('+32 470 ## ## ##'))
PT('card', "kyc-service WARN raw PAN in request body: @@ (masking failed)", card('4', 16))
N("kyc-service INFO document check passed: doc_type=passport country=NG check_id=chk_8f2a1c9e7b3d")
PT('ssn', "kyc-service ERROR ssn_last4 expected 4 digits but got the full value @@", ssn(''))
PT('person_name', "kyc-service INFO manual review requested for applicant @@ (case KYC-55120)", "Nguyễn Thị Mai Anh")
N("kyc-service INFO review queue depth 42, oldest 3h12m, reviewers online 5")
PT('iban', "Lohnzahlung an @@ (Zurich)", iban('CH'))
PT('card', "Expense report EXP-8812: corporate Amex @@ charged 1,249.00 USD at a hotel in Austin", card('34', 15, (4, 6, 5)))
N("Expense policy: hotels up to 250 USD/night in Austin, Sydney and Frankfurt; receipts within 30 days")
PT('ssn', "Background check vendor returned: subject SSN @@ - clear", ssn(' '))
PT('iban', "Supplier bank details changed to @@, please verify by phone before paying", iban('IE'))
N("Vendor master data change request VMD-3301 approved by Finance Ops, effective 2024-07-01")
PT('card', "Card @@ flagged by fraud rule FR-12 (velocity)", card('5' + R.choice('12345'), 16, (4, 4, 4, 4), '-'))


# ---------------------------------------------------------------- output
HEADER = '# kind\ttext\tmust-vanish (|-separated; empty for negatives)\tsource\n'


def main():
    out = {'dev': [], 'test': []}
    for gi, (name, cases) in enumerate(GROUPS):
        split = 'dev' if gi % 2 == 0 else 'test'
        for kind, text, vals in cases:
            assert '\t' not in text and '\r' not in text, text
            for v in vals:
                assert v and v in text, (v, text)
                assert '|' not in v and '\t' not in v, v
            enc = text.replace('\n', '\\n')
            vals = list(dict.fromkeys(vals))
            out[split].append('%s\t%s\t%s\twriter10 %s\n' % (kind, enc, '|'.join(vals), name))
    for split, lines in out.items():
        with open('batch10_%s.tsv' % split, 'w', encoding='utf-8') as f:
            f.write(HEADER)
            f.writelines(lines)
        print('%s: %d lines' % (split, len(lines)))


if __name__ == '__main__':
    main()
