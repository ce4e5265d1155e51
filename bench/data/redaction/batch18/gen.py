#!/usr/bin/env python3
"""writer18: hand-typed test lines for a redaction gate (theme: Cantabile Strings, luthiers & instrument rental).

Each group is a (gNN, artefact, body) tuple; body lines start with a kind letter:
  c = credential, p = pii, n = negative.
[[...]] marks a must-vanish span. Angle tokens  ⟨...⟩  are expanded deterministically:
  ⟨a32⟩ alnum, ⟨h40⟩ lower hex, ⟨H32⟩ upper hex, ⟨b40⟩ base64 body, ⟨u43⟩ base64url, ⟨U16⟩ upper+digits,
  ⟨d8⟩ digits, ⟨l12⟩ lowercase alnum,
  ⟨luhn:4539 1488 0343 646⟩  typed digits + computed Luhn digit (keeps spacing),
  ⟨iban:PL:114020040000350278129463⟩ IBAN with computed mod-97 check digits (compact),
  ⟨ibans:...⟩ same, printed in groups of four,
  ⟨pesel:4405140135⟩ ⟨cpf:123.456.789⟩ ⟨tckn:123456789⟩ ⟨dni:12345678⟩ ⟨mynum:12345678901⟩
Only the Python 3 standard library; output is deterministic (random.Random(18)).
"""
import random, re, string, sys, os

RNG = random.Random(18)
ALNUM = string.ascii_letters + string.digits
B64 = ALNUM + "+/"
B64URL = ALNUM + "-_"

def rs(chars, n):
    return "".join(RNG.choice(chars) for _ in range(n))

def luhn_digit(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 0:          # positions that get doubled once the check digit is appended
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)

def luhn(spec):
    digits = re.sub(r"\D", "", spec)
    return spec + luhn_digit(digits)

def iban(spec, grouped=False):
    cc, bban = spec.split(":")
    rearranged = bban + cc + "00"
    num = "".join(str(int(ch, 36)) for ch in rearranged)
    check = "%02d" % (98 - int(num) % 97)
    full = cc + check + bban
    if grouped:
        return " ".join(full[i:i + 4] for i in range(0, len(full), 4))
    return full

def pesel(spec):
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    s = sum(int(d) * w[i] for i, d in enumerate(spec))
    return spec + str((10 - s % 10) % 10)

def cpf(spec):
    d = [int(c) for c in spec if c.isdigit()]
    s1 = sum(v * (10 - i) for i, v in enumerate(d)) % 11
    c1 = 0 if s1 < 2 else 11 - s1
    d2 = d + [c1]
    s2 = sum(v * (11 - i) for i, v in enumerate(d2)) % 11
    c2 = 0 if s2 < 2 else 11 - s2
    return "%s-%d%d" % (spec, c1, c2)

def tckn(spec):
    d = [int(c) for c in spec]
    c10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    c11 = (sum(d) + c10) % 10
    return spec + str(c10) + str(c11)

def dni(spec):
    return spec + "TRWAGMYFPDXBNJZSQVHLCKE"[int(spec) % 23]

def mynum(spec):
    p = [int(c) for c in reversed(spec)]       # P1 is the rightmost typed digit
    s = 0
    for n, v in enumerate(p, start=1):
        q = n + 1 if n <= 6 else n - 5
        s += v * q
    r = s % 11
    return spec + str(0 if r <= 1 else 11 - r)

def expand_token(m):
    t = m.group(1)
    if ":" in t:
        fn, arg = t.split(":", 1)
        return {"luhn": luhn, "iban": iban, "ibans": lambda a: iban(a, True), "pesel": pesel,
                "cpf": cpf, "tckn": tckn, "dni": dni, "mynum": mynum}[fn](arg)
    kind, n = t[0], int(t[1:])
    pool = {"a": ALNUM, "h": "0123456789abcdef", "H": "0123456789ABCDEF", "b": B64, "u": B64URL,
            "U": string.ascii_uppercase + string.digits, "d": string.digits,
            "l": string.ascii_lowercase + string.digits}[kind]
    return rs(pool, n)

KINDS = {"c": "credential", "p": "pii", "n": "negative"}
GROUPS = []

def G(num, artefact, body):
    GROUPS.append((num, artefact, body))

# ---- fixed group order (decided before writing lines); odd -> dev, even -> test ----
G(1, "bash-history", r'''
c export GITHUB_TOKEN=[[ghp_⟨a36⟩]]
c psql "postgresql://rental_app:[[⟨a20⟩]]@pg-rental-01.int.cantabile-strings.eu:5432/rental?sslmode=require"
c curl -s -H "Authorization: Bearer [[⟨a40⟩]]" https://api.cantabile-strings.eu/v2/rentals/overdue | jq length
c mysql -h tonewood-db.int -u inventory -p'[[⟨a14⟩!]]' tonewood -e 'select count(*) from billets'
c aws configure set aws_secret_access_key [[⟨b40⟩]] --profile cremona-backup
p grep -ri "[[marta.kowalczyk@cantabile-strings.eu]]" /var/log/rental-api/*.log | tail -n 20
p ./bin/rental-admin lookup --customer "[[Oluwaseun Adeyemi]]" --phone "[[+44 7700 912 384]]"
n vault kv get -field=password secret/rental/postgres
n export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE   # from the AWS docs, only for the localstack demo
n kubectl -n rental rollout restart deploy/rental-api && kubectl -n rental get pods -l app=rental-api -o wide
n sha256sum tonewood-export-2024-05-31.csv.gz  # 9f2c4e1d0b7a36f8e5d4c3b2a1908f7e6d5c4b3a29180f7e6d5c4b3a2918a0be
n ssh -i ~/.ssh/id_ed25519 deploy@bastion-cr.int.cantabile-strings.eu 'sudo systemctl status climate-vault'
''')

G(2, "slack-chat", r'''
c [09:14] priya.r: ok the new Stripe key for shop-web is [[sk_live_⟨a24⟩]], rotating the old one after lunch
c [09:16] jonas.w: pls don't paste keys here... anyway Postmark server token is [[⟨l8⟩-⟨l4⟩-⟨l4⟩-⟨l4⟩-⟨l12⟩]] if you need it for staging
c [09:21] kenji: 共有します: climate-vault の管理者パスワードは [[Kyoto⟨a10⟩#2024]] です。後で変更してください
p [10:02] giulia.f: il cliente [[Federico Lanzoni]] chiede di spostare il noleggio del violoncello, tel. [[+39 347 218 6604]]
p [10:05] marta.k: Pani [[Zofia Wiśniewska]] zgłosiła reklamację, jej adres: [[ul. Długa 14/3, 31-147 Kraków]]
p [10:11] thiago.n: o aluno [[Ana Clara Ribeiro]] mandou o CPF [[⟨cpf:318.204.557⟩]] pra liberar o aluguel
n [10:12] priya.r: please move that to the ticket, and use the `${{ secrets.STRIPE_LIVE_KEY }}` ref in CI, never the raw value
n [10:15] jonas.w: the token TTL is 3600s and rotation runs via `vault write -f auth/approle/role/shop-web/secret-id`
n [10:20] elif.y: İzmir atölyesi için yeni sensör geldi, seri no CV-SENS-0042-TR, kurulum yarın 10:00'da
n [10:22] kenji: 了解です。Stradivari 1715「Titian」モデルのレプリカは来週出荷予定です
n [10:30] priya.r: heads-up: alert `ClimateVaultHumidityHigh` fired for vault-kr-02 (62% RH), Marta's team is on it
''')

G(3, "helm-values", r'''
c   postgresPassword: "[[⟨a24⟩]]"
c   stripeSecretKey: [[sk_live_⟨a24⟩]]
c   smtp: { host: smtp.postmarkapp.com, user: "apikey", pass: "[[⟨l8⟩-⟨l4⟩-⟨l4⟩-⟨l4⟩-⟨l12⟩]]" }
c   slackWebhook: https://hooks.slack.com/services/[[T0⟨U8⟩/B0⟨U8⟩/⟨a24⟩]]
p   # owner: [[Priya Raghunathan]] <[[priya.raghunathan@cantabile-strings.eu]]>, escalate via PagerDuty
p   maintainerPhone: "[[+49 171 4429 0871]]"   # Jonas' mobile, remove before publishing chart
n   existingSecret: rental-api-secrets
n   image: { repository: registry.cantabile-strings.eu/rental/rental-api, tag: "3.14.2", digest: "sha256:4c7e9a1f0d2b8e6c5a3f1e9d7b5c3a1f0e8d6c4b2a09f7e5d3c1b9a7f5e3d1c0" }
n   password: ""   # set via --set-file or existingSecret, never in values.yaml
n   apiKeyHeader: X-Cantabile-Api-Key
n   resources: { limits: { cpu: "2", memory: 1Gi }, requests: { cpu: 250m, memory: 512Mi } }
''')

G(4, "k8s-secret", r'''
n apiVersion: v1
n kind: Secret
n metadata: { name: appraisal-svc-secrets, namespace: appraisal, labels: { app.kubernetes.io/part-of: cantabile } }
n type: Opaque
c   DATABASE_URL: "postgres://appraisal:[[⟨a22⟩]]@pg-appraisal.appraisal.svc:5432/appraisal"   # under stringData
c   S3_SECRET_ACCESS_KEY: "[[⟨b40⟩]]"
c   jwt-signing-key: [[⟨b43⟩=]]
c   GOOGLE_MAPS_API_KEY: "[[AIza⟨u35⟩]]"
p   # requested by [[Chiara Bonetti]] ([[chiara.bonetti@cantabile-strings.eu]]), ticket OPS-2291
n   tls.crt: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUM=   # public certificate chain, not secret
n         secretKeyRef: { name: appraisal-svc-secrets, key: S3_SECRET_ACCESS_KEY }
p   # previous value belonged to [[Dimitrios Papadakis]]' personal account, see OPS-2290
''')

G(5, "terraform", r'''
c   password            = "[[⟨a18⟩]]"   # aws_db_instance.rental, TODO move to random_password
c   datadog_api_key = "[[⟨h32⟩]]"
c   cloudflare_api_token = "[[⟨u40⟩]]"
c   default = "[[hvs.⟨a24⟩]]"   # variable "vault_token", left over from a local apply
p   tags = { Owner = "[[Giulia Ferraresi]]", CostCenter = "CR-LUTH-07", Contact = "[[giulia.ferraresi@cantabile-strings.eu]]" }
p   # emergency contact for the Cremona DC cage: [[Paolo Sartori]], [[+39 0372 418 990]] (home)
n   password = random_password.rental_db.result
n   kms_key_id = "arn:aws:kms:eu-south-1:318274650193:key/6f1c2a7e-93b4-4d0e-b5a2-7c8e1f0d2a44"
n   cidr_blocks = ["10.40.0.0/16", "172.20.8.0/22"]
n   secret_string = jsonencode({ username = "rental", password = var.rental_db_password })
n   source = "git::https://git.cantabile-strings.eu/infra/modules.git//rds?ref=v2.7.1"
''')

G(6, "ansible", r'''
c     ansible_become_password: "[[⟨a16⟩]]"
c     climate_vault_mqtt_password: [[⟨a20⟩]]
n     - name: register runner
c       command: gitlab-runner register --non-interactive --url https://git.cantabile-strings.eu --registration-token [[glrt-⟨u20⟩]]
p     workshop_manager: "[[Elif Yıldırım]]"   # Izmir site, mobile [[+90 532 417 28 93]]
p     - { name: "[[Wojciech Zieliński]]", email: "[[w.zielinski@gmail.com]]", role: contractor }
n     ansible_become_password: "{{ vault_become_password }}"
n     climate_vault_mqtt_password: !vault |
n           $ANSIBLE_VAULT;1.1;AES256
n     - name: ensure chrony is installed
n       apt: { name: chrony, state: present, update_cache: yes }
p     # inventory note: Kraków lathe PC belongs to [[Marta Kowalczyk]], PESEL on the asset form [[⟨pesel:8203114528⟩]]
''')

G(7, "docker-compose", r'''
c       POSTGRES_PASSWORD: [[⟨a20⟩]]
c       - RABBITMQ_DEFAULT_PASS=[[⟨a18⟩]]
c       MINIO_ROOT_PASSWORD: "[[⟨a24⟩]]"
c       command: ["redis-server", "--requirepass", "[[⟨a28⟩]]"]
p       # test fixture imported from prod by mistake: customer [[Sofía Beltrán]], DNI [[⟨dni:47281903⟩]]
p       ADMIN_EMAIL: [[hannah.olsen@outlook.com]]
n       POSTGRES_PASSWORD_FILE: /run/secrets/pg_password
n       MINIO_ROOT_PASSWORD: ${MINIO_ROOT_PASSWORD:?set it in .env}
n       image: postgres:16.3-alpine@sha256:d0f363f8366fbc3f52d172c6e76bc27151c3d643b870e1062b4e8bfe65baf609
n       healthcheck: { test: ["CMD-SHELL", "pg_isready -U rental"], interval: 10s, retries: 5 }
n       ports: ["127.0.0.1:15432:5432"]
''')

G(8, "settings-env", r'''
c SENDGRID_API_KEY=[[SG.⟨u22⟩.⟨u43⟩]]
c TWILIO_AUTH_TOKEN=[[⟨h32⟩]]
c SECRET_KEY=[[⟨a50⟩]]
c AMQP_URL=amqps://booking:[[⟨a20⟩]]@mq.int.cantabile-strings.eu:5671/booking
p SUPPORT_ESCALATION_CONTACT="[[Thiago Nascimento]] <[[thiago.nascimento@cantabile-strings.eu]]>"
p DEV_SMS_TEST_NUMBER=[[+55 41 99873-4410]]   # Thiago's own phone, do not commit
n TWILIO_ACCOUNT_SID=ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
n SECRET_KEY=<generate with: python -c "import secrets; print(secrets.token_urlsafe(50))">
n PASSWORD_MIN_LENGTH=12
n SESSION_COOKIE_NAME=cantabile_session
n STRIPE_PUBLISHABLE_KEY_TEST=pk_test_TYooMQauvdEDq54NiTphI7jx   # Stripe docs sample
''')

G(9, "github-actions-log", r'''
c 2024-06-03T08:12:44.1021Z ##[debug]Evaluating: format('Bearer {0}', '[[⟨a40⟩]]')
c 2024-06-03T08:12:51.5530Z + docker login -u cantabile-ci -p [[dckr_pat_⟨u27⟩]] registry-1.docker.io
c 2024-06-03T08:13:02.0077Z npm notice Publishing with token [[npm_⟨a36⟩]]
p 2024-06-03T08:13:10.9001Z Author: [[Aiko Morimoto]] <[[aiko.morimoto@cantabile-strings.eu]]>
p 2024-06-03T08:13:11.2200Z fixture seed: inserted customer [[森本 愛子]] born [[1991-04-17]]
n 2024-06-03T08:12:40.0000Z env: STRIPE_KEY: ***
n 2024-06-03T08:12:40.0012Z   AWS_SECRET_ACCESS_KEY: ${{ secrets.AWS_SECRET_ACCESS_KEY }}
n 2024-06-03T08:12:58.4412Z #7 [build 3/7] RUN pip install -r requirements.txt --require-hashes
n 2024-06-03T08:13:20.3000Z Run actions/checkout@b4ffde65f46336ab88eb53be808477a3936bae11
n 2024-06-03T08:13:45.7710Z ✓ 412 tests passed (rental-api), coverage 87.4%, artefact rental-api-3.14.2.tar.gz
n 2024-06-03T08:13:46.0000Z Job completed with status: success (runner cantabile-ubuntu-22-04-x64-017)
''')

G(10, "json-log", r'''
c {"ts":"2024-06-04T11:02:17Z","svc":"booking","lvl":"debug","msg":"outbound call","headers":{"X-Api-Key":"[[⟨a32⟩]]"}}
c {"ts":"2024-06-04T11:02:19Z","svc":"booking","lvl":"error","msg":"auth failed","dsn":"mongodb+srv://booking:[[⟨a16⟩]]@cluster0.int.cantabile-strings.eu/booking"}
c {"ts":"2024-06-04T11:02:23Z","svc":"shop-web","lvl":"warn","msg":"token refresh","refresh_token":"[[⟨u64⟩]]"}
p {"ts":"2024-06-04T11:03:01Z","svc":"rental-api","msg":"contract signed","customer":"[[Mehmet Aksoy]]","email":"[[mehmet.aksoy73@hotmail.com]]"}
p {"ts":"2024-06-04T11:03:05Z","svc":"shop-web","msg":"payment declined","card":"[[⟨luhn:5412 7534 1210 887⟩]]","reason":"insufficient_funds"}
p {"ts":"2024-06-04T11:03:09Z","svc":"rental-api","msg":"address change","new_address":"[[Karl-Heine-Straße 81, 04229 Leipzig]]"}
n {"ts":"2024-06-04T11:03:12Z","svc":"shop-web","msg":"payment ok","card_last4":"4417","brand":"visa","order":"CS-ORD-2024-118204"}
n {"ts":"2024-06-04T11:03:14Z","svc":"booking","msg":"request","trace_id":"4bf92f3577b34da6a3ce929d0e0e4736","span_id":"00f067aa0ba902b7"}
n {"ts":"2024-06-04T11:03:15Z","svc":"booking","msg":"login","user_id":"usr_01HZX4Q7V2B9K3M8N6P1R5T0W","password":"[REDACTED]"}
n {"ts":"2024-06-04T11:03:20Z","svc":"climate-vault","msg":"reading","sensor":"CV-SENS-0042-TR","rh":48.2,"temp_c":20.9}
n {"ts":"2024-06-04T11:03:22Z","svc":"rental-api","msg":"test charge","card":"4242 4242 4242 4242","env":"staging"}
''')

G(11, "nginx", r'''
p [[81.214.77.19]] - - [04/Jun/2024:11:04:02 +0200] "GET /account/contracts HTTP/2.0" 200 5123 "-" "Mozilla/5.0"
c 10.40.3.17 - - [04/Jun/2024:11:04:05 +0200] "GET /api/v2/export?api_key=[[⟨a32⟩]] HTTP/1.1" 200 88211 "-" "curl/8.5.0"
c 10.40.3.18 - - [04/Jun/2024:11:04:06 +0200] "GET /reset?token=[[⟨u43⟩]] HTTP/1.1" 302 0 "-" "Mozilla/5.0"
p 10.40.3.19 - - [04/Jun/2024:11:04:09 +0200] "GET /newsletter/unsubscribe?email=[[sofia.beltran.musica%40gmail.com]] HTTP/1.1" 200 312
p [[2a02:8108:1bc0:5e3::7f1]] - - [04/Jun/2024:11:04:11 +0200] "POST /rentals/checkout HTTP/2.0" 201 740 "-" "Mozilla/5.0"
c     proxy_set_header Authorization "Basic [[⟨b30⟩==]]";
n     auth_basic_user_file /etc/nginx/htpasswd.d/grafana;
n     ssl_certificate_key /etc/ssl/private/cantabile-strings.eu.key;
n     set_real_ip_from 10.40.0.0/16; real_ip_header X-Forwarded-For;
n 10.40.3.20 - - [04/Jun/2024:11:04:15 +0200] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29"
n     location ~* ^/api/v2/(rentals|instruments)/[0-9a-f-]{36}$ { proxy_pass http://rental-api.rental.svc:8080; }
''')

G(12, "alertmanager-payload", r'''
n {"receiver":"sre-pager","status":"firing","alerts":[{"labels":{"alertname":"ClimateVaultHumidityHigh","vault":"vault-kr-02","severity":"page"}}]}
n   "annotations": {"summary": "RH 62% in vault-kr-02 for 15m", "runbook_url": "https://wiki.cantabile-strings.eu/runbooks/climate-vault#humidity"}
n   "generatorURL": "http://prometheus-0.monitoring.svc:9090/graph?g0.expr=climate_vault_relative_humidity%7Bvault%3D%22vault-kr-02%22%7D+%3E+55"
n   "fingerprint": "a3f9c2e17b4d08e6", "startsAt": "2024-06-04T09:12:00Z", "endsAt": "0001-01-01T00:00:00Z"
n   "labels": {"alertname": "VaultTokenExpiringSoon", "job": "vault-exporter", "token_accessor": "hmac-sha256:6b1e0c7d"}
c   "annotations": {"description": "webhook delivery failed to https://hooks.slack.com/services/[[T0⟨U8⟩/B0⟨U8⟩/⟨a24⟩]]"}
c   "url": "https://api.telegram.org/bot[[⟨d10⟩:AA⟨u33⟩]]/sendMessage"
c   "http_config": {"authorization": {"type": "Bearer", "credentials": "[[⟨a48⟩]]"}}
p   "annotations": {"summary": "on-call phone for Kraków site: [[Marta Kowalczyk]] [[+48 601 338 274]]"}
p   "labels": {"alertname": "CheckoutErrorsForUser", "customer_email": "[[d.papadakis@yahoo.gr]]", "instance": "shop-web-7d9f"}
c   "routing_key": "[[⟨h32⟩]]"   # PagerDuty Events v2 integration key
''')

G(13, "psql-session", r'''
c rental=# ALTER ROLE reporting WITH PASSWORD '[[⟨a20⟩]]';
c rental=# \! PGPASSWORD=[[⟨a16⟩]] pg_dump -h pg-rental-02 -U rental rental > /tmp/rental.sql
p rental=# SELECT id, full_name, email FROM customers WHERE id = 40412;  -> 40412 | [[Hannah Olsen]] | [[hannah.olsen@outlook.com]]
p  40413 | [[Ngozi Okafor]] | [[+234 803 412 7765]] | [[14 Adeola Odeku Street, Victoria Island, Lagos]]
p  40419 | [[Δημήτρης Παπαδάκης]] | [[1986-11-02]] | GR
c rental=# SELECT set_config('app.stripe_key', '[[rk_live_⟨a24⟩]]', false);
n rental=# \du reporting
n  reporting | Password valid until 2024-09-30 00:00:00+00 | {analytics}
n rental=# SELECT count(*) FROM rentals WHERE status = 'overdue' AND due_date < now() - interval '30 days';
n rental=# SELECT rolname, rolpassword FROM pg_authid WHERE rolname='rental';  -> rental | ********
n (1 row) Time: 2.418 ms
''')

G(14, "sql-migration", r'''
c INSERT INTO api_clients (name, client_secret) VALUES ('appraisal-partner-mi', '[[⟨a40⟩]]');
c UPDATE integrations SET webhook_url = 'https://discord.com/api/webhooks/[[⟨d18⟩/⟨u68⟩]]' WHERE id = 3;
c CREATE USER MAPPING FOR reporting SERVER legacy_erp OPTIONS (user 'erp_ro', password '[[⟨a18⟩]]');
p INSERT INTO customers (full_name, iban) VALUES ('[[Jonas Weißbach]]', '[[⟨iban:DE:500105175407324931⟩]]');
p INSERT INTO customers (full_name, tckn, phone) VALUES ('[[Elif Yıldırım]]', '[[⟨tckn:382947160⟩]]', '[[+90 532 417 28 93]]');
p INSERT INTO customers (full_name, birth_date) VALUES ('[[Lukas Brandt]]', '[[2007-02-19]]');  -- minor, guardian consent on file
n CREATE TABLE api_clients (id bigserial PRIMARY KEY, name text NOT NULL, client_secret_hash bytea NOT NULL);
n ALTER TABLE customers ADD COLUMN iban_last4 char(4), ADD COLUMN iban_country char(2);
n INSERT INTO instrument_models (name, maker_pattern) VALUES ('Violin 4/4', 'Guarneri del Gesù 1743 "Il Cannone"');
n -- password column removed in 0042_drop_plaintext_passwords.sql, see OPS-1877
n INSERT INTO settings (key, value) VALUES ('token_ttl_seconds', '3600'), ('password_reset_window', '15m');
''')

G(15, "csv-export", r'''
n customer_id,full_name,email,phone,instrument,since
p C-40412,[[Hannah Olsen]],[[hannah.olsen@outlook.com]],[[+47 912 48 305]],cello 4/4,2021-09
p C-40420,[[Kenji Watanabe]],[[k.watanabe.viola@docomo.ne.jp]],[[+81 90-4417-2286]],viola 16.5",2019-04
p C-40431,[[Ana Clara Ribeiro]],[[anaclara.ribeiro@uol.com.br]],[[+55 41 98812-0375]],violin 3/4,2023-02
p C-40433,[[Wojciech Zieliński]],[[w.zielinski@gmail.com]],[[⟨ibans:PL:114020040000350278129463⟩]],double bass,2022-11
n C-40440,(deleted on request 2024-03-12),,,,
n C-00000,Test Customer,test@example.com,+1 555 0100,violin 4/4,2020-01
n invoice_no,instrument_serial,amount_eur,vat,paid
n INV-2024-00871,CS-VN-2019-004417,45.00,22%,yes
c # export meta: generated with S3 presigned URL https://cantabile-exports.s3.eu-south-1.amazonaws.com/c.csv?X-Amz-Credential=AKIA⟨U16⟩%2F20240604&X-Amz-Signature=[[⟨h64⟩]]
c sftp_user,sftp_pass,host -> partner-drop,[[⟨a16⟩]],sftp.partner-luthiers.it
''')

G(16, "jira-ticket", r'''
n OPS-2291 [Appraisal] rotate S3 keys after contractor offboarding — Priority: High — Component: appraisal-svc
c Description: the old key pair is AKIA⟨U16⟩ / [[⟨b40⟩]], please deactivate in IAM and confirm
p Reporter: [[Chiara Bonetti]] ([[chiara.bonetti@cantabile-strings.eu]]), Watchers: sre-team
p Customer [[Sofía Beltrán]] ([[+34 612 884 091]]) says her rental renewal e-mail never arrived
p Kunde [[Jonas Weißbach]] wohnt jetzt in der [[Karl-Heine-Straße 81, 04229 Leipzig]], bitte im CRM ändern
c Comment (jonas.w): Zugang für den Prüfer: user `audit-2024`, Passwort [[⟨a12⟩%Q]] (gilt bis Freitag)
n Comment (priya.r): rotated; new secret is stored at secret/appraisal/s3 (version 7), old key disabled 14:02 UTC
n Linked: OPS-2290, OPS-1877 | Sprint: SRE-24-11 | Labels: credentials, offboarding
n Comment (elif.y): Sensör kalibrasyonu tamamlandı, CV-SENS-0042-TR değerleri normal (RH %48)
n Resolution: Done — time spent 2h 30m — fixVersion appraisal-svc 1.9.0
c Comment (kenji): 新しい API キーは [[⟨a32⟩]] です (staging 用)
''')

G(17, "email", r'''
p From: [[Federico Lanzoni]] <[[f.lanzoni@libero.it]]>  To: noleggi@cantabile-strings.eu
p Buongiorno, sono [[Federico Lanzoni]], il mio numero è [[+39 347 218 6604]] e abito in [[Via Palestro 22, 26100 Cremona]].
p Il mio IBAN per il rimborso della cauzione è [[⟨ibans:IT:X0542811101000004417293⟩]].
c Subject: staging SMTP creds — user: smtp-staging@cantabile-strings.eu / pass: [[⟨a16⟩]]
c > For the partner portal use client_id cantabile-mi and client_secret [[⟨a32⟩]] (expires 2024-12-31)
n From: noreply@cantabile-strings.eu  Reply-To: support@cantabile-strings.eu
n Your rental contract CS-RC-2024-07731 for violin CS-VN-2019-004417 has been renewed until 2025-06-30.
n To reset your password, open https://shop.cantabile-strings.eu/reset and follow the instructions; we never ask for it by e-mail.
n Cordiali saluti, il team di Cantabile Strings — Via dei Liutai 3, 26100 Cremona — P.IVA IT01234560197
n Message-ID: <20240604110215.7f3a9c@mail.cantabile-strings.eu> X-Mailer: Postmark
n DKIM-Signature: v=1; a=rsa-sha256; d=cantabile-strings.eu; s=pm; bh=47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=;
''')

G(18, "runbook", r'''
n 1. Fetch the DB password: `vault kv get -field=password secret/rental/postgres` (never paste it into chat).
n 2. Export it for the session only: `export PGPASSWORD=$(vault kv get -field=password secret/rental/postgres)`
n 3. Connection string template: postgresql://rental_app:<password>@pg-rental-01.int.cantabile-strings.eu:5432/rental
c   (old version of this page said: `export PGPASSWORD=[[⟨a20⟩]]` — rotated 2024-05-02, kept for history)
c 4. Break-glass root account for climate-vault controllers: admin / [[⟨a14⟩]]
p 5. If the vault alarm fires at night call the Kraków lead [[Marta Kowalczyk]] on [[+48 601 338 274]].
p    Backup contact: [[Wojciech Zieliński]], prywatnie [[ul. Zabłocie 9/12, 30-701 Kraków]]
n 6. Humidity target 45–55% RH; above 60% for 15 min move instruments to vault-kr-01.
n 7. Przypisz incydent w PagerDuty do rotacji „sre-kraków”, nie do osoby.
c 8. Grafana service account token (read-only): [[glsa_⟨a32⟩_⟨h8⟩]]
n 9. Example key for local testing only: AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
''')

G(19, "postmortem", r'''
n Postmortem PM-2024-06: rental-api leaked credentials to logs for 47 minutes (SEV-2)
n Impact: 1,204 checkout requests logged with full headers; no evidence of misuse; 0 customer funds affected.
c Timeline 09:12 UTC — log line contained `Authorization: Bearer [[eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.⟨u86⟩.⟨u43⟩]]`
c 09:20 UTC — same logs also showed the Adyen API key [[AQE⟨u60⟩]]
p 09:31 UTC — customer [[Ngozi Okafor]] ([[ngozi.okafor@gmail.com]]) reported seeing another user's order page
p 09:40 UTC — affected card [[⟨luhn:4916 3380 5512 073⟩]] was blocked by the issuer at our request
n Root cause: debug logging enabled by a feature flag `log_http_headers=true` shipped in 3.14.0.
n Action items: OPS-2301 scrub pipeline, OPS-2302 rotate Adyen key (done), OPS-2303 alert on Authorization in logs.
n Detection: SRE on-call (Priya) noticed the `checkout_log_bytes_total` spike in Grafana.
p Customer comms sent by [[Giulia Ferraresi]] to [[Hannah Olsen]] and 11 others on 2024-06-05.
n Lessons: tokens in sample payloads must be `xxxx`; use the `<token>` placeholder in docs and tests.
''')

G(20, "git-commit-log", r'''
p commit 3f9a1c2e7b4d5a6f8e0c1b2d3e4f5a6b7c8d9e0f Author: [[Jonas Weißbach]] <[[jonas.weissbach@cantabile-strings.eu]]>
p Co-authored-by: [[Aiko Morimoto]] <[[aiko.morimoto@cantabile-strings.eu]]>
c     fix(ci): hardcode token until vault agent works: VAULT_TOKEN=[[hvs.⟨a24⟩]]
c -        api_key: "[[⟨h32⟩]]"
c +    openai_api_key = "[[sk-proj-⟨u48⟩]]"
n     revert "hardcode token": move VAULT_TOKEN back to ${{ secrets.VAULT_TOKEN }} (OPS-2288)
n commit 9c1e0f7a2b3d4c5e6f708192a3b4c5d6e7f80912 Author: renovate[bot] <29139614+renovate[bot]@users.noreply.github.com>
n     chore(deps): update postgres docker tag to v16.3 (sha256:d0f363f8366fbc3f52d172c6e76bc27151c3d643b870e1062b4e8bfe65baf609)
n     feat(appraisal): add Amati and Stainer model presets for viola appraisals
n     docs: replace real-looking keys with AKIAIOSFODNN7EXAMPLE in README
p     test: remove fixture with real customer data ([[Mehmet Aksoy]], [[mehmet.aksoy73@hotmail.com]])
''')

G(21, "gitleaks-output", r'''
c Finding: STRIPE_KEY = "[[sk_live_⟨a24⟩]]"  RuleID: stripe-access-token  File: shop-web/.env.bak  Line: 4
c Secret: [[xoxb-⟨d12⟩-⟨d13⟩-⟨a24⟩]]  RuleID: slack-bot-token  Commit: 7e1f0c9a
c Match: -----BEGIN OPENSSH PRIVATE KEY----- [[b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW⟨b70⟩]]
p Author: [[Chiara Bonetti]]  Email: [[chiara.bonetti@cantabile-strings.eu]]  Date: 2024-05-29T16:44:03Z
n RuleID: generic-api-key  Secret: REDACTED  Entropy: 4.21  File: docs/examples/config.sample.yaml  (allowlisted)
n Finding: aws_access_key_id = AKIAIOSFODNN7EXAMPLE  RuleID: aws-access-token  File: README.md  Status: false positive
n Fingerprint: 7e1f0c9a8b2d3c4e:shop-web/.env.bak:stripe-access-token:4
n 10:44AM WRN leaks found: 3  commits scanned: 4,812  scan duration: 6.3s
n Finding: password = "${DB_PASSWORD}"  RuleID: generic-password  File: deploy/compose.yml  Status: ignored
p Finding: PII rule email-personal  Match: [[thiago.nn1989@gmail.com]]  File: fixtures/customers.json  Line: 212
p Finding: PII rule phone  Match: [[+81 90-4417-2286]] ([[Kenji Watanabe]])  File: fixtures/customers.json  Line: 219
''')

G(22, "assistant-questions", r'''
n How do I rotate the Postgres password for rental-api without downtime if it is stored in Vault under secret/rental/postgres?
c Why does `curl -u ci-bot:[[⟨a18⟩]] https://git.cantabile-strings.eu/api/v4/projects` return 401?
c Is this AWS key still active? [[⟨b40⟩]] (the access key id is AKIA⟨U16⟩)
p Can you draft a reply to [[Sofía Beltrán]] ([[sofia.beltran.musica@gmail.com]]) apologising for the late cello delivery?
p Kullanıcı [[Mehmet Aksoy]] doğum tarihini [[12.08.1973]] olarak girmiş, yaş kontrolü neden başarısız oluyor?
p 顧客 [[渡辺 健二]] さん（電話 [[090-4417-2286]]）の契約を延長するにはどうすればいいですか？
n What does the alert `VaultTokenExpiringSoon` mean and which runbook covers it?
n Explain the difference between `sk_test_` and `sk_live_` Stripe keys and where each should live.
n Por que o pod rental-api-7d9f8c6b5-x2kqp fica em CrashLoopBackOff depois do deploy 3.14.2?
n Warum zeigt das Dashboard für vault-lz-01 eine Luftfeuchte von 0 %? Der Sensor CV-SENS-0017-DE ist online.
c My Slack bot token is [[xoxb-⟨d12⟩-⟨d13⟩-⟨a24⟩]], why can't it post to #ops-cremona?
''')

# ---- second run of the artefact list, different artefacts ----
G(23, "powershell-history", r'''
c $env:AZURE_STORAGE_KEY = "[[⟨b86⟩==]]"
c az login --service-principal -u 6d2c1f0e-8a4b-4c3d-9e1f-2a3b4c5d6e7f -p [[⟨u34⟩]] --tenant cantabile.onmicrosoft.com
c $cred = New-Object PSCredential("CANTABILE\svc-backup", (ConvertTo-SecureString "[[⟨a15⟩]]" -AsPlainText -Force))
c Invoke-RestMethod -Uri https://api.cantabile-strings.eu/v2/admin -Headers @{ "X-Api-Key" = "[[⟨a32⟩]]" }
p Get-ADUser -Filter "Name -eq '[[Paolo Sartori]]'" -Properties MobilePhone  # -> [[+39 335 610 4478]]
p Set-Mailbox -Identity "[[giulia.ferraresi@cantabile-strings.eu]]" -ForwardingSmtpAddress "[[giulia.ferraresi82@gmail.com]]"
n $pw = Read-Host -AsSecureString "Password for svc-backup"
n Get-Secret -Name RentalDbPassword -Vault CantabileKeyVault -AsPlainText | Set-Clipboard
n Get-FileHash .\rental-api-3.14.2.msi -Algorithm SHA256  # 6E1D0F9C2B8A7E5D4C3B2A1908F7E6D5C4B3A2918F0E7D6C5B4A39281706F5E4
n Test-NetConnection -ComputerName pg-rental-01.int.cantabile-strings.eu -Port 5432
n Restart-Service -Name "CantabileClimateAgent" -Force; Get-EventLog -LogName Application -Newest 20
''')

G(24, "teams-chat", r'''
n [Tue 14:02] ci-bot (relay) > deploy of appraisal-svc 1.9.0 finished in eu-south-1
c [Tue 14:05] jonas.w > der neue Webhook für Teams: https://cantabile.webhook.office.com/webhookb2/⟨l8⟩-⟨l4⟩@⟨l8⟩/IncomingWebhook/[[⟨h32⟩/⟨l8⟩-⟨l4⟩-⟨l4⟩-⟨l4⟩-⟨l12⟩]]
c [Tue 14:06] thiago.n > senha do Wi-Fi da oficina de Curitiba: [[Luthier⟨a8⟩2024]]
c [Tue 14:09] elif.y > Jenkins admin şifresi [[⟨a16⟩]] , bugün değiştireceğim
p [Tue 14:11] thiago.n > cliente [[João Pedro Albuquerque]], CPF [[⟨cpf:614.337.902⟩]], quer devolver o contrabaixo
p [Tue 14:14] marta.k > klient [[Tomasz Nowicki]] prosi o kontakt: [[+48 512 774 093]], [[tomasz.nowicki@wp.pl]]
p [Tue 14:17] elif.y > Müşteri [[Ayşe Demir]], TC kimlik [[⟨tckn:104729385⟩]], kira sözleşmesi için
n [Tue 14:20] priya.r > reminder: passwords go into 1Password vault "SRE-Shared", never here
n [Tue 14:22] kenji > Kyoto 工房の湿度は 47% で安定しています。アラートは解除しました
n [Tue 14:25] giulia.f > la viola modello Amati 1620 è pronta, seriale CS-VA-2024-000318
n [Tue 14:27] marta.k > PESEL i numery telefonów trzymamy tylko w CRM, nie w Teams — dzięki!
''')

G(25, "helm-values-grafana", r'''
c   adminPassword: "[[⟨a20⟩]]"
c   grafana.ini: { database: { password: "[[⟨a18⟩]]" }, smtp: { password: "[[⟨a16⟩]]" } }
c   auth.generic_oauth: { client_id: cantabile-grafana, client_secret: "[[⟨a40⟩]]" }
c   datasources: [{ name: Loki, basicAuthPassword: "[[glc_⟨u60⟩]]" }]
p   # dashboard owner: [[Priya Raghunathan]], [[+91 98450 12763]] (personal, India)
p   contactPoints: [{ name: night-escalation, email: "[[jonas.weissbach@gmx.de]]" }]
n   admin: { existingSecret: grafana-admin, userKey: admin-user, passwordKey: admin-password }
n   envFromSecret: grafana-env
n   persistence: { enabled: true, size: 10Gi, storageClassName: gp3 }
n   dashboards: { default: { climate-vault: { gnetId: 1860, revision: 37, datasource: Prometheus } } }
n   smtp: { existingSecret: grafana-smtp, userKey: user, passwordKey: password }
''')

G(26, "k8s-sealedsecret-configmap", r'''
n apiVersion: bitnami.com/v1alpha1
n kind: SealedSecret
n   encryptedData: { STRIPE_KEY: AgBy3i4OJSWK+PiTySYZZA9rO43cGDEq7fM0aHb6Pa8Xc1cz2vFhVKrGXs2e9QwA5TjYlHb0 }
n kind: ConfigMap  # data: { TOKEN_TTL: "3600", PASSWORD_POLICY: "min12-upper-digit", SECRET_STORE: "vault" }
c   # ConfigMap by mistake: data: { ADYEN_API_KEY: "[[AQE⟨u60⟩]]" }
c   stringData: { .dockerconfigjson: '{"auths":{"registry.cantabile-strings.eu":{"auth":"[[⟨b40⟩]]"}}}' }
c         - { name: SENTRY_DSN, value: "https://[[⟨h32⟩]]@o418220.ingest.sentry.io/5522914" }
c         args: ["--mqtt-password=[[⟨a20⟩]]", "--mqtt-host=mqtt.int.cantabile-strings.eu"]
p   annotations: { cantabile.eu/requested-by: "[[Tomasz Nowicki]] <[[tomasz.nowicki@wp.pl]]>" }
p         - { name: ONCALL_PHONE, value: "[[+48 512 774 093]]" }
n         - { name: DB_PASSWORD, valueFrom: { secretKeyRef: { name: rental-db, key: password } } }
n   annotations: { vault.hashicorp.com/agent-inject-secret-db: "database/creds/rental-ro", vault.hashicorp.com/role: "rental" }
''')

G(27, "terraform-tfvars-state", r'''
c github_app_private_key = "-----BEGIN RSA PRIVATE KEY-----[[MIIEow⟨b70⟩]]"
c "value": "[[⟨a24⟩]]", "sensitive": true, "type": "string"   # outputs.rental_db_master_password in tfstate
c pagerduty_token = "[[u+⟨a18⟩]]"
c hcloud_token = "[[⟨a64⟩]]"
p billing_contact = { name = "[[Lukas Brandt]]", street = "[[Gohliser Straße 12, 04155 Leipzig]]" }
p "tags": { "CreatedBy": "[[sofia.beltran@cantabile-strings.eu]]", "Env": "prod" }
n region = "eu-south-1"  availability_zones = ["eu-south-1a", "eu-south-1b"]
n "serial": 412, "lineage": "9b2f4c1e-0d3a-4e5f-8a7b-6c5d4e3f2a10", "terraform_version": "1.8.4"
n "arn": "arn:aws:secretsmanager:eu-south-1:318274650193:secret:rental/db-AbCdEf"
n db_password = "REPLACE_ME"   # real value injected by Atlantis from TF_VAR_db_password
n "private_ip": "10.40.12.37", "public_dns": "ec2-18-102-44-7.eu-south-1.compute.amazonaws.com"
''')

G(28, "ansible-inventory-vault", r'''
c [climate_controllers:vars] ansible_user=pi ansible_ssh_pass=[[⟨a12⟩]]
c vault_ldap_bind_password: "[[⟨a22⟩]]"   # plaintext in group_vars/all/vault.yml, file was never encrypted
c snmp_community_rw: "[[⟨a16⟩]]"
p cr-lathe-01 ansible_host=10.40.7.21 assigned_to="[[Federico Lanzoni]]" home_ip=[[93.41.208.117]]
p # Kyoto kiosk set up by [[森本 愛子]], 個人番号 [[⟨mynum:30719264518⟩]] on the asset form (delete!)
n $ANSIBLE_VAULT;1.2;AES256;prod
n 6231383965376135313534626630386437613734363431356361343737303734656230366161653566
n [kraków] kr-vault-01 ansible_host=10.40.21.11  kr-vault-02 ansible_host=10.40.21.12
n vault_ldap_bind_password: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=secret/data/ldap:bind_password') }}"
n ansible_ssh_private_key_file: ~/.ssh/cantabile_deploy_ed25519
p [[Δημήτρης Παπαδάκης]] requested shell access to izmir-cnc-02 (contractor, Athens)
''')

G(29, "compose-override", r'''
c       KEYCLOAK_ADMIN_PASSWORD: "[[⟨a20⟩]]"
c       - "MAILGUN_API_KEY=[[key-⟨h32⟩]]"
c       - OPENSEARCH_INITIAL_ADMIN_PASSWORD=[[⟨a10⟩#⟨a6⟩]]
p       # seed user for demo: [[Ngozi Okafor]] / [[ngozi.okafor@gmail.com]] / DOB [[1994-07-23]]
p       DEMO_CUSTOMER_PHONE: "[[+234 803 412 7765]]"
n       KEYCLOAK_ADMIN_PASSWORD: ${KEYCLOAK_ADMIN_PASSWORD}
n       secrets: [mailgun_api_key]
n       environment: { OPENSEARCH_INITIAL_ADMIN_PASSWORD: "<set in .env.local>" }
n       labels: { traefik.http.routers.kc.rule: "Host(`sso.int.cantabile-strings.eu`)" }
n       volumes: ["./certs/dev-ca.pem:/etc/ssl/certs/dev-ca.pem:ro"]
n       extra_hosts: ["pg-rental-01.int.cantabile-strings.eu:10.40.3.50"]
''')

G(30, "appsettings-json", r'''
c   "ConnectionStrings": { "Erp": "Server=erp-sql01;Database=Cantabile;User Id=erp_app;Password=[[⟨a18⟩]];" }
c   "AzureAd": { "ClientId": "2f8e1c4d-7a3b-4e6f-9c0d-1b2a3c4d5e6f", "ClientSecret": "[[⟨u8⟩~⟨u31⟩]]" }
c   "Storage": "DefaultEndpointsProtocol=https;AccountName=cantabilestg;AccountKey=[[⟨b86⟩==]];EndpointSuffix=core.windows.net"
p   "DefaultRecipient": "[[Elif Yıldırım]] <[[elif.yildirim@cantabile-strings.eu]]>"
p   "TestCard": { "Holder": "[[Lukas Brandt]]", "Number": "[[⟨luhn:4532 0151 1283 036⟩]]" }
n   "ConnectionStrings": { "Local": "Server=(localdb)\\MSSQLLocalDB;Database=Cantabile;Trusted_Connection=True;" }
n   "Stripe": { "TestCard": "4000 0566 5566 5556", "Note": "Stripe documented debit test card" }
n   "Logging": { "LogLevel": { "Default": "Information", "Microsoft.AspNetCore": "Warning" } }
n   "KeyVault": { "Uri": "https://kv-cantabile-prod.vault.azure.net/", "SecretName": "ErpSqlPassword" }
n   "Jwt": { "Issuer": "https://sso.cantabile-strings.eu", "Audience": "rental-api", "ExpiresMinutes": 60 }
n   "Support": { "Email": "support@cantabile-strings.eu", "Hotline": "+39 0372 000 000 (switchboard)" }
''')

G(31, "gitlab-ci-log", r'''
c $ echo "//registry.npmjs.org/:_authToken=[[npm_⟨a36⟩]]" > ~/.npmrc
c $ twine upload -u __token__ -p [[pypi-AgEIcHlwaS5vcmc⟨u60⟩]] dist/*
c $ helm registry login registry.cantabile-strings.eu -u ci --password [[⟨a24⟩]]
p $ git log -1 --format='%an <%ae>'  ->  [[Kenji Watanabe]] <[[kenji.watanabe@cantabile-strings.eu]]>
p seed-data: customer [[Ayşe Demir]] [[ayse.demir1988@gmail.com]] imported (job 71822)
n $ echo "$CI_REGISTRY_PASSWORD" | docker login -u "$CI_REGISTRY_USER" --password-stdin "$CI_REGISTRY"
n Running with gitlab-runner 17.0.0 (44feccdf) on cantabile-k8s-runner-7b9c zxTq3Lm2, system ID: r_X1a2B3c4D5e6
n Uploading artifacts... coverage.xml: found 1 matching artifact files and directories, job token masked: [MASKED]
n Cleaning up project directory and file based variables — Job succeeded (duration 4m 12s)
n Checking out 3f9a1c2e as detached HEAD (ref is main)...
''')

G(32, "app-structured-log", r'''
c 2024-06-05 07:41:12.882 WARN  [appraisal-svc] retrying S3 upload with credentials aws_secret_access_key=[[⟨b40⟩]]
c 2024-06-05 07:41:13.004 DEBUG [booking] SMTP AUTH PLAIN [[⟨b32⟩]] accepted
c 2024-06-05 07:41:14.300 ERROR [rental-api] redis: WRONGPASS for redis://:[[⟨a28⟩]]@redis-master.rental.svc:6379/0
p 2024-06-05 07:42:01.117 INFO  [rental-api] guardian consent recorded for minor [[Lukas Brandt]] (DOB [[2007-02-19]])
p 2024-06-05 07:42:02.450 INFO  [shop-web] shipping label for [[Ana Clara Ribeiro]], [[Rua XV de Novembro 1299, apto 804, 80060-000 Curitiba]]
p 2024-06-05 07:42:03.901 INFO  [booking] SMS reminder sent to [[+81 90-4417-2286]] for bow rehair 2024-06-07 10:00
n 2024-06-05 07:42:05.000 INFO  [booking] SMS reminder sent to customer C-40420 (number on file) for bow rehair
n 2024-06-05 07:42:06.221 INFO  [auth] password changed for user_id=usr_01HZX4Q7V2B9K3M8N6P1R5T0W, sessions revoked=3
n 2024-06-05 07:42:07.512 WARN  [rental-api] slow query 1.82s fingerprint=0x9F1C2E7B4D5A6F80 table=rentals
n 2024-06-05 07:42:08.004 INFO  [climate-vault] vault-lz-01 RH=51.7 temp=20.4 sensor=CV-SENS-0017-DE fw=2.3.1
n 2024-06-05 07:42:09.390 INFO  [auth] issued token jti=7c1e9f20-4b3a-4d5e-8f6a-0b1c2d3e4f50 exp=3600s scope=rentals:read
''')

G(33, "nginx-error-and-haproxy", r'''
n 2024/06/05 07:50:11 [error] 2817#2817: *44123 upstream timed out (110) while reading response header, upstream: "http://10.40.3.41:8080/api/v2/rentals"
p 2024/06/05 07:50:13 [warn] 2817#2817: *44125 client [[88.156.201.34]] exceeded limit_req zone "login", request: "POST /login HTTP/2.0"
c 2024/06/05 07:50:15 [info] 2817#2817: *44127 request: "GET /admin/export?access_token=[[⟨u43⟩]] HTTP/1.1", host: "ops.cantabile-strings.eu"
c     userlist ops_users  user admin insecure-password [[⟨a16⟩]]
c     stats auth haproxy:[[⟨a14⟩]]
p Jun  5 07:50:20 lb-01 haproxy[911]: [[176.88.40.212]]:51822 [05/Jun/2024:07:50:20.114] fe_https be_shop/shop-2 0/0/1/42/43 200 1832
p 2024/06/05 07:50:22 [error] 2817#2817: *44130 open() failed, client: [[2a02:8108:1bc0:5e3::7f1]], request: "GET /u/[[hannah.olsen@outlook.com]]/avatar"
n     server shop-1 10.40.3.31:8080 check inter 2s fall 3 rise 2
n     acl is_admin path_beg /admin   http-request deny if is_admin !{ src 10.40.0.0/16 }
n 2024/06/05 07:50:25 [notice] 1#1: signal process started; ssl_session_ticket_key /etc/nginx/tickets.key loaded
n     stats auth haproxy:${HAPROXY_STATS_PASSWORD}
''')

G(34, "grafana-webhook-payload", r'''
n {"title":"[FIRING:1] ClimateVaultTempLow vault-ky-01","state":"alerting","orgId":1,"dashboardId":14}
n   "values": {"B": 15.2, "C": 1}, "valueString": "[ var='B' labels={vault=vault-ky-01} value=15.2 ]"
n   "silenceURL": "https://grafana.int.cantabile-strings.eu/alerting/silence/new?matcher=alertname%3DClimateVaultTempLow"
n   "message": "温度が 15°C を下回りました。Kyoto 工房の暖房を確認してください。"
c   "imageUrl": "https://grafana.int.cantabile-strings.eu/render/d/abc?token=[[⟨u40⟩]]"
c   "headers": {"X-Grafana-Webhook-Secret": "[[⟨a32⟩]]"}
c   "contactPoint": "discord", "url": "https://discord.com/api/webhooks/[[⟨d18⟩/⟨u68⟩]]"
p   "annotations": {"assignee": "[[Kenji Watanabe]]", "phone": "[[+81 75-212-4410]]"}
p   "message": "[[渡辺 健二]]さん、夜間当番お願いします"
n   "fingerprint": "c6e2b8a41f7d9035", "generatorURL": "https://grafana.int.cantabile-strings.eu/alerting/grafana/9aQ2xL7k/view"
p   "commonAnnotations": {"customer_affected": "[[Ayşe Demir]]", "customer_phone": "[[+90 542 316 77 08]]"}
''')

G(35, "mysql-session", r'''
c mysql> CREATE USER 'grafana_ro'@'10.40.%' IDENTIFIED BY '[[⟨a18⟩]]';
c mysql> CHANGE REPLICATION SOURCE TO SOURCE_HOST='tonewood-db-02', SOURCE_USER='repl', SOURCE_PASSWORD='[[⟨a20⟩]]';
c $ mysql -u root --password=[[⟨a16⟩]] -e "SHOW REPLICA STATUS\G"
p | 118 | [[Tomasz Nowicki]] | [[tomasz.nowicki@wp.pl]] | [[ul. Zabłocie 9/12, 30-701 Kraków]] |
p | 119 | [[João Pedro Albuquerque]] | [[⟨cpf:614.337.902⟩]] | [[+55 41 99612-3058]] |
p | 120 | [[Oluwaseun Adeyemi]] | [[1979-05-30]] | [[⟨ibans:GB:NWBK60161331926819⟩]] |
n mysql> SELECT supplier, species, COUNT(*) FROM billets WHERE grade = 'AAA' GROUP BY supplier, species;
n | Bosnian maple | Val di Fiemme spruce | 1,204 rows in set (0.03 sec)
n mysql> SELECT user, host, plugin, authentication_string FROM mysql.user;  -- output elided: *****
n mysql> SHOW GRANTS FOR 'grafana_ro'@'10.40.%';
n Query OK, 0 rows affected, 1 warning (0.01 sec)
''')

G(36, "sql-seed-data", r'''
c INSERT INTO webhooks (provider, secret) VALUES ('stripe', '[[whsec_⟨a32⟩]]');
c INSERT INTO oauth_clients (client_id, client_secret) VALUES ('mobile-app', '[[⟨u43⟩]]');
c -- temp admin for workshop tablets: INSERT INTO users (login, password) VALUES ('tablet-kr', '[[⟨a12⟩]]');
p INSERT INTO staff (name, personal_email, phone) VALUES ('[[Paolo Sartori]]', '[[paolo.sartori@libero.it]]', '[[+39 335 610 4478]]');
p INSERT INTO customers (name, address, dob) VALUES ('[[Hannah Olsen]]', '[[Thereses gate 14B, 0168 Oslo]]', '[[1988-03-09]]');
p INSERT INTO customers (name, national_id) VALUES ('[[Marta Kowalczyk]]', '[[⟨pesel:8203114528⟩]]');
n INSERT INTO users (login, password_hash) VALUES ('demo', '$argon2id$v=19$m=65536,t=3,p=4$placeholderSALT$placeholderHASH');
n INSERT INTO customers (name, email) VALUES ('Jane Example', 'jane@example.com');  -- RFC 2606 demo row
n INSERT INTO makers (name, born, died) VALUES ('Antonio Stradivari', 1644, 1737), ('Nicolò Amati', 1596, 1684);
n INSERT INTO species (latin, common) VALUES ('Acer pseudoplatanus', 'sycamore maple'), ('Picea abies', 'Norway spruce');
n INSERT INTO workshops (city, address) VALUES ('Cremona', 'Via dei Liutai 3, 26100 Cremona'), ('Leipzig', 'Spinnereistraße 7, 04179 Leipzig');
''')

G(37, "crm-contacts-export", r'''
n "Contact ID";"Name";"Company";"E-mail";"Phone";"Consent"
p "CT-2201";"[[Yusuf Kaplan]]";"Kaplan Müzik Evi";"[[yusuf@kaplanmuzik.com.tr]]";"[[+90 232 464 19 82]]";"yes"
p "CT-2202";"[[Chiara Bonetti]]";"Scuola Civica di Musica";"[[c.bonetti@scuolacivica.mi.it]]";"[[+39 02 8846 3310]]";"yes"
p "CT-2203";"[[Γιώργος Αντωνίου]]";"Ωδείο Αθηνών";"[[g.antoniou@odeion.gr]]";"[[+30 210 724 0917]]";"no"
p "CT-2204";"[[Nakamura Yūki]]";"Kyoto Philharmonic Youth";"[[yuki.nakamura@kpy.or.jp]]";"";"yes"
n "CT-2205";"Purchasing Department";"Orquestra Sinfônica do Paraná";"compras@osp.pr.gov.br";"";"yes"
n "CT-2206";"(anonymised 2024-02-01)";"";"";"";"withdrawn"
c "CT-2207";"API integration";"Partner Luthiers SRL";"api-key: [[⟨a32⟩]]";"";"n/a"
n "Export generated 2024-06-05 by crm-sync v4.2.0; 1,882 rows; masked fields: IBAN (last4 only)"
n "CT-2208";"Accounts Payable";"Leipziger Musikschule gGmbH";"rechnung@musikschule-leipzig.de";"+49 341 000 00";"yes"
c "# sync credentials";"hubspot";"[[pat-eu1-⟨l8⟩-⟨l4⟩-⟨l4⟩-⟨l4⟩-⟨l12⟩]]";"";"";""
''')

G(38, "zendesk-ticket", r'''
p Requester: [[Γιώργος Αντωνίου]] <[[g.antoniou@odeion.gr]]>  Subject: Η ενοικίαση του βιολιού δεν ανανεώθηκε
p Καλησπέρα, η διεύθυνσή μου είναι [[Λεωφόρος Αλεξάνδρας 112, 11473 Αθήνα]] και το τηλέφωνό μου [[+30 694 218 3307]].
p Olá, meu nome é [[Ana Clara Ribeiro]], nasci em [[22/10/2008]]; o cartão [[⟨luhn:5162 9204 1837 551⟩]] foi cobrado duas vezes
c Internal note (agent): temporary portal login for the customer: ana.ribeiro / [[⟨a10⟩]]
c Internal note: macro `refund-api` failed, using key [[rk_live_⟨a24⟩]] manually
n Internal note: refund of EUR 45.00 issued for order CS-ORD-2024-118204, card ending 5517
n Tags: rental_renewal, billing, lang_el, lang_pt — Group: Tier 2 Billing — SLA: 8h
n Satisfaction: good — "Ευχαριστώ πολύ για τη γρήγορη απάντηση!"
n Macro applied: "Password reset — we never ask for your password" (macro #4471)
n Ticket #88213 merged into #88207 (duplicate, same order)
c Internal note: Zendesk API token for the migration script: [[⟨a40⟩]]
''')

G(39, "supplier-email", r'''
p Von: [[Jonas Weißbach]] <[[jonas.weissbach@cantabile-strings.eu]]>  An: [[Radovan Kovačević]] <[[r.kovacevic@bosnianmaple.ba]]>
p Dobar dan, gospodine [[Radovan Kovačević]], proviziju šaljemo na Vaš privatni račun [[⟨ibans:BA:1290079401028494⟩]].
c Das SFTP-Passwort für den Upload der Holzzertifikate lautet [[⟨a14⟩]] (Benutzer: bosnianmaple)
c Zugang zum Lieferantenportal: https://suppliers.cantabile-strings.eu/login?invite=[[⟨u32⟩]]
n Bitte die FSC-Zertifikate (FSC-C123456) und die CITES-Nummer für das Ebenholz beifügen.
n Lieferung: 40 Stück Bergahorn, Qualität AAA, Lieferadresse Werkstatt Leipzig, Spinnereistraße 7, 04179 Leipzig.
n Mit freundlichen Grüßen — Einkauf / purchasing@cantabile-strings.eu — USt-IdNr. DE123456789
n > On Mon, 3 Jun 2024, sales@bosnianmaple.ba wrote: Ponuda br. 2024-117 važi 30 dana.
p Mobitel: [[+387 61 448 203]] (privatno, ne dijeliti)
n Attachments: ponuda_2024-117.pdf (212 KB), sha256 0b7e3c1f9a2d4e6f8c0b1a3d5e7f9c2b4a6d8e0f1c3b5a7d9e2f4c6b8a0d1e3f5
''')

G(40, "oncall-wiki", r'''
n ## On-call handbook — climate-vault (owner: SRE Kraków rotation)
n Page the rotation, not people: `pd trigger --service climate-vault --severity high`
n Secrets live in Vault at `secret/climate-vault/*`; read with `vault kv get secret/climate-vault/mqtt`
c Legacy MQTT bridge (still running in Izmir): user `bridge`, password [[⟨a18⟩]]
c If Vault is down, the unseal key share #3 is [[⟨b44⟩]] (Priya holds #1, #2)
p Izmir site lead: [[Elif Yıldırım]], cep [[+90 532 417 28 93]], ev adresi [[Alsancak Mah. 1462 Sok. No:18 D:5, Konak/İzmir]]
p Kyoto: [[渡辺 健二]]（[[075-212-4410]]）夜間は携帯 [[090-4417-2286]]
n Thresholds: `climate_vault_relative_humidity > 55` warn, `> 60 for 15m` page; temp `< 16` warn.
n Example payload for testing: `{"token": "xxxx", "vault": "vault-kr-02"}`
c Cloudflare tunnel token for vault dashboards: [[eyJhIjoi⟨u80⟩]]
n Escalation order: primary → secondary → SRE manager (see PagerDuty schedule P7X2K1Q)
''')

G(41, "postmortem-2", r'''
n PM-2024-07: Kraków vault-kr-02 humidity excursion, 3 instruments affected (SEV-3), no data loss
n Summary: the dehumidifier relay controller lost MQTT auth after the password rotation on 2024-06-12.
c Root cause: the controller config still had the old password `[[⟨a16⟩]]`, the new one `[[⟨a16⟩]]` was only in Vault
p Customer impact: cello CS-VC-2018-000912 rented to [[Tomasz Nowicki]] needs a soundpost reset, visit booked at [[ul. Zabłocie 9/12, 30-701 Kraków]]
p Compensation: one month free, credited to [[⟨ibans:PL:102010260000042270201111⟩]] on 2024-06-20
c Evidence: `mosquitto_sub -u relay -P [[⟨a16⟩]] -t 'vault/kr-02/#'` showed CONNACK code 5
n Timeline in UTC; all times from the PagerDuty incident Q2X7LM4 and Grafana annotations.
n What went well: the `ClimateVaultHumidityHigh` page fired within 2 minutes; on-call acked in 4.
n Action items: OPS-2350 move controller creds to Vault agent; OPS-2351 add MQTT auth failure alert.
n Metric added: `mqtt_bridge_auth_failures_total{site="krakow"}`; dashboard uid climate-vault-ops.
p Written by [[Marta Kowalczyk]], reviewed by [[Priya Raghunathan]] — 2024-06-21
''')

G(42, "git-diff", r'''
n diff --git a/deploy/booking/values.yaml b/deploy/booking/values.yaml
n index 4e1f2a3..9b0c7d8 100644
c -  twilioAuthToken: "[[⟨h32⟩]]"
n +  twilioAuthToken: ""  # provided by ExternalSecret booking-twilio
c -GOOGLE_CLIENT_SECRET=[[GOCSPX-⟨u28⟩]]
n +GOOGLE_CLIENT_SECRET=${GOOGLE_CLIENT_SECRET}
c +    "private_key": "-----BEGIN PRIVATE KEY-----\\n[[MIIEvQIBADANBgkqhkiG9w0BAQEFAASC⟨b64⟩]]\\n-----END PRIVATE KEY-----\\n",
p -# Maintainer: [[Lukas Brandt]] <[[lukas.brandt2007@web.de]]>, [[+49 176 2231 8890]]
p +  "fixture_customer": {"name": "[[Yusuf Kaplan]]", "tckn": "[[⟨tckn:261940583⟩]]"}
n +  "fixture_customer": {"name": "Test Kunde", "tckn": "00000000000"}
n @@ -12,7 +12,7 @@ image: { tag: "2.4.0" -> "2.4.1" }  sha 3f9a1c2e7b4d5a6f8e0c1b2d3e4f5a6b7c8d9e0f
''')

G(43, "trivy-detect-secrets", r'''
n rental-api:3.14.2 (alpine 3.19.1) Total: 4 (UNKNOWN: 0, LOW: 1, MEDIUM: 2, HIGH: 1, CRITICAL: 0)
n │ libcrypto3 │ CVE-2024-0727 │ MEDIUM │ 3.1.4-r2 │ 3.1.4-r5 │ openssl: denial of service via null dereference │
c │ HIGH │ AWS Secret Access Key │ /app/.aws/credentials:3 │ aws_secret_access_key = [[⟨b40⟩]] │
c │ CRITICAL │ GitHub Personal Access Token │ /app/scripts/release.sh:12 │ TOKEN=[[github_pat_11⟨U20⟩_⟨a59⟩]] │
c "hashed_secret": "3f4a9c1e..." , "line_number": 7, "type": "Secret Keyword", "snippet": "password = '[[⟨a14⟩]]'"
n "hashed_secret": "e5b7c2a1f9d3048b6c2e7a1f0d9c8b7a6e5d4c3b", "is_verified": false, "type": "Hex High Entropy String"
n "filename": "tests/fixtures/keys.py", "type": "AWS Access Key", "line_number": 4  # AKIAIOSFODNN7EXAMPLE, allowlisted
p │ MEDIUM │ Personal data (email) │ /app/fixtures/customers.json:88 │ [[anaclara.ribeiro@uol.com.br]] │
p │ MEDIUM │ Personal data (IBAN) │ /app/fixtures/customers.json:91 │ [[⟨iban:DE:500105175407324931⟩]] ([[Jonas Weißbach]]) │
n Legend: secrets are shown masked in the HTML report; run with --secret-config trivy-secret.yaml to tune rules
n 2024-06-05T08:01:22Z INFO Detected OS: alpine, Number of language-specific files: 2, DB updated 2024-06-05
''')

G(44, "assistant-questions-2", r'''
n Which Vault policy lets the booking service read `secret/booking/twilio` but not `secret/rental/*`?
n Was bedeutet `x509: certificate signed by unknown authority` beim Login gegen registry.cantabile-strings.eu?
n Dlaczego alert ClimateVaultHumidityHigh nie wysłał SMS-a do rotacji sre-kraków w nocy?
n 「token_ttl: 3600」を 7200 に変えた場合、リフレッシュトークンの有効期限にも影響しますか？
c Can you check why this Sentry DSN stopped working: https://[[⟨h32⟩]]@o418220.ingest.sentry.io/5522914
c I pasted my kubeconfig, is the token valid? `token: [[eyJhbGciOiJSUzI1NiIsImtpZCI6Ik⟨u40⟩.⟨u120⟩.⟨u86⟩]]`
c Rotate this for me please: DATADOG_APP_KEY=[[⟨h40⟩]]
p Write an apology e-mail to [[Γιώργος Αντωνίου]] at [[g.antoniou@odeion.gr]] about the duplicate charge.
p ¿Puedes comprobar si el DNI [[⟨dni:47281903⟩]] de [[Sofía Beltrán]] coincide con el contrato CS-RC-2024-07731?
p Summarise the complaints from [[Radovan Kovačević]] ([[+387 61 448 203]]) about late payments.
n Is `AKIAIOSFODNN7EXAMPLE` safe to keep in our README, and should `sk_test_4eC39HqLyjWDarjtT1zdp7dc` be flagged?
''')

# ---------------------------------------------------------------------------
SPAN = re.compile(r"\[\[(.+?)\]\]")
TOKEN = re.compile(r"⟨([^⟩]+)⟩")

def build():
    rows = {"dev": [], "test": []}
    seen = set()
    for num, artefact, body in sorted(GROUPS):
        assert num not in seen, num
        seen.add(num)
        split = "dev" if num % 2 == 1 else "test"
        lines = [l for l in body.split("\n") if l.strip()]
        assert 10 <= len(lines) <= 13, (num, len(lines))
        for raw in lines:
            k, rest = raw[0], raw[2:]
            assert raw[1] == " " and k in KINDS, raw
            rest = TOKEN.sub(expand_token, rest)
            spans = SPAN.findall(rest)
            text = SPAN.sub(lambda m: m.group(1), rest)
            assert "\t" not in text and "\n" not in text
            assert "[[" not in text and "]]" not in text and "⟨" not in text, text
            if k == "n":
                assert not spans, raw
            else:
                assert spans, raw
            mv = []
            for s in spans:
                assert "|" not in s, s
                if s not in mv:
                    mv.append(s)
            rows[split].append((KINDS[k], text, "|".join(mv), "writer18 g%02d-%s" % (num, artefact)))
    return rows

def main():
    rows = build()
    here = os.path.dirname(os.path.abspath(__file__))
    for split, rs_ in rows.items():
        with open(os.path.join(here, "batch18_%s.tsv" % split), "w", encoding="utf-8", newline="\n") as f:
            f.write("# kind\ttext\tmust-vanish\tsource\n")
            for r in rs_:
                f.write("\t".join(r) + "\n")
    for split, rs_ in rows.items():
        c = {}
        for r in rs_:
            c[r[0]] = c.get(r[0], 0) + 1
        print(split, len(rs_), c)

if __name__ == "__main__":
    main()
