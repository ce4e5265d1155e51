#!/usr/bin/env python3
"""Generator for blind.tsv (independent blind-writer corpus).

Secret-looking values are produced from a fixed-seed PRNG so that they have
the right vendor prefix / length / alphabet but are not real credentials.
Run: python3 gen.py && python3 validate.py
"""
import base64
import json
import random
import string
import zlib

R = random.Random(0x5EC12E7)
AL = string.ascii_letters + string.digits
LOW = string.ascii_lowercase + string.digits
UP = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"
B64 = AL + "+/"
B64U = AL + "-_"
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
NL = "\\n"  # literal backslash-n as required by the file format


def rs(n, al=AL):
    return "".join(R.choice(al) for _ in range(n))


def hx(n):
    return rs(n, HEX)


def b62(num, width):
    out = ""
    while num:
        num, r = divmod(num, 62)
        out = (string.digits + string.ascii_letters)[r] + out
    return out.rjust(width, "0")


def gh(prefix):
    body = rs(30)
    return prefix + body + b62(zlib.crc32(body.encode()), 6)


def aws_id(prefix="AKIA"):
    return prefix + rs(16, B32)


def aws_secret():
    return rs(40, B64)


def luhn_ok(num):
    d = [int(c) for c in num if c.isdigit()]
    s = 0
    for i, x in enumerate(reversed(d)):
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    return s % 10 == 0


def card(prefix, length):
    while True:
        body = prefix + "".join(R.choice(string.digits) for _ in range(length - len(prefix) - 1))
        for c in string.digits:
            if luhn_ok(body + c):
                return body + c


def group(num, sizes, sep=" "):
    out, i = [], 0
    for s in sizes:
        out.append(num[i:i + s])
        i += s
    return sep.join(out)


def iban(cc, bban):
    rearr = bban + cc + "00"
    numeric = "".join(str(int(ch, 36)) for ch in rearr)
    check = 98 - int(numeric) % 97
    return f"{cc}{check:02d}{bban}"


def iban_grouped(i):
    return " ".join(i[k:k + 4] for k in range(0, len(i), 4))


def digits(n):
    return "".join(R.choice(string.digits) for _ in range(n))


def b64u(obj):
    raw = json.dumps(obj, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def jwt(payload, alg="HS256", siglen=43):
    return b64u({"alg": alg, "typ": "JWT"}) + "." + b64u(payload) + "." + rs(siglen, B64U)


def pem_lines(first, n, last_len=None, width=64):
    lines = [first + rs(width - len(first), B64)]
    for _ in range(n - 1):
        lines.append(rs(width, B64))
    if last_len:
        lines.append(rs(last_len, B64) + "=")
    return lines


ITEMS = []


def P(kind, text, *vals):
    ITEMS.append((kind, text, list(vals)))


def N(text):
    ITEMS.append(("negative", text, []))


# ---------------------------------------------------------------- passwords
pw = ["Vq7!mRz2#kLp9wX", "s3cure-Harbor-88-lamp", "Tq9$eWx4!bN2zR", "kR8#vL2qPz!m",
      "Gh4%tYu8Kp1sQ", "Winter2026!Rollout", "p@55w0rd-Zx81Lq", "m9Kd2LwQx7Vb", "B7u!xQ2r$9Lm",
      "c0rrect-h0rse-Battery-91", "Zk3#Pq8s!Lw2", "N4r!wh4l-Dock-17", "hY6@tR3qWm8", "Lp2&Xv9Qm4Tz",
      "Qz8!Ln3vRk7", "oV4qK9zLw2Hx", "Fj7%Ue2Kq9Ws", "9Rt!xVe4Mp2q", "Ambr0se*Quartz*44", "tN5$gQ8wLc3"]
P("password", f"DB_PASSWORD={pw[0]}", pw[0])
P("password", f"Hey, the new db pw for orders-prod is {pw[1]} - rotate it again after the migration pls", pw[1])
P("password", f"mysql -h orders-db.internal -u app -p'{pw[2]}' -e 'SHOW PROCESSLIST'", pw[2])
P("password", f"psql \"host=pg-primary.prod port=5432 user=reporting password={pw[3]} dbname=analytics sslmode=require\"", pw[3])
P("password", f"redis-cli -h cache-01.prod -p 6379 -a {pw[4]} --no-auth-warning INFO replication", pw[4])
P("password", f"spring:{NL}  datasource:{NL}    url: jdbc:postgresql://pg.prod:5432/billing{NL}    username: billing_svc{NL}    password: {pw[5]}", pw[5])
P("password", f"kubectl create secret generic grafana-admin --from-literal=admin-user=admin --from-literal=admin-password='{pw[6]}' -n monitoring", pw[6])
P("password", f"machine artifactory.corp.example.net login ci-deployer password {pw[7]}", pw[7])
P("password", f"[global]{NL}index-url = https://pypi-reader:{pw[8]}@nexus.corp.example.net/repository/pypi-all/simple", pw[8])
P("password", f"docker login registry.corp.example.net -u svc-builder -p {pw[9]}", pw[9])
P("password", f"2026-12-04T22:13:09Z WARN ldap bind failed dn=cn=svc-jenkins,ou=svc,dc=corp password=\"{pw[10]}\" err=invalidCredentials", pw[10])
P("password", f"PS C:\\> $secpw = ConvertTo-SecureString '{pw[11]}' -AsPlainText -Force; $cred = New-Object PSCredential('CORP\\svc-backup', $secpw)", pw[11])
P("password", f"C:\\> net use Z: \\\\fs01\\share /user:CORP\\svc-sql {pw[12]}", pw[12])
P("password", f"rabbitmqctl add_user metrics_reader '{pw[13]}' && rabbitmqctl set_permissions -p / metrics_reader '' '' '.*'", pw[13])
P("password", f"PROJ-4821: Vendor portal login for the SFTP drop is user acme_ops / pass {pw[14]} (expires end of Q1)", pw[14])
P("password", f"resource \"aws_db_instance\" \"main\" {{{NL}  engine   = \"postgres\"{NL}  username = \"dbadmin\"{NL}  password = \"{pw[15]}\"{NL}}}", pw[15])
P("password", f"{{\"smtp\": {{\"host\": \"smtp.mailprovider.net\", \"port\": 587, \"user\": \"alerts\", \"pass\": \"{pw[16]}\"}}}}", pw[16])
P("password", f"curl -sS -u admin:{pw[17]} https://jenkins.corp.example.net/api/json?tree=jobs[name]", pw[17])
P("password", f"wifi for the DC cage: SSID dc2-ops, passphrase \"{pw[18]}\"", pw[18])
P("password", f"helm upgrade --install pg bitnami/postgresql --set auth.postgresPassword={pw[19]} --set auth.database=app -n data", pw[19])
pw2 = ["Xe3!kPq7Lz9m", "Ru8$wQ2nVx5t", "J8s@Lq4mZt2w"]
P("password", f"ansible-playbook site.yml -e 'ansible_become_pass={pw2[0]}' -l web-prod", pw2[0])
P("password", f"ERROR auth: login failed for user 'etl' (password 'Ru8$wQ2nVx5t' rejected, account locked after 5 attempts)", pw2[1])
P("password", f"sshpass -p '{pw2[2]}' ssh -o StrictHostKeyChecking=no deploy@bastion.prod uptime", pw2[2])

# -------------------------------------------------------- connection strings
cs = ["hR7kQ2vLm9Xz", "Pz4!wK8q", "m2Xq9LvR4tKe", "Tg5vQ8zLr2Wn", "wB3kZ9qX7mLp", "Jx2Lq8Vm4Rk9",
      "dE7q2KpX9vLw", "Yk4Rm8Qz2Vt7", "nQ7vX2kL9pRw", "Ls8Kq3Vz7Xm2", "qW2eR5tY8uKm", "Vn6Lp2Xq9Kz4"]
P("connection_string", f"DATABASE_URL=postgres://app_rw:{cs[0]}@pg-primary.prod.internal:5432/orders?sslmode=require", cs[0])
P("connection_string", f"mongodb+srv://analytics:{cs[1]}@cluster0.x7kqp.mongodb.net/events?retryWrites=true&w=majority", cs[1])
P("connection_string", f"REDIS_URL=rediss://default:{cs[2]}@redis-12345.c1.eu-west-1-2.ec2.cloud.redislabs.com:12345/0", cs[2])
P("connection_string", f"sqlalchemy.url = mysql+pymysql://inventory:{cs[3]}@mysql-inv.prod:3306/inventory?charset=utf8mb4", cs[3])
P("connection_string", f"Server=tcp:sql-prod-weu.database.windows.net,1433;Initial Catalog=crm;User ID=crm_app;Password={cs[4]};Encrypt=True;Connection Timeout=30;", cs[4])
P("connection_string", f"amqp://orders:{cs[5]}@rabbit-01.prod:5672/%2Fprod", cs[5])
P("connection_string", f"2026-12-05 03:14:22,918 ERROR [pool-3] HikariPool-1 - Exception during pool initialization: jdbc:postgresql://pg.prod:5432/billing?user=billing&password={cs[6]}", cs[6])
P("connection_string", f"  env:{NL}    - name: CELERY_BROKER_URL{NL}      value: \"redis://:{cs[7]}@redis-master.queue.svc.cluster.local:6379/1\"", cs[7])
P("connection_string", f"sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) connection to server failed [SQL: SELECT 1] (Background on this error at: https://sqlalche.me/e/20/e3q8) url=postgresql://etl:{cs[8]}@10.20.3.14:5432/dw", cs[8], "10.20.3.14")
P("connection_string", f"clickhouse-client --host ch.prod --user reader --password {cs[9]} --query 'SELECT count() FROM logs'", cs[9])
azkey = base64.b64encode(bytes(R.getrandbits(8) for _ in range(64))).decode()
P("connection_string", f"AZURE_STORAGE_CONNECTION_STRING=DefaultEndpointsProtocol=https;AccountName=stopsbackups01;AccountKey={azkey};EndpointSuffix=core.windows.net", azkey)
sbkey = base64.b64encode(bytes(R.getrandbits(8) for _ in range(32))).decode()
P("connection_string", f"Endpoint=sb://ops-events.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey={sbkey}", sbkey)
P("connection_string", f"git remote set-url origin https://deploy-bot:{cs[10]}@git.corp.example.net/platform/infra.git", cs[10])
P("connection_string", f"ftp://backup:{cs[11]}@ftp.partner-logistics.de/outbound/", cs[11])
P("password", f"export KAFKA_SASL_JAAS_CONFIG='org.apache.kafka.common.security.plain.PlainLoginModule required username=\"svc-ingest\" password=\"Qm7vX3kL8pRz\";'", "Qm7vX3kL8pRz")

# ------------------------------------------------------------------- AWS
a1, s1 = aws_id(), aws_secret()
P("aws_key", f"[default]{NL}aws_access_key_id = {a1}{NL}aws_secret_access_key = {s1}{NL}region = eu-west-1", a1, s1)
a2, s2 = aws_id(), aws_secret()
P("aws_key", f"docker run --rm -e AWS_ACCESS_KEY_ID={a2} -e AWS_SECRET_ACCESS_KEY={s2} amazon/aws-cli s3 ls s3://ops-artifacts", a2, s2)
a3, s3, st3 = aws_id("ASIA"), aws_secret(), "IQoJb3JpZ2luX2VjE" + rs(300, B64)
P("aws_key", f"export AWS_ACCESS_KEY_ID={a3}; export AWS_SECRET_ACCESS_KEY={s3}; export AWS_SESSION_TOKEN={st3}", a3, s3, st3)
a4, s4 = aws_id(), aws_secret()
P("aws_key", f"can someone check why CI fails? I set access key {a4} and secret {s4} in the job but still get AccessDenied", a4, s4)
a5 = aws_id()
P("aws_key", f"botocore.exceptions.ClientError: An error occurred (InvalidAccessKeyId) when calling the PutObject operation: The AWS Access Key Id you provided does not exist in our records. (key={a5})", a5)
a6, s6 = aws_id(), aws_secret()
P("aws_key", f"provider \"aws\" {{{NL}  region     = \"us-east-1\"{NL}  access_key = \"{a6}\"{NL}  secret_key = \"{s6}\"{NL}}}", a6, s6)

# ----------------------------------------------------------------- GitHub
g1, g2, g3, g4 = gh("ghp_"), gh("gho_"), gh("ghs_"), "github_pat_11" + rs(20, UP) + "_" + rs(59)
P("github_token", f"git clone https://x-access-token:{g1}@github.com/acme-platform/terraform-live.git", g1)
P("github_token", f"GITHUB_TOKEN={g4}", g4)
P("github_token", f"//npm.pkg.github.com/:_authToken={g2}", g2)
P("github_token", f"##[debug]Evaluating: secrets.GITHUB_TOKEN => {g3}", g3)
g5 = gh("ghp_")
P("github_token", f"gh auth login --with-token <<< {g5}", g5)

# ----------------------------------------------------------------- GitLab
gl1, gl2, gl3 = "glpat-" + rs(20, B64U), "glrt-" + rs(20, B64U), "gldt-" + rs(20, B64U)
P("gitlab_token", f"curl --header \"PRIVATE-TOKEN: {gl1}\" https://gitlab.corp.example.net/api/v4/projects/412/pipelines?status=failed", gl1)
P("gitlab_token", f"gitlab-runner register --non-interactive --url https://gitlab.corp.example.net --token {gl2} --executor docker", gl2)
P("gitlab_token", f"helm repo add infra https://gitlab+deploy-token-88:{gl3}@gitlab.corp.example.net/api/v4/projects/77/packages/helm/stable", gl3)

# ------------------------------------------------------------------ Slack
xb = f"xoxb-{digits(11)}-{digits(13)}-{rs(24)}"
xp = f"xoxp-{digits(11)}-{digits(11)}-{digits(13)}-{hx(32)}"
xa = f"xapp-1-A0{rs(9, UP)}-{digits(13)}-{hx(64)}"
P("slack_token", f"SLACK_BOT_TOKEN={xb}", xb)
P("slack_token", f"slack_sdk.errors.SlackApiError: The request to the Slack API failed. (url: https://slack.com/api/chat.postMessage, token: {xp}) The server responded with: {{'ok': False, 'error': 'channel_not_found'}}", xp)
P("slack_token", f"alertmanager.yml:{NL}  slack_configs:{NL}  - app_token: {xa}{NL}    channel: '#ops-alerts'", xa)
xb2 = f"xoxb-{digits(12)}-{digits(13)}-{rs(24)}"
P("slack_token", f"curl -X POST -H 'Authorization: Bearer {xb2}' -H 'Content-type: application/json' --data '{{\"channel\":\"C05ABCD1234\",\"text\":\"deploy done\"}}' https://slack.com/api/chat.postMessage", xb2)

# --------------------------------------------------------------- webhooks
wh1 = rs(24)
P("webhook", f"SLACK_WEBHOOK_URL=https://hooks.slack.com/services/T0{rs(8, UP)}/B0{rs(8, UP)}/{wh1}", wh1)
wh2 = rs(24)
P("webhook", f"alertmanager receiver 'ops-pager' -> slack_api_url: https://hooks.slack.com/services/T0{rs(8, UP)}/B0{rs(9, UP)}/{wh2}", wh2)
did, dtok = digits(19), rs(68, B64U)
P("webhook", f"discord notify: curl -H 'Content-Type: application/json' -d '{{\"content\":\"backup failed\"}}' https://discord.com/api/webhooks/{did}/{dtok}", dtok)
import uuid as _uuid
u1, u2, u3, th = (str(_uuid.UUID(int=R.getrandbits(128), version=4)) for _ in range(3)), None, None, None
u1, u2, u3 = list(u1)
thex, tv2 = hx(32), "V2" + rs(43, B64U)
P("webhook", f"Teams connector for #sre-incidents: https://contoso.webhook.office.com/webhookb2/{u1}@{u2}/IncomingWebhook/{thex}/{u3}/{tv2}", thex, tv2)
wh5 = rs(24)
P("webhook", f"grafana contact point \"oncall\" url=https://hooks.slack.com/workflows/T0{rs(8, UP)}/A0{rs(8, UP)}/{digits(18)}/{wh5}", wh5)

# ---------------------------------------------------------------- bearer
b1 = rs(40, B64U)
P("bearer", f"curl -H \"Authorization: Bearer {b1}\" https://api.internal.example.net/v2/deployments?env=prod", b1)
b2 = rs(64, HEX)
P("bearer", f"DEBUG http.client send: b'GET /api/v1/targets HTTP/1.1\\r\\nHost: prom.prod:9090\\r\\nAuthorization: Bearer {b2}\\r\\n'", b2)
b3 = "ya29.a0" + rs(160, B64U)
P("bearer", f"Authorization: Bearer {b3}", b3)
b4 = base64.b64encode(f"svc-metrics:{rs(18)}".encode()).decode()
P("bearer", f"headers:{NL}  Authorization: Basic {b4}{NL}  Accept: application/json", b4)
b5 = rs(32, B64U)
P("bearer", f"Invoke-RestMethod -Uri https://argocd.prod/api/v1/applications -Headers @{{Authorization = \"Bearer {b5}\"}}", b5)

# ------------------------------------------------------------------- JWT
j1 = jwt({"sub": "svc-deployer", "iss": "https://auth.corp.example.net", "aud": "deploy-api", "iat": 1764900000, "exp": 1764903600})
P("jwt", f"token={j1}", j1)
j2 = jwt({"iss": "kubernetes/serviceaccount", "kubernetes.io/serviceaccount/namespace": "ci", "kubernetes.io/serviceaccount/secret.name": "ci-runner-token-7xk2p", "sub": "system:serviceaccount:ci:ci-runner"}, alg="RS256", siglen=342)
P("jwt", f"kubectl config set-credentials ci-runner --token={j2}", j2)
j3 = jwt({"sub": "42118", "email_verified": True, "role": "admin", "exp": 1765000000})
P("jwt", f"2026-12-05T05:02:11.104Z INFO gateway request rejected reason=expired cookie session={j3} path=/admin", j3)
j4 = jwt({"ref": "xyzprojref", "role": "service_role", "iat": 1730000000, "exp": 2045576000, "iss": "supabase"})
P("jwt", f"SUPABASE_SERVICE_ROLE_KEY=\"{j4}\"", j4)

# ----------------------------------------------------------- private keys
k1 = pem_lines("MIIEowIBAAKCAQEA", 4, 20)
P("private_key", "-----BEGIN RSA PRIVATE KEY-----" + NL + NL.join(k1) + NL + "-----END RSA PRIVATE KEY-----", *k1)
k2 = pem_lines("b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW", 4, 10, width=70)
P("private_key", "cat ~/.ssh/id_ed25519 output pasted by user: -----BEGIN OPENSSH PRIVATE KEY-----" + NL + NL.join(k2) + NL + "-----END OPENSSH PRIVATE KEY-----", *k2)
k3 = pem_lines("MHcCAQEEI", 2, 0)
P("private_key", "tls.key: |" + NL + "  -----BEGIN EC PRIVATE KEY-----" + NL + NL.join("  " + x for x in k3) + NL + "  -----END EC PRIVATE KEY-----", *k3)
k4 = pem_lines("MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ", 3, 0)
pkid = hx(40)
P("private_key", "{\"type\": \"service_account\", \"project_id\": \"ops-prod-381204\", \"private_key_id\": \"" + pkid + "\", \"private_key\": \"-----BEGIN PRIVATE KEY-----" + NL + NL.join(k4) + NL + "-----END PRIVATE KEY-----" + NL + "\", \"client_email\": \"terraform@ops-prod-381204.iam.gserviceaccount.com\"}", pkid, *k4)

# ------------------------------------------------------------ vendor tokens
v = {}
v["stripe"] = "sk_live_51" + rs(97)
P("vendor_token", f"STRIPE_SECRET_KEY={v['stripe']}", v["stripe"])
v["stripe_rk"] = "rk_live_" + rs(24)
P("vendor_token", f"curl https://api.stripe.com/v1/charges -u {v['stripe_rk']}: -d limit=3", v["stripe_rk"])
v["whsec"] = "whsec_" + rs(32)
P("vendor_token", f"stripe listen forwarding ready, webhook signing secret is {v['whsec']} (^C to quit)", v["whsec"])
v["tw_sid"], v["tw_tok"] = "AC" + hx(32), hx(32)
P("vendor_token", f"curl -X POST https://api.twilio.com/2010-04-01/Accounts/{v['tw_sid']}/Messages.json -u {v['tw_sid']}:{v['tw_tok']} --data-urlencode 'Body=disk full on db-3'", v["tw_tok"])
v["tw_sk"], v["tw_sks"] = "SK" + hx(32), rs(32)
P("vendor_token", f"TWILIO_API_KEY={v['tw_sk']}{NL}TWILIO_API_SECRET={v['tw_sks']}", v["tw_sks"])
v["sg"] = "SG." + rs(22, B64U) + "." + rs(43, B64U)
P("vendor_token", f"sendgrid:{NL}  apiKey: \"{v['sg']}\"{NL}  from: alerts", v["sg"])
v["dd_api"], v["dd_app"] = hx(32), hx(40)
P("vendor_token", f"docker run -d --name dd-agent -e DD_API_KEY={v['dd_api']} -e DD_SITE=datadoghq.eu -v /var/run/docker.sock:/var/run/docker.sock:ro gcr.io/datadoghq/agent:7", v["dd_api"])
P("vendor_token", f"curl -X GET 'https://api.datadoghq.com/api/v1/monitor' -H 'DD-API-KEY: {hx(32)}' -H 'DD-APPLICATION-KEY: {v['dd_app']}'", v["dd_app"])
ITEMS[-1][2].insert(0, ITEMS[-1][1].split("DD-API-KEY: ")[1][:32])
v["nrak"] = "NRAK-" + rs(27, UP)
P("vendor_token", f"newrelic profiles add --profile prod --apiKey {v['nrak']} --region EU --accountId 3391047", v["nrak"])
v["nrlic"] = hx(36) + "NRAL"
P("vendor_token", f"newrelic.yml: license_key: '{v['nrlic']}'", v["nrlic"])
v["pd_rk"] = hx(32)
P("vendor_token", f"  pagerduty_configs:{NL}  - routing_key: {v['pd_rk']}{NL}    severity: critical", v["pd_rk"])
v["pd_api"] = rs(4, AL) + "+" + rs(15, AL)
P("vendor_token", f"curl -H 'Authorization: Token token={v['pd_api']}' -H 'Accept: application/vnd.pagerduty+json;version=2' https://api.pagerduty.com/oncalls", v["pd_api"])
v["openai"] = "sk-proj-" + rs(74, B64U) + "T3BlbkFJ" + rs(74, B64U)
P("vendor_token", f"OPENAI_API_KEY={v['openai']}", v["openai"])
v["openai_old"] = "sk-" + rs(20) + "T3BlbkFJ" + rs(20)
P("vendor_token", f"openai.AuthenticationError: Error code: 401 - Incorrect API key provided: {v['openai_old']}. You can find your API key at https://platform.openai.com/account/api-keys.", v["openai_old"])
v["ant"] = "sk-ant-api03-" + rs(93, B64U) + "AA"
P("vendor_token", f"export ANTHROPIC_API_KEY=\"{v['ant']}\"", v["ant"])
v["ant_adm"] = "sk-ant-admin01-" + rs(93, B64U) + "AA"
P("vendor_token", f"curl https://api.anthropic.com/v1/organizations/users -H \"x-api-key: {v['ant_adm']}\" -H \"anthropic-version: 2023-06-01\"", v["ant_adm"])
v["npm"] = "npm_" + rs(36)
P("vendor_token", f"//registry.npmjs.org/:_authToken={v['npm']}", v["npm"])
v["pypi"] = "pypi-AgEIcHlwaS5vcmcCJD" + rs(160, B64U)
P("vendor_token", f"[pypi]{NL}  username = __token__{NL}  password = {v['pypi']}", v["pypi"])
v["dckr"] = "dckr_pat_" + rs(27, B64U)
P("vendor_token", f"echo {v['dckr']} | docker login -u acmeci --password-stdin", v["dckr"])
v["hvs"] = "hvs." + rs(24)
P("vendor_token", f"VAULT_ADDR=https://vault.corp.example.net:8200 VAULT_TOKEN={v['hvs']} vault kv get -field=password secret/prod/db", v["hvs"])
v["hvs_long"] = "hvs.CAESI" + rs(80, B64U) + "Gh4KHGh2cy4" + rs(22)
P("vendor_token", f"Key                  Value{NL}---                  -----{NL}token                {v['hvs_long']}{NL}token_accessor       {rs(24)}{NL}token_duration       768h", v["hvs_long"])
v["az_cs"] = rs(3, AL) + "8Q~" + rs(34, AL + "~._-")
P("vendor_token", f"ARM_CLIENT_ID=5f0c2e9a-3b1d-4c7e-9a2f-8d6b1e4c3a70{NL}ARM_CLIENT_SECRET={v['az_cs']}{NL}ARM_TENANT_ID=0a7d3f52-9c1b-4e8a-b6d2-3f4e5a6b7c81", v["az_cs"])
v["az_sas"] = rs(43, B64).replace("/", "%2F").replace("+", "%2B") + "%3D"
P("vendor_token", f"azcopy copy ./dump.sql.gz 'https://stopsbackups01.blob.core.windows.net/pg/dump.sql.gz?sv=2022-11-02&ss=b&srt=co&sp=rwdlac&se=2026-12-31T23:59:59Z&st=2026-12-01T00:00:00Z&spr=https&sig={v['az_sas']}'", v["az_sas"])
v["gcp"] = "AIza" + rs(35, B64U)
P("vendor_token", f"maps:{NL}  apiKey: {v['gcp']}{NL}  region: europe-west1", v["gcp"])
v["hf"] = "hf_" + rs(34, string.ascii_letters)
P("vendor_token", f"huggingface-cli login --token {v['hf']}", v["hf"])
v["dapi"] = "dapi" + hx(32)
P("vendor_token", f"databricks configure: host = https://adb-4471829103384712.12.azuredatabricks.net token = {v['dapi']}", v["dapi"])
v["glsa"] = "glsa_" + rs(32) + "_" + hx(8)
P("vendor_token", f"grafana-dashboards-sync --url https://grafana.prod --service-account-token {v['glsa']}", v["glsa"])
v["cf"] = rs(40, B64U)
P("vendor_token", f"CLOUDFLARE_API_TOKEN={v['cf']} terraform apply -target=cloudflare_record.www", v["cf"])
v["tg"] = f"{R.randint(5000000000, 7999999999)}:AA" + rs(33, B64U)
P("vendor_token", f"telegram alert bot: https://api.telegram.org/bot{v['tg']}/sendMessage?chat_id=-1001845123456&text=CPU+high", v["tg"])
v["mg"] = "key-" + hx(32)
P("vendor_token", f"curl -s --user 'api:{v['mg']}' https://api.eu.mailgun.net/v3/mg.example.org/messages -F to=ops@example.org -F subject=test", v["mg"])
v["shp"] = "shpat_" + hx(32)
P("vendor_token", f"X-Shopify-Access-Token: {v['shp']}", v["shp"])
v["atl"] = "ATATT3xFfGF0" + rs(170, B64U) + "=" + hx(8).upper()
P("vendor_token", f"JIRA_API_TOKEN={v['atl']}", v["atl"])
v["tfc"] = rs(14) + ".atlasv1." + rs(67)
P("vendor_token", f"credentials \"app.terraform.io\" {{{NL}  token = \"{v['tfc']}\"{NL}}}", v["tfc"])
v["lin"] = "lin_api_" + rs(40)
P("vendor_token", f"the Linear integration broke again, I regenerated the key: {v['lin']} - can you update it in the bot config?", v["lin"])
v["pmak"] = "PMAK-" + hx(24) + "-" + hx(34)
P("vendor_token", f"newman run collection.json --env-var \"postman_api_key={v['pmak']}\"", v["pmak"])
v["okta"] = "00" + rs(40, B64U)
P("vendor_token", f"okta:{NL}  orgUrl: https://acme.okta.com{NL}  token: {v['okta']}", v["okta"])
v["dp"] = "dp.st.prd." + rs(40)
P("vendor_token", f"DOPPLER_TOKEN={v['dp']} doppler run -- ./start.sh", v["dp"])
v["sbp"] = "sbp_" + hx(40)
P("vendor_token", f"supabase login --token {v['sbp']}", v["sbp"])
v["pul"] = "pul-" + hx(40)
P("vendor_token", f"- name: PULUMI_ACCESS_TOKEN{NL}  value: {v['pul']}", v["pul"])
v["bk"] = "bkua_" + hx(40)
P("vendor_token", f"buildkite-agent start --token {hx(50)} # org api token for scripts: {v['bk']}", v["bk"])
ITEMS[-1][2].insert(0, ITEMS[-1][1].split("--token ")[1][:50])
v["sentry"] = "sntrys_" + rs(120, B64U)
P("vendor_token", f"SENTRY_AUTH_TOKEN={v['sentry']} sentry-cli releases new 2026.12.05", v["sentry"])
v["gcp_json"] = hx(40)
P("vendor_token", f"\"type\": \"service_account\",{NL}\"project_id\": \"data-platform-prod\",{NL}\"private_key_id\": \"{v['gcp_json']}\",{NL}\"client_id\": \"104829173648201937465\"", v["gcp_json"])

# ------------------------------------------------------------------ email
P("email", "Ticket OPS-7712 reported by priya.raman@northwind-logistics.com: nightly export missing rows since Tuesday", "priya.raman@northwind-logistics.com")
P("email", "git log -1 --format='%an <%ae>' -> Tomasz Wierzbicki <t.wierzbicki84@gmail.com>", "t.wierzbicki84@gmail.com")
P("email", "2026-12-05T01:44:02Z auth INFO password reset requested user=marcela.ortiz+test@outlook.com ip=91.198.174.12", "marcela.ortiz+test@outlook.com", "91.198.174.12")
P("email", "can you add kenji.watanabe@acme-corp.co.jp and d.oyelaran@acme-corp.com to the oncall rotation for payments?", "kenji.watanabe@acme-corp.co.jp", "d.oyelaran@acme-corp.com")
P("email", "Mail delivery failed: 550 5.1.1 <rhea.sandoval@fastmail.fm>: Recipient address rejected: User unknown in virtual mailbox table", "rhea.sandoval@fastmail.fm")
P("email", "gcloud projects add-iam-policy-binding ops-prod-381204 --member=user:liam.obrien@acme-corp.com --role=roles/viewer", "liam.obrien@acme-corp.com")

# ------------------------------------------------------------------ phone
P("phone", "Escalation: if PagerDuty is down call the DBA on-call directly at +1 (646) 483-2291", "+1 (646) 483-2291")
P("phone", "UK field engineer for the Slough DC is Aaron, mobile 07911 284613", "07911 284613")
P("phone", "customer callback requested: Frau Keller, Tel. +49 151 23847719, re: order 88213", "+49 151 23847719")
P("phone", "Contacto NOC Madrid: +34 612 48 93 07 (24x7)", "+34 612 48 93 07")
P("phone", "vendor support line for the SAN: +33 6 72 18 44 90, contract #FR-22871", "+33 6 72 18 44 90")
P("phone", "twilio sms delivery failed to=+919820417356 status=undelivered error=30003", "+919820417356")
P("phone", "remote hands in Sydney: 0412 873 556 (ask for Mei)", "0412 873 556")
P("phone", "user profile dump: {\"id\": 7781, \"name\": \"Joao Pereira\", \"phone\": \"+55 11 98734-2210\"}", "+55 11 98734-2210")

# ------------------------------------------------------------------- cards
c1 = card("4", 16); c2 = card("54", 16); c3 = card("37", 15); c4 = card("6011", 16); c5 = card("2221", 16)
c1s = group(c1, [4, 4, 4, 4]); c3s = group(c3, [4, 6, 5]); c5s = group(c5, [4, 4, 4, 4], "-")
P("card", f"payment-svc ERROR charge failed card={c1s} exp=09/28 decline_code=insufficient_funds", c1s)
P("card", f"stack trace: ValueError: could not parse PAN '{c2}' for merchant 4411", c2)
P("card", f"customer says their Amex {c3s} was charged twice, see ZD-55120", c3s)
P("card", f"INSERT INTO payments (user_id, card_number, cvv) VALUES (9912, '{c4}', '318');", c4)
P("card", f"chat: pls refund the last order, card on file is {c5s}", c5s)

# ------------------------------------------------------------------- IBAN
i1 = iban("DE", digits(18)); i2 = iban("GB", "NWBK" + digits(14)); i3 = iban("FR", digits(23))
i4 = iban("NL", "RABO" + digits(10)); i5 = iban("ES", digits(20))
P("iban", f"supplier payout failed: IBAN {iban_grouped(i1)} BIC COBADEFFXXX reason=AC04", iban_grouped(i1))
P("iban", f"{{\"payee\": \"Harbor Freight Ltd\", \"iban\": \"{i2}\", \"amount\": 1820.50}}", i2)
P("iban", f"Merci de mettre à jour le RIB : {iban_grouped(i3)}", iban_grouped(i3))
P("iban", f"refund to {i4} initiated by finance-bot", i4)
P("iban", f"JIRA FIN-301: contractor changed bank details to {iban_grouped(i5)}, please verify before next run", iban_grouped(i5))

# -------------------------------------------------------------------- SSN
P("ssn", "hr-sync WARN record 5521 has malformed field ssn=512-38-9047 (expected 9 digits)", "512-38-9047")
P("ssn", "background check form attached, applicant SSN 231 67 4408, please do not forward", "231 67 4408")
P("ssn", "SELECT * FROM employees WHERE ssn = '618-02-7731';", "618-02-7731")

# ------------------------------------------------------------------- IPv4
P("ipv4", "Dec  5 04:11:37 bastion sshd[21877]: Failed password for invalid user admin from 185.220.101.47 port 52144 ssh2", "185.220.101.47")
P("ipv4", "nginx: 52.14.203.77 - - [05/Dec/2026:04:12:01 +0000] \"GET /wp-login.php HTTP/1.1\" 404 153 \"-\" \"Mozilla/5.0\"", "52.14.203.77")
P("ipv4", "the replica at 172.31.44.201 keeps lagging, can you check iostat there?", "172.31.44.201")
P("ipv4", "iptables -A INPUT -s 94.130.61.18 -j DROP", "94.130.61.18")
P("ipv4", "X-Forwarded-For: 81.2.69.142, 10.0.12.7", "81.2.69.142", "10.0.12.7")

# ------------------------------------------------------------------- IPv6
P("ipv6", "Dec  5 04:20:10 mx1 postfix/smtpd[3112]: connect from unknown[2a02:4780:12:3f1::1b]", "2a02:4780:12:3f1::1b")
P("ipv6", "client 2600:1f18:24e6:b900:7c3a:91de:4f02:1b55 exceeded rate limit (429) on /api/v1/search", "2600:1f18:24e6:b900:7c3a:91de:4f02:1b55")
P("ipv6", "ip -6 addr show eth0 -> inet6 2a01:4f8:c17:8e2a::2/64 scope global", "2a01:4f8:c17:8e2a::2")

# ============================================================== NEGATIVES
NEG = r"""
kubectl rollout restart deployment/payments-api -n payments
kubectl get pods -n ingress-nginx -l app.kubernetes.io/name=ingress-nginx -o wide
pod payments-api-7d9f8b6c5d-x2k9p in CrashLoopBackOff, restarts=14, last exit code 137 (OOMKilled)
helm upgrade --install ingress ingress-nginx/ingress-nginx --version 4.11.3 -n ingress-nginx -f values-prod.yaml
docker pull ghcr.io/acme-platform/api@sha256:9f2c4e7a1b3d5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8
git checkout 3f9a2c71d84e0b6a5c2f1e9d7b8a6c4e2f0d1b3a && git cherry-pick e4b1d09
The merge commit a91c3f4e0d2b7a6f58e1c9d04b3a7e2f16c8d5b0 broke the canary, reverting
terraform plan -out=tfplan -var-file=env/prod.tfvars -target=module.vpc
DB_PASSWORD=${DB_PASSWORD}
password: ${{ secrets.DB_PASSWORD }}
env:\n  - name: PGPASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: pg-credentials\n        key: password
auth:\n  existingSecret: redis-auth\n  existingSecretPasswordKey: redis-password
password: {{ .Values.postgresql.auth.password | quote }}
export PGPASSWORD=$(vault kv get -field=password secret/prod/orders-db)
VAULT_TOKEN=$(vault login -method=oidc -token-only) terraform apply
set DB_PASS=%DB_PASS% && run-migrations.cmd
$env:API_KEY = (Get-Secret -Name PagerDutyApiKey -AsPlainText)
aws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
curl -H "Authorization: Bearer <your-token>" https://api.example.com/v1/status
curl -H "Authorization: Bearer $GITHUB_TOKEN" https://api.github.com/repos/acme-platform/infra/actions/runs?per_page=5
Authorization: Bearer ${{ secrets.DEPLOY_TOKEN }}
api_key: REDACTED
password: "********"
token: xxxxxxxxxxxxxxxxxxxx
SLACK_WEBHOOK_URL=<set in 1Password: ops/slack-webhook>
DATABASE_URL=postgres://app:${PGPASS}@pg-primary.prod.internal:5432/orders
REDIS_URL=redis://redis-master.queue.svc.cluster.local:6379/0
mongodb://mongo-0.mongo.data.svc.cluster.local:27017,mongo-1.mongo.data.svc.cluster.local:27017/?replicaSet=rs0
jdbc:postgresql://pg.prod:5432/billing?ssl=true&sslmode=verify-full
Reminder: rotate the service account password for svc-backup every 90 days per policy SEC-014
Password policy: minimum length 14, no reuse of the last 24 passwords, lockout after 5 failed attempts
The password reset link expired after 15 minutes, user asked to retry
trace_id=4bf92f3577b34da6a3ce929d0e0e4736 span_id=00f067aa0ba902b7 duration_ms=1842 status=DEADLINE_EXCEEDED
traceparent: 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01
request_id=req_8Kq2vNw4Lx9Tz1 completed in 231ms
X-Request-ID: 9c1e5b7a-3f2d-4e8b-a6c0-1d7f9e3b5a24
incident 0d6f8a2c-41b7-4e3a-9f5c-7b2e1d4c6a88 resolved after 42m, postmortem due Friday
Deployed build 2026.12.05-rc3 (git sha 7c1e4a9) to eu-west-1 canary at 10% traffic
upgrade openssl from 3.0.13 to 3.0.15 on all bastions, then nginx 1.27.2
Windows Server build 10.0.20348.2849 requires KB5044281 before the agent v2.9.10.8 install
app version 4.18.2.1 released, see CHANGELOG
sha256sum terraform_1.9.8_linux_amd64.zip -> 186e0145f5e5f2eb97cbd785bc78f21bae4ef15119349f6ad4fa535779b7e4ba
image: registry.k8s.io/ingress-nginx/controller:v1.11.3@sha256:d56f135b6462cfc476447cfe564b83a45e8bb7da2774963b00d12161112270b7
tls.crt and tls.key are mounted from secret wildcard-prod-tls (managed by cert-manager)
cert-manager Certificate api-prod-tls Ready=False reason=Issuing, order api-prod-tls-1-3381947021 pending
ConfigMap data: config.json: eyJsb2dMZXZlbCI6ImluZm8iLCJwb3J0Ijo4MDgwLCJmZWF0dXJlcyI6WyJiZXRhIl19
echo 'bG9nX2xldmVsOiBkZWJ1Zwp3b3JrZXJzOiA0Cg==' | base64 -d
listen 8443 ssl http2; proxy_read_timeout 300s; client_max_body_size 50m;
ALERT HighErrorRate firing: job=checkout instance=checkout-5b8c9d7f4-q7w2z 5xx_ratio=0.083 for 10m
alert annotation: summary="Disk usage above 90% on {{ $labels.instance }}" runbook_url=https://runbooks.corp.example.net/disk-full
sum(rate(http_requests_total{code=~"5..",service="checkout"}[5m])) / sum(rate(http_requests_total{service="checkout"}[5m])) > 0.05
histogram_quantile(0.99, sum by (le) (rate(grpc_server_handling_seconds_bucket{grpc_service="orders.v1.Orders"}[5m])))
node_filesystem_avail_bytes{mountpoint="/var/lib/docker"} < 10737418240
kafka consumer group orders-projector lag=184302 on partition 7, topic orders.v2.events
ERROR 1045 (28000): Access denied for user 'app'@'%' (using password: YES)
FATAL: password authentication failed for user "reporting"
psql: error: connection to server at "pg-primary.prod.internal", port 5432 failed: timeout expired
java.lang.OutOfMemoryError: Java heap space\n\tat com.acme.orders.Projector.apply(Projector.java:214)
Traceback (most recent call last):\n  File "/app/worker.py", line 88, in run\n    raise TimeoutError("upstream took 30.0s")
panic: runtime error: invalid memory address or nil pointer dereference [signal SIGSEGV: segmentation violation code=0x1 addr=0x18 pc=0x4a3f2c]
std::vector<std::string> hosts; // parsed from ::getaddrinfo results
systemctl restart node-exporter && journalctl -u node-exporter --since "2026-12-05 04:00" --no-pager
crontab: 0 3 * * * /opt/backup/run.sh >> /var/log/backup.log 2>&1
rsync -avz --delete /srv/www/ deploy@web-02.prod:/srv/www/
ssh -i ~/.ssh/id_ed25519 -J bastion.prod ubuntu@app-03.prod.internal
git clone git@github.com:acme-platform/terraform-live.git
chmod 600 ~/.ssh/id_rsa && ssh-add ~/.ssh/id_rsa
ssh-keygen -lf ~/.ssh/id_ed25519.pub -> 256 SHA256:kYB3Zt8mWq1xJ0pV7nE4hR2cL9sD6fG5aQ3uT8yI1oM ops@laptop (ED25519)
aws sts get-caller-identity --profile prod-readonly
aws s3 sync s3://ops-artifacts/releases/2026.12.05/ ./release --exclude "*.map"
arn:aws:iam::123456789012:role/ci-deployer assumed, session expires in 3600s
aws ec2 describe-instances --instance-ids i-0a1b2c3d4e5f67890 --query 'Reservations[].Instances[].State.Name'
vpc-0f3e2d1c4b5a69788 subnet-08a7b6c5d4e3f2a10 sg-0123abcd4567ef890 in eu-west-1b
Azure subscription 8f2d4c6a-1e3b-4a5c-9d7e-2b4f6a8c0e13 hit the vCPU quota for Standard_D4s_v5 in westeurope
gcloud container clusters get-credentials prod-gke --region europe-west1 --project ops-prod-381204
Use `docker login --password-stdin` instead of -p so the password never lands in shell history
GitHub token scopes needed: repo, workflow, read:org. Generate one under Settings > Developer settings.
Slack app needs chat:write and channels:read scopes; the bot token lives in Vault at secret/slack/bot
Stripe keys start with sk_live_ or sk_test_; never paste them into tickets
the API key looks like sk-ant-... but ours is stored in AWS Secrets Manager as prod/anthropic/api-key
npm config set //registry.npmjs.org/:_authToken "${NPM_TOKEN}"
echo "//npm.pkg.github.com/:_authToken=${GITHUB_TOKEN}" > ~/.npmrc
[pypi]\n  username = __token__\n  password = <pypi-token-from-vault>
kubectl create secret generic app-env --from-env-file=.env.prod -n payments --dry-run=client -o yaml | kubeseal > sealed.yaml
sealedsecret payments/app-env unsealed, 6 keys
Vault lease lease_id=database/creds/readonly/Xb4Zq8 renewed ttl=768h
vault write auth/kubernetes/role/payments bound_service_account_names=payments-api policies=payments-read ttl=1h
spec:\n  replicas: 3\n  strategy:\n    rollingUpdate:\n      maxSurge: 25%\n      maxUnavailable: 0
resources:\n  limits:\n    cpu: "2"\n    memory: 4Gi\n  requests:\n    cpu: 500m\n    memory: 2Gi
PodDisruptionBudget payments-api-pdb minAvailable=2 currentHealthy=3 desiredHealthy=2
HPA payments-api scaled from 4 to 9 replicas (cpu 87%/70%)
Event: 0/12 nodes are available: 3 Insufficient cpu, 9 node(s) had untolerated taint {dedicated: gpu}
etcd: slow fdatasync took 1.204s, expected < 1s; consider faster disks
containerd: failed to pull image "ghcr.io/acme-platform/worker:1.42.0": 429 Too Many Requests
The SLO for checkout is 99.9% over 28d; error budget remaining 37.4%
postmortem: root cause was a missing index on orders(created_at); p99 went from 120ms to 4.8s
runbook: if replication lag > 300s, fail over with `patronictl failover --candidate pg-1 --force`
RUNBOOK_URL=https://runbooks.corp.example.net/payments/high-latency
Jira OPS-8812: migrate alertmanager routes to the new oncall schedule, owner team-sre, due 2026-12-12
Sprint 48 retro: too many pages for disk alerts; raise threshold to 90% and add predict_linear
Grafana dashboard uid=f3e9c1a2b7 panel 14 shows a gap between 03:10 and 03:25 UTC
cron job nightly-export-29017440 completed in 18m32s, exported 1284773 rows
MAC vendor lookup not needed; interface eth0 mtu 9001 state UP
listen_addresses = '*'\nmax_connections = 400\nshared_buffers = 8GB\nwal_level = replica
redis INFO: used_memory_human:3.21G maxmemory_policy:allkeys-lru evicted_keys:0
Error: UPGRADE FAILED: another operation (install/upgrade/rollback) is in progress
error code E1102: upstream_connect_timeout after 5000ms (retry 3/3)
HTTP 503 from https://status.example-cdn.net/api/v2/summary.json, retry-after=120
TF state lock id 6a1e2f3c-8b4d-4e9a-a7c5-3d2f1e0b9c84 held by ci@runner-2, created 2026-12-05T05:40:12Z
GitHub Actions run 11872340915 attempt 2 failed on job build (ubuntu-24.04), step "Run tests"
uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
renovate: update dependency golang.org/x/crypto to v0.31.0 (go.sum h1:ihbySMvVjLAeSH1IbfcRTkD/iNscyz8rGzjF/E5hV6U=)
Content-Security-Policy: default-src 'self'; script-src 'self' 'nonce-rAnd0m'; object-src 'none'
Let's move the #ops-alerts Slack channel to the new workspace next week; webhooks will be recreated
Please use the shared vault path secret/prod/payments instead of pasting credentials in chat
PowerShell: Get-EventLog -LogName System -Newest 50 | Where-Object {$_.EntryType -eq "Error"}
C:\> sc query WinRM & netsh advfirewall firewall show rule name=all | findstr 5986
%USERPROFILE%\.aws\credentials not found, falling back to instance profile
ENV DB_HOST=db DB_PORT=5432 DB_NAME=orders DB_USER=app
-----BEGIN CERTIFICATE-----\nMIIDdzCCAl+gAwIBAgIEAgAAuTANBgkqhkiG9w0BAQUFADBaMQswCQYDVQQGEwJJ\n...\n-----END CERTIFICATE-----
-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE<truncated>\n-----END PUBLIC KEY-----
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIPlaceholderPublicKeyForDocsOnly0000000 ci@build
JWT validation failed: token expired (exp < now); clients must refresh via /oauth/token
Set JWT_SECRET in the environment; the default value is intentionally empty so startup fails
the card payments dashboard shows 1,284 declines in the last hour, mostly code 05
Order ID 4000-1234-8812 shipped; tracking 1Z999AA10123456784 pending pickup
Zendesk ticket #4471829 merged into #4471802
employee id E-204871 moved to team-payments in Workday
Ticket mentions "my phone number changed" but no number was given; asked user to update profile
phone_number column is nullable since migration 0042_alter_user_phone
Listening on port 8080 (dual-stack), metrics on :9102
ipv6 is disabled on the cluster nodes (net.ipv6.conf.all.disable_ipv6=1)
subnet mask /24 gives 254 usable hosts; we need /22 for the new node pool
LB health check: path=/healthz interval=10s timeout=5s healthy_threshold=3 unhealthy_threshold=2
TLS handshake error: remote error: tls: bad certificate (x509: certificate signed by unknown authority)
The webhook receiver returned 410 Gone; the Teams connector was deleted, need a new one from the channel owner
AWS documentation example: AKIAIOSFODNN7EXAMPLE
dd-agent status: Forwarder OK, API Key ending with ****, 3 checks running
Connection string format: Server=<host>;Database=<db>;User Id=<user>;Password=<password>;
Copy .env.example to .env and fill in STRIPE_SECRET_KEY=sk_test_... before running make dev
""".strip("\n").split("\n")
for line in NEG:
    N(line)

ALLOWED = {"password", "connection_string", "vendor_token", "aws_key", "github_token", "gitlab_token",
           "slack_token", "bearer", "jwt", "private_key", "webhook", "email", "phone", "card", "iban",
           "ssn", "ipv4", "ipv6", "negative"}

with open("blind.tsv", "w", encoding="utf-8") as f:
    f.write("# kind\ttext\tmust-vanish (|-separated; empty for negatives)\tsource\n")
    for kind, text, vals in ITEMS:
        assert kind in ALLOWED, kind
        assert "\t" not in text and "\n" not in text, text
        for x in vals:
            assert x in text, (kind, x)
            assert "|" not in x and "\t" not in x, x
        f.write(f"{kind}\t{text}\t{'|'.join(vals)}\tblind-writer\n")
print(len(ITEMS), "items written")
