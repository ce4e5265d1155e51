#!/usr/bin/env python3
"""writer17 / batch 17: redaction-gate test lines, theme = Kestrel Veterinary Group
(vet clinics + Kestrel PetRx online pharmacy + Kestrel Paws mobile app).

Every line below was typed by hand. Markup used in the typed lines:
  first char       kind: c = credential, p = pii, n = negative; then '|' then the text (leading spaces kept)
  [[...]]          wraps a substring that must vanish (the markers are removed in the output)
  {{a32}}          random secret body from random.Random(SEED): class letter + length
                   a=A-Za-z0-9  p=alnum+symbols  l=a-z0-9  h=hex  H=HEX  u=A-Z0-9  b=base64  B=base64url
                   d=digits  c=bcrypt alphabet
  {{luhn:...}}     typed card digits, Luhn check digit appended
  {{iban:CC:BBAN}} typed BBAN, ISO 13616 check digits computed (ibans: = printed in groups of 4)
  {{dni:NNNNNNNN}} typed Spanish DNI number, control letter computed
  {{pesel:NNNNNNNNNN}} typed PESEL prefix, check digit computed
Split rule (fixed before writing): group order is by artefact type; odd gNN -> batch17_dev.tsv,
even gNN -> batch17_test.tsv.
"""
import random
import re
import string

SEED = 171717
rng = random.Random(SEED)

ALPH = {
    "a": string.ascii_letters + string.digits,
    "p": string.ascii_letters + string.digits + "!@#%^&*-_=+",
    "l": string.ascii_lowercase + string.digits,
    "h": "0123456789abcdef",
    "H": "0123456789ABCDEF",
    "u": string.ascii_uppercase + string.digits,
    "b": string.ascii_letters + string.digits + "+/",
    "B": string.ascii_letters + string.digits + "-_",
    "d": string.digits,
    "c": "./" + string.ascii_letters + string.digits,
}


def luhn(typed):
    digits = [int(ch) for ch in typed if ch.isdigit()]
    total = 0
    for i, dgt in enumerate(reversed(digits)):
        if i % 2 == 0:
            dgt *= 2
            if dgt > 9:
                dgt -= 9
        total += dgt
    return typed + str((10 - total % 10) % 10)


def iban(cc, bban, spaced=False):
    rearr = bban + cc + "00"
    num = "".join(str(int(ch, 36)) for ch in rearr)
    check = 98 - int(num) % 97
    out = f"{cc}{check:02d}{bban}"
    if spaced:
        out = " ".join(out[i:i + 4] for i in range(0, len(out), 4))
    return out


def dni(num):
    return num + "TRWAGMYFPDXBNJZSQVHLCKE"[int(num) % 23]


def pesel(ten):
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    s = sum(int(c) * k for c, k in zip(ten, w))
    return ten + str((10 - s % 10) % 10)


def expand(m):
    tok = m.group(1)
    if tok.startswith("luhn:"):
        return luhn(tok[5:])
    if tok.startswith("iban:") or tok.startswith("ibans:"):
        head, cc, bban = tok.split(":", 2)
        return iban(cc, bban, spaced=(head == "ibans"))
    if tok.startswith("dni:"):
        return dni(tok[4:])
    if tok.startswith("pesel:"):
        return pesel(tok[6:])
    cls, n = tok[0], int(tok[1:])
    return "".join(rng.choice(ALPH[cls]) for _ in range(n))


GROUPS = []


def G(name, block):
    GROUPS.append((name, block))


# ---------------------------------------------------------------- g01
G("shell-history-bastion", r"""
c|export PGPASSWORD='[[{{p22}}]]'
n|psql -h petrx-db.cluster-c9x2mq.eu-west-1.rds.amazonaws.com -U rx_readonly -d petrx -c '\dt rx.*'
c|vault login -method=token [[hvs.{{B90}}]]
n|vault kv get -field=password secret/petrx/prod/db
c|curl -s -H "Authorization: Bearer [[{{B40}}]]" https://api.kestrelvet.io/internal/v2/clinics | jq '.[].code'
n|kubectl -n booking rollout restart deploy/booking-api && kubectl -n booking rollout status deploy/booking-api --timeout=5m
c|mysql -u lab_sync -p[[{{a16}}]] -h lis-gw.kestrelvet.internal labresults -e 'select count(*) from results_inbox'
p|scp /tmp/owners_dedupe_2024-11.csv [[amara.oyelaran]]@10.20.4.11:/home/[[amara.oyelaran]]/
n|aws s3 ls s3://kestrel-petrx-invoices-prod/2024/11/ --profile prod-readonly | wc -l
p|psql -h petrx-db-replica -U rx_readonly -d petrx -c "select id, created_at from owners where email = '[[j.mbeki@icloud.com]]'"
c|docker login registry.kestrelvet.io -u ci-bot -p [[{{a32}}]]
""")

# ---------------------------------------------------------------- g02
G("slack-incident-booking", r"""
p|[09:14] [[Priya Raman]]: booking API is throwing 502s for the Leeds and York clinics, anyone on it?
p|[09:15] [[Tomasz Wiśniewski]]: looking, upstream pool on booking-db is exhausted again (max_connections 200, in use 200)
n|[09:15] PagerDuty: INC-48213 triggered: BookingApi5xxHigh (service booking-primary, urgency high)
c|[09:17] [[Tomasz Wiśniewski]]: for whoever needs it right now: postgres://booking_app:[[{{p24}}]]@booking-db-prod.cluster-c9x2mq.eu-west-2.rds.amazonaws.com:5432/booking
p|[09:18] [[Priya Raman]]: please don't paste that in here, rotate it once we're stable
n|[09:19] deploy-bot: booking-api v3.14.2 (9f2c1e7) rolled out to eu-west-2, 6/6 pods ready
p|[09:21] [[Oluwaseun Adeyemi]]: call centre here, Mrs [[Hélène Marchetti]] is on the line, her card [[{{luhn:4929 8130 5524 771}}]] was charged twice for the Apoquel order
n|[09:22] grafana-bot: [RESOLVED] BookingApi5xxHigh booking-api eu-west-2 value=0.4% (threshold 2%)
p|[09:23] [[Tomasz Wiśniewski]]: pool max raised from 20 to 40 per pod, p99 back under 300ms
n|[09:25] statuspage-bot: Incident resolved: "Online booking degraded (UK clinics)" duration 11m
p|[09:26] [[Priya Raman]]: new DB password is in 1Password under "booking-db-prod", NOT here. Thanks all
c|[09:27] [[Oluwaseun Adeyemi]]: can someone check the refunds API for me? I'm using key [[{{a32}}]] from the call-centre wiki
""")

# ---------------------------------------------------------------- g03
G("helm-values-petrx", r"""
p|# values-prod.yaml for petrx-api (chart petrx 4.2.0), synced by argocd app petrx-prod, owner [[Ines Carvalho]]
c|imageCredentials: { registry: registry.kestrelvet.io, username: "robot$petrx+ci", password: "[[{{a32}}]]" }
c|  databasePassword: "[[{{p28}}]]"
c|  stripeSecretKey: [[sk_live_{{a24}}]]
n|  stripePublishableKey: pk_live_51NqKestrelPetRxEUa9c3F2kP0xY7rT1mB4vW8sL6dQ
c|  redisUrl: "rediss://default:[[{{a32}}]]@petrx-cache.q1w2e3.euw1.cache.amazonaws.com:6379/0"
n|  passwordFromEnv: PETRX_DB_PASSWORD
c|  webhookSigningSecret: [[whsec_{{a32}}]]
p|  alerting: { escalationPhone: "[[+44 7700 900512]]" }   # [[Rahul]]'s mobile, temporary
n|  podAnnotations: { checksum/config: 3f9a0c4e1b7d5a2f8e6c0b9d4a1f7e3c2b5d8a0f6e9c1b4d7a2f5e8c0b3d6a9f }
n|  aws: { region: eu-west-1, accessKeyId: AKIAIOSFODNN7EXAMPLE }  # AWS docs sample, replaced by IRSA at deploy
""")

# ---------------------------------------------------------------- g04
G("k8s-secret-lis-gateway", r"""
n|metadata: { name: lis-gateway-credentials, namespace: lab-integrations, labels: { app.kubernetes.io/part-of: lis } }
c|  IDEXX_API_KEY: [[{{b42}}==]]
c|  HL7_MLLP_PASSWORD: [[{{b32}}]]
c|  VEBIO_API_TOKEN: [[{{b44}}]]
c|  tls.key: [[LS0tLS1CRUdJTiBQUklWQVRFIEtFWS0tLS0tCk1JSUV2{{b64}}]]
n|  tls.crt: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSURhekNDQWxPZ0F3SUJBZ0lVTzNk
p|  # managed by external-secrets (ClusterSecretStore vault-eu); owner [[Chidinma Okafor]] <[[chidinma.okafor@kestrelvet.io]]>
c|  ANTECH_SFTP_PASSWORD: [[{{b24}}]]
n|  ANTECH_SFTP_USER: bGFiX3N5bmM=
n|  ANTECH_SFTP_HOST: c2Z0cC5hbnRlY2gtbGFiLmV1
""")

# ---------------------------------------------------------------- g05
G("k8s-deployment-booking", r"""
n|kind: Deployment
p|  annotations: { kestrelvet.io/owner: "[[Tomasz Wiśniewski]]", kestrelvet.io/team: booking }
n|        - { name: DB_PASSWORD, valueFrom: { secretKeyRef: { name: booking-db, key: password } } }
c|        - { name: TWILIO_AUTH_TOKEN, value: "[[{{h32}}]]" }
c|        - { name: VETSOURCE_CLIENT_SECRET, value: "[[{{a40}}]]" }
n|        - { name: TWILIO_ACCOUNT_SID, value: "AC5e8d2f41b07c9a3e6f1d4b8c2a7e90f3" }
c|        - { name: JWT_SIGNING_KEY, value: "[[{{b43}}=]]" }
n|      image: registry.kestrelvet.io/booking/api@sha256:8c1f0e9d2b7a4c3e5f6a7b8c9d0e1f2a3b4c5d6e7f8091a2b3c4d5e6f7a8b9c0d
p|        - { name: ONCALL_CONTACT, value: "[[Dmitri Volkov]] [[+44 7700 900418]]" }
c|      args: ["--smtp-user=apikey", "--smtp-password=[[{{p20}}]]", "--smtp-host=smtp.sendgrid.net"]
""")

# ---------------------------------------------------------------- g06
G("terraform-rds-payments", r"""
n|resource "aws_db_instance" "payments" {
p|  # reviewed by [[Olusegun Bakare]] on 2024-11-02 (PR #412)
c|  password       = "[[{{p24}}]]"
p|  # break-glass IAM user created for [[Zanele Dlamini]] ([[zanele.dlamini@kestrelvet.io]]) during INC-47790
n|  # password     = var.db_password   # TODO: move to aws_secretsmanager_secret_version
n|  kms_key_id     = "arn:aws:kms:eu-west-1:482913370021:key/6c1d2e8a-3f4b-4a71-9c0e-5b8d7e2f1a93"
c|provider "datadog" { api_key = "[[{{h32}}]]"  app_key = "[[{{h40}}]]" }
p|  tags = { Owner = "[[ines.carvalho@kestrelvet.io]]", CostCentre = "CC-4410", Service = "sepa-collector" }
n|variable "db_password" { type = string  sensitive = true  description = "set via TF_VAR_db_password" }
c|resource "aws_ssm_parameter" "sepa_api" { name = "/sepa/api-key"  type = "SecureString"  value = "[[{{a40}}]]" }
c|provider "aws" { region = "eu-west-1"  access_key = "[[AKIA{{u16}}]]"  secret_key = "[[{{b40}}]]" }
""")

# ---------------------------------------------------------------- g07
G("ansible-group-vars-clinics-de", r"""
n|# group_vars/clinics_de/vars.yml  (8 clinics, POS + reception PCs)
n|pos_terminal_vendor: ingenico
c|pos_merchant_password: "[[{{p18}}]]"
n|pos_merchant_password_vault: "{{ vault_pos_merchant_password }}"
c|ansible_become_pass: [[{{a14}}]]
p|clinic_manager: "[[Jürgen Haßelbach]] <[[j.hasselbach@kestrelvet.io]]>"
n|vault_pos_merchant_password: !vault | $ANSIBLE_VAULT;1.1;AES256 6638643965376232316539353037643631336135
c|wifi_psk_clinic_guest: "[[{{a12}}]]"
c|reception_pc_local_admin_password: "[[{{p14}}]]"
p|emergency_contact: "[[Dr. Ewa Nowak-Schmidt]] (privat) [[+49 151 23456789]]"
""")

# ---------------------------------------------------------------- g08
G("docker-compose-lab-dev", r"""
n|    image: postgres:16.2-alpine
c|      POSTGRES_PASSWORD: [[{{p20}}]]
n|      POSTGRES_PASSWORD_FILE: /run/secrets/pg_password
c|      RABBITMQ_DEFAULT_PASS: "[[{{a16}}]]"
n|      RABBITMQ_DEFAULT_USER: labsync
n|      MINIO_ROOT_PASSWORD: minioadmin   # upstream default, only bound to 127.0.0.1 on laptops
c|      - SENDGRID_API_KEY=[[SG.{{B22}}.{{B43}}]]
c|      - LAB_SIM_API_TOKEN=[[{{a40}}]]
p|      - SEED_OWNER_EMAIL=[[gabriela.santos.vet@gmail.com]]   # a real customer used as seed, remove
p|# maintained by [[Chidinma Okafor]], questions in #lab-integrations
""")

# ---------------------------------------------------------------- g09
G("dotenv-paws-backend", r"""
c|DATABASE_URL=mongodb+srv://paws_api:[[{{a20}}]]@paws-prod.x7kqe.mongodb.net/paws?retryWrites=true&w=majority
c|FCM_SERVER_KEY=[[AAAA{{B7}}:APA91b{{B134}}]]
n|APNS_KEY_ID=7K2QX9M4PL
c|APNS_PRIVATE_KEY="-----BEGIN PRIVATE KEY-----\n[[MIGTAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBHkwdwIBAQQg{{b64}}\n{{b64}}\n{{b24}}]]\n-----END PRIVATE KEY-----"
n|JWT_SECRET=${JWT_SECRET:?JWT_SECRET must be set}
c|SESSION_SECRET=[[{{a48}}]]
p|ADMIN_ALERT_SMS=[[+44 7700 900418]]  # [[Dmitri Volkov]], personal mobile
c|SENTRY_AUTH_TOKEN=[[sntrys_{{a64}}]]
n|SUPPORT_EMAIL=support@kestrelvet.io
n|PASSWORD_RESET_URL=https://app.kestrelvet.io/reset?token={token}&lang={locale}
""")

# ---------------------------------------------------------------- g10
G("spring-application-prod-petrx", r"""
n|spring.datasource.url: jdbc:postgresql://petrx-db:5432/petrx?sslmode=require&ApplicationName=petrx-api
n|spring.datasource.username: petrx_app
c|spring.datasource.password: [[{{p26}}]]
c|kestrel.payments.adyen.api-key: [[AQE{{a60}}]]
n|kestrel.payments.adyen.merchant-account: KestrelPetRxEU
n|kestrel.payments.adyen.hmac-key: ${ADYEN_HMAC_KEY}
c|kestrel.sepa.gocardless.access-token: [[live_{{B40}}]]
c|spring.mail.password: [[{{a16}}]]
p|kestrel.notifications.escalation-sms: "[[+353 87 412 9930]]"
p|kestrel.rx.superintendent-pharmacist: "[[Aisling Ní Bhriain]], GPhC reg. [[2087164]]"
""")

# ---------------------------------------------------------------- g11
G("github-actions-log-petrx", r"""
n|HEAD is now at 7f3ab21 Merge pull request #2291 from kestrelvet/fix-sepa-retry
p|Run git config --global user.email "[[lucia.fernandez@kestrelvet.io]]"
p|Run actions/github-script@v7: requested review from [[Ji-woo Park]] and [[Priya Raman]]
c|##[debug]Evaluating env: NPM_TOKEN=[[npm_{{a36}}]]
n|Warning: The `set-output` command is deprecated and will be disabled soon.
c|+ curl -u deploy:[[{{p20}}]] -T petrx-api-2024.11.3.jar https://nexus.kestrelvet.internal/repository/releases/
n|Run echo "ADYEN_API_KEY=***" >> $GITHUB_ENV
c|Error: Cannot perform an interactive login: docker login registry.kestrelvet.io -u ci-bot -p [[{{a32}}]]
p|Run peter-evans/create-pull-request@v5 with author: [[Mateus Fonseca]] <[[mateus.fonseca@kestrelvet.io]]>
c|fatal: unable to access 'https://x-access-token:[[ghs_{{a36}}]]@github.com/kestrelvet/petrx-api.git/': The requested URL returned error: 403
n|Tests: 812 passed, 3 skipped, 0 failed; coverage 81.4% (threshold 80%)
""")

# ---------------------------------------------------------------- g12
G("json-logs-booking-api", r"""
n|{"ts":"2024-11-18T08:02:11.412Z","level":"info","svc":"booking-api","msg":"slot search","clinic":"UK-LDS-02","species":"canine","results":14,"ms":83}
p|{"ts":"2024-11-18T08:02:19.007Z","level":"info","msg":"appointment created","owner":{"name":"[[Fatima Zahra Benali]]","email":"[[fz.benali@outlook.fr]]"},"pet":"Simba","appt_id":"APT-7731904"}
c|{"ts":"2024-11-18T08:03:40.551Z","level":"debug","msg":"outbound request","url":"https://api.vetsource-partner.net/v1/orders","headers":{"Authorization":"Basic [[{{b28}}]]"}}
n|{"ts":"2024-11-18T08:04:02.118Z","level":"warn","msg":"password reset requested","user_id":"u_88213","ip_country":"GB","rate_limited":false}
p|{"ts":"2024-11-18T08:04:55.300Z","level":"error","msg":"SMS delivery failed","to":"[[+44 7700 900733]]","provider":"twilio","code":30003}
n|{"ts":"2024-11-18T08:05:10.902Z","level":"info","msg":"token refreshed","token_type":"Bearer","expires_in":3600,"token":"[REDACTED]"}
c|{"ts":"2024-11-18T08:05:31.477Z","level":"debug","msg":"oauth callback","query":"code=[[{{B43}}]]&state=a81f2c9e"}
n|{"ts":"2024-11-18T08:06:00.000Z","trace_id":"4bf92f3577b34da6a3ce929d0e0e4736","span_id":"00f067aa0ba902b7","msg":"GET /v2/clinics 200","ms":12}
p|{"ts":"2024-11-18T08:06:44.219Z","level":"info","msg":"owner profile updated","changes":{"dob":"[[1987-03-22]]","address":"[[14 Rowan Close, Harrogate HG2 7LP]]"}}
n|{"ts":"2024-11-18T08:07:01.730Z","level":"info","msg":"pet profile updated","pet_id":"PET-551203","changes":{"dob":"2019-06-02","weight_kg":31.4,"neutered":true}}
c|{"ts":"2024-11-18T08:07:15.004Z","level":"warn","msg":"retrying with api_key=[[{{a32}}]] after 429","attempt":2}
c|{"ts":"2024-11-18T08:07:20.118Z","level":"debug","msg":"db connect","dsn":"postgres://booking_app:[[{{p20}}]]@10.30.2.10:6432/booking"}
p|{"ts":"2024-11-18T08:07:31.650Z","level":"info","msg":"microchip lookup","chip":"[[985112003456789]]","owner":"[[Grace Achieng]]","registry":"petlog"}
""")

# ---------------------------------------------------------------- g13
G("nginx-access-shop", r"""
n|10.42.3.17 - - [18/Nov/2024:09:12:44 +0000] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29"
p|198.51.100.23 - - [18/Nov/2024:09:12:51 +0000] "GET /account/orders?email=[[d.mwangi%40outlook.com]] HTTP/2.0" 200 5120 "-" "Mozilla/5.0 (Windows NT 10.0; Win64; x64)"
c|203.0.113.54 - - [18/Nov/2024:09:13:02 +0000] "POST /api/v1/cart/checkout?api_key=[[{{a32}}]] HTTP/2.0" 201 733 "-" "okhttp/4.12.0"
c|192.0.2.77 - - [18/Nov/2024:09:13:15 +0000] "GET /reset-password?token=[[{{B43}}]] HTTP/2.0" 200 3810 "-" "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_1)"
p|192.0.2.77 - - [18/Nov/2024:09:13:31 +0000] "GET /rx/upload?vet=[[Dr%20Sofia%20Lindqvist]]&pet=Mochi HTTP/2.0" 302 0 "-" "Mozilla/5.0"
n|198.51.100.9 - - [18/Nov/2024:09:13:40 +0000] "GET /api/v1/search?q=password+protected+pet+door+token+key HTTP/2.0" 200 912 "-" "Mozilla/5.0"
n|10.42.1.9 - metrics [18/Nov/2024:09:13:45 +0000] "GET /metrics HTTP/1.1" 200 48211 "-" "Prometheus/2.48.1"
p|198.51.100.61 - - [18/Nov/2024:09:13:47 +0000] "GET /account/pets?owner=[[Grace%20Achieng]]&chip=[[941000024681357]] HTTP/2.0" 200 2210 "-" "KestrelPaws/5.12.0 (Android 14)"
c|198.51.100.200 - - [18/Nov/2024:09:13:52 +0000] "GET /admin/login?user=ops&pass=[[{{p14}}]] HTTP/1.1" 401 188 "-" "curl/8.4.0"
n|54.187.174.169 - - [18/Nov/2024:09:14:00 +0000] "POST /api/v1/payments/webhook HTTP/1.1" 200 15 "-" "Stripe/1.0 (+https://stripe.com/docs/webhooks)"
""")

# ---------------------------------------------------------------- g14
G("alertmanager-payload-petrx", r"""
n|{"receiver":"petrx-oncall","status":"firing","groupLabels":{"alertname":"RxQueueBacklog"},"groupKey":"{}:{alertname=\"RxQueueBacklog\"}",
n|"labels":{"alertname":"RxQueueBacklog","severity":"page","namespace":"petrx","queue":"rx-verification"},
n|"annotations":{"summary":"12,408 prescriptions waiting > 30 min","runbook_url":"https://runbooks.kestrelvet.io/petrx/rx-queue"},
c|"webhook_configs":[{"url":"https://hooks.slack.com/services/T04K2M9QZ/B06R1H7XJ/[[{{a24}}]]"}],
p|"annotations":{"description":"escalated to [[Hiroshi Tanaka]] ([[+81 90-4821-7736]]) per weekend rota"},
c|"http_config":{"authorization":{"type":"Bearer","credentials":"[[{{a40}}]]"}},
c|"pagerduty_configs":[{"routing_key":"[[{{h32}}]]","severity":"critical"}],
c|"email_configs":[{"to":"petrx-oncall@kestrelvet.io","auth_username":"alerts@kestrelvet.io","auth_password":"[[{{p18}}]]"}],
p|"annotations":{"note":"triggered after complaint from [[Beatriz Ortega Ruiz]] about order PRX-2024-118832"},
p|"annotations":{"customer_phone":"[[+34 655 21 87 40]]","case":"CS-58213"},
n|"labels":{"alertname":"TokenExpirySoon","secret":"petrx-adyen-api-key","days_left":"6","severity":"warning"}
""")

# ---------------------------------------------------------------- g15
G("psql-session-booking", r"""
n|booking=> \conninfo
n|You are connected to database "booking" as user "booking_ro" on host "booking-db-replica" (address "10.30.2.14") at port "5432".
n|booking=> SELECT id, full_name, phone, email, dob FROM owners WHERE id IN (44817, 44818, 44819);
p| 44817 | [[Alejandro Quispe Mamani]] | [[+34 612 48 93 07]] | [[a.quispe.m@gmail.com]] | [[1984-05-30]]
p| 44818 | [[Nguyễn Thị Lan]]          | [[+44 7700 900215]] | [[lan.nguyen88@yahoo.co.uk]] | [[1992-11-04]]
p| 44819 | [[Jonas Petersen]]          | [[+49 170 5522183]] | [[jonas.p@posteo.de]] | [[1975-01-09]]
c|booking=> ALTER ROLE booking_app WITH PASSWORD '[[{{p22}}]]';
p|booking=> SELECT id, created_at FROM owners WHERE full_name = '[[Agnieszka Kowalczyk]]';
n|ALTER ROLE
c|booking=> \! PGPASSWORD=[[{{a18}}]] pg_dump -h booking-db-prod -U booking_admin -t owners booking > /tmp/owners.sql
c| report_ro | [[SCRAM-SHA-256$4096:{{b24}}${{b43}}=:{{b43}}=]]
""")

# ---------------------------------------------------------------- g16
G("sql-migration-petrx", r"""
n|-- V2024_11_02__add_controlled_drug_log.sql
c|CREATE USER rx_reporting WITH PASSWORD '[[{{p20}}]]';
p|INSERT INTO owners (full_name, dob, postcode) VALUES ('[[Siobhán O''Sullivan-Price]]', '[[1969-12-01]]', '[[YO31 7EU]]');
c|ALTER USER petrx_app PASSWORD '[[{{p20}}]]' VALID UNTIL '2025-02-01';
p|INSERT INTO rx.prescribers (rcvs_no, name, email) VALUES ('[[7731204]]', '[[Kwame Asante]]', '[[k.asante@kestrelvet.io]]');
n|UPDATE rx.settings SET value = 'true' WHERE key = 'password_policy.require_mfa';
p|INSERT INTO billing.payers (name, iban) VALUES ('[[Lucas Vermeulen]]', '[[{{iban:NL:RABO0312847765}}]]');
c|INSERT INTO integrations (name, shared_secret) VALUES ('vetconnect-plus', '[[{{a32}}]]');
n|-- seed for staging: card 4242 4242 4242 4242 (Stripe test card) and IBAN DE89 3704 0044 0532 0130 00 (ISO example)
n|ALTER TABLE owners ADD COLUMN password_hash text, ADD COLUMN mfa_secret_ref text;
c|INSERT INTO staff_users (login, password_hash) VALUES ('reception_leeds', '[[$2b$12${{c53}}]]');
""")

# ---------------------------------------------------------------- g17
G("csv-appointments-export", r"""
n|appointment_id,clinic,starts_at,species,reason,owner_name,owner_phone,status
p|APT-7731904,ES-MAD-01,2024-11-19T10:30,canine,vaccination,[[Alejandro Quispe Mamani]],[[+34 612 48 93 07]],confirmed
p|APT-7731905,PL-WAW-01,2024-11-19T10:45,canine,skin check,[[Agnieszka Kowalczyk]],[[+48 512 384 920]],confirmed
p|APT-7731906,FR-LYS-01,2024-11-19T11:00,feline,bloods,[[Nathalie Roussel]],[[+33 6 12 34 56 78]],confirmed
n|APT-7731907,UK-LDS-02,2024-11-19T11:00,feline,dental,,,walk-in
p|APT-7731908,JP-SETA-01,2024-11-19T15:00,canine,surgery,[[佐藤 健一]],[[090-3318-4427]],confirmed
n|APT-7731909,DE-MUC-02,2024-11-19T15:15,rabbit,nail trim,[erased on request],[erased on request],cancelled
p|APT-7731910,NL-AMS-01,2024-11-19T16:00,feline,post-op,[[Fenna Visser]],[[06-48213377]],no-show
p|APT-7731911,UK-YRK-01,2024-11-19T16:30,canine,vaccination,[[Siobhán O'Sullivan-Price]],[[07700 900664]],confirmed
n|APT-7731912,UK-YRK-01,2024-11-19T16:45,equine,dentistry,KESTREL STAFF PET,internal,confirmed
p|APT-7731913,DE-MUC-02,2024-11-20T09:00,canine,x-ray,[[Jonas Petersen]],[[+49 170 5522183]],confirmed
n|# export generated 2024-11-18T06:00:04Z by job appt-export-nightly (rows=4812, sha256=5d1e0c9b8a7f6e5d4c3b2a1908f7e6d5c4b3a29180f7e6d5c4b3a2918070f6e5)
""")

# ---------------------------------------------------------------- g18
G("support-ticket-es", r"""
n|Ticket #CS-58213 · Prioridad: alta · Canal: teléfono · Clínica: ES-BCN-03 (Eixample)
p|Cliente: [[Marta Gil Castellanos]] · Tel.: [[+34 655 21 87 40]]
p|DNI: [[{{dni:48392017}}]] (verificado por el agente)
p|Dirección de envío: [[Carrer de Provença 214, 3º 2ª, 08036 Barcelona]]
n|Asunto: Cobro duplicado en la farmacia online (pedido PRX-2024-119002)
n|La clienta indica que el cargo de 64,90 € aparece dos veces en su tarjeta terminada en 4821 y pide el reembolso.
c|Nota interna: para revisar en Adyen usar el usuario ws@Company.KestrelVet y la contraseña [[{{p16}}]] (pedir a Finanzas que la cambien)
n|Mascota: Luna (gata, 7 años), receta de Metacam 0,5 mg/ml pendiente de validación por el veterinario.
p|IBAN para el reembolso: [[{{ibans:ES:01821457330201598846}}]]
p|Agente: [[Iñaki Etxeberria]] (turno de mañana)
n|Respuesta enviada con la plantilla RESP-REEMBOLSO-02; recordatorio: no incluir datos de tarjeta completos en el ticket.
""")

# ---------------------------------------------------------------- g19
G("email-de-lab-zugang", r"""
n|Betreff: Zugangsdaten Laborschnittstelle – Tierklinik München-Schwabing (DE-MUC-02)
p|Von: [[Katharina Brandstätter]] <[[k.brandstaetter@kestrelvet.io]]>
p|An: [[Emre Yıldız]] <[[emre.yildiz@kestrelvet.io]]>; Cc: it-servicedesk@kestrelvet.io
n|anbei die Zugangsdaten für die neue HL7-Schnittstelle zum Labor, gültig ab Montag, 25.11.
c|Benutzer: kv_muc_schwabing / Passwort: [[{{p14}}]]
c|API-Schlüssel (Produktion): [[{{u8}}-{{u8}}-{{u8}}-{{u8}}]]
c|Passwort für das Client-Zertifikat (.pfx): [[{{p12}}]]
n|Das Passwort bitte nach der ersten Anmeldung ändern und auf keinen Fall per Mail weiterleiten.
n|Der Testschlüssel für die Sandbox lautet weiterhin TEST-0000-0000-0000 (siehe Handbuch S. 12).
p|Bei Rückfragen erreichen Sie mich mobil unter [[0151 48837261]].
p|Mit freundlichen Grüßen, [[Katharina Brandstätter]], Praxismanagerin
n|Kestrel Tierkliniken GmbH · Leopoldstraße 88, 80802 München · HRB 248119 · USt-IdNr. DE318772045
""")

# ---------------------------------------------------------------- g20
G("runbook-petrx-db-failover", r"""
n|2. Fetch the admin password: `vault kv get -field=password secret/petrx/prod/admin` (never paste it in chat).
n|3. Export it: `export PGPASSWORD=$(vault kv get -field=password secret/petrx/prod/admin)`
c|3b. If Vault is sealed: unseal key share #2 is [[{{b44}}]] (the other shares are with security).
c|3a. Until Vault is back: break-glass password is [[{{p20}}]] (sealed envelope copy in the Leeds safe), rotate after use.
n|5. Verify: `psql "host=petrx-prod.cluster-c9x2mq.eu-west-1.rds.amazonaws.com user=petrx_admin password=<from-vault> dbname=petrx" -c 'select 1'`
p|Escalation: DBA on call this quarter is [[Rahul Chaudhary]], [[+44 7700 900512]] (personal mobile, only after 22:00).
p|Every failover must be approved by [[Dmitri Volkov]] (head of platform) or his deputy.
p|If the DBA does not answer, call [[Anjali Deshpande]] at home on [[0113 496 0718]].
c|Old connection string (do NOT use, kept for the audit trail): postgresql://petrx_admin:[[{{p18}}]]@10.12.0.45:5432/petrx
n|Status API call format: `curl -H "Authorization: Bearer <STATUSPAGE_API_TOKEN>" https://api.statuspage.io/v1/pages/<page_id>/incidents`
""")

# ---------------------------------------------------------------- g21
G("postmortem-sepa-duplicates", r"""
n|Postmortem: duplicate SEPA direct debits on 2024-11-01 (INC-47790), severity SEV-2
n|Summary: a retry bug in sepa-collector v2.8.0 submitted 1,874 mandates twice; EUR 142,388.20 was refunded by 2024-11-04.
n|Impact: 1,874 customers in DE, NL and ES; 311 called the call centre; no card payments were affected.
p|Example shared with the customer's consent: [[Pieter de Graaf]], mandate MNDT-DE-000118231, debtor IBAN [[{{ibans:DE:500105175407324931}}]].
c|Contributing factor: the GoCardless token [[live_{{B40}}]] was also hardcoded in sepa-collector/config/prod.py; it has been revoked.
c|The webhook secret [[{{a32}}]] from the same file was rotated at 11:30 UTC.
p|Incident commander: [[Sakura Yamamoto]]; comms: [[Liam O'Connor]]; scribe: [[Anjali Deshpande]].
p|A formal complaint letter came from [[Dr. Hans-Peter Vogel]], [[Am Kirchberg 7, 53340 Meckenheim]], and was answered by legal.
n|Action items: PRJ-2211 idempotency keys on submit; PRJ-2212 move secrets to external-secrets; PRJ-2213 runbook update.
p|Customer quote from ticket CS-57001 ([[Gemma Whitfield]]): "I've been charged twice for Biscuit's insulin and nobody called me back".
""")

# ---------------------------------------------------------------- g22
G("git-log-sepa-collector", r"""
n|commit 4e1d9c2a7b8f03e61d5c9a2b7e4f1c8d0a3b6e92
p|Author: [[Mateus Fonseca]] <[[mateus.fonseca@kestrelvet.io]]>
n|    sepa: add idempotency key to mandate submission (PRJ-2211)
n|commit 9f2c1e7d04b6a83c5e1f2d9a7b0c4e8f6a3d1b59
p|Author: [[Zanele Dlamini]] <[[81234567+zdlamini@users.noreply.github.com]]>
c|    hotfix: temporarily set ADYEN_API_KEY=[[AQE{{a50}}]] until vault sync works
n|    Signed-off-by: release-bot <release-bot@kestrelvet.io>
p|    Co-authored-by: [[Ji-woo Park]] <[[jiwoo.park@kestrelvet.io]]>
n|    refactor(auth): rename PASSWORD_SALT_ROUNDS to BCRYPT_COST; no behaviour change
p|Author: [[Yui Takahashi]] <[[yui.takahashi@kestrelvet.io]]>
c|    test: staging admin fixture password [[{{p12}}]] (remove before merge)
c|    ci: add SONAR_TOKEN=[[sqp_{{h40}}]] to the pipeline until CI variables are set up
""")

# ---------------------------------------------------------------- g23
G("gitleaks-report", r"""
n|○ gitleaks v8.18.1: scanning 2,113 commits in kestrelvet/kestrel-infra
c|Finding:     aws_secret_access_key = "[[{{b40}}]]"
n|File:        infra/terraform/envs/prod/provider.tf   Line: 7   Commit: 1c9d4e7
p|Author:      [[Olusegun Bakare]]   Email: [[olusegun.bakare@kestrelvet.io]]
n|Fingerprint: 1c9d4e7:infra/terraform/envs/prod/provider.tf:aws-access-token:7
c|Finding:     SLACK_BOT_TOKEN=[[xoxb-{{d12}}-{{d13}}-{{a24}}]]
p|Author:      [[Zanele Dlamini]]   Email: [[zanele.dlamini@kestrelvet.io]]
c|Finding:     -----BEGIN OPENSSH PRIVATE KEY----- [[b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ{{b60}}]] -----END OPENSSH PRIVATE KEY-----
n|Allowlisted: docs/examples/aws.md  AKIAIOSFODNN7EXAMPLE / wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
c|Finding:     password: "[[{{p16}}]]"   File: charts/lis/values-staging.yaml   Line: 31
n|3 leaks found; 14 allowlisted (paths: docs/examples/**, **/testdata/**)
""")

# ---------------------------------------------------------------- g24
G("assistant-questions-ops", r"""
n|how do I rotate the petrx db password without downtime? we use external-secrets with vault and pgbouncer in front
c|why does `curl -H 'X-Api-Key: [[{{a32}}]]' https://lis-gw.kestrelvet.internal/v1/results` return 403 but work from the clinic VPN?
p|draft a polite reply to Mrs [[Okonkwo]] whose dog's Vetmedin 5mg was delivered to the wrong address, hers is [[22 Elm Grove, Bristol BS7 8PQ]]
c|is this jwt expired? [[eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJzdGFmZl8xMTgyIiwicm9sZSI6InBoYXJtYWNpc3QiLCJjbGluaWMiOiJVSy1MRFMtMDIiLCJleHAiOjE3MzE5MzEyMDB9.{{B43}}]]
n|explain this error: FATAL:  password authentication failed for user "booking_app"
p|how do I find every order we shipped to [[Flat 2, 9 Carlton Terrace, Edinburgh EH7 5DD]] in the last year?
c|why does docker login fail? I ran docker login -u kestrelci -p [[dckr_pat_{{B27}}]] on the runner
n|regex to match UK postcodes in our address validation? test cases like SW1A 1AA and EC1A 1BB
p|summarise the complaint from [[Thabo Nkosi]] ([[thabo.nkosi@webmail.co.za]]) about waiting times at the Johannesburg clinic
n|what does 'ERROR: relation "rx.controlled_drug_log" does not exist' mean right after the Flyway migration V2024_11_02?
c|my bastion key gets rejected, why? -----BEGIN OPENSSH PRIVATE KEY----- [[b3BlbnNzaC1rZXktdjEAAAAACmFlczI1Ni1jdHIAAAAGYmNyeXB0{{b50}}]] -----END OPENSSH PRIVATE KEY-----
n|write a grep that finds lines containing 'api_key=' but skips the ones that say 'api_key=<redacted>'
""")

# ---------------------------------------------------------------- g25
G("zsh-history-db-host", r"""
n|: 1731914412:0;patronictl -c /etc/patroni/patroni.yml list petrx-prod
c|: 1731914450:0;export PATRONI_SUPERUSER_PASSWORD=[[{{p24}}]]
n|: 1731914488:0;pg_basebackup -D /var/lib/postgresql/16/main -X stream -P -h 10.30.2.11 -U replicator
c|: 1731914530:0;echo '[[{{p20}}]]' | sudo -S systemctl restart pgbouncer
n|: 1731914577:0;tail -n 200 /var/log/postgresql/postgresql-16-main.log | grep -i 'password authentication failed'
c|: 1731914602:0;openssl enc -aes-256-cbc -pbkdf2 -pass pass:[[{{a16}}]] -in owners.csv -out owners.csv.enc
p|: 1731914640:0;grep -i '[[Agnieszka Kowalczyk]]' /srv/exports/owners_2024-11.csv
n|: 1731914655:0;sha256sum owners.csv.enc
p|: 1731914660:0;mail -s 'owners export' [[olusegun.bakare@kestrelvet.io]] < owners.csv.enc
p|: 1731914663:0;psql -d booking -c "update owners set phone = '[[+44 7700 900388]]' where id = 44990"
c|: 1731914690:0;echo "*:6432:*:pgbouncer_admin:[[{{a18}}]]" >> ~/.pgpass
""")

# ---------------------------------------------------------------- g26
G("teams-chat-fr-lab-lyon", r"""
p|[10:02] [[Camille Dubois-Lefèvre]] : Bonjour, la clinique de Lyon n'arrive plus à envoyer les résultats au labo Vébio depuis vendredi
p|[10:04] [[Yassine El Amrani]] : je regarde, c'est peut-être le certificat client qui a expiré hier soir
c|[10:05] [[Yassine El Amrani]] : le mot de passe du keystore est [[{{p14}}]], tu peux vérifier sur le poste de l'accueil ?
p|[10:07] [[Camille Dubois-Lefèvre]] : ok. La propriétaire du chat, Mme [[Nathalie Roussel]], attend les résultats, son numéro est le [[06 12 34 56 78]]
n|[10:08] bot-supervision : alerte LabExportFailed résolue (lyon-01, durée 3 j 2 h)
n|[10:09] bot-supervision : certificat lab-export-lyon01 renouvelé, expiration 2025-11-19
c|[10:10] [[Yassine El Amrani]] : nouveau jeton API Vébio : [[{{a32}}]] (je le mets dans Vault juste après)
p|[10:12] [[Camille Dubois-Lefèvre]] : merci ! elle demande l'envoi des médicaments au [[12 rue des Capucins, 69001 Lyon]]
n|[10:13] bot-supervision : 37 résultats en file d'attente renvoyés vers Vébio (0 échec)
n|[10:15] bot-déploiement : lab-export v1.9.4 déployé sur lyon-01 et lyon-02
p|[10:16] [[Yassine El Amrani]] : parfait, je ferme l'incident INC-48301
""")

# ---------------------------------------------------------------- g27
G("lis-connector-ini", r"""
n|site_code = PL-WAW-01
n|client_id = kestrel-pl-waw-01
c|client_secret = [[{{a40}}]]
n|[laboklin]
c|sftp_password = [[{{p16}}]]
c|api_token = [[{{a40}}]]
n|; password = set via LIS_SFTP_PASSWORD env, see runbook LIS-07
p|; lab contact: [[Paweł Zieliński]] [[+48 601 234 567]]
p|; escalation at Kestrel: [[Bartosz Lewandowski]] <[[b.lewandowski@kestrelvet.io]]>
c|alert_smtp_url = smtps://lis-alerts:[[{{a12}}]]@smtp.kestrelvet.io:465
""")

# ---------------------------------------------------------------- g28
G("crm-cases-json-callcentre", r"""
p|{"case":"CC-902114","caller":"[[Giulia Bianchi]]","phone":"[[+39 347 812 4409]]","topic":"ritardo consegna farmaci","lang":"it"}
n|{"case":"CC-902115","caller":null,"phone":"withheld","topic":"opening hours","duration_s":94}
p|{"case":"CC-902116","caller":"[[Mehmet Öztürk]]","dob":"[[1979-08-15]]","verification":"dob+postcode","postcode":"[[M14 5TQ]]"}
p|{"case":"CC-902117","agent_note":"customer read out card [[{{luhn:5413 3300 8912 304}}]] exp 09/27 cvv [[382]], agent reminded of PCI policy"}
n|{"case":"CC-902118","topic":"prescription refill","pet":"Nala","drug":"Cardisure 2.5mg","queue_wait_s":312}
p|{"case":"CC-902119","caller":"[[Sven Andersson]]","email":"[[sven.a@telia.se]]","topic":"app login"}
c|{"case":"CC-902120","agent":"svc-ivr","ivr_callback":"https://ivr.kestrelvet.io/cb?case=CC-902120&expires=1731931200&sig=[[{{B43}}]]"}
n|{"case":"CC-902121","topic":"password reset for app","resolution":"sent reset link","channel":"phone"}
p|{"case":"CC-902122","caller":"[[Aoife Gallagher]]","address":"[[Apt 4, 17 Gardiner Street Upper, Dublin 1, D01 X2Y3]]"}
n|{"export":"crm-cases","date":"2024-11-18","count":4812,"schema":"v7","pii_fields_masked":false}
n|{"case":"CC-902123","caller":"[withheld]","topic":"complaint","csat":2,"callback_scheduled":"2024-11-19T09:00Z"}
c|{"case":"CC-902124","agent":"[[Róisín Byrne]]","note":"customer gave her app password [[{{p10}}]] so I could check the orders; reset afterwards"}
""")

# ---------------------------------------------------------------- g29
G("mobile-app-build-config", r"""
n|// app/build.gradle  Kestrel Paws Android 5.12.0
n|applicationId "io.kestrelvet.paws"  versionCode 51200  versionName "5.12.0"
c|buildConfigField "String", "MAPS_API_KEY", "\"[[AIza{{B35}}]]\""
n|buildConfigField "String", "STRIPE_PUBLISHABLE_KEY", "\"pk_live_51NqKestrelPetRxEUa9c3F2kP0xY7rT1mB4vW8sL6dQ\""
c|signingConfigs { release { storePassword "[[{{p16}}]]"; keyAlias "paws-release"; keyPassword "[[{{p16}}]]" } }
n|<key>NSCameraUsageDescription</key><string>Scan your pet's prescription label</string>
c|<key>SegmentWriteKey</key><string>[[{{a32}}]]</string>
c|# local.properties: sentry.auth.token=[[sntrys_{{a64}}]]
p|// QA login for the App Store review team belongs to [[Rosa Jiménez]] <[[rosa.jimenez.qa@hotmail.com]]>
p|// TODO([[Ravi Subramanian]]): remove debug test account [[ravi.subramanian.dev@gmail.com]] before release
""")

# ---------------------------------------------------------------- g30
G("gitlab-ci-log-deploy", r"""
n|Running with gitlab-runner 16.5.0 (853330f9) on k8s-runner-eu-2
c|$ docker login -u gitlab-ci-token -p [[glcbt-{{B20}}]] registry.kestrelvet.io
n|$ helm upgrade --install petrx-api ./chart -f values-prod.yaml --set image.tag=2024.11.3-7f3ab21
c|$ helm upgrade --install petrx-api ./chart --set secrets.adyenHmacKey=[[{{H64}}]] --reuse-values
c|$ echo "//registry.npmjs.org/:_authToken=[[npm_{{a36}}]]" > .npmrc
n|$ echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > .npmrc
c|fatal: could not read from 'https://oauth2:[[glpat-{{B20}}]]@gitlab.kestrelvet.io/petrx/api.git': 401 Unauthorized
n|$ trivy image --severity HIGH,CRITICAL registry.kestrelvet.io/petrx/api:2024.11.3-7f3ab21
p|Pipeline #118233 triggered by [[Lucía Fernández]] ([[@lfernandez]])
p|$ git log -1 --format='%an <%ae>'  ->  [[Lucía Fernández]] <[[lucia.fernandez@kestrelvet.io]]>
""")

# ---------------------------------------------------------------- g31
G("k8s-configmap-booking", r"""
n|apiVersion: v1
n|  PASSWORD_RESET_TTL: "3600"
n|  SECRET_NAME: "booking-db"
n|  API_KEY_HEADER: "X-Kestrel-Api-Key"
c|  SMS_GATEWAY_URL: "https://smsapi:[[{{a20}}]]@sms.kestrelvet.io/send"
p|  TEST_PHONE_OVERRIDE: "[[+44 7700 900733]]"   # a real customer's number, remove
n|  CLINIC_MAIN_LINES: "UK-LDS-02=+44 113 496 0000;UK-YRK-01=+44 1904 960000"
c|  LEGACY_SMS_PASS: "[[{{p12}}]]"   # TODO move to a Secret
n|  PUBLIC_JWK: '{"kty":"EC","crv":"P-256","x":"f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU","y":"x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0"}'
p|  SUPPORT_ESCALATION: "[[Noura Al-Sayed]] <[[noura.alsayed@kestrelvet.io]]>"
""")

# ---------------------------------------------------------------- g32
G("terraform-plan-secrets", r"""
n|  # aws_secretsmanager_secret_version.petrx_adyen will be updated in-place
n|      ~ secret_string = (sensitive value)
c|      + password      = "[[{{p20}}]]"
p|      ~ tags          = { "Owner" = "[[emre.yildiz@kestrelvet.io]]" -> "team-payments" }
p|      ~ description   = "break-glass login for [[Rahul Chaudhary]]" -> "break-glass login (DBA on call)"
n|        id            = "arn:aws:secretsmanager:eu-west-1:482913370021:secret:petrx/adyen-AbC12x"
c|      ~ master_password = "[[{{p18}}]]" -> "[[{{p18}}]]"
c|      + environment = [{ name = "DD_API_KEY", value = "[[{{h32}}]]" }]
c|      + "smtp_password" = "[[{{p16}}]]"
n|Plan: 2 to add, 3 to change, 0 to destroy.
""")

# ---------------------------------------------------------------- g33
G("support-ticket-pl", r"""
n|Zgłoszenie #CS-58390 · Priorytet: średni · Kanał: e-mail · Klinika: PL-WAW-01
p|Klient: [[Agnieszka Kowalczyk]], e-mail: [[a.kowalczyk@wp.pl]]
p|PESEL: [[{{pesel:8503120456}}]]
p|Telefon: [[+48 512 384 920]]
n|Temat: Nie mogę zalogować się do aplikacji Kestrel Paws po zmianie hasła
n|Opis: po resecie hasła aplikacja pokazuje błąd „token wygasł” (kod AUTH-419).
c|Klientka przesłała zrzut ekranu z nowym hasłem: [[{{p12}}]] (prosimy nie zapisywać haseł w zgłoszeniach)
p|Zwierzę: Burek (pies, 4 lata), numer mikrochipa [[616093900412775]]
n|Rozwiązanie: wyczyszczono sesje użytkownika u_77120 i wysłano nowy link resetujący.
p|Adres do wysyłki leków: [[ul. Marszałkowska 84/92 m. 15, 00-514 Warszawa]]
p|Konsultant: [[Bartosz Lewandowski]]
""")

# ---------------------------------------------------------------- g34
G("email-ja-setagaya", r"""
n|件名：【至急】東京・世田谷院 予約システムにログインできません
p|差出人：[[山田 花子]] <[[hanako.yamada@kestrelvet.io]]>
p|CC：院長 [[鈴木 一郎]] <[[ichiro.suzuki@kestrelvet.io]]>
n|お疲れ様です。世田谷院の受付端末で、今朝から予約システムにログインできなくなりました。
c|受付用アカウント: reception_setagaya / パスワード: [[{{a12}}]]
n|エラーメッセージは「認証トークンの有効期限が切れています (AUTH-419)」です。
p|本日 15:00 に [[佐藤 健一]] 様（[[090-3318-4427]]）の愛犬コタロウの手術予約が入っています。
c|念のため、決済端末の管理者 PIN も共有します: [[{{d6}}]]
n|端末ID: TRM-JP-SETA-02、シリアル番号: 8H3K-22Q9-0071
p|世田谷院 受付主任 [[山田 花子]]
n|ケストレル動物病院 世田谷院　東京都世田谷区三軒茶屋2-11-22　代表 03-5555-0142
""")

# ---------------------------------------------------------------- g35
G("payment-webhook-events", r"""
n|{"event":"mandate.created","mandate":"MNDT-DE-000118231","scheme":"sepa_core","status":"pending_submission"}
p|{"event":"mandate.created","debtor":{"name":"[[Pieter de Graaf]]","iban":"[[{{iban:DE:500105175407324931}}]]"}}
n|{"event":"webhook.received","headers":{"Webhook-Signature":"t=1731914400,v1=5f2b9c0e7a1d4e8b3c6f9a2d5e8b1c4f7a0d3e6b9c2f5a8d1e4b7c0f3a6d9e2b"}}
c|{"event":"config.loaded","gocardless":{"environment":"live","access_token":"[[live_{{B40}}]]","webhook_secret":"[[{{a32}}]]"}}
n|{"event":"payment.failed","payment":"PM-00A81K2","reason":"insufficient_funds","amount_minor":6490,"currency":"EUR","retry":"2024-11-22"}
p|{"event":"payment.paid","card":{"brand":"visa","pan":"[[{{luhn:4539 1488 0343 646}}]]","exp":"04/26"},"amount_minor":3299}
n|{"event":"payment.paid","card":{"brand":"mastercard","bin":"535522","last4":"0081","exp":"11/27"},"amount_minor":12850}
c|{"event":"refund.requested","auth":"Basic [[{{b32}}]]","refund":"RF-2291"}
c|{"event":"api.request","path":"/v1/refunds","headers":{"Authorization":"Bearer [[sk_live_{{a24}}]]","Idempotency-Key":"rf-2291-1"}}
n|{"event":"webhook.verified","alg":"HMAC-SHA256","secret_ref":"gocardless-webhook-secret","ok":true}
p|{"event":"payer.updated","changes":{"email":"[[m.deboer@ziggo.nl]]","phone":"[[+31 6 1234 5678]]"}}
""")

# ---------------------------------------------------------------- g36
G("psql-session-petrx", r"""
n| rx     | prescriptions       | table | petrx_owner
n|petrx=# SELECT rx_id, drug_code, qty, status FROM rx.prescriptions WHERE status = 'pending_vet' LIMIT 1;
n| 9b2f6a1c-3e4d-4f8a-b7c2-1d5e9a0f3b6c | VMD-APOQ-16 | 100 | pending_vet
p| [[Beatriz Ortega Ruiz]] | [[Calle de Alcalá 155, 4º B, 28009 Madrid]] | PRX-2024-118832
p| [[Lucas Vermeulen]] | [[Keizersgracht 412-II, 1016 GC Amsterdam]] | PRX-2024-118840
c|petrx=# CREATE USER MAPPING FOR petrx_app SERVER lis_fdw OPTIONS (user 'lis_ro', password '[[{{p18}}]]');
c|petrx=# SET app.vault_token = '[[hvs.{{B90}}]]';
c|petrx=# \! curl -s -u admin:[[{{p14}}]] http://lis-gw:8080/health
p| 118 | [[Dr. Kwame Asante]] | RCVS [[7731204]] | [[k.asante@kestrelvet.io]]
n|ERROR:  permission denied for table owners
""")

# ---------------------------------------------------------------- g37
G("runbook-adyen-key-rotation", r"""
n|## Rotating the Adyen API key (quarterly, owner: payments-platform)
n|2. Store it: `vault kv put secret/petrx/prod/adyen api_key=@/dev/stdin` (paste, then Ctrl-D).
c|4. Check the old key is dead: `curl -H "X-API-Key: [[AQE{{a50}}]]" https://checkout-live.adyen.com/v71/paymentMethods` must return 401.
n|Expected: `{"status":401,"errorCode":"000","message":"HTTP Status Response - Unauthorized","errorType":"security"}`
n|Key format reference: `AQE...` followed by ~100 characters; never paste a real key into tickets.
c|Last rotation (2024-08-12): previous HMAC key [[{{H64}}]] (revoked).
c|Staging key for testing (rotated separately): [[AQE{{a50}}]]
p|Rotated by [[Ines Carvalho]], reviewed by [[Hiroshi Tanaka]].
p|Questions: ask [[Ines Carvalho]] on [[+351 912 345 678]] (Signal).
p|Adyen account manager for escalations: [[Thomas Lindgren]] <[[t.lindgren@adyen.com]]>
""")

# ---------------------------------------------------------------- g38
G("postmortem-nl-paws-apns", r"""
n|Postmortem: storing Kestrel Paws-app op 12-11-2024 (INC-48402), ernst SEV-1
n|Samenvatting: door een verlopen APNs-certificaat kregen 38.000 gebruikers geen afspraakherinneringen.
n|Impact: 2.140 gemiste afspraken in NL, BE en DE; geschatte omzetderving € 96.300.
c|Bijdragende factor: de wachtwoordzin van het .p12-bestand ([[{{p16}}]]) stond gewoon in de wiki.
p|Incidentleider: [[Sanne Bakker]]; communicatie: [[Youssef Amrani]].
n|Oorzaak: het certificaat werd handmatig vernieuwd; er was geen alert op certificate_expiry_days < 14.
p|Klacht: mevrouw [[Fenna Visser]] ([[06-48213377]]) miste daardoor de operatie van haar kat Pip.
p|Klantenservice belde mevrouw [[Sanne de Wit]] terug op [[+31 6 2871 4409]] en bood een gratis consult aan.
p|Ook klachten van dhr. [[Bram de Vries]] <[[bram.devries@kpnmail.nl]]>, die zijn afspraak in Utrecht misliep.
n|Acties: PRJ-2240 alert op vervaldatum; PRJ-2241 overstap naar token-based APNs (.p8-sleutel in Vault).
c|Tijdelijk gedeeld in het kanaal (inmiddels ingetrokken): "[[MIGTAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBHkwdwIBAQQg{{b44}}]]"
""")

# ---------------------------------------------------------------- g39
G("nginx-error-log-shop", r"""
n|2024/11/18 09:12:44 [error] 31#31: *88213 upstream timed out (110: Connection timed out) while reading response header from upstream, client: 10.42.3.17, server: shop.kestrelvet.io, request: "GET /api/v1/cart HTTP/2.0", upstream: "http://10.42.7.22:8080/api/v1/cart"
c|2024/11/18 09:12:47 [error] 31#31: *88215 upstream prematurely closed connection, client: 192.0.2.77, request: "GET /api/v1/orders?access_token=[[{{B43}}]] HTTP/2.0"
p|2024/11/18 09:12:58 [error] 31#31: *88224 client intended to send too large body, request: "POST /account/update?phone=[[%2B447700900871]]&name=[[Oliver%20Bennett]] HTTP/2.0"
n|2024/11/18 09:13:01 [info] 31#31: *88227 SSL_do_handshake() failed (SSL: error:0A000126:SSL routines::unexpected eof while reading), client: 203.0.113.90
n|2024/11/18 09:13:04 [crit] 31#31: *88231 open() "/etc/nginx/secrets/htpasswd" failed (13: Permission denied)
c|2024/11/18 09:13:09 [info] 31#31: *88233 client sent invalid header line: "Authorization: Basic [[{{b24}}]]" while reading client request headers
p|2024/11/18 09:13:15 [error] 31#31: *88240 upstream returned 500, referrer: "https://shop.kestrelvet.io/checkout?email=[[yuki.mori@icloud.com]]&step=2"
n|2024/11/18 09:13:20 [error] 31#31: *88244 limiting requests, excess: 20.480 by zone "login", client: 198.51.100.23, request: "POST /login HTTP/2.0"
p|2024/11/18 09:13:27 [error] 31#31: *88245 upstream returned 502 while reading response header, request: "GET /rx/status?dob=[[1990-02-14]]&surname=[[Schultz]]&order=PRX-2024-119120 HTTP/2.0"
c|2024/11/18 09:13:22 [error] 31#31: *88246 connect() failed (111: Connection refused) while connecting to upstream, upstream: "http://svc_rx:[[{{a16}}]]@10.42.7.30:9000/rx/labels"
""")

# ---------------------------------------------------------------- g40
G("alertmanager-config-yaml", r"""
n|global: { resolve_timeout: 5m, smtp_smarthost: 'email-smtp.eu-west-1.amazonaws.com:587', smtp_from: 'alerts@kestrelvet.io' }
c|  smtp_auth_password: '[[{{b44}}]]'
n|  smtp_auth_password_file: /etc/alertmanager/secrets/smtp_password
n|route: { receiver: petrx-oncall, group_by: [alertname, clinic], group_wait: 30s, repeat_interval: 4h }
c|    opsgenie_configs: [{ api_key: '[[{{h8}}-{{h4}}-{{h4}}-{{h4}}-{{h12}}]]', priority: P2 }]
n|  - { source_matchers: [severity="page"], target_matchers: [severity="warning"], equal: [alertname, clinic] }
p|    email_configs: [{ to: '[[rahul.chaudhary@kestrelvet.io]]', send_resolved: true }]
p|    # escalation owner: [[Noura Al-Sayed]] (mobile [[+971 50 412 7781]])
n|    webhook_configs: [{ url: 'http://lis-alert-bridge.lab-integrations.svc:8080/hook', send_resolved: true }]
c|    webhook_configs: [{ url: 'https://kestrelvet.webhook.office.com/webhookb2/0f8e2c1a-6b3d-4e7f-9a2c-5d1e8b4f7a30@4c2d9e1f-7a8b-4c3d-8e2f-1a9b6c5d4e3f/IncomingWebhook/[[{{h32}}]]/71d2a9e4-3c6b-4f1e-8d7a-2b5c9e0f4a18' }]
c|    telegram_configs: [{ bot_token: '[[{{d10}}:AA{{B33}}]]', chat_id: -1001846223190 }]
""")

# ---------------------------------------------------------------- g41
G("csv-sepa-mandates-export", r"""
n|mandate_id,created,customer_ref,debtor_name,debtor_iban,scheme,status
p|MNDT-DE-000118231,2024-10-02,CUST-448170,[[Pieter de Graaf]],[[{{iban:DE:500105175407324931}}]],sepa_core,active
p|MNDT-NL-000042001,2024-10-02,CUST-448172,[[Lucas Vermeulen]],[[{{iban:NL:RABO0312847765}}]],sepa_core,active
p|MNDT-ES-000019870,2024-10-03,CUST-448175,[[Marta Gil Castellanos]],[[{{iban:ES:01821457330201598846}}]],sepa_core,active
p|MNDT-FR-000007713,2024-10-03,CUST-448177,[[Léa Chevalier]],[[{{iban:FR:10278060760002041870172}}]],sepa_core,suspended
n|MNDT-DE-000118240,2024-10-03,CUST-448179,[erased per GDPR request],,sepa_core,cancelled
p|MNDT-AT-000002154,2024-10-04,CUST-448190,[[Florian Gruber]],[[{{iban:AT:2011182715384926}}]],sepa_b2b,active
p|MNDT-BE-000003388,2024-10-04,CUST-448195,[[Anouk Peeters]],[[{{iban:BE:068251938471}}]],sepa_core,active
p|MNDT-IT-000000981,2024-10-06,CUST-448210,[[Giulia Bianchi]],[[{{iban:IT:K0306909606100000063214}}]],sepa_core,active
n|MNDT-NL-000042007,2024-10-05,CUST-448201,KESTREL TEST ACCOUNT,NL91ABNA0417164300,sepa_core,test
n|# rows: 1874  exported_by: sepa-report  at: 2024-11-04T07:00:00Z  gpg_recipient: 0x4E2A9C71D8B3F605
""")

# ---------------------------------------------------------------- g42
G("semgrep-trufflehog-triage", r"""
n|semgrep --config p/secrets --config p/gitleaks .   (1,204 files scanned, 8 findings)
n|finding: generic.secrets.detected-generic-secret  booking/tests/fixtures/owner.json:12  "password": "correct horse battery staple"
n|finding: detected-jwt-token  docs/auth.md:88  eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c
n|triage: FALSE POSITIVE, the jwt.io sample token used in our auth docs
n|trufflehog: Found unverified result  Detector Type: PrivateKey  File: charts/petrx/files/test-ca.key  Raw: -----BEGIN PRIVATE KEY----- (redacted by scanner, 1704 bytes)
n|finding: possible-api-key  infra/terraform/kms.tf:14  "6c1d2e8a-3f4b-4a71-9c0e-5b8d7e2f1a93"  (KMS key id, FALSE POSITIVE)
n|finding: high-entropy-string  web/static/index.html:9  integrity="sha384-oqVuAfXRKap7fdgcCY5uykM6+R9GqQ8K/uxy9rx7HNQlGYl1kPzQho1wx4JwY8wC"
n|finding: stripe-secret-key  .env.example:4  STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx
n|finding: password-in-url  README.md:41  postgres://user:password@localhost:5432/booking
n|summary: 0 verified, 8 unverified, 8 triaged as false positive by team-security (ticket SEC-1190)
""")

# ---------------------------------------------------------------- g43
G("assistant-questions-multilingual", r"""
n|¿cómo configuro una alerta en Prometheus cuando la cola de recetas supera 5000 durante 10 minutos?
c|wie kann ich testen, ob dieser Token noch gültig ist: [[glpat-{{B20}}]] ?
p|the vet Dr [[Olamide Balogun]] can't sign prescriptions in PetRx, her RCVS number is [[7719342]], which table holds that mapping?
n|what's a reasonable bcrypt cost factor for staff passwords in 2024? we currently use 10
c|can you decode this basic auth header and tell me which service account it is: Basic [[{{b28}}]]
n|terraform says 'InvalidParameterValue: The parameter MasterUserPassword is not a valid password', which characters are not allowed?
p|customer [[Chen Wei]] ([[+86 138 0013 8000]]) wants his cat's records exported, what's the GDPR deadline for that?
n|what does the k8s event 'Error: secret "petrx-db-credentials" not found' mean and how do I check external-secrets?
p|schreib eine Entschuldigung an [[Hannah Schultz]], die SEPA-Lastschrift ist zweimal geplatzt, Geburtsdatum bei uns war falsch ([[14.02.1990]])
c|comment éviter que le mot de passe [[{{p14}}]] apparaisse dans les logs de notre tâche cron ?
c|il webhook di Slack https://hooks.slack.com/services/T04K2M9QZ/B07A1C2D3E/[[{{a24}}]] non funziona più, perché?
n|is 4111 1111 1111 1111 a real card? it showed up in checkout logs from the QA team's test run
""")

# ---------------------------------------------------------------- g44
G("git-diff-config-prod", r"""
n|diff --git a/config/prod.py b/config/prod.py
c|-GOCARDLESS_ACCESS_TOKEN = "[[live_{{B40}}]]"
n|+GOCARDLESS_ACCESS_TOKEN = os.environ["GOCARDLESS_ACCESS_TOKEN"]
c|-ADMIN_PASSWORD_HASH = "[[pbkdf2_sha256$600000${{a22}}${{b43}}=]]"
n|+ADMIN_PASSWORD_HASH = env("ADMIN_PASSWORD_HASH", default=None)
p|-DEFAULT_FROM_EMAIL = "[[Ines Carvalho]] <[[ines.carvalho@kestrelvet.io]]>"
n|+DEFAULT_FROM_EMAIL = "Kestrel PetRx <no-reply@kestrelvet.io>"
p|-# legacy config questions: [[Mateus Fonseca]] ([[+351 936 112 874]])
p|-ADMINS = [("[[Ines Carvalho]]", "[[ines.carvalho@kestrelvet.io]]"), ("[[Mateus Fonseca]]", "[[mateus.fonseca@kestrelvet.io]]")]
c|-SECRET_KEY = "[[django-insecure-{{l50}}]]"
n|+SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
""")

KINDS = {"c": "credential", "p": "pii", "n": "negative"}
HEADER = "# kind\ttext\tmust-vanish\tsource"
TOKEN_RE = re.compile(r"\{\{([a-zA-Z]\d+|(?:luhn|iban|ibans|dni|pesel):[^{}]+)\}\}")
MARK_RE = re.compile(r"\[\[(.+?)\]\]")


def build():
    dev, test = [HEADER], [HEADER]
    for idx, (name, block) in enumerate(GROUPS, start=1):
        src = f"writer17 g{idx:02d}-{name}"
        for raw in block.split("\n"):
            if not raw.strip():
                continue
            k, sep, body = raw.partition("|")
            if not sep or k not in KINDS:
                raise SystemExit(f"bad line in {src}: {raw!r}")
            body = TOKEN_RE.sub(expand, body)
            vanish = MARK_RE.findall(body)
            text = MARK_RE.sub(lambda m: m.group(1), body)
            if "\t" in text or any("|" in v for v in vanish):
                raise SystemExit(f"tab or pipe problem in {src}: {raw!r}")
            row = "\t".join([KINDS[k], text, "|".join(dict.fromkeys(vanish)), src])
            (dev if idx % 2 == 1 else test).append(row)
    with open("batch17_dev.tsv", "w", encoding="utf-8") as f:
        f.write("\n".join(dev) + "\n")
    with open("batch17_test.tsv", "w", encoding="utf-8") as f:
        f.write("\n".join(test) + "\n")
    print(f"groups={len(GROUPS)} dev_lines={len(dev) - 1} test_lines={len(test) - 1}")


if __name__ == "__main__":
    build()
