#!/usr/bin/env python3
"""Blind redaction corpus generator (blind-writer-2).

Every line is hand-written; only token/key bodies, card/IBAN/SSN/phone digits
and IP octets come from a fixed-seed PRNG, so the output is reproducible and no
value is a live credential.  Run:  python3 gen.py  -> blind2.tsv
"""
import base64
import json
import os
import random
import string
import uuid
import zlib

SEED = 20240517_2
rng = random.Random(SEED)

LOW, UPP, DIG = string.ascii_lowercase, string.ascii_uppercase, string.digits
AL = LOW + UPP + DIG
HEX = DIG + "abcdef"
B64 = AL + "+/"
B64U = AL + "-_"
B32 = UPP + "234567"


def rs(alpha, n):
    return "".join(rng.choice(alpha) for _ in range(n))


def rbytes(n):
    return bytes(rng.getrandbits(8) for _ in range(n))


def b64u(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


def ruuid():
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def hexs(n):
    return rs(HEX, n)


# ---------- vendor formats ----------
B62 = DIG + UPP + LOW


def b62(n, width):
    s = ""
    while n:
        n, r = divmod(n, 62)
        s = B62[r] + s
    return s.rjust(width, "0")


def gh(prefix):
    body = rs(AL, 30)
    return prefix + body + b62(zlib.crc32(body.encode()), 6)


def gh_pat():
    return "github_pat_11" + rs(UPP + DIG, 20) + "_" + rs(AL, 59)


def aws_id(prefix="AKIA"):
    return prefix + rs(B32, 16)


def aws_secret():
    return rs(AL + "/+", 40)


def slack_bot():
    return f"xoxb-{rs(DIG, 12)}-{rs(DIG, 13)}-{rs(AL, 24)}"


def slack_user():
    return f"xoxp-{rs(DIG, 12)}-{rs(DIG, 12)}-{rs(DIG, 13)}-{hexs(32)}"


def jwt(alg, claims, siglen):
    h = b64u(json.dumps({"alg": alg, "typ": "JWT"}, separators=(",", ":")).encode())
    p = b64u(json.dumps(claims, separators=(",", ":")).encode())
    return f"{h}.{p}.{b64u(rbytes(siglen))}"


def pem(label, prefix_hex, nbytes, indent=""):
    raw = bytes.fromhex(prefix_hex) + rbytes(nbytes)
    b = base64.b64encode(raw).decode()
    lines = [b[i:i + 64] for i in range(0, len(b), 64)]
    text = (f"{indent}-----BEGIN {label}-----\\n"
            + "\\n".join(indent + l for l in lines)
            + f"\\n{indent}-----END {label}-----")
    return text, lines


# ---------- PII formats ----------
def luhn_ok(num):
    s = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


def card(prefix, length):
    body = prefix + rs(DIG, length - len(prefix) - 1)
    for c in DIG:
        if luhn_ok(body + c):
            return body + c


def grp(s, sizes, sep=" "):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    return sep.join(out)


def iban(cc, bban):
    n = int("".join(str(int(ch, 36)) for ch in bban + cc + "00"))
    return f"{cc}{98 - n % 97:02d}{bban}"


def g4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def ssn(sep="-"):
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    return f"{a:03d}{sep}{rng.randint(1, 99):02d}{sep}{rng.randint(1, 9999):04d}"


def ip4():
    first = rng.choice([24, 31, 37, 46, 50, 62, 67, 71, 73, 77, 81, 85, 88, 91, 94,
                        95, 98, 99, 108, 109, 151, 174, 176, 178, 185, 188, 212, 213, 217])
    return f"{first}.{rng.randint(1, 254)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def ip6(prefix):
    parts = [format(rng.getrandbits(16) | 0x1000, "x") for _ in range(8 - prefix.count(":"))]
    return prefix + ":".join(parts)


def d(n):
    return rs(DIG, n)


def d1(n):  # no leading zero
    return rng.choice("23456789") + rs(DIG, n - 1)


WORDS = ["Falcon", "Harbor", "Copper", "Maple", "Orbit", "Granite", "Velvet", "Thunder",
         "Saffron", "Cobalt", "Juniper", "Quartz", "Lantern", "Meadow", "Pepper"]


def pw_human():
    return rng.choice(WORDS) + rng.choice(WORDS) + str(rng.randint(10, 99)) + rng.choice("!#%*+=")


def pw_rand(n=18, sym="!#%^*-_+=.~"):
    while True:
        s = rs(AL + sym, n)
        if any(c.isdigit() for c in s) and any(c in sym for c in s) and s[0] not in "-~":
            return s


def pw_url(n=20):
    while True:
        s = rs(AL + "-_.", n)
        if any(c.isdigit() for c in s) and s[0].isalnum():
            return s


ROWS = []


def P(kind, text, *vals):
    ROWS.append((kind, text, list(vals)))


def N(text):
    ROWS.append(("negative", text, []))


# =====================================================================
# POSITIVES
# =====================================================================

# ---- vendor_token ----
v = "sk_live_" + rs(AL, 24)
P("vendor_token", f"STRIPE_SECRET_KEY={v}", v)
v = "rk_live_51" + rs(AL, 97)
P("vendor_token", f"2024-05-17T09:14:22Z ERROR payments.client stripe call failed key={v} status=401 request_id=req_{rs(AL,14)}", v)
v = "sk-proj-" + rs(B64U, 74) + "T3BlbkFJ" + rs(B64U, 74)
P("vendor_token", f'export OPENAI_API_KEY="{v}"', v)
v = "sk-ant-api03-" + rs(B64U, 93) + "AA"
P("vendor_token", f"docker run --rm -e ANTHROPIC_API_KEY={v} -p 8080:8080 ghcr.io/acme/summarizer:1.7.2", v)
v = "SG." + rs(B64U, 22) + "." + rs(B64U, 43)
P("vendor_token", f"        env:\\n        - name: SENDGRID_API_KEY\\n          value: {v}\\n        - name: MAIL_FROM\\n          value: noreply@acme-mail.io", v)
v = "AIza" + rs(B64U, 35)
P("vendor_token", f'curl -s "https://maps.googleapis.com/maps/api/geocode/json?address=Alexanderplatz+Berlin&key={v}" | jq .status', v)
v = "npm_" + rs(AL, 36)
P("vendor_token", f"# ~/.npmrc on build-runner-07\\n//registry.npmjs.org/:_authToken={v}\\nalways-auth=true", v)
v = "pypi-AgEIcHlwaS5vcmcCJDk" + rs(B64U, 150)
P("vendor_token", f"[distutils]\\nindex-servers = pypi\\n[pypi]\\n  username = __token__\\n  password = {v}", v)
v = "key-" + hexs(32)
P("vendor_token", f"mailgun:\\n  domain: mg.acme-mail.io\\n  apiKey: {v}\\n  region: eu", v)
v = "shpat_" + hexs(32)
P("vendor_token", f'curl -X GET "https://acme-store.myshopify.com/admin/api/2024-04/orders.json?status=any" -H "X-Shopify-Access-Token: {v}"', v)
v = "dop_v1_" + hexs(64)
P("vendor_token", f"doctl auth init --context ops --access-token {v}", v)
v = "hvs." + rs(AL, 24)
P("vendor_token", f"VAULT_ADDR=https://vault.acme.internal:8200 VAULT_TOKEN={v} vault kv get -mount=secret prod/orders", v)
v = "hf_" + rs(UPP + LOW, 34)
P("vendor_token", f"RUN huggingface-cli login --token {v} && python download_models.py", v)
v = hexs(32)
P("vendor_token", f"docker run -d --name dd-agent -e DD_API_KEY={v} -e DD_SITE=datadoghq.eu -v /var/run/docker.sock:/var/run/docker.sock:ro gcr.io/datadoghq/agent:7", v)
v = "NRAK-" + rs(UPP + DIG, 27)
P("vendor_token", f'provider "newrelic" {{\\n  account_id = 3318842\\n  api_key    = "{v}"\\n  region     = "EU"\\n}}', v)
v = "glsa_" + rs(AL, 32) + "_" + hexs(8)
P("vendor_token", f'curl -sf -H "Authorization: Bearer {v}" https://grafana.acme.internal/api/dashboards/uid/k8s-overview', v)
v = "ATATT3xFfGF0" + rs(B64U, 170) + "=" + rs("0123456789ABCDEF", 8)
P("vendor_token", f"jira:\\n  base_url: https://acme.atlassian.net\\n  user: svc-jira-sync\\n  api_token: {v}", v)
v = rs(AL, 14) + ".atlasv1." + rs(AL, 67)
P("vendor_token", f'# ~/.terraform.d/credentials.tfrc.hcl\\ncredentials "app.terraform.io" {{\\n  token = "{v}"\\n}}', v)
v = "dp.st.prd." + rs(AL, 43)
P("vendor_token", f"ExecStart=/usr/local/bin/doppler run --token {v} -- /opt/orders/bin/server", v)
v = "dapi" + hexs(32)
P("vendor_token", f"DATABRICKS_HOST=https://adb-4829133057186642.2.azuredatabricks.net\\nDATABRICKS_TOKEN={v}", v)
v = "PMAK-" + hexs(24) + "-" + hexs(34)
P("vendor_token", f"$ postman login --with-api-key {v}\\nLogged in successfully.", v)
v = "dckr_pat_" + rs(B64U, 27)
P("vendor_token", f"echo {v} | docker login -u acmeci --password-stdin", v)
v = hexs(32)
P("vendor_token", f'from twilio.rest import Client\\nclient = Client("AC{hexs(32)}", "{v}")', v)
v = hexs(32)
P("vendor_token", f"receivers:\\n- name: pagerduty-sre\\n  pagerduty_configs:\\n  - routing_key: {v}\\n    severity: critical", v)
v = "lin_api_" + rs(AL, 40)
P("vendor_token", f"LINEAR_API_KEY={v}", v)
v = "whsec_" + rs(AL, 32)
P("vendor_token", f"[2024-05-17 10:22:01] INFO  webhook listener ready, signing secret {v}", v)
v = "pul-" + hexs(40)
P("vendor_token", f"      - name: Pulumi up\\n        env:\\n          PULUMI_ACCESS_TOKEN: {v}\\n        run: pulumi up --yes --stack prod", v)
v = "00" + rs(B64U, 40)
P("vendor_token", f'curl -s -H "Authorization: SSWS {v}" "https://acme.okta.com/api/v1/users?limit=25"', v)

# ---- password ----
v = pw_rand(16)
P("password", f"mysql -h db-prod.internal -u root -p'{v}' -e \"SHOW FULL PROCESSLIST\"", v)
v = pw_rand(20)
P("password", f"PGPASSWORD={v} psql -h pg-replica-2.internal -U analytics -d warehouse -c 'select now()'", v)
v = pw_human()
P("password", f"[10:42] <ops-oncall> fyi the staging admin password is {v} until we rotate it on friday", v)
v = pw_rand(22)
P("password", f"docker login registry.acme.io -u ci-bot -p {v}", v)
v = pw_rand(24)
P("password", f"redis-cli -h cache-01.internal -p 6379 -a {v} INFO replication", v)
v = pw_rand(18)
P("password", f"kubectl -n orders create secret generic db-creds --from-literal=username=orders --from-literal=password='{v}'", v)
v = pw_rand(20)
P("password", f"helm upgrade --install pg bitnami/postgresql -n data --set auth.postgresPassword={v} --set auth.database=orders", v)
v = pw_human()
P("password", f'# .env.production\\nDB_HOST=orders-db.internal\\nDB_USER=orders\\nDB_PASSWORD="{v}"', v)
v = pw_rand(16)
P("password", f"spring:\\n  datasource:\\n    url: jdbc:postgresql://pg-main:5432/billing\\n    username: billing\\n    password: {v}", v)
v = pw_rand(18)
P("password", f'{{"level":"debug","ts":"2024-05-17T11:02:44Z","msg":"opening connection","user":"etl","password":"{v}","host":"warehouse.internal"}}', v)
v = pw_rand(14)
P("password", f"sshpass -p '{v}' ssh -o StrictHostKeyChecking=no admin@switch-core-1 'show interfaces status'", v)
v = pw_rand(18, sym="!#%*-_+.")
P("password", f"curl -su admin:{v} https://grafana.acme.internal/api/admin/stats", v)
v = pw_human()
P("password", f"Ticket SUP-33871: user cannot log into VPN after lockout. Temp password set to {v} - must change at next login.", v)
u = "deploy:" + pw_rand(16)
v = base64.b64encode(u.encode()).decode()
P("password", f"> GET /artifactory/api/storage/libs-release HTTP/1.1\\n> Host: artifacts.acme.internal\\n> Authorization: Basic {v}\\n> Accept: */*", v)
v = pw_rand(20)
P("password", f'resource "aws_db_instance" "main" {{\\n  engine   = "postgres"\\n  username = "dbadmin"\\n  password = "{v}"\\n}}', v)
v = pw_rand(16)
P("password", f"      - run: ./scripts/deploy.sh --api-user deployer --api-password {v} --env prod", v)
v = pw_human()
P("password", f"htpasswd -b -c /etc/nginx/.htpasswd monitor {v}", v)
v = pw_rand(16)
P("password", f"java -Djavax.net.ssl.keyStore=/etc/app/keystore.p12 -Djavax.net.ssl.keyStorePassword={v} -jar app.jar", v)
v = pw_rand(18)
P("password", f'sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="svc-orders" password="{v}";', v)
v = pw_human()
P("password", f"Guest wifi for the datacenter visit: SSID acme-dc-guest, passphrase {v}", v)

# ---- connection_string ----
v = pw_url()
P("connection_string", f"DATABASE_URL=postgres://orders_app:{v}@orders-db.cluster-c9x2kq1.eu-west-1.rds.amazonaws.com:5432/orders?sslmode=require", v)
v = pw_url()
P("connection_string", f"2024-05-17 08:01:12,554 INFO reporting.db Connecting to mongodb+srv://reporting:{v}@cluster0.x7k2p.mongodb.net/analytics?retryWrites=true&w=majority", v)
v = pw_url(32)
P("connection_string", f"REDIS_URL=rediss://default:{v}@redis-13082.c1.eu-west-1-2.ec2.cloud.redislabs.com:13082", v)
v = pw_url()
P("connection_string", f"[2024-05-17 10:01:03,114: ERROR/MainProcess] consumer: Cannot connect to amqp://celery:{v}@rabbitmq.prod.svc.cluster.local:5672//: [Errno 111] Connection refused.", v)
v = pw_url(18)
P("connection_string", f"org.postgresql.util.PSQLException: Connection to pg-main:5432 refused.\\n\\tat org.postgresql.core.v3.ConnectionFactoryImpl.openConnectionImpl(ConnectionFactoryImpl.java:319)\\n\\tat com.acme.billing.Db.connect(Db.java:42) url=jdbc:postgresql://pg-main:5432/billing?user=billing&password={v}&ssl=true", v)
v = pw_rand(20, sym="!#%^*-_+.~")
P("connection_string", f'"ConnectionStrings": {{ "Default": "Server=tcp:acme-sql.database.windows.net,1433;Initial Catalog=crm;User ID=crmadmin;Password={v};Encrypt=True;TrustServerCertificate=False;" }}', v)
v = base64.b64encode(rbytes(64)).decode()
P("connection_string", f'AZURE_STORAGE_CONNECTION_STRING="DefaultEndpointsProtocol=https;AccountName=acmelogs;AccountKey={v};EndpointSuffix=core.windows.net"', v)
v = base64.b64encode(rbytes(32)).decode()
P("connection_string", f"ServiceBus__ConnectionString: Endpoint=sb://acme-bus.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey={v}", v)
v = pw_url(16)
P("connection_string", f"    environment:\\n      WORDPRESS_DB_URL: mysql://wp:{v}@mariadb:3306/wordpress", v)
v = pw_url()
P("connection_string", f'Traceback (most recent call last):\\n  File "/opt/etl/load.py", line 12, in <module>\\n    engine = create_engine("postgresql+psycopg2://etl:{v}@warehouse.internal:5432/dw")\\nsqlalchemy.exc.OperationalError: (psycopg2.OperationalError) could not translate host name "warehouse.internal" to address', v)
v = pw_url(14)
P("connection_string", f'lftp -c "open ftp://backup:{v}@ftp.partner-logistics.de; mirror -R /var/backups/exports /incoming"', v)

# ---- aws_key ----
a, s = aws_id(), aws_secret()
P("aws_key", f"[default]\\naws_access_key_id = {a}\\naws_secret_access_key = {s}\\nregion = eu-west-1", a, s)
a, s = aws_id(), aws_secret()
P("aws_key", f"export AWS_ACCESS_KEY_ID={a}\\nexport AWS_SECRET_ACCESS_KEY={s}\\naws s3 ls s3://acme-backups-prod/", a, s)
a, s = aws_id(), aws_secret()
P("aws_key", f'provider "aws" {{\\n  region     = "us-east-1"\\n  access_key = "{a}"\\n  secret_key = "{s}"\\n}}', a, s)
a = aws_id()
P("aws_key", f"      - name: Configure AWS\\n        env:\\n          AWS_ACCESS_KEY_ID: {a}\\n          AWS_SECRET_ACCESS_KEY: ${{{{ secrets.AWS_SECRET_ACCESS_KEY }}}}", a)
a, s = aws_id("ASIA"), aws_secret()
t = "IQoJb3JpZ2luX2VjE" + rs(B64, 380) + "=="
P("aws_key", f"AWS_ACCESS_KEY_ID={a} AWS_SECRET_ACCESS_KEY={s} AWS_SESSION_TOKEN={t} terraform plan", a, s, t)
a = aws_id()
P("aws_key", f"anyone know why {a} suddenly gets AccessDenied on s3:PutObject for the logs bucket?", a)
s = aws_secret()
P("aws_key", f"docker run --rm -e AWS_REGION=eu-central-1 -e AWS_SECRET_ACCESS_KEY={s} amazon/aws-cli sts get-caller-identity", s)
a, s = aws_id(), aws_secret()
P("aws_key", f'{{"AccessKey": {{"UserName": "ci-deployer", "AccessKeyId": "{a}", "Status": "Active", "SecretAccessKey": "{s}", "CreateDate": "2024-05-17T09:31:02+00:00"}}}}', a, s)

# ---- bearer ----
v = rs(B64U, 43)
P("bearer", f'curl -sS -H "Authorization: Bearer {v}" https://api.internal.acme.io/v2/orders?limit=50', v)
v = rs(AL, 40)
P("bearer", f"> POST /v1/charges HTTP/2\\n> Host: api.payments-partner.com\\n> Authorization: Bearer {v}\\n> Content-Type: application/json", v)
t1, t2 = rs(LOW + DIG, 6), rs(LOW + DIG, 16)
P("bearer", f"kubeadm join k8s-api.acme.internal:6443 --token {t1}.{t2} --discovery-token-ca-cert-hash sha256:{hexs(64)}", f"{t1}.{t2}")
v = rs(B64U, 48)
P("bearer", f'{{"url": "https://api.acme.io/v1/reports", "method": "GET", "headers": {{"Authorization": "Bearer {v}", "Accept": "application/json"}}}}', v)
v = rs(AL, 52)
P("bearer", f"scrape_configs:\\n  - job_name: federate\\n    bearer_token: {v}\\n    static_configs:\\n      - targets: ['prom-eu.acme.internal:9090']", v)
v1, v2 = rs(B64U, 40), rs(B64U, 64)
P("bearer", f'2024-05-17T12:00:03Z DEBUG oauth token response: {{"access_token":"{v1}","token_type":"Bearer","expires_in":3599,"refresh_token":"{v2}"}}', v1, v2)
v = rs(AL + "-._~", 36)
P("bearer", f"Invoke-RestMethod -Uri https://api.acme.io/v1/health -Headers @{{ Authorization = 'Bearer {v}' }}", v)

# ---- github_token ----
v = gh("ghp_")
P("github_token", f"git remote set-url origin https://{v}@github.com/acme-platform/infra.git", v)
v = gh("ghp_")
P("github_token", f"export GH_TOKEN={v}\\ngh release create v2.14.3 --generate-notes", v)
v = gh_pat()
P("github_token", f"machine github.com\\n  login x-access-token\\n  password {v}", v)
v = gh("gho_")
P("github_token", f"github.com:\\n    user: acme-ci\\n    oauth_token: {v}\\n    git_protocol: https", v)
v = gh("ghs_")
P("github_token", f"2024-05-17T09:12:44.1830231Z ##[debug]Evaluating: GITHUB_TOKEN={v}", v)
v1, v2 = gh("ghu_"), "ghr_" + rs(AL, 76)
P("github_token", f'{{"access_token":"{v1}","expires_in":28800,"refresh_token":"{v2}","refresh_token_expires_in":15811200,"token_type":"bearer"}}', v1, v2)
v = gh("ghp_")
P("github_token", f'gh api -H "Authorization: token {v}" /repos/acme-platform/infra/actions/runs?per_page=5', v)

# ---- gitlab_token ----
v = "glpat-" + rs(B64U, 20)
P("gitlab_token", f"git clone https://oauth2:{v}@gitlab.acme.io/platform/infra.git", v)
v = "glpat-" + rs(B64U, 20)
P("gitlab_token", f'curl --header "PRIVATE-TOKEN: {v}" "https://gitlab.acme.io/api/v4/projects/412/pipelines?status=failed"', v)
v = "glrt-" + rs(B64U, 20)
P("gitlab_token", f'[[runners]]\\n  name = "k8s-runner-eu"\\n  url = "https://gitlab.acme.io/"\\n  token = "{v}"\\n  executor = "kubernetes"', v)
v = "gldt-" + rs(B64U, 20)
P("gitlab_token", f"helm repo add acme-charts https://gitlab.acme.io/api/v4/projects/88/packages/helm/stable --username deploy-charts --password {v}", v)
v = "GR1348941" + rs(B64U, 20)
P("gitlab_token", f"gitlab-runner register --non-interactive --url https://gitlab.acme.io/ --registration-token {v} --executor docker --docker-image alpine:3.19", v)

# ---- slack_token ----
v = slack_bot()
P("slack_token", f"SLACK_BOT_TOKEN={v}\\nSLACK_CHANNEL=#ops-alerts", v)
v = slack_user()
P("slack_token", f'curl -s -X POST https://slack.com/api/conversations.history -H "Authorization: Bearer {v}" -d channel=C04QZ8K1L2M', v)
v = f"xapp-1-A{rs(UPP + DIG, 10)}-{d(13)}-{hexs(64)}"
P("slack_token", f"socket_mode:\\n  app_token: {v}\\n  enabled: true", v)
v = slack_bot()
P("slack_token", f"[14:05] <sre-bot-dev> new bot token for the staging workspace is {v}, please update the helm values", v)
v = slack_bot()
P("slack_token", f'Traceback (most recent call last):\\n  File "/app/notify.py", line 8, in <module>\\n    client = WebClient(token="{v}")\\nslack_sdk.errors.SlackApiError: invalid_auth', v)

# ---- webhook ----
v = rs(AL, 24)
P("webhook", f"curl -X POST -H 'Content-type: application/json' --data '{{\"text\":\"deploy finished\"}}' https://hooks.slack.com/services/T{rs(UPP + DIG, 8)}/B{rs(UPP + DIG, 10)}/{v}", v)
v = rs(B64U, 68)
P("webhook", f"  - name: discord-ops\\n    discord_configs:\\n      - webhook_url: https://discord.com/api/webhooks/{d1(19)}/{v}", v)
v = hexs(32)
P("webhook", f"office365ConnectorSend webhookUrl: 'https://acmecorp.webhook.office.com/webhookb2/{ruuid()}@{ruuid()}/IncomingWebhook/{v}/{ruuid()}/V2{rs(AL, 20)}', message: 'Build failed'", v)
k, t = "AIza" + rs(B64U, 35), rs(B64U, 43)
P("webhook", f"GCHAT_WEBHOOK=https://chat.googleapis.com/v1/spaces/AAAA{rs(AL, 7)}/messages?key={k}&token={t}", k, t)
v = rs(AL, 24)
P("webhook", f'variable "slack_webhook_url" {{\\n  type    = string\\n  default = "https://hooks.slack.com/services/T{rs(UPP + DIG, 8)}/B{rs(UPP + DIG, 10)}/{v}"\\n}}', v)
v = rs(AL, 24)
P("webhook", f"global:\\n  resolve_timeout: 5m\\n  slack_api_url: 'https://hooks.slack.com/services/T{rs(UPP + DIG, 8)}/B{rs(UPP + DIG, 10)}/{v}'", v)

# ---- jwt ----
v = jwt("HS256", {"sub": ruuid(), "role": "admin", "iat": 1715937262, "exp": 1715940862}, 32)
P("jwt", f'curl -H "Authorization: Bearer {v}" https://api.acme.io/v1/admin/users', v)
v = jwt("RS256", {"iss": "kubernetes/serviceaccount", "kubernetes.io/serviceaccount/namespace": "ci",
                  "kubernetes.io/serviceaccount/service-account.name": "deployer",
                  "sub": "system:serviceaccount:ci:deployer"}, 256)
P("jwt", f"users:\\n- name: ci-deployer\\n  user:\\n    token: {v}", v)
v = jwt("HS256", {"sid": rs(AL, 24), "uid": 48211, "exp": 1716023662}, 32)
P("jwt", f"Cookie: theme=dark; session={v}; _ga=GA1.2.1418330281.1715937262", v)
v = jwt("RS256", {"iss": "https://login.acme.io", "aud": "ops-portal", "sub": ruuid(), "exp": 1715941000}, 256)
P("jwt", f'{{"level":"info","msg":"oidc callback","id_token":"{v}","state":"{rs(AL, 16)}"}}', v)
v = jwt("HS512", {"sub": "svc-reporting", "scope": "reports:read", "exp": 1715000000}, 64)
P("jwt", f'Traceback (most recent call last):\\n  File "/app/auth.py", line 31, in verify\\n    payload = jwt.decode(token, key, algorithms=["HS512"])  # token = \'{v}\'\\njwt.exceptions.ExpiredSignatureError: Signature has expired', v)
v = jwt("ES256", {"sub": ruuid(), "aud": "ws", "exp": 1715940000}, 64)
P("jwt", f'ingress-nginx-controller: [17/May/2024:09:14:22 +0000] "GET /ws/stream?access_token={v} HTTP/1.1" 101 0 "-" "okhttp/4.12.0"', v)

# ---- private_key ----
txt, lines = pem("RSA PRIVATE KEY", "308204a40201000282010100", 1180)
P("private_key", txt, *lines)
txt, lines = pem("EC PRIVATE KEY", "30770201010420", 114, indent="    ")
P("private_key", "apiVersion: v1\\nkind: Secret\\nmetadata:\\n  name: ingress-tls\\ntype: kubernetes.io/tls\\nstringData:\\n  tls.key: |\\n" + txt, *lines)
osh = b"openssh-key-v1\x00\x00\x00\x00\x04none\x00\x00\x00\x04none\x00\x00\x00\x00\x00\x00\x00\x01\x00\x00\x00\x33\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20"
raw = osh + rbytes(330)
b = base64.b64encode(raw).decode()
lines = [b[i:i + 70] for i in range(0, len(b), 70)]
P("private_key", "[11:20] <ops-oncall> here is the bastion key, paste it into ~/.ssh/id_ed25519:\\n-----BEGIN OPENSSH PRIVATE KEY-----\\n" + "\\n".join(lines) + "\\n-----END OPENSSH PRIVATE KEY-----", *lines)
txt, lines = pem("PRIVATE KEY", "308204bd020100300d06092a864886f70d0101010500048204a7", 1190)
P("private_key", '{"type": "service_account", "project_id": "acme-prod-482913", "private_key": "' + txt + '\\n", "client_email": "ci-deployer@acme-prod-482913.iam.gserviceaccount.com"}', *lines)
txt, lines = pem("EC PRIVATE KEY", "30770201010420", 114)
P("private_key", 'resource "local_file" "signer" {\\n  filename = "signer.pem"\\n  content  = <<-EOT\\n' + txt + '\\n  EOT\\n}', *lines)

# ---- email ----
ip = ip4()
P("email", f'{{"ts":"2024-05-17T07:44:10Z","event":"login_failed","email":"priya.r.1987@gmail.com","ip":"{ip}","reason":"bad_password"}}', "priya.r.1987@gmail.com", ip)
P("email", "Support ticket #88213: customer marco.bianchi@libero.it says invoices stopped arriving after the mail relay change.", "marco.bianchi@libero.it")
P("email", "May 17 09:14:22 mail-relay-02 postfix/smtp[21841]: 4F2A11C03B: to=<k.tanaka@outlook.jp>, relay=outlook-jp.olc.protection.outlook.com:25, delay=1.2, status=sent (250 2.6.0 Queued)", "k.tanaka@outlook.jp")
P("email", "audit: principal=lena.fischer@acme-corp.com action=iam.roles.update resource=projects/acme-prod result=ALLOW", "lena.fischer@acme-corp.com")
P("email", 'git config --global user.email "t.okonkwo@acme-corp.com"', "t.okonkwo@acme-corp.com")
P("email", '"user": {"id": "48211", "email": "sofia.ramos.92@yahoo.es", "ip_address": "{{auto}}"}', "sofia.ramos.92@yahoo.es")
P("email", "UPDATE users SET email = 'j.oconnor77@icloud.com', email_verified = false WHERE id = 48211;", "j.oconnor77@icloud.com")
P("email", "MAILTO=nikolai.petrov@acme-corp.com\\n0 3 * * * /opt/backup/run.sh >> /var/log/backup.log 2>&1", "nikolai.petrov@acme-corp.com")
P("email", "[16:31] <support-l2> can someone reset MFA for amara.nwosu@protonmail.com? she lost her phone", "amara.nwosu@protonmail.com")
P("email", "WARN  bounce handler: hard bounce for h.schneider@web.de (550 5.1.1 mailbox unavailable), suppressing", "h.schneider@web.de")

# ---- phone ----
def us():  # NANP: area NXX with middle digit != 9, exchange NXX not N11
    area = rng.choice("2345678") + rng.choice("01234568") + rng.choice(DIG)
    while True:
        exch = rng.choice("2345678") + d(2)
        if exch[1:] != "11" and exch != "555":
            return area, exch, d(4)

a, b_, c = us()
v = f"+1 {a}-{b_}-{c}"
P("phone", f"On-call escalation: primary DBA reachable at {v} (Signal preferred) if the page is not acked within 10m.", v)
a, b_, c = us()
v = f"+1{a}{b_}{c}"
P("phone", f"2024-05-17T09:20:11Z INFO twilio.sms message_sid=SM{hexs(32)} to={v} status=delivered", v)
v = f"+44 7{d(3)} {d(6)}"
P("phone", f"Ticket SUP-34102: caller asked for a callback on {v} about the failed direct debit.", v)
v = f"+49 15{d(1)} {d(8)}"
P("phone", f'{{"contact_methods":[{{"type":"phone_contact_method","address":"{v}","label":"Mobile"}}]}}', v)
v = f"030 {d1(8)}"
P("phone", f"Rechenzentrum Berlin Notfallnummer: {v} (24/7 remote hands)", v)
v = f"+33 6 {d(2)} {d(2)} {d(2)} {d(2)}"
P("phone", f"Le client demande d'etre rappele au {v} concernant l'incident INC-20931.", v)
v = f"+91 9{d(4)} {d(5)}"
P("phone", f"[09:12] <l1-support> customer from the Pune office says call back on {v}, the portal is timing out", v)
v = f"+61 4{d(2)} {d(3)} {d(3)}"
P("phone", f"Vendor escalation contact for the Sydney colo: {v}", v)
v = f"090-{d(4)}-{d(4)}"
P("phone", f"Tokyo DC shift lead mobile {v}, speaks English", v)
v = f"+55 11 9{d(4)}-{d(4)}"
P("phone", f"cliente pediu retorno no WhatsApp {v} sobre o chamado de reembolso", v)
a, b_, c = us()
v = f"({a}) {b_}-{c}"
P("phone", f"Please call me back at {v} after 5pm ET regarding the outage credit.", v)

# ---- card ----
v = grp(card("4", 16), [4, 4, 4, 4])
P("card", f"Ticket SUP-34117: customer read out their card number over chat: {v}, exp 09/27. Please purge from transcript.", v)
v = card("5" + rng.choice("12345"), 16)
P("card", f'{{"level":"error","msg":"charge declined","payload":{{"pan":"{v}","exp_month":11,"exp_year":2026,"amount":4999,"currency":"EUR"}}}}', v)
v = grp(card("37", 15), [4, 6, 5])
P("card", f"refund request - Amex {v}, original charge on May 3", v)
v = grp(card("6011", 16), [4, 4, 4, 4], "-")
P("card", f"ValueError: Luhn check passed but BIN lookup failed for card_number='{v}'", v)
v = card("4", 16)
P("card", f"INSERT INTO payments_debug (order_id, card_number, cvv) VALUES (771203, '{v}', '{d(3)}');", v)
v = grp(card("35", 16), [4, 4, 4, 4])
P("card", f"[13:02] <billing> JCB {v} keeps failing 3DS for the Osaka reseller, can someone check the gateway logs", v)
v = card("2" + rng.choice(["221", "300", "510", "699"]), 16)
P("card", f"POST /checkout card={v}&exp=0826&name_on_card=&save=1 400", v)

# ---- iban ----
v = iban("DE", d(18))
P("iban", f"2024-05-17T06:00:12Z WARN sepa.payout rejected: creditor IBAN {v} returned AC04 (account closed)", v)
v = g4(iban("GB", rs(UPP, 4) + d(14)))
P("iban", f"Ticket SUP-33990: please update my payout account to {v}, sort code change after bank merger.", v)
v = g4(iban("FR", d(23)))
P("iban", f"Remboursement a effectuer sur l'IBAN {v} (ticket INC-20877)", v)
v = iban("NL", rs(UPP, 4) + d(10))
P("iban", f'{{"vendor_id":"V-1182","iban":"{v}","bic":"ABNANL2A","currency":"EUR"}}', v)
v = g4(iban("ES", d(20)))
P("iban", f"cliente solicita devolucion a la cuenta {v}", v)
v = iban("IT", rng.choice(UPP) + d(10) + d(12))
P("iban", f"invoice_2024_05.csv: 4471,Ristorante Da Gino,{v},EUR,1280.00", v)
v = g4(iban("CH", d(5) + d(12)))
P("iban", f"[11:48] <finance-ops> Zurich supplier changed bank, new IBAN is {v}, can you update the payout config?", v)
v = iban("PL", d(24))
P("iban", f"UPDATE vendors SET iban = '{v}' WHERE vendor_id = 'V-2291';", v)
v = g4(iban("BE", d(12)))
P("iban", f"SEPA mandate MNDT-88213 created for debtor account {v}", v)

# ---- ssn ----
v = ssn()
P("ssn", f"Ticket HR-2281: new hire onboarding form attached, SSN {v}, start date June 3.", v)
v = ssn()
P("ssn", f'{{"level":"debug","msg":"kyc verify request","applicant":{{"ssn":"{v}","dob":"1988-04-12","state":"TX"}}}}', v)
v = ssn("")
P("ssn", f"payroll import error row 118: invalid bank routing for employee SSN {v}", v)
v = ssn()
P("ssn", f"INSERT INTO w2_staging (employee_id, ssn, tax_year) VALUES (3381, '{v}', 2023);", v)
v = ssn(" ")
P("ssn", f"[15:20] <payroll-help> the contractor's social is {v}, can you check why the 1099 export dropped it?", v)

# ---- ipv4 ----
ip = ip4()
P("ipv4", f'{ip} - - [17/May/2024:09:14:22 +0000] "POST /api/v1/login HTTP/1.1" 401 112 "-" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)"', ip)
ip = ip4()
P("ipv4", f"May 17 03:12:45 bastion-eu1 sshd[22817]: Failed password for invalid user admin from {ip} port 52144 ssh2", ip)
ip1, ip2 = ip4(), ip4()
P("ipv4", f"X-Forwarded-For: {ip1}, {ip2}", ip1, ip2)
ip = ip4()
P("ipv4", f"2024-05-17 03:13:02,118 fail2ban.actions [912]: NOTICE [sshd] Ban {ip}", ip)
ip = ip4()
P("ipv4", f'{{"eventName":"ConsoleLogin","sourceIPAddress":"{ip}","userAgent":"signin.amazonaws.com","responseElements":{{"ConsoleLogin":"Failure"}}}}', ip)
ip = ip4()
P("ipv4", f"[10:05] <support-l2> customer says their office IP {ip} is blocked by the WAF since this morning", ip)
ip = ip4()
P("ipv4", f'{{"ClientIP":"{ip}","ClientRequestHost":"shop.acme.io","EdgeResponseStatus":403,"WAFAction":"block"}}', ip)

# ---- ipv6 ----
ip = ip6("2a02:8108:")
P("ipv6", f'{ip} - - [17/May/2024:10:01:09 +0000] "GET /account HTTP/2.0" 200 5120 "-" "Mozilla/5.0"', ip)
ip = ip6("2600:1700:")
P("ipv6", f"May 17 10:22:31 bastion-us1 sshd[3310]: Accepted publickey for deploy from {ip} port 50122 ssh2: ED25519 SHA256:{rs(B64, 43)}", ip)
ip = ip6("2001:16b8:")
P("ipv6", f"X-Real-IP: {ip}", ip)
ip = ip6("2a01:cb00:")
P("ipv6", f'{{"eventName":"AssumeRoleWithWebIdentity","sourceIPAddress":"{ip}","errorCode":"AccessDenied"}}', ip)
ip = ip6("2409:")
P("ipv6", f"Ticket SUP-34180: user in Osaka cannot reach status page from {ip}, traceroute attached", ip)

# ---- person_name ----
P("person_name", "INC-20931 assigned to Maria Gonzalez; escalated to Dmitri Volkov at 03:12 UTC after the second page.", "Maria Gonzalez", "Dmitri Volkov")
P("person_name", "[09:03] Kenji Watanabe: rolling back api-gateway to v2.14.3 now, error rate is climbing", "Kenji Watanabe")
P("person_name", "Postmortem owner: Aisha Bello. Reviewers: platform team. Due: 2024-05-24.", "Aisha Bello")
P("person_name", "On-call handoff from Tomasz Kowalczyk: kafka consumer lag on orders topic still elevated, watch the Grafana panel.", "Tomasz Kowalczyk")
P("person_name", "Customer contact is Siobhan O'Connell (CFO at the client), she wants an RCA by Monday.", "Siobhan O'Connell")
P("person_name", "CHG-5521 approved by Jean-Luc Marchand for the Saturday DB failover window.", "Jean-Luc Marchand")
P("person_name", "commit 3f9c2e1d7a4b5c6d8e9f0a1b2c3d4e5f6a7b8c9d\\nAuthor: Lena Fischer <lena.fischer@acme-corp.com>\\nDate:   Fri May 17 09:14:22 2024 +0200\\n\\n    fix(helm): bump orders chart to 3.2.1", "Lena Fischer", "lena.fischer@acme-corp.com")
P("person_name", "Paging Oluwaseun Adeyemi, primary for payments this week, nobody acked in 15 minutes.", "Oluwaseun Adeyemi")
P("person_name", '{"incident":{"id":"Q2K8L1","status":"acknowledged","assignments":[{"assignee":{"summary":"Fatima Al-Sayed","type":"user_reference"}}]}}', "Fatima Al-Sayed")
P("person_name", "Björn Lindqvist reported that the login page shows a 502 from the Stockholm office.", "Björn Lindqvist")
P("person_name", "Hi Priya Raghunathan, can you confirm the certificate on api.acme.io was renewed before Friday?", "Priya Raghunathan")
P("person_name", "2024-05-17 03:14 UTC  Alert acknowledged by Rahul Mehta via Slack", "Rahul Mehta")
P("person_name", "Ana Carolina Ribeiro from finance cannot open the Grafana cost dashboard (403).", "Ana Carolina Ribeiro")
P("person_name", "Mateo Herrera's laptop was re-imaged, please revoke his old SSH key from the bastion.", "Mateo Herrera")
P("person_name", "Wei Chen (SRE, Singapore) will run the DR drill on Thursday; Hannah Schmidt is backup.", "Wei Chen", "Hannah Schmidt")
P("person_name", "Per SEC-118 grant view on namespace billing to Grzegorz Nowak until end of quarter.", "Grzegorz Nowak")

# =====================================================================
# NEGATIVES
# =====================================================================

# ---- user@host and other @ strings that are not personal emails ----
N("git clone git@github.com:acme-platform/terraform-modules.git")
N("ssh -i ~/.ssh/deploy_ed25519 deploy@bastion-eu1.acme.internal 'sudo systemctl restart nginx'")
N(f"image: docker.io/library/nginx@sha256:{hexs(64)}")
N("npm WARN ERESOLVE overriding peer dependency: @types/react@18.2.66 required by @testing-library/react@14.2.1")
N("systemctl status openvpn-server@server.service --no-pager")
N("Co-authored-by: dependabot[bot] <49699333+dependabot[bot]@users.noreply.github.com>")
N("postgres@pg-primary-0:~$ pg_basebackup -D /backups/base -Fp -Xs -P")
N('pip install "git+ssh://git@gitlab.acme.io/platform/ops-cli.git@v3.2.0"')
N("May 17 08:00:01 web-03 systemd[1]: Started getty@tty1.service - Getty on tty1.")
N("      - uses: actions/checkout@v4\\n      - uses: actions/setup-go@v5\\n        with:\\n          go-version: '1.22'")
N("scp backup-2024-05-17.tar.gz root@nas-01:/volume1/backups/")
N("Message-ID: <20240517091422.3F2A11C03B@mail-relay-02.acme.internal>")
N('GET /static/img/logo@2x.png HTTP/1.1" 200 18233')
N("rsync -az --delete /srv/www/ www-data@web-03:/srv/www/")
N("kubectl config use-context ops-admin@prod-eu1")
N("jenkins@ci-master:~$ java -jar jenkins-cli.jar -s http://localhost:8080/ safe-restart")

# ---- four-part versions and dotted identifiers ----
N('User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.91 Safari/537.36')
N('[assembly: AssemblyVersion("2.4.1.0")]\\n[assembly: AssemblyFileVersion("2.4.1.118")]')
N("switch-core-1: firmware 1.4.2.11 installed, reboot scheduled for the maintenance window")
N("SNMP trap from rack-b4-pdu: sysObjectID 1.3.6.1.4.1.318.1.3.4.5 outlet 7 overload")
N("Installed Microsoft Visual C++ 2015-2022 Redistributable (x64) - 14.38.33135.0")
N("android { defaultConfig { versionCode 3120004; versionName \"3.12.0.4\" } }")
N("Windows build 10.0.19045.4291 missing KB5034441 (0x80070643)")
N("nuget: Newtonsoft.Json 13.0.3 -> assembly version 13.0.0.0")
N("Upgraded Chrome fleet-wide to 125.0.6422.60 via Intune ring 2")

# ---- vendor documentation example values ----
N("# from the AWS CLI docs\\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")
N("AWS docs sample: AKIAI44QH8DHBEXAMPLE / je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY")
N("Example from jwt.io: eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c")
N("Stripe docs test key in the quickstart: sk_test_4eC39HqLyjWDarjtT1zdp7dc")
N("e2e checkout test uses Stripe test card 4242 4242 4242 4242 with any future expiry and any CVC")

# ---- placeholders and masked values ----
N("export GITHUB_TOKEN=<your-personal-access-token>")
N('password: "********"')
N("DB_PASSWORD=\\nDB_USER=orders")
N("api_token: REDACTED")
N('curl -H "Authorization: Bearer <token>" https://api.acme.io/v1/health')
N("SLACK_WEBHOOK_URL=https://hooks.slack.com/services/TXXXXXXXX/BXXXXXXXX/XXXXXXXXXXXXXXXXXXXXXXXX")
N("GH_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")
N("Payment method on file: **** **** **** 4821 (Visa), exp **/**")
N("payout account: DE** **** **** **** **34 21")
N("SSN on file: ***-**-**** (masked by KYC vendor)")
N("phone: +1 (XXX) XXX-XXXX")
N("DATABASE_URL=postgres://USER:PASSWORD@HOST:5432/DBNAME")
N('api_key = "YOUR_API_KEY_HERE"')
N("Set ACME_EMAIL=you@example.com for the Let's Encrypt registration in the staging issuer.")
N("OPENAI_API_KEY=sk-...  # set in your shell, never commit")
N("postgres://orders_app:****@orders-db.internal:5432/orders (password masked by log filter)")
N("AWS_ACCESS_KEY_ID=AKIA****************")

# ---- secret references ----
N("password: ${DB_PASSWORD}")
N("env:\\n  - name: DB_PASSWORD\\n    valueFrom:\\n      secretKeyRef:\\n        name: orders-db\\n        key: password")
N("      - run: npm publish\\n        env:\\n          NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}")
N("          AWS_SECRET_ACCESS_KEY: ${{ secrets.AWS_SECRET_ACCESS_KEY }}")
N("vault kv get -field=password secret/prod/orders-db")
N('  password = data.vault_generic_secret.db.data["password"]')
N("kubectl -n orders get secret orders-db -o jsonpath='{.data.password}' | base64 -d")
N("aws secretsmanager get-secret-value --secret-id prod/orders/db --query SecretString --output text")
N("  password: {{ .Values.postgresql.auth.password | b64enc | quote }}")
N("db_password: \"{{ lookup('community.hashi_vault.hashi_vault', 'secret=secret/data/db:password') }}\"")
N("DATABASE_URL=postgres://app:$(cat /run/secrets/db_password)@db:5432/app")
N('echo "$REGISTRY_TOKEN" | docker login registry.acme.io -u "$REGISTRY_USER" --password-stdin')
N('export DB_PASSWORD="$(op read "op://Infra/orders-db/password")"')
N('"secrets": [{"name": "DB_PASSWORD", "valueFrom": "arn:aws:secretsmanager:eu-west-1:483920174455:secret:prod/orders/db-Xk2P9q"}]')
N("spring.datasource.password=${SPRING_DATASOURCE_PASSWORD:}")
N('curl --header "JOB-TOKEN: $CI_JOB_TOKEN" "${CI_API_V4_URL}/projects/${CI_PROJECT_ID}/packages/generic/cli/1.0.0/cli.tar.gz"')
N("token: !secret slack_bot_token")
N("sops --decrypt --extract '[\"data\"][\"password\"]' secrets/prod.enc.yaml")

# ---- hashes, digests, checksums ----
N(f"commit {hexs(40)}\\nMerge: {hexs(7)} {hexs(7)}\\n    Merge pull request #4821 from acme-platform/fix-retry-backoff")
N(f"{hexs(64)}  terraform_1.8.3_linux_amd64.zip")
N(f"md5sum: {hexs(32)}  backup-2024-05-17.sql.gz")
N(f'"node_modules/lodash": {{"version": "4.17.21", "resolved": "https://registry.npmjs.org/lodash/-/lodash-4.17.21.tgz", "integrity": "sha512-{base64.b64encode(rbytes(64)).decode()}"}}')
N(f"Digest: sha256:{hexs(64)}\\nStatus: Downloaded newer image for ghcr.io/acme/orders:2.14.3")
N(f'<script src="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/js/bootstrap.bundle.min.js" integrity="sha384-{base64.b64encode(rbytes(48)).decode()}" crossorigin="anonymous"></script>')
N(f"ED25519 key fingerprint is SHA256:{base64.b64encode(rbytes(32)).decode().rstrip('=')}.")
N("RSA key fingerprint is MD5:" + ":".join(hexs(2) for _ in range(16)) + ".")
N(f'ETag: "{hexs(32)}"\\nx-amz-version-id: {rs(AL + "._", 32)}')
N(f"github.com/prometheus/client_golang v1.19.0 h1:{base64.b64encode(rbytes(32)).decode()}")
N(f"helm pull oci://ghcr.io/acme/charts/orders --version 3.2.1\\nDigest: sha256:{hexs(64)}")
N(f"$2y$ cost factor bumped from 10 to 12; see hash_algo in config. Build cache key: {hexs(40)}")
N(f"Merged PR #412 ({hexs(7)}) into main; pipeline {d1(9)} passed")

# ---- UUIDs, trace ids, request ids, resource ids ----
N(f"2024-05-17T09:14:22.331Z INFO request_id={ruuid()} method=GET path=/healthz status=200 dur_ms=3")
N(f"traceparent: 00-{hexs(32)}-{hexs(16)}-01")
N(f"X-Amzn-Trace-Id: Root=1-{hexs(8)}-{hexs(24)};Parent={hexs(16)};Sampled=1")
N("dd.trace_id=5923084720947561237 dd.span_id=841203394857120398 service=orders env=prod")
N(f"metadata:\\n  name: orders-7d9f8c6b5-x2kqp\\n  uid: {ruuid()}\\n  resourceVersion: \"482133779\"")
N(f'{{"event_id":"{hexs(32)}","level":"error","release":"orders@2.14.3","environment":"prod"}}')
N(f"x-amz-request-id: {rs(UPP + DIG, 16)}\\nx-amz-id-2: {base64.b64encode(rbytes(57)).decode()}")
N(f"cf-ray: {hexs(16)}-FRA")
N(f"Terminating instance i-0{hexs(16)} in asg orders-prod (ami-0{hexs(16)}, sg-0{hexs(16)}, subnet-0{hexs(16)})")
N(f"az account set --subscription {ruuid()}")
N(f"jaeger: trace {hexs(16)} has 0 spans after sampling")
N(f"Run ID {d1(10)} / job {d1(11)} (attempt 2)")

# ---- base64 of non-secret config ----
ud = base64.b64encode(b"#cloud-config\npackage_update: true\npackages:\n  - nginx\n  - chrony\nruncmd:\n  - systemctl enable --now nginx\n").decode()
N(f'resource "aws_instance" "web" {{\\n  ami       = "ami-0{hexs(16)}"\\n  user_data_base64 = "{ud}"\\n}}')
cfg = base64.b64encode(json.dumps({"logLevel": "info", "featureFlags": {"newCheckout": True, "darkMode": False}}).encode()).decode()
N(f"kind: ConfigMap\\nbinaryData:\\n  flags.json: {cfg}")
dbg = base64.urlsafe_b64encode(b'{"debug":false,"sampleRate":0.1}').decode().rstrip("=")
N(f"echo '{dbg}' | base64 -d")
fake_ca = "-----BEGIN CERTIFICATE-----\nMIIC" + base64.b64encode(rbytes(300)).decode() + "\n-----END CERTIFICATE-----\n"
N(f"  clientConfig:\\n    caBundle: {base64.b64encode(fake_ca.encode()).decode()}\\n    service:\\n      name: cert-manager-webhook")
N(f'<img alt="status" src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABAAAAAQ{base64.b64encode(rbytes(90)).decode()}">')
N("kubectl get cm coredns -n kube-system -o jsonpath='{.data.Corefile}' | base64 | head -c 40  # Ljo1MyB7CiAgICBlcnJvcnMKICAgIGhlYWx0aA==")

# ---- public keys and certificates ----
N(f"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{base64.b64encode(rbytes(32)).decode()[:43]} ci-deploy@build-runner")
rsa_pub = base64.b64encode(bytes.fromhex("000000077373682d7273610000000301000100000101") + rbytes(257)).decode()
N(f'resource "aws_key_pair" "bastion" {{\\n  key_name   = "bastion-2024"\\n  public_key = "ssh-rsa {rsa_pub} bastion-2024"\\n}}')
t, _ = pem("PUBLIC KEY", "3059301306072a8648ce3d020106082a8648ce3d030107034200", 65)
N(t)
t, _ = pem("CERTIFICATE", "3082032d30820215a0030201020214", 800)
N("ingress tls.crt (public):\\n" + t)
N(f'{{"keys":[{{"kty":"RSA","use":"sig","kid":"{rs(B64U, 43)}","alg":"RS256","n":"{b64u(rbytes(256))}","e":"AQAB"}}]}}')
N("creation_rules:\\n  - path_regex: secrets/prod/.*\\n    age: age1" + rs("qpzry9x8gf2tvdw0s3jn54khce6mua7l", 58))
N(f"gpg: key {rs('0123456789ABCDEF', 16)}: public key \"Acme Release Signing <release@acme.io>\" imported")

# ---- long numbers that are not phones or cards ----
N("ts=1715937262114 level=info msg=\"compaction done\" blocks=12 bytes=1048576000")
N("arn:aws:iam::483920174455:role/github-actions-deployer")
N("Content-Length: 2147483648")
N("channel_id=1239847561029384751 guild_id=1120938475610293847 message deleted by automod")
N("order_id=7730019284452 state=PENDING_CAPTURE retries=3")
N("EXT4-fs error (device nvme0n1p1): ext4_lookup:1855: inode #3932167: comm find: deleted inode referenced: 3932169")
N("[4158236.671234] Out of memory: Killed process 48213 (java) total-vm:16777216kB, anon-rss:8388608kB")
N("kafka-consumer-groups: orders-consumer partition 7 current-offset 88213409921 log-end-offset 88213410577 lag 656")
N("gcloud projects describe acme-prod-482913 --format='value(projectNumber)'  -> 482913305718")
N("Replacement SSD shipped, FedEx tracking 7749 3821 9384, ETA Tuesday")
N("node_network_receive_bytes_total{device=\"eth0\"} 98234761029")
N("Build 20240517.3 finished in 00:14:32; artifact size 734003200 bytes")
N("ulimit -n 1048576 && sysctl -w fs.file-max=2097152")
N("Invoice INV-2024-0051827 total 12,480.00 EUR due 2024-06-16")

# ---- ops prose / errors mentioning credentials without values ----
N('2024-05-17 09:14:22.118 UTC [3110] FATAL:  password authentication failed for user "orders_app"')
N("deploy@bastion-eu1: Permission denied (publickey,password).")
N("Reminder: rotate the Grafana admin password and the CI deploy token after the offboarding is done.")
N("The GitHub token on the release runner expired; run gh auth login again and update the runner secret.")
N("Enter passphrase for key '/home/deploy/.ssh/id_ed25519':")
N("[sudo] password for deploy:")
N('Error: INSTALLATION FAILED: secret "orders-db" not found')
N('{"error":"unauthorized","error_description":"token is expired","status":401}')
N("botocore.exceptions.NoCredentialsError: Unable to locate credentials")
N("Password policy: at least 14 characters, one symbol, no reuse of the last 24 passwords.")
N("remote: Support for password authentication was removed on August 13, 2021.\\nfatal: Authentication failed for 'https://github.com/acme-platform/infra.git/'")
N("WARNING! Using --password via the CLI is insecure. Use --password-stdin.\\nLogin Succeeded")
N("slack_sdk.errors.SlackApiError: The request to the Slack API failed. (url: https://slack.com/api/chat.postMessage)\\nThe server responded with: {'ok': False, 'error': 'invalid_auth'}")
N("mysql: [Warning] Using a password on the command line interface can be insecure.")
N('WWW-Authenticate: Bearer realm="api", error="invalid_token", error_description="The access token expired"')
N('resource "aws_iam_account_password_policy" "strict" {\\n  minimum_password_length = 14\\n  require_symbols         = true\\n}')
N("PasswordAuthentication no\\nPermitRootLogin prohibit-password\\nPubkeyAuthentication yes")
N("vault write auth/kubernetes/role/orders token_ttl=1h token_max_ttl=4h token_policies=orders-read")
N("chmod 0600 ~/.ssh/id_ed25519 && ssh-add ~/.ssh/id_ed25519")
N("API key rotation for the payments partner is scheduled for Thursday; no action needed from app teams.")
N("jwt.exceptions.ExpiredSignatureError: Signature has expired")
N("Error: secret key must be at least 32 bytes for HS256; got 16 (check JWT_SECRET length)")

# ---- things that look like person names but are not people ----
N("Jenkins job deploy-prod #812 failed on agent jenkins-agent-04: workspace out of disk")
N("kafka-consumer-groups --bootstrap-server kafka-1:9092 --describe --group orders-consumer")
N('Grafana alert "High 5xx rate" is firing for service checkout (threshold 2%)')
N("Plan: move the fleet to Ubuntu 24.04 Noble Numbat before Jammy Jellyfish images lose standard support.")
N("Debian 12 (bookworm) base images are now default; bullseye is deprecated.")
N('release/2024.05 codename "Rosalind" freezes on Wednesday; hotfixes go to the Marigold branch')
N("Inference node pool runs NVIDIA L4 (Ada Lovelace); training pool is H100 (Hopper).")
N("Travis CI build 4821 passed; Sentry release orders@2.14.3 created")
N("nodetool repair on Cassandra ring dc2 took 41m; Zookeeper quorum healthy")
N("Celery beat stalled; Flower shows 0 active workers on queue mailers")
N("Argo CD synced application payments to revision HEAD; Harbor replication pending")
N("Prometheus, Thanos, Loki and Tempo share the monitoring node pool; Mimir migration next quarter.")
N("Dependabot opened #412 and Renovate closed #409 (duplicate)")
N("Elasticsearch cluster health RED; Kibana unreachable; Logstash pipelines backing up")
N("Consul leader election took 9s; Nomad allocations pending on client hudson-legacy-01")
N("Jarvis (our chatops bot) timed out calling the deploy API")
N("Sonar, Nexus and Artifactory back online after the storage failover")
N("macOS Sonoma 14.4.1 and Windows 11 23H2 are the supported VPN client platforms")
N("Apache Tomcat/9.0.88 - Error report: HTTP Status 404 - Not Found")
N("Sidekiq queue 'mailers' latency 320s; Redis Sentinel failover in progress")

# ---- other lookalikes (times, loopback, CVEs, codes) ----
N("error: no member named 'emplace_hint' in 'std::map<std::string, int>'")
N("2024-05-17T09:14:22.331+02:00 WARN clock skew 12:30:45 vs 12:30:47")
N("    listen [::]:443 ssl http2;\\n    listen 443 ssl http2;")
N("server listening on 0.0.0.0:8080; metrics on 127.0.0.1:9090; health via ::1 port 8081")
N("CVE-2024-3094 not present: xz-utils 5.4.1-0.2 installed")
N("Applied RHSA-2024:2844 to 41 hosts; 3 pending reboot")
N("BIC COBADEFFXXX is used for all EUR payouts from the German entity")
N("cron: '0 3 * * 1-5'  # weekdays at 03:00 UTC")
N("HTTP/1.1 503 Service Unavailable\\nRetry-After: 120")
N("SEPA batch PAIN.001 rejected: field CdtrAcct/Id/IBAN missing for 3 of 118 transactions")
N("CardValidationError: card number failed Luhn check (value not logged)")


# ---------- write ----------
def main():
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "blind2.tsv")
    with open(out, "w", encoding="utf-8") as f:
        f.write("# kind\ttext\tmust-vanish (|-separated; empty for negatives)\tsource\n")
        for kind, text, vals in ROWS:
            for x in (text, *vals):
                assert "\t" not in x and "\n" not in x, (kind, text)
            for x in vals:
                assert "|" not in x, x
            f.write(f"{kind}\t{text}\t{'|'.join(vals)}\tblind-writer-2\n")
    from collections import Counter
    c = Counter(k for k, _, _ in ROWS)
    pos = sum(v for k, v in c.items() if k != "negative")
    print(f"wrote {out}: {len(ROWS)} rows, {pos} positive, {c['negative']} negative")
    for k, v in sorted(c.items()):
        print(f"  {k:18} {v}")


if __name__ == "__main__":
    main()
